"""The walk's header: date, times, day/night, weather, facilitator, route and participant counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from gestor_app.core.models.walk import PARTICIPANT_GROUPS, PERIODS
from gestor_app.core.services.walks import get_walk, list_routes, set_route, update_walk
from gestor_app.ui.context import UiContext

GROUP_TITLES = {"tramo_etario": "Tramo etario", "genero": "Género", "rol": "Rol"}


class HeaderForm(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.walk_id: str | None = None
        layout = QHBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for t in (self.start, self.end):
            t.setDisplayFormat("HH:mm")
        self.period = QComboBox()
        for key, label in PERIODS.items():
            self.period.addItem(label, key)
        self.weather = QLineEdit()
        self.weather.setPlaceholderText(self.tr("e.g. clear, 14 °C, light wind"))
        self.facilitator = QLineEdit()
        self.route = QComboBox()
        self.route_hint = QLabel(self.tr("The route is drawn on the map; walks that share a route can be compared."))
        self.route_hint.setObjectName("muted")
        self.route_hint.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        for label, w in ((self.tr("Title"), self.title), (self.tr("Date"), self.date),
                         (self.tr("Start"), self.start), (self.tr("End"), self.end),
                         (self.tr("Day or night"), self.period), (self.tr("Weather"), self.weather),
                         (self.tr("Facilitator"), self.facilitator), (self.tr("Route"), self.route),
                         ("", self.route_hint), (self.tr("Notes"), self.notes)):
            form.addRow(label, w)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        layout.addLayout(left, 3)
        layout.addWidget(self._participants(), 2)
        self._bind()

    def _participants(self) -> QGroupBox:
        box = QGroupBox(self.tr("Participants (counts only, no names)"))
        col = QVBoxLayout(box)
        self.counts: dict[tuple[str, str], QSpinBox] = {}
        for group, cats in PARTICIPANT_GROUPS.items():
            col.addWidget(QLabel(f"<b>{GROUP_TITLES[group]}</b>"))
            grid = QGridLayout()
            for n, (cat, label) in enumerate(cats.items()):
                spin = QSpinBox()
                spin.setRange(0, 999)
                spin.valueChanged.connect(lambda _v: self._schedule("participants", self._counts_value()))
                grid.addWidget(QLabel(label), n // 3, (n % 3) * 2)
                grid.addWidget(spin, n // 3, (n % 3) * 2 + 1)
                self.counts[(group, cat)] = spin
            col.addLayout(grid)
        col.addStretch(1)
        return box

    def _bind(self) -> None:
        saver = self.ctx.autosaver
        for name in ("title", "weather", "facilitator"):
            saver.bind_line(getattr(self, name), f"walk.header.{name}", lambda s, v, n=name: self._save(s, **{n: v}))
        saver.bind_text(self.notes, "walk.header.notes", lambda s, v: self._save(s, notes=v))
        self.date.dateChanged.connect(lambda d: self._schedule("walk_date", d.toPython()))
        self.start.timeChanged.connect(lambda t: self._schedule("start_time", t.toString("HH:mm")))
        self.end.timeChanged.connect(lambda t: self._schedule("end_time", t.toString("HH:mm")))
        self.period.activated.connect(lambda _i: self._schedule("period", self.period.currentData()))
        self.route.activated.connect(lambda _i: self.set_route_feature(self.route.currentData()))

    def _counts_value(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for (group, cat), spin in self.counts.items():
            out.setdefault(group, {})[cat] = spin.value()
        return out

    def _schedule(self, name: str, value: Any) -> None:
        self.ctx.autosaver.schedule(f"walk.header.{name}", lambda s: self._save(s, **{name: value}))

    def _save(self, session: Session, **changes: Any) -> None:
        if self.walk_id:
            update_walk(session, self.walk_id, **changes)

    def set_route_feature(self, feature_id: str | None) -> None:
        """Use an existing route line of the map (the map editor draws new ones)."""
        if self.walk_id and feature_id:
            self.ctx.autosaver.flush()
            with self.ctx.store.transaction() as s:
                set_route(s, walk_id=self.walk_id, feature_id=feature_id)

    def load(self, walk_id: str) -> None:
        self.ctx.autosaver.flush()
        self.walk_id = walk_id
        with self.ctx.store.transaction() as s:
            w = get_walk(s, walk_id)
            routes = [(f.id, f.display_title()) for f in list_routes(s, territory_id=w.territory_id)]
            values = (w.title, w.walk_date, w.start_time, w.end_time, w.period, w.weather, w.facilitator,
                      w.notes, w.participants or {}, w.route_feature_id)
        blockers = [QSignalBlocker(x) for x in (self.title, self.date, self.start, self.end, self.period,
                                                 self.weather, self.facilitator, self.notes, self.route,
                                                 *self.counts.values())]
        title, day, start, end, period, weather, facilitator, notes, counts, route_id = values
        self.title.setText(title)
        self.date.setDate(QDate(day) if day else QDate.currentDate())
        self.start.setTime(QTime.fromString(start, "HH:mm") if start else QTime(0, 0))
        self.end.setTime(QTime.fromString(end, "HH:mm") if end else QTime(0, 0))
        self.period.setCurrentIndex(max(0, self.period.findData(period)))
        self.weather.setText(weather)
        self.facilitator.setText(facilitator)
        self.notes.setPlainText(notes)
        for (group, cat), spin in self.counts.items():
            spin.setValue(counts.get(group, {}).get(cat, 0))
        self.route.clear()
        self.route.addItem(self.tr("(no route yet: draw it on the map)"), None)
        for fid, name in routes:
            self.route.addItem(name, fid)
        self.route.setCurrentIndex(max(0, self.route.findData(route_id)) if route_id else 0)
        del blockers

"""The coordinator's summary: tiles with the key numbers and five tables (gestores, territories,
the Plan Comunal's metas by territory and ámbito, overdue activities, open requests by age). A
gestor silent for more than 14 days or with missing bundles is highlighted, so is an ámbito with
overdue metas."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.ambitos import default_ambitos
from gestor_app.core.models.territory import TERRITORY_LEVELS
from gestor_app.core.services.dashboard import SILENT_DAYS, GestorRow, Overview

WARN = QColor("#FFE0B2")
WARN_TEXT = QColor("#8A3B00")
MAX_NAMED = 3  # gestores named in a territory's row; beyond, a count


def num(n: int) -> str:
    """20386 → «20.386» (Chilean thousands separator)."""
    return f"{n:,}".replace(",", ".")


def fmt_day(d: date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else "—"


class Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(130)
        self.setStyleSheet("#dashboardTile { background: palette(base); border: 1px solid palette(mid);"
                           " border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 24px; font-weight: 600;")
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: palette(dark);")
        for w in (self.value, self.title, self.detail):
            layout.addWidget(w)
        layout.addStretch(1)  # every tile reads from the top, whatever the length of its texts

    def set(self, value: str, detail: str = "", *, warn: bool = False) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.value.setStyleSheet("font-size: 24px; font-weight: 600;" + (f" color: {WARN_TEXT.name()};" if warn else ""))


def make_table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.setWordWrap(False)
    return t


def fill(table: QTableWidget, rows: list[list[object]], *, warn: list[bool] | None = None,
         tips: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            item = QTableWidgetItem(str(v))
            if isinstance(v, int | float) and not isinstance(v, bool):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if warn and warn[r]:
                item.setBackground(QBrush(WARN))
                item.setForeground(QBrush(WARN_TEXT))
            if tips and tips[r]:
                item.setToolTip(tips[r])
            table.setItem(r, c, item)
    fit_height(table)


def fit_height(table: QTableWidget, *, max_rows: int = 8) -> None:
    """As tall as its rows (at least 2, at most ``max_rows``; it scrolls beyond)."""
    row = table.verticalHeader().defaultSectionSize()
    shown = min(max(table.rowCount(), 2), max_rows)
    extra = table.horizontalHeader().height() + 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(shown * row + extra)


class Summary(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.tiles = {
            "gestores": Tile(self.tr("Gestores (laptops)")),
            "records": Tile(self.tr("Map features")),
            "progress": Tile(self.tr("Mean progress of the action plans")),
            "overdue": Tile(self.tr("Overdue activities")),
            "conflicts": Tile(self.tr("Sync conflicts to resolve")),
            "requests": Tile(self.tr("Open neighbours' requests")),
        }
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, i)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        self.gestores = make_table([self.tr("Gestor / laptop"), self.tr("Status"), self.tr("Territories"),
                                    self.tr("Last bundle"), self.tr("Days without news"), self.tr("Missing bundles"),
                                    self.tr("Walks"), self.tr("Focus groups"), self.tr("Map features"),
                                    self.tr("Plans"), self.tr("Activities")])
        self.territories = make_table([self.tr("Territory"), self.tr("Level"), self.tr("Gestores"),
                                       self.tr("Last bundle"), self.tr("Walks"), self.tr("Focus groups"),
                                       self.tr("Map features"), self.tr("Plans"), self.tr("Activities"),
                                       self.tr("Plan progress"), self.tr("Overdue"), self.tr("Open requests")])
        self.ambitos = make_table([self.tr("Territory"), self.tr("Ámbito"), self.tr("Goals"),
                                   self.tr("Measured"), self.tr("Mean attainment"), self.tr("Reached"),
                                   self.tr("Overdue")])
        self.ambitos_note = QLabel(self.tr("The goals of each territory's own objectives (a comuna's are those of "
                                           "the Plan Comunal), by the objective's ámbito. Attainment of a goal: how "
                                           "far its latest measurement has gone from the baseline to the target "
                                           "(0–100 %). Overdue: past its due date and not reached."))
        self.ambitos_note.setWordWrap(True)
        self.overdue = make_table([self.tr("Activity"), self.tr("Territory"), self.tr("Responsible"),
                                   self.tr("Due"), self.tr("Days late"), self.tr("Progress")])
        self.requests = make_table([self.tr("Waiting"), self.tr("Days open"), self.tr("Received"),
                                    self.tr("Category"), self.tr("Territory"), self.tr("Status")])
        self.gestores_note = QLabel()
        self.gestores_note.setWordWrap(True)
        bottom = QGridLayout()
        top = Qt.AlignmentFlag.AlignTop
        bottom.addWidget(self._titled(self.tr("Overdue activities across the comuna"), self.overdue), 0, 0, top)
        bottom.addWidget(self._titled(self.tr("Open neighbours' requests, the longest waiting first"),
                                      self.requests), 0, 1, top)
        layout.addWidget(self._titled(self.tr("Gestores and their laptops"), self.gestores, self.gestores_note))
        layout.addWidget(self._titled(self.tr("Territories"), self.territories))
        layout.addWidget(self._titled(self.tr("Indicators by ámbito (Plan Comunal)"), self.ambitos,
                                      self.ambitos_note))
        layout.addLayout(bottom)
        layout.addStretch(1)

    def _titled(self, title: str, table: QTableWidget, note: QLabel | None = None) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 4, 0, 0)
        v.setSpacing(2)
        label = QLabel(title)
        label.setObjectName("subheading")
        label.setStyleSheet("font-weight: 600;")
        v.addWidget(label)
        if note is not None:
            v.addWidget(note)
        v.addWidget(table)
        return box

    # -- filling ---------------------------------------------------------------------------------
    def gestor_name(self, g: GestorRow) -> str:
        if g.kind == "local":
            return self.tr("This computer (%1)").replace("%1", g.name)
        if g.kind == "other":
            return self.tr("Other devices")
        return g.name

    def status_label(self, g: GestorRow) -> str:
        labels = {"inscrito": self.tr("Enrolled, no bundle yet"), "activo": self.tr("Active"),
                  "revocado": self.tr("Revoked")}
        return labels.get(g.status, "—" if g.kind != "peer" else g.status)

    def gestor_list(self, names: list[str]) -> str:
        """A few names as they are; more (a macrosector, the comuna) as a count, the names in the tooltip."""
        if len(names) > MAX_NAMED:
            return self.tr("%1 gestores").replace("%1", str(len(names)))
        return ", ".join(names) or "—"

    def gestor_tip(self, g: GestorRow) -> str:
        why = []
        if g.silent:
            why.append(self.tr("No bundle received for more than %1 days.").replace("%1", str(SILENT_DAYS))
                       if g.days_silent is not None else self.tr("No bundle received yet."))
        if g.gaps:
            why.append(self.tr("Missing bundles: %1.").replace("%1", ", ".join(map(str, g.gaps))))
        return " ".join(why)

    def show_overview(self, ov: Overview) -> None:
        self._tiles(ov)
        peer = [g for g in ov.gestores if g.kind == "peer"]
        gestores = sorted(ov.gestores, key=lambda g: not g.flagged)  # who needs attention first (stable)
        self.shown_gestores = gestores
        fill(self.gestores, [[self.gestor_name(g), self.status_label(g),
                              ", ".join(g.territories) or (self.tr("Whole comuna") if g.kind == "peer" else "—"),
                              fmt_day(g.last_bundle), g.days_silent if g.days_silent is not None else "—",
                              ", ".join(map(str, g.gaps)) or "—", g.counts.walks, g.counts.focus_groups,
                              g.counts.features, g.counts.plans, g.counts.activities] for g in gestores],
             warn=[g.flagged for g in gestores], tips=[self.gestor_tip(g) for g in gestores])
        if ov.role == "office":
            note = self.tr("Highlighted: a laptop not heard from in more than %1 days, or with missing bundles "
                           "(hover for details).").replace("%1", str(SILENT_DAYS))
        elif ov.role == "laptop":
            note = self.tr("On a laptop the summary shows only this laptop's own records; the office sees "
                           "every gestor.")
        else:
            note = self.tr("This installation is not part of a project yet: no laptops enrolled.")
        self.gestores_note.setText(note if peer or ov.role != "office" else
                                   self.tr("No laptop enrolled yet (Synchronisation)."))
        fill(self.territories, [[t.name, TERRITORY_LEVELS.get(t.level, t.level), self.gestor_list(t.gestores),
                                 fmt_day(t.last_bundle), t.counts.walks, t.counts.focus_groups, t.counts.features,
                                 t.counts.plans, t.counts.activities,
                                 f"{t.progress:.0f} %" if t.progress is not None else "—", t.overdue,
                                 t.open_requests] for t in ov.territories],
             tips=[", ".join(t.gestores) if len(t.gestores) > MAX_NAMED else "" for t in ov.territories])
        self._ambitos(ov)
        fill(self.overdue, [[o.title, o.territory, o.responsible or "—", fmt_day(o.end_date),
                             o.days_late if o.days_late is not None else self.tr("marked late"), f"{o.progress} %"]
                            for o in ov.overdue])
        buckets = {"0-7": self.tr("0–7 days"), "8-30": self.tr("8–30 days"), ">30": self.tr("More than 30 days")}
        status = {"abierta": self.tr("Open"), "derivada": self.tr("Referred")}
        fill(self.requests, [[buckets[r.bucket], r.days, fmt_day(r.received_on), r.category or "—",
                              r.territory or "—", status.get(r.status, r.status)] for r in ov.requests],
             warn=[r.bucket == ">30" for r in ov.requests])

    def _ambitos(self, ov: Overview) -> None:
        about = {a.key: a.description for a in default_ambitos()}
        label = {"": self.tr("No ámbito")}
        rows = ov.ambitos
        fill(self.ambitos, [[r.territory if r.territory_id else self.tr("All territories"),
                             label.get(r.ambito, r.ambito_label), r.goals, r.measured,
                             f"{r.mean_logro:.0f} %" if r.mean_logro is not None else "—", r.reached, r.overdue]
                            for r in rows],
             warn=[r.overdue > 0 for r in rows], tips=[about.get(r.ambito, "") for r in rows])
        for i, r in enumerate(rows):  # the comuna-wide sums of the Plan Comunal read first, in bold
            if not r.territory_id:
                for c in range(self.ambitos.columnCount()):
                    item = self.ambitos.item(i, c)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
        fit_height(self.ambitos, max_rows=14)  # a comuna's plan has a row per ámbito: all in view

    def _tiles(self, ov: Overview) -> None:
        peers = [g for g in ov.gestores if g.kind == "peer"]
        t = self.tiles
        flagged = len(ov.flagged)
        t["gestores"].set(str(len(peers)), self.tr("%1 need attention").replace("%1", str(flagged))
                          if peers else self.tr("none enrolled"), warn=bool(flagged))
        t["records"].set(num(ov.totals.features), self.tr("walks: %1 · focus groups: %2 · plans: %3 · activities: %4")
                         .replace("%1", num(ov.totals.walks)).replace("%2", num(ov.totals.focus_groups))
                         .replace("%3", num(ov.totals.plans)).replace("%4", num(ov.totals.activities)))
        t["progress"].set(f"{ov.progress:.0f} %" if ov.progress is not None else "—",
                          self.tr("over %1 activities").replace("%1", str(ov.activities_counted)))
        t["overdue"].set(str(len(ov.overdue)), self.tr("past their end date or marked late"), warn=bool(ov.overdue))
        t["conflicts"].set(str(ov.open_conflicts), self.tr("same field changed on two laptops"),
                           warn=bool(ov.open_conflicts))
        b = ov.request_buckets
        t["requests"].set(str(len(ov.requests)), self.tr("0–7 d: %1 · 8–30 d: %2 · >30 d: %3")
                          .replace("%1", str(b["0-7"])).replace("%2", str(b["8-30"])).replace("%3", str(b[">30"])),
                          warn=bool(b[">30"]))

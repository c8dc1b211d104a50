"""Tab "Territory": limits, sociodemographic profile, key actors, institutions and resources, with the
hotspots/harmspots and resources drawn on the map."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models.diagnosis import DIAGNOSIS_TEXT_FIELDS
from gestor_app.core.services.diagnosis import get_diagnosis, hotspots, resource_features, update_diagnosis
from gestor_app.core.services.territories import get_territory
from gestor_app.ui.context import UiContext


class TerritoryTab(QScrollArea):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.territory_id: str | None = None
        self.setWidgetResizable(True)
        body = QWidget()
        v = QVBoxLayout(body)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.boundary = QLabel()
        self.population = QLabel()
        form.addRow(self.tr("Boundary on the map"), self.boundary)
        form.addRow(self.tr("Population"), self.population)
        labels = {"limits": self.tr("Geographic limits"), "age_groups": self.tr("Age groups"),
                  "gse": self.tr("Socioeconomic group (GSE)"), "key_actors": self.tr("Key actors"),
                  "institutional_presence": self.tr("Institutional presence (municipal and police)"),
                  "resources": self.tr("Resources of the barrio")}
        assert set(labels) == set(DIAGNOSIS_TEXT_FIELDS)
        self.fields: dict[str, QPlainTextEdit] = {}
        for key, label in labels.items():
            edit = QPlainTextEdit()
            edit.setMinimumHeight(60)
            edit.setMaximumHeight(90)
            edit.textChanged.connect(lambda key=key, edit=edit: self._save(key, edit.toPlainText()))
            self.fields[key] = edit
            form.addRow(label, edit)
        v.addLayout(form)
        spots = QGroupBox(self.tr("Hotspots and harmspots (from the map)"))
        QVBoxLayout(spots).addWidget(hs := QListWidget())
        self.hotspots = hs
        res = QGroupBox(self.tr("Resources, organisations and institutions on the map"))
        QVBoxLayout(res).addWidget(rl := QListWidget())
        self.resources = rl
        for w in (hs, rl):
            w.setMaximumHeight(130)
        v.addWidget(spots)
        v.addWidget(res)
        self.setWidget(body)

    def _save(self, key: str, value: str) -> None:
        tid = self.territory_id
        if tid:
            self.ctx.autosaver.schedule(f"diag.{tid}.{key}", lambda s: update_diagnosis(s, territory_id=tid, **{key: value}))

    def load(self, territory_id: str | None) -> None:
        self.territory_id = territory_id
        legend = default_legend()
        values = dict.fromkeys(DIAGNOSIS_TEXT_FIELDS, "")
        spots: list[str] = []
        res: list[str] = []
        boundary, population = "", ""
        if territory_id:
            with self.ctx.store.transaction() as s:
                t = get_territory(s, territory_id)
                d = get_diagnosis(s, territory_id=territory_id, create=False)
                if d is not None:
                    values = {k: getattr(d, k) for k in DIAGNOSIS_TEXT_FIELDS}
                fmt = "{} · {}".format
                spots = [fmt(legend.get(f.category).label, f.display_title()) for f in hotspots(s, territory_id=t.id)]
                res = [fmt(legend.get(f.category).label, f.display_title())
                       for f in resource_features(s, territory_id=t.id)]
                boundary = self.tr("Drawn ({kind})").format(kind=t.boundary["type"]) if t.boundary else self.tr("Not drawn")
                population = f"{t.population:,}".replace(",", ".") if t.population else self.tr("no data")
        self.boundary.setText(boundary)
        self.population.setText(population)
        for key, edit in self.fields.items():
            with QSignalBlocker(edit):
                edit.setPlainText(values[key])
            edit.setEnabled(territory_id is not None)
        self.hotspots.clear()
        self.hotspots.addItems(spots or [self.tr("None on the map yet.")])
        self.resources.clear()
        self.resources.addItems(res or [self.tr("None on the map yet.")])

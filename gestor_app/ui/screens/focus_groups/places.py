"""Tab "Places mentioned": places named in the group, each linked to a feature of the map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models.focus_groups import FocusGroupPlace
from gestor_app.core.services import focus_groups as fgs
from gestor_app.core.services.map_features import list_features
from gestor_app.ui.context import UiContext


class PlacesTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.fg_id: str | None = None
        self.place_ids: list[str] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Map feature"), self.tr("Category"), self.tr("What was said")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 220)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._edited)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.feature = QComboBox()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why the place came up"))
        form.addRow(self.tr("Map feature"), self.feature)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Send to bin"))
        self.remove_button.clicked.connect(self.remove)
        self.add_button = QPushButton(self.tr("Add place"))
        self.add_button.clicked.connect(self.add)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def load(self, fg_id: str | None) -> None:
        self.fg_id = fg_id
        legend = default_legend()
        with self.ctx.store.transaction() as s:
            features = list_features(s, territory_id=self.ctx.current_territory_id())
            places = fgs.list_places(s, fg_id) if fg_id else []
        by_id = {f.id: f for f in features}
        self.feature.clear()
        for f in features:
            self.feature.addItem(f"{f.display_title()} ({legend.get(f.category).label})", f.id)
        self.place_ids = [p.id for p in places]
        self.table.blockSignals(True)
        self.table.setRowCount(len(places))
        for r, p in enumerate(places):
            f = by_id.get(p.feature_id or "")
            cells = (f.display_title() if f else self.tr("(not on the map)"), legend.get(f.category).label if f else "",
                     p.note)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.add_button.setEnabled(fg_id is not None and bool(features))

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 2 and 0 <= item.row() < len(self.place_ids):
            pid, text = self.place_ids[item.row()], item.text()
            self.ctx.autosaver.schedule(f"fgplace.{pid}", lambda s: fgs.update_place(s, pid, note=text))

    def add(self) -> None:
        if not self.fg_id or self.feature.currentData() is None:
            return
        with self.ctx.store.transaction() as s:
            fgs.add_place(s, focus_group_id=self.fg_id, feature_id=self.feature.currentData(), note=self.note.text())
        self.note.clear()
        self.load(self.fg_id)
        self.ctx.records_changed.emit()

    def remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        with self.ctx.store.transaction() as s:
            for r in rows:
                fgs.remove_item(s, FocusGroupPlace, self.place_ids[r])
        if rows:
            self.load(self.fg_id)
            self.ctx.records_changed.emit()

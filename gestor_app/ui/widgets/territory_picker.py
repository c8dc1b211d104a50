"""Choose the territory to work in; create a new one; send one to the bin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.errors import GestorError
from gestor_app.core.models.territory import TERRITORY_LEVELS
from gestor_app.core.services.bin import move_to_bin
from gestor_app.core.services.territories import (
    create_territory,
    current_territory,
    get_territory,
    list_territories,
    set_current_territory,
)
from gestor_app.ui.context import UiContext

ID_ROLE = Qt.ItemDataRole.UserRole


class TerritoryPicker(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Choose territory"))
        self.resize(520, 460)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Territory"), self.tr("Level"), self.tr("Code")])
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        new = QPushButton(self.tr("New territory…"))
        new.clicked.connect(self.new_territory)
        trash = QPushButton(self.tr("Send to bin"))
        trash.clicked.connect(self.send_to_bin)
        row.addWidget(new)
        row.addWidget(trash)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        with self.ctx.store.transaction() as s:
            current = current_territory(s)
            for t in list_territories(s):
                parent = items.get(t.parent_id or "")
                item = QTreeWidgetItem([t.name, TERRITORY_LEVELS.get(t.level, t.level), t.code or ""])
                item.setData(0, ID_ROLE, t.id)
                (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
                items[t.id] = item
        self.tree.expandAll()
        for c in range(3):
            self.tree.resizeColumnToContents(c)
        if current and current.id in items:
            self.tree.setCurrentItem(items[current.id])

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def select(self, territory_id: str) -> None:
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, ID_ROLE) == territory_id:
                self.tree.setCurrentItem(item)

    def accept(self) -> None:
        tid = self.selected_id()
        if tid:
            with self.ctx.store.transaction() as s:
                set_current_territory(s, tid)
            self.ctx.territory_changed.emit(tid)
        super().accept()

    def new_territory(self) -> None:
        dialog = NewTerritoryDialog(self.selected_id(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.ctx.store.transaction() as s:
                t = create_territory(s, **dialog.values())
                new_id = t.id
        except GestorError as exc:
            QMessageBox.warning(self, self.tr("Territory not created"), str(exc))
            return
        self.reload()
        self.select(new_id)
        self.ctx.records_changed.emit()

    def send_to_bin(self) -> None:
        tid = self.selected_id()
        if not tid:
            return
        with self.ctx.store.transaction() as s:
            move_to_bin(s, get_territory(s, tid))
        self.reload()
        self.ctx.records_changed.emit()
        self.ctx.territory_changed.emit(self.ctx.current_territory_id())


class NewTerritoryDialog(QDialog):
    def __init__(self, parent_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_id = parent_id
        self.setWindowTitle(self.tr("New territory"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.level = QComboBox()
        for key, label in TERRITORY_LEVELS.items():
            self.level.addItem(label, key)
        self.level.setCurrentIndex(self.level.findData("barrio"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("CUT code for a comuna, e.g. 13119"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Code"), self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, object]:
        level = self.level.currentData()
        return {"name": self.name.text(), "level": level, "code": self.code.text().strip() or None,
                "parent_id": None if level == "comuna" else self.parent_id}

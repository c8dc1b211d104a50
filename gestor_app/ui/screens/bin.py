"""The bin (Papelera): everything sent to the bin, restorable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from gestor_app.core.services.bin import BinItem, list_bin, restore
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout


class BinScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.items: list[BinItem] = []
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Bin")))
        intro = QLabel(self.tr("Nothing is erased: what you send to the bin stays here and can be restored."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Title"), self.tr("Sent to the bin")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty = QLabel(self.tr("The bin is empty."))
        row.addWidget(self.empty)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        ctx.records_changed.connect(self.refresh)

    def refresh(self) -> None:
        with self.ctx.store.transaction() as s:
            self.items = list_bin(s)
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            when = item.deleted_at.astimezone().strftime("%d-%m-%Y %H:%M")
            for c, text in enumerate((item.kind, item.title, when)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.empty.setVisible(not self.items)
        self.restore_button.setEnabled(bool(self.items))

    def restore_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows:
            return
        with self.ctx.store.transaction() as s:
            for r in rows:
                restore(s, entity=self.items[r].entity, record_id=self.items[r].record_id)
        self.ctx.records_changed.emit()

"""Tab "Agreements": n.º, agreement, responsible, institution, deadline and status, autosaved as
typed; "Convert into activity" turns the selected one into an activity of the action plan (once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.errors import GestorError
from gestor_app.core.models.meetings import AGREEMENT_STATUSES, Agreement
from gestor_app.core.services.meetings import (
    add_agreement,
    agreement_to_activity,
    list_agreements,
    remove_item,
    update_agreement,
)
from gestor_app.ui.context import UiContext
from gestor_app.ui.screens.meetings.widgets import optional_date, optional_date_edit, set_optional_date


def status_labels(_owner: QObject | None = None) -> dict[str, str]:
    labels = {"pendiente": QCoreApplication.translate("Agreements", "Pending"),
              "en_curso": QCoreApplication.translate("Agreements", "In progress"),
              "cumplido": QCoreApplication.translate("Agreements", "Done"),
              "cancelado": QCoreApplication.translate("Agreements", "Cancelled")}
    assert set(labels) == set(AGREEMENT_STATUSES)
    return labels


class AgreementsTab(QWidget):
    COLUMNS = 7

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.ids: list[str] = []
        self.activities: list[str | None] = []
        self.editable = False
        self.followable = False
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Agreement"), self.tr("Responsible"),
                                              self.tr("Institution"), self.tr("Deadline"), self.tr("Status"),
                                              self.tr("Action plan")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c, width in ((2, 150), (3, 150), (4, 110), (5, 110), (6, 120)):
            self.table.setColumnWidth(c, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add agreement"))
        self.add_button.clicked.connect(self.add)
        self.convert_button = QPushButton(self.tr("Convert into activity"))
        self.convert_button.setToolTip(self.tr("Add the selected agreement to the territory's action plan as an "
                                               "activity, with its responsible, institution and deadline"))
        self.convert_button.clicked.connect(self.convert_selected)
        self.remove_button = QPushButton(self.tr("Send to bin"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.convert_button)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def load(self, meeting_id: str | None, *, editable: bool = True) -> None:
        keep = self.selected_row()
        self.meeting_id = meeting_id
        self.editable = editable and meeting_id is not None
        self.followable = meeting_id is not None  # status and conversion still change on a closed acta
        with self.ctx.store.transaction() as s:
            agreements = list_agreements(s, meeting_id) if meeting_id else []
        self.ids = [a.id for a in agreements]
        self.activities = [a.activity_id for a in agreements]
        self.table.setRowCount(len(agreements))
        for r, a in enumerate(agreements):
            self._fill_row(r, a)
        self.table.resizeRowsToContents()
        if keep is not None and keep < len(self.ids):
            self.table.selectRow(keep)
        self.add_button.setEnabled(self.editable)
        self._update_buttons()

    def selected_row(self) -> int | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return min(rows) if rows else None

    def _update_buttons(self) -> None:
        r = self.selected_row()
        self.remove_button.setEnabled(self.editable and r is not None and not self.activities[r])
        self.convert_button.setEnabled(self.followable and r is not None and not self.activities[r])

    def _line(self, r: int, text: str, aid: str, key: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setFrame(False)
        edit.setEnabled(self.editable)
        edit.cursorPositionChanged.connect(lambda *_a: self.table.selectRow(r))
        edit.textEdited.connect(lambda t: self._save(aid, **{key: t}))
        edit.editingFinished.connect(self.ctx.autosaver.flush)
        return edit

    def _fill_row(self, r: int, a: Agreement) -> None:
        self.table.setItem(r, 0, QTableWidgetItem(str(a.position)))
        self.table.setCellWidget(r, 1, self._line(r, a.text, a.id, "text"))
        self.table.setCellWidget(r, 2, self._line(r, a.responsible, a.id, "responsible"))
        self.table.setCellWidget(r, 3, self._line(r, a.institution, a.id, "institution"))
        deadline = optional_date_edit(self.tr("no deadline"))
        set_optional_date(deadline, a.deadline)
        deadline.setEnabled(self.editable)
        deadline.dateChanged.connect(lambda _d, aid=a.id, w=deadline: self._save(aid, deadline=optional_date(w)))
        self.table.setCellWidget(r, 4, deadline)
        combo = QComboBox()
        for key, label in status_labels(self).items():
            combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findData(a.status)))
        combo.setEnabled(self.followable)
        combo.activated.connect(lambda _i: self.table.selectRow(r))
        combo.currentIndexChanged.connect(lambda _i, aid=a.id, c=combo: self._save(aid, status=c.currentData()))
        self.table.setCellWidget(r, 5, combo)
        self.table.setItem(r, 6, QTableWidgetItem(self.tr("Activity created") if a.activity_id else "—"))

    def _save(self, aid: str, **changes: object) -> None:
        self.ctx.autosaver.schedule(f"agreement.{aid}.{','.join(changes)}",
                                    lambda s: update_agreement(s, aid, **changes))

    def add(self) -> None:
        if not self.meeting_id or not self.editable:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            add_agreement(s, meeting_id=self.meeting_id)
        self.table.clearSelection()
        self.load(self.meeting_id, editable=self.editable)
        last = len(self.ids) - 1
        self.table.selectRow(last)
        self.table.cellWidget(last, 1).setFocus()
        self.ctx.records_changed.emit()

    def convert_selected(self) -> None:
        r = self.selected_row()
        if r is None:
            return
        self.ctx.autosaver.flush()
        try:
            with self.ctx.store.transaction() as s:
                agreement_to_activity(s, self.ids[r])
        except GestorError as exc:
            self.message.setText(str(exc))
            return
        number = self.table.item(r, 0).text()
        self.load(self.meeting_id, editable=self.editable)
        self.message.setText(self.tr("Agreement {n} is now an activity of the action plan.").format(n=number))
        self.ctx.records_changed.emit()

    def remove_selected(self) -> None:
        r = self.selected_row()
        if r is None:
            return
        self.ctx.autosaver.flush()
        try:
            with self.ctx.store.transaction() as s:
                remove_item(s, Agreement, self.ids[r])
        except GestorError as exc:
            self.message.setText(str(exc))
            return
        self.table.clearSelection()
        self.load(self.meeting_id, editable=self.editable)
        self.ctx.records_changed.emit()

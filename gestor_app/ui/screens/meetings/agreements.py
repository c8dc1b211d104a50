"""Tab "Agreements": the table of the acta (n.º, agreement, responsible, institution, deadline,
status) and, below, the selected agreement's editor, autosaved as typed. "Convert into activity"
turns the selected one into an activity of the action plan (once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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
        self.labels = status_labels(self)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Agreement"), self.tr("Responsible"),
                                              self.tr("Institution"), self.tr("Deadline"), self.tr("Status"),
                                              self.tr("Action plan")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c, width in ((2, 150), (3, 150), (4, 95), (5, 95), (6, 120)):
            self.table.setColumnWidth(c, width)
        self.table.itemSelectionChanged.connect(self._select)
        layout.addWidget(self.table, 2)
        form = QFormLayout()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What was agreed"))
        self.text.setMaximumHeight(70)
        self.responsible = QLineEdit()
        self.institution = QLineEdit()
        self.deadline = optional_date_edit(self.tr("no deadline"))
        self.deadline.setMaximumWidth(160)
        self.status = QComboBox()
        for key, label in self.labels.items():
            self.status.addItem(label, key)
        self.status.setMaximumWidth(160)
        who = QHBoxLayout()
        who.addWidget(self.responsible, 1)
        who.addWidget(QLabel(self.tr("Institution")))
        who.addWidget(self.institution, 1)
        when = QHBoxLayout()
        when.addWidget(self.deadline)
        when.addWidget(QLabel(self.tr("Status")))
        when.addWidget(self.status)
        when.addStretch(1)
        form.addRow(self.tr("Agreement"), self.text)
        form.addRow(self.tr("Responsible"), who)
        form.addRow(self.tr("Deadline"), when)
        layout.addLayout(form)
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
        self.text.textChanged.connect(lambda: self._edit(1, text=self.text.toPlainText()))
        self.responsible.textEdited.connect(lambda t: self._edit(2, responsible=t))
        self.institution.textEdited.connect(lambda t: self._edit(3, institution=t))
        for w in (self.responsible, self.institution):
            w.editingFinished.connect(self.ctx.autosaver.flush)
        self.deadline.dateChanged.connect(lambda _d: self._edit(4, deadline=optional_date(self.deadline)))
        self.status.currentIndexChanged.connect(lambda _i: self._edit(5, status=self.status.currentData()))

    def load(self, meeting_id: str | None, *, editable: bool = True, select: int | None = None) -> None:
        keep = self.selected_row() if select is None else select
        if meeting_id != self.meeting_id:
            self.message.clear()
        self.meeting_id = meeting_id
        self.editable = editable and meeting_id is not None
        self.followable = meeting_id is not None  # status and conversion still change on a closed acta
        with self.ctx.store.transaction() as s:
            agreements = list_agreements(s, meeting_id) if meeting_id else []
            rows = [self._cells(a) for a in agreements]
        self.ids = [a.id for a in agreements]
        self.activities = [a.activity_id for a in agreements]
        with QSignalBlocker(self.table):
            self.table.clearSelection()
            self.table.setRowCount(len(rows))
            for r, cells in enumerate(rows):
                for c, value in enumerate(cells):
                    self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        if self.ids:
            self.table.selectRow(keep if keep is not None and keep < len(self.ids) else 0)
        self.add_button.setEnabled(self.editable)
        self._select()

    def _cells(self, a: Agreement) -> list[str]:
        return [str(a.position), a.text, a.responsible, a.institution,
                f"{a.deadline:%d-%m-%Y}" if a.deadline else "—", self.labels.get(a.status, a.status),
                self.tr("Activity created") if a.activity_id else "—"]

    def selected_row(self) -> int | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return min(rows) if rows else None

    def _select(self) -> None:
        self.ctx.autosaver.flush()
        r = self.selected_row()
        agreement = None
        if r is not None:
            with self.ctx.store.transaction() as s:
                agreement = s.get(Agreement, self.ids[r])
        blockers = [QSignalBlocker(w) for w in (self.text, self.responsible, self.institution, self.deadline,
                                                self.status)]
        self.text.setPlainText(agreement.text if agreement else "")
        self.responsible.setText(agreement.responsible if agreement else "")
        self.institution.setText(agreement.institution if agreement else "")
        set_optional_date(self.deadline, agreement.deadline if agreement else None)
        self.status.setCurrentIndex(max(0, self.status.findData(agreement.status if agreement else "pendiente")))
        del blockers
        for w in (self.text, self.responsible, self.institution, self.deadline):
            w.setEnabled(self.editable and agreement is not None)
        self.status.setEnabled(self.followable and agreement is not None)
        converted = bool(r is not None and self.activities[r])
        self.remove_button.setEnabled(self.editable and r is not None and not converted)
        self.convert_button.setEnabled(self.followable and r is not None and not converted)

    def _edit(self, column: int, **changes: object) -> None:
        """Save the selected agreement's edit and show it in its row at once."""
        r = self.selected_row()
        if r is None:
            return
        aid = self.ids[r]
        self.ctx.autosaver.schedule(f"agreement.{aid}.{','.join(changes)}",
                                    lambda s: update_agreement(s, aid, **changes))
        (value,) = changes.values()
        if column == 4:
            value = f"{value:%d-%m-%Y}" if value else "—"
        elif column == 5:
            value = self.labels.get(str(value), str(value))
        self.table.item(r, column).setText(str(value or ""))

    def add(self) -> None:
        if not self.meeting_id or not self.editable:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            add_agreement(s, meeting_id=self.meeting_id)
        self.load(self.meeting_id, editable=self.editable, select=len(self.ids))
        self.text.setFocus()
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
        self.load(self.meeting_id, editable=self.editable, select=r)
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
        self.load(self.meeting_id, editable=self.editable, select=max(0, r - 1))
        self.ctx.records_changed.emit()

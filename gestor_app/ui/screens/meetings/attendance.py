"""Tab "Attendance": who attended or excused themselves. Names are recorded on purpose: these
people sign the acta handed to the community."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.models.meetings import ATTENDANCE, Attendee
from gestor_app.core.services.meetings import add_attendee, list_attendees, remove_item, update_attendee
from gestor_app.ui.context import UiContext


class AttendanceTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.ids: list[str] = []
        self.editable = False
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("People who sign the minutes: name, organisation or institution and role. "
                              "Neighbours who only attend are counted in the header."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation or institution"),
                                              self.tr("Role"), self.tr("Attendance")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("Add attendee"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Send to bin"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self._labels = {"presente": self.tr("Present"), "excusado": self.tr("Excused")}
        assert set(self._labels) == set(ATTENDANCE)

    def load(self, meeting_id: str | None, *, editable: bool = True) -> None:
        self.meeting_id = meeting_id
        self.editable = editable and meeting_id is not None
        with self.ctx.store.transaction() as s:
            people = list_attendees(s, meeting_id) if meeting_id else []
        self.ids = [p.id for p in people]
        self.table.setRowCount(len(people))
        for r, p in enumerate(people):
            self._fill_row(r, p)
        present = sum(p.attendance == "presente" for p in people)
        self.count.setText(self.tr("Present: {p} · excused: {e}").format(p=present, e=len(people) - present))
        self.add_button.setEnabled(self.editable)
        self.remove_button.setEnabled(self.editable)

    def _line(self, r: int, text: str, pid: str, key: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.cursorPositionChanged.connect(lambda *_a: self.table.selectRow(r))  # clicking in selects the row
        edit.setFrame(False)
        edit.setEnabled(self.editable)
        edit.textEdited.connect(lambda t: self._save(pid, **{key: t}))
        edit.editingFinished.connect(self.ctx.autosaver.flush)
        return edit

    def _fill_row(self, r: int, p: Attendee) -> None:
        self.table.setCellWidget(r, 0, self._line(r, p.name, p.id, "name"))
        self.table.setCellWidget(r, 1, self._line(r, p.organisation, p.id, "organisation"))
        self.table.setCellWidget(r, 2, self._line(r, p.role, p.id, "role"))
        combo = QComboBox()
        for key, label in self._labels.items():
            combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findData(p.attendance)))
        combo.setEnabled(self.editable)
        combo.currentIndexChanged.connect(lambda _i, pid=p.id, c=combo: self._save(pid, attendance=c.currentData()))
        self.table.setCellWidget(r, 3, combo)

    def _save(self, pid: str, **changes: object) -> None:
        self.ctx.autosaver.schedule(f"attendee.{pid}.{','.join(changes)}",
                                    lambda s: update_attendee(s, pid, **changes))

    def add(self) -> None:
        if not self.meeting_id:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            add_attendee(s, meeting_id=self.meeting_id)
        self.load(self.meeting_id, editable=self.editable)
        self.table.setCurrentCell(len(self.ids) - 1, 0)
        self.table.cellWidget(len(self.ids) - 1, 0).setFocus()
        self.ctx.records_changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            for r in rows:
                remove_item(s, Attendee, self.ids[r])
        self.load(self.meeting_id, editable=self.editable)
        self.ctx.records_changed.emit()

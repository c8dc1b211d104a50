"""Tab "Agenda": the topics of the tabla, each with the summary of what was discussed. The first
topic reviews the agreements still pending from earlier meetings; their status is updated here."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.models.meetings import AgendaItem
from gestor_app.core.services.meetings import (
    add_agenda_item,
    list_agenda,
    remove_item,
    reviewed_agreements,
    update_agenda_item,
    update_agreement,
)
from gestor_app.ui.context import UiContext
from gestor_app.ui.screens.meetings.agreements import status_labels


class AgendaTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.editable = False
        self.items: list[tuple[str, str, str, bool]] = []  # id, title, development, is_review
        self.reviewed_ids: list[str] = []
        layout = QVBoxLayout(self)
        split = QSplitter()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._select)
        lv.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("New topic…"))
        self.new_title.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add topic"))
        self.add_button.clicked.connect(self.add)
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.add_button)
        lv.addLayout(add_row)
        self.remove_button = QPushButton(self.tr("Send topic to bin"))
        self.remove_button.clicked.connect(self.remove)
        lv.addWidget(self.remove_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Topic")))
        self.title = QLineEdit()
        rv.addWidget(self.title)
        rv.addWidget(QLabel(self.tr("Development: summary of what was discussed")))
        self.development = QPlainTextEdit()
        rv.addWidget(self.development, 2)
        self.review_box = QGroupBox(self.tr("Agreements under review"))
        bv = QVBoxLayout(self.review_box)
        self.reviewed = QTableWidget(0, 4)
        self.reviewed.setHorizontalHeaderLabels([self.tr("Agreement"), self.tr("Responsible"), self.tr("Deadline"),
                                                 self.tr("Status")])
        self.reviewed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviewed.verticalHeader().hide()
        self.reviewed.setWordWrap(True)
        hh = self.reviewed.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c, width in ((1, 170), (2, 95), (3, 120)):
            self.reviewed.setColumnWidth(c, width)
        bv.addWidget(self.reviewed)
        rv.addWidget(self.review_box, 3)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([240, 700])
        layout.addWidget(split)
        self.title.textEdited.connect(self._title_edited)
        self.title.editingFinished.connect(self.ctx.autosaver.flush)
        self.development.textChanged.connect(self._development_changed)

    def current(self) -> tuple[str, str, str, bool] | None:
        r = self.list.currentRow()
        return self.items[r] if 0 <= r < len(self.items) else None

    def load(self, meeting_id: str | None, *, editable: bool = True, select: str | None = None) -> None:
        keep = select or (self.current() or ("",))[0]
        self.meeting_id = meeting_id
        self.editable = editable and meeting_id is not None
        with self.ctx.store.transaction() as s:
            items = list_agenda(s, meeting_id) if meeting_id else []
            self.items = [(i.id, i.title, i.development, i.is_review) for i in items]
        self.list.blockSignals(True)
        self.list.clear()
        for n, (_id, title, _dev, _review) in enumerate(self.items, start=1):
            self.list.addItem(f"{n}. {title}")
        self.list.blockSignals(False)
        ids = [i[0] for i in self.items]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self._select(row)
        self.new_title.setEnabled(self.editable)
        self.add_button.setEnabled(self.editable)
        self._load_reviewed()

    def _select(self, _row: int) -> None:
        self.ctx.autosaver.flush()
        item = self.current()
        blockers = [QSignalBlocker(self.title), QSignalBlocker(self.development)]
        self.title.setText(item[1] if item else "")
        self.development.setPlainText(item[2] if item else "")
        del blockers
        is_review = bool(item and item[3])
        self.title.setReadOnly(is_review)  # the review keeps its name: it is the first point of every acta
        self.title.setEnabled(self.editable and item is not None)
        self.development.setEnabled(self.editable and item is not None)
        self.remove_button.setEnabled(self.editable and item is not None and not is_review)
        self.review_box.setVisible(is_review)

    def _load_reviewed(self) -> None:
        with self.ctx.store.transaction() as s:
            agreements = reviewed_agreements(s, self.meeting_id) if self.meeting_id else []
            rows = [(a.id, a.text, ", ".join(p for p in (a.responsible, a.institution) if p),
                     f"{a.deadline:%d-%m-%Y}" if a.deadline else "—", a.status) for a in agreements]
        self.reviewed_ids = [r[0] for r in rows]
        self.reviewed.setRowCount(len(rows))
        labels = status_labels(self)
        for r, (aid, text, who, deadline, status) in enumerate(rows):
            for c, value in enumerate((text, who, deadline)):
                cell = QTableWidgetItem(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.reviewed.setItem(r, c, cell)
            combo = QComboBox()
            for key, label in labels.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(status)))
            combo.setEnabled(self.editable)
            combo.currentIndexChanged.connect(lambda _i, aid=aid, c=combo: self._save_status(aid, c.currentData()))
            self.reviewed.setCellWidget(r, 3, combo)
        self.reviewed.resizeRowsToContents()

    def _save_status(self, agreement_id: str, status: str) -> None:
        self.ctx.autosaver.schedule(f"agreement.{agreement_id}.status",
                                    lambda s: update_agreement(s, agreement_id, status=status))

    def _title_edited(self, text: str) -> None:
        item = self.current()
        if item and not item[3]:
            iid = item[0]
            self._remember(title=text)
            self.ctx.autosaver.schedule(f"agenda.{iid}.title", lambda s: update_agenda_item(s, iid, title=text))
            self.list.currentItem().setText(f"{self.list.currentRow() + 1}. {text}")

    def _development_changed(self) -> None:
        item = self.current()
        if item:
            iid, text = item[0], self.development.toPlainText()
            self._remember(development=text)
            self.ctx.autosaver.schedule(f"agenda.{iid}.development",
                                        lambda s: update_agenda_item(s, iid, development=text))

    def _remember(self, **changes: str) -> None:
        r = self.list.currentRow()
        iid, title, dev, review = self.items[r]
        self.items[r] = (iid, changes.get("title", title), changes.get("development", dev), review)

    def add(self) -> None:
        title = self.new_title.text().strip()
        if not self.meeting_id or not self.editable or not title:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            new_id = add_agenda_item(s, meeting_id=self.meeting_id, title=title).id
        self.new_title.clear()
        self.load(self.meeting_id, editable=self.editable, select=new_id)
        self.development.setFocus()
        self.ctx.records_changed.emit()

    def remove(self) -> None:
        item = self.current()
        if not item or item[3]:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            remove_item(s, AgendaItem, item[0])
        self.load(self.meeting_id, editable=self.editable)
        self.ctx.records_changed.emit()

"""Tab "Guide questions": editable questions (default set from the method) and notes per question."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.models.focus_groups import FocusGroupQuestion
from gestor_app.core.services.focus_groups import add_question, list_questions, remove_item, update_question
from gestor_app.ui.context import UiContext


class QuestionsTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.fg_id: str | None = None
        self.questions: list[tuple[str, str, str]] = []  # id, text, notes
        layout = QVBoxLayout(self)
        split = QSplitter()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._select)
        lv.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add question"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Send to bin"))
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        lv.addLayout(buttons)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Question")))
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(80)
        rv.addWidget(self.text)
        rv.addWidget(QLabel(self.tr("Notes of what was said")))
        self.notes = QPlainTextEdit()
        rv.addWidget(self.notes, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 520])
        layout.addWidget(split)
        self.text.textChanged.connect(self._text_changed)
        self.notes.textChanged.connect(lambda: self._save(notes=self.notes.toPlainText()))

    def _current_id(self) -> str | None:
        r = self.list.currentRow()
        return self.questions[r][0] if 0 <= r < len(self.questions) else None

    def _save(self, **changes: object) -> None:
        qid = self._current_id()
        if qid:
            r = self.list.currentRow()
            qid_, text, notes = self.questions[r]
            self.questions[r] = (qid_, str(changes.get("text", text)), str(changes.get("notes", notes)))
            self.ctx.autosaver.schedule(f"fgq.{qid}.{','.join(changes)}", lambda s: update_question(s, qid, **changes))

    def _text_changed(self) -> None:
        text = self.text.toPlainText()
        self._save(text=text)
        item = self.list.currentItem()
        if item is not None:
            item.setText(f"{self.list.currentRow() + 1}. {text}")

    def load(self, fg_id: str | None, select: int = 0) -> None:
        self.fg_id = fg_id
        with self.ctx.store.transaction() as s:
            self.questions = [(q.id, q.text, q.notes) for q in (list_questions(s, fg_id) if fg_id else [])]
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        for i, (_qid, text, _notes) in enumerate(self.questions, start=1):
            self.list.addItem(f"{i}. {text}")
        del blocker
        self.add_button.setEnabled(fg_id is not None)
        self.list.setCurrentRow(min(select, len(self.questions) - 1))
        self._select(self.list.currentRow())

    def _select(self, row: int) -> None:
        self.ctx.autosaver.flush()
        text, notes = (self.questions[row][1], self.questions[row][2]) if 0 <= row < len(self.questions) else ("", "")
        with QSignalBlocker(self.text), QSignalBlocker(self.notes):
            self.text.setPlainText(text)
            self.notes.setPlainText(notes)
        for w in (self.text, self.notes):
            w.setEnabled(0 <= row < len(self.questions))

    def add(self) -> None:
        if not self.fg_id:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            add_question(s, focus_group_id=self.fg_id, text=self.tr("New question"))
        self.load(self.fg_id, select=len(self.questions))
        self.text.setFocus()
        self.text.selectAll()

    def remove(self) -> None:
        qid = self._current_id()
        if qid:
            self.ctx.autosaver.flush()
            with self.ctx.store.transaction() as s:
                remove_item(s, FocusGroupQuestion, qid)
            self.load(self.fg_id)
            self.ctx.records_changed.emit()

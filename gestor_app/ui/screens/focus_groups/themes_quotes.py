"""Tab "Themes and quotes": themes (tags linked to diagnosed problems) and quotes (participant code +
theme + text). Quotes are added from a small form and edited in place in the table."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.models.focus_groups import FocusGroupQuote, FocusGroupTheme
from gestor_app.core.services import focus_groups as fgs
from gestor_app.core.services.problems import list_problems
from gestor_app.ui.context import UiContext


class ThemesQuotesTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.fg_id: str | None = None
        self.theme_ids: list[str] = []
        self.quote_ids: list[str] = []
        layout = QHBoxLayout(self)
        layout.addWidget(self._themes_box(), 2)
        layout.addWidget(self._quotes_box(), 5)

    # --- themes ---------------------------------------------------------------------------
    def _themes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Themes"))
        v = QVBoxLayout(box)
        self.themes = QListWidget()
        self.themes.setMaximumHeight(160)
        self.themes.setWordWrap(True)
        self.themes.currentRowChanged.connect(self._select_theme)
        v.addWidget(self.themes, 1)
        add_row = QHBoxLayout()
        self.new_theme = QLineEdit()
        self.new_theme.setPlaceholderText(self.tr("New theme…"))
        self.new_theme.returnPressed.connect(self.add_theme)
        self.add_theme_button = QPushButton(self.tr("Add theme"))
        self.add_theme_button.clicked.connect(self.add_theme)
        add_row.addWidget(self.new_theme, 1)
        add_row.addWidget(self.add_theme_button)
        v.addLayout(add_row)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.theme_name = QLineEdit()
        self.theme_description = QPlainTextEdit()
        self.theme_description.setMaximumHeight(70)
        self.theme_problems = QListWidget()
        self.theme_problems.setMinimumHeight(90)
        self.theme_problems.setWordWrap(True)
        self.theme_problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.addRow(self.tr("Name"), self.theme_name)
        form.addRow(self.tr("Description"), self.theme_description)
        form.addRow(self.tr("Diagnosed problems"), self.theme_problems)
        v.addLayout(form)
        self.theme_name.textEdited.connect(lambda t: self._save_theme(name=t))
        self.theme_description.textChanged.connect(
            lambda: self._save_theme(description=self.theme_description.toPlainText()))
        self.theme_problems.itemChanged.connect(lambda _i: self._save_theme(problem_ids=self._checked_problems()))
        return box

    def _current_theme(self) -> str | None:
        r = self.themes.currentRow()
        return self.theme_ids[r] if 0 <= r < len(self.theme_ids) else None

    def _save_theme(self, **changes: object) -> None:
        tid = self._current_theme()
        if tid:
            self.ctx.autosaver.schedule(f"fgt.{tid}.{','.join(changes)}", lambda s: fgs.update_theme(s, tid, **changes))

    def _checked_problems(self) -> list[str]:
        items = (self.theme_problems.item(i) for i in range(self.theme_problems.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _select_theme(self, row: int) -> None:
        self.ctx.autosaver.flush()
        tid = self._current_theme()
        with self.ctx.store.transaction() as s:
            t = s.get(FocusGroupTheme, tid) if tid else None
            problems = [(p.id, p.title) for p in list_problems(s, territory_id=self.ctx.current_territory_id())]
            name, desc, linked = (t.name, t.description, set(t.problem_ids or [])) if t else ("", "", set())
        with QSignalBlocker(self.theme_name), QSignalBlocker(self.theme_description), QSignalBlocker(self.theme_problems):
            self.theme_name.setText(name)
            self.theme_description.setPlainText(desc)
            self.theme_problems.clear()
            for pid, title in problems:
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, pid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if pid in linked else Qt.CheckState.Unchecked)
                self.theme_problems.addItem(item)
        for w in (self.theme_name, self.theme_description, self.theme_problems):
            w.setEnabled(t is not None)

    def add_theme(self) -> None:
        name = self.new_theme.text().strip()
        if not self.fg_id or not name:
            return
        with self.ctx.store.transaction() as s:
            fgs.add_theme(s, focus_group_id=self.fg_id, name=name)
        self.new_theme.clear()
        self.load(self.fg_id)
        self.ctx.records_changed.emit()

    # --- quotes ---------------------------------------------------------------------------
    def _quotes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quotes"))
        v = QVBoxLayout(box)
        self.quotes = QTableWidget(0, 3)
        self.quotes.setHorizontalHeaderLabels([self.tr("Participant"), self.tr("Theme"), self.tr("Quote")])
        self.quotes.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.quotes.setColumnWidth(0, 100)
        self.quotes.setColumnWidth(1, 150)
        self.quotes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quotes.setWordWrap(True)
        self.quotes.verticalHeader().hide()
        self.quotes.itemChanged.connect(self._quote_edited)
        v.addWidget(self.quotes, 1)
        form = QFormLayout()
        self.quote_participant = QComboBox()
        self.quote_theme = QComboBox()
        self.quote_text = QPlainTextEdit()
        self.quote_text.setMaximumHeight(70)
        self.quote_text.setPlaceholderText(self.tr("What was said, in the participant's words"))
        form.addRow(self.tr("Participant"), self.quote_participant)
        form.addRow(self.tr("Theme"), self.quote_theme)
        form.addRow(self.tr("Quote"), self.quote_text)
        v.addLayout(form)
        row = QHBoxLayout()
        self.remove_quote_button = QPushButton(self.tr("Send quote to bin"))
        self.remove_quote_button.clicked.connect(self.remove_quote)
        self.add_quote_button = QPushButton(self.tr("Add quote"))
        self.add_quote_button.clicked.connect(self.add_quote)
        row.addStretch(1)
        row.addWidget(self.remove_quote_button)
        row.addWidget(self.add_quote_button)
        v.addLayout(row)
        return box

    def add_quote(self) -> None:
        text = self.quote_text.toPlainText().strip()
        if not self.fg_id or not text:
            return
        with self.ctx.store.transaction() as s:
            fgs.add_quote(s, focus_group_id=self.fg_id, text=text, participant_id=self.quote_participant.currentData(),
                          theme_id=self.quote_theme.currentData())
        self.quote_text.clear()
        self.load(self.fg_id)
        self.ctx.records_changed.emit()

    def remove_quote(self) -> None:
        rows = sorted({i.row() for i in self.quotes.selectedIndexes()})
        with self.ctx.store.transaction() as s:
            for r in rows:
                fgs.remove_item(s, FocusGroupQuote, self.quote_ids[r])
        if rows:
            self.load(self.fg_id)
            self.ctx.records_changed.emit()

    def _quote_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 2 or not (0 <= item.row() < len(self.quote_ids)):
            return
        qid, text = self.quote_ids[item.row()], item.text()
        self.ctx.autosaver.schedule(f"fgquote.{qid}", lambda s: fgs.update_quote(s, qid, text=text))

    # --- loading --------------------------------------------------------------------------
    def load(self, fg_id: str | None) -> None:
        self.fg_id = fg_id
        with self.ctx.store.transaction() as s:
            themes = fgs.list_themes(s, fg_id) if fg_id else []
            people = fgs.list_participants(s, fg_id) if fg_id else []
            quotes = fgs.list_quotes(s, fg_id) if fg_id else []
        names = {t.id: t.name for t in themes}
        codes = {p.id: p.code for p in people}
        self.theme_ids = [t.id for t in themes]
        with QSignalBlocker(self.themes):
            current = self.themes.currentRow()
            self.themes.clear()
            self.themes.addItems([t.name for t in themes])
        self.themes.setCurrentRow(min(max(current, 0), len(themes) - 1))
        self._select_theme(self.themes.currentRow())
        for combo, pairs in ((self.quote_participant, [(p.id, p.code) for p in people]),
                             (self.quote_theme, [(t.id, t.name) for t in themes])):
            combo.clear()
            combo.addItem("—", None)
            for key, label in pairs:
                combo.addItem(label, key)
        self.quote_ids = [q.id for q in quotes]
        with QSignalBlocker(self.quotes):
            self.quotes.setRowCount(len(quotes))
            for r, q in enumerate(quotes):
                for c, text in enumerate((codes.get(q.participant_id or "", "—"), names.get(q.theme_id or "", "—"), q.text)):
                    item = QTableWidgetItem(text)
                    if c < 2:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.quotes.setItem(r, c, item)
            self.quotes.resizeRowsToContents()
        for w in (self.add_theme_button, self.add_quote_button, self.new_theme):
            w.setEnabled(fg_id is not None)

"""Focus groups of the current territory: a list on the left, the selected group in tabs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.models.focus_groups import FocusGroup
from gestor_app.core.services.focus_groups import (
    create_focus_group,
    delete_focus_group,
    get_focus_group,
    list_focus_groups,
)
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.focus_groups.general import GeneralTab
from gestor_app.ui.screens.focus_groups.participants import ParticipantsTab
from gestor_app.ui.screens.focus_groups.places import PlacesTab
from gestor_app.ui.screens.focus_groups.questions import QuestionsTab
from gestor_app.ui.screens.focus_groups.themes_quotes import ThemesQuotesTab


class FocusGroupsScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.group_ids: list[str] = []
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Focus groups")))
        intro = QLabel(self.tr("Record each focus group of the territory. Participants are anonymous codes; "
                               "everything is saved as you type."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.groups = QListWidget()
        self.groups.setWordWrap(True)
        left.setMaximumWidth(320)
        self.groups.currentRowChanged.connect(self._select)
        lv.addWidget(self.groups, 1)
        buttons = QVBoxLayout()
        self.new_button = QPushButton(self.tr("New focus group"))
        self.new_button.clicked.connect(self.new_group)
        self.bin_button = QPushButton(self.tr("Send to bin"))
        self.bin_button.clicked.connect(self.send_to_bin)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.bin_button)
        lv.addLayout(buttons)
        self.tabs = QTabWidget()
        self.general = GeneralTab(ctx)
        self.participants = ParticipantsTab(ctx)
        self.questions = QuestionsTab(ctx)
        self.themes_quotes = ThemesQuotesTab(ctx)
        self.places = PlacesTab(ctx)
        self.tabs.addTab(self.general, self.tr("Record"))
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.tabs.addTab(self.questions, self.tr("Guide questions"))
        self.tabs.addTab(self.themes_quotes, self.tr("Themes and quotes"))
        self.tabs.addTab(self.places, self.tr("Places mentioned"))
        self.tabs.currentChanged.connect(lambda _i: self._load_tabs())
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setSizes([230, 930])
        layout.addWidget(split, 1)
        self.empty = QLabel(self.tr("Choose a territory to work in (button at the top)."))
        layout.addWidget(self.empty)
        ctx.autosaver.saved.connect(self._update_titles)

    def current_id(self) -> str | None:
        r = self.groups.currentRow()
        return self.group_ids[r] if 0 <= r < len(self.group_ids) else None

    def refresh(self, select: str | None = None) -> None:
        self.ctx.autosaver.flush()
        tid = self.ctx.current_territory_id()
        keep = select or self.current_id()
        with self.ctx.store.transaction() as s:
            groups = [(g.id, g.display_title()) for g in list_focus_groups(s, territory_id=tid)] if tid else []
        self.group_ids = [g[0] for g in groups]
        self.groups.blockSignals(True)
        self.groups.clear()
        self.groups.addItems([g[1] for g in groups])
        self.groups.blockSignals(False)
        row = self.group_ids.index(keep) if keep in self.group_ids else (0 if groups else -1)
        self.groups.setCurrentRow(row)
        self._select(row)
        self.new_button.setEnabled(tid is not None)
        self.empty.setVisible(tid is None)

    def _update_titles(self) -> None:
        with self.ctx.store.transaction() as s:
            for r, gid in enumerate(self.group_ids):
                g = s.get(FocusGroup, gid)
                if g is not None and not g.deleted and self.groups.item(r) is not None:
                    self.groups.item(r).setText(g.display_title())

    def _select(self, _row: int) -> None:
        self.ctx.autosaver.flush()
        gid = self.current_id()
        with self.ctx.store.transaction() as s:
            fg = get_focus_group(s, gid) if gid else None
        self.general.load(fg)
        self.tabs.setEnabled(fg is not None)
        self.bin_button.setEnabled(fg is not None)
        self._load_tabs()

    def _load_tabs(self) -> None:
        gid = self.current_id()
        for tab in (self.participants, self.questions, self.themes_quotes, self.places):
            tab.load(gid)

    def new_group(self) -> None:
        tid = self.ctx.current_territory_id()
        if not tid:
            return
        with self.ctx.store.transaction() as s:
            fg = create_focus_group(s, territory_id=tid, title=self.tr("New focus group"))
            new_id = fg.id
        self.refresh(select=new_id)
        self.tabs.setCurrentIndex(0)
        self.general.title.setFocus()
        self.general.title.selectAll()
        self.ctx.records_changed.emit()

    def send_to_bin(self) -> None:
        gid = self.current_id()
        if gid:
            with self.ctx.store.transaction() as s:
                delete_focus_group(s, gid)
            self.refresh()
            self.ctx.records_changed.emit()

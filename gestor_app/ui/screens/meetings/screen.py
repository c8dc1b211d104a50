"""Meetings of the current territory (Mesas de Seguridad Focalizadas, assemblies…): a list on the
left, the selected acta in tabs. "New meeting" opens the next session with the review of the
agreements still pending already on its agenda."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.errors import GestorError
from gestor_app.core.models.meetings import Meeting
from gestor_app.core.services.meetings import (
    close_meeting,
    create_meeting,
    delete_meeting,
    get_meeting,
    list_meetings,
    reopen_meeting,
)
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.meetings.agenda import AgendaTab
from gestor_app.ui.screens.meetings.agreements import AgreementsTab
from gestor_app.ui.screens.meetings.attendance import AttendanceTab
from gestor_app.ui.screens.meetings.header import HeaderTab


class MeetingsScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.meeting_ids: list[str] = []
        self.closed = False
        self.today = date.today  # tests pin the date
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Meetings and minutes")))
        intro = QLabel(self.tr("Minutes (actas) of the Mesas de Seguridad Focalizadas and other meetings: "
                               "attendance, agenda, what was discussed and the agreements, saved as you type. "
                               "Each new meeting starts by reviewing the agreements still pending."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.meetings = QListWidget()
        self.meetings.setWordWrap(True)
        self.meetings.setSpacing(3)
        left.setMaximumWidth(340)
        self.meetings.currentRowChanged.connect(self._select)
        lv.addWidget(self.meetings, 1)
        self.new_button = QPushButton(self.tr("New meeting"))
        self.new_button.clicked.connect(self.new_meeting)
        self.bin_button = QPushButton(self.tr("Send to bin"))
        self.bin_button.clicked.connect(self.send_to_bin)
        lv.addWidget(self.new_button)
        lv.addWidget(self.bin_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        status_row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("badge")
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.toggle_closed)
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        status_row.addWidget(self.close_button)
        rv.addLayout(status_row)
        self.tabs = QTabWidget()
        self.header = HeaderTab(ctx)
        self.attendance = AttendanceTab(ctx)
        self.agenda = AgendaTab(ctx)
        self.agreements = AgreementsTab(ctx)
        self.tabs.addTab(self.header, self.tr("Header"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.agenda, self.tr("Agenda and development"))
        self.tabs.addTab(self.agreements, self.tr("Agreements"))
        self.tabs.currentChanged.connect(lambda _i: self._load_tabs())
        rv.addWidget(self.tabs, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([260, 900])
        layout.addWidget(split, 1)
        self.empty = QLabel(self.tr("Choose a territory to work in (button at the top)."))
        layout.addWidget(self.empty)
        ctx.autosaver.saved.connect(self._update_titles)

    def current_id(self) -> str | None:
        r = self.meetings.currentRow()
        return self.meeting_ids[r] if 0 <= r < len(self.meeting_ids) else None

    def refresh(self, select: str | None = None) -> None:
        self.ctx.autosaver.flush()
        tid = self.ctx.current_territory_id()
        keep = select or self.current_id()
        with self.ctx.store.transaction() as s:
            rows = [(m.id, self._list_text(m)) for m in list_meetings(s, territory_id=tid)] if tid else []
        self.meeting_ids = [r[0] for r in rows]
        self.meetings.blockSignals(True)
        self.meetings.clear()
        self.meetings.addItems([r[1] for r in rows])
        self.meetings.blockSignals(False)
        row = self.meeting_ids.index(keep) if keep in self.meeting_ids else (0 if rows else -1)
        self.meetings.setCurrentRow(row)
        self._select(row)
        self.new_button.setEnabled(tid is not None)
        self.empty.setVisible(tid is None)

    def _list_text(self, m: Meeting) -> str:
        state = self.tr("closed") if m.status == "cerrada" else self.tr("draft")
        return f"{m.held_on:%d-%m-%Y} · {state}\n{m.title or m.display_title()}"

    def _update_titles(self) -> None:
        with self.ctx.store.transaction() as s:
            for r, mid in enumerate(self.meeting_ids):
                m = s.get(Meeting, mid)
                if m is not None and not m.deleted and self.meetings.item(r) is not None:
                    self.meetings.item(r).setText(self._list_text(m))

    def _select(self, _row: int) -> None:
        self.ctx.autosaver.flush()
        mid = self.current_id()
        with self.ctx.store.transaction() as s:
            m = get_meeting(s, mid) if mid else None
        self.closed = bool(m and m.status == "cerrada")
        self.header.load(m)
        self.tabs.setEnabled(m is not None)
        self.bin_button.setEnabled(m is not None)
        self.close_button.setEnabled(m is not None)
        self.close_button.setText(self.tr("Reopen minutes") if self.closed else self.tr("Close minutes"))
        self.status.setText(self.tr("Closed minutes: only the status of agreements still changes") if self.closed
                            else self.tr("Draft minutes"))
        self.status.setVisible(m is not None)
        self._load_tabs()

    def _load_tabs(self) -> None:
        mid = self.current_id()
        editable = not self.closed
        self.attendance.load(mid, editable=editable)
        self.agenda.load(mid, editable=editable)
        self.agreements.load(mid, editable=editable)

    def new_meeting(self) -> None:
        """The next session: on the date agreed at the latest meeting if still ahead (else today), same
        place and convener, its agenda opening with the review of the pending agreements."""
        tid = self.ctx.current_territory_id()
        if not tid:
            return
        self.ctx.autosaver.flush()
        today = self.today()
        with self.ctx.store.transaction() as s:
            latest = next(iter(list_meetings(s, territory_id=tid)), None)
            agreed = latest.next_meeting_on if latest else None
            held_on = agreed if agreed and agreed >= today else today
            place = (latest.next_meeting_place or latest.place) if latest else ""
            m = create_meeting(s, territory_id=tid, held_on=held_on, place=place,
                               convened_by=latest.convened_by if latest else "")
            new_id = m.id
        self.refresh(select=new_id)
        self.tabs.setCurrentWidget(self.agenda)
        self.ctx.records_changed.emit()

    def toggle_closed(self) -> None:
        mid = self.current_id()
        if not mid:
            return
        self.ctx.autosaver.flush()
        try:
            with self.ctx.store.transaction() as s:
                (reopen_meeting if self.closed else close_meeting)(s, mid)
        except GestorError as exc:
            self.status.setText(str(exc))
            return
        self.refresh(select=mid)

    def send_to_bin(self) -> None:
        mid = self.current_id()
        if mid:
            self.ctx.autosaver.flush()
            with self.ctx.store.transaction() as s:
                delete_meeting(s, mid)
            self.refresh()
            self.ctx.records_changed.emit()

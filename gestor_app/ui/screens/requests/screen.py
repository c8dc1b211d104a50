"""Neighbours' requests (Protocolo de Respuesta ante Demandas y Requerimientos): the list, longest
open first, filtered by status; the selected request in an editor saved as typed. The contact
field only opens when the neighbour's consent is ticked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gestor_app.core.models.meetings import (
    OPEN_REQUEST_STATUSES,
    REFERRAL_UNITS,
    REQUEST_CATEGORIES,
    REQUEST_CHANNELS,
    REQUEST_STATUSES,
    Request,
)
from gestor_app.core.services.map_features import list_features
from gestor_app.core.services.requests import (
    create_request,
    days_open,
    delete_request,
    get_request,
    list_requests,
    update_request,
)
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.meetings.widgets import optional_date, optional_date_edit, set_optional_date

COLUMNS = 5


class RequestsScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.today = date.today  # tests pin the date
        self.request_ids: list[str] = []
        self.request_id: str | None = None
        self.status_labels = {"abierta": self.tr("Open"), "derivada": self.tr("Referred"),
                              "respondida": self.tr("Answered"), "cerrada": self.tr("Closed")}
        self.channel_labels = {"presencial": self.tr("In person"), "teléfono": self.tr("Phone"),
                               "correo": self.tr("E-mail"), "redes": self.tr("Social media"), "otro": self.tr("Other")}
        assert set(self.status_labels) == set(REQUEST_STATUSES) and set(self.channel_labels) == set(REQUEST_CHANNELS)
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Neighbours' requests")))
        intro = QLabel(self.tr("Everyday requests of the neighbours and the answer given, the longest waiting "
                               "first. Record what and where, not who: a contact is kept only with consent."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All"), None)
        self.filter.addItem(self.tr("Still open (open or referred)"), "pendientes")
        for key, label in self.status_labels.items():
            self.filter.addItem(label, key)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.filter)
        bar.addStretch(1)
        self.count = QLabel()
        bar.addWidget(self.count)
        self.new_button = QPushButton(self.tr("New request"))
        self.new_button.clicked.connect(self.new_request)
        self.bin_button = QPushButton(self.tr("Send to bin"))
        self.bin_button.clicked.connect(self.send_to_bin)
        bar.addWidget(self.bin_button)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        split = QSplitter()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Days waiting"), self.tr("Received"), self.tr("Category"),
                                              self.tr("Status"), self.tr("Referred to")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for c, width in ((0, 125), (1, 95), (3, 95), (4, 140)):
            self.table.setColumnWidth(c, width)
        self.table.horizontalHeaderItem(0).setToolTip(self.tr("Days from reception until today, or until the "
                                                              "answer once answered"))
        self.table.currentCellChanged.connect(lambda *_a: self._select())
        split.addWidget(self.table)
        split.addWidget(self._editor())
        split.setSizes([640, 500])
        layout.addWidget(split, 1)
        self.empty = QLabel(self.tr("Choose a territory to work in (button at the top)."))
        layout.addWidget(self.empty)
        ctx.autosaver.saved.connect(self._update_rows)

    # --- editor ---------------------------------------------------------------------------
    def _editor(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.received_on = QDateEdit()
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("dd-MM-yyyy")
        self.channel = QComboBox()
        for key, label in self.channel_labels.items():
            self.channel.addItem(label, key)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(list(REQUEST_CATEGORIES))
        self.feature = QComboBox()
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What happens and where. No names, phone numbers or "
                                                    "addresses of people unless they consented."))
        self.description.setMinimumHeight(90)
        self.consent = QCheckBox(self.tr("Agrees to be contacted"))
        self.consent.setToolTip(self.tr("The neighbour agrees to be contacted about this request"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Phone or e-mail, only with consent"))
        self.referred_to = QComboBox()
        self.referred_to.setEditable(True)
        self.referred_to.addItem("")
        self.referred_to.addItems(list(REFERRAL_UNITS))
        self.status = QComboBox()
        for key, label in self.status_labels.items():
            self.status.addItem(label, key)
        self.responded_on = optional_date_edit(self.tr("not answered yet"))
        self.response = QPlainTextEdit()
        self.response.setPlaceholderText(self.tr("Answer given to the neighbour"))
        self.response.setMinimumHeight(70)
        self.age = QLabel()
        self.age.setObjectName("muted")
        for label, w in ((self.tr("Received"), self.received_on), (self.tr("Channel"), self.channel),
                         (self.tr("Category"), self.category), (self.tr("Place on the map"), self.feature),
                         (self.tr("Description"), self.description)):
            form.addRow(label, w)
        form.addRow(self.tr("Consent"), self.consent)
        form.addRow(self.tr("Contact"), self.contact)
        for label, w in ((self.tr("Referred to"), self.referred_to), (self.tr("Status"), self.status),
                         (self.tr("Answered on"), self.responded_on), (self.tr("Answer"), self.response)):
            form.addRow(label, w)
        form.addRow(self.age)
        self.received_on.dateChanged.connect(lambda d: self._save(received_on=d.toPython()))
        self.channel.currentIndexChanged.connect(lambda _i: self._save(channel=self.channel.currentData()))
        self.category.editTextChanged.connect(lambda t: self._save(category=t))
        self.feature.currentIndexChanged.connect(lambda _i: self._save(feature_id=self.feature.currentData()))
        self.description.textChanged.connect(lambda: self._save(description=self.description.toPlainText()))
        self.consent.toggled.connect(self._consent_toggled)
        self.contact.textEdited.connect(lambda t: self._save(contact=t))
        self.contact.editingFinished.connect(self.ctx.autosaver.flush)
        self.referred_to.editTextChanged.connect(lambda t: self._save(referred_to=t))
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.responded_on.dateChanged.connect(lambda _d: self._save(responded_on=optional_date(self.responded_on)))
        self.response.textChanged.connect(lambda: self._save(response=self.response.toPlainText()))
        for combo in (self.channel, self.category, self.feature, self.referred_to, self.status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(box)
        self.editor = box
        return scroll

    def _widgets(self) -> tuple[QWidget, ...]:
        return (self.received_on, self.channel, self.category, self.feature, self.description, self.consent,
                self.contact, self.referred_to, self.status, self.responded_on, self.response)

    def _save(self, **changes: object) -> None:
        rid = self.request_id
        if rid:
            self.ctx.autosaver.schedule(f"request.{rid}.{','.join(changes)}",
                                        lambda s: update_request(s, rid, **changes))

    def _consent_toggled(self, on: bool) -> None:
        self.contact.setEnabled(on)
        if not on:
            self.contact.clear()  # withdrawing consent erases the contact (the service does the same)
        self.ctx.autosaver.flush()  # a pending contact edit must not outlive the consent
        self._save(consent=on)
        self.ctx.autosaver.flush()

    def _status_changed(self) -> None:
        status = self.status.currentData()
        if status not in OPEN_REQUEST_STATUSES and optional_date(self.responded_on) is None:
            with QSignalBlocker(self.responded_on):
                set_optional_date(self.responded_on, max(self.today(), self.received_on.date().toPython()))
            self._save(status=status, responded_on=optional_date(self.responded_on))
        else:
            self._save(status=status)

    # --- list -----------------------------------------------------------------------------
    def current_id(self) -> str | None:
        r = self.table.currentRow()
        return self.request_ids[r] if 0 <= r < len(self.request_ids) else None

    def refresh(self, select: str | None = None) -> None:
        self.ctx.autosaver.flush()
        tid = self.ctx.current_territory_id()
        keep = select or self.current_id()
        wanted = self.filter.currentData()
        with self.ctx.store.transaction() as s:
            status = wanted if wanted in REQUEST_STATUSES else None
            rows = list_requests(s, territory_id=tid, today=self.today(), status=status) if tid else []
            if wanted == "pendientes":
                rows = [r for r in rows if r.request.status in OPEN_REQUEST_STATUSES]
            cells = [(r.request.id, self._cells(r.request, r.days)) for r in rows]
            open_n = sum(r.request.status in OPEN_REQUEST_STATUSES for r in rows)
            features = [(f.id, f.display_title()) for f in list_features(s, territory_id=tid)] if tid else []
        with QSignalBlocker(self.feature):
            self.feature.clear()
            self.feature.addItem(self.tr("— none —"), None)
            for fid, title in sorted(features, key=lambda f: f[1].lower()):
                self.feature.addItem(title, fid)
        self.request_ids = [c[0] for c in cells]
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(cells))
            for r, (_rid, values) in enumerate(cells):
                self._set_row(r, values)
        self.table.resizeRowsToContents()
        self.count.setText(self.tr("Shown: {n} · still open: {o}").format(n=len(cells), o=open_n))
        row = self.request_ids.index(keep) if keep in self.request_ids else (0 if cells else -1)
        with QSignalBlocker(self.table):
            self.table.setCurrentCell(row, 0)
        self._select()
        self.new_button.setEnabled(tid is not None)
        self.empty.setVisible(tid is None)

    def _cells(self, r: Request, days: int) -> list[str]:
        return [str(days), f"{r.received_on:%d-%m-%Y}", r.category or self.tr("(no category)"),
                self.status_labels.get(r.status, r.status), r.referred_to or "—"]

    def _set_row(self, r: int, values: list[str]) -> None:
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c == 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)

    def _update_rows(self) -> None:
        """After a save: the row texts follow the edits (the order stays until the next refresh)."""
        with self.ctx.store.transaction() as s:
            for r, rid in enumerate(self.request_ids):
                req = s.get(Request, rid)
                if req is not None and not req.deleted:
                    self._set_row(r, self._cells(req, days_open(req, today=self.today())))
        self._show_age()

    def _select(self) -> None:
        self.ctx.autosaver.flush()
        rid = self.current_id()
        with self.ctx.store.transaction() as s:
            req = get_request(s, rid) if rid else None
        blockers = [QSignalBlocker(w) for w in self._widgets()]
        self.request_id = req.id if req else None
        self.received_on.setDate(QDate(req.received_on) if req else QDate.currentDate())
        self.channel.setCurrentIndex(max(0, self.channel.findData(req.channel if req else "presencial")))
        self.category.setEditText(req.category if req else "")
        self.feature.setCurrentIndex(max(0, self.feature.findData(req.feature_id if req else None)))
        self.description.setPlainText(req.description if req else "")
        self.consent.setChecked(bool(req and req.consent))
        self.contact.setText(req.contact if req else "")
        self.referred_to.setEditText(req.referred_to if req else "")
        self.status.setCurrentIndex(max(0, self.status.findData(req.status if req else "abierta")))
        set_optional_date(self.responded_on, req.responded_on if req else None)
        self.response.setPlainText(req.response if req else "")
        del blockers
        self.editor.setEnabled(req is not None)
        self.contact.setEnabled(bool(req and req.consent))
        self.bin_button.setEnabled(req is not None)
        self._show_age()

    def _show_age(self) -> None:
        rid = self.request_id
        if not rid:
            self.age.setText("")
            return
        with self.ctx.store.transaction() as s:
            req = s.get(Request, rid)
            if req is None or req.deleted:
                return
            days, is_open = days_open(req, today=self.today()), req.status in OPEN_REQUEST_STATUSES
        self.age.setText(self.tr("Waiting for {n} day(s).").format(n=days) if is_open
                         else self.tr("Answered in {n} day(s).").format(n=days))

    def new_request(self) -> None:
        tid = self.ctx.current_territory_id()
        if not tid:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            new_id = create_request(s, territory_id=tid, received_on=self.today()).id
        if self.filter.currentData() not in (None, "pendientes", "abierta"):
            with QSignalBlocker(self.filter):
                self.filter.setCurrentIndex(0)
        self.refresh(select=new_id)
        self.category.setFocus()
        self.ctx.records_changed.emit()

    def send_to_bin(self) -> None:
        rid = self.current_id()
        if rid:
            self.ctx.autosaver.flush()
            with self.ctx.store.transaction() as s:
                delete_request(s, rid)
            self.refresh()
            self.ctx.records_changed.emit()

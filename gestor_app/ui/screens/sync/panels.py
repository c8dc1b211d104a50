"""The three states of the Synchronisation screen: not in a project yet, a laptop, the office."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.models.sync import SyncIdentity, SyncPeer
from gestor_app.core.models.territory import TERRITORY_LEVELS, Territory
from gestor_app.core.services.territories import depth, list_territories
from gestor_app.core.sync.identity import gaps
from gestor_app.core.sync.status import DeliveryStatus, RecordDelivery
from gestor_app.ui.screen_base import heading


def local_time(value) -> str:
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else "—"


def _wrapped(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class NoProjectPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(_wrapped(self.tr(
            "This computer does not belong to a project yet. The office (the municipal security team) creates "
            "the project once and enrolls each field computer; the enrolled computers and the office then "
            "exchange encrypted bundle files through a USB stick or a shared folder. Nothing travels over "
            "the Internet.")))
        layout.addSpacing(10)
        layout.addWidget(heading(self.tr("A field computer"), level=2))
        layout.addWidget(_wrapped(self.tr("Ask the office for this computer's enrollment file and open it here. "
                                          "It can be used only once.")))
        self.join_button = QPushButton(self.tr("Join with an enrollment file…"))
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(10)
        layout.addWidget(heading(self.tr("The office"), level=2))
        layout.addWidget(_wrapped(self.tr("Only on the computer that will receive everyone's work: it creates "
                                          "the project and its keys. Do it once per municipality.")))
        self.office_button = QPushButton(self.tr("Create the office…"))
        layout.addWidget(self.office_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)


class LaptopPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.office = heading("", level=2)
        layout.addWidget(self.office)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.territories = QLabel()
        self.territories.setWordWrap(True)
        self.pending = QLabel()
        self.pending.setObjectName("badge")
        self.delivered = QLabel()
        self.sent = QLabel()
        self.received = QLabel()
        form.addRow(self.tr("Assigned territories:"), self.territories)
        form.addRow(self.tr("Pending delivery:"), self.pending)
        form.addRow(self.tr("Delivered to the office:"), self.delivered)
        form.addRow(self.tr("Last bundle sent:"), self.sent)
        form.addRow(self.tr("Last bundle received:"), self.received)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(_wrapped(self.tr(
            "A change is delivered once the office confirms it has it: the confirmation comes in the office's "
            "answer bundle. Until then it stays pending and goes again in the next bundle."), "muted"))
        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("Records changed on this computer"), level=2))
        self.records_table = QTableWidget(0, 4)
        self.records_table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Record"), self.tr("Last change"), self.tr("State")])
        self.records_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records_table.verticalHeader().setVisible(False)
        header = self.records_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.records_table, 1)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Create a bundle for the office…"))
        self.import_button = QPushButton(self.tr("Import a bundle…"))
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)

    def changes(self, n: int) -> str:
        return self.tr("1 change") if n == 1 else self.tr("{n} changes").format(n=n)

    def records(self, n: int) -> str:
        return self.tr("1 record") if n == 1 else self.tr("{n} records").format(n=n)

    def show_records(self, records: list[RecordDelivery]) -> None:
        """Per record: delivered to the office (its last change is in the office's receipt) or pending."""
        self.records_table.setRowCount(len(records))
        for i, r in enumerate(records):
            state = self.tr("Delivered to the office") if r.delivered else self.tr("Pending delivery")
            title = self.tr("{title} (in the bin)").format(title=r.title) if r.deleted else r.title
            for col, value in enumerate((r.label, title, local_time(r.changed_at), state)):
                item = QTableWidgetItem(value)
                if col == 3 and not r.delivered:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.records_table.setItem(i, col, item)

    def show_status(self, ident: SyncIdentity, status: DeliveryStatus, territory_names: list[str]) -> None:
        self.office.setText(self.tr("Office: {name}").format(name=ident.office_name or "—"))
        self.territories.setText(", ".join(territory_names) or self.tr("The whole comuna"))
        self.pending.setText(self.tr("{changes} in {records}").format(
            changes=self.changes(status.pending), records=self.records(status.pending_records))
            if status.pending else self.tr("Nothing pending"))
        self.pending.setObjectName("badge" if status.pending else "")
        self.pending.style().unpolish(self.pending)
        self.pending.style().polish(self.pending)
        self.delivered.setText(self.changes(status.delivered))
        self.sent.setText(self.tr("No. {n}").format(n=status.bundles_sent) if status.bundles_sent
                          else self.tr("None yet"))
        self.received.setText(self.tr("No. {n}, imported {when}").format(
            n=status.last_received_seq, when=local_time(status.last_received_at))
            if status.last_received_at else self.tr("None yet"))


class OfficePanel(QWidget):
    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.peer_ids: list[str] = []
        self.status_labels = {"inscrito": self.tr("Enrolled (no bundle yet)"), "activo": self.tr("Active"),
                              "revocado": self.tr("Revoked")}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.office = heading("", level=2)
        layout.addWidget(self.office)
        layout.addWidget(_wrapped(self.tr(
            "Enrolled field computers. Each one sends its bundles numbered in order: a missing number means a "
            "bundle that has not arrived yet."), "muted"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Computer"), self.tr("Status"), self.tr("Territories"),
                                              self.tr("Bundles received"), self.tr("Missing bundles"),
                                              self.tr("Last bundle")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for c in range(self.COLUMNS):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = _wrapped(self.tr("No computer enrolled yet: enroll the first one."), "muted")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.enroll_button = QPushButton(self.tr("Enroll a computer…"))
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.answer_button = QPushButton(self.tr("Answer the computer…"))
        self.basemaps_check = QCheckBox(self.tr("With basemaps"))
        self.basemaps_check.setToolTip(self.tr("The answer also carries the project's basemaps that computer "
                                               "does not have yet (large files)."))
        self.import_button = QPushButton(self.tr("Import bundles…"))
        for b in (self.enroll_button, self.revoke_button, self.answer_button, self.basemaps_check):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._selection)

    def show_peers(self, ident: SyncIdentity, peers: list[SyncPeer], territory_names: dict[str, str]) -> None:
        self.office.setText(ident.office_name)
        selected = self.selected_id()
        self.peer_ids = [p.id for p in peers]
        self.table.setRowCount(len(peers))
        for r, p in enumerate(peers):
            missing = gaps(list(p.bundle_seqs or []))
            cells = [p.name, self.status_labels.get(p.status, p.status),
                     ", ".join(territory_names.get(t, t) for t in p.territories or ()) or self.tr("The whole comuna"),
                     str(len(p.bundle_seqs or [])), ", ".join(map(str, missing)) or "—", local_time(p.last_bundle_at)]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.empty.setVisible(not peers)
        if selected in self.peer_ids:
            self.table.selectRow(self.peer_ids.index(selected))
        self._selection()

    def selected_id(self) -> str | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.peer_ids[min(rows)] if rows and min(rows) < len(self.peer_ids) else None

    def select(self, peer_id: str) -> None:
        self.table.selectRow(self.peer_ids.index(peer_id))

    def _selection(self) -> None:
        chosen = self.selected_id() is not None
        self.revoke_button.setEnabled(chosen)
        self.answer_button.setEnabled(chosen)


class EnrollDialog(QDialog):
    """Name of the computer and its territories (none ticked: the whole comuna)."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enroll a computer"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Notebook of the Lo Hermida manager"))
        form.addRow(self.tr("Name of the computer:"), self.name)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Territories it works on (none ticked: the whole comuna):")))
        self.territories = QListWidget()
        for t in list_territories(session):
            level = TERRITORY_LEVELS.get(t.level, t.level)
            item = QListWidgetItem("    " * depth(session, t) + f"{t.name} · {level}")
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.territories.addItem(item)
        layout.addWidget(self.territories)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enroll and save the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, list[str]]:
        ids = [self.territories.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.territories.count())
               if self.territories.item(i).checkState() == Qt.CheckState.Checked]
        return self.name.text().strip(), ids


def territory_names(session) -> dict[str, str]:
    from sqlalchemy import select

    return {t.id: t.name for t in session.scalars(select(Territory))}

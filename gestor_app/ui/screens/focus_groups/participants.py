"""Tab "Participants": anonymous codes P1…Pn with age range, gender, role and years in the barrio.
There is deliberately no name or contact field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.models.focus_groups import AGE_RANGES, GENDERS, ROLES, FocusGroupParticipant
from gestor_app.core.services.focus_groups import (
    add_participant,
    list_participants,
    remove_item,
    update_participant,
)
from gestor_app.ui.context import UiContext


class ParticipantsTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.fg_id: str | None = None
        self.ids: list[str] = []
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Participants are recorded only as codes (P1, P2…): no names, no contact data."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Age range"), self.tr("Gender"), self.tr("Role"),
                                              self.tr("Years in the barrio")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("Add participant"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Send to bin"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def load(self, fg_id: str | None) -> None:
        self.fg_id = fg_id
        with self.ctx.store.transaction() as s:
            people = list_participants(s, fg_id) if fg_id else []
        self.ids = [p.id for p in people]
        self.table.setRowCount(len(people))
        for r, p in enumerate(people):
            self._fill_row(r, p)
        self.count.setText(self.tr("Participants: {n}").format(n=len(people)))
        self.add_button.setEnabled(fg_id is not None)

    def _combo(self, values: tuple[str, ...], current: str, pid: str, key: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem("—", "")
        for v in values:
            combo.addItem(v, v)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(lambda _i: self._save(pid, **{key: combo.currentData()}))
        return combo

    def _fill_row(self, r: int, p: FocusGroupParticipant) -> None:
        code = QTableWidgetItem(p.code)
        self.table.setItem(r, 0, code)
        self.table.setCellWidget(r, 1, self._combo(AGE_RANGES, p.age_range, p.id, "age_range"))
        self.table.setCellWidget(r, 2, self._combo(GENDERS, p.gender, p.id, "gender"))
        self.table.setCellWidget(r, 3, self._combo(ROLES, p.role, p.id, "role"))
        years = QSpinBox()
        years.setRange(-1, 100)
        years.setSpecialValueText(self.tr("no data"))
        years.setValue(-1 if p.years_in_barrio is None else p.years_in_barrio)
        years.valueChanged.connect(lambda v, pid=p.id: self._save(pid, years_in_barrio=None if v < 0 else v))
        self.table.setCellWidget(r, 4, years)

    def _save(self, pid: str, **changes: object) -> None:
        self.ctx.autosaver.schedule(f"fgp.{pid}.{','.join(changes)}", lambda s: update_participant(s, pid, **changes))

    def add(self) -> None:
        if not self.fg_id:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            add_participant(s, focus_group_id=self.fg_id)
        self.load(self.fg_id)
        self.ctx.records_changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            for r in rows:
                remove_item(s, FocusGroupParticipant, self.ids[r])
        self.load(self.fg_id)
        self.ctx.records_changed.emit()

"""Tab "Problems": each problem with its characterisation and the evidence it cites."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.errors import GestorError
from gestor_app.core.models.diagnosis import PROBLEM_TEXT_FIELDS
from gestor_app.core.services.diagnosis import Evidence, add_evidence, list_evidence, remove_evidence
from gestor_app.core.services.problems import (
    create_problem,
    delete_problem,
    get_problem,
    list_problems,
    update_problem,
)
from gestor_app.ui.context import UiContext
from gestor_app.ui.screens.diagnosis.evidence import EvidencePicker


class ProblemsTab(QSplitter):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.territory_id: str | None = None
        self.problem_ids: list[str] = []
        self.evidence: list[Evidence] = []
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._select)
        lv.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.bin_button = QPushButton(self.tr("Send to bin"))
        self.bin_button.clicked.connect(self.send_to_bin)
        self.new_button = QPushButton(self.tr("New problem"))
        self.new_button.clicked.connect(self.new_problem)
        row.addWidget(self.bin_button)
        row.addWidget(self.new_button)
        lv.addLayout(row)
        self.addWidget(left)
        self.addWidget(self._editor())
        self.setSizes([280, 820])

    def _editor(self) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        body = QWidget()
        v = QVBoxLayout(body)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.title = QLineEdit()
        self.title.textEdited.connect(self._title_edited)
        form.addRow(self.tr("Problem"), self.title)
        v.addLayout(form)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        labels = {"description": self.tr("Description"), "causes": self.tr("Causes / risk factors"),
                  "spatial": self.tr("Spatial dimension"), "temporality": self.tr("Temporality / seasonality"),
                  "victims": self.tr("Victims' profile"), "offenders": self.tr("Offenders' profile"),
                  "impact": self.tr("Impact on the community (fear)"),
                  "non_reporting": self.tr("Victimisation and non-reporting (cifra negra)"),
                  "institutional": self.tr("Institutional problems")}
        assert set(labels) == set(PROBLEM_TEXT_FIELDS)
        self.fields: dict[str, QPlainTextEdit] = {}
        for key, label in labels.items():
            edit = QPlainTextEdit()
            edit.setFixedHeight(64)
            edit.textChanged.connect(lambda key=key, edit=edit: self._save(**{key: edit.toPlainText()}))
            self.fields[key] = edit
            form.addRow(label, edit)
        box = QGroupBox(self.tr("Evidence"))
        bv = QVBoxLayout(box)
        self.evidence_list = QListWidget()
        self.evidence_list.setWordWrap(True)
        self.evidence_list.setFixedHeight(110)
        bv.addWidget(self.evidence_list)
        er = QHBoxLayout()
        self.remove_evidence_button = QPushButton(self.tr("Remove citation"))
        self.remove_evidence_button.clicked.connect(self.remove_selected_evidence)
        self.add_evidence_button = QPushButton(self.tr("Cite evidence…"))
        self.add_evidence_button.clicked.connect(self.pick_evidence)
        er.addStretch(1)
        er.addWidget(self.remove_evidence_button)
        er.addWidget(self.add_evidence_button)
        bv.addLayout(er)
        v.addWidget(box)
        v.addLayout(form)
        area.setWidget(body)
        return area

    def current_id(self) -> str | None:
        r = self.list.currentRow()
        return self.problem_ids[r] if 0 <= r < len(self.problem_ids) else None

    def _save(self, **changes: object) -> None:
        pid = self.current_id()
        if pid:
            self.ctx.autosaver.schedule(f"problem.{pid}.{','.join(changes)}", lambda s: update_problem(s, pid, **changes))

    def _title_edited(self, text: str) -> None:
        if text.strip():
            self._save(title=text)
            if self.list.currentItem() is not None:
                self.list.currentItem().setText(text)

    def load(self, territory_id: str | None, select: str | None = None) -> None:
        self.territory_id = territory_id
        keep = select or self.current_id()
        with self.ctx.store.transaction() as s:
            problems = [(p.id, p.title) for p in list_problems(s, territory_id=territory_id)] if territory_id else []
        self.problem_ids = [p[0] for p in problems]
        with QSignalBlocker(self.list):
            self.list.clear()
            self.list.addItems([p[1] for p in problems])
        self.list.setCurrentRow(self.problem_ids.index(keep) if keep in self.problem_ids else (0 if problems else -1))
        self._select(self.list.currentRow())
        self.new_button.setEnabled(territory_id is not None)

    def _select(self, _row: int) -> None:
        self.ctx.autosaver.flush()
        pid = self.current_id()
        values = dict.fromkeys(PROBLEM_TEXT_FIELDS, "")
        title = ""
        with self.ctx.store.transaction() as s:
            if pid:
                p = get_problem(s, pid)
                title, values = p.title, {k: getattr(p, k) for k in PROBLEM_TEXT_FIELDS}
        with QSignalBlocker(self.title):
            self.title.setText(title)
        for key, edit in self.fields.items():
            with QSignalBlocker(edit):
                edit.setPlainText(values[key])
        for w in (self.title, *self.fields.values(), self.add_evidence_button, self.remove_evidence_button,
                  self.bin_button):
            w.setEnabled(pid is not None)
        self._load_evidence()

    def _load_evidence(self) -> None:
        pid = self.current_id()
        with self.ctx.store.transaction() as s:
            self.evidence = list_evidence(s, problem_id=pid) if pid else []
        self.evidence_list.clear()
        self.evidence_list.addItems([f"{e.kind}: {e.title}" for e in self.evidence])

    def new_problem(self) -> None:
        if not self.territory_id:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            pid = create_problem(s, territory_id=self.territory_id, title=self.tr("New problem")).id
        self.load(self.territory_id, select=pid)
        self.title.setFocus()
        self.title.selectAll()
        self.ctx.records_changed.emit()

    def send_to_bin(self) -> None:
        pid = self.current_id()
        if pid:
            with self.ctx.store.transaction() as s:
                delete_problem(s, pid)
            self.load(self.territory_id)
            self.ctx.records_changed.emit()

    def cite(self, items: list[tuple[str, str]]) -> None:
        pid = self.current_id()
        if not pid:
            return
        try:
            with self.ctx.store.transaction() as s:
                for entity, rid in items:
                    add_evidence(s, problem_id=pid, entity=entity, record_id=rid)
        except GestorError as exc:
            QMessageBox.warning(self, self.tr("Evidence not added"), str(exc))
        self._load_evidence()

    def pick_evidence(self) -> None:
        picker = EvidencePicker(self.ctx, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.cite(picker.chosen())

    def remove_selected_evidence(self) -> None:
        rows = sorted({i.row() for i in self.evidence_list.selectedIndexes()})
        with self.ctx.store.transaction() as s:
            for r in rows:
                remove_evidence(s, self.evidence[r].link_id)
        self._load_evidence()

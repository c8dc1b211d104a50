"""Scores of a walk (per section and overall), referrals by unit, and the before/after comparison."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.errors import GestorError
from gestor_app.core.field.report import value_label, walk_report
from gestor_app.core.field.walk_compare import compare_walks
from gestor_app.core.services.walks import list_walks
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import heading


def fmt(score: float | None) -> str:
    return "—" if score is None else f"{score:.2f}".replace(".", ",")


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class ScoresView(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.overall = heading("", level=2)
        self.table = _table([self.tr("Section"), self.tr("Title"), self.tr("Mean (0–3)"), self.tr("Answered")])
        left.addWidget(self.overall)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("Referrals by responsible unit"), level=2))
        self.referrals = QTreeWidget()
        self.referrals.setHeaderLabels([self.tr("Unit / item"), self.tr("Priority"), self.tr("Comment")])
        right.addWidget(self.referrals, 1)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def load(self, walk_id: str) -> None:
        with self.ctx.store.transaction() as s:
            r = walk_report(s, walk_id=walk_id)
        self.overall.setText(self.tr("Overall score: %1 (answered %2 of %3 items)").replace("%1", fmt(r.overall))
                             .replace("%2", str(r.answered)).replace("%3", str(len(r.items))))
        _fill(self.table, [[x.key, x.title, fmt(x.mean), f"{x.answered}/{x.scale_items}"] for x in r.sections])
        self.table.resizeColumnToContents(0)
        self.referrals.clear()
        for unit, rows in r.referrals.items():
            top = QTreeWidgetItem([f"{unit} ({len(rows)})"])
            for row in rows:
                top.addChild(QTreeWidgetItem([f"{row.key}. {row.text}", row.priority or "", row.comment]))
            self.referrals.addTopLevelItem(top)
            top.setExpanded(True)
        self.referrals.resizeColumnToContents(0)
        self.referrals.resizeColumnToContents(1)


class CompareView(QWidget):
    """Two walks side by side, item by item (before → after)."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Compare two walks"), level=2))
        row = QHBoxLayout()
        self.before = QComboBox()
        self.after = QComboBox()
        for label, combo in ((self.tr("Before"), self.before), (self.tr("After"), self.after)):
            row.addWidget(QLabel(label))
            row.addWidget(combo, 1)
            combo.activated.connect(lambda _i: self.show_comparison())
        layout.addLayout(row)
        self.warning = QLabel()
        self.warning.setObjectName("badge")
        self.warning.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.warning)
        layout.addWidget(self.summary)
        self.table = _table([self.tr("Item"), self.tr("Text"), self.tr("Before"), self.tr("After"), self.tr("Change")])
        layout.addWidget(self.table, 1)

    def load(self, territory_id: str | None, before_id: str | None = None, after_id: str | None = None) -> None:
        with self.ctx.store.transaction() as s:
            walks = [(w.id, w.display_title()) for w in list_walks(s, territory_id=territory_id)]
        for combo, chosen in ((self.before, before_id), (self.after, after_id)):
            combo.clear()
            for wid, title in walks:
                combo.addItem(title, wid)
            if chosen:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.show_comparison()

    def show_comparison(self) -> None:
        b, a = self.before.currentData(), self.after.currentData()
        if not b or not a:
            self.table.setRowCount(0)
            self.warning.setVisible(False)
            self.summary.setText(self.tr("Two walks are needed to compare."))
            return
        try:
            with self.ctx.store.transaction() as s:
                c = compare_walks(s, before_id=b, after_id=a)
        except GestorError as exc:
            self.table.setRowCount(0)
            self.warning.setVisible(False)
            self.summary.setText(str(exc))
            return
        self.warning.setVisible(not c.same_route)
        self.warning.setText(self.tr("These walks do not share the same route: compare with care."))
        self.summary.setText(self.tr("Overall: %1 → %2. Better: %3 items, worse: %4, same: %5.")
                             .replace("%1", fmt(c.before_overall)).replace("%2", fmt(c.after_overall))
                             .replace("%3", str(c.better)).replace("%4", str(c.worse)).replace("%5", str(c.same)))
        _fill(self.table, [[r.key, r.text, value_label(r.type, r.before, short=True),
                            value_label(r.type, r.after, short=True),
                            "" if r.change is None else "=" if r.change == 0 else f"{r.change:+d}"] for r in c.rows])
        for n, r in enumerate(c.rows):
            if r.change:
                self.table.item(n, 4).setForeground(QColor("#1b5e20" if r.change > 0 else "#b71c1c"))
        self.table.resizeColumnToContents(0)

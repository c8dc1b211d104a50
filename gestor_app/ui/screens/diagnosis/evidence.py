"""Choose what a problem cites as evidence: focus-group themes and quotes, map features of the
territory, or anything the full-text search finds (walk answers included, whatever their table)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models.focus_groups import FocusGroupQuote, FocusGroupTheme
from gestor_app.core.services import focus_groups as fgs
from gestor_app.core.services.map_features import list_features
from gestor_app.core.services.search import search
from gestor_app.ui.context import UiContext

NOT_EVIDENCE = {"diagnosis_problems", "diagnoses"}  # a problem cites what supports it, not other problems


class EvidencePicker(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Cite evidence"))
        self.resize(720, 520)
        v = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search walks, focus groups, map… (leave empty for the suggestions)"))
        self.query.textChanged.connect(self.fill)
        v.addWidget(self.query)
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        v.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)
        self.fill("")

    def _suggestions(self) -> list[tuple[str, str, str]]:
        tid = self.ctx.current_territory_id()
        legend = default_legend()
        out: list[tuple[str, str, str]] = []
        with self.ctx.store.transaction() as s:
            for fg in fgs.list_focus_groups(s, territory_id=tid):
                out += [(FocusGroupTheme.__tablename__, t.id, f"{FocusGroupTheme.__label__}: {t.name}")
                        for t in fgs.list_themes(s, fg.id)]
                out += [(FocusGroupQuote.__tablename__, q.id, f"{FocusGroupQuote.__label__}: {q.display_title()}")
                        for q in fgs.list_quotes(s, fg.id)]
            out += [("map_features", f.id, f"{legend.get(f.category).label}: {f.display_title()}")
                    for f in list_features(s, territory_id=tid)]
        return out

    def fill(self, text: str) -> None:
        self.list.clear()
        if text.strip():
            tid = self.ctx.current_territory_id()
            with self.ctx.store.transaction() as s:
                rows = [(h.entity, h.record_id, f"{h.kind}: {h.title}") for h in search(s, text, territory_id=tid)
                        if h.entity not in NOT_EVIDENCE]
        else:
            rows = self._suggestions()
        for entity, rid, label in rows:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (entity, rid))
            self.list.addItem(item)

    def chosen(self) -> list[tuple[str, str]]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]

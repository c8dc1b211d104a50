"""Open conflicts: the same field changed on two computers. Both values side by side with who and
when; choosing one (or typing the right value) writes a new version that syncs back to everyone."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.ambitos import ambito_label
from gestor_app.core.errors import GestorError
from gestor_app.core.hlc import HLC
from gestor_app.core.sync.conflicts import describe, open_conflicts, resolve_conflict
from gestor_app.core.sync.identity import identity, list_peers
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import heading


def when(hlc: str | None) -> str:
    """The wall-clock part of a hybrid-clock stamp, as a local date and time."""
    ms = HLC.decode(hlc).physical if hlc else 0
    if not ms:
        return "—"
    try:
        return datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
    except (OverflowError, OSError, ValueError):
        return "—"


class ConflictsPanel(QWidget):
    resolved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[dict[str, Any]] = []
        self.current: dict[str, Any] | None = None
        self.side_boxes: list[QGroupBox] = []
        self.use_buttons: list[QPushButton] = []
        self.field_labels = {"title": self.tr("Title"), "description": self.tr("Description"),
                             "category": self.tr("Category"), "geometry": self.tr("Location"),
                             "deleted": self.tr("Deleted or kept"), "name": self.tr("Name"),
                             "status": self.tr("Status"), "notes": self.tr("Notes"),
                             "ambito": self.tr("Plan Comunal area (ámbito)")}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        intro = QLabel(self.tr("The same field was changed on two computers before they synchronised. Both values "
                               "are kept; the one shown for now is provisional. Choose the right one or type it: "
                               "the decision travels to every computer with the next bundles."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show)
        split.addWidget(self.list)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(12, 0, 0, 0)
        self.title = heading("", level=2)
        rl.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        rl.addWidget(self.subtitle)
        self.sides = QHBoxLayout()
        rl.addLayout(self.sides)
        rl.addWidget(QLabel(self.tr("Another value…")))
        self.other = QPlainTextEdit()
        self.other.setPlaceholderText(self.tr("Type the right value when neither is"))
        self.other.setMaximumHeight(90)
        rl.addWidget(self.other)
        row = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        self.save_button = QPushButton(self.tr("Save resolution"))
        self.save_button.clicked.connect(self.save_other)
        row.addWidget(self.save_button)
        rl.addLayout(row)
        rl.addStretch(1)
        self.detail = right
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        split.setSizes([320, 700])
        layout.addWidget(split, 1)
        self.empty = QLabel(self.tr("There are no conflicts to resolve."))
        self.empty.setObjectName("muted")
        layout.addWidget(self.empty)

    # ---- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.ctx.store.transaction() as s:
            names = self._device_names(s)
            self.items = []
            for c in open_conflicts(s):
                d = describe(s, c)
                d["who"] = {v.get("device"): names.get(v.get("device")) for v in d["values"]}
                self.items.append(d)
        self.list.blockSignals(True)
        self.list.clear()
        for d in self.items:
            item = QListWidgetItem(f"{d['record']}\n{d['kind']} · {self.field_label(d['field'])}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.items)
        self.list.setVisible(bool(self.items))
        self.detail.setVisible(bool(self.items))
        if self.items:
            self.list.setCurrentRow(0)
            self._show(0)
        else:
            self.current = None

    def _device_names(self, session) -> dict[str, str]:
        names = {p.device_id: p.name for p in list_peers(session) if p.device_id}
        ident = identity(session)
        if ident is not None and ident.role == "office":
            names[self.ctx.store.device_id] = self.tr("This office")
        else:
            names[self.ctx.store.device_id] = self.tr("This computer ({name})").format(name=self.ctx.store.device_name)
            if ident is not None and ident.office_device_id:
                names[ident.office_device_id] = self.tr("Office ({name})").format(name=ident.office_name)
        return names

    def field_label(self, field: str) -> str:
        return self.field_labels.get(field, field)

    def format_value(self, field: str, value: Any) -> str:
        if field == "deleted":
            return self.tr("Sent to the bin") if value else self.tr("Kept (not deleted)")
        if field == "ambito":
            return ambito_label(value)
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False, indent=1)

    # ---- showing one -----------------------------------------------------------------------
    def _show(self, row: int) -> None:
        while self.sides.count():
            w = self.sides.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.side_boxes, self.use_buttons = [], []
        self.message.clear()
        self.other.clear()
        if not 0 <= row < len(self.items):
            self.current = None
            return
        d = self.current = self.items[row]
        self.title.setText(f"{d['kind']} · {d['record']}")
        self.subtitle.setText(self.tr("Field: {field}. Shown for now: {value}.").format(
            field=self.field_label(d["field"]), value=self.format_value(d["field"], d["current"])))
        for v in d["values"]:
            device = v.get("device") or ""
            who = d["who"].get(device) or self.tr("Another computer ({id})").format(id=device[:8])
            box = QGroupBox(f"{who} · {when(v.get('hlc'))}")
            bl = QVBoxLayout(box)
            text = QPlainTextEdit(self.format_value(d["field"], v.get("value")))
            text.setReadOnly(True)
            text.setMaximumHeight(90)
            bl.addWidget(text)
            mark = QLabel(self.tr("Provisional value"))
            mark.setObjectName("badge")
            keep = mark.sizePolicy()
            keep.setRetainSizeWhenHidden(True)  # both sides stay aligned
            mark.setSizePolicy(keep)
            mark.setVisible(v.get("version") == d["winner"])
            bl.addWidget(mark, 0, Qt.AlignmentFlag.AlignLeft)
            use = QPushButton(self.tr("Use this value"))
            key = str(v.get("version"))
            use.clicked.connect(lambda _=False, key=key: self.use_version(key))
            bl.addWidget(use)
            self.sides.addWidget(box)
            self.side_boxes.append(box)
            self.use_buttons.append(use)
        self.other.setEnabled(d["field"] != "deleted")
        self.save_button.setEnabled(d["field"] != "deleted")

    # ---- resolving -------------------------------------------------------------------------
    def use_version(self, version: str) -> None:
        if self.current is not None:
            self._resolve(version=version)

    def save_other(self) -> None:
        if self.current is None:
            return
        text = self.other.toPlainText()
        if not text.strip():
            self.message.setText(self.tr("Type the value first, or choose one of the two."))
            return
        values = [v.get("value") for v in self.current["values"]]
        value: Any = text
        if any(v is not None and not isinstance(v, str) for v in values):
            try:
                value = json.loads(text)
            except ValueError:
                value = text
        self._resolve(value=value)

    def _resolve(self, **choice: Any) -> None:
        assert self.current is not None
        try:
            with self.ctx.store.transaction() as s:
                resolve_conflict(s, self.current["id"], **choice)
        except GestorError as exc:
            self.message.setText(str(exc))
            return
        self.refresh()
        self.resolved.emit()

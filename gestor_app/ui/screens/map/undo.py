"""Undo/redo of map edits (QUndoStack): create, move/reshape, edit fields, send to the bin.

Each command writes through the services in its own transaction and tells the screen to redraw
the feature (``screen.feature_changed(id)``), so the page and the database never disagree.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from gestor_app.core.services.bin import restore
from gestor_app.core.services.map_features import create_feature, delete_feature, update_feature


class MapEditor(Protocol):
    ctx: Any

    def feature_changed(self, feature_id: str) -> None: ...


class CreateFeature(QUndoCommand):
    def __init__(self, editor: MapEditor, fields: dict[str, Any]) -> None:
        super().__init__(QCoreApplication.translate("MapUndo", "Add to the map"))
        self.editor, self.fields, self.feature_id = editor, fields, None
        self._first = True

    def redo(self) -> None:
        with self.editor.ctx.store.transaction() as s:
            if self._first:
                self.feature_id = create_feature(s, **self.fields).id
            else:
                restore(s, entity="map_features", record_id=self.feature_id)
        self._first = False
        self.editor.feature_changed(self.feature_id)

    def undo(self) -> None:
        with self.editor.ctx.store.transaction() as s:
            delete_feature(s, self.feature_id)
        self.editor.feature_changed(self.feature_id)


class DeleteFeature(QUndoCommand):
    def __init__(self, editor: MapEditor, feature_id: str) -> None:
        super().__init__(QCoreApplication.translate("MapUndo", "Send to the bin"))
        self.editor, self.feature_id = editor, feature_id

    def redo(self) -> None:
        with self.editor.ctx.store.transaction() as s:
            delete_feature(s, self.feature_id)
        self.editor.feature_changed(self.feature_id)

    def undo(self) -> None:
        with self.editor.ctx.store.transaction() as s:
            restore(s, entity="map_features", record_id=self.feature_id)
        self.editor.feature_changed(self.feature_id)


class ChangeFeature(QUndoCommand):
    """New values for some fields (geometry for a move or a vertex edit; title, category…)."""

    def __init__(self, editor: MapEditor, feature_id: str, old: dict[str, Any], new: dict[str, Any],
                 text: str) -> None:
        super().__init__(text)
        self.editor, self.feature_id, self.old, self.new = editor, feature_id, old, new

    def _apply(self, values: dict[str, Any]) -> None:
        with self.editor.ctx.store.transaction() as s:
            update_feature(s, self.feature_id, **values)
        self.editor.feature_changed(self.feature_id)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:  # typing into the same field of the same feature merges into one step
        return 7301 if set(self.new) <= {"title", "description"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, ChangeFeature) or other.feature_id != self.feature_id or set(other.new) != set(
                self.new):
            return False
        self.new = other.new
        return True

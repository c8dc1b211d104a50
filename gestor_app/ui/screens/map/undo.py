"""Undo/redo of map edits (QUndoStack): create, move/reshape, edit fields, send to the bin.

Each command writes through the services in its own transaction and tells the screen to redraw
the feature (``editor.feature_changed(id)``), so the page and the database never disagree. The
first write happens in ``apply_first()`` *before* the command is pushed: a rejected edit raises
``GestorError`` there (Qt would swallow an exception raised inside ``redo``) and never reaches the stack.
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


class MapCommand(QUndoCommand):
    def __init__(self, editor: MapEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self._applied = False

    def apply_first(self) -> None:
        self.do()
        self._applied = True

    def redo(self) -> None:  # QUndoStack.push calls redo(): the first time, the write is already done
        if self._applied:
            self._applied = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError

    def _restore(self, feature_id: str) -> None:
        with self.editor.ctx.store.transaction() as s:
            restore(s, entity="map_features", record_id=feature_id)
        self.editor.feature_changed(feature_id)

    def _delete(self, feature_id: str) -> None:
        with self.editor.ctx.store.transaction() as s:
            delete_feature(s, feature_id)
        self.editor.feature_changed(feature_id)


class CreateFeature(MapCommand):
    def __init__(self, editor: MapEditor, fields: dict[str, Any]) -> None:
        super().__init__(editor, QCoreApplication.translate("MapUndo", "Add to the map"))
        self.fields, self.feature_id = fields, None

    def do(self) -> None:
        if self.feature_id is None:
            with self.editor.ctx.store.transaction() as s:
                self.feature_id = create_feature(s, **self.fields).id
            self.editor.feature_changed(self.feature_id)
        else:
            self._restore(self.feature_id)

    def undo(self) -> None:
        self._delete(self.feature_id)


class DeleteFeature(MapCommand):
    def __init__(self, editor: MapEditor, feature_id: str) -> None:
        super().__init__(editor, QCoreApplication.translate("MapUndo", "Send to the bin"))
        self.feature_id = feature_id

    def do(self) -> None:
        self._delete(self.feature_id)

    def undo(self) -> None:
        self._restore(self.feature_id)


class ChangeFeature(MapCommand):
    """New values for some fields (geometry for a move or a vertex edit; category, source, date…)."""

    def __init__(self, editor: MapEditor, feature_id: str, old: dict[str, Any], new: dict[str, Any],
                 text: str) -> None:
        super().__init__(editor, text)
        self.feature_id, self.old, self.new = feature_id, old, new

    def _apply(self, values: dict[str, Any]) -> None:
        with self.editor.ctx.store.transaction() as s:
            update_feature(s, self.feature_id, **values)
        self.editor.feature_changed(self.feature_id)

    def do(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

"""A strip of photo thumbnails; thumbnails are made off the UI thread (ctx.runner) into the cache."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from gestor_app.core.field.photo_meta import make_thumbnail
from gestor_app.core.models.photo import Photo
from gestor_app.core.services.photos import blob_path
from gestor_app.ui.context import UiContext

THUMB = 96


class PhotoStrip(QListWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setFixedHeight(THUMB + 40)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._generation = 0

    def show_photos(self, photos: list[Photo]) -> None:
        self._generation += 1
        self.clear()
        config = self.ctx.store.config
        for p in photos:
            item = QListWidgetItem(p.original_name or p.sha256[:10])
            item.setData(Qt.ItemDataRole.UserRole, p.sha256)
            item.setToolTip(f"SHA-256 {p.sha256}\n{p.width}×{p.height} px")
            self.addItem(item)
            source = blob_path(config.photos_dir, p.sha256)
            self.ctx.runner.run(lambda _progress, src=source: make_thumbnail(src, config.cache_dir, size=THUMB * 2),
                                on_done=lambda path, it=item, gen=self._generation: self._set_icon(gen, it, path),
                                on_error=lambda _exc: None)  # a missing file keeps the text-only item

    def _set_icon(self, generation: int, item: QListWidgetItem, path: Path) -> None:
        if generation == self._generation:  # the strip still shows the same item
            item.setIcon(QIcon(QPixmap(str(path))))

"""The Documents screen: every document that can be printed for the current territory, the audience
(community or internal), a preview of the first page and "Save PDF…" off the UI thread."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.docs.kit import Audience
from gestor_app.core.docs.registry import Printable, printable, render_bytes, render_document
from gestor_app.core.errors import Cancelled, GestorError
from gestor_app.core.progress import Progress
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.documents.preview import PreviewPane
from gestor_app.ui.tasks import run_with_dialog


class DocumentsScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.items: list[Printable] = []
        self.last_saved: Path | None = None
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Documents")))
        intro = QLabel(self.tr("PDF documents of the current territory. The community version never includes "
                               "sensitive map points, participant details or personal data."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._left())
        self.preview = PreviewPane()
        split.addWidget(self.preview)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

    def _left(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.list.currentRowChanged.connect(self._selected)
        col.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        col.addWidget(self.empty)
        form = QFormLayout()
        self.audience = QComboBox()
        self.audience.addItem(self.tr("Community (to hand out)"), Audience.COMMUNITY)
        self.audience.addItem(self.tr("Internal (office only)"), Audience.INTERNAL)
        self.audience.currentIndexChanged.connect(lambda _i: self.update_preview())
        form.addRow(self.tr("Version"), self.audience)
        self.size = QComboBox()
        self.size.addItems(["A4", "A3"])
        self.size.currentIndexChanged.connect(lambda _i: self.update_preview())
        form.addRow(self.tr("Sheet size"), self.size)
        col.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self._ask_and_save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        col.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        col.addWidget(self.status)
        return box

    # ---- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        tid = self.ctx.current_territory_id()
        with self.ctx.store.transaction() as s:
            self.items = printable(s, territory_id=tid) if tid else []
        self.list.blockSignals(True)
        self.list.clear()
        for p in self.items:
            item = QListWidgetItem(f"{p.label}\n{p.title}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setText("" if self.items else self.tr("Choose a territory: its walks, focus groups, diagnosis, "
                                                        "action plan, actas and map sheet will appear here."))
        self.save_button.setEnabled(bool(self.items))
        if self.items:
            self.list.setCurrentRow(0)
        else:
            self.preview.show_text("")

    def current(self) -> Printable | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _selected(self, _row: int) -> None:
        p = self.current()
        if p is None:
            return
        self.audience.blockSignals(True)
        self.audience.setCurrentIndex(self.audience.findData(p.default_audience))
        self.audience.blockSignals(False)
        self.size.setEnabled(p.kind == "map-sheet")
        self.update_preview()

    def _request(self) -> dict:
        p = self.current()
        assert p is not None
        options = {"size": self.size.currentText()} if p.kind == "map-sheet" else {}
        return {"kind": p.kind, "record_id": p.record_id, "audience": self.audience.currentData(), "options": options}

    # ---- preview and save ---------------------------------------------------------------
    def update_preview(self) -> None:
        if self.current() is None:
            return
        req = self._request()
        self.preview.show_text(self.tr("Preparing the preview…"))

        def work(progress: Progress) -> bytes:
            with self.ctx.store.transaction() as s:
                return render_bytes(s, self.ctx.store.config, progress=progress, **req)

        def done(data: bytes) -> None:
            if req == self._request():  # the person may have chosen something else meanwhile
                pages = self.preview.show_pdf(data)
                self.status.setText(self.tr("Pages: %1").replace("%1", str(pages)))

        self.ctx.runner.run(work, on_done=done, on_error=self._failed)

    def _ask_and_save(self) -> None:
        p = self.current()
        if p is None:
            return
        name = re.sub(r"[^\w\-]+", "_", f"{p.label} {p.title}", flags=re.UNICODE).strip("_")[:90] + ".pdf"
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), str(Path.home() / name),
                                               self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the chosen document to ``path`` in the background, with a progress dialog."""
        req = self._request()
        self.save_button.setEnabled(False)

        def work(progress: Progress) -> int:
            with self.ctx.store.transaction() as s:
                return render_document(s, self.ctx.store.config, out=path, progress=progress, **req)

        def done(pages: int) -> None:
            self.save_button.setEnabled(True)
            self.last_saved = path
            self.status.setText(self.tr("Saved %1 (pages: %2).").replace("%1", path.name).replace("%2", str(pages)))

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._failed(exc)

        run_with_dialog(self.ctx.runner, self, self.tr("Writing the PDF…"), work, on_done=done, on_error=failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled: no file was written."))
        elif isinstance(exc, GestorError):
            self.status.setText(str(exc))
        else:
            self.status.setText(self.tr("The document could not be made: %1").replace("%1", str(exc)))

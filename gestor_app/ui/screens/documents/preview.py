"""First page of a PDF as an image, rendered by QtPdf (no external tools)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget


def first_page(data: bytes, width: int) -> tuple[QImage, int]:
    """Page 1 of ``data`` rendered ``width`` pixels wide, and the page count."""
    doc = QPdfDocument()
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        return QImage(), 0
    size = doc.pagePointSize(0)
    height = int(width * size.height() / max(size.width(), 1))
    rendered = doc.render(0, QSize(width, height))  # transparent where the page has no ink
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    pages = doc.pageCount()
    doc.close()
    return image, pages


class PreviewPane(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("QLabel { background: #e6e9ee; padding: 12px; }")  # the page stands out
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setMinimumWidth(380)
        self.pages = 0
        self.image = QImage()

    def show_pdf(self, data: bytes) -> int:
        self.image, self.pages = first_page(data, 760)
        self.label.setPixmap(QPixmap.fromImage(self.image).scaledToWidth(
            max(300, self.viewport().width() - 24), Qt.TransformationMode.SmoothTransformation))
        return self.pages

    def show_text(self, text: str) -> None:
        self.image, self.pages = QImage(), 0
        self.label.setPixmap(QPixmap())
        self.label.setText(text)

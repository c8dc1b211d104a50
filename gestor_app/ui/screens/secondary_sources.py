"""Secondary sources: police cases of the territory's comuna (CSV import), a table and a trend chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gestor_app.core.errors import GestorError
from gestor_app.core.services.secondary import comuna_code_for, import_cases, list_cases, monthly_totals
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout


class TrendChart(QWidget):
    """Monthly cases as a line with points; labels every few months (a small QPainter chart)."""

    def __init__(self) -> None:
        super().__init__()
        self.series: list[tuple[int, int, int]] = []
        self.setMinimumSize(420, 260)

    def set_series(self, series: list[tuple[int, int, int]]) -> None:
        self.series = series
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if not self.series:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data for this comuna yet."))
            return
        area = QRectF(self.rect()).adjusted(48, 16, -16, -36)
        top = max(n for _y, _m, n in self.series) or 1
        p.setPen(QPen(QColor("#c9d3e0"), 1))
        for i in range(5):
            y = area.bottom() - area.height() * i / 4
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(QColor("#5f6b7a"))
            p.drawText(QRectF(0, y - 8, 42, 16), Qt.AlignmentFlag.AlignRight, str(round(top * i / 4)))
            p.setPen(QPen(QColor("#c9d3e0"), 1))
        step = area.width() / max(1, len(self.series) - 1)
        points = [QPointF(area.left() + i * step, area.bottom() - area.height() * n / top)
                  for i, (_y, _m, n) in enumerate(self.series)]
        p.setPen(QPen(QColor("#2f6db5"), 2))
        p.drawPolyline(points)
        p.setBrush(QColor("#2f6db5"))
        for pt in points:
            p.drawEllipse(pt, 3, 3)
        p.setPen(QColor("#5f6b7a"))
        every = max(1, len(self.series) // 8)
        for i, (year, month, _n) in enumerate(self.series):
            if i % every == 0:
                x = area.left() + i * step
                p.drawText(QRectF(x - 30, area.bottom() + 6, 60, 16), Qt.AlignmentFlag.AlignCenter, f"{month:02d}-{year}")


class SecondarySourcesScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.comuna: str | None = None
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Secondary sources")))
        intro = QLabel(self.tr("Police cases by month for the comuna of the current territory (CSV exported from "
                               "CEAD or similar: date or year and month, comuna code, crime type, cases)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.comuna_label = QLabel()
        self.crime = QComboBox()
        self.crime.currentIndexChanged.connect(lambda _i: self._fill_chart())
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.clicked.connect(self.choose_file)
        row.addWidget(self.comuna_label)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Crime type")))
        row.addWidget(self.crime)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        split = QSplitter()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Crime type"), self.tr("Cases")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chart = TrendChart()
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([480, 620])
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        with self.ctx.store.transaction() as s:
            self.comuna = comuna_code_for(s, self.ctx.current_territory_id())
            cases = [(c.year, c.month, c.crime_type, c.count) for c in list_cases(s, comuna_code=self.comuna)] \
                if self.comuna else []
        self.comuna_label.setText(self.tr("Comuna code (CUT): {code}").format(code=self.comuna) if self.comuna
                                  else self.tr("The current territory has no comuna with a CUT code."))
        self.table.setRowCount(len(cases))
        for r, (year, month, crime, count) in enumerate(reversed(cases)):
            for c, value in enumerate((f"{month:02d}-{year}", crime, str(count))):
                item = QTableWidgetItem(value)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.crime.blockSignals(True)
        self.crime.clear()
        self.crime.addItem(self.tr("All"), None)
        for crime in sorted({c[2] for c in cases}):
            self.crime.addItem(crime, crime)
        self.crime.blockSignals(False)
        self._fill_chart()

    def _fill_chart(self) -> None:
        if not self.comuna:
            self.chart.set_series([])
            return
        with self.ctx.store.transaction() as s:
            self.chart.set_series(monthly_totals(s, comuna_code=self.comuna, crime_type=self.crime.currentData()))

    def choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import police cases"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> int | None:
        try:
            with self.ctx.store.transaction() as s:
                n = import_cases(s, path=path)
        except GestorError as exc:
            QMessageBox.warning(self, self.tr("Nothing imported"), str(exc))
            return None
        self.refresh()
        self.ctx.records_changed.emit()
        return n

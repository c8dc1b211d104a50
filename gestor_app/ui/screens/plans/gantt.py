"""The carta Gantt of the action plan, drawn on a QGraphicsScene.

One row per activity: a bar from its start to its end date coloured by status, the progress as a
darker part of the bar, arrows from each activity it depends on, a line for *today* (injectable:
``set_today``) and overdue activities flagged in red. A bar is dragged to move its dates and its
right edge to change its end; the view only *reports* the change (``moved``), the screen writes it
through an undoable command. ``press_at``/``drag_to``/``release_at`` take scene positions, so tests
can drive a drag without synthesising mouse events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

STATUS_COLORS = {"pendiente": "#78909C", "en_curso": "#1E88E5", "cumplida": "#43A047", "atrasada": "#E53935",
                 "cancelada": "#CFD8DC"}
OVERDUE = QColor("#C62828")
SCALES = {"weeks": 10.0, "months": 1.5}  # pixels per day; "months" stretches to fill the view
LABEL_W, HEADER_H, ROW_H, BAR_H, EDGE = 280.0, 44.0, 30.0, 16.0, 6.0


@dataclass
class Bar:
    id: str
    title: str
    start: date | None
    end: date | None
    status: str = "pendiente"
    progress: int = 0
    overdue: bool = False
    depends_on: list[str] = field(default_factory=list)
    group: str = ""  # e.g. the objective: consecutive bars of a group get a heading row


@dataclass
class _Drag:
    bar: Bar
    mode: str  # "move" | "resize"
    x0: float
    start: date
    end: date


class GanttView(QGraphicsView):
    moved = Signal(str, object, object)  # activity id, new start, new end (the drop of a drag)
    opened = Signal(str)  # a bar was double-clicked: show that activity in its editor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(self.renderHints().Antialiasing)
        self.setMouseTracking(True)
        self.today_fn: Callable[[], date] = date.today
        self.scale = "months"
        self.bars: list[Bar] = []
        self.origin = date.today().replace(day=1)
        self.last = self.origin + timedelta(days=365)
        self.rects: dict[str, QGraphicsRectItem] = {}
        self.rows: list[Bar | str] = []  # a bar, or the heading of a group
        self.row_of: dict[str, int] = {}
        self._drag: _Drag | None = None
        self._ppd = SCALES["months"]
        self.pane: QGraphicsRectItem | None = None
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self._pin_pane())

    # --- geometry -------------------------------------------------------------------------------

    @property
    def ppd(self) -> float:
        return self._ppd

    def _fit_scale(self) -> float:
        if self.scale != "months":
            return SCALES[self.scale]
        days = (self.last - self.origin).days + 1
        room = self.viewport().width() - LABEL_W - 24
        return max(SCALES["months"], room / max(days, 1))

    def x_of(self, d: date) -> float:
        return LABEL_W + (d - self.origin).days * self.ppd

    def date_at(self, x: float) -> date:
        return self.origin + timedelta(days=int((x - LABEL_W) // self.ppd))

    def row_y(self, row: int) -> float:
        return HEADER_H + row * ROW_H

    def bar_rect(self, bar: Bar, start: date | None = None, end: date | None = None) -> QRectF:
        start, end = start or bar.start, end or bar.end
        assert start and end
        row = self.row_of[bar.id]
        x0, x1 = self.x_of(start), self.x_of(end + timedelta(days=1))
        return QRectF(x0, self.row_y(row) + (ROW_H - BAR_H) / 2, max(x1 - x0, 3.0), BAR_H)

    def bar(self, activity_id: str) -> Bar:
        return next(b for b in self.bars if b.id == activity_id)

    # --- content --------------------------------------------------------------------------------

    def set_today(self, today: date) -> None:
        self.today_fn = lambda: today
        self.rebuild()

    def set_scale(self, scale: str) -> None:
        self.scale = scale
        self.rebuild()
        today = self.today_fn()
        if self.origin <= today <= self.last:  # weeks do not fit: start the view near today
            self.horizontalScrollBar().setValue(int(self.x_of(today) - self.viewport().width() / 3))

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.rows = []
        for bar in bars:
            if bar.group and _group_of(self.rows) != bar.group:
                self.rows.append(bar.group)
            self.rows.append(bar)
        self.row_of = {r.id: i for i, r in enumerate(self.rows) if isinstance(r, Bar)}
        dated = [d for b in bars for d in (b.start, b.end) if d]
        today = self.today_fn()
        first, last = min(dated, default=today), max(dated, default=today + timedelta(days=180))
        self.origin = first.replace(day=1)
        self.last = _month_end(last)
        self.rebuild()

    def rebuild(self) -> None:
        self._ppd = self._fit_scale()
        scene = self.scene()
        scene.clear()
        self.pane = None
        self.rects = {}
        width = self.x_of(self.last + timedelta(days=1))
        height = self.row_y(len(self.rows)) + 26
        scene.setSceneRect(0, 0, width + 20, height)
        self._draw_grid(width, height)
        self._draw_pane(height)
        for row, item in enumerate(self.rows):
            if isinstance(item, Bar):
                self._draw_row(row, item)
            else:
                self._draw_group(row, item, width)
        self._draw_arrows()
        self._draw_today(height)
        self._pin_pane()

    def _draw_pane(self, height: float) -> None:
        """The column of activity names: its own item above the chart, kept at the left edge of the
        view when the chart scrolls sideways (weeks do not fit on screen)."""
        scene = self.scene()
        self.pane = scene.addRect(QRectF(0, 0, LABEL_W, height), QPen(Qt.PenStyle.NoPen), QBrush(QColor("white")))
        self.pane.setZValue(7)
        bands = [(0.0, HEADER_H, "#EEF2F7")] + [
            (self.row_y(r), ROW_H, "#E3EAF3" if not isinstance(item, Bar) else "#F6F8FA")
            for r, item in enumerate(self.rows) if not isinstance(item, Bar) or r % 2]
        for y, h, color in bands:
            band = QGraphicsRectItem(QRectF(0, y, LABEL_W, h), self.pane)
            band.setPen(QPen(Qt.PenStyle.NoPen))
            band.setBrush(QBrush(QColor(color)))
        edge = QGraphicsLineItem(LABEL_W, 0, LABEL_W, height, self.pane)
        edge.setPen(QPen(QColor("#B0BAC6")))
        head = QGraphicsSimpleTextItem(self.tr("Activity"), self.pane)
        head.setFont(_font(10, bold=True))
        head.setPos(8, (HEADER_H - head.boundingRect().height()) / 2)

    def _pin_pane(self) -> None:
        pane = self.pane
        if pane is not None and pane.scene() is self.scene():
            pane.setX(max(0.0, self.mapToScene(0, 0).x()))

    def _draw_grid(self, width: float, height: float) -> None:
        scene, grid, bold = self.scene(), QPen(QColor("#E3E7ED")), QPen(QColor("#B0BAC6"))
        for row in range(len(self.rows)):
            if row % 2 and isinstance(self.rows[row], Bar):
                scene.addRect(QRectF(0, self.row_y(row), width, ROW_H), QPen(Qt.PenStyle.NoPen),
                              QBrush(QColor("#F6F8FA")))
        scene.addRect(QRectF(0, 0, width, HEADER_H), QPen(Qt.PenStyle.NoPen), QBrush(QColor("#EEF2F7")))
        locale, month = QLocale(), self.origin
        while month <= self.last:
            nxt = _month_end(month) + timedelta(days=1)
            x = self.x_of(month)
            scene.addLine(x, 0, x, height, bold)
            name = locale.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat).rstrip(".")
            label = f"{name} {month.year}" if self.scale == "weeks" or month.month == 1 or month == self.origin \
                else name
            text = scene.addSimpleText(label)
            text.setPos(x + 4, 4)
            month = nxt
        if self.scale == "weeks":
            day = self.origin + timedelta(days=(7 - self.origin.weekday()) % 7)
            while day <= self.last:
                x = self.x_of(day)
                scene.addLine(x, 24, x, height, grid)
                t = scene.addSimpleText(str(day.day))
                t.setFont(_font(8))
                t.setPos(x + 2, 26)
                day += timedelta(days=7)
        scene.addLine(0, HEADER_H, width, HEADER_H, bold)

    def _draw_group(self, row: int, title: str, width: float) -> None:
        scene, y = self.scene(), self.row_y(row)
        scene.addRect(QRectF(0, y, width, ROW_H), QPen(Qt.PenStyle.NoPen), QBrush(QColor("#E3EAF3")))
        font = _font(10, bold=True)
        label = QGraphicsSimpleTextItem(QFontMetricsF(font).elidedText(title, Qt.TextElideMode.ElideRight,
                                                                        min(width, 900.0)), self.pane)
        label.setFont(font)
        label.setBrush(QBrush(QColor("#1F3A5F")))
        label.setPos(8, y + (ROW_H - label.boundingRect().height()) / 2)
        label.setToolTip(title)

    def _draw_row(self, row: int, bar: Bar) -> None:
        scene, y = self.scene(), self.row_y(row)
        font = _font(10, bold=bar.overdue)
        text = ("! " if bar.overdue else "") + bar.title
        label = QGraphicsSimpleTextItem(QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, LABEL_W - 14),
                                        self.pane)
        label.setFont(font)
        if bar.overdue:
            label.setBrush(QBrush(OVERDUE))
        label.setPos(8, y + (ROW_H - label.boundingRect().height()) / 2)
        label.setToolTip(bar.title)
        if not (bar.start and bar.end):
            hint = scene.addSimpleText("—")
            hint.setPos(LABEL_W + 8, y + 6)
            return
        rect = self.bar_rect(bar)
        color = QColor(STATUS_COLORS.get(bar.status, "#90A4AE"))
        pen = QPen(OVERDUE, 2.5) if bar.overdue else QPen(color.darker(130), 1)
        item = scene.addRect(rect, pen, QBrush(color.lighter(128)))
        item.setData(0, bar.id)
        item.setToolTip(f"{bar.title}\n{bar.start:%d-%m-%Y} → {bar.end:%d-%m-%Y} · {bar.progress} %")
        item.setZValue(2)
        if bar.progress:
            done = QRectF(rect.x(), rect.y(), rect.width() * min(bar.progress, 100) / 100, rect.height())
            fill = QGraphicsRectItem(done, item)
            fill.setPen(QPen(Qt.PenStyle.NoPen))
            fill.setBrush(QBrush(color.darker(112)))
        if 0 < bar.progress < 100:
            self._progress_label(rect, bar.progress)
        self.rects[bar.id] = item

    def _progress_label(self, rect: QRectF, progress: int) -> None:
        """The percentage inside the bar when it fits, else just after it on a white patch (over
        the arrows and the today line, so it stays legible)."""
        scene = self.scene()
        pct = scene.addSimpleText(f"{progress} %")
        pct.setFont(_font(8, bold=True))
        pct.setBrush(QBrush(QColor("#0D2A4A")))
        box = pct.boundingRect()
        inside = rect.width() >= box.width() + 10
        x = rect.center().x() - box.width() / 2 if inside else rect.right() + 4
        pct.setPos(x, rect.center().y() - box.height() / 2)
        pct.setZValue(6)
        if not inside:
            patch = scene.addRect(QRectF(x - 2, rect.top(), box.width() + 4, rect.height()), QPen(Qt.PenStyle.NoPen),
                                  QBrush(QColor("white")))
            patch.setZValue(5)

    def _draw_arrows(self) -> None:
        for bar in self.bars:
            for dep in bar.depends_on:
                if dep in self.rects and bar.id in self.rects:
                    self._arrow(self.rects[dep].rect(), self.rects[bar.id].rect())

    def _arrow(self, src: QRectF, dst: QRectF) -> None:
        late = dst.left() < src.right() - 0.5  # starts before what it depends on has ended
        pen = QPen(OVERDUE if late else QColor("#37474F"), 1.3)
        start, end = QPointF(src.right(), src.center().y()), QPointF(dst.left(), dst.center().y())
        path = QPainterPath(start)
        elbow = max(start.x() + 6, end.x() - 8)
        path.lineTo(elbow, start.y())
        path.lineTo(elbow, end.y())
        path.lineTo(end)
        item = self.scene().addPath(path, pen)
        item.setZValue(3)
        head = QPolygonF([end, QPointF(end.x() - 6, end.y() - 4), QPointF(end.x() - 6, end.y() + 4)])
        self.scene().addPolygon(head, pen, QBrush(pen.color())).setZValue(3)

    def _draw_today(self, height: float) -> None:
        today = self.today_fn()
        if not self.origin <= today <= self.last:
            return
        x = self.x_of(today) + self.ppd / 2
        line = self.scene().addLine(x, 0, x, height, QPen(OVERDUE, 1.5, Qt.PenStyle.DashLine))
        line.setZValue(4)
        label = self.scene().addSimpleText(self.tr("Today"))
        label.setBrush(QBrush(OVERDUE))
        label.setFont(_font(8, bold=True))
        label.setZValue(6)
        if self.scale == "months":
            label.setPos(x + 3, 26)
        else:  # the week numbers use the header: the label goes under the last row, on a white patch
            label.setPos(x + 3, height - 22)
            box = label.boundingRect()
            patch = self.scene().addRect(QRectF(x + 1, height - 23, box.width() + 4, box.height() + 2),
                                         QPen(Qt.PenStyle.NoPen), QBrush(QColor("white")))
            patch.setZValue(5)

    # --- dragging -------------------------------------------------------------------------------

    def bar_at(self, pos: QPointF) -> Bar | None:
        pane = self.pane
        if pane is not None and pos.x() < pane.x() + LABEL_W:
            return None  # under the column of names
        for bar in self.bars:
            item = self.rects.get(bar.id)
            if item is not None and item.rect().adjusted(-2, -3, EDGE / 2, 3).contains(pos):
                return bar
        return None

    def press_at(self, pos: QPointF) -> bool:
        bar = self.bar_at(pos)
        if bar is None or not (bar.start and bar.end):
            return False
        rect = self.rects[bar.id].rect()
        mode = "resize" if pos.x() >= rect.right() - EDGE else "move"
        self._drag = _Drag(bar, mode, pos.x(), bar.start, bar.end)
        return True

    def _dragged_dates(self, pos: QPointF) -> tuple[date, date]:
        d = self._drag
        assert d is not None
        days = round((pos.x() - d.x0) / self.ppd)
        if d.mode == "move":
            return d.start + timedelta(days=days), d.end + timedelta(days=days)
        return d.start, max(d.start, d.end + timedelta(days=days))

    def drag_to(self, pos: QPointF) -> None:
        if self._drag is None:
            return
        start, end = self._dragged_dates(pos)
        item = self.rects[self._drag.bar.id]
        item.setRect(self.bar_rect(self._drag.bar, start, end))
        for child in item.childItems():
            child.setVisible(False)
        item.setToolTip(f"{start:%d-%m-%Y} → {end:%d-%m-%Y}")

    def release_at(self, pos: QPointF) -> None:
        if self._drag is None:
            return
        start, end = self._dragged_dates(pos)
        drag, self._drag = self._drag, None
        if (start, end) != (drag.start, drag.end):
            self.moved.emit(drag.bar.id, start, end)
        else:
            self.rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.scale == "months" and self._drag is None and abs(self._fit_scale() - self._ppd) > 0.01:
            self.rebuild()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.press_at(self.mapToScene(event.position().toPoint())):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = self.mapToScene(event.position().toPoint())
        if self._drag is not None:
            self.drag_to(pos)
            event.accept()
            return
        bar = self.bar_at(pos)
        if bar is None:
            self.viewport().unsetCursor()
        elif pos.x() >= self.rects[bar.id].rect().right() - EDGE:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        bar = self.bar_at(self.mapToScene(event.position().toPoint()))
        if bar is not None:
            self._drag = None
            self.opened.emit(bar.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self.release_at(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseReleaseEvent(event)


def _group_of(rows: list[Bar | str]) -> str:
    """The group of the last bar placed (so a heading is added only when the group changes)."""
    for r in reversed(rows):
        if isinstance(r, Bar):
            return r.group
    return ""


def _month_end(d: date) -> date:
    nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return nxt - timedelta(days=1)


def _font(size: int, *, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(size)
    f.setBold(bold)
    return f

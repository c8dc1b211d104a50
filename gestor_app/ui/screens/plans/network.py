"""Tab "Network map" (mapa de redes): organisations and institutions of the territory, the links
between them, and a diagram (actors on a circle, line width = strength of the link)."""

from __future__ import annotations

import math
import textwrap

from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.errors import GestorError
from gestor_app.core.services import actors as acs
from gestor_app.ui.context import UiContext

KIND_COLORS = {"organizacion": "#00796B", "institucion": "#1B5E20"}
NODE_R = 14.0


class NetworkDiagram(QGraphicsView):
    def __init__(self) -> None:
        super().__init__()
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.positions: dict[str, QPointF] = {}
        self._label_w, self._radius = 0.0, 1.0
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def draw(self, actors: list[tuple[str, str, str]], links: list[tuple[str, str, str, int]]) -> None:
        """Actors on a circle; nodes and names keep their size on screen (the circle scales to fit),
        each name placed outwards from the centre so neighbours do not overlap."""
        scene = self.scene()
        scene.clear()
        n = max(len(actors), 1)
        radius = max(160.0, 48.0 * n)
        angles = {aid: 2 * math.pi * i / n - math.pi / 2 for i, (aid, _name, _kind) in enumerate(actors)}
        self.positions = {aid: QPointF(radius * math.cos(a), radius * math.sin(a)) for aid, a in angles.items()}
        for a, b, kind, strength in links:
            if a in self.positions and b in self.positions:
                conflict = kind == "conflicto"
                pen = QPen(QColor("#C62828" if conflict else "#607D8B"), 1.2 + 1.6 * (strength - 1))
                pen.setCosmetic(True)
                if conflict:
                    pen.setStyle(Qt.PenStyle.DashLine)
                scene.addLine(self.positions[a].x(), self.positions[a].y(), self.positions[b].x(),
                              self.positions[b].y(), pen)
        self._label_w = 0.0
        for aid, name, kind in actors:
            self._node(self.positions[aid], angles[aid], name, kind)
        self._radius = radius
        scene.setSceneRect(QRectF(-4 * radius, -4 * radius, 8 * radius, 8 * radius))
        self.fit()

    def fit(self) -> None:
        """Scale so the circle plus the names (which keep their pixel size) fill the view."""
        if not self.positions:
            return
        vw, vh = self.viewport().width(), self.viewport().height()
        room_x = (vw - 2 * (self._label_w + NODE_R + 10)) / 2
        room_y = (vh - 2 * (NODE_R + 44)) / 2
        scale = max(min(room_x, room_y), 40.0) / self._radius
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(0, 0)

    def _node(self, p: QPointF, angle: float, name: str, kind: str) -> None:
        scene = self.scene()
        color = QColor(KIND_COLORS.get(kind, "#00796B"))
        fill = color if kind == "institucion" else color.lighter(150)
        node = scene.addEllipse(QRectF(-NODE_R, -NODE_R, 2 * NODE_R, 2 * NODE_R), QPen(color.darker(140), 1.5),
                                QBrush(fill))
        node.setPos(p)
        node.setFlag(node.GraphicsItemFlag.ItemIgnoresTransformations)
        node.setToolTip(name)
        node.setZValue(2)
        label = scene.addSimpleText(textwrap.fill(name, 18))
        label.setFlag(label.GraphicsItemFlag.ItemIgnoresTransformations)
        label.setZValue(3)
        box = label.boundingRect()
        self._label_w = max(self._label_w, box.width())
        cx, cy = math.cos(angle), math.sin(angle)
        dx = -box.width() / 2 + cx * (NODE_R + 4 + box.width() / 2)
        dy = -box.height() / 2 + cy * (NODE_R + 4 + box.height() / 2)
        label.setPos(p)
        label.setTransform(QTransform.fromTranslate(dx, dy))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self.fit()


class NetworkTab(QSplitter):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.territory_id: str | None = None
        self.actor_ids: list[str] = []
        self.link_ids: list[str] = []
        self.kinds = {"organizacion": self.tr("Organisation"), "institucion": self.tr("Institution")}
        self.link_kinds = {"colaboracion": self.tr("Collaboration"), "coordinacion": self.tr("Coordination"),
                           "informacion": self.tr("Information exchange"), "conflicto": self.tr("Conflict")}
        left = QWidget()
        v = QVBoxLayout(left)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self._actors_box(), 1)
        v.addWidget(self._links_box(), 1)
        self.addWidget(left)
        self.diagram = NetworkDiagram()
        self.diagram.setMinimumWidth(420)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.diagram, 1)
        legend = QLabel(self.tr("● light: organisation · ● dark: institution · thicker line: stronger link · "
                                "red dashed: conflict"))
        legend.setObjectName("muted")
        legend.setWordWrap(True)
        rv.addWidget(legend)
        self.addWidget(right)
        self.setStretchFactor(1, 1)
        self.setSizes([520, 600])

    def _actors_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Actors (organisations and institutions, no private persons)"))
        h = QVBoxLayout(box)
        col = QVBoxLayout()
        self.actors = QListWidget()
        self.actors.setMinimumHeight(150)
        self.actors.currentRowChanged.connect(lambda _r: self._select_actor())
        col.addWidget(self.actors, 1)
        row = QHBoxLayout()
        self.actor_bin = QPushButton(self.tr("Send to bin"))
        self.actor_bin.clicked.connect(self.delete_actor)
        self.new_actor = QPushButton(self.tr("New actor"))
        self.new_actor.clicked.connect(self.add_actor)
        row.addWidget(self.actor_bin)
        row.addWidget(self.new_actor)
        col.addLayout(row)
        h.addLayout(col, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.textEdited.connect(lambda t: self._save_actor(name=t))
        self.kind = QComboBox()
        for k, label in self.kinds.items():
            self.kind.addItem(label, k)
        self.kind.currentIndexChanged.connect(lambda _i: self._save_actor(kind=self.kind.currentData()))
        self.sector = QLineEdit()
        self.sector.textEdited.connect(lambda t: self._save_actor(sector=t))
        for w in (self.name, self.sector):
            w.editingFinished.connect(self._commit)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Sector"), self.sector)
        h.addLayout(form, 1)
        return box

    def _links_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Links"))
        v = QVBoxLayout(box)
        self.links = QTableWidget(0, 4)
        self.links.setHorizontalHeaderLabels([self.tr("Actor"), self.tr("Actor"), self.tr("Kind"), self.tr("Strength")])
        self.links.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.links.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links.verticalHeader().setVisible(False)
        for c in (0, 1):
            self.links.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        v.addWidget(self.links, 1)
        row = QHBoxLayout()
        self.link_a, self.link_b, self.link_kind = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.link_a, self.link_b, self.link_kind):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        for k, label in self.link_kinds.items():
            self.link_kind.addItem(label, k)
        self.link_strength = QSpinBox()
        self.link_strength.setRange(1, 3)
        self.link_strength.setToolTip(self.tr("1 weak · 3 strong"))
        self.add_link_button = QPushButton(self.tr("Link"))
        self.add_link_button.clicked.connect(self.add_link)
        self.remove_link_button = QPushButton(self.tr("Remove link"))
        self.remove_link_button.clicked.connect(self.remove_link)
        for w in (self.link_a, self.link_b):
            row.addWidget(w, 1)
        v.addLayout(row)
        r2 = QHBoxLayout()
        r2.addWidget(self.link_kind, 1)
        r2.addWidget(self.link_strength)
        r2.addWidget(self.add_link_button)
        r2.addWidget(self.remove_link_button)
        v.addLayout(r2)
        return box

    def load(self, territory_id: str | None, select: str | None = None) -> None:
        self.territory_id = territory_id
        keep = select or self.current_actor()
        with self.ctx.store.transaction() as s:
            actors = [(a.id, a.name, a.kind) for a in acs.list_actors(s, territory_id=territory_id)] \
                if territory_id else []
            links = [(x.id, x.a_id, x.b_id, x.kind, x.strength) for x in acs.list_links(s, territory_id=territory_id)] \
                if territory_id else []
        names = {a[0]: a[1] for a in actors}
        self.actor_ids = [a[0] for a in actors]
        with QSignalBlocker(self.actors):
            self.actors.clear()
            self.actors.addItems([f"{a[1]} ({self.kinds.get(a[2], a[2])})" for a in actors])
        for combo in (self.link_a, self.link_b):
            combo.clear()
            for aid, name, _k in actors:
                combo.addItem(name, aid)
        self.link_b.setCurrentIndex(min(1, len(actors) - 1))
        self.link_ids = [x[0] for x in links]
        self.links.setRowCount(len(links))
        for r, (_id, a, b, kind, strength) in enumerate(links):
            for c, value in enumerate((names.get(a or "", "?"), names.get(b or "", "?"),
                                       self.link_kinds.get(kind, kind), str(strength))):
                self.links.setItem(r, c, QTableWidgetItem(value))
        self.actors.setCurrentRow(self.actor_ids.index(keep) if keep in self.actor_ids else (0 if actors else -1))
        self._select_actor()
        self.diagram.draw(actors, [(x[1], x[2], x[3], x[4]) for x in links])

    def current_actor(self) -> str | None:
        r = self.actors.currentRow()
        return self.actor_ids[r] if 0 <= r < len(self.actor_ids) else None

    def _select_actor(self) -> None:
        self.ctx.autosaver.flush()
        aid = self.current_actor()
        name = sector = ""
        kind = "organizacion"
        if aid:
            with self.ctx.store.transaction() as s:
                a = acs.get_actor(s, aid)
                name, kind, sector = a.name, a.kind, a.sector
        for w, value in ((self.name, name), (self.sector, sector)):
            with QSignalBlocker(w):
                w.setText(value)
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        for w in (self.name, self.sector, self.kind, self.actor_bin):
            w.setEnabled(aid is not None)

    def _save_actor(self, **changes: object) -> None:
        aid = self.current_actor()
        if aid:
            self.ctx.autosaver.schedule(f"actor.{aid}.{','.join(changes)}",
                                        lambda s: acs.update_actor(s, aid, **changes))

    def _commit(self) -> None:
        if self.ctx.autosaver.pending:
            self.ctx.autosaver.flush()
            self.load(self.territory_id)

    def add_actor(self) -> None:
        if not self.territory_id:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            aid = acs.create_actor(s, territory_id=self.territory_id, name=self.tr("New actor")).id
        self.load(self.territory_id, select=aid)
        self.name.setFocus()
        self.name.selectAll()

    def delete_actor(self) -> None:
        aid = self.current_actor()
        if aid:
            with self.ctx.store.transaction() as s:
                acs.delete_actor(s, aid)
            self.load(self.territory_id)
            self.ctx.records_changed.emit()

    def add_link(self) -> None:
        a, b = self.link_a.currentData(), self.link_b.currentData()
        if not (a and b):
            return
        try:
            with self.ctx.store.transaction() as s:
                acs.create_link(s, a_id=a, b_id=b, kind=self.link_kind.currentData(),
                                strength=self.link_strength.value())
        except GestorError as exc:
            QMessageBox.warning(self, self.tr("Link not added"), str(exc))
            return
        self.load(self.territory_id)

    def remove_link(self) -> None:
        r = self.links.currentRow()
        if 0 <= r < len(self.link_ids):
            with self.ctx.store.transaction() as s:
                acs.delete_link(s, self.link_ids[r])
            self.load(self.territory_id)
            self.ctx.records_changed.emit()

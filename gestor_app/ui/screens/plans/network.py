"""Tab "Network map" (mapa de redes): organisations and institutions of the territory, the links
between them, and a diagram (actors on a circle, line width = strength of the link)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
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

    def draw(self, actors: list[tuple[str, str, str]], links: list[tuple[str, str, str, int]]) -> None:
        scene = self.scene()
        scene.clear()
        n = max(len(actors), 1)
        radius = max(120.0, 36.0 * n / math.pi)
        self.positions = {aid: QPointF(radius * math.cos(2 * math.pi * i / n - math.pi / 2),
                                       radius * math.sin(2 * math.pi * i / n - math.pi / 2))
                          for i, (aid, _name, _kind) in enumerate(actors)}
        for a, b, kind, strength in links:
            if a in self.positions and b in self.positions:
                conflict = kind == "conflicto"
                pen = QPen(QColor("#C62828" if conflict else "#607D8B"), 1.2 + 1.6 * (strength - 1))
                if conflict:
                    pen.setStyle(Qt.PenStyle.DashLine)
                scene.addLine(self.positions[a].x(), self.positions[a].y(), self.positions[b].x(),
                              self.positions[b].y(), pen)
        for aid, name, kind in actors:
            p = self.positions[aid]
            color = QColor(KIND_COLORS.get(kind, "#00796B"))
            node = scene.addEllipse(QRectF(p.x() - NODE_R, p.y() - NODE_R, 2 * NODE_R, 2 * NODE_R),
                                    QPen(color.darker(140), 1.5), QBrush(color if kind == "institucion"
                                                                       else color.lighter(150)))
            node.setToolTip(name)
            label = scene.addSimpleText(name)
            w = label.boundingRect().width()
            below = p.y() >= -1
            label.setPos(p.x() - w / 2, p.y() + NODE_R + 2 if below else p.y() - NODE_R - 20)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        if self.scene().items():
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


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
        self.addWidget(self.diagram)
        self.setStretchFactor(1, 1)
        self.setSizes([470, 640])

    def _actors_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Actors (organisations and institutions, no private persons)"))
        h = QHBoxLayout(box)
        col = QVBoxLayout()
        self.actors = QListWidget()
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
        for k, label in self.link_kinds.items():
            self.link_kind.addItem(label, k)
        self.link_strength = QSpinBox()
        self.link_strength.setRange(1, 3)
        self.link_strength.setToolTip(self.tr("1 weak · 3 strong"))
        self.add_link_button = QPushButton(self.tr("Link"))
        self.add_link_button.clicked.connect(self.add_link)
        self.remove_link_button = QPushButton(self.tr("Remove link"))
        self.remove_link_button.clicked.connect(self.remove_link)
        for w in (self.link_a, self.link_b, self.link_kind, self.link_strength, self.add_link_button):
            row.addWidget(w)
        v.addLayout(row)
        r2 = QHBoxLayout()
        r2.addStretch(1)
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

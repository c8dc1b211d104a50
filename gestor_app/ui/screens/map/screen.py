"""The Mapa section: the participatory map of the current territory, drawn with the community."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from gestor_app.core.errors import GestorError
from gestor_app.core.maps.basemaps import current_basemap
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.maps.page import Boundary, feature_json
from gestor_app.core.models.map import MapFeature
from gestor_app.core.services.map_features import get_feature, list_features
from gestor_app.core.services.territories import current_territory
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading
from gestor_app.ui.screens.map.panels import FeaturePanel, LegendPanel
from gestor_app.ui.screens.map.tools import MapTools
from gestor_app.ui.screens.map.undo import ChangeFeature, CreateFeature, DeleteFeature
from gestor_app.ui.screens.map.view import MapView

_KIND = {"point": "Point", "line": "LineString", "polygon": "Polygon"}


class MapScreen(MapTools, Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.legend = default_legend()
        self.territory_id: str | None = None
        self.selected_id: str | None = None
        self.undo = QUndoStack(self)
        self.view = MapView()
        self.view.geometry_drawn.connect(self.create_from_geometry)
        self.view.geometry_edited.connect(self._edited)
        self.view.feature_clicked.connect(self.select)
        self.view.background_clicked.connect(lambda: self.select(None))
        self.legend_panel = LegendPanel(self.legend)
        self.legend_panel.toggled.connect(self.view.set_visible_categories)
        self.panel = FeaturePanel(self.legend)
        self.panel.delete_requested.connect(self.delete_selected)
        self._wire_panel()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.addLayout(self._toolbar())
        split = QSplitter()
        split.addWidget(self._left())
        split.addWidget(self.view)
        split.addWidget(self.panel)
        split.setStretchFactor(1, 1)
        split.setCollapsible(1, False)
        split.setSizes([290, 900, 300])
        outer.addWidget(split, 1)
        self._actions()
        self._loaded_key: object = None
        self._text_saved = False
        ctx.autosaver.saved.connect(self._after_autosave)

    # -- layout -------------------------------------------------------------------------------
    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.tools = QButtonGroup(self)
        for mode, text in (("select", self.tr("Select")), ("point", self.tr("Point")), ("line", self.tr("Line")),
                           ("polygon", self.tr("Polygon"))):
            b = QToolButton()
            b.setText(text)
            b.setCheckable(True)
            b.setProperty("mode", mode)
            b.setMinimumHeight(34)
            self.tools.addButton(b)
            row.addWidget(b)
            if mode == "select":
                b.setChecked(True)
        self.tools.buttonClicked.connect(lambda b: self.set_mode(b.property("mode")))
        self.finish = QPushButton(self.tr("Finish shape"))
        self.finish.clicked.connect(self.view.finish_drawing)
        row.addWidget(self.finish)
        row.addWidget(QLabel(self.tr("Category")))
        self.category = QComboBox()
        self.category.setMinimumWidth(220)
        for c in self.legend.categories:
            self.category.addItem(self.panel.category.itemIcon(self.panel.category.findData(c.key)),
                                  c.label, c.key)
        row.addWidget(self.category)
        row.addStretch(1)
        undo, redo = QToolButton(), QToolButton()
        undo.setText(self.tr("Undo"))
        redo.setText(self.tr("Redo"))
        undo.clicked.connect(self.undo.undo)
        redo.clicked.connect(self.undo.redo)
        self.undo.canUndoChanged.connect(undo.setEnabled)
        self.undo.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        row.addWidget(undo)
        row.addWidget(redo)
        return row

    def _left(self) -> QWidget:
        box = QWidget()
        box.setMinimumWidth(260)
        box.setMaximumWidth(360)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the map…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(lambda: self.run_search(self.search.text()))
        col.addWidget(self.search)
        self.search_result = QLabel()
        col.addWidget(self.search_result)
        col.addWidget(heading(self.tr("Legend"), level=2))
        col.addWidget(self.legend_panel, 1)
        col.addWidget(heading(self.tr("Basemap"), level=2))
        self.basemap = QComboBox()
        self.basemap.activated.connect(self._basemap_chosen)
        col.addWidget(self.basemap)
        imp_base = QPushButton(self.tr("Import basemap…"))
        imp_base.clicked.connect(self.import_basemap_dialog)
        col.addWidget(imp_base)
        col.addWidget(heading(self.tr("Workshop session"), level=2))
        self.sessions = QComboBox()
        self.sessions.activated.connect(self._session_chosen)
        col.addWidget(self.sessions)
        row = QHBoxLayout()
        new = QPushButton(self.tr("New session…"))
        new.clicked.connect(self.new_session)
        self.edit_session_button = QPushButton(self.tr("Edit…"))
        self.edit_session_button.clicked.connect(self.edit_session)
        self.delete_session_button = QPushButton(self.tr("To the bin"))
        self.delete_session_button.clicked.connect(self.delete_session)
        col.addWidget(new)
        row.addWidget(self.edit_session_button)
        row.addWidget(self.delete_session_button)
        col.addLayout(row)
        files = QVBoxLayout()
        imp = QPushButton(self.tr("Import GeoJSON/KML…"))
        imp.clicked.connect(self.import_file_dialog)
        exp = QPushButton(self.tr("Export GeoJSON/KML…"))
        exp.clicked.connect(self.export_dialog)
        boundary = QPushButton(self.tr("Import territory boundary…"))
        boundary.clicked.connect(self.import_boundary_dialog)
        files.addWidget(imp)
        files.addWidget(exp)
        files.addWidget(boundary)
        col.addLayout(files)
        return box

    def _actions(self) -> None:
        undo = self.undo.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        delete = QAction(self.tr("Send to the bin"), self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.triggered.connect(self.delete_selected)
        for a in (undo, redo, delete):
            a.setShortcutContext(a.shortcutContext().WidgetWithChildrenShortcut)
            self.addAction(a)
        self.undo_action, self.redo_action = undo, redo

    def _wire_panel(self) -> None:
        p, saver = self.panel, self.ctx.autosaver
        saver.bind_line(p.title, "map.title", lambda s, v: self._save_text(s, title=v))
        saver.bind_text(p.description, "map.description", lambda s, v: self._save_text(s, description=v))
        p.category.activated.connect(lambda _i: self._change(category=p.category.currentData()))
        p.source.activated.connect(lambda _i: self._change(source=p.source.currentData()))
        p.sensitive.toggled.connect(lambda v: self._change(sensitive=v))
        p.date.dateChanged.connect(lambda _d: self._change(observed_on=p.date_value()))

    # -- loading --------------------------------------------------------------------------------
    def _after_autosave(self) -> None:
        if self._text_saved:  # titles typed here are already on the page: no reload for them
            self._text_saved = False
            self._mark_current()

    def refresh(self) -> None:
        self.ctx.autosaver.flush()
        data_dir = self.ctx.store.config.data_dir
        with self.ctx.store.transaction() as s:
            t = current_territory(s)
            self.territory_id = t.id if t else None
            boundary = Boundary(t.name, t.boundary) if t and t.boundary else None
            features = [feature_json(f) for f in list_features(s, territory_id=self.territory_id)]
            base = current_basemap(s, data_dir)
            self._fill_sessions(s)
            version = s.execute(select(func.count(), func.max(MapFeature.updated_at)).where(
                MapFeature.territory_id == self.territory_id)).one()
        self._fill_basemaps(base)
        # reload when the territory, the basemap or the features changed elsewhere (bin, import, sync)
        key = (self.territory_id, base.key if base else None, tuple(version))
        if key != self._loaded_key:
            if self._loaded_key is None or key[0] != self._loaded_key[0]:
                self.undo.clear()
            self._loaded_key = key
            self.select(None)
            self.view.load(features, boundary=boundary, basemap=base, hints=self._hints())
            self.view.set_visible_categories(self.legend_panel.visible_categories())

    def reload(self) -> None:
        self._loaded_key = None
        self.refresh()

    def _hints(self) -> dict[str, str]:
        return {"select": "", "pick": self.tr("Click the place on the map"),
                "point": self.tr("Click the map to add a point"),
                "line": self.tr("Click each point of the line; double-click or Enter to finish"),
                "polygon": self.tr("Click each corner; double-click or Enter to close the shape")}

    # -- drawing and editing --------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        for b in self.tools.buttons():
            b.setChecked(b.property("mode") == mode)
        self.view.set_mode(mode)

    def create_from_geometry(self, geometry: dict[str, Any]) -> None:
        category = self.category.currentData()
        cat = self.legend.get(category)
        if geometry.get("type") not in cat.geometries:
            fits = [c for c in self.legend.categories if geometry.get("type") in c.geometries]
            QMessageBox.information(self, self.tr("Choose another category"), self.tr(
                "«{cat}» cannot be drawn as this shape. Choose a category such as «{other}».").format(
                cat=cat.label, other=fits[0].label if fits else ""))
            return
        sid = self.sessions.currentData()
        fields = dict(territory_id=self.territory_id, category=category, geometry=geometry,
                      source="taller" if sid else "fuente_secundaria", session_id=sid,
                      observed_on=self._session_date(sid))
        cmd = CreateFeature(self, fields)
        if self._push(cmd):
            self.select(cmd.feature_id)

    def _session_date(self, sid):
        if not sid:
            return None
        from gestor_app.core.services.mapping_sessions import get_session

        with self.ctx.store.transaction() as s:
            return get_session(s, sid).held_on

    def _edited(self, feature_id: str, geometry: dict[str, Any]) -> None:
        with self.ctx.store.transaction() as s:
            old = get_feature(s, feature_id).geometry
        self._push(ChangeFeature(self, feature_id, {"geometry": old}, {"geometry": geometry}, self.tr("Move")))

    def _change(self, **new: Any) -> None:
        if not self.selected_id:
            return
        with self.ctx.store.transaction() as s:
            f = get_feature(s, self.selected_id)
            old = {k: getattr(f, k) for k in new}
        if old != new:
            self._push(ChangeFeature(self, self.selected_id, old, new, self.tr("Edit")))

    def _save_text(self, session, **changes: Any) -> None:
        from gestor_app.core.services.map_features import update_feature

        fid = self.selected_id
        if fid:
            old = {k: getattr(get_feature(session, fid), k) for k in changes}
            f = update_feature(session, fid, **changes)
            self.view.upsert_feature(feature_json(f))
            self._text_saved = True
            if old != changes:  # already written: the command goes on the stack once this transaction commits
                cmd = ChangeFeature(self, fid, old, dict(changes), self.tr("Edit"))
                QTimer.singleShot(0, lambda: self._push_written(cmd))

    def _push_written(self, cmd) -> None:
        cmd._applied = True
        self.undo.push(cmd)

    def _push(self, cmd) -> bool:
        try:
            cmd.apply_first()  # a rejected edit stops here: nothing written, nothing on the stack
        except GestorError as exc:
            QMessageBox.warning(self, self.tr("Change not saved"), str(exc))
            self.panel.show_feature(self._selected())
            if self.selected_id:
                self.view.upsert_feature(self._page_feature(self.selected_id))  # e.g. a refused move
            return False
        self.undo.push(cmd)
        return True

    def _page_feature(self, feature_id: str) -> dict[str, Any]:
        with self.ctx.store.transaction() as s:
            return feature_json(get_feature(s, feature_id))

    def _mark_current(self) -> None:
        """Our own edits are already on the page: remember the new version so refresh() keeps the view."""
        if self._loaded_key is not None:
            with self.ctx.store.transaction() as s:
                version = s.execute(select(func.count(), func.max(MapFeature.updated_at)).where(
                    MapFeature.territory_id == self.territory_id)).one()
            self._loaded_key = (*self._loaded_key[:2], tuple(version))

    def feature_changed(self, feature_id: str) -> None:
        """Called by undo commands after each write: redraw (or remove) the feature, refresh the panel."""
        with self.ctx.store.transaction() as s:
            f = s.get(MapFeature, feature_id)
            data = feature_json(f) if f is not None and not f.deleted else None
        if data is None:
            self.view.remove_feature(feature_id)
            if self.selected_id == feature_id:
                self.select(None)
        else:
            self.view.upsert_feature(data)
            if self.selected_id == feature_id:
                self.panel.show_feature(self._selected())
        self._mark_current()
        self.ctx.records_changed.emit()

    def _selected(self) -> MapFeature | None:
        if not self.selected_id:
            return None
        with self.ctx.store.transaction() as s:
            f = s.get(MapFeature, self.selected_id)
            if f is not None:
                s.expunge(f)
            return f if f is not None and not f.deleted else None

    def select(self, feature_id: str | None) -> None:
        self.ctx.autosaver.flush()
        self.selected_id = feature_id
        f = self._selected()
        self.panel.show_feature(f)
        self.panel.setVisible(f is not None)  # the map gets the room when nothing is selected
        self.view.select_feature(feature_id)

    def delete_selected(self) -> None:
        if self.selected_id:
            self.ctx.autosaver.flush()
            self._push(DeleteFeature(self, self.selected_id))

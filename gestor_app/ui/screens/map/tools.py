"""The map screen's tools around the map: search, workshop sessions, basemaps, files.

A mixin of ``MapScreen`` (texts are in its translation context, ``MapScreen``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import or_, select

from gestor_app.core.errors import GestorError
from gestor_app.core.maps.basemaps import import_basemap, list_basemaps, set_current_basemap
from gestor_app.core.maps.geojson import write_geojson
from gestor_app.core.maps.kml import import_features_file, read_boundary_file, write_kml
from gestor_app.core.models.map import MapFeature
from gestor_app.core.services.map_features import list_features
from gestor_app.core.services.mapping_sessions import (
    current_session_id,
    delete_session,
    list_sessions,
    set_current_session,
)
from gestor_app.core.services.territories import current_territory, update_territory
from gestor_app.ui.screens.map.sessions import SessionDialog


class MapTools:
    """Needs from the screen: ctx, view, territory_id, legend, sessions, basemap, category, search_result."""

    def _fill_sessions(self, s) -> None:
        current = current_session_id(s)
        self.sessions.clear()
        self.sessions.addItem(QCoreApplication.translate("MapScreen", "(no session)"), None)
        for ms in list_sessions(s, territory_id=self.territory_id):
            self.sessions.addItem(f"{ms.display_title()} · {ms.total_participants()} p.", ms.id)
        self.sessions.setCurrentIndex(max(0, self.sessions.findData(current)))
        self._session_buttons()

    def _fill_basemaps(self, base) -> None:
        self.basemap.clear()
        self.basemap.addItem(QCoreApplication.translate("MapScreen", "No basemap (neutral background)"), "")
        for b in list_basemaps(self.ctx.store.config.data_dir):
            self.basemap.addItem(b.name, b.key)
        self.basemap.setCurrentIndex(max(0, self.basemap.findData(base.key)) if base else 0)

    def run_search(self, text: str) -> list[str]:
        text = text.strip()
        ids: list[str] = []
        if text:
            like = f"%{text}%"
            cats = [c.key for c in self.legend.categories if text.casefold() in c.label.casefold()]
            with self.ctx.store.transaction() as s:
                q = select(MapFeature.id).where(MapFeature.deleted.is_(False), or_(
                    MapFeature.title.ilike(like), MapFeature.description.ilike(like), MapFeature.category.in_(cats)))
                if self.territory_id:
                    q = q.where(MapFeature.territory_id == self.territory_id)
                ids = list(s.scalars(q))
        self.search_result.setText(QCoreApplication.translate("MapScreen", "Found: {n}").format(n=len(ids)) if text else "")
        self.view.highlight(ids)
        return ids

    def _session_chosen(self, _i: int) -> None:
        with self.ctx.store.transaction() as s:
            set_current_session(s, self.sessions.currentData())
        self._session_buttons()

    def _session_buttons(self) -> None:
        has = self.sessions.currentData() is not None
        self.edit_session_button.setEnabled(has)
        self.delete_session_button.setEnabled(has)

    def edit_session(self) -> SessionDialog | None:
        sid = self.sessions.currentData()
        if not sid:
            return None
        dialog = SessionDialog(self.ctx, self.territory_id, self, session_id=sid)
        dialog.accepted.connect(self._reload_sessions)
        dialog.open()
        return dialog

    def delete_session(self) -> None:
        sid = self.sessions.currentData()
        if sid:
            with self.ctx.store.transaction() as s:
                delete_session(s, sid)  # its features stay on the map; only the session goes to the bin
            self.ctx.records_changed.emit()
            self._reload_sessions()

    def _reload_sessions(self) -> None:
        with self.ctx.store.transaction() as s:
            self._fill_sessions(s)

    def new_session(self) -> SessionDialog:
        dialog = SessionDialog(self.ctx, self.territory_id, self)
        dialog.accepted.connect(self._reload_sessions)
        dialog.open()
        return dialog

    def _basemap_chosen(self, _i: int) -> None:
        with self.ctx.store.transaction() as s:
            set_current_basemap(s, self.ctx.store.config.data_dir, self.basemap.currentData() or None)
        self.refresh()

    def import_basemap_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MapScreen", "Import basemap"), "", QCoreApplication.translate("MapScreen", "MBTiles (*.mbtiles)"))
        if path:
            try:
                b = import_basemap(self.ctx.store.config.data_dir, path)
                with self.ctx.store.transaction() as s:
                    set_current_basemap(s, self.ctx.store.config.data_dir, b.key)
            except GestorError as exc:
                QMessageBox.warning(self, QCoreApplication.translate("MapScreen", "Basemap not imported"), str(exc))
                return
            self.refresh()

    def import_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MapScreen", "Import map elements"), "",
                                              QCoreApplication.translate("MapScreen", "GeoJSON or KML (*.geojson *.json *.kml)"))
        if not path:
            return
        try:
            with self.ctx.store.transaction() as s:
                n = len(import_features_file(s, path, territory_id=self.territory_id,
                                             default_category=self.category.currentData()))
        except GestorError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("MapScreen", "Nothing was imported"), str(exc))
            return
        QMessageBox.information(self, QCoreApplication.translate("MapScreen", "Import"), QCoreApplication.translate("MapScreen", "Elements imported: {n}").format(n=n))
        self.reload()

    def export_dialog(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MapScreen", "Export map"), "mapa.geojson",
                                                   QCoreApplication.translate("MapScreen", "GeoJSON (*.geojson);;KML (*.kml)"))
        if path:
            if not path.lower().endswith((".geojson", ".json", ".kml")):
                path += ".kml" if "kml" in chosen.lower() else ".geojson"
            self.export_to(path)

    def export_to(self, path: str) -> int:
        """The current territory's boundary and features, as GeoJSON or KML by the file's extension."""
        write = write_kml if path.lower().endswith(".kml") else write_geojson
        with self.ctx.store.transaction() as s:
            t = current_territory(s)
            return write(path, list_features(s, territory_id=self.territory_id), [t] if t else [])

    def import_boundary_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MapScreen", "Import the territory boundary"), "",
                                              QCoreApplication.translate("MapScreen", "GeoJSON or KML (*.geojson *.json *.kml)"))
        if path:
            try:
                self.import_boundary_from(path)
            except GestorError as exc:
                QMessageBox.warning(self, QCoreApplication.translate("MapScreen", "Boundary not imported"), str(exc))

    def import_boundary_from(self, path: str) -> None:
        """Replace the current territory's boundary by the one polygon of a file (validated first)."""
        boundary = read_boundary_file(path)
        with self.ctx.store.transaction() as s:
            update_territory(s, self.territory_id, boundary=boundary)
        self.ctx.records_changed.emit()
        self.reload()

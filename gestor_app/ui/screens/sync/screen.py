"""Synchronisation: bundle files between the field computers and the office (GUIDE §5).

The screen adapts to this installation's role: not in a project yet (join or create the office),
a field computer (what is pending delivery, write a bundle for the office, import the answer) or
the office (enrolled computers, answers, several bundles at once). Both roles resolve conflicts.
Every export and import runs off the UI thread with a progress bar and Cancel; an import is always
previewed first (a full import rolled back) and reported only from what the real import returned."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from gestor_app.core.errors import Cancelled, GestorError
from gestor_app.core.progress import Progress
from gestor_app.core.sync import exporter, identity, importer
from gestor_app.core.sync.conflicts import open_conflicts
from gestor_app.core.sync.container import SUFFIX
from gestor_app.core.sync.status import delivery_status, record_deliveries
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.sync.conflicts import ConflictsPanel
from gestor_app.ui.screens.sync.import_dialog import ImportDialog
from gestor_app.ui.screens.sync.panels import (
    EnrollDialog,
    LaptopPanel,
    NoProjectPanel,
    OfficePanel,
    territory_names,
)
from gestor_app.ui.tasks import run_with_dialog


class SyncScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.role: str | None = None
        self.busy = False
        self.import_dialog: ImportDialog | None = None
        self.last_export: Path | None = None
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Synchronisation")))
        self.stack = QStackedWidget()
        self.no_project = NoProjectPanel()
        self.no_project.join_button.clicked.connect(lambda: self.join_project())
        self.no_project.office_button.clicked.connect(lambda: self.create_office())
        self.stack.addWidget(self.no_project)
        self.tabs = QTabWidget()
        self.laptop = LaptopPanel()
        self.laptop.export_button.clicked.connect(lambda: self.export_to_office())
        self.laptop.import_button.clicked.connect(lambda: self.import_files())
        self.office = OfficePanel()
        self.office.enroll_button.clicked.connect(lambda: self.enroll_device())
        self.office.revoke_button.clicked.connect(lambda: self.revoke_selected())
        self.office.answer_button.clicked.connect(lambda: self.answer_selected())
        self.office.import_button.clicked.connect(lambda: self.import_files())
        self.conflicts = ConflictsPanel(ctx)
        self.conflicts.resolved.connect(self._conflict_resolved)
        self.tabs.addTab(self.laptop, self.tr("This computer"))
        self.tabs.addTab(self.office, self.tr("Computers"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        ctx.records_changed.connect(self._records_changed)

    # ---- what is shown -----------------------------------------------------------------------
    def refresh(self) -> None:
        with self.ctx.store.transaction() as s:
            ident = identity.identity(s)
            self.role = ident.role if ident else None
            if ident is None:
                pass
            elif ident.role == "laptop":
                names = territory_names(s)
                self.laptop.show_status(ident, delivery_status(s), [names.get(t, t) for t in ident.territories or ()])
                self.laptop.show_records(record_deliveries(s))
            else:
                self.office.show_peers(ident, identity.list_peers(s), territory_names(s))
            n_conflicts = len(open_conflicts(s)) if ident else 0
        if self.role is None:
            self.stack.setCurrentWidget(self.no_project)
            return
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setTabVisible(0, self.role == "laptop")
        self.tabs.setTabVisible(1, self.role == "office")
        if self.tabs.currentIndex() in (0, 1) and not self.tabs.isTabVisible(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(0 if self.role == "laptop" else 1)
        self.tabs.setTabText(2, self.tr("Conflicts ({n})").format(n=n_conflicts) if n_conflicts
                             else self.tr("Conflicts"))
        self.conflicts.refresh()

    def _records_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _conflict_resolved(self) -> None:
        self.say(self.tr("Resolution saved. It is a new version: it reaches the other computers with the "
                         "next bundles."))
        self.ctx.records_changed.emit()
        self.refresh()

    def say(self, text: str) -> None:
        self.message.setText(text)

    def run_task(self, parent: QWidget, title: str, fn, *, on_done, on_error) -> None:
        """Off the UI thread with a progress bar and Cancel; the screen's buttons wait meanwhile
        (one export or import at a time)."""
        def finish(callback):
            def inner(value) -> None:
                self.busy = False
                self.stack.setEnabled(True)
                if self.import_dialog is not None:
                    self.import_dialog.cancel_button.setEnabled(True)
                callback(value)
            return inner

        self.busy = True
        self.stack.setEnabled(False)
        if self.import_dialog is not None:
            self.import_dialog.cancel_button.setEnabled(False)
        run_with_dialog(self.ctx.runner, parent, title, fn, on_done=finish(on_done), on_error=finish(on_error))

    # ---- questions (tests replace these) -----------------------------------------------------
    def ask_enrollment_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Enrollment file"), str(Path.home()),
                                              self.tr("Enrollment files (*.gtenroll *.json);;All files (*)"))
        return Path(path) if path else None

    def ask_office_name(self) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("Create the office"), self.tr("Name of the municipality:"),
                                        text=self.tr("Municipalidad de "))
        return name.strip() if ok and name.strip() else None

    def ask_folder(self, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
        return Path(path) if path else None

    def ask_bundles(self, *, several: bool) -> list[Path]:
        title, filters = self.tr("Import bundles"), self.tr("Bundles (*{suffix});;All files (*)").format(suffix=SUFFIX)
        if several:
            paths, _ = QFileDialog.getOpenFileNames(self, title, str(Path.home()), filters)
            return [Path(p) for p in paths]
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), filters)
        return [Path(path)] if path else []

    def ask_enrollment(self) -> tuple[str, list[str], Path] | None:
        with self.ctx.store.transaction() as s:
            dialog = EnrollDialog(s, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name, territories = dialog.chosen()
        if not name:
            self.say(self.tr("Give the computer a name."))
            return None
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:40]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the enrollment file"),
                                              str(Path.home() / f"inscripcion-{safe}.gtenroll"),
                                              self.tr("Enrollment files (*.gtenroll)"))
        return (name, territories, Path(path)) if path else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # ---- joining a project -------------------------------------------------------------------
    def join_project(self, path: Path | None = None) -> bool:
        path = path or self.ask_enrollment_file()
        if path is None:
            return False
        try:
            ident = identity.join(self.ctx.store, Path(path))
        except GestorError as exc:
            self.say(str(exc))
            return False
        self.say(self.tr("This computer joined the office {name}. Write a first bundle for the office: it "
                         "completes the enrollment.").format(name=ident.office_name))
        self.refresh()
        self.ctx.territory_changed.emit(self.ctx.current_territory_id())
        self.ctx.records_changed.emit()
        return True

    def create_office(self, name: str | None = None) -> bool:
        name = name or self.ask_office_name()
        if not name:
            return False
        try:
            ident = identity.office_init(self.ctx.store, name=name)
        except GestorError as exc:
            self.say(str(exc))
            return False
        self.say(self.tr("Office {name} created. Enroll the field computers now.").format(name=ident.office_name))
        self.refresh()
        return True

    # ---- laptop → office ---------------------------------------------------------------------
    def export_to_office(self, folder: Path | None = None) -> None:
        folder = folder or self.ask_folder(self.tr("Folder or USB stick for the bundle"))
        if folder is None:
            return
        self.ctx.autosaver.flush()
        store = self.ctx.store
        self.run_task(self, self.tr("Writing the bundle for the office"),
                        lambda progress: exporter.export_from_laptop(store, folder, progress=progress),
                        on_done=self._exported, on_error=self._export_failed)

    def _exported(self, result: exporter.ExportResult) -> None:
        self.last_export = result.path
        self.say(self.tr("Bundle No. {seq} written ({n} changes, {p} photos):\n{path}\nTake it to the office. "
                         "The changes stay pending until the office's answer confirms them.")
                 .format(seq=result.seq, n=result.versions, p=result.photos, path=result.path))
        self.refresh()

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.say(self.tr("Cancelled: no bundle was written."))
        elif isinstance(exc, GestorError | OSError):
            self.say(self.tr("The bundle was not written: {reason}").format(reason=exc))
        else:
            self.say(self.tr("The bundle was not written because of an unexpected error: {reason}").format(reason=exc))
        self.refresh()

    # ---- office ------------------------------------------------------------------------------
    def enroll_device(self) -> None:
        answer = self.ask_enrollment()
        if answer is None:
            return
        name, territories, path = answer
        try:
            peer = identity.enroll(self.ctx.store, device_name=name, out=path, territories=territories)
        except GestorError as exc:
            self.say(str(exc))
            return
        self.say(self.tr("{name} enrolled. Its enrollment file is {path}. Hand it over in person (it holds a "
                         "one-time secret) and open it on that computer: Synchronisation → Join with an "
                         "enrollment file.").format(name=peer.name, path=path))
        self.refresh()

    def revoke_selected(self) -> None:
        peer_id = self.office.selected_id()
        if peer_id is None:
            return
        with self.ctx.store.transaction() as s:
            name = identity.find_peer(s, peer_id).name
        if not self.confirm(self.tr("Revoke"), self.tr("Revoke {name}? Its bundles will no longer be accepted "
                                                       "and it will get no more data.").format(name=name)):
            return
        try:
            with self.ctx.store.transaction() as s:
                identity.revoke(s, peer_id)
        except GestorError as exc:
            self.say(str(exc))
            return
        self.say(self.tr("{name} revoked.").format(name=name))
        self.refresh()

    def answer_selected(self, folder: Path | None = None) -> None:
        peer_id = self.office.selected_id()
        if peer_id is None:
            return
        folder = folder or self.ask_folder(self.tr("Folder or USB stick for the answer"))
        if folder is None:
            return
        self.ctx.autosaver.flush()
        store, basemaps = self.ctx.store, self.office.basemaps_check.isChecked()
        self.run_task(self, self.tr("Writing the answer"),
                        lambda progress: exporter.export_for_device(store, peer_id, folder, basemaps=basemaps,
                                                                    progress=progress),
                        on_done=self._answered, on_error=self._export_failed)

    def _answered(self, result: exporter.ExportResult) -> None:
        self.last_export = result.path
        self.say(self.tr("Answer No. {seq} written ({n} changes, {p} photos):\n{path}\nImport it on that "
                         "computer: it confirms what the office received.")
                 .format(seq=result.seq, n=result.versions, p=result.photos, path=result.path))
        self.refresh()

    # ---- importing ---------------------------------------------------------------------------
    def import_files(self, paths: list[Path] | None = None) -> None:
        paths = paths if paths is not None else self.ask_bundles(several=self.role == "office")
        if paths:
            self.preview_bundles(paths)

    def preview_bundle(self, path: str | Path) -> None:
        """Preview of one bundle (a double-click on a .gtbundle file comes here)."""
        self.preview_bundles([Path(path)])

    def preview_bundles(self, paths: list[Path]) -> None:
        self.ctx.autosaver.flush()
        self.say("")
        self.run_task(self, self.tr("Checking the bundles"),
                        lambda progress: self._each(paths, progress, dry_run=True),
                        on_done=self._previewed, on_error=self._import_failed)

    def _each(self, paths: list[Path], progress: Progress, *, dry_run: bool) -> list[dict[str, Any]]:
        """One file after the other on the worker. Cancel reaches the file being imported (it rolls
        back) and skips the rest; files already imported stay imported and are reported."""
        heads = [self.tr("File {n} of {total}: {name}").format(n=n, total=len(paths), name=Path(p).name)
                 for n, p in enumerate(paths, start=1)]
        skipped = self.tr("Cancelled before this file: nothing was applied from it.")
        out: list[dict[str, Any]] = []
        for path, head in zip(paths, heads, strict=True):
            try:
                progress.update(0, 0, head)
            except Cancelled:
                out.append({"file": str(path), "status": "cancelado", "reason": skipped})
                continue

            def relay(done: int, total: int, text: str, head: str = head) -> None:
                progress.update(done, total, f"{head}\n{text}")  # raises Cancelled once asked to stop

            out.append(importer.import_bundle(self.ctx.store, path, dry_run=dry_run, progress=Progress(relay)))
        return out

    def _previewed(self, summaries: list[dict[str, Any]]) -> None:
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
        self.import_dialog = dialog = ImportDialog(self, summaries)
        dialog.apply_button.clicked.connect(self.apply_import)
        dialog.open()

    def apply_import(self) -> None:
        dialog = self.import_dialog
        if dialog is None or dialog.reported:
            return
        paths = dialog.applicable()
        if not paths:
            return
        dialog.apply_button.setEnabled(False)
        previews = list(dialog.summaries)

        def done(results: list[dict[str, Any]]) -> None:
            applied = iter(results)  # in the order of the files applied (a file may be listed twice)
            dialog.show_report([next(applied, s) if s.get("status") == "vista previa" else s for s in previews])
            imported = sum(r.get("status") == "importado" for r in results)
            self.say(self.tr("{n} of {total} bundles imported.").format(n=imported, total=len(previews)))
            self.refresh()
            if imported:
                self.ctx.records_changed.emit()
                self.ctx.territory_changed.emit(self.ctx.current_territory_id())

        self.run_task(dialog, self.tr("Importing the bundles"),
                        lambda progress: self._each([Path(p) for p in paths], progress, dry_run=False),
                        on_done=done, on_error=self._import_failed)

    def _import_failed(self, exc: BaseException) -> None:
        # import_bundle never raises for a bad file: this is a cancel between files or a bug
        if isinstance(exc, Cancelled):
            self.say(self.tr("Cancelled. Files already imported stay imported; the others changed nothing."))
        else:
            self.say(self.tr("The import stopped because of an unexpected error: {reason}").format(reason=exc))
        self.refresh()


"""Preview and report of importing bundle files: one row per file.

The preview is a full import rolled back (``import_bundle(dry_run=True)``): what it shows is what
"Apply" will do. The report is filled only from what the real import returned; a file counts as
imported only when its import returned "importado"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.ui.screen_base import heading

COUNTS = ("created", "updated", "deleted", "merged", "conflicts", "unchanged")
PREVIEW, IMPORTED = "vista previa", "importado"


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, summaries: list[dict[str, Any]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import bundles"))
        self.resize(1250, 480)
        self.summaries: list[dict[str, Any]] = []
        self.reported = False
        layout = QVBoxLayout(self)
        self.title = heading(self.tr("Preview of the import"), level=2)
        layout.addWidget(self.title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.count_labels = {"created": self.tr("New"), "updated": self.tr("Updated"),
                             "deleted": self.tr("To the bin"), "merged": self.tr("Merged"),
                             "conflicts": self.tr("Conflicts"), "unchanged": self.tr("Unchanged")}
        self.status_labels = {PREVIEW: self.tr("Ready to apply"), IMPORTED: self.tr("Imported"),
                              "ya importado": self.tr("Already imported"), "rechazado": self.tr("Rejected"),
                              "cancelado": self.tr("Cancelled")}
        self.table = QTableWidget(0, 4 + len(COUNTS))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("From"), self.tr("No."), self.tr("Result"),
                                              *(self.count_labels[k] for k in COUNTS)])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the end of a name says its number and date
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, self.table.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        row.addStretch(1)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        self.show_preview(summaries)

    # ---- what is shown ----------------------------------------------------------------------
    def show_preview(self, summaries: list[dict[str, Any]]) -> None:
        self.summaries, self.reported = list(summaries), False
        self.title.setText(self.tr("Preview of the import"))
        ready = len(self.applicable())
        if ready:
            self.intro.setText(self.tr("Nothing has changed yet. This is what importing would do; "
                                       "press Apply to import {n} of {total} files.")
                               .format(n=ready, total=len(self.summaries)))
        else:
            self.intro.setText(self.tr("Nothing has changed and there is nothing to apply."))
        self.apply_button.setVisible(True)
        self.apply_button.setEnabled(bool(ready))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fill()

    def show_report(self, summaries: list[dict[str, Any]]) -> None:
        self.summaries, self.reported = list(summaries), True
        self.title.setText(self.tr("Import report"))
        done = [s for s in self.summaries if s.get("status") == IMPORTED]
        text = self.tr("{n} of {total} files imported.").format(n=len(done), total=len(self.summaries))
        conflicts = sum(int((s.get("counts") or {}).get("conflicts") or 0) for s in done)
        if conflicts:
            text += " " + self.tr("{n} fields were changed on two computers: both values are kept and "
                                  "you can decide in the Conflicts tab.").format(n=conflicts)
        failed = [s for s in self.summaries if s.get("status") in ("rechazado", "cancelado")]
        if failed:
            text += " " + self.tr("Files not imported changed nothing.")
        self.intro.setText(text)
        self.apply_button.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))
        self._fill()

    def applicable(self) -> list[Path]:
        return [Path(s["file"]) for s in self.summaries if s.get("status") == PREVIEW]

    def status_text(self, row: int) -> str:
        return self.table.item(row, 3).text()

    def count(self, row: int, key: str) -> str:
        return self.table.item(row, 4 + COUNTS.index(key)).text()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.summaries))
        notes: list[str] = []
        for r, s in enumerate(self.summaries):
            status = str(s.get("status") or "")
            counts = s.get("counts") or {}
            shown = status not in ("rechazado", "cancelado") and counts
            seq = s.get("seq")
            cells = [Path(str(s.get("file"))).name, str(s.get("sender") or "—"),
                     str(seq) if isinstance(seq, int) else "—", self.status_labels.get(status, status),
                     *(str(counts.get(k, 0)) if shown else "—" for k in COUNTS)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setToolTip(str(s.get("file")))
                elif c == 3 and s.get("reason"):
                    item.setToolTip(str(s["reason"]))
                self.table.setItem(r, c, item)
            notes += self._notes(s)
        self.details.setText("\n".join(notes))
        self.details.setVisible(bool(notes))

    def _notes(self, s: dict[str, Any]) -> list[str]:
        name = Path(str(s.get("file"))).name
        out = []
        if s.get("reason"):
            out.append(f"{name}: {s['reason']}")
        missing = list(s.get("gaps") or ())
        if not self.reported:  # a preview checks each file alone: a bundle in this same batch is not missing
            batch = {r.get("seq") for r in self.summaries if r.get("sender") == s.get("sender")
                     and r.get("status") == PREVIEW}
            missing = [g for g in missing if g not in batch]
        if missing:
            out.append(self.tr("{name}: bundles still missing from this computer: {gaps}. They can arrive "
                               "later, in any order.").format(name=name, gaps=", ".join(map(str, missing))))
        if s.get("resources"):
            out.append(self.tr("{name}: from the office: {what}.").format(name=name, what=", ".join(s["resources"])))
            if "leyenda" in s["resources"] and self.reported:  # the Mapa screen built its legend at start
                out.append(self.tr("The new legend shows on the Map screen the next time the application starts."))
        for warning in s.get("clock_warnings") or ():
            out.append(f"{name}: {warning}")
        if s.get("missing_photos"):
            out.append(self.tr("{name}: {n} photos did not come in this bundle; they will come in a later one.")
                       .format(name=name, n=len(s["missing_photos"])))
        return out

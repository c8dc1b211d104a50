"""Fast entry: one item at a time, keyboard only (0–3, N, Enter/PageDown, PageUp), big targets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.errors import GestorError, ValidationError
from gestor_app.core.field.templates import NOT_OBSERVED, Item, Section, Template, check_value
from gestor_app.core.models.walk import PRIORITIES, REFERRAL_UNITS
from gestor_app.core.progress import Progress
from gestor_app.core.services.map_features import get_feature, list_features
from gestor_app.core.services.walk_photos import add_answer_photo_file, answer_photos
from gestor_app.core.services.walks import answers, get_walk, set_answer, walk_template
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import heading
from gestor_app.ui.screens.walks.photos import PhotoStrip
from gestor_app.ui.tasks import run_with_dialog

VALUE_KEYS = {Qt.Key.Key_0: "0", Qt.Key.Key_1: "1", Qt.Key.Key_2: "2", Qt.Key.Key_3: "3", Qt.Key.Key_N: NOT_OBSERVED}
YES_NO_KEYS = {Qt.Key.Key_S: "si", Qt.Key.Key_1: "si", Qt.Key.Key_0: "no", Qt.Key.Key_N: NOT_OBSERVED}
PRIORITY_KEYS = {Qt.Key.Key_A: "Alta", Qt.Key.Key_M: "Media", Qt.Key.Key_B: "Baja"}
NEXT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown)


class ItemEntry(QWidget):
    answered = Signal()  # an answer changed (scores and list are stale)
    finished = Signal()  # Enter on the last item

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.walk_id: str | None = None
        self.template: Template | None = None
        self.rows: list[tuple[Section, Item]] = []
        self.index = 0
        self.photo_gps: tuple[float, float] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("subheading")
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v answered"))
        top.addWidget(self.progress_label)
        top.addWidget(self.progress, 1)
        layout.addLayout(top)
        self.section_label = QLabel()
        self.section_label.setObjectName("muted")
        self.item_label = heading("", level=1)
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.help_label.setObjectName("muted")
        for w in (self.section_label, self.item_label, self.help_label):
            layout.addWidget(w)
        layout.addLayout(self._value_row())
        layout.addLayout(self._details())
        layout.addLayout(self._nav_row())
        layout.addStretch(1)

    # ---- layout -------------------------------------------------------------------------
    def _value_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.value_group = QButtonGroup(self)
        self.value_group.setExclusive(True)
        self.value_buttons: dict[str, QPushButton] = {}
        for value in ("0", "1", "2", "3", "si", "no", NOT_OBSERVED):
            b = QPushButton()
            b.setCheckable(True)
            b.setMinimumWidth(110)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setStyleSheet("QPushButton { font-size: 16pt; min-height: 64px; } QPushButton:checked { background: #2f6db5; color: white; }")
            b.clicked.connect(lambda _c=False, v=value: self.choose(v))
            self.value_group.addButton(b)
            self.value_buttons[value] = b
            row.addWidget(b)
        self.value_edit = QLineEdit()
        self.value_edit.setMinimumHeight(48)
        self.value_edit.textEdited.connect(self._value_typed)
        # Enter in a line edit is ignored by it and reaches keyPressEvent below: next item.
        row.addWidget(self.value_edit, 1)
        return row

    def _details(self) -> QFormLayout:
        form = QFormLayout()
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("What the group sees or says (no names)…"))
        self.comment.setMinimumHeight(40)
        self.comment.textEdited.connect(self._comment_typed)
        self.priority = QComboBox()
        self.priority.addItem(self.tr("— no priority —"), None)
        for p in PRIORITIES:
            self.priority.addItem(p, p)
        self.priority.activated.connect(lambda _i: self.set_priority(self.priority.currentData()))
        self.referral = QComboBox()
        self.referral.setEditable(True)
        self.referral.addItem("", None)
        for unit in REFERRAL_UNITS:
            self.referral.addItem(unit, unit)
        self.referral.lineEdit().setPlaceholderText(self.tr("Responsible unit"))
        self.referral.lineEdit().textEdited.connect(self._referral_typed)
        self.referral.activated.connect(lambda _i: self._referral_typed(self.referral.currentText(), flush=True))
        form.addRow(self.tr("Comment"), self.comment)
        form.addRow(self.tr("Priority (A/M/B)"), self.priority)
        form.addRow(self.tr("Refer to"), self.referral)
        form.addRow(self.tr("Point"), self._point_row())
        photos = QHBoxLayout()
        self.photos = PhotoStrip(self.ctx)
        self.add_photo_button = QPushButton(self.tr("Add photo…"))
        self.add_photo_button.setMinimumHeight(48)
        self.add_photo_button.clicked.connect(self.pick_photos)
        photos.addWidget(self.photos, 1)
        photos.addWidget(self.add_photo_button)
        form.addRow(self.tr("Photos"), photos)
        return form

    def _point_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.point_label = QLabel()
        self.use_gps_button = QPushButton()
        self.use_gps_button.clicked.connect(self.use_photo_gps)
        self.feature_combo = QComboBox()
        self.feature_combo.setMinimumWidth(220)
        self.feature_combo.activated.connect(self._feature_chosen)
        self.clear_point_button = QPushButton(self.tr("Clear point"))
        self.clear_point_button.clicked.connect(lambda: self.set_point(None))
        for w in (self.point_label, self.use_gps_button, self.feature_combo, self.clear_point_button):
            row.addWidget(w)
        row.addStretch(1)
        return row

    def _nav_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Previous (PgUp)"))
        self.next_button = QPushButton(self.tr("Next (Enter) ▶"))
        for b in (self.prev_button, self.next_button):
            b.setMinimumHeight(56)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(b)
        self.prev_button.clicked.connect(self.previous_item)
        self.next_button.clicked.connect(self.next_item)
        return row

    # ---- data ---------------------------------------------------------------------------
    def load(self, walk_id: str) -> None:
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            walk = get_walk(s, walk_id)
            self.template = walk_template(walk)
            features = [(f.id, f.display_title()) for f in list_features(s, territory_id=walk.territory_id)
                        if f.geometry.get("type") == "Point"]
        self.walk_id = walk_id
        self.rows = self.template.items()
        self.feature_combo.clear()
        self.feature_combo.addItem(self.tr("Map feature…"), None)
        for fid, title in features:
            self.feature_combo.addItem(title, fid)
        self.show_item(0)

    @property
    def item(self) -> Item:
        return self.rows[self.index][1]

    def show_item(self, index: int) -> None:
        self.index = max(0, min(index, len(self.rows) - 1))
        section, item = self.rows[self.index]
        with self.ctx.store.transaction() as s:
            given = answers(s, walk_id=self.walk_id or "")
            a = given.get(item.key)
            photos = answer_photos(s, answer_ids=[a.id]).get(a.id, []) if a else []
            state = (a.value, a.comment, a.priority, a.referral, a.point_lon, a.point_lat,
                     a.point_feature_id) if a else (None, "", None, None, None, None, None)
            done = sum(1 for x in given.values() if x.value is not None)
        self.progress_label.setText(self.tr("%1 of %2 items").replace("%1", str(self.index + 1))
                                    .replace("%2", str(len(self.rows))))
        self.progress.setRange(0, len(self.rows))
        self.progress.setValue(done)
        self.section_label.setText(f"{section.key}. {section.title}")
        self.item_label.setText(f"{item.key}. {item.text}")
        self.help_label.setText(item.help)
        self._show_value(item, state[0])
        self.comment.setText(state[1])
        self.priority.setCurrentIndex(max(0, self.priority.findData(state[2])) if state[2] else 0)
        self.referral.setEditText(state[3] or "")
        self._show_point(state[4], state[5], state[6])
        self.photos.show_photos(photos)
        gps = next(((p.gps_lon, p.gps_lat) for p in photos if p.gps_lon is not None and p.gps_lat is not None), None)
        self._offer_gps(gps)
        self.prev_button.setEnabled(self.index > 0)
        if item.type in ("number", "text"):
            self.value_edit.setFocus()
        else:
            self.setFocus()

    def _show_value(self, item: Item, value: str | None) -> None:
        visible = {"scale": ("0", "1", "2", "3", NOT_OBSERVED), "yes_no": ("si", "no", NOT_OBSERVED),
                   "number": (NOT_OBSERVED,), "text": ()}[item.type]
        labels = {"0": self.tr("0 Very bad"), "1": self.tr("1 Poor"), "2": self.tr("2 Acceptable"),
                  "3": self.tr("3 Good"), "si": self.tr("Yes (S)"), "no": self.tr("No (0)"),
                  NOT_OBSERVED: self.tr("N/O (N)")}
        self.value_group.setExclusive(False)
        for v, b in self.value_buttons.items():
            b.setVisible(v in visible)
            b.setText(labels[v])
            b.setChecked(v == value)
        self.value_group.setExclusive(True)
        self.value_edit.setVisible(item.type in ("number", "text"))
        self.value_edit.setText(value if value not in (None, NOT_OBSERVED) and item.type in ("number", "text") else "")
        self.value_edit.setStyleSheet("")
        self.value_edit.setPlaceholderText(self.tr("Number") if item.type == "number" else self.tr("Answer"))

    def _show_point(self, lon: float | None, lat: float | None, feature_id: str | None) -> None:
        if lon is not None and lat is not None:
            self.point_label.setText(f"{lat:.5f}, {lon:.5f}")
        else:
            self.point_label.setText(self.tr("no point"))
        self.feature_combo.setCurrentIndex(max(0, self.feature_combo.findData(feature_id)) if feature_id else 0)
        self.clear_point_button.setEnabled(lon is not None or feature_id is not None)

    def _offer_gps(self, gps: tuple[float, float] | None) -> None:
        self.photo_gps = gps
        self.use_gps_button.setVisible(gps is not None)
        if gps:
            self.use_gps_button.setText(self.tr("Use the photo's location (%1, %2)")
                                        .replace("%1", f"{gps[1]:.5f}").replace("%2", f"{gps[0]:.5f}"))

    # ---- saving -------------------------------------------------------------------------
    def _save(self, field: str, value: object, *, flush: bool = True) -> None:
        walk_id, key = self.walk_id, self.item.key
        if walk_id is None:
            return
        self.ctx.autosaver.schedule(f"walk.{walk_id}.{key}.{field}",
                                    lambda s: set_answer(s, walk_id=walk_id, item_key=key, **{field: value}))
        if flush:
            self.ctx.autosaver.flush()
            self.answered.emit()

    def choose(self, value: str) -> None:
        """Answer the current item (a button or its key)."""
        if value in self.value_buttons:
            self.value_buttons[value].setChecked(True)
        if self.item.type in ("number", "text"):
            self.value_edit.clear()
        self._save("value", value)
        self._update_progress()

    def _update_progress(self) -> None:
        with self.ctx.store.transaction() as s:
            done = sum(1 for x in answers(s, walk_id=self.walk_id or "").values() if x.value is not None)
        self.progress.setValue(done)

    def _value_typed(self, text: str) -> None:
        if self.item.type == "number" and text.strip().upper() in ("N", "N/O"):
            self.choose(NOT_OBSERVED)  # N means "not observed" here too
            return
        try:
            check_value(self.item, text)
        except ValidationError as exc:  # keep typing; nothing is saved until it is a number
            self.value_edit.setStyleSheet("QLineEdit { border: 2px solid #b71c1c; }")
            self.value_edit.setToolTip(str(exc))
            return
        self.value_edit.setStyleSheet("")
        self.value_edit.setToolTip("")
        self.value_group.setExclusive(False)
        self.value_buttons[NOT_OBSERVED].setChecked(False)
        self.value_group.setExclusive(True)
        self._save("value", text, flush=False)

    def _comment_typed(self, text: str) -> None:
        self._save("comment", text, flush=False)

    def _referral_typed(self, text: str, *, flush: bool = False) -> None:
        self._save("referral", text, flush=flush)

    def set_priority(self, priority: str | None) -> None:
        self.priority.setCurrentIndex(max(0, self.priority.findData(priority)) if priority else 0)
        self._save("priority", priority)

    def set_point(self, point: tuple[float, float] | None, *, feature_id: str | None = None) -> None:
        """Place the current item at ``(lon, lat)`` and/or on a map feature (the map picker calls this)."""
        walk_id, key = self.walk_id, self.item.key
        self.ctx.autosaver.flush()
        try:
            with self.ctx.store.transaction() as s:
                set_answer(s, walk_id=walk_id or "", item_key=key, point=point, point_feature_id=feature_id)
        except GestorError as exc:
            QMessageBox.warning(self, self.tr("Point"), str(exc))
            return
        self._show_point(point[0] if point else None, point[1] if point else None, feature_id)
        self.answered.emit()

    def use_photo_gps(self) -> None:
        if self.photo_gps:
            self.set_point(self.photo_gps)

    def _feature_chosen(self, _index: int) -> None:
        fid = self.feature_combo.currentData()
        if fid is None:
            return
        with self.ctx.store.transaction() as s:
            lon, lat = get_feature(s, fid).geometry["coordinates"][:2]
        self.set_point((lon, lat), feature_id=fid)

    def pick_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), str(Path.home()),
                                                self.tr("Images (*.jpg *.jpeg *.png *.heic *.heif)"))
        self.add_photo_files([Path(p) for p in paths])

    def add_photo_files(self, paths: list[Path]) -> None:
        """Read, hash and store the photos off the UI thread; each file is its own transaction."""
        self.ctx.autosaver.flush()
        store, walk_id, key = self.ctx.store, self.walk_id or "", self.item.key

        def work(progress: Progress) -> list[str]:
            errors = []
            for n, path in enumerate(paths):
                progress.update(n, len(paths), path.name)
                try:
                    with store.transaction() as s:
                        add_answer_photo_file(s, photos_dir=store.config.photos_dir, walk_id=walk_id,
                                              item_key=key, path=path)
                except GestorError as exc:
                    errors.append(str(exc))
            return errors

        run_with_dialog(self.ctx.runner, self, self.tr("Add photos"), work,
                        on_done=lambda errors: self._photos_added(key, errors),
                        on_error=lambda exc: self._photos_added(key, [str(exc)]))

    def _photos_added(self, key: str, errors: list[str]) -> None:
        if self.rows and self.item.key == key:
            self.show_item(self.index)
        self.ctx.records_changed.emit()
        if errors:
            QMessageBox.warning(self, self.tr("Photos"), "\n".join(errors))

    # ---- keyboard -----------------------------------------------------------------------
    def next_item(self) -> None:
        self.ctx.autosaver.flush()
        if self.index < len(self.rows) - 1:
            self.show_item(self.index + 1)
        else:
            self._update_progress()
            self.answered.emit()
            self.finished.emit()

    def previous_item(self) -> None:
        self.ctx.autosaver.flush()
        self.show_item(self.index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = Qt.Key(event.key())
        kind = self.item.type if self.rows else None
        keys = VALUE_KEYS if kind == "scale" else YES_NO_KEYS if kind == "yes_no" else {Qt.Key.Key_N: NOT_OBSERVED}
        if key in NEXT_KEYS:
            self.next_item()
        elif key == Qt.Key.Key_PageUp:
            self.previous_item()
        elif kind and key in keys and kind != "text":
            self.choose(keys[key])
        elif kind and key in PRIORITY_KEYS:
            self.set_priority(PRIORITY_KEYS[key])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

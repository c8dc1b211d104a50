"""Tab "Record": metadata, consent, notes and agreements of a focus group, autosaved."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.models.focus_groups import CONSENT_KINDS, FocusGroup
from gestor_app.core.services.focus_groups import update_focus_group
from gestor_app.ui.context import UiContext


class GeneralTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.fg_id: str | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd-MM-yyyy")
        self.place = QLineEdit()
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSuffix(" min")
        self.duration.setSpecialValueText(self.tr("no data"))
        self.convocation = QLineEdit()
        self.convocation.setPlaceholderText(self.tr("How people were invited (door to door, JJVV, social media…)"))
        self.facilitator = QLineEdit()
        self.reporter = QLineEdit()
        for label, w in ((self.tr("Title"), self.title), (self.tr("Date"), self.held_on), (self.tr("Place"), self.place),
                         (self.tr("Duration"), self.duration), (self.tr("Convened by"), self.convocation),
                         (self.tr("Facilitator"), self.facilitator), (self.tr("Note taker"), self.reporter)):
            form.addRow(label, w)
        layout.addLayout(form)
        consent = QGroupBox(self.tr("Consent"))
        cform = QFormLayout(consent)
        self.consent_kind = QComboBox()
        self.consent_kind.addItem(self.tr("Verbal"), "verbal")
        self.consent_kind.addItem(self.tr("Written"), "escrito")
        self.recording = QCheckBox(self.tr("Recording allowed"))
        self.unattributed = QCheckBox(self.tr("Participants were told quotes are not attributed to anyone"))
        cform.addRow(self.tr("Consent given"), self.consent_kind)
        cform.addRow(self.recording)
        cform.addRow(self.unattributed)
        layout.addWidget(consent)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("General notes of the session"))
        self.agreements = QPlainTextEdit()
        self.agreements.setPlaceholderText(self.tr("Agreements and next steps, one per line"))
        form2 = QFormLayout()
        form2.addRow(self.tr("Notes"), self.notes)
        form2.addRow(self.tr("Agreements and next steps"), self.agreements)
        layout.addLayout(form2)
        self._bind()
        assert set(CONSENT_KINDS) == {"verbal", "escrito"}

    def _save(self, **changes: object) -> None:
        fg_id = self.fg_id
        if fg_id:
            self.ctx.autosaver.schedule(f"fg.{fg_id}.{','.join(changes)}",
                                        lambda s: update_focus_group(s, fg_id, **changes))

    def _bind(self) -> None:
        for w, key in ((self.title, "title"), (self.place, "place"), (self.convocation, "convocation"),
                       (self.facilitator, "facilitator"), (self.reporter, "reporter")):
            w.textEdited.connect(lambda text, key=key: self._save(**{key: text}))
            w.editingFinished.connect(self.ctx.autosaver.flush)
        for w, key in ((self.notes, "notes"), (self.agreements, "agreements")):
            w.textChanged.connect(lambda w=w, key=key: self._save(**{key: w.toPlainText()}))
        self.held_on.dateChanged.connect(lambda d: self._save(held_on=d.toPython()))
        self.duration.valueChanged.connect(lambda v: self._save(duration_min=v or None))
        self.consent_kind.currentIndexChanged.connect(lambda _i: self._save(consent_kind=self.consent_kind.currentData()))
        self.recording.toggled.connect(lambda v: self._save(recording_allowed=v))
        self.unattributed.toggled.connect(lambda v: self._save(quotes_unattributed=v))

    def load(self, fg: FocusGroup | None) -> None:
        widgets = (self.title, self.held_on, self.place, self.duration, self.convocation, self.facilitator,
                   self.reporter, self.consent_kind, self.recording, self.unattributed, self.notes, self.agreements)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.fg_id = fg.id if fg else None
        self.title.setText(fg.title if fg else "")
        self.held_on.setDate(QDate(fg.held_on) if fg and fg.held_on else QDate.currentDate())
        self.place.setText(fg.place if fg else "")
        self.duration.setValue(fg.duration_min or 0 if fg else 0)
        self.convocation.setText(fg.convocation if fg else "")
        self.facilitator.setText(fg.facilitator if fg else "")
        self.reporter.setText(fg.reporter if fg else "")
        self.consent_kind.setCurrentIndex(max(0, self.consent_kind.findData(fg.consent_kind if fg else "verbal")))
        self.recording.setChecked(bool(fg and fg.recording_allowed))
        self.unattributed.setChecked(bool(fg is None or fg.quotes_unattributed))
        self.notes.setPlainText(fg.notes if fg else "")
        self.agreements.setPlainText(fg.agreements if fg else "")
        del blockers

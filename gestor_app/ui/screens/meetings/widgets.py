"""Small editors shared by the meeting tabs: a date that may be empty, a line saved as typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

NO_DATE = QDate(2000, 1, 1)


def optional_date_edit(empty_text: str) -> QDateEdit:
    """A date editor whose lowest value means «no date» and shows ``empty_text``."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(empty_text)
    edit.setDate(NO_DATE)
    return edit


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value) if value else NO_DATE)


def optional_date(edit: QDateEdit) -> date | None:
    d = edit.date()
    return None if d == NO_DATE else d.toPython()

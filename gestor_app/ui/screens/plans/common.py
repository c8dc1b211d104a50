"""Small widgets shared by the plan screens: an optional date edit and a checkable list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QListWidget, QListWidgetItem

NO_DATE = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date edit whose lowest value reads «—» and means *no date*; ``changed`` carries a
    ``date`` or ``None``."""

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDate(NO_DATE)
        self.dateChanged.connect(lambda _d: self.changed.emit(self.value()))

    def value(self) -> date | None:
        d = self.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        with QSignalBlocker(self):
            self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


class CheckList(QListWidget):
    """Items (id, text) with check boxes; ``toggled`` carries the checked ids in order."""

    toggled = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.itemChanged.connect(lambda _i: self.toggled.emit(self.checked()))

    def set_items(self, items: list[tuple[str, str]], checked: list[str]) -> None:
        """Checked items first (what is linked is seen without scrolling), each group in its order."""
        items = [i for i in items if i[0] in checked] + [i for i in items if i[0] not in checked]
        with QSignalBlocker(self):
            self.clear()
            for rid, text in items:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if rid in checked else Qt.CheckState.Unchecked)
                self.addItem(item)

    def checked(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, rid: str, on: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == rid:
                self.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def fmt_date(d: date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else "—"


def fmt_number(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:g}".replace(".", ",")

"""Side panels of the map screen: the legend with toggles per family/category, and the feature editor."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.maps.legend import Legend
from gestor_app.core.models.map import FEATURE_SOURCES


def swatch(color: str, size: int = 14) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor(color))
    return QIcon(pm)


class LegendPanel(QTreeWidget):
    """Families → categories, each with a check box; ``toggled`` gives the visible category keys."""

    toggled = Signal(list)

    def __init__(self, legend: Legend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setObjectName("mapLegend")
        self.setIndentation(14)
        self._items: dict[str, QTreeWidgetItem] = {}
        for _key, label, cats in legend.families():
            fam = QTreeWidgetItem(self, [label])
            fam.setFlags(fam.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
            fam.setCheckState(0, Qt.CheckState.Checked)
            font = fam.font(0)
            font.setBold(True)
            fam.setFont(0, font)
            for c in cats:
                item = QTreeWidgetItem(fam, [c.label])
                item.setIcon(0, swatch(c.color))
                item.setData(0, Qt.ItemDataRole.UserRole, c.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
                item.setToolTip(0, c.label)
                self._items[c.key] = item
        self.expandAll()
        self.itemChanged.connect(lambda *_: self.toggled.emit(self.visible_categories()))

    def visible_categories(self) -> list[str]:
        return [k for k, it in self._items.items() if it.checkState(0) == Qt.CheckState.Checked]

    def set_category_visible(self, key: str, visible: bool) -> None:
        self._items[key].setCheckState(0, Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)


class FeaturePanel(QWidget):
    """Title, description, category, date, source, sensitivity and delete of the selected feature."""

    delete_requested = Signal()

    def __init__(self, legend: Legend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(280)
        self.setMaximumWidth(380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.heading = QLabel(self.tr("Selected element"))
        self.heading.setObjectName("subheading")
        layout.addWidget(self.heading)
        self.empty = QLabel(self.tr("Click an element of the map to edit it, or choose a tool to draw."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What neighbours call this place"))
        self.category = QComboBox()
        for c in legend.categories:
            self.category.addItem(swatch(c.color), f"{c.family_label} · {c.label}", c.key)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What was said about it in the workshop…"))
        self.description.setFixedHeight(90)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setSpecialValueText(self.tr("no date"))
        self.date.setMinimumDate(QDate(1990, 1, 1))
        self.source = QComboBox()
        for key, label in FEATURE_SOURCES.items():
            self.source.addItem(label, key)
        self.sensitive = QCheckBox(self.tr("Sensitive"))
        sensitive_help = QLabel(self.tr("Sensitive elements never appear in documents for the community."))
        sensitive_help.setWordWrap(True)
        sensitive_help.setObjectName("hint")
        self.delete = QPushButton(self.tr("Send to the bin"))
        self.delete.clicked.connect(self.delete_requested)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.sensitive)
        form.addRow(sensitive_help)
        form.addRow(self.delete)
        layout.addWidget(self.form_box)
        layout.addStretch(1)
        self.show_feature(None)

    def show_feature(self, f) -> None:  # MapFeature | None
        self.empty.setVisible(f is None)
        self.form_box.setVisible(f is not None)
        if f is None:
            return
        for w in (self.title, self.description, self.category, self.date, self.source, self.sensitive):
            w.blockSignals(True)
        self.title.setText(f.title)
        self.description.setPlainText(f.description)
        self.category.setCurrentIndex(max(0, self.category.findData(f.category)))
        self.date.setDate(QDate(f.observed_on) if f.observed_on else self.date.minimumDate())
        self.source.setCurrentIndex(max(0, self.source.findData(f.source)))
        self.sensitive.setChecked(bool(f.sensitive))
        for w in (self.title, self.description, self.category, self.date, self.source, self.sensitive):
            w.blockSignals(False)

    def date_value(self):
        d = self.date.date()
        return None if d == self.date.minimumDate() else d.toPython()

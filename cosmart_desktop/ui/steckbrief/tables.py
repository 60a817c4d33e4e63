"""Shared pieces of the list views: sortable table items and filter combos."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11


class SortItem(QTableWidgetItem):
    """A read-only cell that sorts by a key (numbers as numbers, None last)."""

    def __init__(self, text: str, key: object = None, tooltip: str = "") -> None:
        super().__init__(text)
        self.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        self.setData(SORT_ROLE, key if key is not None else text.casefold())
        if tooltip:
            self.setToolTip(tooltip)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, int | float) and isinstance(theirs, int | float):
            return mine < theirs
        if isinstance(mine, int | float):
            return True
        if isinstance(theirs, int | float):
            return False
        return str(mine) < str(theirs)


def make_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setStyleSheet("QTableWidget:focus{border:2px solid #1a73e8;}")
    return table


def filter_combo(parent: QWidget, name: str, all_label: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(all_label, None)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def refill(combo: QComboBox, items: Sequence[tuple[str, object]], all_label: str) -> None:
    """Replace a filter combo's choices, keeping the current one if it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, None)
    for label, value in items:
        combo.addItem(label, value)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def selected_id(table: QTableWidget) -> str | None:
    row = table.currentRow()
    if row < 0:
        return None
    item = table.item(row, 0)
    value = item.data(ID_ROLE) if item is not None else None
    return str(value) if value else None


def select_id(table: QTableWidget, row_id: str) -> bool:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(ID_ROLE) == row_id:
            table.setCurrentCell(row, table.currentColumn() if table.currentColumn() >= 0 else 0)
            return True
    return False

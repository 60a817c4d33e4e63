"""Choosing what a new Steckbrief comes from: a voted item, a cluster or a card
of the session (type to filter, arrows to choose, Enter to take it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.measures import OriginChoice
from ..i18n import tr
from .tables import ID_ROLE, SortItem, make_table

KIND_LABELS = {"option": "Abstimmung", "cluster": "Cluster", "card": "Karte"}


class OriginDialog(QDialog):
    def __init__(self, choices: list[OriginChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Steckbrief aus Karte, Cluster oder Abstimmung"))
        self.resize(820, 520)
        self.choices = choices
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Tippen zum Filtern …"))
        self.search.setAccessibleName(tr("Herkunft filtern"))
        self.search.textChanged.connect(self._fill)
        self.table = make_table(
            self, [tr("Art"), tr("Text"), tr("Stimmen"), tr("Wo")], tr("Herkunft")
        )
        self.table.itemActivated.connect(lambda _i: self.accept())
        self.search.returnPressed.connect(self.accept)
        self.search.installEventFilter(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not choices:
            layout.addWidget(
                QLabel(tr("Diese Sitzung hat noch keine Karten, Cluster oder Abstimmungen."), self)
            )
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._fill("")

    def _fill(self, text: str) -> None:
        needle = text.casefold().strip()
        shown = [c for c in self.choices if not needle or needle in c.label.casefold()]
        self.table.setRowCount(len(shown))
        for r, c in enumerate(shown):
            kind = SortItem(tr(KIND_LABELS[c.kind]))
            kind.setData(ID_ROLE, f"{c.kind}:{c.id}")
            self.table.setItem(r, 0, kind)
            self.table.setItem(
                r, 1, SortItem(" ".join(c.label.split())[:200], tooltip=c.label[:1000])
            )
            count = SortItem(str(c.support), c.support)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 2, count)
            self.table.setItem(r, 3, SortItem(c.where, tooltip=c.where))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(max(self.table.columnWidth(1), 300), 520))
        if shown:
            self.table.setCurrentCell(0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and down in the search field move through the list."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            row = self.table.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.table.rowCount():
                self.table.setCurrentCell(row, 0)
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> tuple[str, str] | None:
        """(kind, id) of the chosen row."""
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return None
        kind, _, row_id = str(item.data(ID_ROLE)).partition(":")
        return kind, row_id

"""Tally entry: the facilitator types the counted paper dots per item — a
number, Enter, and the next item is ready. Every entry becomes vote rows (one
per dot) through an undoable command."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIntValidator, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import VoteEntry
from ...domain.errors import CosmartError
from ...domain.voting import Column
from ..commands import run_undoable
from ..i18n import error_text, tr
from .model import VotingModel

MAX_COUNT = 100_000


class _CountDelegate(QStyledItemDelegate):
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, MAX_COUNT, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccessibleName(tr("Anzahl"))
        return editor


class TallyTable(QTableWidget):
    """A grid of counts; Enter commits a cell and opens the one below."""

    committed = Signal(int, int, int)  # row, column, new count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_CountDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setStyleSheet(
            "QTableWidget{font-size:13pt;} QTableWidget::item:focus{border:2px solid #1565c0;}"
        )
        self.editable_columns = 0
        self.shown: dict[tuple[int, int], int] = {}  # what the cells show
        self._loading = False
        self.itemChanged.connect(self._item_changed)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            row, col = self.currentRow(), self.currentColumn()
            if row + 1 < self.rowCount():
                # the next item, same column, ready for the next number
                self.setCurrentCell(row + 1, col)
                QTimer.singleShot(0, lambda: self._edit_at(row + 1, col))

    def _edit_at(self, row: int, col: int) -> None:
        item = self.item(row, col)
        if item is not None and self.currentRow() == row:
            self.editItem(item)

    def fill(self, rows: int, columns: int) -> None:
        """Empty cells; the last column (the sum) is read-only."""
        self.shown.clear()
        self._loading = True
        try:
            for row in range(rows):
                for col in range(columns):
                    item = QTableWidgetItem()
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    if col == columns - 1:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.setItem(row, col, item)
        finally:
            self._loading = False

    def set_count(self, row: int, col: int, count: int) -> None:
        """Show a count; only cells whose number changes are touched (a grid of
        300 items stays fast when one number is typed)."""
        if self.shown.get((row, col), 0) == count:
            return
        item = self.item(row, col)
        if item is None:
            return
        self.shown[(row, col)] = count
        text = str(count) if count else ""
        self._loading = True
        try:
            item.setText(text)
        finally:
            self._loading = False

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() >= self.editable_columns:
            return
        self.shown[(item.row(), item.column())] = -1  # typed over: redraw from the model
        text = item.text().strip()
        self.committed.emit(item.row(), item.column(), int(text) if text.isdigit() else 0)


class TallyEntry(QWidget):
    """Counts per option and column (dot criterion, or yes/no/abstain, …)."""

    errorOccurred = Signal(str)

    def __init__(
        self,
        model: VotingModel,
        stack: Callable[[], QUndoStack | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._stack = stack
        self.round_id: str | None = None
        self.options: list[tuple[str, str]] = []  # (id, label)
        self.columns: list[Column] = []
        self.hint = QLabel(
            tr("Gezählte Papierpunkte eintippen: Zahl, Eingabetaste, nächstes Element."), self
        )
        self.hint.setWordWrap(True)
        self.table = TallyTable(self)
        self.table.setAccessibleName(tr("Auszählung eintragen"))
        self.total = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        self.table.committed.connect(self._commit)
        model.votesChanged.connect(self._maybe_reload)
        model.roundChanged.connect(self._round_changed)

    def set_round(self, round_id: str | None) -> None:
        self.round_id = round_id
        self.rebuild()

    def _round_changed(self, round_id: str) -> None:
        if round_id == self.round_id:
            self.rebuild()

    def _maybe_reload(self, round_id: str) -> None:
        if round_id == self.round_id:
            self.reload()

    def rebuild(self) -> None:
        self.table.clear()
        if self.round_id is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.total.clear()
            return
        info = self.model.round_info(self.round_id)
        options = self.model.options(self.round_id)
        self.options = [(o.id, o.label) for o in options]
        self.columns = list(info.rules([o.id for o in options]).columns())
        self.table.editable_columns = len(self.columns)
        self.table.setColumnCount(len(self.columns) + 1)
        self.table.setRowCount(len(self.options))
        headers = [tr(c.label) for c in self.columns] + [tr("Summe")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels([label for _o, label in self.options])
        for col, c in enumerate(self.columns):
            head = self.table.horizontalHeaderItem(col)
            if head is not None:
                head.setForeground(QColor(c.color))
        self.table.fill(len(self.options), len(self.columns) + 1)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(84)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.hint.setText(
            tr(
                "Kiosk-Abstimmung: Stimmzettel am Laptop („Kiosk starten“). Papierstimmen "
                "lassen sich hier zusätzlich eintragen: Zahl, Eingabetaste, nächstes Element."
            )
            if info.entry_mode is VoteEntry.KIOSK
            else tr("Gezählte Papierpunkte eintippen: Zahl, Eingabetaste, nächstes Element.")
        )
        self.table.verticalHeader().setMaximumWidth(520)
        self.table.setEnabled(not info.closed)
        self.reload()
        self.table.resizeColumnsToContents()

    def reload(self) -> None:
        if self.round_id is None:
            return
        counts = self.model.tally_counts(self.round_id)
        grand = 0
        for row, (option, _label) in enumerate(self.options):
            total = 0
            for col, c in enumerate(self.columns):
                n = counts.get((option, c.criterion, c.value), 0)
                total += n
                self.table.set_count(row, col, n)
            self.table.set_count(row, len(self.columns), total)
            grand += total
        self.total.setText(tr("{0} Stimmen von Papier erfasst").format(grand))

    def focus_first(self) -> None:
        if self.table.rowCount():
            self.table.setCurrentCell(0, 0)
            self.table.setFocus()

    def _commit(self, row: int, col: int, count: int) -> None:
        if self.round_id is None or row >= len(self.options) or col >= len(self.columns):
            return
        round_id, (option, label), column = self.round_id, self.options[row], self.columns[col]
        before = self.model.tally_counts(round_id).get((option, column.criterion, column.value), 0)
        if before == count:
            self.reload()
            return
        model = self.model
        what = label if len(label) <= 40 else label[:39] + "…"
        try:
            run_undoable(
                self._stack(),
                tr("Auszählung „{0}“: {1} → {2}").format(what, before, count),
                lambda: model.set_tally(round_id, option, column.criterion, column.value, count),
                lambda: model.set_tally(round_id, option, column.criterion, column.value, before),
            )
        except CosmartError as exc:
            self.errorOccurred.emit(error_text(exc))
            self.reload()

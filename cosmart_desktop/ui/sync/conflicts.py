"""The conflict view: every concurrent edit that lost in a sync, with both
values, who and where, and when; the losing value is restored in one undoable
step (an ordinary edit that syncs like any other)."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CosmartError
from ...services.sync import ConflictInfo, ConflictService
from ...services.sync.conflicts import Side
from ..context import AppContext
from ..i18n import error_text, tr

TABLE_NAMES = {
    "event": "Veranstaltung", "session": "Sitzung", "phase": "Phase", "card": "Karte",
    "cluster": "Cluster", "attachment": "Foto", "vote_round": "Abstimmung",
    "vote_option": "Abstimmungsoption", "vote": "Stimme", "ballot": "Stimmzettel",
    "recommendation": "Empfehlung", "steckbrief": "Steckbrief", "rating": "Bewertung",
    "criterion": "Kriterium", "criteria_catalogue": "Kriterienkatalog",
    "participant": "Teilnehmende", "contact_consent": "Kontakt",
}  # fmt: skip
FIELD_NAMES = {
    "title": "Titel", "text": "Text", "label": "Beschriftung", "x": "Position x",
    "y": "Position y", "deleted": "gelöscht", "cluster_id": "Cluster", "color": "Farbe",
    "notes": "Notizen", "date": "Datum", "district": "Stadtteil", "place": "Ort",
    "merged_into_id": "zusammengelegt mit", "email": "E-Mail", "name": "Name",
    "phone": "Telefon", "summary": "Kurzbeschreibung", "score": "Punkte",
}  # fmt: skip
COLUMNS = (
    "Was",
    "Verlorener Wert",
    "Aktueller Wert",
    "Verloren: wer/wo",
    "Verloren: wann",
    "Gewonnen: wer/wo, wann",
)


def show_value(value: Any) -> str:
    if value is None or value == "":
        return tr("(leer)")
    if value is True:
        return tr("ja")
    if value is False:
        return tr("nein")
    if isinstance(value, dict) and "$blob" in value:
        return tr("Bild {0}").format(str(value["$blob"])[:8])
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _who(side: Side, own_site: str) -> str:
    if side.site_id == own_site:
        return tr("dieser Laptop")
    return side.site_label or side.site_id[:8]


class RestoreCommand(QUndoCommand):
    """Make a losing value current again; undo sets the value before back.

    Built after the first restore succeeded (so a refusal never reaches the
    stack); its first ``redo`` (from ``QUndoStack.push``) does nothing."""

    def __init__(
        self, service: ConflictService, conflict: ConflictInfo, previous: str, after: Any
    ) -> None:
        super().__init__(
            tr("Konfliktwert „{0}“ wiederherstellen").format(show_value(conflict.loser.value)[:40])
        )
        self.service = service
        self.c = conflict
        self.previous = previous
        self.after = after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
        else:
            self.service.set_value(self.c.table, self.c.row_id, self.c.field, self.c.loser_json)
        self.after()

    def undo(self) -> None:
        self.service.set_value(self.c.table, self.c.row_id, self.c.field, self.previous)
        self.after()


class ConflictDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ConflictService(ctx.workspace)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(tr("Sync-Konflikte"))
        self.resize(980, 480)
        self.stack = QUndoStack(self)
        ctx.undo_group.addStack(self.stack)
        self._previous_stack = ctx.undo_group.activeStack()
        self.stack.setActive(True)
        self.conflicts: list[ConflictInfo] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Diese Änderungen wurden gleichzeitig an verschiedenen Laptops gemacht. "
                "Gewonnen hat die jüngste; die andere steht hier und kann wiederhergestellt werden."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(tr("Konflikte"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col < 3
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(tr("Keine offenen Konflikte."))
        layout.addWidget(self.empty)
        self.details = QLabel("")
        self.details.setObjectName("conflictDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(tr("Einzelheiten des gewählten Konflikts"))
        layout.addWidget(self.details)
        row = QHBoxLayout()
        self.show_resolved = QCheckBox(tr("&Erledigte anzeigen"))
        self.show_resolved.toggled.connect(lambda _c: self.reload())
        row.addWidget(self.show_resolved)
        row.addStretch(1)
        self.undo_button = QPushButton(tr("&Rückgängig"))
        self.redo_button = QPushButton(tr("&Wiederholen"))
        self.restore_button = QPushButton(tr("Verlorenen Wert &wiederherstellen"))
        self.restore_button.setShortcut(QKeySequence("Ctrl+R"))
        close = QPushButton(tr("Schließen"))
        self.undo_button.clicked.connect(self.stack.undo)
        self.redo_button.clicked.connect(self.stack.redo)
        self.restore_button.clicked.connect(self.restore_selected)
        close.clicked.connect(self.accept)
        self.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        for button in (self.undo_button, self.redo_button, self.restore_button, close):
            row.addWidget(button)
        layout.addLayout(row)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.stack.undo),
                           (QKeySequence.StandardKey.Redo, self.stack.redo)):  # fmt: skip
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)

    def reload(self) -> None:
        selected = self.selected()
        with contextlib.suppress(CosmartError):
            self.service.refresh()
        self.conflicts = self.service.list_conflicts(
            include_resolved=self.show_resolved.isChecked()
        )
        own = self.ctx.workspace.site_id
        self.table.setRowCount(len(self.conflicts))
        for r, c in enumerate(self.conflicts):
            table, field = (
                tr(TABLE_NAMES.get(c.table, c.table)),
                tr(FIELD_NAMES.get(c.field, c.field)),
            )
            what = f"{table} „{c.row_label[:40]}“: {field}"
            winner = f"{_who(c.winner, own)}, {c.winner.stamp.astimezone():%d.%m.%Y %H:%M:%S}"
            cells = (
                what,
                show_value(c.loser.value),
                show_value(c.current),
                _who(c.loser, own),
                f"{c.loser.stamp.astimezone():%d.%m.%Y %H:%M:%S}",
                winner,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c.resolved_at is not None:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(r, col, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.conflicts)
        if selected is not None:
            for r, c in enumerate(self.conflicts):
                if c.id == selected.id:
                    self.table.selectRow(r)
        elif self.conflicts:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> ConflictInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    def _selection_changed(self) -> None:
        c = self.selected()
        self.restore_button.setEnabled(c is not None and not c.restored)
        if c is None:
            self.details.setText("")
            return
        self.details.setText(
            tr("Verloren: {0}\nAktuell: {1}").format(
                show_value(c.loser.value), show_value(c.current)
            )
        )

    def restore_selected(self) -> None:
        c = self.selected()
        if c is None or c.restored:
            return
        try:
            restored = self.service.set_value(c.table, c.row_id, c.field, c.loser_json)
        except CosmartError as exc:
            QMessageBox.warning(self, tr("Nicht möglich"), error_text(exc))
            return
        self.stack.push(RestoreCommand(self.service, c, restored.previous, self._after_edit))

    def _after_edit(self) -> None:
        self.reload()
        self.changed.emit()

    def done(self, result: int) -> None:
        self.ctx.undo_group.removeStack(self.stack)
        if self._previous_stack is not None:
            self.ctx.undo_group.setActiveStack(self._previous_stack)
        super().done(result)

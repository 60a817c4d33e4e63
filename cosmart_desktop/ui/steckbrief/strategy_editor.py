"""Editing the strategy frame: Leitthemen → strategische Ziele → Handlungsfelder
→ Kennzahlen in one tree. Add, rename in place (F2), move (Strg+↑/↓) and delete
(Entf, refused while a Steckbrief uses the node) — all undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CosmartError
from ...services.strategy import KIND_LABELS, KINDS
from ..commands import push_done
from ..i18n import error_text, tr
from .model import SteckbriefModel

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StrategyEditor(QDialog):
    def __init__(
        self, model: SteckbriefModel, stack: QUndoStack | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Strategierahmen bearbeiten"))
        self.resize(760, 620)
        self.model = model
        self.stack = stack
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Name"), tr("Art"), tr("Einheit")])
        self.tree.setAccessibleName(tr("Strategierahmen"))
        self.tree.setColumnWidth(0, 400)
        self.tree.setColumnWidth(1, 150)
        self.tree.itemChanged.connect(self._renamed)
        self.tree.currentItemChanged.connect(lambda *_: self._buttons())
        self.btn_theme = QPushButton(tr("Neues &Leitthema"), self)
        self.btn_child = QPushButton(tr("&Darunter anlegen"), self)
        self.btn_rename = QPushButton(tr("&Umbenennen"), self)
        self.btn_up = QPushButton(tr("Nach &oben"), self)
        self.btn_down = QPushButton(tr("Nach u&nten"), self)
        self.btn_delete = QPushButton(tr("&Löschen"), self)
        self.btn_theme.clicked.connect(lambda: self.add(None))
        self.btn_child.clicked.connect(self.add_child)
        self.btn_rename.clicked.connect(self.rename_current)
        self.btn_up.clicked.connect(lambda: self.move_current(-1))
        self.btn_down.clicked.connect(lambda: self.move_current(1))
        self.btn_delete.clicked.connect(self.delete_current)
        for text, keys, slot in (
            (tr("Löschen"), QKeySequence.StandardKey.Delete, self.delete_current),
            (tr("Nach oben"), QKeySequence("Ctrl+Up"), lambda: self.move_current(-1)),
            (tr("Nach unten"), QKeySequence("Ctrl+Down"), lambda: self.move_current(1)),
            (tr("Darunter anlegen"), QKeySequence("Ctrl+Return"), self.add_child),
        ):
            act = QAction(text, self.tree)
            act.setShortcut(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(slot)
            self.tree.addAction(act)
        if stack is not None:
            undo = stack.createUndoAction(self, tr("Rückgängig"))
            undo.setShortcut(QKeySequence.StandardKey.Undo)
            redo = stack.createRedoAction(self, tr("Wiederholen"))
            redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
            self.addActions([undo, redo])
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QVBoxLayout()
        for b in (
            self.btn_theme,
            self.btn_child,
            self.btn_rename,
            self.btn_up,
            self.btn_down,
            self.btn_delete,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.tree, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        model.strategyChanged.connect(self.reload)
        self.reload()

    # -- view ----------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current()
        expanded = self._expanded()
        self.tree.blockSignals(True)
        self.tree.clear()
        for lt in self.model.frame():
            top = self._item(None, "leitthema", lt.id, lt.name)
            for goal in lt.goals:
                g = self._item(top, "goal", goal.id, goal.name)
                for field in goal.fields:
                    f = self._item(g, "handlungsfeld", field.id, field.name)
                    for k in field.kennzahlen:
                        self._item(f, "kennzahl", k.id, k.name, k.unit)
        self.tree.blockSignals(False)
        self._restore(expanded)
        if current:
            self.select(*current)
        self._buttons()

    def _item(
        self, parent: QTreeWidgetItem | None, kind: str, row_id: str, name: str, unit: str = ""
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name, tr(KIND_LABELS[kind]), unit])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, row_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if parent is None:
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        else:
            parent.addChild(item)
        return item

    def _all(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            out.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    def _expanded(self) -> set[str]:
        return {str(i.data(0, ID_ROLE)) for i in self._all() if i.isExpanded()}

    def _restore(self, expanded: set[str]) -> None:
        for item in self._all():
            if item.data(0, ID_ROLE) in expanded:
                item.setExpanded(True)

    def current(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return str(item.data(0, KIND_ROLE)), str(item.data(0, ID_ROLE))

    def select(self, kind: str, row_id: str) -> bool:
        for item in self._all():
            if item.data(0, ID_ROLE) == row_id and item.data(0, KIND_ROLE) == kind:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _buttons(self) -> None:
        current = self.current()
        self.btn_child.setEnabled(current is not None and current[0] != "kennzahl")
        for b in (self.btn_rename, self.btn_up, self.btn_down, self.btn_delete):
            b.setEnabled(current is not None)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # -- editing -------------------------------------------------------------------
    def add(self, parent: tuple[str, str] | None) -> None:
        kind = "leitthema" if parent is None else KINDS[KINDS.index(parent[0]) + 1]
        name = (
            tr("Neues {0}").format(tr(KIND_LABELS[kind]))
            if kind != "kennzahl"
            else tr("Neue Kennzahl")
        )
        try:
            new_id = self.model.strategy_add(kind, parent[1] if parent else None, name)
        except CosmartError as exc:
            self.show_error(error_text(exc))
            return
        push_done(
            self.stack,
            tr("{0} anlegen").format(tr(KIND_LABELS[kind])),
            lambda: self.model.strategy_update(kind, new_id, deleted=False),
            lambda: self.model.strategy_update(kind, new_id, deleted=True),
        )
        self.show_error("")
        if self.select(kind, new_id):
            item = self.tree.currentItem()
            if item is not None:
                self.tree.editItem(item, 0)

    def add_child(self) -> None:
        current = self.current()
        if current is not None and current[0] != "kennzahl":
            self.add(current)

    def rename_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.tree.editItem(item, 0)

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        kind, row_id = str(item.data(0, KIND_ROLE)), str(item.data(0, ID_ROLE))
        name = item.text(0)
        try:
            old = self.model.strategy_update(kind, row_id, name=name)
        except CosmartError as exc:
            self.show_error(error_text(exc))
            self.reload()
            return
        self.show_error("")
        if old.get("name") == name.strip():
            return
        push_done(
            self.stack,
            tr("„{0}“ umbenennen").format(old.get("name", "")),
            lambda: self.model.strategy_update(kind, row_id, name=name),
            lambda: self.model.strategy_update(kind, row_id, **old),
        )

    def move_current(self, delta: int) -> None:
        current = self.current()
        if current is None:
            return
        kind, row_id = current
        try:
            before = self.model.strategy_move(kind, row_id, delta)
        except CosmartError as exc:
            self.show_error(error_text(exc))
            return
        push_done(
            self.stack,
            tr("{0} verschieben").format(tr(KIND_LABELS[kind])),
            lambda: self.model.strategy_move(kind, row_id, delta),
            lambda: self.model.strategy_order(kind, before),
        )
        self.select(kind, row_id)

    def delete_current(self) -> None:
        current = self.current()
        if current is None:
            return
        kind, row_id = current
        item = self.tree.currentItem()
        name = item.text(0) if item is not None else ""
        try:
            self.model.strategy_update(kind, row_id, deleted=True)
        except CosmartError as exc:
            self.show_error(error_text(exc))
            return
        self.show_error("")
        push_done(
            self.stack,
            tr("„{0}“ löschen").format(name),
            lambda: self.model.strategy_update(kind, row_id, deleted=True),
            lambda: self.model.strategy_update(kind, row_id, deleted=False),
        )

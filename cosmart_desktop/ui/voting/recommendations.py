"""Bürgerrat recommendations (Empfehlungen): typed, renamed and deleted here,
each edit undoable; they are what a Zustimmung round votes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CosmartError
from ..commands import run_undoable
from ..i18n import error_text, tr
from .model import VotingModel


class RecommendationsDialog(QDialog):
    def __init__(
        self,
        model: VotingModel,
        session_id: str,
        stack: Callable[[], QUndoStack | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Empfehlungen"))
        self.resize(640, 480)
        self.model = model
        self.session_id = session_id
        self._stack = stack
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Empfehlungen der Sitzung"))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("Neue Empfehlung eintippen und Eingabetaste drücken"))
        self.edit.setAccessibleName(tr("Neue Empfehlung"))
        self.btn_add = QPushButton(tr("&Hinzufügen"), self)
        self.btn_delete = QPushButton(tr("&Löschen"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.btn_add)
        row.addWidget(self.btn_delete)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr("Doppelklick zum Umbenennen. Abgestimmt wird in einer Zustimmungsrunde."), self
            )
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.edit.returnPressed.connect(self.add)
        self.btn_add.clicked.connect(self.add)
        self.btn_delete.clicked.connect(self.delete_selected)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete.activated.connect(self.delete_selected)
        self.list.itemChanged.connect(self._renamed)
        model.recommendationsChanged.connect(self._changed)
        self.reload()

    def _changed(self, session_id: str) -> None:
        if session_id == self.session_id:
            self.reload()

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for rec in self.model.recommendations(self.session_id):
            item = QListWidgetItem(rec.title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.blockSignals(False)

    def _run(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        redo: Callable[[], object] | None = None,
    ) -> bool:
        try:
            run_undoable(self._stack(), text, do, undo, redo)
        except CosmartError as exc:
            self.error.setText(error_text(exc))
            self.reload()
            return False
        self.error.clear()
        return True

    def add(self) -> None:
        title = self.edit.text().strip()
        if not title:
            return
        model, sid = self.model, self.session_id
        made: list[str] = []

        def do() -> None:
            made.append(model.create_recommendation(sid, title))

        if self._run(
            tr("Empfehlung „{0}“ anlegen").format(title[:40]),
            do,
            lambda: model.update_recommendation(sid, made[0], deleted=True),
            lambda: model.update_recommendation(sid, made[0], deleted=False),
        ):
            self.edit.clear()

    def _renamed(self, item: QListWidgetItem) -> None:
        rec_id = str(item.data(Qt.ItemDataRole.UserRole))
        new = item.text().strip()
        old = next(
            (r.title for r in self.model.recommendations(self.session_id) if r.id == rec_id), ""
        )
        if not new or new == old:
            self.reload()
            return
        model, sid = self.model, self.session_id
        self._run(
            tr("Empfehlung umbenennen"),
            lambda: model.update_recommendation(sid, rec_id, title=new),
            lambda: model.update_recommendation(sid, rec_id, title=old),
        )

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        rec_id = str(item.data(Qt.ItemDataRole.UserRole))
        model, sid = self.model, self.session_id
        self._run(
            tr("Empfehlung „{0}“ löschen").format(item.text()[:40]),
            lambda: model.update_recommendation(sid, rec_id, deleted=True),
            lambda: model.update_recommendation(sid, rec_id, deleted=False),
        )

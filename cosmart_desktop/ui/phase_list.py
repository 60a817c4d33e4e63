"""The session's phases: run one, rename, add, reorder and remove (undoable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import CosmartError
from .commands import CallCommand, push
from .i18n import error_text, tr
from .workshop_model import WorkshopModel

ROLE_ID = Qt.ItemDataRole.UserRole


class PhaseList(QWidget):
    phaseSelected = Signal(str)
    errorOccurred = Signal(str)

    def __init__(
        self,
        model: WorkshopModel,
        stack: Callable[[], QUndoStack | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._stack = stack
        self.session_id: str | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Phasen der Sitzung"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemChanged.connect(self._renamed)
        self.list.model().rowsMoved.connect(self._dragged)
        self.btn_run = QPushButton(tr("Diese Phase &durchführen"), self)
        self.btn_run.setToolTip(tr("Macht die gewählte Phase zur laufenden Phase"))
        self.btn_add = QToolButton(self)
        self.btn_add.setText("+")
        self.btn_add.setToolTip(tr("Phase hinzufügen"))
        self.btn_remove = QToolButton(self)
        self.btn_remove.setText("−")
        self.btn_remove.setToolTip(tr("Phase entfernen"))
        self.btn_up = QToolButton(self)
        self.btn_up.setText("↑")
        self.btn_up.setToolTip(tr("Phase nach oben"))
        self.btn_down = QToolButton(self)
        self.btn_down.setText("↓")
        self.btn_down.setToolTip(tr("Phase nach unten"))
        for button, name in (
            (self.btn_add, tr("Phase hinzufügen")),
            (self.btn_remove, tr("Phase entfernen")),
            (self.btn_up, tr("Phase nach oben")),
            (self.btn_down, tr("Phase nach unten")),
        ):
            button.setAccessibleName(name)
        self.btn_run.clicked.connect(self.run_selected)
        self.btn_add.clicked.connect(self.add_phase)
        self.btn_remove.clicked.connect(self.remove_selected)
        self.btn_up.clicked.connect(lambda: self.move_selected(-1))
        self.btn_down.clicked.connect(lambda: self.move_selected(+1))
        tools = QHBoxLayout()
        for b in (self.btn_add, self.btn_remove, self.btn_up, self.btn_down):
            tools.addWidget(b)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(tools)
        layout.addWidget(self.btn_run)
        model.phasesChanged.connect(self._on_phases_changed)
        model.phaseChanged.connect(lambda _pid: self.reload())
        model.currentPhaseChanged.connect(lambda sid, _pid: self._on_phases_changed(sid))

    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.reload()
        if session_id:
            current = self.model.session_info(session_id).current_phase_id
            if current:
                self.select(current)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ROLE_ID) if item else None

    def select(self, phase_id: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None and item.data(ROLE_ID) == phase_id:
                self.list.setCurrentItem(item)
                return

    def reload(self) -> None:
        keep = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        if self.session_id:
            current = self.model.session_info(self.session_id).current_phase_id
            side = self.fontMetrics().height()
            self.list.setIconSize(QSize(side, side))
            play = self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
            blank_pixmap = QPixmap(self.list.iconSize())
            blank_pixmap.fill(Qt.GlobalColor.transparent)
            blank = QIcon(blank_pixmap)
            for index, phase in enumerate(self.model.phases(self.session_id), start=1):
                item = QListWidgetItem(phase.title)
                item.setData(ROLE_ID, phase.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setSizeHint(QSize(0, self.fontMetrics().height() + 14))
                running = phase.id == current
                minutes = phase.timer.duration_s // 60
                item.setToolTip(
                    "\n".join(
                        t for t in (phase.guiding_question, tr("{0} Min.").format(minutes)) if t
                    )
                )
                if running:
                    font = QFont(self.list.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setIcon(play)
                else:
                    item.setIcon(blank)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    tr("Phase {0}: {1}").format(index, phase.title)
                    + (f" ({tr('läuft')})" if running else ""),
                )
                self.list.addItem(item)
        self.list.blockSignals(False)
        if keep:
            self.select(keep)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _on_phases_changed(self, session_id: str) -> None:
        if session_id == self.session_id:
            self.reload()

    def _selected(self, current: QListWidgetItem | None, _prev: object) -> None:
        if current is not None:
            self.phaseSelected.emit(current.data(ROLE_ID))

    def _push(self, command: CallCommand) -> None:
        try:
            push(self._stack(), command)
            self.errorOccurred.emit("")
        except CosmartError as exc:
            self.errorOccurred.emit(error_text(exc))
            self.reload()

    def run_selected(self) -> None:
        phase_id, session_id = self.selected_id(), self.session_id
        if not phase_id or not session_id:
            return
        before = self.model.session_info(session_id).current_phase_id
        if before == phase_id:
            return
        title = self.model.phase_info(phase_id).title
        self._push(
            CallCommand(
                tr("Phase „{0}“ durchführen").format(title),
                lambda: self.model.set_current_phase(session_id, phase_id),
                lambda: self.model.restore_current_phase(session_id, before),
            )
        )

    def add_phase(self) -> None:
        session_id = self.session_id
        if not session_id:
            return
        index = self.list.currentRow() + 1 if self.list.currentItem() else None
        created: list[str] = []
        title = tr("Neue Phase")

        def do() -> None:
            if created:
                self.model.restore_phase(session_id, created[0], None)
            else:
                created.append(self.model.add_phase(session_id, title, index))
            self.select(created[0])

        def undo() -> None:
            self.model.remove_phase(session_id, created[0])

        self._push(CallCommand(tr("Phase hinzufügen"), do, undo))
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def remove_selected(self) -> None:
        phase_id, session_id = self.selected_id(), self.session_id
        if not phase_id or not session_id:
            return
        title = self.model.phase_info(phase_id).title
        before: list[str | None] = []

        def do() -> None:
            before[:] = [self.model.remove_phase(session_id, phase_id)]

        self._push(
            CallCommand(
                tr("Phase „{0}“ entfernen").format(title),
                do,
                lambda: self.model.restore_phase(
                    session_id, phase_id, before[0] if before else None
                ),
            )
        )

    def move_selected(self, delta: int) -> None:
        phase_id, session_id = self.selected_id(), self.session_id
        if not phase_id or not session_id:
            return
        order = [p.id for p in self.model.phases(session_id)]
        index = order.index(phase_id)
        target = index + delta
        if not 0 <= target < len(order):
            return
        new = list(order)
        new.insert(target, new.pop(index))
        self._reorder(session_id, order, new)
        self.select(phase_id)

    def _reorder(self, session_id: str, old: list[str], new: list[str]) -> None:
        self._push(
            CallCommand(
                tr("Phasen umsortieren"),
                lambda: self.model.set_phase_order(session_id, new),
                lambda: self.model.set_phase_order(session_id, old),
            )
        )

    def _dragged(self, *_args: object) -> None:
        session_id = self.session_id
        if not session_id:
            return
        new = [item.data(ROLE_ID) for i in range(self.list.count()) if (item := self.list.item(i))]
        old = [p.id for p in self.model.phases(session_id)]
        if new != old:
            self._reorder(session_id, old, new)

    def _renamed(self, item: QListWidgetItem) -> None:
        phase_id = item.data(ROLE_ID)
        old = self.model.phase_info(phase_id).title
        new = item.text().removeprefix("▶ ").strip()
        if not new or new == old:
            self.reload()
            return
        self._push(
            CallCommand(
                tr("Phase „{0}“ umbenennen").format(old),
                lambda: self.model.update_phase(phase_id, title=new),
                lambda: self.model.update_phase(phase_id, title=old),
            )
        )

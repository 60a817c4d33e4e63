"""Home screen: events with their sessions, recent sessions, and the actions to
create, open, rename, archive and delete (all undoable on the home screen's own
undo stack; delete asks nothing)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import PROCESS_STEP_LABELS
from ..domain.errors import CosmartError
from ..services.settings import RECENT_SESSIONS, Settings
from ..services.workshop_info import EventInfo
from .commands import CallCommand, push
from .i18n import error_text, tr

if TYPE_CHECKING:
    from .context import AppContext

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color:#b00020;"


class HomePage(QWidget):
    openSession = Signal(str)
    newEventRequested = Signal()
    newSessionRequested = Signal(str)  # event id
    editEventRequested = Signal(str)

    ctx: AppContext

    def __init__(
        self,
        ctx: AppContext | None,
        parent: QWidget | None = None,
        *,
        preview: Sequence[EventInfo] = (),
        settings: Settings | None = None,
    ) -> None:
        """With ``ctx`` None the page previews ``events`` read-only (same look,
        every action disabled) while the application is still loading."""
        super().__init__(parent)
        self.setObjectName("HomePage")
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._preview: tuple[EventInfo, ...] | None = None
        if ctx is None:
            assert settings is not None
            self.settings = settings
            self._preview = tuple(preview)
            self._build()
            self.reload()
            self.setEnabled(False)
            return
        self.ctx = ctx
        self.settings = ctx.settings
        ctx.undo_group.addStack(self.undo_stack)
        self._build()
        ctx.workshops.eventsChanged.connect(self.reload)
        self.reload()
        self.activate()

    def _events(self, include_archived: bool) -> Sequence[EventInfo]:
        if self._preview is not None:
            return [e for e in self._preview if include_archived or not e.archived]
        return self.ctx.workshops.events(include_archived=include_archived)

    # -- construction --------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(tr("Veranstaltungen und Sitzungen"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setText(
            tr(
                "Noch keine Veranstaltung in diesem Arbeitsbereich. Legen Sie mit "
                "„Neue Veranstaltung …“ (Strg+N) die erste an."
            )
        )

        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [tr("Veranstaltung / Sitzung"), tr("Datum"), tr("Stadtteil"), tr("Format / Schritt"),
             tr("Laufende Phase")]
        )  # fmt: skip
        self.tree.setAccessibleName(tr("Veranstaltungen und Sitzungen"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemChanged.connect(self._item_edited)
        delete = QAction(tr("Löschen"), self.tree)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.tree.addAction(delete)

        self.btn_new_event = QPushButton(tr("Neue &Veranstaltung …"), self)
        self.btn_new_session = QPushButton(tr("Neue &Sitzung …"), self)
        self.btn_open = QPushButton(tr("Sitzung ö&ffnen"), self)
        self.btn_edit = QPushButton(tr("&Bearbeiten …"), self)
        self.btn_rename = QPushButton(tr("&Umbenennen (F2)"), self)
        self.btn_archive = QPushButton(tr("&Archivieren"), self)
        self.btn_delete = QPushButton(tr("&Löschen (Entf)"), self)
        self.btn_open.setDefault(True)
        self.btn_new_event.clicked.connect(self.newEventRequested.emit)
        self.btn_new_session.clicked.connect(self._new_session)
        self.btn_open.clicked.connect(self._open_current)
        self.btn_edit.clicked.connect(self._edit_current)
        self.btn_rename.clicked.connect(self._rename_current)
        self.btn_archive.clicked.connect(self._archive_current)
        self.btn_delete.clicked.connect(self.delete_current)
        self.show_archived = QCheckBox(tr("Archivierte zeigen"), self)
        self.show_archived.toggled.connect(self.reload)

        actions = QGroupBox(tr("Aktionen"), self)
        actions_layout = QVBoxLayout(actions)
        for button in (self.btn_new_event, self.btn_new_session, self.btn_open):
            actions_layout.addWidget(button)
        actions_layout.addSpacing(8)
        for button in (self.btn_edit, self.btn_rename, self.btn_archive, self.btn_delete):
            actions_layout.addWidget(button)
        actions_layout.addSpacing(8)
        actions_layout.addWidget(self.show_archived)

        self.recent = QListWidget(self)
        self.recent.setAccessibleName(tr("Zuletzt geöffnete Sitzungen"))
        self.recent.setWordWrap(True)
        self.recent.itemActivated.connect(lambda item: self.openSession.emit(item.data(ROLE_ID)))
        self.recent_empty = QLabel(tr("Noch keine Sitzung geöffnet."), self)
        self.recent_empty.setEnabled(False)
        self.recent_empty.setWordWrap(True)
        self.recent_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        recent_box = QGroupBox(tr("Zuletzt geöffnet"), self)
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.recent)
        recent_layout.addWidget(self.recent_empty)

        side = QVBoxLayout()
        side.addWidget(actions)
        side.addWidget(recent_box, 1)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        side_widget.setMinimumWidth(240)
        side_widget.setMaximumWidth(360)

        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addWidget(side_widget)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)

    def activate(self) -> None:
        """Make the home screen's undo stack the active one (Strg+Z undoes here)."""
        self.ctx.undo_group.setActiveStack(self.undo_stack)
        self.tree.setFocus()

    # -- view --------------------------------------------------------------
    def reload(self) -> None:
        selected = self.current()
        archived_too = self.show_archived.isChecked()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self.tree.blockSignals(True)
        self.tree.clear()
        names: dict[str, str] = {}
        events = self._events(archived_too)
        for event in events:
            step = PROCESS_STEP_LABELS.get(event.process_step, "")
            item = QTreeWidgetItem(
                [
                    self._label(event.title, event.archived),
                    event.date.strftime("%d.%m.%Y") if event.date else "",
                    event.district,
                    tr("Schritt {0}").format(event.process_step),
                    "",
                ]
            )
            item.setToolTip(3, f"{event.process_step} · {tr(step)}")
            item.setToolTip(0, event.place)
            item.setFont(0, bold)
            item.setData(0, ROLE_KIND, "event")
            item.setData(0, ROLE_ID, event.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.tree.addTopLevelItem(item)
            for session in event.sessions:
                if session.archived and not archived_too:
                    continue
                names[session.id] = f"{session.title} – {event.title}"
                child = QTreeWidgetItem(
                    [
                        self._label(session.title, session.archived),
                        "",
                        "",
                        tr(session.format.label),
                        session.current_phase_title,
                    ]
                )
                child.setData(0, ROLE_KIND, "session")
                child.setData(0, ROLE_ID, session.id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
                item.addChild(child)
            item.setExpanded(True)
        self.tree.blockSignals(False)
        self.hint.setVisible(not events and not archived_too)
        first = self.tree.topLevelItem(0)
        if not (selected and self.select(*selected)) and first is not None:
            self.tree.setCurrentItem(first)
        self._reload_recent(names)
        self._update_buttons()

    @staticmethod
    def _label(title: str, archived: bool) -> str:
        return title + (f"  ({tr('archiviert')})" if archived else "")

    def _reload_recent(self, names: dict[str, str]) -> None:
        self.recent.clear()
        for session_id in self.settings.get(RECENT_SESSIONS):
            if session_id in names:
                item = QListWidgetItem(names[session_id])
                item.setData(ROLE_ID, session_id)
                item.setToolTip(tr("Öffnen mit Doppelklick oder Eingabetaste"))
                self.recent.addItem(item)
        has_recent = self.recent.count() > 0
        self.recent.setVisible(has_recent)
        self.recent_empty.setVisible(not has_recent)

    def current(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.data(0, ROLE_KIND), item.data(0, ROLE_ID)

    def select(self, kind: str, row_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            assert top is not None
            for item in [top, *[top.child(j) for j in range(top.childCount())]]:
                if (
                    item is not None
                    and item.data(0, ROLE_KIND) == kind
                    and item.data(0, ROLE_ID) == row_id
                ):
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _update_buttons(self) -> None:
        current = self.current()
        self.btn_new_session.setEnabled(current is not None)
        self.btn_open.setEnabled(current is not None and current[0] == "session")
        self.btn_edit.setEnabled(current is not None and current[0] == "event")
        for b in (self.btn_rename, self.btn_archive, self.btn_delete):
            b.setEnabled(current is not None)
        archived = self._is_archived(current)
        self.btn_archive.setText(tr("Aus dem &Archiv holen") if archived else tr("&Archivieren"))

    def _is_archived(self, current: tuple[str, str] | None) -> bool:
        if current is None or self._preview is not None:
            return False
        kind, row_id = current
        try:
            if kind == "event":
                return self.ctx.workshops.event_info(row_id).archived
            return self.ctx.workshops.session_info(row_id).archived
        except CosmartError:
            return False

    # -- actions -----------------------------------------------------------
    def _push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        try:
            push(self.undo_stack, CallCommand(text, do, undo))
            self.show_error("")
        except CosmartError as exc:
            self.show_error(error_text(exc))
            self.reload()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ROLE_KIND) == "session":
            self.openSession.emit(item.data(0, ROLE_ID))

    def _open_current(self) -> None:
        current = self.current()
        if current and current[0] == "session":
            self.openSession.emit(current[1])

    def _edit_current(self) -> None:
        current = self.current()
        if current and current[0] == "event":
            self.editEventRequested.emit(current[1])

    def _new_session(self) -> None:
        current = self.current()
        if current is None:
            return
        event_id = current[1]
        if current[0] == "session":
            event_id = self.ctx.workshops.session_info(current[1]).event_id
        self.newSessionRequested.emit(event_id)

    def _title(self, kind: str, row_id: str) -> str:
        model = self.ctx.workshops
        return (
            model.event_info(row_id).title if kind == "event" else model.session_info(row_id).title
        )

    def _rename_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            title = self._title(item.data(0, ROLE_KIND), item.data(0, ROLE_ID))
            self.tree.blockSignals(True)
            item.setText(0, title)  # without the "(archiviert)" note while editing
            self.tree.blockSignals(False)
            self.tree.editItem(item, 0)

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self.rename(item.data(0, ROLE_KIND), item.data(0, ROLE_ID), item.text(0))

    def rename(self, kind: str, row_id: str, title: str) -> None:
        old = self._title(kind, row_id)
        title = title.strip()
        if not title or title == old:
            self.reload()
            return
        setter = self._setter(kind)
        self._push(
            tr("„{0}“ umbenennen").format(old),
            lambda: setter(row_id, title=title),
            lambda: setter(row_id, title=old),
        )

    def _archive_current(self) -> None:
        current = self.current()
        if current is None:
            return
        kind, row_id = current
        archived = self._is_archived(current)
        setter = self._setter(kind)
        title = self._title(kind, row_id)
        text = tr("„{0}“ aus dem Archiv holen") if archived else tr("„{0}“ archivieren")
        self._push(
            text.format(title),
            lambda: setter(row_id, archived=not archived),
            lambda: setter(row_id, archived=archived),
        )

    def delete_current(self) -> None:
        """Delete asks nothing: it is a tombstone and can be undone."""
        current = self.current()
        if current is None:
            return
        kind, row_id = current
        setter = self._setter(kind)
        self._push(
            tr("„{0}“ löschen").format(self._title(kind, row_id)),
            lambda: setter(row_id, deleted=True),
            lambda: setter(row_id, deleted=False),
        )

    def _setter(self, kind: str) -> Callable[..., dict[str, object]]:
        model = self.ctx.workshops
        return model.update_event if kind == "event" else model.update_session

"""Home screen: events with their sessions, recent sessions, and the actions to
create, open, rename, archive and delete (all undoable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import CosmartError
from ..services.settings import RECENT_SESSIONS
from .commands import CallCommand
from .context import AppContext
from .i18n import tr

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


class HomePage(QWidget):
    openSession = Signal(str)
    newEventRequested = Signal()
    newSessionRequested = Signal(str)  # event id
    editEventRequested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [tr("Veranstaltung / Sitzung"), tr("Datum"), tr("Stadtteil"), tr("Format")]
        )
        self.tree.setAccessibleName(tr("Veranstaltungen und Sitzungen"))
        self.tree.setColumnWidth(0, 420)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.show_archived = QCheckBox(tr("Archivierte zeigen"), self)
        self.show_archived.toggled.connect(self.reload)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(tr("Zuletzt geöffnete Sitzungen"))
        self.recent.setMaximumHeight(140)
        self.recent.itemActivated.connect(lambda item: self.openSession.emit(item.data(ROLE_ID)))

        self.btn_new_event = QPushButton(tr("Neue &Veranstaltung …"), self)
        self.btn_new_session = QPushButton(tr("Neue &Sitzung …"), self)
        self.btn_open = QPushButton(tr("Ö&ffnen"), self)
        self.btn_edit = QPushButton(tr("&Bearbeiten …"), self)
        self.btn_rename = QPushButton(tr("&Umbenennen"), self)
        self.btn_archive = QPushButton(tr("&Archivieren"), self)
        self.btn_delete = QPushButton(tr("&Löschen"), self)
        self.btn_new_event.clicked.connect(self.newEventRequested.emit)
        self.btn_new_session.clicked.connect(self._new_session)
        self.btn_open.clicked.connect(self._open_current)
        self.btn_edit.clicked.connect(self._edit_current)
        self.btn_rename.clicked.connect(self._rename_current)
        self.btn_archive.clicked.connect(self._archive_current)
        self.btn_delete.clicked.connect(self.delete_current)

        buttons = QVBoxLayout()
        for b in (
            self.btn_new_event,
            self.btn_new_session,
            self.btn_open,
            self.btn_edit,
            self.btn_rename,
            self.btn_archive,
            self.btn_delete,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        top = QHBoxLayout()
        top.addWidget(self.tree, 1)
        top.addLayout(buttons)
        heading = QLabel(tr("Veranstaltungen"), self)
        heading.setStyleSheet("font-size:18pt;font-weight:bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top, 1)
        layout.addWidget(QLabel(tr("Zuletzt geöffnet:"), self))
        layout.addWidget(self.recent)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        self.tree.itemChanged.connect(self._item_edited)
        ctx.workshops.eventsChanged.connect(self.reload)
        self.reload()

    # -- view --------------------------------------------------------------
    def reload(self) -> None:
        selected = self.current()
        self.tree.blockSignals(True)
        self.tree.clear()
        names: dict[str, str] = {}
        for event in self.ctx.workshops.events(include_archived=self.show_archived.isChecked()):
            label = event.title + (f"  ({tr('archiviert')})" if event.archived else "")
            item = QTreeWidgetItem(
                [label, event.date.strftime("%d.%m.%Y") if event.date else "", event.district, ""]
            )
            item.setData(0, ROLE_KIND, "event")
            item.setData(0, ROLE_ID, event.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.tree.addTopLevelItem(item)
            for session in event.sessions:
                if session.archived and not self.show_archived.isChecked():
                    continue
                names[session.id] = f"{session.title} – {event.title}"
                child = QTreeWidgetItem(
                    [
                        session.title + (f"  ({tr('archiviert')})" if session.archived else ""),
                        "",
                        "",
                        tr(session.format.label),
                    ]
                )
                child.setData(0, ROLE_KIND, "session")
                child.setData(0, ROLE_ID, session.id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
                item.addChild(child)
            item.setExpanded(True)
        self.tree.blockSignals(False)
        if selected:
            self.select(*selected)
        self._reload_recent(names)
        self._update_buttons()

    def _reload_recent(self, names: dict[str, str]) -> None:
        self.recent.clear()
        for session_id in self.ctx.settings.get(RECENT_SESSIONS):
            if session_id in names:
                item = QListWidgetItem(names[session_id])
                item.setData(ROLE_ID, session_id)
                self.recent.addItem(item)

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
        if current is None:
            return False
        kind, row_id = current
        if kind == "event":
            return self.ctx.workshops.event_info(row_id).archived
        return self.ctx.workshops.session_info(row_id).archived

    # -- actions -----------------------------------------------------------
    def _push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        stack = self.ctx.undo_group.activeStack()
        command = CallCommand(text, do, undo)
        try:
            if stack is None:
                command.redo()
            else:
                stack.push(command)
        except CosmartError as exc:
            self.show_error(str(exc))

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

    def _rename_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            kind, row_id = item.data(0, ROLE_KIND), item.data(0, ROLE_ID)
            title = (
                self.ctx.workshops.event_info(row_id).title
                if kind == "event"
                else self.ctx.workshops.session_info(row_id).title
            )
            self.tree.blockSignals(True)
            item.setText(0, title)
            self.tree.blockSignals(False)
            self.tree.editItem(item, 0)

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        kind, row_id = item.data(0, ROLE_KIND), item.data(0, ROLE_ID)
        self.rename(kind, row_id, item.text(0))

    def rename(self, kind: str, row_id: str, title: str) -> None:
        model = self.ctx.workshops
        old = (
            model.event_info(row_id).title if kind == "event" else model.session_info(row_id).title
        )
        title = title.strip()
        if not title or title == old:
            self.reload()
            return
        setter = model.update_event if kind == "event" else model.update_session
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
        setter = (
            self.ctx.workshops.update_event
            if kind == "event"
            else self.ctx.workshops.update_session
        )
        text = tr("Aus dem Archiv holen") if archived else tr("Archivieren")
        self._push(
            text,
            lambda: setter(row_id, archived=not archived),
            lambda: setter(row_id, archived=archived),
        )

    def delete_current(self) -> None:
        """Delete asks nothing: it is a tombstone and can be undone."""
        current = self.current()
        if current is None:
            return
        kind, row_id = current
        model = self.ctx.workshops
        title = (
            model.event_info(row_id).title if kind == "event" else model.session_info(row_id).title
        )
        setter = self._setter(kind)
        self._push(
            tr("„{0}“ löschen").format(title),
            lambda: setter(row_id, deleted=True),
            lambda: setter(row_id, deleted=False),
        )

    def _setter(self, kind: str) -> Callable[..., dict[str, object]]:
        model = self.ctx.workshops
        return model.update_event if kind == "event" else model.update_session

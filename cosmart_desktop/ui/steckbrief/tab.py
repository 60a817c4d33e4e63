"""The "Steckbriefe" tab of a session: the session's Steckbriefe on the left;
on the right the live-capture form, the rating view, the event's Maßnahmenliste
and its Ideenpool. Strg+Umschalt+B makes a new Steckbrief, Strg+Umschalt+K one
from a card, cluster or voted item; everything is undoable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CosmartError
from ...domain.scoring import score_text
from ...services.measures import MeasureFilter
from ..commands import push_done
from ..i18n import error_text, tr
from ..tasks import BackgroundOperation, Progress
from .form import SteckbriefForm
from .ideas_view import IdeasView
from .measures_view import MeasuresView
from .model import SteckbriefModel
from .origin_dialog import OriginDialog
from .rating import RatingView

ID_ROLE = Qt.ItemDataRole.UserRole
NEW_SHORTCUT = "Ctrl+Shift+B"
ORIGIN_SHORTCUT = "Ctrl+Shift+K"


class SteckbriefTab(QWidget):
    """Implements ``SessionTab``."""

    steckbriefSelected = Signal(str)

    def __init__(
        self,
        model: SteckbriefModel,
        stack: Callable[[], QUndoStack | None],
        event_of: Callable[[str], str],
        districts: list[str],
        parent: QWidget | None = None,
    ) -> None:
        """``event_of(session_id)`` gives the event id of a session."""
        super().__init__(parent)
        self.model = model
        self._stack = stack
        self._event_of = event_of
        self.session_id: str | None = None
        self.event_id: str | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Steckbriefe der Sitzung"))
        self.list.setStyleSheet("QListWidget:focus{border:2px solid #1a73e8;}")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._selected)
        self.btn_new = QPushButton(tr("&Neuer Steckbrief"), self)
        self.btn_new.setToolTip(tr("Neuer Steckbrief ({0})").format(NEW_SHORTCUT))
        self.btn_origin = QPushButton(tr("Aus Karte, Cluster, &Abstimmung …"), self)
        self.btn_origin.setToolTip(ORIGIN_SHORTCUT)
        self.btn_delete = QPushButton(tr("&Löschen"), self)
        self.btn_pdf = QPushButton(tr("Als &PDF …"), self)
        self.btn_new.clicked.connect(self.new_steckbrief)
        self.btn_origin.clicked.connect(self.new_from_origin)
        self.btn_delete.clicked.connect(self.delete_current)
        self.btn_pdf.clicked.connect(self.export_pdf)
        for text, keys, slot, widget in (
            (tr("Neuer Steckbrief"), QKeySequence(NEW_SHORTCUT), self.new_steckbrief, self),
            (
                tr("Steckbrief aus Herkunft"),
                QKeySequence(ORIGIN_SHORTCUT),
                self.new_from_origin,
                self,
            ),
            (
                tr("Steckbrief löschen"),
                QKeySequence.StandardKey.Delete,
                self.delete_current,
                self.list,
            ),
        ):
            act = QAction(text, widget)
            act.setShortcut(keys)
            act.setShortcutContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
                if widget is self
                else Qt.ShortcutContext.WidgetShortcut
            )
            act.triggered.connect(slot)
            widget.addAction(act)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("Steckbriefe dieser Sitzung"), left))
        left_layout.addWidget(self.list, 1)
        for b in (self.btn_new, self.btn_origin, self.btn_delete, self.btn_pdf):
            left_layout.addWidget(b)

        self.form = SteckbriefForm(model, stack, districts, self)
        self.rating = RatingView(model, stack, self)
        self.measures = MeasuresView(model, stack, parent=self)
        self.ideas = IdeasView(model, parent=self)
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.addTab(self.form, tr("&Erfassen"))
        self.views.addTab(self.rating, tr("Be&werten"))
        self.views.addTab(self.measures, tr("&Maßnahmenliste"))
        self.views.addTab(self.ideas, tr("&Ideenpool"))
        self.measures.openRequested.connect(self.open_steckbrief)
        self.ideas.createRequested.connect(lambda card: self._create_from("card", card))
        self.left = left
        self.views.currentChanged.connect(self._view_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        self.message = QLabel(self)
        self.message.setStyleSheet("color:#b00020;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.reload)
        model.listChanged.connect(self._pending.start)
        self._buttons()

    # -- SessionTab ------------------------------------------------------------------
    def set_session(self, session_id: str | None) -> None:
        self.form.commit()
        self.session_id = session_id
        self.event_id = self._event_of(session_id) if session_id else None
        self.measures.set_scope(self.event_id)
        self.ideas.set_scope(self.event_id)
        self.reload()
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        elif not self.list.count():
            self._show(None)

    def set_phase(self, phase_id: str | None) -> None:
        """Steckbriefe belong to the session, not to a phase."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # others (board, votes) may have made Steckbriefe meanwhile

    def _view_changed(self, index: int) -> None:
        """The lists have their own filters: the session's list only beside form and rating."""
        self.left.setVisible(self.views.widget(index) in (self.form, self.rating))

    # -- list ------------------------------------------------------------------------
    def reload(self) -> None:
        if self.session_id is None:
            self.list.clear()
            self._buttons()
            return
        current = self.current_id()
        items = self.model.for_session(self.session_id)
        flt = MeasureFilter(event_id=self.event_id, session_id=self.session_id)
        rows = {r.id: r for r in self.model.rows(flt)} if items else {}
        self.list.blockSignals(True)
        self.list.clear()
        for info in items:
            row = rows.get(info.id)
            score = score_text(row.score) if row and row.score is not None else "–"
            mark = " · K.O." if row and row.ko_failed else ""
            text = f"{info.title or tr('(ohne Titel)')}\n{tr(info.status.label)} · {score}{mark}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, info.id)
            self.list.addItem(item)
            if info.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if current and self.current_id() != current:
            self._show(self.current_id())
        self._buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def select(self, steckbrief_id: str) -> bool:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None and item.data(ID_ROLE) == steckbrief_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def _selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._show(str(current.data(ID_ROLE)) if current is not None else None)
        self._buttons()

    def _show(self, steckbrief_id: str | None) -> None:
        self.form.set_steckbrief(steckbrief_id)
        self.rating.set_steckbrief(steckbrief_id)
        if steckbrief_id:
            self.steckbriefSelected.emit(steckbrief_id)

    def _buttons(self) -> None:
        has_session = self.session_id is not None
        for b in (self.btn_new, self.btn_origin):
            b.setEnabled(has_session)
        for b in (self.btn_delete, self.btn_pdf):
            b.setEnabled(self.current_id() is not None)

    def open_steckbrief(self, steckbrief_id: str) -> None:
        if not self.select(steckbrief_id):
            self.show_message(tr("Dieser Steckbrief gehört zu einer anderen Sitzung."))
            return
        self.views.setCurrentWidget(self.form)
        self.form.focus_field("title")

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions ---------------------------------------------------------------------
    def _after_create(self, new_id: str, title: str) -> None:
        push_done(
            self._stack(),
            tr("Steckbrief „{0}“ anlegen").format(title),
            lambda: self.model.update(new_id, deleted=False),
            lambda: self.model.update(new_id, deleted=True),
        )
        self.reload()
        self.select(new_id)
        self.views.setCurrentWidget(self.form)
        title_edit = self.form.editors["title"]
        title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        title_edit.selectAll()
        self.show_message("")

    def new_steckbrief(self) -> None:
        if self.session_id is None or self.event_id is None:
            return
        title = tr("Neuer Steckbrief")
        try:
            new_id = self.model.create(self.session_id, self.event_id, title=title)
        except CosmartError as exc:
            self.show_message(error_text(exc))
            return
        self._after_create(new_id, title)

    def new_from_origin(self) -> None:
        if self.session_id is None:
            return
        dialog = OriginDialog(self.model.measures.origin_choices(self.session_id), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is not None:
            self._create_from(*chosen)

    def _create_from(self, kind: str, target_id: str) -> None:
        try:
            new_id = self.model.create_from(kind, target_id)
        except CosmartError as exc:
            self.show_message(error_text(exc))
            return
        info = self.model.get(new_id)
        if info.session_id != self.session_id:
            self.show_message(
                tr("Steckbrief „{0}“ wurde in seiner Sitzung angelegt.").format(info.title)
            )
        self._after_create(new_id, info.title)

    def delete_current(self) -> None:
        """Delete asks nothing: a tombstone, undoable."""
        sid = self.current_id()
        if sid is None:
            return
        self.form.commit()
        title = self.model.get(sid).title
        row = self.list.currentRow()
        self.model.update(sid, deleted=True)
        push_done(
            self._stack(),
            tr("Steckbrief „{0}“ löschen").format(title),
            lambda: self.model.update(sid, deleted=True),
            lambda: self.model.update(sid, deleted=False),
        )
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        else:
            self._show(None)

    def export_pdf(self) -> None:
        sid = self.current_id()
        if sid is None:
            return
        self.form.commit()
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Steckbrief als PDF"), "steckbrief.pdf", tr("PDF-Dateien (*.pdf)")
        )
        if path:
            self.export_pdf_to(sid, Path(path))

    def export_pdf_to(
        self, sid: str, path: Path, on_done: Callable[[object], object] | None = None
    ) -> None:
        ws = self.model.workspace

        def work(report: Progress) -> object:
            from ...services.export.measures import export_steckbrief_pdf  # reportlab: when used

            report(0, 1, tr("Steckbrief als PDF …"))
            return export_steckbrief_pdf(ws, sid, path)

        def done(result: object) -> None:
            self.show_message("")
            if on_done is not None:
                on_done(result)

        BackgroundOperation(
            self,
            tr("Steckbrief als PDF"),
            work,
            done,
            lambda m: QMessageBox.warning(self, tr("Export fehlgeschlagen"), m),
        ).start()

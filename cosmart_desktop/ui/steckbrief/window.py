"""The workspace-wide Maßnahmenliste (after sync: every district) and Ideenpool,
for the Projektbüro: its own window with its own undo history, the strategy
frame and catalogue editors, and a Steckbrief opened in a side window for
editing and rating."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CosmartError
from ..commands import push_done
from ..i18n import error_text, tr
from .catalogue_editor import CatalogueEditor
from .form import SteckbriefForm
from .ideas_view import IdeasView
from .measures_view import MeasuresView
from .model import SteckbriefModel
from .rating import RatingView
from .strategy_editor import StrategyEditor

EventList = list[tuple[str, str, str]]


class SteckbriefDialog(QDialog):
    """One Steckbrief to edit and rate, outside a session."""

    def __init__(
        self,
        model: SteckbriefModel,
        stack: QUndoStack,
        districts: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.resize(900, 760)
        self.form = SteckbriefForm(model, lambda: stack, districts, self)
        self.rating = RatingView(model, lambda: stack, self)
        tabs = QTabWidget(self)
        tabs.addTab(self.form, tr("&Erfassen"))
        tabs.addTab(self.rating, tr("Be&werten"))
        self.tabs = tabs
        undo = stack.createUndoAction(self, tr("Rückgängig"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, tr("Wiederholen"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        self.model = model

    def show_steckbrief(self, steckbrief_id: str) -> None:
        self.form.set_steckbrief(steckbrief_id)
        self.rating.set_steckbrief(steckbrief_id)
        self.setWindowTitle(tr("Steckbrief: {0}").format(self.model.get(steckbrief_id).title))

    def done(self, result: int) -> None:
        self.form.commit()
        super().done(result)


class MeasuresWindow(QMainWindow):
    def __init__(
        self,
        model: SteckbriefModel,
        events: Callable[[], EventList],
        districts: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MeasuresWindow")
        self.setWindowTitle(tr("Maßnahmenliste und Ideenpool – alle Veranstaltungen"))
        self.resize(1280, 780)
        self.model = model
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)
        self._events = events
        self._districts = districts
        self.measures = MeasuresView(
            model, lambda: self.stack, events=lambda: [(i, t) for i, t, _d in events()], parent=self
        )
        self.ideas = IdeasView(model, events=events, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.measures, tr("&Maßnahmenliste"))
        self.tabs.addTab(self.ideas, tr("&Ideenpool"))
        self.setCentralWidget(self.tabs)
        self.detail: SteckbriefDialog | None = None
        self.measures.openRequested.connect(self.open_steckbrief)
        self.ideas.createRequested.connect(self._create_from_card)
        self._menus()
        self.statusBar()

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&Datei"))
        self._act(file_menu, tr("Als &CSV exportieren …"), lambda: self.measures.export("csv"))
        self._act(file_menu, tr("Als &PDF exportieren …"), lambda: self.measures.export("pdf"))
        file_menu.addSeparator()
        self._act(file_menu, tr("&Schließen"), self.close, QKeySequence.StandardKey.Close)
        edit = bar.addMenu(tr("&Bearbeiten"))
        undo = self.stack.createUndoAction(self, tr("&Rückgängig"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.stack.createRedoAction(self, tr("&Wiederholen"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self._act(edit, tr("&Strategierahmen …"), self.edit_strategy)
        self._act(edit, tr("&Kriterienkatalog …"), self.edit_catalogue)
        view = bar.addMenu(tr("&Ansicht"))
        self._act(
            view, tr("&Maßnahmenliste"), lambda: self.tabs.setCurrentWidget(self.measures), "Ctrl+1"
        )
        self._act(view, tr("&Ideenpool"), lambda: self.tabs.setCurrentWidget(self.ideas), "Ctrl+2")
        self._act(view, tr("&Aktualisieren"), self.refresh, QKeySequence.StandardKey.Refresh)

    def _act(
        self,
        menu: object,
        text: str,
        slot: object,
        keys: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def refresh(self) -> None:
        self.measures.set_scope(None)
        self.ideas.set_scope(None)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()

    def open_steckbrief(self, steckbrief_id: str) -> None:
        if self.detail is None:
            self.detail = SteckbriefDialog(self.model, self.stack, self._districts, self)
            self.detail.setWindowModality(Qt.WindowModality.NonModal)
        self.detail.show_steckbrief(steckbrief_id)
        self.detail.show()
        self.detail.raise_()
        self.detail.activateWindow()

    def _create_from_card(self, card_id: str) -> None:
        try:
            new_id = self.model.create_from("card", card_id)
        except CosmartError as exc:
            self.statusBar().showMessage(error_text(exc), 8000)
            return
        title = self.model.get(new_id).title
        push_done(
            self.stack,
            tr("Steckbrief „{0}“ anlegen").format(title),
            lambda: self.model.update(new_id, deleted=False),
            lambda: self.model.update(new_id, deleted=True),
        )
        self.open_steckbrief(new_id)

    def edit_strategy(self) -> None:
        StrategyEditor(self.model, self.stack, self).exec()

    def edit_catalogue(self) -> None:
        CatalogueEditor(self.model, self.stack, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.detail is not None:
            self.detail.form.commit()
        super().closeEvent(event)

"""The main window: home screen and session page in a stack, menus with
shortcuts, undo/redo of the active session, language switch."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
)

from .. import __version__
from ..domain.districts import load_districts
from ..domain.errors import CosmartError
from ..services.settings import DISTRICT_LIST, LANGUAGE, Settings
from ..services.workshop_info import EventInfo
from .commands import CallCommand, push
from .home import HomePage
from .i18n import LANGUAGES, error_text, tr
from .tasks import BackgroundOperation, Progress

if TYPE_CHECKING:
    from .context import AppContext
    from .presenter.controller import PresenterController


class MainWindow(QMainWindow):
    #: the workspace-wide Maßnahmenliste, made when first shown
    measures_window: QMainWindow | None = None

    ctx: AppContext
    presenter: PresenterController

    def __init__(
        self,
        ctx: AppContext | None = None,
        *,
        preview: Sequence[EventInfo] = (),
        settings: Settings | None = None,
        workspace_path: Path | None = None,
    ) -> None:
        """The window for ``ctx``; or, with ``ctx`` None, the window as it will
        look, showing the workspace's events read-only until ``attach`` is called
        with the loaded application (so it appears before the heavy imports)."""
        super().__init__()
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self.loaded = ctx is not None
        if ctx is not None:
            self.attach(ctx)
            return
        assert settings is not None and workspace_path is not None
        self.setWindowTitle(
            tr("Co-Smart Werkstatt") + f" – {workspace_path.name} " + tr("(wird geladen …)")
        )
        self.pages = QStackedWidget(self)
        self.home = HomePage(None, self.pages, preview=preview, settings=settings)
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)
        self.statusBar().showMessage(tr("Wird geladen …"))

    def attach(self, ctx: AppContext) -> None:
        """Build the full window on the loaded application context."""
        from .presenter.controller import PresenterController

        self.ctx = ctx
        self.presenter = PresenterController(ctx, self)  # lives across language switches
        old = self.centralWidget()
        self._build()
        if old is not None:
            old.deleteLater()
        self.loaded = True

    # -- construction (also used to switch language live) ---------------------
    def _build(self) -> None:
        from .board.tab import BoardTab
        from .participants import ParticipantsTab
        from .session_page import SessionPage
        from .steckbrief import SteckbriefTab
        from .voting.tab import VotingTab

        self.setWindowTitle(tr("Co-Smart Werkstatt") + f" – {self.ctx.workspace.path.name}")
        self.pages = QStackedWidget(self)
        self.home = HomePage(self.ctx, self.pages)
        self.session_page = SessionPage(self.ctx, self.pages)
        self.pages.addWidget(self.home)
        self.pages.addWidget(self.session_page)
        self.setCentralWidget(self.pages)
        self.home.openSession.connect(self.open_session)
        self.home.newEventRequested.connect(self.new_event)
        self.home.newSessionRequested.connect(self.new_session)
        self.home.editEventRequested.connect(self.edit_event)
        self.session_page.backRequested.connect(self.show_home)
        self.board_tab = BoardTab(
            self.ctx.board, self.ctx.workshops, self.session_page.undo_stack, self.session_page
        )
        self.session_page.add_tab(self.board_tab, self.board_tab.title())
        self.voting_tab = VotingTab(self.ctx, self.session_page.undo_stack, self.session_page)
        self.session_page.add_tab(self.voting_tab, tr("&Abstimmung"))
        self.voting_tab.presentRequested.connect(self.presenter.present_round)
        self.voting_tab.sessionShown.connect(self.presenter.set_session)
        self.participants_tab = ParticipantsTab(
            self.ctx, self.session_page.undo_stack, self.session_page
        )
        self.session_page.add_tab(self.participants_tab, self.participants_tab.title())
        self.steckbrief_tab = SteckbriefTab(
            self.ctx.steckbriefe,
            self.session_page.undo_stack,
            lambda sid: self.ctx.workshops.session_info(sid).event_id,
            self._districts(),
            self.session_page,
        )
        self.session_page.add_tab(self.steckbrief_tab, tr("Steck&briefe"))
        self._close_measures()
        self._build_menus()
        self.statusBar().showMessage(tr("Arbeitsbereich: {0}").format(self.ctx.workspace.path))

    def _build_menus(self) -> None:
        from .export import for_main_window
        from .sync import open_conflicts, open_sync

        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(tr("&Datei"))
        self.act_new_event = self._action(
            file_menu, tr("Neue &Veranstaltung …"), self.new_event, QKeySequence.StandardKey.New
        )
        self.act_new_session = self._action(
            file_menu, tr("Neue &Sitzung …"), self._new_session_for_current, "Ctrl+Shift+N"
        )
        self.act_home = self._action(file_menu, tr("&Übersicht"), self.show_home, "Ctrl+Shift+H")
        file_menu.addSeparator()
        self.export_menu = file_menu.addMenu(tr("&Exportieren"))
        self._action(self.export_menu, tr("Sitzung als &JSON …"), self.export_json)
        self.participants_tab.add_export_actions(self.export_menu)
        self.protocol_export = for_main_window(self)
        self.protocol_export.add_to(self.export_menu)
        self.board_tab.add_file_actions(file_menu)
        file_menu.addSeparator()
        self.act_sync = self._action(
            file_menu, tr("S&ynchronisieren …"), lambda: open_sync(self), "Ctrl+Shift+Y"
        )
        self._action(file_menu, tr("Sync-&Konflikte …"), lambda: open_conflicts(self))
        file_menu.addSeparator()
        # Strg+Q everywhere: Windows defines no standard Quit key
        self._action(file_menu, tr("&Beenden"), self.close, "Ctrl+Q")

        edit_menu = bar.addMenu(tr("&Bearbeiten"))
        undo = self.ctx.undo_group.createUndoAction(self, tr("&Rückgängig"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_group.createRedoAction(self, tr("&Wiederholen"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.act_undo, self.act_redo = undo, redo
        self.edit_menu = edit_menu
        self.board_tab.add_edit_actions(edit_menu)

        session_menu = bar.addMenu(tr("&Sitzung"))
        timer = self.session_page.phase_view.timer
        self._action(session_menu, tr("Timer &starten"), timer.btn_start.click, "F5")
        self._action(session_menu, tr("Timer &anhalten"), timer.btn_pause.click, "F6")
        self._action(session_menu, tr("Timer &+1 Minute"), timer.btn_plus.click, "F7")
        session_menu.addSeparator()
        self._action(
            session_menu,
            tr("Gewählte Phase &durchführen"),
            self.session_page.phases.run_selected,
            "Ctrl+Return",
        )
        self.session_menu = session_menu

        view_menu = bar.addMenu(tr("&Ansicht"))
        lang_menu = view_menu.addMenu(tr("&Sprache"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            act = QAction(name, self, checkable=True)
            act.setChecked(code == self.ctx.language.current)
            act.triggered.connect(lambda _c=False, c=code: self.switch_language(c))
            group.addAction(act)
            lang_menu.addAction(act)
        self.view_menu = view_menu
        self._action(
            view_menu,
            tr("&Maßnahmenliste aller Veranstaltungen …"),
            self.show_measures,
            "Ctrl+Shift+L",
        )

        self.presenter.build_menu(bar.addMenu(tr("Bea&mer")))
        help_menu = bar.addMenu(tr("&Hilfe"))
        self._action(help_menu, tr("Ü&ber Co-Smart Werkstatt"), self.about)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def switch_language(self, lang: str) -> None:
        """Rebuild the widgets in the new language; the data is unaffected."""
        if lang == self.ctx.language.current:
            return
        session_id = self.session_page.session_id
        self.session_page.close_session()
        self.ctx.settings.set(LANGUAGE, lang)
        self.ctx.language.apply(lang)
        old = self.pages
        self._build()
        old.deleteLater()
        if session_id:
            self.open_session(session_id)

    # -- navigation ----------------------------------------------------------
    def show_home(self) -> None:
        self.session_page.close_session()
        self.pages.setCurrentWidget(self.home)
        self.home.activate()  # the home screen's own undo stack
        self.home.reload()

    def open_session(self, session_id: str) -> None:
        try:
            self.session_page.open_session(session_id)
        except CosmartError as exc:
            self.home.show_error(error_text(exc))
            return
        self.pages.setCurrentWidget(self.session_page)

    # -- events and sessions ---------------------------------------------------
    def _districts(self) -> list[str]:
        custom = self.ctx.settings.get(DISTRICT_LIST)
        try:
            return load_districts(Path(custom) if custom else None)
        except CosmartError as exc:
            self.statusBar().showMessage(error_text(exc), 8000)
            return load_districts(None)

    def new_event(self) -> None:
        from .dialogs import EventDialog

        dialog = EventDialog(self._districts(), self._leitthemen(), None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        created: list[str] = []
        model = self.ctx.workshops

        def do() -> None:
            if created:
                model.update_event(created[0], deleted=False)
            else:
                created.append(model.create_event(**values))

        self._push(
            CallCommand(
                tr("Veranstaltung „{0}“ anlegen").format(values["title"]),
                do,
                lambda: model.update_event(created[0], deleted=True),
            )
        )
        if created:
            self.home.select("event", created[0])

    def edit_event(self, event_id: str) -> None:
        model = self.ctx.workshops
        event = model.event_info(event_id)
        from .dialogs import EventDialog

        dialog = EventDialog(self._districts(), self._leitthemen(), event, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.values()
        old = {k: getattr(event, k) for k in new}
        old["leitthemen"] = list(event.leitthemen)
        self._push(
            CallCommand(
                tr("Veranstaltung „{0}“ bearbeiten").format(event.title),
                lambda: model.update_event(event_id, **new),
                lambda: model.update_event(event_id, **old),
            )
        )

    def _leitthemen(self) -> list[tuple[str, str]]:
        return self.ctx.workshops.leitthemen()

    def _new_session_for_current(self) -> None:
        current = self.home.current()
        if self.session_page.session_id:
            event_id = self.ctx.workshops.session_info(self.session_page.session_id).event_id
        elif current is None:
            self.home.show_error(tr("Bitte zuerst eine Veranstaltung wählen oder anlegen."))
            return
        elif current[0] == "session":
            event_id = self.ctx.workshops.session_info(current[1]).event_id
        else:
            event_id = current[1]
        self.new_session(event_id)

    def new_session(self, event_id: str) -> None:
        from .dialogs import NewSessionDialog

        dialog = NewSessionDialog(self.ctx.language.current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        model = self.ctx.workshops
        fmt, title = dialog.selected_format(), dialog.chosen_title()
        created: list[str] = []

        def do() -> None:
            if created:
                model.update_session(created[0], deleted=False)
            else:
                created.append(
                    model.create_session(event_id, fmt, title, self.ctx.language.current)
                )

        self._push(
            CallCommand(
                tr("Sitzung anlegen"), do, lambda: model.update_session(created[0], deleted=True)
            )
        )
        if created:
            self.open_session(created[0])

    def _push(self, command: CallCommand) -> None:
        try:
            push(self.ctx.undo_group.activeStack(), command)
        except CosmartError as exc:
            QMessageBox.warning(self, tr("Nicht möglich"), error_text(exc))

    # -- export ----------------------------------------------------------------
    def export_json(self) -> None:
        session_id = self.session_page.session_id
        current = self.home.current()
        if session_id is None and current and current[0] == "session":
            session_id = current[1]
        if session_id is None:
            QMessageBox.information(
                self, tr("Export"), tr("Bitte zuerst eine Sitzung öffnen oder wählen.")
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Sitzung als JSON exportieren"), "sitzung.json", tr("JSON-Dateien (*.json)")
        )
        if not path:
            return
        ws, sid = self.ctx.workspace, session_id

        def work(report: Progress) -> str:
            from ..services.export.json_export import export_record, write_json

            report(0, 1, tr("Exportiere …"))
            write_json(Path(path), export_record(ws, session_id=sid))
            report(1, 1, "")
            return path

        BackgroundOperation(
            self,
            tr("Export"),
            work,
            lambda p: self.statusBar().showMessage(tr("Exportiert nach {0}").format(p), 8000),
            lambda m: QMessageBox.warning(self, tr("Export fehlgeschlagen"), m),
        ).start()

    def show_measures(self) -> None:
        """The workspace-wide Maßnahmenliste and Ideenpool in their own window."""
        from .steckbrief.window import MeasuresWindow

        shown = self.measures_window
        if shown is None:
            shown = self.measures_window = MeasuresWindow(
                self.ctx.steckbriefe,
                lambda: [(e.id, e.title, e.district) for e in self.ctx.workshops.events()],
                self._districts(),
                self,
            )
        shown.show()
        shown.raise_()
        shown.activateWindow()

    def _close_measures(self) -> None:
        if self.measures_window is not None:
            self.measures_window.close()
            self.measures_window.deleteLater()
        self.measures_window = None

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("Über Co-Smart Werkstatt"),
            tr(
                "Co-Smart Werkstatt {0}\nBeteiligungsveranstaltungen offline: Pinnwand, "
                "Abstimmungen, Steckbriefe und Protokolle."
            ).format(__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.loaded:
            self.session_page.close_session()  # commits pending typing
            self.presenter.close_window()
        super().closeEvent(event)

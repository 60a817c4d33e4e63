"""The facilitator's control of the projector: the presenter window (placed
by the screen service, following screens plugged in and out), the live
preview dock in the main window, and menu actions with shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..i18n import tr
from .screens import Screen, ScreenService
from .state import Mode, PresenterState
from .view import PresenterView
from .window import PresenterWindow

PREVIEW_SIZE = QSize(384, 216)
SHORTCUTS = {
    Mode.BOARD: "F9",
    Mode.PHASE: "F10",
    Mode.STATUS: "F11",
    Mode.RESULTS: "F12",
    Mode.QR: "Ctrl+F12",
    Mode.BLACK: "Ctrl+B",
}


class PresenterController(QObject):
    def __init__(self, ctx: AppContext, main_window: QMainWindow) -> None:
        super().__init__(main_window)
        self.ctx = ctx
        self.main_window = main_window
        self.state = PresenterState(self)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        self.screens = ScreenService(app, ctx.settings, self)
        self.window: PresenterWindow | None = None
        self.modes = QActionGroup(self)
        self.mode_actions: dict[Mode, QAction] = {}
        for mode in Mode:
            action = QAction(tr(mode.label), main_window, checkable=True)
            action.setShortcut(QKeySequence(SHORTCUTS[mode]))
            action.triggered.connect(lambda _c=False, m=mode: self.state.set_mode(m))
            self.modes.addAction(action)
            main_window.addAction(action)
            self.mode_actions[mode] = action
        self.act_window = QAction(tr("Beamer-&Fenster"), main_window, checkable=True)
        self.act_window.setShortcut(QKeySequence("F8"))
        self.act_window.toggled.connect(self.show_window)
        main_window.addAction(self.act_window)
        self.dock = self._build_dock()
        self.act_preview = self.dock.toggleViewAction()
        self.act_preview.setShortcut(QKeySequence("Ctrl+F8"))
        main_window.addAction(self.act_preview)
        self.state.changed.connect(self._sync_actions)
        self.screens.targetChanged.connect(self._retarget)
        self.screens.screensChanged.connect(self._show_screen)
        self._sync_actions()
        self._show_screen()

    # -- building -------------------------------------------------------------------
    def _build_dock(self) -> QDockWidget:
        dock = QDockWidget(tr("Beamer"), self.main_window)
        dock.setObjectName("PresenterDock")
        panel = QWidget(dock)
        self.preview = PresenterView(self.ctx, self.state, panel, preview=True)
        self.preview.setFixedSize(PREVIEW_SIZE)
        buttons = QGridLayout()
        self.mode_buttons: dict[Mode, QToolButton] = {}
        for index, (mode, action) in enumerate(self.mode_actions.items()):
            button = QToolButton(panel)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, index // 3, index % 3)
            self.mode_buttons[mode] = button
        open_button = QToolButton(panel)
        open_button.setDefaultAction(self.act_window)
        self.screen_label = QLabel(panel)
        self.screen_label.setWordWrap(True)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addWidget(self.screen_label, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        dock.setWidget(panel)
        self.main_window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()  # shown with the presenter window, or by Ctrl+F8
        return dock

    def build_menu(self, menu: QMenu) -> None:
        """Fill the main window's projector menu (called again after a language switch)."""
        self.act_window.setText(tr("Beamer-&Fenster"))
        self.act_preview.setText(tr("&Vorschau im Hauptfenster"))
        self.dock.setWindowTitle(tr("Beamer"))
        menu.addAction(self.act_window)
        menu.addAction(self.act_preview)
        menu.addSeparator()
        for mode, action in self.mode_actions.items():
            action.setText(tr(mode.label))
            menu.addAction(action)
        menu.addSeparator()
        screens = menu.addMenu(tr("&Bildschirm für den Beamer"))
        screens.aboutToShow.connect(lambda: self._fill_screens(screens))

    def _fill_screens(self, menu: QMenu) -> None:
        menu.clear()
        group = QActionGroup(menu)
        chosen = self.screens.remembered()
        auto = QAction(tr("Automatisch (erster Zweitbildschirm)"), menu, checkable=True)
        auto.setChecked(not chosen)
        auto.triggered.connect(lambda: self.screens.choose(""))
        group.addAction(auto)
        menu.addAction(auto)
        for screen in self.screens.screens():
            text = screen.label() + (" – " + tr("Hauptbildschirm") if screen.primary else "")
            action = QAction(text, menu, checkable=True)
            action.setChecked(screen.name == chosen)
            action.triggered.connect(lambda _c=False, n=screen.name: self.screens.choose(n))
            group.addAction(action)
            menu.addAction(action)

    # -- state ----------------------------------------------------------------------
    def _sync_actions(self) -> None:
        self.mode_actions[self.state.mode].setChecked(True)

    def _show_screen(self) -> None:
        target = self.screens.target()
        self.screen_label.setText(
            tr("Beamer: {0}").format(target.label())
            if target
            else tr("Kein zweiter Bildschirm – der Beamer öffnet als Fenster.")
        )

    def set_session(self, session_id: object) -> None:
        self.state.set_session(session_id if isinstance(session_id, str) else None)
        if isinstance(session_id, str):
            rounds = self.ctx.voting.rounds(session_id)
            if rounds:
                self.state.set_round(rounds[-1].id)

    def present_round(self, round_id: str, mode: str) -> None:
        self.state.set_round(round_id)
        self.state.set_mode(Mode(mode))
        if self.window is None or not self.window.isVisible():
            self.act_window.setChecked(True)

    # -- the window -----------------------------------------------------------------
    def show_window(self, visible: bool) -> None:
        if not visible:
            self.close_window()
            return
        if self.window is None:
            self.window = PresenterWindow(self.ctx, self.state)
            self.window.closed.connect(lambda: self.act_window.setChecked(False))
        self._place(self.screens.target())
        self.dock.show()

    def _place(self, target: Screen | None) -> None:
        if self.window is None:
            return
        projector = self.screens.qscreen(target)
        fallback = self.main_window.screen() or QGuiApplication.primaryScreen()
        self.window.place(projector, fallback)
        if target is not None:
            self.screens.remember(target)

    def _retarget(self, target: object) -> None:
        self._show_screen()
        if self.window is not None and self.window.isVisible():
            self._place(target if isinstance(target, Screen) else None)

    def close_window(self) -> None:
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.act_window.isChecked():
            self.act_window.setChecked(False)

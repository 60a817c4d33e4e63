"""Composition root: settings, workspace, services, windows.

The window appears before the heavy part of the program is imported: for an
existing workspace at the current schema, the home screen's list is read with
the standard library's sqlite3 and shown read-only; the database layer, the
services and the feature views load right after the first paint and take over
the same window (``MainWindow.attach``)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cli
from .domain.errors import CosmartError
from .services.settings import LANGUAGE, Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .services.workshop_info import EventInfo
    from .storage.workspace import Workspace
    from .ui.context import AppContext
    from .ui.main_window import MainWindow


def build_context(workspace: Workspace, settings: Settings, lang: str) -> AppContext:
    from PySide6.QtGui import QUndoGroup

    from .services.board import BoardService
    from .services.voting import VotingService
    from .services.workshops import WorkshopService
    from .ui.board.model import BoardModel
    from .ui.context import AppContext
    from .ui.i18n import Language
    from .ui.steckbrief.model import SteckbriefModel
    from .ui.voting.model import VotingModel
    from .ui.workshop_model import WorkshopModel

    language = Language()
    language.apply(lang)
    ctx = AppContext(
        workspace=workspace,
        settings=settings,
        language=language,
        workshops=WorkshopModel(WorkshopService(workspace)),
        undo_group=QUndoGroup(),
        voting=VotingModel(VotingService(workspace)),
        board=BoardModel(BoardService(workspace)),
        steckbriefe=SteckbriefModel(workspace, settings),
    )
    ctx.voting.follow_board(ctx.board)  # vote option labels follow the board
    return ctx


def _quick_preview(db: Path) -> list[EventInfo] | None:
    """The home list of a healthy workspace at the current schema, read without
    the ORM; None where the full open path must decide (new file, migration,
    anything odd — the refusal then comes from ``open_workspace``)."""
    from .services.overview import quick_event_list
    from .storage import migrate
    from .storage.guard import FileState, inspect_file

    try:
        inspection = inspect_file(db, migrate.known_revisions())
        if inspection.state is not FileState.WORKSPACE:
            return None
        if inspection.revision != migrate.head_revision():
            return None
        return quick_event_list(db)
    except (CosmartError, OSError, ValueError, LookupError):
        return None
    except Exception:
        return None


def _refuse(app: QApplication, command: str | None, exc: CosmartError) -> int:
    from PySide6.QtWidgets import QMessageBox

    from .ui.i18n import error_text

    print(f"cosmart: {exc}", file=sys.stderr)  # English, as on the command line
    if command is None and app.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, "Co-Smart Werkstatt", error_text(exc))
    return 2


def _load(db: Path, settings: Settings, lang: str, create: bool) -> AppContext:
    workspace = cli.open_ws(db, create=create)
    try:
        return build_context(workspace, settings, lang)
    except BaseException:
        workspace.close()
        raise


def _screenshots(window: MainWindow, args: Any) -> int:
    from .ui.screenshots import render_all

    written = render_all(window, args.out)
    payload = {"out": str(args.out), "files": [str(p) for p in written]}
    if getattr(args, "json", False):
        print(json.dumps(payload, ensure_ascii=False))
    else:
        print("\n".join(payload["files"]))
    window.close()
    return 0


def run_gui(args: Any) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from .ui.i18n import Language
    from .ui.identity import apply_identity
    from .ui.main_window import MainWindow

    settings = Settings()
    db = cli.resolve_db(args)
    lang = getattr(args, "lang", None) or settings.get(LANGUAGE)
    command = getattr(args, "command", None)
    if command == "screenshots":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Co-Smart Werkstatt")
    app.setOrganizationName("Co-Smart")
    app.setApplicationVersion(__import__("cosmart_desktop").__version__)
    apply_identity(app)  # window icon, desktop-file id (packaging/)
    Language().apply(lang)

    preview = _quick_preview(db) if command is None else None
    if preview is None:
        try:
            ctx = _load(db, settings, lang, create=command != "screenshots")
        except CosmartError as exc:
            return _refuse(app, command, exc)
        window = MainWindow(ctx)
        try:
            if command == "screenshots":
                return _screenshots(window, args)
            return _run_window(app, window, args)
        finally:
            ctx.workspace.close()

    window = MainWindow(preview=preview, settings=settings, workspace_path=db)
    loaded: list[AppContext] = []
    outcome: list[int] = []

    def finish_start() -> None:
        try:
            loaded.append(_load(db, settings, lang, create=True))
        except CosmartError as exc:
            QApplication.restoreOverrideCursor()
            outcome.append(_refuse(app, command, exc))
            app.quit()
            return
        window.attach(loaded[0])
        QApplication.restoreOverrideCursor()
        window.statusBar().showMessage(tr_loaded(db))
        if getattr(args, "open_session", None):
            window.open_session(args.open_session)

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    # let the window paint its list first, then load the rest into it
    _FirstPaint(window, lambda: QTimer.singleShot(0, finish_start))
    window.show()
    try:
        code = int(app.exec())
    finally:
        if loaded:
            loaded[0].workspace.close()
    return outcome[0] if outcome else code


class _FirstPaint:
    """Calls ``then`` once, after ``window`` has painted for the first time."""

    def __init__(self, window: MainWindow, then: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        outer = self

        class Filter(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if obj is window and event.type() == QEvent.Type.Paint and not outer.done:
                    outer.done = True
                    window.removeEventFilter(self)
                    then()
                return False

        self.done = False
        self._filter = Filter(window)
        window.installEventFilter(self._filter)


def tr_loaded(db: Path) -> str:
    from .ui.i18n import tr

    return tr("Arbeitsbereich: {0}").format(db)


def _run_window(app: QApplication, window: MainWindow, args: Any) -> int:
    window.show()
    if getattr(args, "open_session", None):
        window.open_session(args.open_session)
    return int(app.exec())


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(argv)
    if args.command in cli.GUI_COMMANDS:
        return run_gui(args)
    return cli.run(args)

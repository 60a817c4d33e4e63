"""Composition root: settings, workspace, services, windows."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence

from . import cli
from .domain.errors import CosmartError
from .services.settings import LANGUAGE, Settings
from .services.voting import VotingService
from .services.workshops import WorkshopService
from .storage.workspace import Workspace, open_workspace


def build_context(workspace: Workspace, settings: Settings, lang: str) -> object:
    from PySide6.QtGui import QUndoGroup

    from .services.board import BoardService
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


def run_gui(args: object) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .ui.context import AppContext
    from .ui.main_window import MainWindow

    settings = Settings()
    db = cli.resolve_db(args)  # type: ignore[arg-type]
    lang = getattr(args, "lang", None) or settings.get(LANGUAGE)
    command = getattr(args, "command", None)
    if command == "screenshots":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Co-Smart Werkstatt")
    app.setOrganizationName("Co-Smart")
    app.setApplicationVersion(__import__("cosmart_desktop").__version__)
    try:
        workspace = open_workspace(db, create=command != "screenshots")
    except CosmartError as exc:
        print(f"cosmart: {exc}", file=sys.stderr)
        if command is None and QApplication.platformName() not in ("offscreen", "minimal"):
            QMessageBox.critical(None, "Co-Smart Werkstatt", str(exc))
        return 2
    ctx = build_context(workspace, settings, lang)
    assert isinstance(ctx, AppContext)
    window = MainWindow(ctx)
    try:
        if command == "screenshots":
            from .ui.screenshots import render_all

            written = render_all(window, args.out)  # type: ignore[attr-defined]
            payload = {"out": str(args.out), "files": [str(p) for p in written]}  # type: ignore[attr-defined]
            if getattr(args, "json", False):
                print(json.dumps(payload, ensure_ascii=False))
            else:
                print("\n".join(payload["files"]))
            window.close()
            return 0
        window.show()
        if getattr(args, "open_session", None):
            window.open_session(args.open_session)  # type: ignore[attr-defined]
        return int(app.exec())
    finally:
        workspace.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(argv)
    if args.command in cli.GUI_COMMANDS:
        return run_gui(args)
    return cli.run(args)

"""File → Export → protocol: a save dialog, then the export in the background
with a progress dialog (``ui.tasks.BackgroundOperation``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from ...services.export.protocol import SUFFIXES, ProtocolWritten, write_protocol
from ...services.settings import FOLLOWUP_URL, OFFICE
from ..context import AppContext
from ..i18n import tr
from ..tasks import BackgroundOperation, Progress

#: format → (file suffix, name filter)
FILTERS = {
    "pdf": (".pdf", "PDF-Dokument (*.pdf)"),
    "html": (".html", "Webseite, eine Datei (*.html *.htm)"),
    "markdown": (".md", "Markdown (*.md)"),
    "csv": (".csv", "Karten als CSV für Excel (*.csv)"),
}


def safe_file_name(title: str) -> str:
    """A file name from a title: no path separators or reserved characters."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return re.sub(r"\s+", " ", name)[:80] or "Protokoll"


class _Home(Protocol):
    def current(self) -> tuple[str, str] | None: ...


class _SessionPage(Protocol):
    session_id: str | None


class _Window(Protocol):
    """What the export needs of the main window."""

    ctx: AppContext
    home: _Home
    session_page: _SessionPage


class ProtocolExport(QObject):
    """The protocol actions of the export menu, for the current session or event."""

    #: the file written (after a successful export)
    exported = Signal(str)
    #: the message shown when an export failed
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        current_session: Callable[[], str | None],
        current_event: Callable[[], str | None],
        status: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.ctx = ctx
        self.current_session = current_session
        self.current_event = current_event
        self.status = status
        self.dialog: QFileDialog | None = None

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        items: list[tuple[str, Callable[[], None], str | None]] = [
            (tr("Sitzungs&protokoll (PDF) …"), lambda: self.export_session("pdf"), "Ctrl+Shift+P"),
            (
                tr("Sitzungsprotokoll als &Webseite (HTML) …"),
                lambda: self.export_session("html"),
                None,
            ),
            (
                tr("Sitzungsprotokoll als &Markdown …"),
                lambda: self.export_session("markdown"),
                None,
            ),
            (tr("&Karten als CSV (Excel) …"), lambda: self.export_session("csv"), None),
            (tr("&Veranstaltungsprotokoll, alle Sitzungen (PDF) …"), self.export_event, None),
        ]
        for text, slot, shortcut in items:
            action = QAction(text, menu)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _c=False, f=slot: f())
            menu.addAction(action)

    # -- entry points ------------------------------------------------------------
    def export_session(self, fmt: str = "pdf") -> None:
        session_id = self.current_session()
        if session_id is None:
            QMessageBox.information(
                self.window, tr("Export"), tr("Bitte zuerst eine Sitzung öffnen oder wählen.")
            )
            return
        title = self.ctx.workshops.session_info(session_id).title
        path = self.ask_path(tr("Sitzungsprotokoll exportieren"), title, fmt)
        if path is not None:
            self.run(path, session_id=session_id)

    def export_event(self) -> None:
        event_id = self.current_event()
        if event_id is None:
            QMessageBox.information(
                self.window,
                tr("Export"),
                tr("Bitte zuerst eine Veranstaltung oder eine ihrer Sitzungen wählen."),
            )
            return
        title = self.ctx.workshops.event_info(event_id).title
        path = self.ask_path(tr("Veranstaltungsprotokoll exportieren"), title, "pdf")
        if path is not None:
            self.run(path, event_id=event_id)

    # -- dialog ---------------------------------------------------------------------
    def ask_path(self, caption: str, title: str, fmt: str) -> Path | None:
        """Ask where to save; the chosen filter decides the format when the name
        has no known suffix."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        suffix, _name_filter = FILTERS[fmt]
        dialog = QFileDialog(self.window, caption)
        dialog.setObjectName("protocolSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, self._plain_dialog())
        dialog.setNameFilters([tr(f[1]) for f in FILTERS.values()])
        dialog.selectNameFilter(tr(FILTERS[fmt][1]))
        dialog.setDirectory(folder)
        dialog.selectFile(f"{tr('Protokoll')} {safe_file_name(title)}{suffix}")
        dialog.setAccessibleName(caption)
        self.dialog = dialog
        try:
            if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            path = Path(dialog.selectedFiles()[0])
            chosen = next(
                (k for k, v in FILTERS.items() if tr(v[1]) == dialog.selectedNameFilter()), fmt
            )
        finally:
            self.dialog = None
            dialog.deleteLater()
        if path.suffix.lower() not in SUFFIXES:
            path = path.with_name(path.name + FILTERS[chosen][0])
        return path

    @staticmethod
    def _plain_dialog() -> bool:
        """Qt's own dialog where no native one exists (offscreen, tests)."""
        from PySide6.QtGui import QGuiApplication

        return QGuiApplication.platformName() in ("offscreen", "minimal")

    # -- the work ---------------------------------------------------------------------
    def run(
        self, path: Path, *, session_id: str | None = None, event_id: str | None = None
    ) -> None:
        ws = self.ctx.workspace
        office = self.ctx.settings.get(OFFICE)
        template = self.ctx.settings.get(FOLLOWUP_URL)

        def work(report: Progress) -> ProtocolWritten:
            return write_protocol(
                ws,
                path,
                session_id=session_id,
                event_id=event_id,
                office=office,
                url_template=template,
                progress=report,
            )

        BackgroundOperation(
            self.window, tr("Protokoll wird erstellt …"), work, self._done, self._error
        ).start()

    def _done(self, written: object) -> None:
        assert isinstance(written, ProtocolWritten)
        message = tr("Protokoll gespeichert: {0}").format(written.path)
        if written.pages:
            message += " " + tr("({0} Seiten)").format(written.pages)
        if self.status is not None:
            self.status(message)
        self.exported.emit(str(written.path))

    def _error(self, message: str) -> None:
        self.failed.emit(message)
        QMessageBox.warning(
            self.window,
            tr("Export fehlgeschlagen"),
            tr("Das Protokoll konnte nicht gespeichert werden:\n{0}").format(message),
        )


def for_main_window(window: QMainWindow) -> ProtocolExport:
    """The protocol export for the main window: the open session, else the one
    chosen on the home screen; the event of that session, else the chosen event."""
    host: _Window = window  # type: ignore[assignment]  # MainWindow has these members
    ctx = host.ctx

    def session() -> str | None:
        sid = host.session_page.session_id
        current = host.home.current()
        if sid is None and current is not None and current[0] == "session":
            sid = current[1]
        return sid

    def event() -> str | None:
        sid = session()
        if sid is not None:
            return ctx.workshops.session_info(sid).event_id
        current = host.home.current()
        return current[1] if current is not None and current[0] == "event" else None

    old = window.findChild(ProtocolExport, "protocolExport")
    if old is not None:  # the menus are rebuilt on a language switch
        old.setObjectName("")
        old.deleteLater()
    export = ProtocolExport(
        window, ctx, session, event, lambda m: window.statusBar().showMessage(m, 10_000)
    )
    export.setObjectName("protocolExport")
    return export


__all__ = ["ProtocolExport", "for_main_window", "safe_file_name"]

"""The window appears with the workspace's events before the database layer is
loaded, then the whole application takes over the same window."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cosmart_desktop.app import main
from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.services.overview import quick_event_list
from cosmart_desktop.services.workshops import WorkshopService


def _fill(workspace):
    svc = WorkshopService(workspace)
    a = svc.create_event("Denklabor Wesertor", district="Wesertor")
    svc.create_session(a, SessionFormat.DENKLABOR, "Vormittag")
    svc.create_session(a, SessionFormat.FREE, "Nachmittag")
    b = svc.create_event("Ohne Datum, archiviert", archived=True)
    svc.create_session(b, SessionFormat.BUERGERRAT)
    gone = svc.create_event("gelöscht")
    svc.update_event(gone, deleted=True)
    return svc


def test_quick_list_equals_the_service_list(workspace):
    svc = _fill(workspace)
    assert quick_event_list(workspace.path) == svc.list_events()


def test_preview_paints_before_sqlalchemy_is_imported(workspace, tmp_path):
    _fill(workspace)
    workspace.close()
    probe = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
seen = []
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and not seen:
            seen.append(1)
            print(obj.home.tree.topLevelItemCount(), "sqlalchemy" in sys.modules, obj.loaded)
            sys.stdout.flush()
            import os; os._exit(0)
        return False
app = QApplication(sys.argv[:1]); p = Probe(); app.installEventFilter(p)
from cosmart_desktop.app import main
main(["--db", sys.argv[1]])
"""
    out = subprocess.run(
        [sys.executable, "-c", probe, str(workspace.path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.stdout.split() == ["1", "False", "False"], out.stderr[-2000:]


def test_the_loaded_application_takes_over_the_window(workspace, qapp):
    _fill(workspace)
    workspace.close()
    state: dict[str, object] = {}

    def check(tries: int = 0) -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"]
        window = windows[0] if windows else None
        if window is None or not window.loaded:
            if tries < 300:
                QTimer.singleShot(50, lambda: check(tries + 1))
            else:
                QApplication.quit()
            return
        state["events"] = window.home.tree.topLevelItemCount()
        state["enabled"] = window.home.isEnabled()
        session_id = window.ctx.workshops.events()[0].sessions[0].id
        window.open_session(session_id)
        state["session"] = window.session_page.session_id == session_id
        state["tabs"] = window.session_page.tabs.count()
        window.close()

    QTimer.singleShot(0, check)
    assert main(["--db", str(workspace.path)]) == 0
    assert state == {"events": 1, "enabled": True, "session": True, "tabs": 5}

"""One helper for slow work (export, import, sync): runs a function in a worker
thread with a progress dialog and calls back on the GUI thread."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from .i18n import error_text, tr

#: the work function receives a progress callback: report(done, total, label)
Progress = Callable[[int, int, str], None]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._work(lambda d, t, label: self.signals.progress.emit(d, t, label))
        except Exception as exc:
            traceback.print_exc()
            self.signals.failed.emit(error_text(exc) or type(exc).__name__)
        else:
            self.signals.finished.emit(result)


class BackgroundOperation(QObject):
    """Run ``work`` off the GUI thread; exactly one of on_done / on_error is called."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], object],
        on_error: Callable[[str], object],
    ) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self._dialog = QProgressDialog(title, tr("Abbrechen"), 0, 0, parent)
        self._dialog.setWindowTitle(title)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(300)
        self._dialog.setCancelButton(None)
        self._signals.progress.connect(self._on_progress)
        self._on_done = on_done
        self._on_error = on_error
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self._job = _Job(work, self._signals)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._job)

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(done)
        if label:
            self._dialog.setLabelText(label)

    def _finished(self, result: object) -> None:
        self._close()
        self._on_done(result)

    def _failed(self, message: str) -> None:
        self._close()
        self._on_error(message)

    def _close(self) -> None:
        self._dialog.reset()
        self._dialog.close()
        self.deleteLater()

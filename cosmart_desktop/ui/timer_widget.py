"""The phase timer: set, start, pause, +1 min, reset; a clear visual end signal.

The state lives in the database (domain.timer.TimerState), so a running timer
keeps running across a restart; this widget only displays and commands it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.timer import TimerState, format_clock
from .commands import CallCommand, push
from .i18n import tr
from .workshop_model import WorkshopModel

ENDED_STYLE = "background:#b00020;color:#ffffff;border-radius:6px;"
ENDED_BLINK_STYLE = "background:#ffffff;color:#b00020;border-radius:6px;"
LOW_STYLE = "background:#ffd54f;color:#000000;border-radius:6px;"
NORMAL_STYLE = "background:#1b1b1b;color:#ffffff;border-radius:6px;"


class TimerDisplay(QLabel):
    """Large mm:ss label that turns amber in the last minute and flashes red at the end."""

    ended = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        point_size: int = 28,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__("00:00", parent)
        self.clock = clock
        font = QFont()
        font.setPointSize(point_size)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(point_size * 6)
        self.state = TimerState()
        self.is_over = False
        self._was_over = False
        self._blink = False

    def show_state(self, state: TimerState, now: float | None = None) -> None:
        self.state = state
        self.refresh(now)

    def refresh(self, now: float | None = None) -> None:
        now = self.clock() if now is None else now
        remaining = self.state.remaining(now)
        self.setText(format_clock(remaining))
        self.is_over = self.state.finished(now)
        self._blink = not self._blink
        if self.is_over:
            self.setStyleSheet(
                ENDED_BLINK_STYLE if (self._blink and self.state.running) else ENDED_STYLE
            )
            self.setToolTip(tr("Die Zeit ist um"))
            self.setAccessibleName(
                tr("Zeit ist um, Überziehung {0}").format(format_clock(-remaining))
            )
        elif self.state.duration_s and remaining <= 60:
            self.setStyleSheet(LOW_STYLE)
            self.setAccessibleName(tr("Restzeit {0}").format(self.text()))
        else:
            self.setStyleSheet(NORMAL_STYLE)
            self.setToolTip("")
            self.setAccessibleName(tr("Restzeit {0}").format(self.text()))
        if self.is_over and not self._was_over:
            self.ended.emit()
        self._was_over = self.is_over


class TimerWidget(QWidget):
    """Display plus the facilitator's controls; every change is an undoable
    command on the session's undo stack."""

    def __init__(
        self,
        model: WorkshopModel,
        undo_stack_getter: Callable[[], QUndoStack | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._stack = undo_stack_getter
        self.phase_id: str | None = None
        self.display = TimerDisplay(self, clock=model.service.now)
        self.display.setMinimumWidth(self.display.fontMetrics().horizontalAdvance("0:00:00") + 40)
        self.end_label = QLabel(tr("Zeit ist um!"), self)
        self.end_label.setStyleSheet("color:#b00020;font-weight:bold;")
        self.end_label.hide()
        self.btn_start = QPushButton(tr("Start"), self)
        self.btn_pause = QPushButton(tr("Pause"), self)
        self.btn_plus = QPushButton(tr("+1 Min."), self)
        self.btn_reset = QPushButton(tr("Zurücksetzen"), self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(tr(" Min."))
        self.minutes.setAccessibleName(tr("Dauer der Phase in Minuten"))
        self.btn_set = QPushButton(tr("Stellen"), self)
        self.btn_start.setToolTip(tr("Timer starten (F5)"))
        self.btn_pause.setToolTip(tr("Timer anhalten (F6)"))
        self.btn_plus.setToolTip(tr("Eine Minute mehr (F7)"))
        self.btn_set.setToolTip(tr("Den Timer auf die eingestellte Dauer stellen"))
        self.btn_reset.setToolTip(tr("Die verbrauchte Zeit auf null setzen"))
        run_row = QHBoxLayout()
        for b in (self.btn_start, self.btn_pause, self.btn_plus, self.btn_reset):
            run_row.addWidget(b)
        set_row = QHBoxLayout()
        set_row.addWidget(QLabel(tr("Dauer:"), self))
        set_row.addWidget(self.minutes)
        set_row.addWidget(self.btn_set)
        set_row.addStretch(1)
        controls = QVBoxLayout()
        controls.addLayout(run_row)
        controls.addLayout(set_row)
        controls.addWidget(self.end_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addLayout(controls, 1)
        self.btn_start.clicked.connect(lambda: self._command("start", tr("Timer starten")))
        self.btn_pause.clicked.connect(lambda: self._command("pause", tr("Timer anhalten")))
        self.btn_plus.clicked.connect(lambda: self._command("add", tr("Timer +1 Minute"), 60))
        self.btn_reset.clicked.connect(lambda: self._command("reset", tr("Timer zurücksetzen")))
        self.btn_set.clicked.connect(self._set_duration)
        self.minutes.editingFinished.connect(self._set_duration)
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._on_tick)
        self.display.ended.connect(self.end_label.show)
        model.timerChanged.connect(self._on_timer_changed)

    def set_phase(self, phase_id: str | None) -> None:
        self.phase_id = phase_id
        self.reload()

    def reload(self) -> None:
        if self.phase_id is None:
            self.display.show_state(TimerState())
            self._tick.stop()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        state = self.model.phase_info(self.phase_id).timer
        self.display.show_state(state)
        self.end_label.setVisible(self.display.is_over)
        self.btn_start.setEnabled(not state.running)
        self.btn_pause.setEnabled(state.running)
        if not self.minutes.hasFocus():
            self.minutes.setValue(state.duration_s // 60)
        if state.running:
            self._tick.start()
        else:
            self._tick.stop()

    def _on_tick(self) -> None:
        self.display.refresh()

    def _on_timer_changed(self, phase_id: str) -> None:
        if phase_id == self.phase_id:
            self.reload()

    def _command(self, action: str, text: str, *args: int) -> None:
        if self.phase_id is None:
            return
        phase_id = self.phase_id
        before = self.model.phase_info(phase_id).timer
        command = CallCommand(
            text,
            lambda: self.model.timer(phase_id, action, *args),
            lambda: self.model.timer(phase_id, "restore", before),
        )
        push(self._stack(), command)

    def _set_duration(self) -> None:
        if self.phase_id is None:
            return
        seconds = self.minutes.value() * 60
        if seconds == self.model.phase_info(self.phase_id).timer.duration_s:
            return
        self._command("set", tr("Timer auf {0} Min. stellen").format(self.minutes.value()), seconds)

"""A session at work: phases on the left, the running phase's question, rules and
timer on top, and the session's views (phase details, board, votes, …) as tabs.

Each feature contributes a tab implementing ``SessionTab``; the tabs share the
session's undo stack."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .i18n import tr
from .phase_list import PhaseList
from .phase_view import PhaseView
from .timer_widget import TimerDisplay


class SessionTab(Protocol):
    """What a feature view in the session page offers."""

    def set_session(self, session_id: str | None) -> None: ...

    def set_phase(self, phase_id: str | None) -> None: ...


class SessionPage(QWidget):
    backRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.stacks: dict[str, QUndoStack] = {}
        model = ctx.workshops
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size:16pt;font-weight:bold;")
        self.running = QLabel(self)
        self.running.setWordWrap(True)
        self.running.setStyleSheet("font-size:13pt;")
        self.running_timer = TimerDisplay(self, point_size=20)
        self.running_timer.setAccessibleName(tr("Timer der laufenden Phase"))
        self.phases = PhaseList(model, self.undo_stack, self)
        self.phase_view = PhaseView(model, self.undo_stack, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.phase_view, tr("&Phase"))
        self.feature_tabs: list[SessionTab] = []
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.running)
        header.addLayout(titles, 1)
        header.addWidget(self.running_timer)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("Phasen"), left))
        left_layout.addWidget(self.phases)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        self.phases.phaseSelected.connect(self._phase_selected)
        self.phases.errorOccurred.connect(self.show_error)
        model.currentPhaseChanged.connect(self._current_changed)
        model.phaseChanged.connect(lambda _p: self._show_running())
        model.timerChanged.connect(lambda _p: self._show_running())
        model.sessionChanged.connect(self._session_changed)
        self._tick_id = self.startTimer(500)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Add a feature view (it must implement ``SessionTab``)."""
        self.tabs.addTab(widget, title)
        self.feature_tabs.append(widget)  # type: ignore[arg-type]

    def undo_stack(self) -> QUndoStack | None:
        if self.session_id is None:
            return None
        return self.stacks.get(self.session_id)

    def open_session(self, session_id: str) -> None:
        if session_id not in self.stacks:
            stack = QUndoStack(self)
            stack.setUndoLimit(500)
            self.ctx.undo_group.addStack(stack)
            self.stacks[session_id] = stack
        self.session_id = session_id
        self.ctx.undo_group.setActiveStack(self.stacks[session_id])
        self.ctx.settings.push_recent(session_id)
        self._show_heading()
        self.phases.set_session(session_id)
        for tab in self.feature_tabs:
            tab.set_session(session_id)
        self._show_running()
        self.show_error("")

    def close_session(self) -> None:
        self.phase_view.set_phase(None)  # commits pending typing
        self.session_id = None
        for tab in self.feature_tabs:
            tab.set_session(None)

    def _session_changed(self, session_id: str) -> None:
        if session_id == self.session_id:
            self._show_heading()

    def _show_heading(self) -> None:
        if self.session_id is None:
            return
        session = self.ctx.workshops.session_info(self.session_id)
        event = self.ctx.workshops.event_info(session.event_id)
        self.heading.setText(f"{session.title} · {tr(session.format.label)} · {event.title}")

    def _show_running(self) -> None:
        if self.session_id is None:
            return
        current = self.ctx.workshops.session_info(self.session_id).current_phase_id
        if current is None:
            self.running.setText(tr("Keine Phase läuft."))
            return
        phase = self.ctx.workshops.phase_info(current)
        self.running.setText(
            tr("Laufende Phase: {0} – {1}").format(phase.title, phase.guiding_question)
        )
        self.running_timer.show_state(phase.timer)

    def timerEvent(self, event: object) -> None:
        self.running_timer.refresh()

    def _phase_selected(self, phase_id: str) -> None:
        self.phase_view.set_phase(phase_id)
        for tab in self.feature_tabs:
            tab.set_phase(phase_id)

    def _current_changed(self, session_id: str, phase_id: str) -> None:
        if session_id == self.session_id:
            self._show_running()
            if phase_id:
                self.phases.select(phase_id)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

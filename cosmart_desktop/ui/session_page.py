"""A session at work: phases on the left, the running phase's question and timer
on top, and the session's views (phase details, board, votes, …) as tabs.

Each feature contributes a tab implementing ``SessionTab``; the tabs share the
session's undo stack."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, QTimerEvent, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import CosmartError
from .context import AppContext
from .i18n import tr
from .phase_list import PhaseList
from .phase_view import PhaseView
from .timer_widget import TimerDisplay


class SessionTab(Protocol):
    """What a feature view in the session page offers."""

    def set_session(self, session_id: str | None) -> None: ...

    def set_phase(self, phase_id: str | None) -> None: ...


def _scaled(label: QLabel, factor: float, bold: bool = False) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


class SessionPage(QWidget):
    backRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionPage")
        self.ctx = ctx
        self.session_id: str | None = None
        self.stacks: dict[str, QUndoStack] = {}
        model = ctx.workshops
        self.back = QPushButton(tr("← Übersicht"), self)
        self.back.setToolTip(tr("Zurück zur Übersicht (Strg+Umschalt+H)"))
        self.back.clicked.connect(self.backRequested.emit)
        self.heading = QLabel(self)
        self.heading.setAccessibleName(tr("Sitzung"))
        _scaled(self.heading, 1.5, bold=True)
        self.subheading = QLabel(self)
        self.subheading.setStyleSheet("color:#555555;")
        self.running = QLabel(self)
        self.running.setAccessibleName(tr("Laufende Phase"))
        _scaled(self.running, 1.15, bold=True)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setAccessibleName(tr("Leitfrage der laufenden Phase"))
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _scaled(self.question, 1.35)
        self.rules = QLabel(self)
        self.rules.setWordWrap(True)
        self.rules.setAccessibleName(tr("Regeln der laufenden Phase"))
        self.rules.setStyleSheet("color:#444444;")
        self.rules.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.running_timer = TimerDisplay(self, point_size=22, clock=model.service.now)
        self.running_timer.setAccessibleName(tr("Timer der laufenden Phase"))
        self.phases = PhaseList(model, self.undo_stack, self)
        self.phase_view = PhaseView(model, self.undo_stack, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.phase_view, tr("&Phase"))
        self.feature_tabs: list[SessionTab] = []

        titles = QVBoxLayout()
        titles.setSpacing(2)
        title_row = QHBoxLayout()
        title_row.addWidget(self.back)
        title_row.addSpacing(8)
        title_row.addWidget(self.heading, 1)
        titles.addLayout(title_row)
        titles.addWidget(self.subheading)
        titles.addSpacing(6)
        titles.addWidget(self.running)
        titles.addWidget(self.question)
        titles.addWidget(self.rules)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(self.running_timer, 0, Qt.AlignmentFlag.AlignTop)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        phases_label = QLabel(tr("Phasen"), left)
        _scaled(phases_label, 1.0, bold=True)
        left_layout.addWidget(phases_label)
        left_layout.addWidget(self.phases)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 8)
        layout.addLayout(header)
        layout.addWidget(line)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        self.phases.phaseSelected.connect(self._phase_selected)
        self.phases.errorOccurred.connect(self.show_error)
        model.currentPhaseChanged.connect(self._current_changed)
        model.phaseChanged.connect(lambda _p: self._show_running())
        model.timerChanged.connect(lambda _p: self._show_running())
        model.sessionChanged.connect(self._session_changed)
        model.eventsChanged.connect(self._show_heading)
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
        self.ctx.workshops.session_info(session_id)  # raises NotFound for a deleted one
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
        self.phases.list.setFocus()

    def close_session(self) -> None:
        self.phase_view.set_phase(None)  # commits pending typing
        self.session_id = None
        for tab in self.feature_tabs:
            tab.set_session(None)

    def commit_pending(self) -> None:
        """Store what is being typed right now (before closing, switching, …)."""
        self.phase_view.commit_pending()

    def _session_changed(self, session_id: str) -> None:
        if session_id == self.session_id:
            self._show_heading()

    def _show_heading(self) -> None:
        if self.session_id is None:
            return
        model = self.ctx.workshops
        try:
            session = model.session_info(self.session_id)
            event = model.event_info(session.event_id)
        except CosmartError:  # deleted meanwhile (e.g. undo on the home screen)
            return
        self.heading.setText(session.title)
        details = [tr(session.format.label), event.title]
        if event.district:
            details.append(event.district)
        if event.date:
            details.append(event.date.strftime("%d.%m.%Y"))
        self.subheading.setText(" · ".join(details))

    def _show_running(self) -> None:
        if self.session_id is None:
            return
        current = self.ctx.workshops.session_info(self.session_id).current_phase_id
        if current is None:
            self.running.setText(tr("Keine Phase läuft."))
            self.question.clear()
            self.rules.clear()
            return
        phase = self.ctx.workshops.phase_info(current)
        self.running.setText(tr("Laufende Phase: {0}").format(phase.title))
        self.question.setText(phase.guiding_question)
        self.question.setVisible(bool(phase.guiding_question))
        self.rules.setText(phase.rules)
        self.rules.setVisible(bool(phase.rules))
        self.running_timer.show_state(phase.timer)

    def timerEvent(self, event: QTimerEvent) -> None:
        if event.timerId() == self._tick_id and self.session_id is not None:
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

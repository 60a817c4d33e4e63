"""One phase in detail: its title, guiding question and rules (edited live,
saved within a second, undoable) and its timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ..domain.errors import CosmartError
from .commands import SetFieldsCommand, push
from .i18n import error_text, tr
from .timer_widget import TimerWidget
from .widgets.autosave import AutosaveLineEdit, AutosavePlainTextEdit
from .workshop_model import WorkshopModel

MERGE_PHASE_TEXT = 0x5048  # typing in one phase field merges into one undo step


class PhaseView(QWidget):
    def __init__(
        self,
        model: WorkshopModel,
        stack: Callable[[], QUndoStack | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._stack = stack
        self.phase_id: str | None = None
        self.title = AutosaveLineEdit(self)
        self.title.setAccessibleName(tr("Titel der Phase"))
        self.title.setMaxLength(300)
        self.question = AutosavePlainTextEdit(self)
        self.question.setAccessibleName(tr("Leitfrage"))
        self.question.setTabChangesFocus(True)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.question.setFont(font)
        self.question.setFixedHeight(self.question.fontMetrics().lineSpacing() * 3 + 16)
        self.rules = AutosavePlainTextEdit(self)
        self.rules.setAccessibleName(tr("Regeln der Phase"))
        self.rules.setTabChangesFocus(True)
        self.rules.setMinimumHeight(self.rules.fontMetrics().lineSpacing() * 4 + 12)
        self.rules.setMaximumHeight(self.rules.fontMetrics().lineSpacing() * 7 + 12)
        self.timer = TimerWidget(model, stack, self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(tr("&Titel:"), self.title)
        form.addRow(tr("&Leitfrage:"), self.question)
        form.addRow(tr("&Regeln:"), self.rules)
        form.addRow(tr("Timer:"), self.timer)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.title.committed.connect(lambda t: self._edit("title", t, tr("Titel der Phase ändern")))
        self.question.committed.connect(
            lambda t: self._edit("guiding_question", t, tr("Leitfrage ändern"))
        )
        self.rules.committed.connect(lambda t: self._edit("rules", t, tr("Regeln ändern")))
        model.phaseChanged.connect(self._on_phase_changed)

    def commit_pending(self) -> None:
        """Store what is typed but not yet saved."""
        for editor in (self.title, self.question, self.rules):
            editor.commit()

    def set_phase(self, phase_id: str | None) -> None:
        self.commit_pending()
        self.phase_id = phase_id
        self.timer.set_phase(phase_id)
        self.reload()

    def reload(self) -> None:
        self.setEnabled(self.phase_id is not None)
        if self.phase_id is None:
            for editor in (self.title, self.question, self.rules):
                editor.set_text_quietly("")
            return
        phase = self.model.phase_info(self.phase_id)
        self.title.set_text_quietly(phase.title)
        self.question.set_text_quietly(phase.guiding_question)
        self.rules.set_text_quietly(phase.rules)

    def _on_phase_changed(self, phase_id: str) -> None:
        if phase_id == self.phase_id:
            self.reload()

    def _edit(self, field: str, value: str, text: str) -> None:
        phase_id = self.phase_id
        if phase_id is None:
            return
        old = getattr(self.model.phase_info(phase_id), field)
        if value == old or (field == "title" and not value.strip()):
            self.reload()
            return
        command = SetFieldsCommand(
            text, self.model.update_phase, phase_id, {field: old}, {field: value}, MERGE_PHASE_TEXT
        )
        try:
            push(self._stack(), command)
            self.error.hide()
        except CosmartError as exc:
            self.error.setText(error_text(exc))
            self.error.show()

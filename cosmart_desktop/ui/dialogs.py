"""Dialogs for creating and editing events and for starting a session from a
method template."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import PROCESS_STEP_LABELS, SessionFormat
from ..domain.templates import load_templates
from ..services.workshop_info import EventInfo
from .i18n import tr


class EventDialog(QDialog):
    """Title, date, place, Stadtteil, process step and Leitthemen of an event."""

    def __init__(
        self,
        districts: list[str],
        leitthemen: list[tuple[str, str]],
        event: EventInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Veranstaltung bearbeiten") if event else tr("Neue Veranstaltung"))
        self.title = QLineEdit(self)
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(tr("z. B. Denklabor Oberzwehren"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setDate(QDate.currentDate())
        self.place = QLineEdit(self)
        self.place.setMaxLength(300)
        self.district = QComboBox(self)
        self.district.setEditable(True)
        self.district.addItem("")
        self.district.addItems(districts)
        self.step = QComboBox(self)
        for number, label in PROCESS_STEP_LABELS.items():
            self.step.addItem(f"{number} · {tr(label)}", number)
        self.facilitators = QLineEdit(self)
        self.theme_boxes: list[tuple[str, QCheckBox]] = []
        themes = QGroupBox(tr("Leitthemen"), self)
        themes_layout = QVBoxLayout(themes)
        for theme_id, name in leitthemen:
            box = QCheckBox(tr(name).replace("&", "&&"), themes)
            themes_layout.addWidget(box)
            self.theme_boxes.append((theme_id, box))
        form = QFormLayout()
        form.addRow(tr("&Titel:"), self.title)
        form.addRow(tr("&Datum:"), self.date)
        form.addRow(tr("&Ort:"), self.place)
        form.addRow(tr("&Stadtteil:"), self.district)
        form.addRow(tr("&Prozessschritt:"), self.step)
        form.addRow(tr("&Moderation:"), self.facilitators)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(themes)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if event is not None:
            self._fill(event)

    def _fill(self, event: EventInfo) -> None:
        self.title.setText(event.title)
        if event.date:
            self.date.setDate(QDate(event.date.year, event.date.month, event.date.day))
        self.place.setText(event.place)
        self.district.setCurrentText(event.district)
        self.step.setCurrentIndex(max(0, event.process_step - 1))
        self.facilitators.setText(event.facilitators)
        for theme_id, box in self.theme_boxes:
            box.setChecked(theme_id in event.leitthemen)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(tr("Bitte einen Titel eingeben."))
            self.error.show()
            self.title.setFocus()
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        qd = self.date.date()
        return {
            "title": self.title.text().strip(),
            "date": date(qd.year(), qd.month(), qd.day()),
            "place": self.place.text().strip(),
            "district": self.district.currentText().strip(),
            "process_step": int(self.step.currentData()),
            "facilitators": self.facilitators.text().strip(),
            "leitthemen": [tid for tid, box in self.theme_boxes if box.isChecked()],
        }


class NewSessionDialog(QDialog):
    """Choose a method template (with its phases shown) and a title."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Neue Sitzung"))
        self._templates = load_templates(lang)
        self.format = QComboBox(self)
        for fmt in (
            SessionFormat.ZUKUNFTSWERKSTATT,
            SessionFormat.DENKLABOR,
            SessionFormat.BUERGERRAT,
            SessionFormat.FREE,
        ):
            self.format.addItem(self._templates[fmt].title, fmt.value)
        self.title = QLineEdit(self)
        self.title.setMaxLength(300)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.phases = QListWidget(self)
        self.phases.setAccessibleName(tr("Phasen der Vorlage"))
        self.phases.setWordWrap(True)
        self.phases.setSpacing(2)
        self.phases.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        form = QFormLayout()
        form.addRow(tr("&Methode:"), self.format)
        form.addRow(tr("&Titel:"), self.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.description)
        layout.addWidget(QLabel(tr("Phasen:"), self))
        layout.addWidget(self.phases)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._show_template)
        self._show_template()

    def selected_format(self) -> SessionFormat:
        return SessionFormat(self.format.currentData())

    def _show_template(self) -> None:
        template = self._templates[self.selected_format()]
        self.description.setText(template.description)
        self.title.setPlaceholderText(template.title)
        self.phases.clear()
        for index, phase in enumerate(template.phases, start=1):
            item = QListWidgetItem(
                f"{index}. {phase.title} ({tr('{0} Min.').format(phase.duration_min)})\n"
                f"    {phase.guiding_question}"
            )
            item.setToolTip(phase.rules)
            self.phases.addItem(item)

    def chosen_title(self) -> str | None:
        return self.title.text().strip() or None

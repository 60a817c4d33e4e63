"""Setting up a vote round: the form (Punkten, Zustimmung, Widerstandsabfrage,
Konsensstufen), what is voted on, how votes are entered, and the form's rules
(budget with the options ÷ 3 default, cap per item, dot criteria, threshold,
scale, voter codes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import VoteEntry, VoteMethod
from ...domain.errors import CosmartError
from ...domain.voting import IMPACT_FEASIBILITY, DotCriterion, default_budget
from ..i18n import tr
from .model import VotingModel

TARGETS = [
    ("clusters", "Cluster der Phase"),
    ("cards", "Karten der Phase"),
    ("recommendations", "Empfehlungen der Sitzung"),
    ("custom", "Eigene Optionen"),
]
CRITERIA_PRESETS = [
    ("plain", "Eine Punktfarbe"),
    ("matrix", "wichtig + machbar (Matrix)"),
    ("own", "Eigene Kriterien …"),
]
PALETTE = ["#c62828", "#2e7d32", "#1565c0", "#ef6c00"]


class RoundSetupDialog(QDialog):
    def __init__(
        self,
        model: VotingModel,
        session_id: str,
        phases: list[tuple[str, str]],
        phase_id: str | None,
        *,
        suggested: VoteMethod | None = None,
        suggested_budget: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Neue Abstimmung"))
        self.model = model
        self.session_id = session_id
        self._budget_touched = suggested_budget is not None
        self.title = QLineEdit(self)
        self.title.setAccessibleName(tr("Titel der Abstimmung"))
        self.method = QComboBox(self)
        for m in VoteMethod:
            self.method.addItem(tr(m.label), m.value)
        self.target = QComboBox(self)
        for key, label in TARGETS:
            self.target.addItem(tr(label), key)
        self.phase = QComboBox(self)
        for pid, title in phases:
            self.phase.addItem(title, pid)
        if phase_id is not None and self.phase.findData(phase_id) >= 0:
            self.phase.setCurrentIndex(self.phase.findData(phase_id))
        self.labels = QPlainTextEdit(self)
        self.labels.setPlaceholderText(tr("Eine Option pro Zeile"))
        self.labels.setAccessibleName(tr("Eigene Optionen"))
        self.labels.setMaximumHeight(110)
        self.tally = QRadioButton(tr("Papierpunkte aus&zählen und eintippen"), self)
        self.kiosk = QRadioButton(tr("&Kiosk: nacheinander am Laptop abstimmen"), self)
        self.tally.setChecked(True)
        self.budget = QSpinBox(self)
        self.budget.setRange(1, 100)
        self.budget.setAccessibleName(tr("Punkte pro Person"))
        self.budget_hint = QLabel(self)
        self.cap = QSpinBox(self)
        self.cap.setRange(0, 100)
        self.cap.setSpecialValueText(tr("unbegrenzt (häufeln erlaubt)"))
        self.cap.setAccessibleName(tr("Höchstens pro Element"))
        self.criteria = QComboBox(self)
        for key, label in CRITERIA_PRESETS:
            self.criteria.addItem(tr(label), key)
        self.own_criteria = QLineEdit(self)
        self.own_criteria.setPlaceholderText(tr("z. B. wichtig, machbar, dringend"))
        self.own_criteria.setAccessibleName(tr("Eigene Kriterien"))
        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, 100)
        self.threshold.setValue(50)
        self.threshold.setSuffix(" %")
        self.threshold.setAccessibleName(tr("Schwelle für die Annahme"))
        self.scale = QComboBox(self)
        self.scale.addItem(tr("0 bis 10"), 10)
        self.scale.addItem(tr("0 bis 5"), 5)
        self.codes = QCheckBox(tr("Abstimmungscodes: jeder Code nur einmal"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        form = QFormLayout()
        form.addRow(tr("&Titel:"), self.title)
        form.addRow(tr("&Form:"), self.method)
        form.addRow(tr("&Worüber:"), self.target)
        form.addRow(tr("&Phase:"), self.phase)
        form.addRow(tr("&Optionen:"), self.labels)
        form.addRow(tr("Eingabe:"), self.tally)
        form.addRow("", self.kiosk)
        form.addRow(tr("Punkte pro &Person:"), self.budget)
        form.addRow("", self.budget_hint)
        form.addRow(tr("Höchstens pro &Element:"), self.cap)
        form.addRow(tr("Punkt&farben:"), self.criteria)
        form.addRow("", self.own_criteria)
        form.addRow(tr("Angenommen ab:"), self.threshold)
        form.addRow(tr("Widerstands&skala:"), self.scale)
        form.addRow("", self.codes)
        self.form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if suggested is not None:
            self.method.setCurrentIndex(self.method.findData(suggested.value))
        if suggested is VoteMethod.APPROVAL:
            self.target.setCurrentIndex(self.target.findData("recommendations"))
        if suggested_budget is not None:
            self.budget.setValue(suggested_budget)
        self.method.currentIndexChanged.connect(self._update)
        self.target.currentIndexChanged.connect(self._update)
        self.phase.currentIndexChanged.connect(self._update)
        self.criteria.currentIndexChanged.connect(self._update)
        self.kiosk.toggled.connect(self._update)
        self.labels.textChanged.connect(self._update)
        self.budget.valueChanged.connect(self._budget_edited)
        self._update()

    def selected_method(self) -> VoteMethod:
        return VoteMethod(self.method.currentData())

    def _budget_edited(self) -> None:
        if self.budget.hasFocus():
            self._budget_touched = True

    def _option_count(self) -> int:
        target = self.target.currentData()
        if target == "custom":
            return len([x for x in self.labels.toPlainText().splitlines() if x.strip()])
        try:
            return self.model.count_targets(self.session_id, self.phase.currentData(), target)
        except CosmartError:  # only a hint; the service refuses on OK
            return 0

    def _update(self) -> None:
        method = self.selected_method()
        target = self.target.currentData()
        dots = method is VoteMethod.DOTS
        self._show(self.phase, target in ("clusters", "cards"))
        self._show(self.labels, target == "custom")
        for widget in (self.budget, self.budget_hint, self.cap, self.criteria):
            self._show(widget, dots)
        self._show(self.own_criteria, dots and self.criteria.currentData() == "own")
        self._show(self.threshold, method is VoteMethod.APPROVAL)
        self._show(self.scale, method is VoteMethod.RESISTANCE)
        self._show(self.codes, self.kiosk.isChecked())
        count = self._option_count()
        suggestion = default_budget(count)
        self.budget_hint.setText(
            tr("Faustregel: {0} Optionen ÷ 3 = {1} Punkte").format(count, suggestion)
        )
        if dots and not self._budget_touched:
            self.budget.blockSignals(True)
            self.budget.setValue(suggestion)
            self.budget.blockSignals(False)
        if not self.title.isModified():
            self.title.setText(tr(method.label))

    def _show(self, widget: QWidget, visible: bool) -> None:
        widget.setVisible(visible)
        label = self.form.labelForField(widget)
        if label is not None:
            label.setVisible(visible)

    def dot_criteria(self) -> list[DotCriterion]:
        preset = self.criteria.currentData()
        if preset == "matrix":
            return [DotCriterion(c.key, tr(c.label), c.color) for c in IMPACT_FEASIBILITY]
        if preset == "own":
            names = [n.strip() for n in self.own_criteria.text().split(",") if n.strip()]
            return [
                DotCriterion(name[:64], name[:64], PALETTE[i % len(PALETTE)])
                for i, name in enumerate(names)
            ]
        return []  # one plain dot colour

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``VotingModel.create_round``."""
        method = self.selected_method()
        target = str(self.target.currentData())
        values: dict[str, Any] = {
            "title": self.title.text().strip() or tr(method.label),
            "target_kind": target,
            "phase_id": self.phase.currentData(),
            "entry_mode": VoteEntry.KIOSK if self.kiosk.isChecked() else VoteEntry.TALLY,
            "voter_codes": self.kiosk.isChecked() and self.codes.isChecked(),
        }
        if target == "custom":
            values["labels"] = [
                x.strip() for x in self.labels.toPlainText().splitlines() if x.strip()
            ]
        if method is VoteMethod.DOTS:
            values["budget"] = self.budget.value()
            values["cap_per_item"] = self.cap.value() or None
            values["criteria"] = self.dot_criteria()
        if method is VoteMethod.APPROVAL:
            values["threshold"] = self.threshold.value() / 100
        if method is VoteMethod.RESISTANCE:
            values["scale_max"] = int(self.scale.currentData())
        return values

    def _accept(self) -> None:
        own = self.criteria.currentData() == "own"
        if self.selected_method() is VoteMethod.DOTS and own and not self.dot_criteria():
            self.error.setText(tr("Bitte mindestens ein Kriterium nennen."))
            return
        if self._option_count() == 0:
            self.error.setText(tr("Es gibt nichts, worüber abgestimmt werden kann."))
            return
        self.accept()

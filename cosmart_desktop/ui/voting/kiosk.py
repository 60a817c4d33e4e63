"""Kiosk voting: voters come to the laptop one after another. Each gets a
fresh ballot that enforces budget and caps, can correct it on a review page
before confirming, and never sees the previous voter's choices: the ballot
widget is destroyed and the review cleared the moment a vote is cast.

The window is full-screen; Escape or closing asks for the facilitator (and
their PIN, if one was set), so a voter has no way back to the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import VoteMethod
from ...domain.errors import CosmartError
from ...domain.voting import BallotDraft, VoteRules
from ...services.voting import OptionInfo, RoundInfo
from ..commands import run_undoable
from ..i18n import error_text, tr
from .model import VotingModel

KIOSK_STYLE = """
QWidget#Kiosk { background:#f5f5f5; }
QWidget#Kiosk QLabel { font-size:20px; color:#111; }
QWidget#Kiosk QLabel[role="title"] { font-size:34px; font-weight:bold; }
QWidget#Kiosk QLabel[role="big"] { font-size:28px; }
QWidget#Kiosk QLabel[role="error"] { color:#b00020; font-size:22px; }
QWidget#Kiosk QPushButton { font-size:22px; min-height:52px; padding:4px 18px; }
QWidget#Kiosk QPushButton:checked { background:#1565c0; color:white; font-weight:bold; }
QWidget#Kiosk QPushButton:focus { border:3px solid #ff9800; }
QWidget#Kiosk QPushButton[role="primary"] { background:#2e7d32; color:white; font-weight:bold; }
QWidget#Kiosk QLineEdit { font-size:26px; min-height:48px; }
QFrame[role="option"] { background:white; border:1px solid #ccc; border-radius:8px; }
"""


def _label(text: str, parent: QWidget, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


class BallotPage(QWidget):
    """One voter's ballot. Created fresh for each voter, destroyed after."""

    changed = Signal()

    def __init__(
        self, info: RoundInfo, options: list[OptionInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.info = info
        self.options = options
        self.rules: VoteRules = info.rules([o.id for o in options])
        self.draft = BallotDraft(self.rules)
        self.count_labels: dict[tuple[str, str], QLabel] = {}
        self.plus: dict[tuple[str, str], QPushButton] = {}
        self.minus: dict[tuple[str, str], QPushButton] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.remaining = _label("", self, "big")
        self.remaining.setTextFormat(Qt.TextFormat.RichText)
        inner = QWidget(self)
        rows = QVBoxLayout(inner)
        for option in options:
            rows.addWidget(self._option_row(option, inner))
        rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.remaining)
        layout.addWidget(scroll, 1)
        self.refresh()

    def _option_row(self, option: OptionInfo, parent: QWidget) -> QFrame:
        frame = QFrame(parent)
        frame.setProperty("role", "option")
        grid = QGridLayout(frame)
        title = _label(tr(option.label) if option.kind == "passive" else option.label, frame)
        title.setMinimumWidth(360)
        grid.addWidget(title, 0, 0, 2, 1)
        grid.setColumnStretch(0, 1)
        if self.rules.method is VoteMethod.DOTS:
            for row, criterion in enumerate(self.rules.dot_criteria):
                key = (option.id, criterion.key)
                minus = QPushButton("−", frame)
                plus = QPushButton("+", frame)
                count = _label("", frame, "big")
                count.setMinimumWidth(160)
                name = criterion.label if criterion.key else ""
                for button, verb in ((minus, tr("weniger")), (plus, tr("mehr"))):
                    button.setAccessibleName(f"{option.label}: {tr(name)} {verb}")
                    button.setFixedWidth(64)
                minus.clicked.connect(lambda _c=False, k=key: self._remove(k))
                plus.clicked.connect(lambda _c=False, k=key: self._add(k))
                chip = _label(tr(name), frame)
                chip.setStyleSheet(f"color:{criterion.color};font-weight:bold;")
                grid.addWidget(chip, row, 1)
                grid.addWidget(minus, row, 2)
                grid.addWidget(count, row, 3)
                grid.addWidget(plus, row, 4)
                self.count_labels[key], self.plus[key], self.minus[key] = count, plus, minus
            return frame
        group = QButtonGroup(frame)
        group.setExclusive(True)
        box = QHBoxLayout()
        for column in self.rules.columns():
            button = QPushButton(tr(column.label), frame)
            button.setCheckable(True)
            button.setAccessibleName(f"{option.label}: {tr(column.label)}")
            if self.rules.method is VoteMethod.RESISTANCE:
                button.setFixedWidth(64)
                button.setStyleSheet("padding:0;")
            else:  # room for the bold text of the chosen answer
                button.setMinimumWidth(button.sizeHint().width() + 28)
            group.addButton(button, column.value + 1)  # ids must be ≥ 0 (abstain is -1)
            box.addWidget(button)
        group.idClicked.connect(lambda value, o=option.id: self._choose(o, value - 1))
        grid.addLayout(box, 0, 1)
        self.groups[option.id] = group
        return frame

    def _add(self, key: tuple[str, str]) -> None:
        try:
            self.draft.add_dot(*key)
        except CosmartError:
            return  # the + button is disabled anyway
        self.refresh()

    def _remove(self, key: tuple[str, str]) -> None:
        self.draft.remove_dot(*key)
        self.refresh()

    def _choose(self, option: str, value: int) -> None:
        self.draft.choose(option, value)
        self.refresh()

    def refresh(self) -> None:
        if self.rules.method is VoteMethod.DOTS:
            for key, label in self.count_labels.items():
                n = self.draft.dots(*key)
                label.setText("●" * n if n <= 6 else f"● × {n}")
                self.plus[key].setEnabled(self.draft.can_add(*key))
                self.minus[key].setEnabled(n > 0)
            parts = []
            for c in self.rules.dot_criteria:
                name = f"<b style='color:{c.color}'>{tr(c.label)}</b>: " if c.key else ""
                parts.append(
                    name
                    + tr("noch {0} von {1} Punkten").format(
                        self.draft.remaining(c.key), self.rules.budget
                    )
                )
            cap = self.rules.cap_per_item
            if cap is not None:
                parts.append(tr("höchstens {0} pro Punkt auf der Liste").format(cap))
            self.remaining.setText(" · ".join(parts))
        else:
            missing = len(self.draft.missing())
            state = (
                tr("Bitte jede Zeile beantworten – noch {0} offen.").format(missing)
                if missing
                else tr("Alles beantwortet. Weiter zur Kontrolle.")
            )
            if self.rules.method is VoteMethod.RESISTANCE:
                state = (
                    tr("Wie groß ist Ihr Widerstand? 0 = keiner, {0} = sehr groß.").format(
                        self.rules.scale_max
                    )
                    + " "
                    + state
                )
            self.remaining.setText(state)
        self.changed.emit()

    def valid(self) -> bool:
        if self.rules.method is VoteMethod.DOTS:
            return not self.draft.is_empty()
        return not self.draft.missing()

    def summary(self) -> list[str]:
        """This voter's choices in words, for the review page."""
        labels = {c.value: tr(c.label) for c in self.rules.columns()}
        lines: list[str] = []
        for option in self.options:
            name = tr(option.label) if option.kind == "passive" else option.label
            if self.rules.method is VoteMethod.DOTS:
                parts = [
                    f"{self.draft.dots(option.id, c.key)} × {tr(c.label)}"
                    if c.key
                    else tr("{0} Punkt(e)").format(self.draft.dots(option.id, c.key))
                    for c in self.rules.dot_criteria
                    if self.draft.dots(option.id, c.key)
                ]
                if parts:
                    lines.append(f"{name}: {', '.join(parts)}")
            else:
                value = self.draft.choice(option.id)
                lines.append(f"{name}: {labels.get(value, '–') if value is not None else '–'}")
        return lines


class KioskWindow(QWidget):
    """The full-screen voting station for one round."""

    finished = Signal()

    def __init__(
        self,
        model: VotingModel,
        round_id: str,
        stack: Callable[[], QUndoStack | None],
        exit_pin: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("Kiosk")
        self.setStyleSheet(KIOSK_STYLE)
        self.setWindowTitle(tr("Abstimmung"))
        self.model = model
        self.round_id = round_id
        self._stack = stack
        self._pin = exit_pin
        self._closing = False
        self.voter_code: str | None = None
        self.info = model.round_info(round_id)
        self.ballot: BallotPage | None = None
        self.pages = QStackedWidget(self)
        self.title = _label(self.info.title, self, "title")
        self.welcome = self._build_welcome()
        self.ballot_host = QWidget(self.pages)
        self.ballot_layout = QVBoxLayout(self.ballot_host)
        self.btn_review = QPushButton(tr("Weiter zur &Kontrolle"), self.ballot_host)
        self.btn_review.setProperty("role", "primary")
        self.btn_review.clicked.connect(self.show_review)
        self.review = self._build_review()
        self.thanks = self._build_thanks()
        self.exit_page = self._build_exit()
        for page in (self.welcome, self.ballot_host, self.review, self.thanks, self.exit_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        self._return_to: QWidget = self.welcome
        self._auto_next = QTimer(self)
        self._auto_next.setSingleShot(True)
        self._auto_next.setInterval(6000)
        self._auto_next.timeout.connect(self.show_welcome)
        self.show_welcome()

    # -- pages ------------------------------------------------------------------
    def _build_welcome(self) -> QWidget:
        page = QWidget(self.pages)
        self.welcome_text = _label(
            tr(
                "Hier können Sie abstimmen. Niemand sieht Ihre Auswahl, "
                "auch nicht die Person nach Ihnen."
            ),
            page,
            "big",
        )
        self.code_edit = QLineEdit(page)
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setPlaceholderText(tr("Ihr Abstimmungscode"))
        self.code_edit.setAccessibleName(tr("Abstimmungscode"))
        self.code_edit.setVisible(self.info.voter_codes)
        self.welcome_error = _label("", page, "error")
        self.btn_start = QPushButton(tr("Stimmzettel &beginnen"), page)
        self.btn_start.setProperty("role", "primary")
        self.btn_start.clicked.connect(self.start_ballot)
        self.code_edit.returnPressed.connect(self.start_ballot)
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(self.welcome_text)
        lay.addWidget(self.code_edit)
        lay.addWidget(self.welcome_error)
        lay.addWidget(self.btn_start, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(2)
        return page

    def _build_review(self) -> QWidget:
        page = QWidget(self.pages)
        self.review_list = _label("", page, "big")
        self.review_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.review_error = _label("", page, "error")
        self.btn_correct = QPushButton(tr("&Korrigieren"), page)
        self.btn_confirm = QPushButton(tr("Stimme &abgeben"), page)
        self.btn_confirm.setProperty("role", "primary")
        self.btn_correct.clicked.connect(self.correct)
        self.btn_confirm.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_correct)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_confirm)
        lay = QVBoxLayout(page)
        lay.addWidget(_label(tr("Bitte prüfen Sie Ihre Auswahl:"), page, "big"))
        lay.addWidget(self.review_list, 1)
        lay.addWidget(self.review_error)
        lay.addLayout(buttons)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget(self.pages)
        self.btn_next = QPushButton(tr("&Nächste Person"), page)
        self.btn_next.setProperty("role", "primary")
        self.btn_next.clicked.connect(self.show_welcome)
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(
            _label(
                tr("Danke! Ihre Stimme ist gezählt. Bitte geben Sie den Platz frei."), page, "title"
            )
        )
        lay.addWidget(self.btn_next, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(2)
        return page

    def _build_exit(self) -> QWidget:
        page = QWidget(self.pages)
        self.pin_edit = QLineEdit(page)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(tr("PIN der Moderation"))
        self.pin_edit.setAccessibleName(tr("PIN der Moderation"))
        self.pin_edit.setVisible(bool(self._pin))
        self.exit_error = _label("", page, "error")
        self.btn_stay = QPushButton(tr("Weiter &abstimmen"), page)
        self.btn_exit = QPushButton(tr("Kiosk &beenden"), page)
        self.btn_stay.clicked.connect(self._stay)
        self.btn_exit.clicked.connect(self._try_exit)
        self.pin_edit.returnPressed.connect(self._try_exit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_stay)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_exit)
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(_label(tr("Nur für die Moderation: Kiosk beenden?"), page, "title"))
        lay.addWidget(self.pin_edit)
        lay.addWidget(self.exit_error)
        lay.addLayout(buttons)
        lay.addStretch(2)
        return page

    # -- flow -------------------------------------------------------------------
    def _discard_ballot(self) -> None:
        """Forget the current voter's choices completely."""
        if self.ballot is not None:
            self.ballot_layout.removeWidget(self.ballot)
            self.ballot.hide()
            self.ballot.deleteLater()
            self.ballot = None
        self.review_list.clear()
        self.review_error.clear()
        self.voter_code = None

    def show_welcome(self) -> None:
        self._auto_next.stop()
        self._discard_ballot()
        self.code_edit.clear()
        self.welcome_error.clear()
        self.pages.setCurrentWidget(self.welcome)
        (self.code_edit if self.info.voter_codes else self.btn_start).setFocus()

    def start_ballot(self) -> None:
        self.info = self.model.round_info(self.round_id)
        if self.info.closed:
            self.welcome_error.setText(tr("Diese Abstimmung ist abgeschlossen."))
            return
        code: str | None = None
        if self.info.voter_codes:
            code = self.code_edit.text()
            try:
                taken = self.model.code_taken(self.round_id, code)
            except CosmartError as exc:
                self.welcome_error.setText(error_text(exc))
                return
            if taken:
                self.welcome_error.setText(tr("Mit diesem Code wurde schon abgestimmt."))
                self.code_edit.selectAll()
                return
        self._discard_ballot()
        self.voter_code = code
        self.code_edit.clear()
        self.ballot = BallotPage(self.info, self.model.options(self.round_id), self.ballot_host)
        self.ballot.changed.connect(self._ballot_changed)
        self.ballot_layout.addWidget(self.ballot, 1)
        self.ballot_layout.addWidget(self.btn_review, 0, Qt.AlignmentFlag.AlignRight)
        self._ballot_changed()
        self.pages.setCurrentWidget(self.ballot_host)
        self.ballot.setFocus()

    def _ballot_changed(self) -> None:
        self.btn_review.setEnabled(self.ballot is not None and self.ballot.valid())

    def show_review(self) -> None:
        if self.ballot is None or not self.ballot.valid():
            return
        self.review_list.setText("\n".join(self.ballot.summary()))
        self.review_error.clear()
        self.pages.setCurrentWidget(self.review)
        self.btn_confirm.setFocus()

    def correct(self) -> None:
        self.review_list.clear()
        self.pages.setCurrentWidget(self.ballot_host)

    def confirm(self) -> None:
        if self.ballot is None:
            return
        choices = self.ballot.draft.choices()
        model, round_id, code = self.model, self.round_id, self.voter_code
        try:
            ballot_id = model.cast_ballot(round_id, choices, code)
        except CosmartError as exc:
            self.review_error.setText(error_text(exc))
            return
        stack = self._stack()
        if stack is not None:
            run_undoable(
                stack,
                tr("Stimmzettel abgeben"),
                lambda: None,
                lambda: model.set_ballot_deleted(round_id, ballot_id, True),
                lambda: model.set_ballot_deleted(round_id, ballot_id, False),
            )
        self._discard_ballot()
        self.pages.setCurrentWidget(self.thanks)
        self.btn_next.setFocus()
        self._auto_next.start()

    # -- leaving (facilitator only) ---------------------------------------------
    def ask_exit(self) -> None:
        current = self.pages.currentWidget()
        if current is not None and current is not self.exit_page:
            self._return_to = current
        self.pin_edit.clear()
        self.exit_error.clear()
        self.pages.setCurrentWidget(self.exit_page)
        (self.pin_edit if self._pin else self.btn_stay).setFocus()

    def _stay(self) -> None:
        self.pages.setCurrentWidget(self._return_to)

    def _try_exit(self) -> None:
        if self._pin and self.pin_edit.text() != self._pin:
            self.exit_error.setText(tr("Falsche PIN."))
            self.pin_edit.selectAll()
            return
        self._discard_ballot()
        self._closing = True
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.ask_exit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            event.ignore()
            self.ask_exit()
            return
        self._auto_next.stop()
        super().closeEvent(event)
        self.finished.emit()

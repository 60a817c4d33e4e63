"""Small input widgets of the Steckbrief views: a 0–5 score selector and a K.O.
choice (both keyboard-first), and a Stadtteil field that completes each name of
a comma-separated list."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from ..i18n import tr
from ..widgets.autosave import AutosaveLineEdit

_CHECKED = (
    "QToolButton{min-width:26px;min-height:24px;border:1px solid #9aa5ab;border-radius:3px;}"
    "QToolButton:checked{background:#0b6e4f;color:white;border-color:#0b6e4f;}"
    "QWidget:focus QToolButton{border-color:#1a73e8;}"
)


class _Choice(QWidget):
    """Exclusive toggle buttons that may also be all off (= not rated)."""

    changed = Signal(object)  # int | None

    def __init__(self, labels: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(_CHECKED)
        self._value: int | None = None
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(3)
        self.buttons: dict[int, QToolButton] = {}
        for value, label in labels:
            button = QToolButton(self)
            button.setText(label)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._group.addButton(button, value)
            layout.addWidget(button)
            self.buttons[value] = button
        layout.addStretch(1)
        self._group.idClicked.connect(self._clicked)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show a stored value (no signal)."""
        self._value = value
        for v, button in self.buttons.items():
            button.setChecked(v == value)
        self._describe()

    def _clicked(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._choose(None if self._value == value else value)

    def _choose(self, value: int | None) -> None:
        if value == self._value:
            return
        self.set_value(value)
        self.changed.emit(value)

    def _describe(self) -> None:
        button = self.buttons.get(self._value) if self._value is not None else None
        shown = button.toolTip() or button.text() if button else tr("nicht bewertet")
        self.setAccessibleDescription(shown)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        values = sorted(self.buttons)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose(None)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Plus, Qt.Key.Key_Up):
            current = -1 if self._value is None else values.index(self._value)
            self._choose(values[min(len(values) - 1, current + 1)])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Minus, Qt.Key.Key_Down):
            current = len(values) if self._value is None else values.index(self._value)
            self._choose(values[max(0, current - 1)])
        elif key == Qt.Key.Key_Space and self._value is None:
            self._choose(values[-1])
        else:
            digit = event.text()
            if digit.isdigit() and int(digit) in self.buttons:
                self._choose(int(digit))
            else:
                super().keyPressEvent(event)
                return
        event.accept()


class ScoreSelector(_Choice):
    """0–5: type the digit, arrows step, Delete clears; clicking the chosen value clears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([(v, str(v)) for v in range(6)], parent)


class KoSelector(_Choice):
    """A K.O. criterion: erfüllt (1) / nicht erfüllt (0) / not rated (None).
    Keys: J or 1 = erfüllt, N or 0 = nicht erfüllt, Delete clears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([(1, tr("✓ erfüllt")), (0, tr("✗ K.O."))], parent)
        self.buttons[1].setToolTip(tr("erfüllt"))
        self.buttons[0].setToolTip(tr("nicht erfüllt (K.O.)"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().casefold()
        if text in ("j", "y"):
            self._choose(1)
            event.accept()
        elif text == "n":
            self._choose(0)
            event.accept()
        else:
            super().keyPressEvent(event)


class _ListCompleter(QCompleter):
    """Completes the last name of a comma-separated list."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        chosen = super().pathFromIndex(index)  # type: ignore[arg-type]
        widget = self.widget()
        text = widget.text() if isinstance(widget, AutosaveLineEdit) else ""
        head = [p.strip() for p in text.split(",")[:-1] if p.strip()]
        return ", ".join([*head, chosen]) + ", "


class DistrictEdit(AutosaveLineEdit):
    """Stadtteile as "Wesertor, Mitte"; each name completes from the district list."""

    def __init__(self, districts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = districts
        completer = _ListCompleter(QStringListModel(districts, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def names(self) -> list[str]:
        return [p.strip() for p in self.text().split(",") if p.strip()]

    def unknown(self) -> list[str]:
        known = {d.casefold() for d in self.known}
        return [n for n in self.names() if n.casefold() not in known]

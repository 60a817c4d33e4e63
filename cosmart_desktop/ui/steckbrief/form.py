"""The live-capture form of a Steckbrief, made for a note-taker typing while
people talk: Tab walks through the fields in order, every field saves itself
(after a short pause, on leaving it, on Enter), every edit is one undoable step
per field, and missing fields are hints — links to the field — that never block
saving a draft. The Verwirklichungsphase questions are asked as prompts."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import SteckbriefStatus
from ...domain.errors import CosmartError
from ...domain.steckbrief import (
    FIELD_LABELS,
    FINANCING,
    MATURITY_SUGGESTIONS,
    PARTNERS,
    PRIORITY_LABELS,
    PROMPTS,
    RESOURCES,
    TRANSITIONS,
    missing_fields,
)
from ...services.steckbrief import SteckbriefInfo
from ..commands import push_done
from ..i18n import error_text, tr
from ..widgets.autosave import AutosaveLineEdit, AutosavePlainTextEdit
from .commands import edit_fields
from .model import SteckbriefModel
from .widgets import DistrictEdit

Editor = AutosaveLineEdit | AutosavePlainTextEdit

PLACEHOLDERS = {
    "title": "Kurzer, sprechender Titel der Maßnahme",
    "summary": "Worum geht es? Zwei, drei Sätze.",
    "problem": "Was stört, was fehlt im Quartier?",
    "goals": "Was soll besser werden, woran merkt man es?",
    "target_groups": "Für wen? (z. B. Pendelnde, Familien, ältere Menschen)",
    "lead": "Wer hält die Fäden zusammen?",
    "schedule": "Erste Schritte, Meilensteine, Ende",
    "indicators": "Woran wird der Erfolg gemessen?",
    "risks": "Was kann schiefgehen? Welche personenbezogenen Daten fallen an?",
    "transferability": "Können andere Stadtteile oder Kommunen es übernehmen? Offene Lizenz?",
    "continuation": "Wie geht es nach der Förderung weiter?",
}


def _text_edit(parent: QWidget, name: str, lines: int = 3) -> AutosavePlainTextEdit:
    edit = AutosavePlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    line = edit.fontMetrics().lineSpacing()
    edit.setFixedHeight(line * lines + 14)
    return edit


class SteckbriefForm(QWidget):
    """Shows and edits one Steckbrief; ``set_steckbrief(None)`` empties it."""

    errorOccurred = Signal(str)

    def __init__(
        self,
        model: SteckbriefModel,
        stack: Callable[[], QUndoStack | None],
        districts: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._stack = stack
        self.steckbrief_id: str | None = None
        self.editors: dict[str, Editor] = {}
        self.part_editors: dict[tuple[str, str], Editor] = {}
        self._loading = False

        self.hints = QLabel(self)
        self.hints.setWordWrap(True)
        self.hints.setTextFormat(Qt.TextFormat.RichText)
        self.hints.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.hints.setAccessibleName(tr("Hinweise auf fehlende Angaben"))
        self.hints.setStyleSheet("color:#5f6b73;")
        self.hints.linkActivated.connect(self.focus_field)
        self.status = QComboBox(self)
        self.status.setAccessibleName(tr("Status"))
        for st in SteckbriefStatus:
            self.status.addItem(tr(st.label), st.value)
        self.status.activated.connect(self._status_chosen)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.empty = QLabel(tr("Kein Steckbrief gewählt. Neu anlegen mit Strg+Umschalt+B."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        body = QWidget(self)
        self.body = body
        col = QVBoxLayout(body)
        col.addWidget(self._core_section(body, districts))
        col.addWidget(self._prompt_section(body))
        col.addWidget(self._content_section(body))
        col.addWidget(self._plan_section(body))
        self.origin = QLabel(body)
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        origin_box = QGroupBox(tr("Herkunft"), body)
        QVBoxLayout(origin_box).addWidget(self.origin)
        col.addWidget(origin_box)
        col.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(body)

        top = QHBoxLayout()
        top.addWidget(self.hints, 1)
        status_label = QLabel(tr("&Status:"), self)
        status_label.setBuddy(self.status)
        top.addWidget(status_label)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.scroller, 1)
        model.steckbriefChanged.connect(self._changed)
        model.ratingsChanged.connect(self._changed)
        model.strategyChanged.connect(self._fill_frame)
        self.set_steckbrief(None)

    # -- sections ------------------------------------------------------------------
    def _line(self, parent: QWidget, field: str) -> AutosaveLineEdit:
        edit = AutosaveLineEdit(parent)
        edit.setMaxLength(300)
        edit.setAccessibleName(tr(FIELD_LABELS[field]))
        if field in PLACEHOLDERS:
            edit.setPlaceholderText(tr(PLACEHOLDERS[field]))
        edit.committed.connect(lambda text, f=field: self._edit_text(f, text))
        self.editors[field] = edit
        return edit

    def _text(self, parent: QWidget, field: str, lines: int = 3) -> AutosavePlainTextEdit:
        edit = _text_edit(parent, tr(FIELD_LABELS[field]), lines)
        if field in PLACEHOLDERS:
            edit.setPlaceholderText(tr(PLACEHOLDERS[field]))
        edit.committed.connect(lambda text, f=field: self._edit_text(f, text))
        self.editors[field] = edit
        return edit

    def _core_section(self, parent: QWidget, districts: list[str]) -> QGroupBox:
        box = QGroupBox(tr("Kern"), parent)
        form = QFormLayout(box)
        title = self._line(box, "title")
        title.setStyleSheet("font-size:14pt;font-weight:bold;")
        form.addRow(tr("&Titel:"), title)
        form.addRow(tr("&Kurzbeschreibung:"), self._text(box, "summary", 3))
        self.leitthema = QComboBox(box)
        self.leitthema.setAccessibleName(tr("Leitthema"))
        self.leitthema.activated.connect(self._leitthema_chosen)
        self.handlungsfeld = QComboBox(box)
        self.handlungsfeld.setAccessibleName(tr("Handlungsfeld"))
        self.handlungsfeld.activated.connect(self._field_chosen)
        form.addRow(tr("&Leitthema:"), self.leitthema)
        form.addRow(tr("&Handlungsfeld:"), self.handlungsfeld)
        self.districts = DistrictEdit(districts, box)
        self.districts.setAccessibleName(tr("Stadtteile"))
        self.districts.setPlaceholderText(tr("z. B. Wesertor, Mitte (Komma-getrennt)"))
        self.districts.committed.connect(self._districts_edited)
        form.addRow(tr("Stadt&teile:"), self.districts)
        self._fill_frame()
        return box

    def _prompt_section(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(tr("Fragen der Verwirklichungsphase"), parent)
        form = QFormLayout(box)
        for key, question in PROMPTS:
            edit = _text_edit(box, tr(question), 2)
            edit.committed.connect(lambda text, k=key: self._edit_part("prompts", k, text))
            self.part_editors[("prompts", key)] = edit
            form.addRow(tr(question), edit)
        return box

    def _content_section(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(tr("Problem, Ziele und Zielgruppen"), parent)
        form = QFormLayout(box)
        form.addRow(tr("&Problem / Ausgangslage:"), self._text(box, "problem", 3))
        form.addRow(tr("&Ziele und Wirkung:"), self._text(box, "goals", 3))
        form.addRow(tr("Ziel&gruppen:"), self._text(box, "target_groups", 2))
        return box

    def _parts(self, parent: QWidget, field: str, names: tuple[tuple[str, str], ...]) -> QWidget:
        holder = QWidget(parent)
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        for key, label in names:
            edit = AutosaveLineEdit(holder)
            edit.setAccessibleName(f"{tr(FIELD_LABELS[field])}: {tr(label)}")
            edit.committed.connect(lambda text, f=field, k=key: self._edit_part(f, k, text))
            self.part_editors[(field, key)] = edit
            form.addRow(tr(label) + ":", edit)
        return holder

    def _plan_section(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(tr("Umsetzung"), parent)
        form = QFormLayout(box)
        form.addRow(tr("&Federführung:"), self._line(box, "lead"))
        form.addRow(tr("Partner:"), self._parts(box, "partners", PARTNERS))
        form.addRow(tr("Ressourcen:"), self._parts(box, "resources", RESOURCES))
        form.addRow(tr("Finanzierung:"), self._parts(box, "financing", FINANCING))
        form.addRow(tr("&Zeitplan / Meilensteine:"), self._text(box, "schedule", 2))
        self.priority = QComboBox(box)
        self.priority.setAccessibleName(tr("Priorität"))
        self.priority.addItem("—", "")
        for value, label in PRIORITY_LABELS.items():
            self.priority.addItem(tr(label), value)
        self.priority.activated.connect(self._priority_chosen)
        form.addRow(tr("P&riorität:"), self.priority)
        maturity = self._line(box, "maturity")
        maturity.setPlaceholderText(", ".join(tr(m) for m in MATURITY_SUGGESTIONS))
        completer = QCompleter(QStringListModel([tr(m) for m in MATURITY_SUGGESTIONS], box), box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        maturity.setCompleter(completer)
        form.addRow(tr("Reife&grad:"), maturity)
        form.addRow(tr("Kenn&zahlen / Indikatoren:"), self._text(box, "indicators", 2))
        form.addRow(tr("R&isiken inkl. Datenschutz:"), self._text(box, "risks", 2))
        form.addRow(tr("Übertragbarkeit / Open Source:"), self._text(box, "transferability", 2))
        form.addRow(tr("Verstetigung:"), self._text(box, "continuation", 2))
        return box

    def _fill_frame(self) -> None:
        self._themes = [(lt.id, lt.name) for lt in self.model.frame()]
        self._fields = self.model.field_choices()
        current = self.leitthema.currentData()
        self.leitthema.clear()
        self.leitthema.addItem("—", "")
        for tid, name in self._themes:
            self.leitthema.addItem(name, tid)
        self.leitthema.setCurrentIndex(max(0, self.leitthema.findData(current)))
        if self.steckbrief_id is not None:
            self.reload()

    def _fill_fields(self, theme: str | None, chosen: str | None) -> None:
        self.handlungsfeld.clear()
        self.handlungsfeld.addItem("—", "")
        for choice in self._fields:
            if theme and choice.leitthema_id != theme:
                continue
            label = choice.name if theme else f"{choice.leitthema} › {choice.name}"
            self.handlungsfeld.addItem(label, choice.id)
            self.handlungsfeld.setItemData(
                self.handlungsfeld.count() - 1, choice.goal, Qt.ItemDataRole.ToolTipRole
            )
        self.handlungsfeld.setCurrentIndex(max(0, self.handlungsfeld.findData(chosen or "")))

    # -- showing -------------------------------------------------------------------
    def set_steckbrief(self, steckbrief_id: str | None) -> None:
        self.commit()
        self.steckbrief_id = steckbrief_id
        self.show_error("")
        self.reload()

    def commit(self) -> None:
        """Store what is being typed (before switching, closing, exporting)."""
        for editor in [*self.editors.values(), *self.part_editors.values(), self.districts]:
            editor.commit()

    def _changed(self, steckbrief_id: str) -> None:
        if steckbrief_id == self.steckbrief_id:
            self.reload()

    def reload(self) -> None:
        has = self.steckbrief_id is not None
        self.empty.setVisible(not has)
        self.scroller.setVisible(has)
        self.status.setEnabled(has)
        if not has:
            self.hints.setText("")
            return
        assert self.steckbrief_id is not None
        try:
            info = self.model.get(self.steckbrief_id)
        except CosmartError:
            self.steckbrief_id = None
            self.reload()
            return
        self._loading = True
        try:
            self._show(info)
        finally:
            self._loading = False

    def _show(self, info: SteckbriefInfo) -> None:
        for field, editor in self.editors.items():
            self._quietly(editor, getattr(info, field))
        for (field, key), editor in self.part_editors.items():
            self._quietly(editor, getattr(info, field).get(key, ""))
        self._quietly(self.districts, ", ".join(info.districts))
        self.leitthema.setCurrentIndex(max(0, self.leitthema.findData(info.leitthema_id or "")))
        self._fill_fields(info.leitthema_id, info.handlungsfeld_id)
        self.priority.setCurrentIndex(max(0, self.priority.findData(info.priority)))
        self.status.setCurrentIndex(self.status.findData(info.status.value))
        allowed = TRANSITIONS[info.status] | {info.status}
        for i, st in enumerate(SteckbriefStatus):
            item = self.status.model().item(i)  # type: ignore[attr-defined]
            item.setEnabled(st in allowed)
        self._show_hints(info)
        self._show_origin()

    @staticmethod
    def _quietly(editor: Editor, text: str) -> None:
        if editor.hasFocus() and editor.clock.pending:
            return  # never overwrite what is being typed
        editor.set_text_quietly(text)

    def _show_hints(self, info: SteckbriefInfo) -> None:
        missing = missing_fields(info.values())
        unknown = self.districts.unknown()
        if not missing and not unknown:
            self.hints.setText(tr("Alle wichtigen Angaben sind da."))
            return
        links = ", ".join(f'<a href="{k}">{escape(tr(FIELD_LABELS[k]))}</a>' for k in missing)
        text = (
            tr("Fehlt noch (blockiert das Speichern nicht): {0}").format(links) if missing else ""
        )
        if unknown:
            names = escape(", ".join(unknown))
            text += ("<br/>" if text else "") + tr("Unbekannter Stadtteil: {0}").format(names)
        self.hints.setText(text)

    def _show_origin(self) -> None:
        assert self.steckbrief_id is not None
        origin = self.model.origin(self.steckbrief_id)
        lines = [x for x in (origin.event, origin.session) if x]
        if origin.cluster:
            lines.append(tr("Cluster: {0}").format(origin.cluster))
        if origin.option:
            lines.append(tr("Abstimmung: {0}").format(origin.option))
        for card in origin.cards[:12]:
            lines.append("• " + " ".join(card.split())[:200])
        if len(origin.cards) > 12:
            lines.append(tr("… und {0} weitere Karten").format(len(origin.cards) - 12))
        support = self.model.support(self.steckbrief_id)
        lines.append(tr("Unterstützung aus Abstimmungen: {0} Stimmen").format(support))
        self.origin.setText("\n".join(lines))

    def focus_field(self, field: str) -> None:
        widget: QWidget | None = self.editors.get(field)
        if widget is None:
            first = {
                "leitthema_id": self.leitthema,
                "handlungsfeld_id": self.handlungsfeld,
                "districts": self.districts,
                "priority": self.priority,
                "partners": self.part_editors.get(("partners", PARTNERS[0][0])),
                "resources": self.part_editors.get(("resources", RESOURCES[0][0])),
                "financing": self.part_editors.get(("financing", FINANCING[0][0])),
            }
            widget = first.get(field)
        if widget is not None:
            self.scroller.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- editing -------------------------------------------------------------------
    def _apply(self, text: str, changes: dict[str, Any], merge_key: str | None = None) -> None:
        if self._loading or self.steckbrief_id is None:
            return
        try:
            edit_fields(self._stack(), self.model, self.steckbrief_id, text, changes, merge_key)
            self.show_error("")
        except CosmartError as exc:
            self.show_error(error_text(exc))
            self.reload()

    def _edit_text(self, field: str, text: str) -> None:
        label = tr(FIELD_LABELS[field])
        self._apply(tr("„{0}“ ändern").format(label), {field: text}, field)

    def _edit_part(self, field: str, key: str, text: str) -> None:
        if self.steckbrief_id is None or self._loading:
            return
        parts = dict(getattr(self.model.get(self.steckbrief_id), field))
        parts[key] = text
        parts = {k: v for k, v in parts.items() if v}
        names = dict(PARTNERS + RESOURCES + FINANCING + PROMPTS)
        label = f"{tr(FIELD_LABELS[field])}: {tr(names[key])}"
        self._apply(tr("„{0}“ ändern").format(label), {field: parts}, f"{field}.{key}")

    def _districts_edited(self, _text: str) -> None:
        self._apply(tr("Stadtteile ändern"), {"districts": self.districts.names()}, "districts")

    def _leitthema_chosen(self, _index: int) -> None:
        theme = self.leitthema.currentData() or None
        self._apply(tr("Leitthema wählen"), {"leitthema_id": theme})

    def _field_chosen(self, _index: int) -> None:
        field = self.handlungsfeld.currentData() or None
        self._apply(tr("Handlungsfeld wählen"), {"handlungsfeld_id": field})

    def _priority_chosen(self, _index: int) -> None:
        self._apply(tr("Priorität wählen"), {"priority": self.priority.currentData() or ""})

    def _status_chosen(self, _index: int) -> None:
        sid = self.steckbrief_id
        if sid is None or self._loading:
            return
        new = SteckbriefStatus(self.status.currentData())
        try:
            old = self.model.set_status(sid, new)
        except CosmartError as exc:
            self.show_error(error_text(exc))
            self.reload()
            return
        if old != new:
            push_done(
                self._stack(),
                tr("Status „{0}“ setzen").format(tr(new.label)),
                lambda: self.model.update(sid, status=new.value),
                lambda: self.model.update(sid, status=old.value),
            )
        self.show_error("")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if message:
            self.errorOccurred.emit(message)

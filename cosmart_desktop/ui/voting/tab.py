"""The "Abstimmung" tab of a session: its vote rounds, tally entry, kiosk,
reveal / hide, results, and handing results on (next phase, Steckbriefe,
projector)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import VoteEntry, VoteMethod
from ...domain.errors import CosmartError
from ...domain.templates import template_for
from ...services.voting import RoundInfo
from ..commands import run_undoable
from ..context import AppContext
from ..i18n import error_text, tr
from .followup import carry_forward, make_steckbriefe
from .kiosk import KioskWindow
from .model import VotingModel
from .recommendations import RecommendationsDialog
from .results import ResultsView
from .setup_dialog import RoundSetupDialog
from .tally import TallyEntry


def describe_rules(info: RoundInfo) -> str:
    """One line saying how this vote works."""
    if info.method is VoteMethod.DOTS:
        parts = [tr("{0} Punkte pro Person").format(info.budget)]
        if info.cap_per_item:
            parts.append(tr("höchstens {0} pro Element").format(info.cap_per_item))
        else:
            parts.append(tr("häufeln erlaubt"))
        keyed = [tr(c.label) for c in info.criteria if c.key]
        if keyed:
            parts.append(tr("Farben: {0}").format(", ".join(keyed)))
    elif info.method is VoteMethod.APPROVAL:
        parts = [
            tr("Ja / Nein / Enthaltung"),
            tr("angenommen ab {0} %").format(round(info.threshold * 100)),
        ]
    elif info.method is VoteMethod.RESISTANCE:
        parts = [tr("Widerstand 0–{0}").format(info.scale_max), tr("mit Passivlösung")]
    else:
        parts = [tr("volle Zustimmung / kann damit leben / Veto")]
    parts.append(tr("Kiosk") if info.entry_mode is VoteEntry.KIOSK else tr("Papier auszählen"))
    if info.voter_codes:
        parts.append(tr("mit Abstimmungscodes"))
    return " · ".join(parts)


class VotingTab(QWidget):
    """Implements ``SessionTab``."""

    #: round id, presenter mode ("status" or "results")
    presentRequested = Signal(str, str)
    #: the session shown (None when closed), for the projector
    sessionShown = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        stack: Callable[[], QUndoStack | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: VotingModel = ctx.voting
        self._stack = stack
        self.session_id: str | None = None
        self.phase_id: str | None = None
        self.kiosk: KioskWindow | None = None
        self.rounds = QListWidget(self)
        self.rounds.setAccessibleName(tr("Abstimmungen der Sitzung"))
        self.rounds.setWordWrap(True)
        self.btn_new = QPushButton(tr("&Neue Abstimmung …"), self)
        self.btn_new.setToolTip(tr("Neue Abstimmung (Strg+Umschalt+A)"))
        self.btn_delete = QPushButton(tr("Abstimmung löschen"), self)
        self.btn_recs = QPushButton(tr("&Empfehlungen …"), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("Abstimmungen"), left))
        left_layout.addWidget(self.rounds, 1)
        left_layout.addWidget(self.btn_new)
        left_layout.addWidget(self.btn_delete)
        left_layout.addWidget(self.btn_recs)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size:15pt;font-weight:bold;")
        self.heading.setWordWrap(True)
        self.rules = QLabel(self)
        self.rules.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setStyleSheet("font-size:13pt;")
        self.btn_reveal = QPushButton(self)
        self.btn_kiosk = QPushButton(tr("&Kiosk starten"), self)
        self.btn_kiosk.setToolTip(tr("Kiosk starten (Strg+K)"))
        self.btn_close = QPushButton(self)
        self.btn_present_status = QPushButton(tr("Stand auf &Beamer"), self)
        self.btn_present_results = QPushButton(tr("Ergebnis auf B&eamer"), self)
        actions = QHBoxLayout()
        for b in (
            self.btn_reveal,
            self.btn_kiosk,
            self.btn_close,
            self.btn_present_status,
            self.btn_present_results,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        self.tally = TallyEntry(self.model, stack, self)
        self.results = ResultsView(self.model, self)
        self.inner = QTabWidget(self)
        self.inner.addTab(self.tally, tr("&Eingabe"))
        self.inner.addTab(self.results, tr("E&rgebnis"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.rules)
        right_layout.addWidget(self.status)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.inner, 1)
        right_layout.addWidget(self.message)
        self.right = right
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 940])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.btn_new.clicked.connect(self.new_round)
        self.btn_delete.clicked.connect(self.delete_round)
        self.btn_recs.clicked.connect(self.edit_recommendations)
        self.btn_reveal.clicked.connect(self.toggle_reveal)
        self.btn_kiosk.clicked.connect(self.start_kiosk)
        self.btn_close.clicked.connect(self.toggle_closed)
        self.btn_present_status.clicked.connect(lambda: self._present("status"))
        self.btn_present_results.clicked.connect(lambda: self._present("results"))
        self.rounds.currentItemChanged.connect(lambda *_a: self._show_round())
        self.results.revealRequested.connect(self.set_revealed)
        self.results.carryRequested.connect(self.carry)
        self.results.steckbriefRequested.connect(self.steckbriefe)
        self.tally.errorOccurred.connect(self.show_message)
        for keys, slot in (
            ("Ctrl+Shift+A", self.new_round),
            ("Ctrl+K", self.start_kiosk),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.rounds)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_round)  # asks nothing; undoable
        self.model.roundsChanged.connect(self._rounds_changed)
        self.model.roundChanged.connect(self._round_changed)
        self.model.votesChanged.connect(self._round_changed)
        self._show_round()

    # -- SessionTab ---------------------------------------------------------------
    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.reload()
        self.sessionShown.emit(session_id)

    def set_phase(self, phase_id: str | None) -> None:
        self.phase_id = phase_id

    # -- list -----------------------------------------------------------------------
    def current_round(self) -> str | None:
        item = self.rounds.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select_round(self, round_id: str) -> None:
        for row in range(self.rounds.count()):
            item = self.rounds.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == round_id:
                self.rounds.setCurrentRow(row)
                return

    def reload(self) -> None:
        keep = self.current_round()
        self.rounds.blockSignals(True)
        self.rounds.clear()
        if self.session_id is not None:
            for info in self.model.rounds(self.session_id):
                state = tr("aufgedeckt") if info.revealed else tr("verborgen")
                if info.closed:
                    state += ", " + tr("abgeschlossen")
                item = QListWidgetItem(f"{info.title}\n{tr(info.method.label)} · {state}")
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                self.rounds.addItem(item)
        self.rounds.blockSignals(False)
        if keep:
            self.select_round(keep)
        if self.rounds.currentRow() < 0 and self.rounds.count():
            self.rounds.setCurrentRow(self.rounds.count() - 1)
        self._show_round()

    def _rounds_changed(self, session_id: str) -> None:
        if session_id == self.session_id:
            self.reload()

    def _round_changed(self, round_id: str) -> None:
        if round_id == self.current_round():
            self._show_header()

    def _show_round(self) -> None:
        round_id = self.current_round()
        self.right.setEnabled(round_id is not None)
        self.btn_delete.setEnabled(round_id is not None)
        self.btn_recs.setEnabled(self.session_id is not None)
        self.btn_new.setEnabled(self.session_id is not None)
        self.tally.set_round(round_id)
        self.results.set_round(round_id)
        if self.session_id is not None:
            phases = [(p.id, p.title) for p in self.ctx.workshops.phases(self.session_id)]
            self.results.set_phases(phases, self._next_phase(round_id, phases))
        self._show_header()

    def _next_phase(self, round_id: str | None, phases: list[tuple[str, str]]) -> str | None:
        if round_id is None:
            return None
        source = self.model.round_info(round_id).phase_id
        ids = [p for p, _t in phases]
        if source in ids and ids.index(source) + 1 < len(ids):
            return ids[ids.index(source) + 1]
        return None

    def _show_header(self) -> None:
        round_id = self.current_round()
        if round_id is None:
            self.heading.setText(tr("Noch keine Abstimmung – „Neue Abstimmung …“ legt eine an."))
            self.rules.clear()
            self.status.clear()
            return
        info = self.model.round_info(round_id)
        status = self.model.status(round_id)
        method = tr(info.method.label)
        self.heading.setText(info.title if method in info.title else f"{info.title} ({method})")
        self.rules.setText(describe_rules(info))
        shown = tr("aufgedeckt") if info.revealed else tr("verborgen")
        if status.ballots or info.entry_mode is VoteEntry.KIOSK:
            line = tr("{0} Stimmzettel · {1} Stimmen erfasst · Ergebnis {2}").format(
                status.ballots, status.votes, shown
            )
        else:
            line = tr("{0} Stimmen erfasst · Ergebnis {1}").format(status.votes, shown)
        self.status.setText(line)
        self.btn_reveal.setText(
            tr("Ergebnis &verbergen") if info.revealed else tr("Ergebnis &aufdecken")
        )
        self.btn_close.setText(
            tr("Wieder &öffnen") if info.closed else tr("Abstimmung ab&schließen")
        )
        self.btn_kiosk.setEnabled(not info.closed)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color:#b00020;" if text else "")

    def _run(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        redo: Callable[[], object] | None = None,
    ) -> bool:
        try:
            run_undoable(self._stack(), text, do, undo, redo)
        except CosmartError as exc:
            self.show_message(error_text(exc))
            return False
        self.show_message("")
        return True

    # -- round actions ----------------------------------------------------------------
    def _suggestion(self, phase_id: str | None) -> tuple[VoteMethod | None, int | None]:
        if self.session_id is None or phase_id is None:
            return None, None
        session = self.ctx.workshops.session_info(self.session_id)
        key = self.ctx.workshops.phase_info(phase_id).key
        for phase in template_for(session.format, self.ctx.language.current).phases:
            if phase.key == key:
                return phase.vote_method, phase.vote_budget
        return None, None

    def new_round(self) -> None:
        if self.session_id is None:
            return
        sid = self.session_id
        phases = [(p.id, p.title) for p in self.ctx.workshops.phases(sid)]
        phase = self.phase_id or self.ctx.workshops.session_info(sid).current_phase_id
        method, budget = self._suggestion(phase)
        dialog = RoundSetupDialog(
            self.model, sid, phases, phase, suggested=method, suggested_budget=budget, parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen, values = dialog.selected_method(), dialog.values()
        made: list[str] = []
        model = self.model

        def do() -> None:
            made.append(model.create_round(sid, chosen, **values))

        if self._run(
            tr("Abstimmung „{0}“ anlegen").format(values["title"]),
            do,
            lambda: model.update_round(made[0], deleted=True),
            lambda: model.update_round(made[0], deleted=False),
        ):
            self.select_round(made[0])
            self.inner.setCurrentWidget(self.tally)
            if values["entry_mode"] is VoteEntry.TALLY:
                self.tally.focus_first()

    def delete_round(self) -> None:
        round_id = self.current_round()
        if round_id is None:
            return
        model, title = self.model, self.model.round_info(round_id).title
        self._run(
            tr("Abstimmung „{0}“ löschen").format(title),
            lambda: model.update_round(round_id, deleted=True),
            lambda: model.update_round(round_id, deleted=False),
        )

    def set_revealed(self, revealed: bool) -> None:
        round_id = self.current_round()
        if round_id is None:
            return
        model = self.model
        self._run(
            tr("Ergebnis aufdecken") if revealed else tr("Ergebnis verbergen"),
            lambda: model.update_round(round_id, revealed=revealed),
            lambda: model.update_round(round_id, revealed=not revealed),
        )
        if revealed:
            self.inner.setCurrentWidget(self.results)

    def toggle_reveal(self) -> None:
        round_id = self.current_round()
        if round_id is not None:
            self.set_revealed(not self.model.round_info(round_id).revealed)

    def toggle_closed(self) -> None:
        round_id = self.current_round()
        if round_id is None:
            return
        closed = not self.model.round_info(round_id).closed
        model = self.model
        self._run(
            tr("Abstimmung abschließen") if closed else tr("Abstimmung wieder öffnen"),
            lambda: model.update_round(round_id, closed=closed),
            lambda: model.update_round(round_id, closed=not closed),
        )

    def edit_recommendations(self) -> None:
        if self.session_id is not None:
            RecommendationsDialog(self.model, self.session_id, self._stack, self).exec()

    def _present(self, mode: str) -> None:
        round_id = self.current_round()
        if round_id is not None:
            self.presentRequested.emit(round_id, mode)

    # -- kiosk ------------------------------------------------------------------------
    def start_kiosk(self, *, pin: str | None = None) -> KioskWindow | None:
        round_id = self.current_round()
        if round_id is None or self.model.round_info(round_id).closed:
            return None
        if pin is None:
            pin, ok = QInputDialog.getText(
                self,
                tr("Kiosk starten"),
                tr("PIN zum Beenden des Kiosks (leer lassen für eine einfache Rückfrage):"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
        kiosk = KioskWindow(self.model, round_id, self._stack, pin)
        kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kiosk.finished.connect(self._kiosk_done)
        screen = self.window().screen()
        if screen is not None:
            kiosk.setScreen(screen)
            kiosk.setGeometry(screen.geometry())
        kiosk.showFullScreen()
        kiosk.activateWindow()
        self.kiosk = kiosk
        return kiosk

    def _kiosk_done(self) -> None:
        self.kiosk = None
        self._show_header()

    # -- handing results on ----------------------------------------------------------
    def carry(self, option_ids: list[str], phase_id: str) -> None:
        round_id = self.current_round()
        if round_id is None:
            return
        try:
            count = carry_forward(self.ctx, self._stack(), round_id, option_ids, phase_id)
        except CosmartError as exc:
            self.show_message(error_text(exc))
            return
        title = self.ctx.workshops.phase_info(phase_id).title
        self.message.setStyleSheet("")
        self.message.setText(tr("{0} übernommen in „{1}“.").format(count, title))

    def steckbriefe(self, option_ids: list[str]) -> None:
        round_id = self.current_round()
        if round_id is None or self.session_id is None:
            return
        try:
            made = make_steckbriefe(self.ctx, self._stack(), round_id, option_ids)
        except CosmartError as exc:
            self.show_message(error_text(exc))
            return
        self.message.setStyleSheet("")
        self.message.setText(tr("{0} Steckbrief(e) als Entwurf angelegt.").format(len(made)))

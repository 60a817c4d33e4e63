"""The results of a vote in the main window: hidden until the facilitator
reveals them; then a ranked bar chart with ties and near-ties marked, the
impact × feasibility matrix for two dot criteria, adopted / not adopted with
percentages (Zustimmung) or the ranking by lowest resistance. Top items can be
marked and carried into another phase or turned into Steckbriefe."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import VoteEntry
from ...services.voting import RoundResults
from ..i18n import tr
from .charts import SCREEN_STYLE, ChartStyle, Painted, paint_matrix, paint_ranking
from .model import VotingModel


class ChartWidget(QWidget):
    """The ranked bar chart; a click on a row marks or unmarks that option."""

    markedChanged = Signal()

    def __init__(self, parent: QWidget | None = None, style: ChartStyle = SCREEN_STYLE) -> None:
        super().__init__(parent)
        self.chart_style = style
        self.results: RoundResults | None = None
        self.marked: set[str] = set()
        self.painted: Painted | None = None
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Ergebnis als Balkendiagramm"))

    def set_results(self, results: RoundResults | None) -> None:
        self.results = results
        if results is not None:
            live = {r.option.id for r in results.result.ranking}
            self.marked &= live
        self.setAccessibleDescription(self._describe())
        self.update()

    def _describe(self) -> str:
        if self.results is None:
            return ""
        lines = []
        for r in self.results.result.ranking[:10]:
            lines.append(f"{r.rank}. {r.option.label}: {r.score:g}")
        return "; ".join(lines)

    def sizeHint(self) -> QSize:
        rows = len(self.results.result.ranking) if self.results else 5
        return QSize(640, int(self.chart_style.row_px * (rows + 3)))

    def _chart_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(10, 8, -10, -8)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(self.chart_style.background))
        self.painted = None
        if self.results is not None:
            self.painted = paint_ranking(
                p,
                self._chart_rect(),
                self.results.result,
                self.chart_style,
                marked=frozenset(self.marked),
            )
        p.end()

    def option_at(self, y: float) -> str | None:
        """The option whose bar row was drawn at height ``y``."""
        for rect, option in self.painted.rows if self.painted else []:
            if rect.top() <= y < rect.bottom():
                return option
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        option = self.option_at(event.position().y())
        if option is not None:
            self.marked ^= {option}
            self.markedChanged.emit()
            self.update()
        super().mousePressEvent(event)


class MatrixWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: RoundResults | None = None
        self.setMinimumSize(280, 240)
        self.setAccessibleName(tr("Matrix wichtig × machbar"))

    def set_results(self, results: RoundResults | None) -> None:
        self.results = results
        self.setVisible(bool(results and results.result.matrix))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(SCREEN_STYLE.background))
        if self.results is not None and self.results.result.matrix is not None:
            ranks = {r.option.id: r.rank for r in self.results.result.ranking if r.votes}
            paint_matrix(
                p,
                QRectF(self.rect()).adjusted(6, 6, -6, -6),
                self.results.result.matrix,
                SCREEN_STYLE,
                ranks=ranks,
            )
        p.end()


class ResultsView(QWidget):
    """Results of one round, or the notice that they are still hidden."""

    revealRequested = Signal(bool)  # True: reveal, False: hide again
    carryRequested = Signal(list, str)  # option ids, target phase id
    steckbriefRequested = Signal(list)  # option ids

    def __init__(self, model: VotingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.round_id: str | None = None
        self.results: RoundResults | None = None
        self.stack = QStackedWidget(self)
        # hidden page
        hidden = QWidget(self.stack)
        self.hidden_label = QLabel(hidden)
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setStyleSheet("font-size:18pt;color:#333;")
        self.btn_reveal = QPushButton(tr("Ergebnisse &aufdecken"), hidden)
        self.btn_reveal.setToolTip(tr("Aufdecken (Strg+R): erst wenn alle abgestimmt haben"))
        self.btn_reveal.setStyleSheet("font-size:14pt;padding:8px 18px;")
        lay = QVBoxLayout(hidden)
        lay.addStretch(1)
        lay.addWidget(self.hidden_label)
        lay.addWidget(self.btn_reveal, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        # shown page
        shown = QWidget(self.stack)
        self.chart = ChartWidget(shown)
        self.matrix = MatrixWidget(shown)
        split = QSplitter(Qt.Orientation.Horizontal, shown)
        split.addWidget(self.chart)
        split.addWidget(self.matrix)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.top_n = QSpinBox(shown)
        self.top_n.setRange(1, 50)
        self.top_n.setValue(3)
        self.top_n.setAccessibleName(tr("Anzahl der Spitzenplätze"))
        self.btn_mark_top = QPushButton(tr("Spitze &markieren"), shown)
        self.target_phase = QComboBox(shown)
        self.target_phase.setAccessibleName(tr("Zielphase"))
        self.target_phase.setMinimumContentsLength(18)
        self.target_phase.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.btn_carry = QPushButton(tr("In Phase &übernehmen"), shown)
        self.btn_steckbrief = QPushButton(tr("Als &Steckbriefe anlegen"), shown)
        self.btn_hide = QPushButton(tr("Wieder &verbergen"), shown)
        self.marked_label = QLabel(shown)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(tr("Top"), shown))
        actions.addWidget(self.top_n)
        actions.addWidget(self.btn_mark_top)
        actions.addWidget(self.marked_label)
        actions.addStretch(1)
        actions.addWidget(self.target_phase)
        actions.addWidget(self.btn_carry)
        actions.addWidget(self.btn_steckbrief)
        actions.addWidget(self.btn_hide)
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.addWidget(split, 1)
        shown_layout.addLayout(actions)
        self.stack.addWidget(hidden)
        self.stack.addWidget(shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.btn_reveal.clicked.connect(lambda: self.revealRequested.emit(True))
        self.btn_hide.clicked.connect(lambda: self.revealRequested.emit(False))
        self.btn_mark_top.clicked.connect(self.mark_top)
        self.chart.markedChanged.connect(self._update_buttons)
        self.btn_carry.clicked.connect(self._carry)
        self.btn_steckbrief.clicked.connect(
            lambda: self.steckbriefRequested.emit(self.marked_options())
        )
        shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._toggle)
        model.votesChanged.connect(self._maybe_reload)
        model.roundChanged.connect(self._maybe_reload)

    def set_round(self, round_id: str | None) -> None:
        if round_id != self.round_id:
            self.chart.marked.clear()
        self.round_id = round_id
        self.reload()

    def set_phases(self, phases: list[tuple[str, str]], current: str | None) -> None:
        """The phases one can carry marked items into: (id, title)."""
        self.target_phase.clear()
        for phase_id, title in phases:
            self.target_phase.addItem(title, phase_id)
        index = self.target_phase.findData(current) if current else -1
        if index >= 0:
            self.target_phase.setCurrentIndex(index)

    def _maybe_reload(self, round_id: str) -> None:
        if round_id == self.round_id:
            self.reload()

    def reload(self) -> None:
        if self.round_id is None:
            self.results = None
            self.hidden_label.setText(tr("Keine Abstimmung gewählt."))
            self.btn_reveal.hide()
            self.stack.setCurrentIndex(0)
            return
        self.results = self.model.results(self.round_id)
        info, status = self.results.round, self.results.status
        if not info.revealed:
            count = (
                tr("{0} Stimmzettel abgegeben").format(status.ballots)
                if info.entry_mode is VoteEntry.KIOSK
                else tr("{0} Stimmen erfasst").format(status.votes)
            )
            self.hidden_label.setText(
                tr("Die Ergebnisse sind verborgen, damit niemand sich nach anderen richtet.")
                + "\n"
                + count
            )
            self.btn_reveal.show()
            self.chart.set_results(None)
            self.matrix.set_results(None)
            self.stack.setCurrentIndex(0)
            return
        self.chart.set_results(self.results)
        self.matrix.set_results(self.results)
        self.stack.setCurrentIndex(1)
        self._update_buttons()

    def _toggle(self) -> None:
        if self.results is not None:
            self.revealRequested.emit(not self.results.round.revealed)

    def mark_top(self) -> None:
        if self.results is None:
            return
        self.chart.marked = {r.option.id for r in self.results.result.top(self.top_n.value())}
        self.chart.update()
        self._update_buttons()

    def marked_options(self) -> list[str]:
        if self.results is None:
            return []
        return [
            r.option.id for r in self.results.result.ranking if r.option.id in self.chart.marked
        ]

    def _update_buttons(self) -> None:
        marked = self.marked_options()
        kinds = {o.id: o.kind for o in self.results.options} if self.results else {}
        boardish = [o for o in marked if kinds.get(o) in ("card", "cluster")]
        self.marked_label.setText(tr("{0} markiert").format(len(marked)) if marked else "")
        self.btn_carry.setEnabled(bool(boardish) and self.target_phase.count() > 0)
        self.target_phase.setEnabled(self.target_phase.count() > 0)
        self.btn_steckbrief.setEnabled(bool([o for o in marked if kinds.get(o) != "passive"]))

    def _carry(self) -> None:
        phase = self.target_phase.currentData()
        if phase:
            self.carryRequested.emit(self.marked_options(), str(phase))

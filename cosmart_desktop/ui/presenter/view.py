"""The projector's picture. One class, used twice: full-screen in the presenter
window and small as the live preview in the main window.

Everything is laid out for a screen 1080 logical pixels high and scaled to the
widget, so the preview is a faithful miniature. High contrast, body text of at
least 28 px at 1080p (``min_text_px`` proves it after every paint), and the
voting status says how many have voted, never what."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from ...domain.enums import FollowUpTarget, VoteEntry
from ...domain.errors import CosmartError
from ...services.followup import FollowUpService
from ...services.qr import qr_matrix
from ...services.settings import FOLLOWUP_URL
from ...services.voting import RoundResults
from ...services.workshops import PhaseInfo
from ..board.scene import BoardScene
from ..context import AppContext
from ..i18n import error_text, tr
from ..timer_widget import TimerDisplay
from ..voting.charts import PROJECTOR_STYLE, Ink, paint_matrix, paint_ranking
from .state import Mode, PresenterState

DESIGN_HEIGHT = 1080.0
MARGIN = 80.0
BG = "#ffffff"
FG = "#000000"
MUTED = "#2b2b2b"
ACCENT = "#0d47a1"
TIMER_PX = 150.0
PREVIEW_DELAY_MS = 120  # the preview follows new votes after the projector
BOARD_TOP = 200.0  # below the session line and the phase title


class PresenterView(QWidget):
    """Paints the mode chosen in ``state`` for the session in ``state``."""

    painted = Signal()

    def __init__(
        self,
        ctx: AppContext,
        state: PresenterState,
        parent: QWidget | None = None,
        *,
        preview: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.preview = preview
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(tr("Beamer-Vorschau") if preview else tr("Beamer"))
        self.min_text_px = 0.0
        self.paint_count = 0
        self.phase: PhaseInfo | None = None
        self.session_title = ""
        self.results: RoundResults | None = None
        self.qr: list[list[bool]] | None = None
        self.qr_url = ""
        self.qr_error = ""
        self._qr_session: str | None = None
        self.timer = TimerDisplay(self, clock=ctx.workshops.service.now)
        self.timer.setAccessibleName(tr("Timer auf dem Beamer"))
        self.timer.hide()
        self.board_view = QGraphicsView(self)
        self.board_view.setInteractive(False)
        self.board_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.board_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.board_view.setFrameShape(QFrame.Shape.NoFrame)
        self.board_view.hide()
        self.board_scene: BoardScene | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(PREVIEW_DELAY_MS)
        self._later.timeout.connect(self._reload_tally)
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self.timer.refresh)
        state.changed.connect(self.refresh)
        w = ctx.workshops
        w.currentPhaseChanged.connect(lambda s, _p: self._if_session(s))
        w.phaseChanged.connect(lambda _p: self.refresh())
        w.timerChanged.connect(lambda _p: self.refresh())
        w.sessionChanged.connect(self._if_session)
        v = ctx.voting
        v.votesChanged.connect(self._if_round)
        v.roundChanged.connect(self._if_round)
        self.refresh()

    # -- data ---------------------------------------------------------------------
    def _if_session(self, session_id: str) -> None:
        if session_id == self.state.session_id:
            self.refresh()

    def _if_round(self, round_id: str) -> None:
        """New votes: only the tally is read again (the quick path). The preview
        follows a moment later, so the projector itself is served first."""
        if round_id == self.state.round_id and self.state.mode in (Mode.STATUS, Mode.RESULTS):
            if self.preview:
                self._later.start()
            else:
                self._reload_tally()

    def _reload_tally(self) -> None:
        self._load_results()
        self.update()

    @property
    def scale(self) -> float:
        return max(1.0, float(self.height())) / DESIGN_HEIGHT

    def refresh(self) -> None:
        """Reload what the current mode needs, then repaint."""
        state, ctx = self.state, self.ctx
        self.phase = None
        self.session_title = ""
        self.results = None
        if state.session_id is not None:
            try:
                session = ctx.workshops.session_info(state.session_id)
                self.session_title = session.title
                if session.current_phase_id:
                    self.phase = ctx.workshops.phase_info(session.current_phase_id)
            except CosmartError:
                self.session_title = ""
        self._load_results()
        if state.mode is Mode.QR:
            self._load_qr()
        self._children()
        self.update()

    def _load_results(self) -> None:
        self.results = None
        if self.state.mode in (Mode.STATUS, Mode.RESULTS) and self.state.round_id is not None:
            try:
                self.results = self.ctx.voting.results(self.state.round_id)
            except CosmartError:
                self.results = None

    def _load_qr(self) -> None:
        sid = self.state.session_id
        if sid == self._qr_session and self.qr is not None:
            return
        self.qr, self.qr_url, self.qr_error = None, "", ""
        self._qr_session = sid
        if sid is None:
            return
        try:
            service = FollowUpService(self.ctx.workspace, self.ctx.settings.get(FOLLOWUP_URL))
            self.qr_url = service.url_for(service.ensure_token(FollowUpTarget.SESSION, sid))
            self.qr = qr_matrix(self.qr_url)
        except CosmartError as exc:
            self.qr_error = error_text(exc)

    def _children(self) -> None:
        mode = self.state.mode
        phase_mode = mode is Mode.PHASE and self.phase is not None
        self.timer.setVisible(phase_mode and self.phase is not None)
        if phase_mode and self.phase is not None:
            self.timer.show_state(self.phase.timer)
            if self.phase.timer.running:
                self._tick.start()
            else:
                self._tick.stop()
        else:
            self._tick.stop()
        board_mode = mode is Mode.BOARD and self.phase is not None
        wanted = self.phase.id if board_mode and self.phase is not None else None
        if wanted is not None and (self.board_scene is None or self.board_scene.phase_id != wanted):
            old = self.board_scene
            self.board_scene = BoardScene(self.ctx.board, wanted, interactive=False)
            self.board_scene.synced.connect(self._fit_board)
            self.board_view.setScene(self.board_scene)
            if old is not None:
                old.deleteLater()
        self.board_view.setVisible(board_mode)
        self._layout_children()

    def _layout_children(self) -> None:
        k = self.scale
        font = self.timer.font()
        font.setPixelSize(max(1, round(TIMER_PX * k)))
        self.timer.setFont(font)
        self.timer.setMinimumWidth(0)
        width, height = 560 * k, 190 * k
        self.timer.setGeometry(
            round(self.width() - MARGIN * k - width),
            round(self.height() - MARGIN * k - height),
            round(width),
            round(height),
        )
        top = round(BOARD_TOP * k)
        self.board_view.setGeometry(0, top, self.width(), max(1, self.height() - top))
        self._fit_board()

    def _fit_board(self) -> None:
        if self.board_scene is None or not self.board_view.isVisible():
            return
        box = self.board_scene.itemsBoundingRect()
        if box.isEmpty():
            return
        self.board_view.fitInView(
            box.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_children()

    # -- painting -----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        mode = self.state.mode
        if mode is Mode.BLACK:
            p.fillRect(self.rect(), QColor("#000000"))
            p.end()
            self.min_text_px = 0.0
            self._done()
            return
        p.fillRect(self.rect(), QColor(BG))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        k = self.scale
        p.scale(k, k)
        width = self.width() / k
        ink = Ink(p, PROJECTOR_STYLE)
        area = QRectF(MARGIN, MARGIN * 0.6, width - 2 * MARGIN, DESIGN_HEIGHT - 1.6 * MARGIN)
        if self.state.session_id is None:
            self._text(ink, area, tr("Co-Smart Werkstatt"), 72, bold=True, center=True)
        elif mode is Mode.PHASE:
            self._paint_phase(ink, area)
        elif mode is Mode.BOARD:
            self._header(ink, area, self.phase.title if self.phase else tr("Keine Phase läuft."))
            if self.board_scene is not None and not self.board_scene.items():
                self._text(
                    ink,
                    area.adjusted(0, 260, 0, 0),
                    tr("Die Pinnwand ist noch leer."),
                    48,
                    color=MUTED,
                    center=True,
                )
        elif mode is Mode.STATUS:
            self._paint_status(ink, area)
        elif mode is Mode.RESULTS:
            self._paint_results(ink, area)
        elif mode is Mode.QR:
            self._paint_qr(ink, area)
        p.end()
        sizes = [s * k for s in ink.used]
        if self.timer.isVisible():
            sizes.append(float(self.timer.font().pixelSize()))
        self.min_text_px = min(sizes) if sizes else 0.0
        self._done()

    def _done(self) -> None:
        self.paint_count += 1
        self.painted.emit()

    def _text(
        self,
        ink: Ink,
        rect: QRectF,
        text: str,
        px: float,
        *,
        bold: bool = False,
        color: str = FG,
        center: bool = False,
    ) -> QRectF:
        """Word-wrapped text; returns the rectangle it used."""
        metrics = ink.font(px, bold)
        flags = Qt.TextFlag.TextWordWrap | (
            Qt.AlignmentFlag.AlignCenter if center else Qt.AlignmentFlag.AlignLeft
        )
        used = metrics.boundingRect(rect, int(flags), text)
        ink.p.setPen(QColor(color))
        ink.p.drawText(rect, int(flags), text)
        return used

    def _header(self, ink: Ink, area: QRectF, title: str) -> float:
        """Session line and a title; returns the y below them."""
        self._text(
            ink,
            QRectF(area.left(), area.top(), area.width(), 44),
            self.session_title,
            32,
            color=MUTED,
        )
        used = self._text(
            ink, QRectF(area.left(), area.top() + 48, area.width(), 160), title, 56, bold=True
        )
        return used.bottom() + 24

    def _paint_phase(self, ink: Ink, area: QRectF) -> None:
        if self.phase is None:
            self._text(ink, area, tr("Keine Phase läuft."), 64, bold=True, center=True)
            return
        y = self._header(ink, area, self.phase.title)
        question = self.phase.guiding_question or ""
        used = self._text(
            ink,
            QRectF(area.left(), y + 20, area.width(), 420),
            question,
            64,
            bold=True,
            color=ACCENT,
        )
        rules = self.phase.rules.replace(" · ", "\n")
        if rules:
            width = area.width() - 620 if self.timer.isVisible() else area.width()
            self._text(
                ink,
                QRectF(area.left(), used.bottom() + 40, width, area.bottom() - used.bottom() - 40),
                rules,
                36,
                color=MUTED,
            )

    def _round_title(self) -> str:
        return self.results.round.title if self.results else tr("Keine Abstimmung gewählt")

    def _paint_status(self, ink: Ink, area: QRectF) -> None:
        y = self._header(ink, area, self._round_title())
        if self.results is None:
            return
        status, info = self.results.status, self.results.round
        kiosk = info.entry_mode is VoteEntry.KIOSK
        number = status.ballots if kiosk else status.votes
        big = QRectF(area.left(), y + 40, area.width(), 320)
        self._text(ink, big, str(number), 280, bold=True, color=ACCENT, center=True)
        caption = tr("Stimmzettel abgegeben") if kiosk else tr("Stimmen ausgezählt")
        self._text(
            ink, QRectF(area.left(), big.bottom() + 10, area.width(), 80), caption, 56, center=True
        )
        note = (
            tr("Abstimmung abgeschlossen.")
            if info.closed
            else tr("Die Ergebnisse zeigen wir, wenn alle abgestimmt haben.")
        )
        self._text(
            ink,
            QRectF(area.left(), area.bottom() - 60, area.width(), 60),
            note,
            36,
            color=MUTED,
            center=True,
        )

    def _paint_results(self, ink: Ink, area: QRectF) -> None:
        y = self._header(ink, area, self._round_title())
        if self.results is None:
            return
        if not self.results.round.revealed:
            self._text(
                ink,
                QRectF(area.left(), y + 120, area.width(), 300),
                tr("Die Ergebnisse werden gleich aufgedeckt."),
                64,
                bold=True,
                center=True,
            )
            return
        body = QRectF(area.left(), y + 10, area.width(), area.bottom() - y - 10)
        result = self.results.result
        if result.matrix is not None:
            chart = QRectF(body.left(), body.top(), body.width() * 0.58, body.height())
            matrix = QRectF(
                chart.right() + 40, body.top(), body.right() - chart.right() - 40, body.height()
            )
            painted = paint_ranking(ink.p, chart, result, PROJECTOR_STYLE, max_rows=8)
            ranks = {r.option.id: r.rank for r in result.ranking if r.votes}
            ink.used.extend(painted.used)
            ink.used.extend(
                paint_matrix(
                    ink.p,
                    matrix,
                    result.matrix,
                    PROJECTOR_STYLE,
                    ranks=ranks,
                    max_numbered=len(painted.rows),  # the numbers of the bar chart
                )
            )
        else:
            painted = paint_ranking(ink.p, body, result, PROJECTOR_STYLE, max_rows=10)
            ink.used.extend(painted.used)

    def _paint_qr(self, ink: Ink, area: QRectF) -> None:
        y = self._header(ink, area, tr("Wie geht es weiter?"))
        if self.qr is None:
            self._text(
                ink,
                QRectF(area.left(), y + 40, area.width(), 200),
                self.qr_error or tr("Kein QR-Code verfügbar."),
                40,
                color=MUTED,
            )
            return
        n = len(self.qr)
        side = min(area.bottom() - y - 20, area.width() * 0.5)
        module = side / n
        left = area.left()
        ink.p.fillRect(QRectF(left, y, side, side), QColor("#ffffff"))
        dark = QColor("#000000")
        for r, row in enumerate(self.qr):
            for c, on in enumerate(row):
                if on:
                    ink.p.fillRect(
                        QRectF(left + c * module, y + r * module, module + 0.02, module + 0.02),
                        dark,
                    )
        text_left = left + side + 60
        column = QRectF(text_left, y + 20, area.right() - text_left, side - 20)
        used = self._text(
            ink,
            column,
            tr("Scannen Sie den Code: Dort lesen Sie, was aus den Ideen dieser Sitzung wird."),
            48,
            bold=True,
        )
        self._text(
            ink,
            QRectF(text_left, used.bottom() + 40, column.width(), 200),
            self.qr_url,
            32,
            color=MUTED,
        )
        self._text(
            ink,
            QRectF(text_left, used.bottom() + 200, column.width(), 200),
            tr("Der Code enthält keine Namen und keine Kontaktdaten."),
            32,
            color=MUTED,
        )

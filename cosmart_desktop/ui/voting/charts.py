"""Result charts drawn with QPainter, used by the results view in the main
window and by the projector (one style each): a ranked bar chart with ties and
near-ties marked, and the impact × feasibility matrix for two dot criteria.

Every function draws into the rectangle it is given, in the painter's current
coordinates, and returns the text sizes it used (pixels) so the projector can
prove its smallest text is still readable from the back row."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from ...domain.enums import VoteMethod
from ...domain.voting import (
    APPROVAL_COLORS,
    CONSENSUS_COLORS,
    Approval,
    Consensus,
    Matrix,
    RankedOption,
    RoundResult,
)
from ..i18n import tr


@dataclass(frozen=True)
class ChartStyle:
    background: str
    text: str
    muted: str
    grid: str
    accent: str  # ties and near-ties
    body_px: float
    small_px: float
    row_px: float  # height of one bar row
    family: str = "Sans Serif"


SCREEN_STYLE = ChartStyle("#ffffff", "#1a1a1a", "#555555", "#d0d0d0", "#6a1b9a", 15, 13, 30)
#: at 1080 px height: body 40 px, nothing under 30 px, rows of 72 px
PROJECTOR_STYLE = ChartStyle("#ffffff", "#000000", "#303030", "#9e9e9e", "#6a1b9a", 40, 32, 76)


@dataclass
class Ink:
    """Painter helper that records every text size used."""

    p: QPainter
    style: ChartStyle
    used: list[float] = field(default_factory=list)
    fonts: dict[tuple[int, bool], tuple[QFont, QFontMetricsF]] = field(default_factory=dict)

    def font(self, px: float, bold: bool = False) -> QFontMetricsF:
        size = max(1, round(px))
        made = self.fonts.get((size, bold))
        if made is None:
            font = QFont(self.style.family)
            font.setPixelSize(size)
            font.setBold(bold)
            made = self.fonts[(size, bold)] = (font, QFontMetricsF(font))
        self.p.setFont(made[0])
        self.used.append(float(size))
        return made[1]

    def text(
        self,
        rect: QRectF,
        text: str,
        *,
        px: float,
        color: str,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        elide: bool = True,
    ) -> None:
        metrics = self.font(px, bold)
        shown = (
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()) if elide else text
        )
        self.p.setPen(QColor(color))
        self.p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)


@dataclass
class Painted:
    """What a chart drew: the text sizes used and each bar row's rectangle."""

    used: list[float]
    rows: list[tuple[QRectF, str]] = field(default_factory=list)  # (rect, option id)


def pct(share: float) -> str:
    """A share as a percentage in the interface language: 66,7 % or 66.7 %."""
    value = round(share * 100, 1)
    digits = 0 if value == round(value) else 1
    return f"{QLocale().toString(value, 'f', digits)} %"


def legend_entries(result: RoundResult) -> list[tuple[str, str]]:
    """(colour, label) pairs explaining the bar colours."""
    if result.method is VoteMethod.DOTS:
        return [(c.color, tr(c.label)) for c in result.criteria if c.key] or []
    if result.method is VoteMethod.APPROVAL:
        return [
            (APPROVAL_COLORS[Approval.YES], tr("Ja")),
            (APPROVAL_COLORS[Approval.NO], tr("Nein")),
            (APPROVAL_COLORS[Approval.ABSTAIN], tr("Enthaltung")),
        ]
    if result.method is VoteMethod.CONSENSUS:
        return [
            (CONSENSUS_COLORS[Consensus.FULL], tr("volle Zustimmung")),
            (CONSENSUS_COLORS[Consensus.LIVE], tr("kann damit leben")),
            (CONSENSUS_COLORS[Consensus.VETO], tr("Veto")),
        ]
    return []


def caption(result: RoundResult) -> str:
    """One line saying how to read the chart."""
    if result.method is VoteMethod.DOTS:
        return tr("{0} Punkte vergeben · = gleichauf · ≈ fast gleichauf").format(result.total_votes)
    if result.method is VoteMethod.APPROVAL:
        return tr("Angenommen ab {0} Ja-Stimmen (Enthaltungen zählen mit)").format(
            pct(result.threshold)
        )
    if result.method is VoteMethod.RESISTANCE:
        note = tr("Widerstand 0–{0} · geringster Gesamtwiderstand gewinnt").format(result.scale_max)
        if result.uneven:
            note += " · " + tr("ungleich viele Bewertungen")
        return note
    return tr("Ein Veto blockiert · sonst zählt der Anteil voller Zustimmung")


def _value_text(r: RankedOption, result: RoundResult) -> str:
    if not r.votes:
        return tr("keine Stimmen")
    if result.method is VoteMethod.DOTS:
        keyed = [c for c in result.criteria if c.key]
        if len(keyed) > 1:
            parts = " | ".join(str(r.dots(c.key)) for c in keyed)
            return f"{r.votes}  ({parts})"
        return str(r.votes)
    if result.method is VoteMethod.APPROVAL:
        verdict = tr("angenommen") if r.adopted else tr("abgelehnt")
        return tr("{0} Ja · {1}").format(pct(r.score), verdict)
    if result.method is VoteMethod.RESISTANCE:
        mean = f"{r.mean:.1f}".replace(".", ",") if r.mean is not None else "–"
        text = tr("{0} (Ø {1})").format(int(r.score), mean)
        return text + " ≥ " + tr("Passivlösung") if r.worse_than_passive else text
    return tr(r.level)


def _segments(r: RankedOption, result: RoundResult, top: float) -> list[tuple[float, str]]:
    """(share of the full bar width, colour) from left to right."""
    if not r.votes:
        return []
    if result.method is VoteMethod.DOTS:
        keyed = [c for c in result.criteria if c.key]
        if len(keyed) > 1:
            return [(r.dots(c.key) / top, c.color) for c in keyed]
        color = result.criteria[0].color if result.criteria else "#1565c0"
        return [(r.votes / top, color)]
    if result.method is VoteMethod.APPROVAL:
        return [
            (r.share(int(a)), APPROVAL_COLORS[a])
            for a in (Approval.YES, Approval.NO, Approval.ABSTAIN)
        ]
    if result.method is VoteMethod.CONSENSUS:
        return [
            (r.share(int(c)), CONSENSUS_COLORS[c])
            for c in (Consensus.FULL, Consensus.LIVE, Consensus.VETO)
        ]
    share = (r.mean or 0.0) / result.scale_max if result.scale_max else 0.0
    red = int(46 + share * (198 - 46))
    green = int(125 + share * (40 - 125))
    color = "#9e9e9e" if r.option.kind == "passive" else f"#{red:02x}{green:02x}32"
    return [(r.score / top if top else 0.0, color)]


def _top(result: RoundResult) -> float:
    if result.method in (VoteMethod.APPROVAL, VoteMethod.CONSENSUS):
        return 1.0
    return max((r.score for r in result.ranking), default=0.0) or 1.0


def paint_ranking(
    p: QPainter,
    rect: QRectF,
    result: RoundResult,
    style: ChartStyle,
    *,
    max_rows: int | None = None,
    marked: frozenset[str] = frozenset(),
) -> Painted:
    """The ranked bar chart. Rows of one tie group share a bracket in the
    accent colour; '=' marks an exact tie, '≈' a near-tie. ``marked`` option
    ids are highlighted (e.g. chosen to carry forward)."""
    ink = Ink(p, style)
    s = style
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    y = rect.top()
    # legend and caption
    entries = legend_entries(result)
    ink.font(s.small_px)
    x = rect.left()
    for color, label in entries:
        box = s.small_px * 0.8
        p.fillRect(QRectF(x, y + (s.small_px * 1.4 - box) / 2, box, box), QColor(color))
        width = QFontMetricsF(p.font()).horizontalAdvance(label) + s.small_px
        ink.text(
            QRectF(x + box * 1.4, y, width, s.small_px * 1.4), label, px=s.small_px, color=s.text
        )
        x += box * 1.4 + width + s.small_px
    if entries:
        y += s.small_px * 1.6
    ink.text(
        QRectF(rect.left(), y, rect.width(), s.small_px * 1.4),
        caption(result),
        px=s.small_px,
        color=s.muted,
    )
    y += s.small_px * 1.9
    rows = list(result.ranking)
    wanted = max(1, min(len(rows), max_rows or len(rows)))
    # few rows: taller rows, so long labels can take two lines
    row_h = max(s.row_px, min((rect.bottom() - y) / wanted, s.row_px * 1.6))
    two_lines = row_h >= s.body_px * 2.6
    fit = max(1, int((rect.bottom() - y) // row_h))
    limit = min(len(rows), fit, max_rows or len(rows))
    hidden = len(rows) - limit
    if hidden:
        limit = max(1, min(limit, fit - 1))
        hidden = len(rows) - limit
    shown = rows[:limit]
    bracket_w = s.body_px * 0.5
    rank_w = s.body_px * 2.4
    value_px = s.body_px if result.method is not VoteMethod.APPROVAL else s.small_px
    label_metrics = ink.font(s.body_px, True)
    longest_label = max((label_metrics.horizontalAdvance(r.option.label) for r in shown), default=0)
    value_metrics = ink.font(value_px, result.method is VoteMethod.APPROVAL)
    longest_value = max(
        (value_metrics.horizontalAdvance(_value_text(r, result)) for r in shown), default=0
    )
    inner = rect.width() - bracket_w - rank_w - s.body_px
    value_w = min(longest_value + s.body_px * 0.6, inner * 0.34)
    label_w = min(longest_label + s.body_px * 0.6, inner * 0.5, inner - value_w - inner * 0.22)
    if two_lines:
        label_w = min(max(longest_label / 2 + s.body_px * 2, inner * 0.28), label_w)
    bar_x = rect.left() + bracket_w + rank_w + label_w + s.body_px * 0.5
    bar_w = max(10.0, rect.right() - value_w - bar_x - s.body_px * 0.4)
    top = _top(result)
    groups: dict[int, list[int]] = {}
    for index, r in enumerate(shown):
        groups.setdefault(r.group, []).append(index)
    painted = Painted(ink.used)
    for index, r in enumerate(shown):
        row = QRectF(rect.left(), y + index * row_h, rect.width(), row_h)
        painted.rows.append((row, r.option.id))
        if r.option.id in marked:
            p.fillRect(row, QColor("#fff3c4"))
        members = groups[r.group]
        mark = ""
        if len(members) > 1 and r.votes:
            mark = "=" if r.tie else "≈"
            if index == members[0]:
                span = QRectF(
                    rect.left(),
                    row.top() + row_h * 0.12,
                    bracket_w * 0.45,
                    row_h * len(members) - row_h * 0.24,
                )
                p.fillRect(span, QColor(s.accent))
        rank_text = f"{mark}{r.rank}." if r.votes else "–"
        ink.text(
            QRectF(rect.left() + bracket_w, row.top(), rank_w, row_h),
            rank_text,
            px=s.body_px,
            color=s.accent if mark else s.text,
            bold=True,
        )
        passive = r.option.kind == "passive"
        _label(
            ink,
            QRectF(rect.left() + bracket_w + rank_w, row.top(), label_w, row_h),
            r.option.label,
            px=s.body_px,
            color=s.muted if passive else s.text,
            bold=r.rank == 1 and bool(r.votes),
            two_lines=two_lines,
        )
        bar = QRectF(bar_x, row.top() + row_h * 0.18, bar_w, row_h * 0.64)
        p.fillRect(bar, QColor(s.grid).lighter(125))
        left = bar.left()
        for share, color in _segments(r, result, top):
            width = bar.width() * max(0.0, min(1.0, share))
            if width > 0:
                seg = QRectF(left, bar.top(), width, bar.height())
                p.fillRect(seg, QColor(color))
                if passive:
                    p.fillRect(seg, QBrush(QColor("#ffffff"), Qt.BrushStyle.BDiagPattern))
                left += width
        if result.method is VoteMethod.APPROVAL:
            tx = bar.left() + bar.width() * result.threshold
            p.setPen(QPen(QColor(s.text), max(2.0, s.body_px / 10), Qt.PenStyle.DashLine))
            p.drawLine(QPointF(tx, row.top() + 2), QPointF(tx, row.bottom() - 2))
        value = _value_text(r, result)
        color = s.text
        if result.method is VoteMethod.APPROVAL and r.votes:
            color = APPROVAL_COLORS[Approval.YES] if r.adopted else APPROVAL_COLORS[Approval.NO]
        ink.text(
            QRectF(bar.right() + s.body_px * 0.4, row.top(), value_w, row_h),
            value,
            px=value_px,
            color=color,
            bold=result.method is VoteMethod.APPROVAL,
        )
    if hidden:
        ink.text(
            QRectF(rect.left() + bracket_w, y + limit * row_h, rect.width(), row_h),
            tr("… und {0} weitere").format(hidden),
            px=s.small_px,
            color=s.muted,
        )
    p.restore()
    return painted


def _label(
    ink: Ink, rect: QRectF, text: str, *, px: float, color: str, bold: bool, two_lines: bool
) -> None:
    """A bar label: one line, or two when the row is tall enough (then the
    second line is shortened with an ellipsis if needed)."""
    metrics = ink.font(px, bold)
    if not two_lines or metrics.horizontalAdvance(text) <= rect.width():
        ink.text(rect, text, px=px, color=color, bold=bold)
        return
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= rect.width():
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one very long word
        first, words = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()), []
    half = rect.height() / 2
    ink.text(
        QRectF(rect.left(), rect.top() + half * 0.12, rect.width(), half),
        first,
        px=px,
        color=color,
        bold=bold,
    )
    if words:
        ink.text(
            QRectF(rect.left(), rect.top() + half * 0.88, rect.width(), half),
            " ".join(words),
            px=px,
            color=color,
            bold=bold,
        )


QUADRANTS = {
    "anpacken": "anpacken",
    "vorbereiten": "vorbereiten",
    "nebenbei": "nebenbei",
    "zurückstellen": "zurückstellen",
}


def paint_matrix(
    p: QPainter,
    rect: QRectF,
    matrix: Matrix,
    style: ChartStyle,
    *,
    ranks: dict[str, int],
    max_numbered: int = 12,
) -> list[float]:
    """Impact (y, first criterion) × feasibility (x, second criterion). Each
    option is a circle with its rank; quadrant borders at the means."""
    ink = Ink(p, style)
    s = style
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pad = s.small_px * 1.8
    area = QRectF(
        rect.left() + pad,
        rect.top() + s.small_px * 0.5,
        rect.width() - pad * 1.2,
        rect.height() - pad - s.small_px * 0.5,
    )
    p.setPen(QPen(QColor(s.text), 2))
    p.drawLine(area.bottomLeft(), area.bottomRight())
    p.drawLine(area.bottomLeft(), area.topLeft())
    x_max = max(1, matrix.x_max)
    y_max = max(1, matrix.y_max)

    def at(xv: float, yv: float) -> QPointF:
        return QPointF(
            area.left() + area.width() * (0.06 + 0.84 * xv / x_max),
            area.bottom() - area.height() * (0.08 + 0.78 * yv / y_max),
        )

    mid = at(matrix.x_mid, matrix.y_mid)
    p.setPen(QPen(QColor(s.grid), 2, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(mid.x(), area.top()), QPointF(mid.x(), area.bottom()))
    p.drawLine(QPointF(area.left(), mid.y()), QPointF(area.right(), mid.y()))
    quarter = QRectF(0, 0, area.width() / 2 - s.small_px, s.small_px * 1.3)
    for key, corner, align in (
        ("anpacken", area.topRight(), Qt.AlignmentFlag.AlignRight),
        ("vorbereiten", area.topLeft(), Qt.AlignmentFlag.AlignLeft),
        ("nebenbei", area.bottomRight(), Qt.AlignmentFlag.AlignRight),
        ("zurückstellen", area.bottomLeft(), Qt.AlignmentFlag.AlignLeft),
    ):
        box = QRectF(quarter)
        top = (
            corner.y() + s.small_px * 0.2
            if corner.y() == area.top()
            else corner.y() - s.small_px * 1.5
        )
        left = (
            corner.x() - box.width() - s.small_px * 0.3
            if align is Qt.AlignmentFlag.AlignRight
            else corner.x() + s.small_px * 0.3
        )
        box.moveTo(left, top)
        ink.text(box, tr(QUADRANTS[key]), px=s.small_px, color=s.muted, align=align)
    ink.text(
        QRectF(area.left(), area.bottom() + s.small_px * 0.2, area.width(), pad),
        tr("{0} →").format(tr(matrix.x.label)),
        px=s.small_px,
        color=matrix.x.color,
        bold=True,
        align=Qt.AlignmentFlag.AlignRight,
    )
    p.save()
    p.translate(rect.left(), area.top())
    p.rotate(-90)
    ink.text(
        QRectF(-area.height(), 0, area.height(), pad),
        tr("{0} →").format(tr(matrix.y.label)),
        px=s.small_px,
        color=matrix.y.color,
        bold=True,
        align=Qt.AlignmentFlag.AlignRight,
    )
    p.restore()
    radius = s.body_px * 0.62
    # the best options as numbered circles (the numbers of the bar chart), the
    # rest as small dots: hundreds of options stay fast and readable
    numbered = [
        pt for pt in matrix.points if ranks.get(pt.option.id, max_numbered + 1) <= max_numbered
    ]
    numbered_ids = {pt.option.id for pt in numbered}
    rest = [at(pt.x, pt.y) for pt in matrix.points if pt.option.id not in numbered_ids]
    if rest:  # plain squares, no antialiasing: hundreds of them stay cheap
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(
            QPen(
                QColor(s.muted),
                max(3.0, s.body_px / 6),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.SquareCap,
            )
        )
        p.drawPoints(rest)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
    seen: dict[tuple[int, int], int] = {}
    for point in sorted(numbered, key=lambda pt: -ranks[pt.option.id]):
        rank = ranks[point.option.id]
        nth = seen.get((point.x, point.y), 0)
        seen[(point.x, point.y)] = nth + 1
        centre = at(point.x, point.y) + QPointF(nth * radius * 1.2, -nth * radius * 0.6)
        quadrant = matrix.quadrant(point)
        fill = "#2e7d32" if quadrant == "anpacken" else "#37474f"
        p.setPen(QPen(QColor("#ffffff"), 2))
        p.setBrush(QColor(fill))
        p.drawEllipse(centre, radius, radius)
        ink.text(
            QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2),
            str(rank),
            px=s.small_px,
            color="#ffffff",
            bold=True,
            align=Qt.AlignmentFlag.AlignHCenter,
            elide=False,
        )
    p.restore()
    return ink.used

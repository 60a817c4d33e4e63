"""Charts of vote results: horizontal bars per round and the impact ×
feasibility matrix of two-colour dot votes.

A chart is first laid out as a few neutral primitives (rectangles, lines,
circles, text) in points with y pointing up; :func:`to_drawing` turns it into a
``reportlab.graphics`` Drawing for the PDF (text with font fallback and bidi),
:func:`to_svg` into inline SVG for the HTML protocol.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib.colors import HexColor

from ....domain.enums import VoteMethod
from ....domain.voting import (
    APPROVAL_COLORS,
    CONSENSUS_COLORS,
    Approval,
    Consensus,
    RankedOption,
    RoundResult,
    percent,
)
from .. import fonts
from .model import VoteRoundItem
from .rules import score_figure

#: at most this many options get a bar; the table lists all
MAX_BARS = 20
TEXT = "#1f2933"
MUTED = "#6b7280"
GRID = "#d9dee5"
BAR = "#1565c0"
RESISTANCE = "#e07b24"
PASSIVE = "#9aa3ad"


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str
    stroke: str = ""


@dataclass(frozen=True, slots=True)
class Stroke:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str = GRID
    width: float = 0.5
    dash: bool = False


@dataclass(frozen=True, slots=True)
class Dot:
    x: float
    y: float
    r: float
    fill: str
    stroke: str = "#ffffff"


@dataclass(frozen=True, slots=True)
class Label:
    x: float
    y: float
    text: str
    size: float = 8
    anchor: str = "start"  # start, middle, end
    color: str = TEXT
    bold: bool = False
    max_width: float = 0


@dataclass
class Chart:
    width: float
    height: float
    title: str
    items: list[Box | Stroke | Dot | Label] = field(default_factory=list)
    #: what the chart does not show (options beyond MAX_BARS)
    note: str = ""


def _segments(result: RoundResult, r: RankedOption) -> list[tuple[float, str]]:
    """(value, colour) pieces of one bar."""
    m = result.method
    if m is VoteMethod.DOTS:
        if len(result.criteria) > 1:
            return [(r.dots(c.key), c.color or BAR) for c in result.criteria]
        return [(float(r.votes), BAR)]
    if m is VoteMethod.APPROVAL:
        return [(r.share(int(a)), APPROVAL_COLORS[a]) for a in Approval]
    if m is VoteMethod.RESISTANCE:
        color = PASSIVE if r.option.kind == "passive" else RESISTANCE
        return [(r.score, color)]
    return [(float(r.by_column.get(("", int(c)), 0)), CONSENSUS_COLORS[c]) for c in Consensus]


def _legend(result: RoundResult) -> list[tuple[str, str]]:
    m = result.method
    if m is VoteMethod.DOTS:
        return [(c.label, c.color) for c in result.criteria] if len(result.criteria) > 1 else []
    if m is VoteMethod.APPROVAL:
        return [
            ("Ja", APPROVAL_COLORS[Approval.YES]),
            ("Nein", APPROVAL_COLORS[Approval.NO]),
            ("Enthaltung", APPROVAL_COLORS[Approval.ABSTAIN]),
        ]
    if m is VoteMethod.CONSENSUS:
        return [
            ("volle Zustimmung", CONSENSUS_COLORS[Consensus.FULL]),
            ("kann damit leben", CONSENSUS_COLORS[Consensus.LIVE]),
            ("Veto", CONSENSUS_COLORS[Consensus.VETO]),
        ]
    return []


def _nice_top(value: float) -> float:
    if value <= 0:
        return 1.0
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value <= step * 5:
            return float(step * max(1, -(-value // step)))
    return float(value)


def _ticks(top: float) -> list[float]:
    step = top / 5 if top >= 5 else 1.0
    ticks, value = [], 0.0
    while value <= top + 1e-9:
        ticks.append(value)
        value += step
    return ticks


def tie_prefix(r: RankedOption) -> str:
    return "=" if r.tie else "≈" if r.near_tie else ""


def bar_chart(item: VoteRoundItem, width: float = 480) -> Chart | None:
    """Horizontal bars in rank order; None when nobody has voted yet."""
    result = item.result
    if result.total_votes == 0:
        return None
    fonts.register_fonts()
    shown = [r for r in result.ranking if r.votes][:MAX_BARS]
    legend = _legend(result)
    row, bar_h = 17.0, 11.0
    label_w = width * 0.36
    value_w = 46.0
    plot_x = label_w + 8
    plot_w = width - plot_x - value_w
    top_pad = 16.0 if legend else 4.0
    axis_h = 16.0
    height = top_pad + row * len(shown) + axis_h + 4
    chart = Chart(width, height, item.title)
    share = result.method is VoteMethod.APPROVAL
    top = 1.0 if share else _nice_top(max(sum(v for v, _ in _segments(result, r)) for r in shown))
    axis_y = axis_h
    for t in [i / 4 for i in range(5)] if share else _ticks(top):
        x = plot_x + plot_w * t / top
        chart.items.append(Stroke(x, axis_y, x, height - top_pad, GRID, 0.4))
        text = percent(t) if share else f"{t:g}"
        chart.items.append(Label(x, axis_y - 10, text, 6.5, "middle", MUTED))
    chart.items.append(Stroke(plot_x, axis_y, plot_x + plot_w, axis_y, MUTED, 0.6))
    for i, r in enumerate(shown):
        y = height - top_pad - row * (i + 1) + (row - bar_h) / 2
        rank = f"{tie_prefix(r)}{r.rank}."
        chart.items.append(Label(4, y + 2.5, rank, 7.5, "start", MUTED))
        chart.items.append(
            Label(label_w, y + 2.5, r.option.label or "–", 7.5, "end", TEXT, max_width=label_w - 26)
        )
        x = plot_x
        for value, color in _segments(result, r):
            w = plot_w * value / top if top else 0
            if w > 0:
                chart.items.append(Box(x, y, w, bar_h, color))
                x += w
        chart.items.append(Label(x + 4, y + 2.5, score_figure(result, r), 7.5, "start", TEXT, True))
    if share:
        tx = plot_x + plot_w * result.threshold
        chart.items.append(Stroke(tx, axis_y, tx, height - top_pad + 2, TEXT, 0.9, True))
    lx = plot_x
    for text, color in legend:
        chart.items.append(Box(lx, height - 10, 8, 8, color))
        chart.items.append(Label(lx + 11, height - 9, text, 7, "start", TEXT))
        lx += 18 + fonts.text_width(text, 7)
    hidden = sum(1 for r in result.ranking if r.votes) - len(shown)
    notes = []
    if hidden > 0:
        notes.append(
            f"Die Grafik zeigt die ersten {len(shown)} Optionen; alle stehen in der Tabelle."
        )
    if any(r.tie or r.near_tie for r in shown):
        notes.append("= Gleichstand, ≈ knapper Gleichstand")
    chart.note = " ".join(notes)
    return chart


def matrix_chart(item: VoteRoundItem, size: float = 300) -> Chart | None:
    """Impact (y) × feasibility (x) with the quadrant borders at the means."""
    matrix = item.matrix
    if matrix is None or item.result.total_votes == 0:
        return None
    points = [p for p in matrix.points if p.x or p.y]
    if not points:
        return None
    pad_l, pad_b, pad_t, pad_r = 34.0, 30.0, 8.0, 8.0
    width = size + pad_l + pad_r
    height = size + pad_b + pad_t
    chart = Chart(width, height, f"{matrix.y.label} × {matrix.x.label}")
    x_top, y_top = max(1, matrix.x_max), max(1, matrix.y_max)

    def px(v: float) -> float:
        return pad_l + size * (v / x_top) * 0.84 + size * 0.08

    def py(v: float) -> float:
        return pad_b + size * (v / y_top) * 0.84 + size * 0.08

    chart.items.append(Box(pad_l, pad_b, size, size, "#f7f9fb", GRID))
    mx, my = px(matrix.x_mid), py(matrix.y_mid)
    chart.items.append(Stroke(mx, pad_b, mx, pad_b + size, MUTED, 0.7, True))
    chart.items.append(Stroke(pad_l, my, pad_l + size, my, MUTED, 0.7, True))
    corner = [
        (pad_l + size - 3, pad_b + size - 9, "anpacken", "end"),
        (pad_l + 3, pad_b + size - 9, "vorbereiten", "start"),
        (pad_l + size - 3, pad_b + 3, "nebenbei", "end"),
        (pad_l + 3, pad_b + 3, "zurückstellen", "start"),
    ]
    for x, y, text, anchor in corner:
        chart.items.append(Label(x, y, text, 7.5, anchor, MUTED, True))
    chart.items.append(Label(pad_l + size / 2, 6, f"{matrix.x.label} (Punkte) →", 8, "middle"))
    chart.items.append(Label(4, pad_b + size + 1, f"↑ {matrix.y.label}", 8, "start"))
    for v in (0, x_top):
        chart.items.append(Label(px(v), pad_b - 10, str(v), 6.5, "middle", MUTED))
    for v in (0, y_top):
        chart.items.append(Label(pad_l - 4, py(v) - 2, str(v), 6.5, "end", MUTED))
    numbers = {p.option.id: i for i, p in enumerate(matrix.points, start=1)}
    placed: dict[tuple[int, int], list[int]] = {}
    for p in points:
        placed.setdefault((p.x, p.y), []).append(numbers[p.option.id])
    for (x, y), nums in placed.items():
        cx, cy = px(x), py(y)
        chart.items.append(Dot(cx, cy, 6.5, BAR))
        text = ",".join(str(n) for n in nums[:3]) + ("…" if len(nums) > 3 else "")
        if len(nums) == 1:
            chart.items.append(Label(cx, cy - 2.3, text, 6.5, "middle", "#ffffff", True))
        else:
            chart.items.append(Label(cx + 8, cy - 2.3, text, 6.5, "start", TEXT, True))
    return chart


def matrix_legend(item: VoteRoundItem) -> list[tuple[int, str, str]]:
    """(number, label, quadrant) for the points shown in the matrix."""
    matrix = item.matrix
    if matrix is None:
        return []
    return [
        (i, p.option.label, matrix.quadrant(p))
        for i, p in enumerate(matrix.points, start=1)
        if p.x or p.y
    ]


# -- backends -------------------------------------------------------------------
def to_drawing(chart: Chart) -> Drawing:
    drawing = Drawing(chart.width, chart.height, initialFontName=fonts.SANS)
    for it in chart.items:
        if isinstance(it, Box):
            drawing.add(
                Rect(
                    it.x,
                    it.y,
                    it.w,
                    it.h,
                    fillColor=HexColor(it.fill),
                    strokeColor=HexColor(it.stroke) if it.stroke else None,
                    strokeWidth=0.5,
                )
            )
        elif isinstance(it, Stroke):
            drawing.add(
                Line(
                    it.x1,
                    it.y1,
                    it.x2,
                    it.y2,
                    strokeColor=HexColor(it.color),
                    strokeWidth=it.width,
                    strokeDashArray=[3, 2] if it.dash else None,
                )
            )
        elif isinstance(it, Dot):
            drawing.add(
                Circle(
                    it.x,
                    it.y,
                    it.r,
                    fillColor=HexColor(it.fill),
                    strokeColor=HexColor(it.stroke),
                    strokeWidth=0.8,
                )
            )
        else:
            drawing.add(_text_group(it))
    return drawing


def _text_group(label: Label) -> Group:
    head = fonts.SANS_BOLD if label.bold else fonts.SANS
    line = (
        fonts.fit(label.text, label.size, label.max_width, head)
        if label.max_width
        else fonts.display_runs(label.text, label.size, head)
    )
    total = sum(r.width for r in line)
    x = label.x - (total if label.anchor == "end" else total / 2 if label.anchor == "middle" else 0)
    group = Group()
    for run in line:
        group.add(
            String(
                x,
                label.y,
                run.text,
                fontName=run.font,
                fontSize=label.size,
                fillColor=HexColor(label.color),
            )
        )
        x += run.width
    return group


def to_svg(chart: Chart, css_class: str = "chart") -> str:
    """Inline SVG (scales with the page; text in the page's font, so the
    browser shapes and orders any script itself)."""
    h = chart.height
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {chart.width:.1f} {h:.1f}" '
        f'role="img" aria-label={quoteattr(chart.title)} class="{css_class}">',
        f"<title>{escape(chart.title)}</title>",
    ]
    for it in chart.items:
        if isinstance(it, Box):
            stroke = f' stroke="{it.stroke}" stroke-width="0.5"' if it.stroke else ""
            out.append(
                f'<rect x="{it.x:.1f}" y="{h - it.y - it.h:.1f}" width="{it.w:.1f}" '
                f'height="{it.h:.1f}" fill="{it.fill}"{stroke}/>'
            )
        elif isinstance(it, Stroke):
            dash = ' stroke-dasharray="3 2"' if it.dash else ""
            out.append(
                f'<line x1="{it.x1:.1f}" y1="{h - it.y1:.1f}" x2="{it.x2:.1f}" '
                f'y2="{h - it.y2:.1f}" stroke="{it.color}" stroke-width="{it.width}"{dash}/>'
            )
        elif isinstance(it, Dot):
            out.append(
                f'<circle cx="{it.x:.1f}" cy="{h - it.y:.1f}" r="{it.r}" fill="{it.fill}" '
                f'stroke="{it.stroke}" stroke-width="0.8"/>'
            )
        else:
            anchor = {"start": "start", "middle": "middle", "end": "end"}[it.anchor]
            weight = ' font-weight="bold"' if it.bold else ""
            text = it.text
            if it.max_width and len(text) > int(it.max_width / (it.size * 0.5)):
                text = text[: max(1, int(it.max_width / (it.size * 0.5)) - 1)].rstrip() + "…"
            out.append(
                f'<text x="{it.x:.1f}" y="{h - it.y:.1f}" font-size="{it.size}" '
                f'text-anchor="{anchor}" fill="{it.color}"{weight}><tspan unicode-bidi="plaintext">'
                f"{escape(text)}</tspan></text>"
            )
    out.append("</svg>")
    return "".join(out)

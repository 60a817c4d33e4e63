"""PDF sections for vote rounds (rules, chart, table, matrix), Steckbriefe (one
per page, with their ratings) and the follow-up QR code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from ....domain.enums import VoteMethod
from .. import fonts
from . import charts, rules
from .model import SteckbriefItem, VoteRoundItem
from .pdf_layout import ACCENT, ACCENT_LIGHT, INK, RULE, TEXT_W, Heading
from .qr import qr_drawing

Styles = dict[str, ParagraphStyle]
MakeHeading = Callable[[str, int], Heading]


def _t(value: str, style: ParagraphStyle) -> Flowable:
    return fonts.paragraph(value, style)


def _table_style(highlight: list[int] | None = None, right: tuple[int, ...] = ()) -> TableStyle:
    """Result and rating tables; short figures are plain strings (no Paragraph),
    drawn in the table's font, right-aligned in the ``right`` columns."""
    cmds: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 11),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        *[("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right],
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f4f6f9")]),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in highlight or []:
        cmds.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#fff4d6")))
    return TableStyle(cmds)


def round_story(
    item: VoteRoundItem, st: Styles, heading: MakeHeading, level: int
) -> list[Flowable]:
    result = item.result
    chart = charts.bar_chart(item, TEXT_W)
    room = 50 * mm + (chart.height if chart is not None else 0)
    out: list[Flowable] = [
        CondPageBreak(min(room, 200 * mm)),
        heading(item.title, level),
        _t(rules.round_status(item), st["muted"]),
    ]
    if item.rules:
        out.append(_t("Regeln: " + "; ".join(item.rules) + ".", st["small"]))
    out.append(_t(rules.totals_line(result, item.ballots), st["body"]))
    if chart is not None:
        block: list[Flowable] = [Spacer(1, 3), charts.to_drawing(chart)]
        if chart.note:
            block.append(_t(chart.note, st["small"]))
        out.append(KeepTogether(block))
    out.append(Spacer(1, 3))
    out.append(_result_table(item, st))
    if result.uneven:
        out.append(
            _t(
                "Hinweis: Die Optionen haben unterschiedlich viele Bewertungen erhalten; "
                "die Summen sind daher nur bedingt vergleichbar (siehe Mittelwerte).",
                st["small"],
            )
        )
    matrix = charts.matrix_chart(item)
    if matrix is not None:
        legend = charts.matrix_legend(item)
        rows = [
            [_t(f"{n}", st["cell"]), _t(label or "–", st["cell"]), _t(q, st["cell"])]
            for n, label, q in legend
        ]
        table = Table(
            [[_t(h, st["cell_head"]) for h in ("Nr.", "Option", "Quadrant")], *rows],
            colWidths=[12 * mm, TEXT_W - 12 * mm - 32 * mm, 32 * mm],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(_table_style())
        out.append(
            KeepTogether(
                [
                    Spacer(1, 6),
                    _t(f"Wirkung × Machbarkeit ({matrix.title})", st["h3"]),
                    _t(
                        "Die gestrichelten Linien zeigen die Mittelwerte aller Optionen.",
                        st["small"],
                    ),
                    charts.to_drawing(matrix),
                ]
            )
        )
        out.append(table)
    out.append(Spacer(1, 6 * mm))
    return out


def _result_table(item: VoteRoundItem, st: Styles) -> Table:
    result = item.result
    detail = [rules.detail(result, r) for r in result.ranking]
    notes = [
        " · ".join(x for x in (rules.verdict(result, r), rules.tie_mark(r)) if x)
        for r in result.ranking
    ]
    head = ["Rang", "Option", rules.figure_header(result)]
    has_detail, has_notes = any(detail), any(notes)
    if has_detail:
        head.append("Aufschlüsselung")
    if has_notes:
        head.append(
            "Ergebnis"
            if result.method in (VoteMethod.APPROVAL, VoteMethod.CONSENSUS)
            else "Hinweis"
        )
    data: list[list[Any]] = [
        [_t(h, st["cell_head_right" if i == 2 else "cell_head"]) for i, h in enumerate(head)]
    ]
    highlight: list[int] = []
    for i, r in enumerate(result.ranking):
        label = r.option.label or "–"
        if len(label) > 600:
            label = label[:600].rstrip() + " … (gekürzt)"
        row = [
            charts.tie_prefix(r) + rules.rank_text(r),
            _t(label, st["cell"]),
            rules.score_figure(result, r),
        ]
        if has_detail:
            row.append(_t(detail[i], st["cell"]))
        if has_notes:
            row.append(_t(notes[i], st["cell"]))
        data.append(row)
        if r.adopted or (r.rank == 1 and r.votes and result.method is not VoteMethod.APPROVAL):
            highlight.append(i + 1)
    fixed = [14 * mm, 0.0, 24 * mm]
    if has_detail:
        fixed.append(46 * mm)
    if has_notes:
        fixed.append(30 * mm)
    fixed[1] = TEXT_W - sum(fixed)
    table = Table(data, colWidths=fixed, repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style(highlight, right=(2,)))
    return table


def steckbrief_story(
    b: SteckbriefItem, st: Styles, heading: MakeHeading, level: int
) -> list[Flowable]:
    out: list[Flowable] = [heading(b.title or "Steckbrief ohne Titel", level)]
    out.append(_t(rules.steckbrief_badges(b), st["muted"]))
    rows = [[_t(f.label, st["label"]), _t(f.value, st["cell"])] for f in b.fields]
    if rows:
        table = Table(rows, colWidths=[44 * mm, TEXT_W - 44 * mm], hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        out += [Spacer(1, 4), table]
    if b.criteria:
        out.append(_t("Bewertung", st["h3"]))
        summary = f"{b.raters} {'Bewertung' if b.raters == 1 else 'Bewertende'}"
        if b.score is not None:
            summary += f" · Punktzahl {rules.steckbrief_score(b.score)} von 5"
        if b.score_spread is not None:
            summary += f" · Spanne zwischen den Bewertenden {rules.number(b.score_spread, 2)}"
        if b.ko_failed:
            summary += " · nicht erfüllt: " + ", ".join(b.ko_failed)
        out.append(_t(summary, st["body"]))
        head = ["Kriterium", "Gewicht", "Mittel", "Spanne", "Anzahl"]
        data: list[list[Any]] = [
            [_t(h, st["cell_head_right" if i >= 2 else "cell_head"]) for i, h in enumerate(head)]
        ]
        for c in b.criteria:
            weight, mean, spread, n = rules.criterion_cells(c)
            data.append([_t(c.name, st["cell"]), weight, mean, spread, n])
        table = Table(
            data,
            colWidths=[TEXT_W - 4 * 22 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(_table_style(right=(2, 3, 4)))
        out += [
            table,
            _t(
                "Mittel: 0–5 je Kriterium; die Punktzahl ist das gewichtete Mittel der bewerteten "
                "Kriterien (inverse Kriterien umgekehrt). Ein nicht erfülltes K.O.-Kriterium "
                "schließt die Priorisierung aus.",
                st["small"],
            ),
        ]
    if b.followup_url:
        out += [Spacer(1, 6), *followup_block(b.followup_url, st, size=28 * mm)]
    return out


def followup_block(url: str, st: Styles, size: float = 40 * mm) -> list[Flowable]:
    """The QR code beside its address and a short explanation."""
    explain = _t(
        "Wie es mit den Ergebnissen weitergeht, steht unter dieser Adresse. Der QR-Code "
        "führt dorthin; er enthält nur eine Zufallskennung, keine persönlichen Daten.",
        st["body"],
    )
    link = _t(url, st["body"])
    box = Table(
        [[qr_drawing(url, size), [explain, Spacer(1, 4), link]]],
        colWidths=[size + 6 * mm, TEXT_W - size - 6 * mm],
        hAlign="LEFT",
    )
    box.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [KeepTogether([box])]

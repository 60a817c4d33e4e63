"""The follow-up QR code as PDF drawing and as inline SVG, both from the module
matrix of ``services.qr`` (error correction M, quiet zone included)."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import black, white

from ...qr import dark_runs, qr_matrix
from ..fonts import SANS


def qr_drawing(text: str, size: float) -> Drawing:
    """A square drawing of ``size`` points: the code with its quiet zone."""
    matrix = qr_matrix(text)
    cell = size / len(matrix)
    drawing = Drawing(size, size, initialFontName=SANS)
    drawing.add(Rect(0, 0, size, size, fillColor=white, strokeColor=None))
    for row, col, length in dark_runs(matrix):
        drawing.add(
            Rect(
                col * cell,
                size - (row + 1) * cell,
                length * cell,
                cell,
                fillColor=black,
                strokeColor=None,
                strokeWidth=0,
            )
        )
    return drawing


def qr_svg(text: str, label: str) -> str:
    """Inline SVG (one path) that scales crisply."""
    matrix = qr_matrix(text)
    n = len(matrix)
    path = "".join(f"M{col} {row}h{length}v1h-{length}z" for row, col, length in dark_runs(matrix))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}" class="qr" '
        f'role="img" aria-label={quoteattr(label)} shape-rendering="crispEdges">'
        f'<rect width="{n}" height="{n}" fill="#fff"/>'
        f'<path d="{path}" fill="#000"/></svg>'
    )

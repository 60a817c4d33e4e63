"""QR codes as plain module matrices, for any renderer (QPainter on the
projector and in the handout preview, reportlab in PDFs).

Error correction M (15 % of the code may be damaged or covered) and the full
quiet zone of four modules on every side are always included, so a renderer
only draws dark modules as squares and leaves the rest light."""

from __future__ import annotations

from functools import lru_cache

import qrcode
import qrcode.constants
from qrcode.exceptions import DataOverflowError

from ..domain.errors import Refused

QUIET_ZONE = 4
#: the most characters we put into one code (a follow-up URL is ~60)
MAX_TEXT = 1000


def qr_matrix(text: str, *, error_correction: str = "M") -> list[list[bool]]:
    """Rows of modules, True = dark, quiet zone included (a square of side
    4·version + 17 + 8). ``error_correction`` is "M", "Q" or "H"."""
    return [list(row) for row in _matrix(text, error_correction)]


@lru_cache(maxsize=2048)
def _matrix(text: str, error_correction: str) -> tuple[tuple[bool, ...], ...]:
    """The matrix, cached: choosing the best mask is slow in pure Python, and the
    preview redraws the same addresses again and again."""
    levels = {
        "M": qrcode.constants.ERROR_CORRECT_M,
        "Q": qrcode.constants.ERROR_CORRECT_Q,
        "H": qrcode.constants.ERROR_CORRECT_H,
    }
    if error_correction not in levels:
        raise Refused("QR error correction must be M, Q or H")
    if not isinstance(text, str) or not text:
        raise Refused("a QR code needs some text")
    if "\x00" in text or len(text) > MAX_TEXT:
        raise Refused("QR text must be at most {most} characters and contain no NUL", most=MAX_TEXT)
    code = qrcode.QRCode(
        version=None, error_correction=levels[error_correction], box_size=1, border=QUIET_ZONE
    )
    code.add_data(text.encode("utf-8"), optimize=0)
    try:
        code.make(fit=True)
    except DataOverflowError as exc:
        raise Refused("the text is too long for a QR code") from exc
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def dark_runs(matrix: list[list[bool]]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of each horizontal run of dark modules: fewer
    shapes to draw than one square per module, and no hairline gaps between them."""
    runs: list[tuple[int, int, int]] = []
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                runs.append((y, start, x - start))
            else:
                x += 1
    return runs

"""The one place that registers the fonts of every PDF the app makes.

The TTF files ship in ``resources/fonts`` (Noto Sans with Arabic, Hebrew and
Ethiopic, DejaVu Sans and Noto Sans Symbols 2 as fallbacks; licences beside
them) and are embedded (subset) into each PDF.

A character the main font lacks is drawn with the first fallback font that has
it (font fallback per character run); a character no shipped font has is
replaced by a visible textual substitute such as ``[grinning face]`` or
``[U+12000]`` — never a black .notdef box. Arabic and Hebrew are shaped
(``arabic-reshaper``) and put into visual order (``python-bidi``) line by line,
so right-to-left paragraphs wrap correctly.

Use :func:`register_fonts` once, then :func:`paragraph` for any user text in a
platypus story, :func:`markup` for Paragraph markup, :func:`draw_text` on a
canvas and :func:`string_runs` in reportlab.graphics drawings.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

#: font names to use in styles; each is the head of a fallback chain
SANS = "CoSans"
SANS_BOLD = "CoSans-Bold"
SANS_ITALIC = "CoSans-Italic"
SANS_BOLD_ITALIC = "CoSans-BoldItalic"

_REGULAR_CHAIN = (
    ("CoSans", "NotoSans-Regular.ttf"),
    ("CoSansArabic", "NotoSansArabic-Regular.ttf"),
    ("CoSansHebrew", "NotoSansHebrew-Regular.ttf"),
    ("CoSansEthiopic", "NotoSansEthiopic-Regular.ttf"),
    ("CoSansWide", "DejaVuSans.ttf"),
    ("CoSansSymbols", "NotoSansSymbols2-Regular.ttf"),
)
_BOLD_CHAIN = (
    ("CoSans-Bold", "NotoSans-Bold.ttf"),
    ("CoSansArabic-Bold", "NotoSansArabic-Bold.ttf"),
    ("CoSansHebrew-Bold", "NotoSansHebrew-Bold.ttf"),
    ("CoSansEthiopic-Bold", "NotoSansEthiopic-Bold.ttf"),
    ("CoSansWide-Bold", "DejaVuSans-Bold.ttf"),
    ("CoSansSymbols", "NotoSansSymbols2-Regular.ttf"),
)
_ITALIC_CHAIN = (("CoSans-Italic", "NotoSans-Italic.ttf"), *_REGULAR_CHAIN[1:])
#: head font name → the chain used for fallback
CHAINS: dict[str, tuple[tuple[str, str], ...]] = {
    SANS: _REGULAR_CHAIN,
    SANS_BOLD: _BOLD_CHAIN,
    SANS_ITALIC: _ITALIC_CHAIN,
    SANS_BOLD_ITALIC: (("CoSans-BoldItalic", "NotoSans-Bold.ttf"), *_BOLD_CHAIN[1:]),
}

_lock = threading.Lock()
_registered = False
#: font name → set of code points it maps
_coverage: dict[str, frozenset[int]] = {}
#: head font → characters it draws as they are (no fallback, no cleaning needed)
_plain: dict[str, frozenset[str]] = {}

#: invisible format characters dropped before drawing (bidi controls, joiners,
#: variation selectors, BOM, soft hyphen …): they have no glyph and would
#: otherwise show as boxes; explicit bidi overrides (U+202E) must not garble text
_BIDI_CONTROLS = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_EMOJI_MODIFIERS = frozenset(range(0x1F3FB, 0x1F400))


def font_dir() -> Path:
    """The folder of the shipped TTF files."""
    return Path(str(resources.files("cosmart_desktop") / "resources" / "fonts"))


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF (emoji) written
    as UTF-16 surrogate pairs as the PDF standard asks (reportlab writes an
    odd-length hex string that readers reject, so text extraction failed)."""

    def utf16(cp: int) -> str:
        return chr(cp).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *[f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)],
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def register_fonts() -> None:
    """Register every shipped font with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        folder = font_dir()
        for chain in CHAINS.values():
            for name, filename in chain:
                if name in _coverage:
                    continue
                font = TTFont(name, str(folder / filename))
                pdfmetrics.registerFont(font)
                _coverage[name] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
        )
        for head, chain in CHAINS.items():
            _plain[head] = frozenset(
                chr(cp)
                for cp in _coverage[chain[0][0]]
                if cp > 0x20
                and not _is_dropped(cp)
                and unicodedata.category(chr(cp)) not in ("Mn", "Me", "Cs")
                and not 0x1F1E6 <= cp <= 0x1F1FF
                and unicodedata.bidirectional(chr(cp)) not in ("R", "AL")
            ) | {" ", "\n"}
        _registered = True


def embedded_font_names() -> list[str]:
    """Names of all fonts registered here (for tests and diagnostics)."""
    register_fonts()
    return sorted(_coverage)


# -- characters ---------------------------------------------------------------
@lru_cache(maxsize=65536)
def font_for(cp: int, head: str = SANS) -> str | None:
    """The first font of the chain headed by ``head`` that has code point ``cp``."""
    register_fonts()
    for name, _file in CHAINS.get(head, _REGULAR_CHAIN):
        if cp in _coverage[name]:
            return name
    return None


def _is_dropped(cp: int) -> bool:
    if cp in _BIDI_CONTROLS or cp in (0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD, 0x2060):
        return True
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or 0xE0000 <= cp <= 0xE007F:
        return True
    return unicodedata.category(chr(cp)) == "Cc"


def _clusters(text: str) -> Iterator[str]:
    """Approximate grapheme clusters: base + marks, modifiers, ZWJ sequences, flags."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        if 0x1F1E6 <= ord(text[i]) <= 0x1F1FF and j < n and 0x1F1E6 <= ord(text[j]) <= 0x1F1FF:
            j += 1
        while j < n:
            cp = ord(text[j])
            if cp == 0x200D and j + 1 < n:
                j += 2
            elif (
                unicodedata.category(text[j]) in ("Mn", "Me")
                or cp in _EMOJI_MODIFIERS
                or 0xFE00 <= cp <= 0xFE0F
                or 0xE0020 <= cp <= 0xE007F
            ):
                j += 1
            else:
                break
        yield text[i:j]
        i = j


def substitute(cluster: str) -> str:
    """A visible textual stand-in for a cluster no shipped font can draw."""
    cps = [ord(c) for c in cluster]
    if len(cps) == 2 and all(0x1F1E6 <= c <= 0x1F1FF for c in cps):
        return "[Flagge " + "".join(chr(c - 0x1F1E6 + 65) for c in cps) + "]"
    names: list[str] = []
    for c in cps:
        if _is_dropped(c) or c in _EMOJI_MODIFIERS:
            continue
        try:
            name = unicodedata.name(chr(c)).lower()
        except ValueError:
            name = f"U+{c:04X}"
        if name not in names:
            names.append(name)
    return "[" + " + ".join(names or [f"U+{cps[0]:04X}"]) + "]"


def clean_for_pdf(text: str, head: str = SANS) -> str:
    """NFC, tabs as spaces, invisible controls dropped, undrawable clusters substituted."""
    register_fonts()
    text = text.replace("\t", "    ")
    plain = _plain.get(head, _plain[SANS])
    if plain.issuperset(text):  # the common case: the main font draws it all
        return text
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for cluster in _clusters(text):
        base = ord(cluster[0])
        if base == 0x0A:
            out.append("\n")
            continue
        if 0xD800 <= base <= 0xDFFF:
            out.append(f"[U+{base:04X}]")
            continue
        if _is_dropped(base) and len(cluster) == 1:
            continue
        drawable = [c for c in cluster if not _is_dropped(ord(c))]
        if all(font_for(ord(c), head) is not None for c in drawable):
            out.append("".join(drawable))
        elif font_for(base, head) is not None:
            # base drawable, a mark or modifier is not: keep the base only
            out.append(cluster[0])
        else:
            out.append(substitute(cluster))
    return "".join(out)


def runs(text: str, head: str = SANS) -> list[tuple[str, str]]:
    """Split cleaned text into (font name, text) runs; every char has a glyph."""
    if _plain.get(head, frozenset()).issuperset(text):
        return [(head, text)] if text else []
    result: list[tuple[str, str]] = []
    current: str | None = None
    start = 0
    for i, ch in enumerate(text):
        font = font_for(ord(ch), head)
        if font is None:  # only after clean_for_pdf was skipped
            font = head
        if ch == " " and current is not None:
            continue  # spaces stay in the running font
        if font != current:
            if current is not None:
                result.append((current, text[start:i]))
            current, start = font, i
    if current is not None:
        result.append((current, text[start:]))
    return result


#: the blocks of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, …,
#: their presentation forms and the historic RTL scripts beyond U+FFFF)
_RTL_BLOCKS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def is_rtl(text: str) -> bool:
    """Whether the text has a right-to-left letter (and needs the bidi algorithm)."""
    if text.isascii() or not _RTL_BLOCKS.search(text):
        return False
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def base_direction(text: str) -> str:
    """'R' or 'L' by the first strong character (Unicode rule P2/P3)."""
    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


_RESHAPER = arabic_reshaper.ArabicReshaper()  # built once: it reads its configuration


def visual(line: str, base: str) -> str:
    """One line in visual order, Arabic letters in their joined forms."""
    if not is_rtl(line):
        return line
    shaped = _RESHAPER.reshape(line)
    # a joined form no shipped font has falls back to the plain letter
    shaped = "".join(
        c if font_for(ord(c)) is not None else unicodedata.normalize("NFKC", c) for c in shaped
    )
    return str(get_display(shaped, base_dir=base))


def markup_runs(text: str, head: str = SANS) -> str:
    """Paragraph markup for already cleaned, visually ordered text."""
    parts: list[str] = []
    for font, chunk in runs(text, head):
        body = escape(chunk)
        parts.append(body if font == head else f'<font face="{font}">{body}</font>')
    return "".join(parts)


def markup(text: str, head: str = SANS) -> str:
    """Paragraph markup for left-to-right user text (line breaks kept)."""
    cleaned = clean_for_pdf(text, head)
    return "<br/>".join(markup_runs(line, head) for line in cleaned.split("\n"))


def text_width(text: str, size: float, head: str = SANS) -> float:
    """Width in points of already cleaned text, each run in its own font."""
    return float(sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs(text, head)))


def paragraph(text: str, style: ParagraphStyle, bullet: str | None = None) -> Flowable:
    """A flowable for user text in ``style``: a Paragraph, or a bidi paragraph
    for text with Arabic or Hebrew letters (right-aligned when its first strong
    character is right-to-left, unless it is a bulleted list item)."""
    register_fonts()
    head = style.fontName if style.fontName in CHAINS else SANS
    cleaned = clean_for_pdf(text, head)
    if is_rtl(cleaned):
        return BidiParagraph(cleaned, style, head, bullet)
    return Paragraph(
        "<br/>".join(markup_runs(line, head) for line in cleaned.split("\n")),
        style,
        bulletText=bullet,
    )


class BidiParagraph(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Text with right-to-left parts: broken into lines in logical order, each
    line then shaped and reordered for display (the Unicode bidi algorithm).

    Line breaking measures each word once and splitting at a page end cuts the
    list of lines, so long texts stay linear in time."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        head: str = SANS,
        bullet: str | None = None,
        lines: list[tuple[str, str]] | None = None,
        width: float = -1.0,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.head = head
        self.bullet = bullet
        self._lines_cache = lines
        self._width = width
        self._inner: Paragraph | None = None

    def _word_width(self, word: str) -> float:
        return _word_width(word, float(self.style.fontSize), self.head)

    def _lines(self, width: float) -> list[tuple[str, str]]:
        space = self._word_width(" ")
        out: list[tuple[str, str]] = []
        for logical in self.text.split("\n"):
            base = base_direction(logical)
            words: list[str] = []
            used = 0.0
            for word in logical.split(" "):
                w = self._word_width(word)
                if words and used + space + w > width:
                    out.append((" ".join(words), base))
                    words, used = [], 0.0
                while w > width and len(word) > 1:  # a word wider than the line
                    cut = _fit_prefix(word, width, self._word_width)
                    out.append((word[:cut], base))
                    word = word[cut:]
                    w = self._word_width(word)
                used += (space if words else 0.0) + w
                words.append(word)
            out.append((" ".join(words), base))
        return out

    def _measure(self, logical: str, size: float) -> float:
        return text_width(visual(logical, "L"), size, self.head)

    def _layout(self, width: float) -> list[tuple[str, str]]:
        if self._lines_cache is None or abs(self._width - width) > 0.01:
            style = self.style
            self._lines_cache = self._lines(width - 0.5 - style.leftIndent - style.rightIndent)
            self._width = width
            self._inner = None
        return self._lines_cache

    def _paragraph(self, width: float) -> Paragraph:
        lines = self._layout(width)
        if self._inner is None:
            style = self.style
            first_base = lines[0][1] if lines else "L"
            if first_base == "R" and not self.bullet and style.alignment in (TA_LEFT, 4):
                # 4 = TA_JUSTIFY
                style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
            body = "<br/>".join(markup_runs(visual(t, b), self.head) for t, b in lines)
            self._inner = Paragraph(body, style, bulletText=self.bullet)
        return self._inner

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # one line per entry; the Paragraph is only made for what gets drawn
        self.width = avail_width
        self.height = len(self._layout(avail_width)) * float(self.style.leading)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        lines = self._layout(avail_width)
        fits = int((avail_height + 1e-6) // float(self.style.leading))
        if fits <= 0 or fits >= len(lines):
            return [] if fits <= 0 else [self]
        style = self.style
        rest = ParagraphStyle(f"{style.name}-cont", parent=style, spaceBefore=0)
        head = ParagraphStyle(f"{style.name}-head", parent=style, spaceAfter=0)
        first = BidiParagraph(self.text, head, self.head, self.bullet, lines[:fits], avail_width)
        return [first, BidiParagraph(self.text, rest, self.head, None, lines[fits:], avail_width)]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        inner = self._paragraph(self.width)
        inner.wrap(self.width, self.height + 1)
        inner.drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


@lru_cache(maxsize=65536)
def _word_width(word: str, size: float, head: str) -> float:
    """Width of one logical word as drawn (shaping never joins across spaces)."""
    return text_width(visual(word, "L"), size, head)


def _fit_prefix(word: str, width: float, measure: Any) -> int:
    """The longest prefix of ``word`` (at least one character) within ``width``."""
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(word[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def paragraphs(
    text: str, style: ParagraphStyle, bullet: str | None = None, chunk: int = 3000
) -> list[Flowable]:
    """Like :func:`paragraph`, for text of any length: a long text becomes several
    flowables (cut at line breaks, else at spaces) so page breaks stay cheap."""
    if len(text) <= chunk:
        return [paragraph(text, style, bullet)]
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > chunk:
            cut = line.rfind(" ", 0, chunk)
            cut = cut if cut > chunk // 2 else chunk
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        if current and len(current) + len(line) + 1 > chunk:
            pieces.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    pieces.append(current)
    cont = ParagraphStyle(f"{style.name}-cont", parent=style, spaceBefore=0)
    first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
    out: list[Flowable] = []
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        mid = ParagraphStyle(f"{style.name}-mid", parent=cont, spaceAfter=0)
        st = first if i == 0 else cont if last else mid
        out.append(paragraph(piece, st, bullet if i == 0 else None))
    return out


# -- canvas and graphics --------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Run:
    font: str
    text: str
    width: float


def display_runs(text: str, size: float, head: str = SANS) -> list[Run]:
    """One line of user text as drawable runs in visual order."""
    register_fonts()
    cleaned = clean_for_pdf(text.replace("\n", " "), head)
    shown = visual(cleaned, base_direction(cleaned))
    return [
        Run(font, chunk, pdfmetrics.stringWidth(chunk, font, size))
        for font, chunk in runs(shown, head)
    ]


def fit(text: str, size: float, max_width: float, head: str = SANS) -> list[Run]:
    """Like :func:`display_runs`, shortened with an ellipsis to ``max_width``."""
    line = display_runs(text, size, head)
    if sum(r.width for r in line) <= max_width:
        return line
    cleaned = clean_for_pdf(text.replace("\n", " "), head)
    lo, hi = 0, len(cleaned)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(r.width for r in display_runs(cleaned[:mid] + "…", size, head)) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return display_runs(cleaned[:lo].rstrip() + "…", size, head)


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    head: str = SANS,
    anchor: int = TA_LEFT,
    max_width: float | None = None,
) -> float:
    """Draw one line of user text with font fallback; returns its width."""
    line = fit(text, size, max_width, head) if max_width else display_runs(text, size, head)
    width = sum(r.width for r in line)
    if anchor == TA_RIGHT:
        x -= width
    elif anchor == TA_CENTER:
        x -= width / 2
    for r in line:
        canvas.setFont(r.font, size)
        canvas.drawString(x, y, r.text)
        x += r.width
    return width

"""PDF fonts: shipped with their licences, fallback per character run, visible
substitutes instead of .notdef boxes, Arabic shaped and in visual order."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from helpers.pdf_check import base_name, fonts_of, is_embedded_truetype, text_of, unicode_map
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import SimpleDocTemplate

from cosmart_desktop.services.export import fonts


def test_fonts_ship_with_their_licences() -> None:
    folder = fonts.font_dir()
    for chain in fonts.CHAINS.values():
        for _name, filename in chain:
            assert (folder / filename).is_file(), filename
    assert "SIL OPEN FONT LICENSE Version 1.1" in (folder / "OFL-Noto.txt").read_text()
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text()


def _glyphs_ok(text: str, head: str = fonts.SANS) -> bool:
    for line in fonts.clean_for_pdf(text, head).split("\n"):  # lines are drawn one by one
        for font, chunk in fonts.runs(fonts.visual(line, fonts.base_direction(line)), head):
            face = pdfmetrics.getFont(font).face
            if not all(ord(c) in face.charToGlyph for c in chunk):
                return False
    return True


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        st.characters(blacklist_categories=("Cs",), max_codepoint=0x1FFFF),
        max_size=40,
    )
)
def test_every_character_is_drawn_by_a_font_that_has_it(text: str) -> None:
    fonts.register_fonts()
    assert _glyphs_ok(text)
    assert _glyphs_ok(text, fonts.SANS_BOLD)


def test_kassel_languages_need_no_substitute() -> None:
    samples = [
        "Größe, Straße, Übergänge – „Zitat“ ‚einfach‘ … € ẞ",
        "Türkçe: Işık, ğüşöç İstanbul ĞÜŞÖÇ",
        "Polski: zażółć gęślą jaźń; Română: țară, școală",
        "Русский, Українська: їжак, ґанок; Български",
        "Ελληνικά: Καλημέρα",
        "العربية: مرحبا بكم في كاسل",
        "فارسی: پارک بیشتر برای کودکان گچ ژ",
        "Kurdî: Rojbaş, çawa yî? ێ ڵ ڕ ۆ",
        "ትግርኛ: ሰላም ኣብ ካሰል; አማርኛ: ሰላም",
        "עברית: שלום",
        "Tiếng Việt: Xin chào, đường phố",
    ]
    for text in samples:
        cleaned = fonts.clean_for_pdf(text)
        assert "[" not in cleaned, cleaned
        assert _glyphs_ok(text)


def test_characters_no_font_has_get_a_visible_substitute() -> None:
    assert fonts.clean_for_pdf("Keil 𒀀schrift") == "Keil [cuneiform sign a]schrift"
    assert fonts.clean_for_pdf("Familie 👨‍👩‍👧") == "Familie [man + woman + girl]"
    assert fonts.clean_for_pdf("Flagge 🇩🇪!") == "Flagge [Flagge DE]!"
    assert fonts.clean_for_pdf("\ue000") == "[U+E000]"
    # drawable emoji stay, their modifiers and selectors go (they have no glyph)
    assert fonts.clean_for_pdf("Daumen 👍🏽 Herz ❤️") == "Daumen 👍 Herz ❤"
    # invisible controls: bidi overrides cannot reverse the protocol's text
    assert fonts.clean_for_pdf("abc\u202edef\u202c ghi\x07") == "abcdef ghi"
    assert fonts.clean_for_pdf("Zeile 1\nZeile\t2") == "Zeile 1\nZeile    2"


def test_arabic_is_shaped_and_in_visual_order() -> None:
    shown = fonts.visual("مرحبا كاسل", "R")
    assert all(0xFE70 <= ord(c) <= 0xFEFF or c == " " for c in shown)  # joined forms
    first_word = shown.split(" ")[-1]  # the first logical word is drawn rightmost
    assert unicodedata.normalize("NFKC", first_word)[::-1] == "مرحبا"
    assert fonts.base_direction("مرحبا Kassel") == "R"
    assert fonts.base_direction("Kassel مرحبا") == "L"


def test_a_pdf_with_many_scripts_embeds_only_covering_fonts(tmp_path: Path) -> None:
    fonts.register_fonts()
    style = ParagraphStyle("t", fontName=fonts.SANS, fontSize=10, leading=14)
    long_arabic = " ".join(["نريد حديقة أكثر للأطفال في الحي"] * 8)
    texts = [
        "Größe Straße Işık ĞÜŞÖÇ",
        long_arabic,
        "Café 😀 mit 👍🏽, Keil 𒀀, 漢字, ትግርኛ, שלום",
        "Gemischt: Wir wünschen uns مكتبة in Wesertor",
    ]
    out = tmp_path / "scripts.pdf"
    SimpleDocTemplate(str(out), initialFontName=fonts.SANS).build(
        [fonts.paragraph(t, style) for t in texts]
    )
    used = list(fonts_of(out))
    names = {base_name(f) for f in used}
    assert {"NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansEthiopic-Regular"} <= names
    assert "NotoSansHebrew-Regular" in names and "DejaVuSans" in names
    for font in used:
        assert is_embedded_truetype(font)
        face = pdfmetrics.getFont(_registered(base_name(font))).face
        for code, char in unicode_map(font).items():
            if (code < 128 and char == chr(code)) or char == "\x00":
                continue
            assert all(ord(c) in face.charToGlyph for c in char), (base_name(font), char)
    text = text_of(out)
    assert "Größe Straße Işık ĞÜŞÖÇ" in text
    assert "[cuneiform sign a]" in text and "[cjk unified ideograph-6f22]" in text
    assert "😀" in text  # emoji beyond U+FFFF extract (fixed ToUnicode map)


def _registered(base: str) -> str:
    for chain in fonts.CHAINS.values():
        for name, filename in chain:
            if Path(filename).stem == base:
                return name
    raise KeyError(base)


def test_long_rtl_paragraph_breaks_lines_in_logical_order() -> None:
    fonts.register_fonts()
    style = ParagraphStyle("t", fontName=fonts.SANS, fontSize=10, leading=14)
    words = [f"كلمة{n}" for n in range(1, 40)]
    para = fonts.BidiParagraph(" ".join(words), style)
    lines = para._lines(200)
    assert len(lines) > 3
    # the first line holds the first words, each line fits
    assert lines[0][0].split(" ")[0] == "كلمة1"
    joined = " ".join(text for text, _base in lines).split(" ")
    assert joined == words
    assert all(para._measure(text, 10) <= 200 for text, _ in lines)

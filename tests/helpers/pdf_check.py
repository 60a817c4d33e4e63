"""Reading exported PDFs back: text, fonts, glyph coverage, QR codes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject


def text_of(path: Path) -> str:
    """All text, whitespace collapsed (lines wrapped in the PDF join up again)."""
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def squash(value: str) -> str:
    return " ".join(value.split())


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts_of(path: Path) -> Iterator[DictionaryObject]:
    """Every font dictionary used on a page or inside a form XObject."""
    reader = PdfReader(str(path))
    seen: set[int] = set()

    def walk(resources: Any) -> Iterator[DictionaryObject]:
        resources = _resolve(resources)
        if not resources:
            return
        fonts = _resolve(resources.get("/Font")) or {}
        for ref in fonts.values():
            font = _resolve(ref)
            if id(font) not in seen:
                seen.add(id(font))
                yield font
        xobjects = _resolve(resources.get("/XObject")) or {}
        for ref in xobjects.values():
            xobj = _resolve(ref)
            if xobj.get("/Subtype") == "/Form" and id(xobj) not in seen:
                seen.add(id(xobj))
                yield from walk(xobj.get("/Resources"))

    for page in reader.pages:
        yield from walk(page.get("/Resources"))


def is_embedded_truetype(font: DictionaryObject) -> bool:
    descriptor = _resolve(font.get("/FontDescriptor"))
    return descriptor is not None and "/FontFile2" in descriptor


_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def unicode_map(font: DictionaryObject) -> dict[int, str]:
    """code → text from the font's ToUnicode CMap."""
    stream = _resolve(font.get("/ToUnicode"))
    if stream is None:
        return {}
    data = stream.get_data()
    section = data.split(b"beginbfchar", 1)[-1].split(b"endbfchar", 1)[0]
    return {
        int(code, 16): bytes.fromhex(text.decode()).decode("utf-16-be")
        for code, text in _BFCHAR.findall(section)
    }


def base_name(font: DictionaryObject) -> str:
    """'AAAAAA+NotoSans-Regular' → 'NotoSans-Regular'."""
    name = str(font.get("/BaseFont", "")).lstrip("/")
    return name.split("+", 1)[-1]


def qr_texts(path: Path, page_index: int, scale: float = 2.0) -> list[str]:
    """The QR codes on one page, decoded from a rendering (pypdfium2 + zxing-cpp)."""
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(str(path))
    try:
        image = document[page_index].render(scale=scale).to_pil()
    finally:
        document.close()
    return [
        r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode
    ]

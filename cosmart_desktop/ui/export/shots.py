"""``cosmart screenshots``: the first page of a session protocol, exported as
PDF like File → Export does and rendered to an image (pypdfium2)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...services.export.protocol import write_protocol
from ...services.settings import FOLLOWUP_URL, OFFICE
from ..i18n import tr

if TYPE_CHECKING:  # pragma: no cover - typing only
    from ..main_window import MainWindow

_OPEN: dict[int, QWidget] = {}


def page_image(pdf: Path, index: int = 0, scale: float = 1.5) -> QImage:
    """One PDF page as a QImage (RGB)."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        bitmap = document[index].render(scale=scale)
        image = bitmap.to_pil().convert("RGB")
    finally:
        document.close()
    data = image.tobytes("raw", "RGB")
    return QImage(
        data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888
    ).copy()


class PdfPageView(QWidget):
    """A PDF page on a grey desk, as a reader would see it."""

    def __init__(self, image: QImage, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("protocolPageView")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet("#protocolPageView { background: #5f6b7a; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.page = QLabel()
        self.page.setPixmap(QPixmap.fromImage(image))
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setAccessibleName(tr("Erste Seite des Protokolls"))
        layout.addWidget(self.page)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.resize(self.sizeHint())


def _session(window: MainWindow) -> tuple[str, str]:
    fallback: tuple[str, str] | None = None
    for event in window.ctx.workshops.events():
        for session in event.sessions:
            fallback = fallback or (session.id, session.title)
            if session.format.value == "zukunftswerkstatt":
                return session.id, session.title
    if fallback is None:
        raise RuntimeError("the workspace has no session; run `cosmart demo` first")
    return fallback


def protocol(window: MainWindow) -> QWidget:
    old = _OPEN.pop(id(window), None)
    if old is not None:
        old.close()
        old.deleteLater()
    session_id, title = _session(window)
    settings = window.ctx.settings
    with tempfile.TemporaryDirectory(prefix="cosmart-shot-") as tmp:
        pdf = Path(tmp) / "protokoll.pdf"
        write_protocol(
            window.ctx.workspace,
            pdf,
            session_id=session_id,
            office=settings.get(OFFICE),
            url_template=settings.get(FOLLOWUP_URL),
        )
        image = page_image(pdf)
    view = PdfPageView(image, tr("Protokoll: {0}").format(title), window)
    _OPEN[id(window)] = view
    return view

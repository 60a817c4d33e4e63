"""The handout in the app: drawn with QPainter from the same cards and geometry
as the PDF, so the preview shows what is printed; printed through the print
dialog (QPrinter) or saved as PDF (the service's reportlab file)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CosmartError
from ...services.export import fonts
from ...services.export.handout_pdf import write_handout_pdf
from ...services.export.handouts import (
    GEOMETRY,
    MAX_COPIES,
    Box,
    Geometry,
    Handout,
    HandoutCard,
    build_handout,
    url_lines,
)
from ...services.qr import dark_runs
from ...services.settings import FOLLOWUP_URL, OFFICE, Settings
from ...storage.workspace import Workspace
from ..i18n import error_text, tr
from ..tasks import BackgroundOperation, Progress

ACCENT = QColor(0, 84, 140)
GREY = QColor(115, 115, 115)
LIGHT = QColor(178, 178, 178)
SIDE_WIDTH = 280


@cache
def font_family() -> str:
    """The shipped sans family for Qt (the same Noto Sans the PDF embeds)."""
    family = ""
    names = ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"]
    names += sorted(p.name for p in fonts.font_dir().glob("*.ttf") if p.name not in names)
    for name in names:
        font_id = QFontDatabase.addApplicationFont(str(fonts.font_dir() / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family:
            family = families[0]
    return family or QFont().defaultFamily()


class _Painter:
    """Draws handout pages on any paint device, in millimetres."""

    def __init__(self, painter: QPainter, device: QPaintDevice, g: Geometry) -> None:
        self.p = painter
        self.g = g
        self.k = device.logicalDpiX() / 25.4  # device pixels per mm
        self.device = device
        self.family = font_family()

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def fm(self, font: QFont) -> QFontMetricsF:
        """Metrics on the device drawn on (its resolution, not the screen's)."""
        return QFontMetricsF(font, self.device)

    def page(self, cards: list[HandoutCard]) -> None:
        self.p.save()
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.p.fillRect(
            QRectF(0, 0, self.g.page_w * self.k, self.g.page_h * self.k), Qt.GlobalColor.white
        )
        self.cut_marks()
        for slot, card in enumerate(cards):
            self.card(self.g.card_box(slot), card)
        self.p.restore()

    def cut_marks(self) -> None:
        g, k = self.g, self.k
        xs, ys = g.cut_lines_x(), g.cut_lines_y()
        pen = QPen(LIGHT, max(1.0, 0.1 * k))
        pen.setStyle(Qt.PenStyle.DashLine)
        self.p.setPen(pen)
        for x in xs:
            self.p.drawLine(QPointF(x * k, ys[0] * k), QPointF(x * k, ys[-1] * k))
        for y in ys:
            self.p.drawLine(QPointF(xs[0] * k, y * k), QPointF(xs[-1] * k, y * k))
        self.p.setPen(QPen(Qt.GlobalColor.black, max(1.0, 0.14 * k)))
        gap, mark = g.mark_gap, g.mark
        for x in xs:
            self.p.drawLine(
                QPointF(x * k, (ys[0] - gap) * k), QPointF(x * k, (ys[0] - gap - mark) * k)
            )
            self.p.drawLine(
                QPointF(x * k, (ys[-1] + gap) * k), QPointF(x * k, (ys[-1] + gap + mark) * k)
            )
        for y in ys:
            self.p.drawLine(
                QPointF((xs[0] - gap) * k, y * k), QPointF((xs[0] - gap - mark) * k, y * k)
            )
            self.p.drawLine(
                QPointF((xs[-1] + gap) * k, y * k), QPointF((xs[-1] + gap + mark) * k, y * k)
            )
        self.p.setPen(GREY)
        self.p.setFont(self.font(6.5))
        self.p.drawText(
            QPointF((xs[0] + 1) * k, (ys[0] - 2.0) * k), tr("✂ entlang der Linien schneiden")
        )

    def card(self, at: Box, card: HandoutCard) -> None:
        g, k = self.g, self.k
        q = g.qr_box
        n = len(card.matrix)
        module = q.w / n * k
        ox, oy = (at.x + q.x) * k, (at.y + q.y) * k
        path = QPainterPath()
        for row, col, length in dark_runs([list(r) for r in card.matrix]):
            path.addRect(QRectF(ox + col * module, oy + row * module, length * module, module))
        self.p.fillPath(path, Qt.GlobalColor.black)
        t = g.text_box
        left, width = (at.x + t.x) * k, t.w * k
        bottom = (at.y + t.y + t.h) * k
        top = (at.y + t.y) * k
        blocks = [
            (card.question, self.font(10.5, True), ACCENT, 2),
            (card.title, self.font(10.0, True), QColor(Qt.GlobalColor.black), 4),
            (card.context, self.font(7.5), GREY, 3),
        ]
        planned = self._plan(blocks, width, bottom - top)
        for lines, font, color in planned:
            fm = self.fm(font)
            self.p.setFont(font)
            self.p.setPen(color)
            for line in lines:
                top += fm.lineSpacing()
                self.p.drawText(QPointF(left, top - fm.descent()), line)
            top += 1.4 * k
        u = g.url_box
        self.p.setPen(GREY)
        self.p.setFont(self.font(6.5))
        base = (at.y + u.y + 2.6) * k
        self.p.drawText(QPointF((at.x + u.x) * k, base), tr("Scannen oder eingeben:"))
        url_font = self.font(7.5)
        fm = self.fm(url_font)
        self.p.setFont(url_font)
        self.p.setPen(Qt.GlobalColor.black)
        for line in url_lines(card.url, lambda s: fm.horizontalAdvance(s) <= u.w * k)[:2]:
            base += 3.6 * k
            self.p.drawText(QPointF((at.x + u.x) * k, base), line)
        f = g.footer_box
        small = self.font(6.5)
        self.p.setFont(small)
        self.p.setPen(GREY)
        office = self.fm(small).elidedText(card.office, Qt.TextElideMode.ElideRight, f.w * k)
        self.p.drawText(QPointF((at.x + f.x) * k, (at.y + f.y + 3.0) * k), office)

    def _plan(
        self, blocks: list[tuple[str, QFont, QColor, int]], width: float, height: float
    ) -> list[tuple[list[str], QFont, QColor]]:
        """Lines per block that fit the text box; the context gives way first."""
        limits = [b[3] for b in blocks]
        while True:
            planned = [
                (_wrap(text, self.fm(font), width, limit), font, color)
                for (text, font, color, _m), limit in zip(blocks, limits, strict=True)
            ]
            used = sum(len(lines) * self.fm(font).lineSpacing() for lines, font, _c in planned)
            used += 1.4 * self.k * (len(blocks) - 1)
            if used <= height or (limits[1] == 1 and limits[2] == 1):
                return planned
            if limits[2] > 1 and (limits[2] >= limits[1] - 1 or limits[1] == 1):
                limits[2] -= 1
            else:
                limits[1] -= 1


def _wrap(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if fm.horizontalAdvance(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while fm.horizontalAdvance(line) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and fm.horizontalAdvance(line[:cut]) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return lines


def render_page(handout: Handout, index: int, dpi: int = 96, g: Geometry = GEOMETRY) -> QImage:
    """One page as an image (for the preview and for tests)."""
    k = dpi / 25.4
    image = QImage(round(g.page_w * k), round(g.page_h * k), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        _Painter(painter, image, g).page(handout.pages(g)[index])
    finally:
        painter.end()
    return image


def print_handout(handout: Handout, printer: QPrinter, g: Geometry = GEOMETRY) -> None:
    """Print every page on ``printer`` (A4, no margins: the layout has its own)."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    printer.setFullPage(True)
    printer.setDocName(handout.title)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("Der Drucker konnte nicht geöffnet werden."))
    try:
        draw = _Painter(painter, printer, g)
        for number, cards in enumerate(handout.pages(g)):
            if number:
                printer.newPage()
            draw.page(cards)
    finally:
        painter.end()


class HandoutPreview(QDialog):
    """Preview of a session's handout, with printing and saving as PDF."""

    def __init__(
        self,
        workspace: Workspace,
        settings: Settings,
        session_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HandoutPreview")
        self.setWindowTitle(tr("Handzettel mit QR-Codes"))
        self.ws = workspace
        self.settings = settings
        self.session_id = session_id
        self.handout: Handout | None = None
        self.copies = QSpinBox(self)
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setAccessibleName(tr("Exemplare der Sitzungskarte"))
        self.ideas = QCheckBox(tr("Karten für die &Steckbriefe"), self)
        self.ideas.setChecked(True)
        self.pages = QVBoxLayout()
        self.pages.setContentsMargins(16, 16, 16, 16)
        self.pages.setSpacing(16)
        holder = QWidget(self)
        holder.setObjectName("PreviewPages")
        holder.setLayout(self.pages)
        holder.setStyleSheet("#PreviewPages{background:#6b7680;}")
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(holder)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAccessibleName(tr("Vorschau der Seiten"))
        self.info = QLabel(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.btn_print = QPushButton(tr("&Drucken …"), self)
        self.btn_pdf = QPushButton(tr("Als &PDF speichern …"), self)
        self.btn_close = QPushButton(tr("Schließen"), self)
        self.btn_print.clicked.connect(self.print_dialog)
        self.btn_pdf.clicked.connect(lambda: self.save_pdf())
        self.btn_close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_dialog)
        copies_label = QLabel(tr("&Exemplare der Sitzungskarte:"), self)
        copies_label.setBuddy(self.copies)
        self.info.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(copies_label)
        side.addWidget(self.copies)
        side.addWidget(self.ideas)
        side.addWidget(self.info)
        side.addStretch(1)
        side.addWidget(self.btn_print)
        side.addWidget(self.btn_pdf)
        side.addWidget(self.btn_close)
        body = QHBoxLayout()
        panel = QWidget(self)
        panel.setLayout(side)
        panel.setMaximumWidth(SIDE_WIDTH)
        side.setContentsMargins(0, 0, 0, 0)
        body.addWidget(panel)
        body.addWidget(self.scroller, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        self.copies.valueChanged.connect(lambda _v: self.refresh())
        self.ideas.toggled.connect(lambda _v: self.refresh())
        self.resize(1100, 820)
        self.refresh()

    def build(self) -> Handout:
        return build_handout(
            self.ws,
            self.session_id,
            self.settings.get(FOLLOWUP_URL),
            self.settings.get(OFFICE),
            session_copies=self.copies.value(),
            steckbriefe=self.ideas.isChecked(),
        )

    def refresh(self) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        try:
            self.handout = self.build()
        except CosmartError as exc:
            self.handout = None
            self.error.setText(error_text(exc))
            self.btn_print.setEnabled(False)
            self.btn_pdf.setEnabled(False)
            return
        self.error.setText("")
        self.btn_print.setEnabled(True)
        self.btn_pdf.setEnabled(True)
        count = len(self.handout.pages())
        self.info.setText(
            tr("{0} Karten auf {1} Seite(n) A4").format(len(self.handout.cards), count)
        )
        for index in range(count):
            label = QLabel(self)
            label.setPixmap(QPixmap.fromImage(render_page(self.handout, index, dpi=self._dpi())))
            label.setAccessibleName(tr("Seite {0}").format(index + 1))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addWidget(label)

    def _dpi(self) -> int:
        """A resolution at which a page fills the width of the preview."""
        width = max(self.scroller.viewport().width(), self.width() - SIDE_WIDTH - 40) - 60
        return max(50, min(110, int(width / (GEOMETRY.page_w / 25.4))))

    def print_dialog(self) -> None:
        if self.handout is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Handzettel drucken"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_handout(self.handout, printer)
        except OSError as exc:
            QMessageBox.warning(self, tr("Drucken"), error_text(exc))

    def save_pdf(self, path: str | None = None) -> None:
        if self.handout is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Handzettel als PDF speichern"), "handzettel.pdf", tr("PDF (*.pdf)")
            )
        if not path:
            return
        handout = self.handout

        def work(report: Progress) -> str:
            report(0, 1, tr("Erzeuge PDF …"))
            write_handout_pdf(Path(path), handout)
            report(1, 1, "")
            return str(path)

        BackgroundOperation(
            self,
            tr("Handzettel"),
            work,
            lambda p: self.info.setText(tr("Gespeichert: {0}").format(p)),
            lambda m: self.error.setText(tr("Speichern fehlgeschlagen: {0}").format(m)),
        ).start()


__all__ = ["HandoutPreview", "print_handout", "render_page"]

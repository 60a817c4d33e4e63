"""The Maßnahmenliste: Steckbriefe ranked by score with vote support, filtered
by Veranstaltung, Leitthema, Handlungsfeld, Stadtteil, status and text; exported
as CSV (German Excel) or PDF. Status changes and deletes from here are undoable."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import SteckbriefStatus
from ...domain.errors import CosmartError
from ...domain.scoring import score_key, score_text
from ...services.measures import MeasureFilter, MeasureRow
from ..commands import push_done
from ..i18n import error_text, tr
from ..tasks import BackgroundOperation, Progress
from .model import SteckbriefModel
from .tables import ID_ROLE, SortItem, filter_combo, make_table, refill, select_id, selected_id

COLUMNS = (
    "Rang",
    "Titel",
    "Punkte",
    "Streuung",
    "Stimmen",
    "K.O.",
    "Bewertungen",
    "Status",
    "Leitthema",
    "Handlungsfeld",
    "Stadtteile",
    "Veranstaltung",
)


class MeasuresView(QWidget):
    openRequested = Signal(str)  # Steckbrief id

    def __init__(
        self,
        model: SteckbriefModel,
        stack: Callable[[], QUndoStack | None],
        *,
        events: Callable[[], list[tuple[str, str]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._stack = stack
        self._events = events
        self.event_id: str | None = None
        self.session_id: str | None = None
        self.rows: list[MeasureRow] = []
        self.event_box = filter_combo(self, tr("Veranstaltung"), tr("Alle Veranstaltungen"))
        self.event_box.setVisible(events is not None)
        self.theme = filter_combo(self, tr("Leitthema"), tr("Alle Leitthemen"))
        self.field = filter_combo(self, tr("Handlungsfeld"), tr("Alle Handlungsfelder"))
        self.district = filter_combo(self, tr("Stadtteil"), tr("Alle Stadtteile"))
        self.status = filter_combo(self, tr("Status"), tr("Jeder Status"))
        for st in SteckbriefStatus:
            self.status.addItem(tr(st.label), st.value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Suchen …"))
        self.search.setAccessibleName(tr("Maßnahmen durchsuchen"))
        self.search.setClearButtonEnabled(True)
        for combo in (self.event_box, self.theme, self.field, self.district, self.status):
            combo.activated.connect(self._filters_changed)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.btn_csv = QPushButton(tr("Als &CSV …"), self)
        self.btn_pdf = QPushButton(tr("Als P&DF …"), self)
        self.btn_csv.clicked.connect(lambda: self.export("csv"))
        self.btn_pdf.clicked.connect(lambda: self.export("pdf"))
        self.table = make_table(self, [tr(c) for c in COLUMNS], tr("Maßnahmenliste"))
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.itemActivated.connect(lambda _i: self._open_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        delete = QAction(tr("Steckbrief löschen"), self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.table.addAction(delete)
        self.count = QLabel(self)
        self.count.setStyleSheet("color:#5f6b73;")
        filters = QHBoxLayout()
        for widget in (self.event_box, self.theme, self.field, self.district, self.status):
            widget.setMaximumWidth(260)
            filters.addWidget(widget, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        actions.addWidget(self.btn_csv)
        actions.addWidget(self.btn_pdf)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self._stale = False
        model.listChanged.connect(self._list_changed)
        model.strategyChanged.connect(self._fill_filters)
        self._fill_filters()

    # -- scope and filters ------------------------------------------------------------
    def set_scope(self, event_id: str | None, session_id: str | None = None) -> None:
        """Rank within the event (None: the whole workspace); optionally only a session."""
        self.event_id, self.session_id = event_id, session_id
        self._fill_filters()

    def _fill_filters(self) -> None:
        if self._events is not None:
            refill(self.event_box, [(t, i) for i, t in self._events()], tr("Alle Veranstaltungen"))
        frame = self.model.frame()
        refill(self.theme, [(lt.name, lt.id) for lt in frame], tr("Alle Leitthemen"))
        self._fill_fields()
        refill(
            self.district, [(d, d) for d in self.model.measures.districts()], tr("Alle Stadtteile")
        )
        self.refresh()

    def _fill_fields(self) -> None:
        theme = self.theme.currentData()
        choices = [
            (c.name if theme else f"{c.leitthema} › {c.name}", c.id)
            for c in self.model.field_choices()
            if not theme or c.leitthema_id == theme
        ]
        refill(self.field, choices, tr("Alle Handlungsfelder"))

    def _filters_changed(self, _index: int = 0) -> None:
        if self.sender() is self.theme:
            self._fill_fields()
        self.refresh()

    def current_filter(self) -> MeasureFilter:
        status = self.status.currentData()
        event = self.event_id if self._events is None else self.event_box.currentData()
        return MeasureFilter(
            event_id=event,
            session_id=self.session_id,
            leitthema_id=self.theme.currentData(),
            handlungsfeld_id=self.field.currentData(),
            district=self.district.currentData(),
            status=SteckbriefStatus(status) if status else None,
            text=self.search.text(),
        )

    # -- showing ---------------------------------------------------------------------
    def _list_changed(self) -> None:
        """Refresh soon if shown; a hidden list refreshes when it is shown again."""
        if self.isVisible():
            self._pending.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._pending.stop()
        chosen = selected_id(self.table)
        try:
            self.rows = self.model.rows(self.current_filter())
        except CosmartError as exc:
            self.count.setText(error_text(exc))
            return
        table = self.table
        sorting = table.isSortingEnabled()
        table.setSortingEnabled(False)
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            self._fill_row(r, row)
        table.setSortingEnabled(sorting)
        table.resizeColumnsToContents()
        table.setColumnWidth(1, min(max(table.columnWidth(1), 200), 380))
        if chosen:
            select_id(table, chosen)
        ko = sum(1 for row in self.rows if row.ko_failed)
        text = tr("{0} Steckbriefe").format(len(self.rows))
        if ko:
            text += " · " + tr("{0} mit nicht erfülltem K.O.-Kriterium").format(ko)
        self.count.setText(text)

    def _fill_row(self, r: int, row: MeasureRow) -> None:
        b = row.steckbrief
        rank = "–" if row.rank is None else f"{row.rank}{' =' if row.tied else ''}"
        open_count = len(row.missing_raters) + row.incomplete
        rated = str(len(row.raters)) + (tr(" ({0} offen)").format(open_count) if open_count else "")
        waiting = ", ".join([*row.missing_raters])
        cells = [
            SortItem(rank, r),  # the ranked order, also for K.O. and unscored rows
            SortItem(b.title or tr("(ohne Titel)"), tooltip=b.summary[:500]),
            SortItem(score_text(row.score), score_key(row.score) if row.score is not None else -1),
            SortItem("" if row.spread is None else score_text(row.spread), row.spread or 0.0),
            SortItem(str(row.support), row.support),
            SortItem(
                tr("K.O.") if row.ko_failed else "",
                int(bool(row.ko_failed)),
                "; ".join(row.ko_failed),
            ),
            SortItem(
                rated,
                len(row.raters),
                tr("Noch nicht bewertet: {0}").format(waiting) if waiting else "",
            ),
            SortItem(tr(b.status.label)),
            SortItem(row.leitthema),
            SortItem(row.handlungsfeld),
            SortItem(", ".join(b.districts)),
            SortItem(row.event_title),
        ]
        cells[0].setData(ID_ROLE, b.id)
        for index in (0, 2, 3, 4):
            cells[index].setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if row.ko_failed:
            cells[5].setForeground(Qt.GlobalColor.darkRed)
            for cell in cells:
                cell.setBackground(QColor("#fbeaea"))
        for c, item in enumerate(cells):
            self.table.setItem(r, c, item)

    # -- actions ---------------------------------------------------------------------
    def _open_current(self) -> None:
        sid = selected_id(self.table)
        if sid:
            self.openRequested.emit(sid)

    def _menu(self, pos: QPoint) -> None:
        sid = selected_id(self.table)
        if sid is None:
            return
        menu = QMenu(self)
        menu.addAction(tr("Öffnen"), lambda: self.openRequested.emit(sid))
        status_menu = menu.addMenu(tr("Status setzen"))
        current = self.model.get(sid).status
        for st in SteckbriefStatus:
            act = status_menu.addAction(tr(st.label), partial(self.set_status, sid, st))
            act.setEnabled(st != current)
        menu.addSeparator()
        menu.addAction(tr("Löschen"), self.delete_current)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def set_status(self, sid: str, status: SteckbriefStatus) -> None:
        try:
            old = self.model.set_status(sid, status)
        except CosmartError as exc:
            self.count.setText(error_text(exc))
            return
        push_done(
            self._stack(),
            tr("Status „{0}“ setzen").format(tr(status.label)),
            lambda: self.model.update(sid, status=status.value),
            lambda: self.model.update(sid, status=old.value),
        )

    def delete_current(self) -> None:
        """Delete asks nothing: a tombstone, undoable."""
        sid = selected_id(self.table)
        if sid is None:
            return
        title = self.model.get(sid).title
        self.model.update(sid, deleted=True)
        push_done(
            self._stack(),
            tr("Steckbrief „{0}“ löschen").format(title),
            lambda: self.model.update(sid, deleted=True),
            lambda: self.model.update(sid, deleted=False),
        )

    def export(self, kind: str) -> None:
        pattern = tr("CSV-Dateien (*.csv)") if kind == "csv" else tr("PDF-Dateien (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Maßnahmenliste exportieren"), f"massnahmenliste.{kind}", pattern
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path, on_done: Callable[[object], object] | None = None) -> None:
        if path.suffix.casefold() not in (".csv", ".pdf"):
            path = path.with_suffix(".csv")
        ws, flt = self.model.workspace, self.current_filter()

        def work(report: Progress) -> object:
            from ...services.export.measures import export_measures  # reportlab: when used

            return export_measures(ws, path, event_id=flt.event_id, flt=flt, progress=report)

        def done(result: object) -> None:
            self.count.setText(tr("Exportiert nach {0}").format(path))
            if on_done is not None:
                on_done(result)

        BackgroundOperation(
            self,
            tr("Maßnahmenliste exportieren"),
            work,
            done,
            lambda m: QMessageBox.warning(self, tr("Export fehlgeschlagen"), m),
        ).start()

"""The Ideenpool: every card that no Steckbrief takes up yet, across the event
or the whole workspace, with its vote support; a card becomes a Steckbrief with
one keystroke (undoable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..i18n import tr
from .model import SteckbriefModel
from .tables import ID_ROLE, SortItem, filter_combo, make_table, refill, select_id, selected_id

COLUMNS = ("Karte", "Cluster", "Stimmen", "Stimmen Cluster", "Phase", "Sitzung", "Veranstaltung")


class IdeasView(QWidget):
    createRequested = Signal(str)  # card id

    def __init__(
        self,
        model: SteckbriefModel,
        *,
        events: Callable[[], list[tuple[str, str, str]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``events`` (workspace scope) lists (id, title, district) for the filters."""
        super().__init__(parent)
        self.model = model
        self._events = events
        self.event_id: str | None = None
        self.event_box = filter_combo(self, tr("Veranstaltung"), tr("Alle Veranstaltungen"))
        self.district = filter_combo(self, tr("Stadtteil"), tr("Alle Stadtteile"))
        for combo in (self.event_box, self.district):
            combo.setVisible(events is not None)
            combo.activated.connect(lambda _i: self.refresh())
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Karten durchsuchen …"))
        self.search.setAccessibleName(tr("Ideenpool durchsuchen"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.btn_create = QPushButton(tr("Steckbrief aus &Karte"), self)
        self.btn_create.setToolTip(tr("Aus der gewählten Karte einen Steckbrief anlegen (Enter)"))
        self.btn_create.clicked.connect(self._create)
        self.table = make_table(self, [tr(c) for c in COLUMNS], tr("Ideenpool"))
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.itemActivated.connect(lambda _i: self._create())
        self.table.currentCellChanged.connect(lambda *_: self._buttons())
        self.count = QLabel(self)
        self.count.setStyleSheet("color:#5f6b73;")
        bar = QHBoxLayout()
        bar.addWidget(self.event_box)
        bar.addWidget(self.district)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.btn_create)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self._stale = False
        model.listChanged.connect(self._list_changed)
        self.set_scope(None)

    def set_scope(self, event_id: str | None) -> None:
        self.event_id = event_id
        if self._events is not None:
            events = self._events()
            refill(self.event_box, [(t, i) for i, t, _d in events], tr("Alle Veranstaltungen"))
            districts = sorted({d for _i, _t, d in events if d}, key=str.casefold)
            refill(self.district, [(d, d) for d in districts], tr("Alle Stadtteile"))
        self.refresh()

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
        event = self.event_id if self._events is None else self.event_box.currentData()
        district = None if self._events is None else self.district.currentData()
        ideas = self.model.ideas(event_id=event, district=district, text=self.search.text())
        table = self.table
        chosen = selected_id(table)
        table.setSortingEnabled(False)
        table.setRowCount(len(ideas))
        for r, idea in enumerate(ideas):
            text = " ".join(idea.text.split())
            cells = [
                SortItem(text[:300], tooltip=idea.text[:2000]),
                SortItem(idea.cluster_label),
                SortItem(str(idea.support), idea.support),
                SortItem(str(idea.cluster_support), idea.cluster_support),
                SortItem(idea.phase_title),
                SortItem(idea.session_title),
                SortItem(idea.event_title + (f" ({idea.district})" if idea.district else "")),
            ]
            cells[0].setData(ID_ROLE, idea.card_id)
            for index in (2, 3):
                cells[index].setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            for c, item in enumerate(cells):
                table.setItem(r, c, item)
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        table.setColumnWidth(0, min(max(table.columnWidth(0), 240), 460))
        if chosen:
            select_id(table, chosen)
        self.count.setText(tr("{0} Karten ohne Steckbrief").format(len(ideas)))
        self._buttons()

    def _buttons(self) -> None:
        self.btn_create.setEnabled(selected_id(self.table) is not None)

    def _create(self) -> None:
        card_id = selected_id(self.table)
        if card_id:
            self.createRequested.emit(card_id)

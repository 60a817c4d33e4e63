"""Editing the Kriterienkatalog: which catalogue is active, its criteria (name,
K.O. or 0–5, weight, Smart City Charta Leitlinie, inverse), JSON export and
import so cities can share catalogues. Every edit is undoable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import CriterionKind
from ...domain.errors import CosmartError
from ...services.catalogue import CatalogueInfo
from ..commands import push_done
from ..i18n import error_text, tr
from .model import SteckbriefModel

LEITLINIEN = (
    "Ziele, Strategien und Strukturen",
    "Transparenz, Teilhabe und Mitgestaltung",
    "Infrastrukturen, Daten und Dienstleistungen",
    "Ressourcen, Kompetenzen und Kooperationen",
)
ID_ROLE = Qt.ItemDataRole.UserRole


class CatalogueEditor(QDialog):
    def __init__(
        self, model: SteckbriefModel, stack: QUndoStack | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Kriterienkatalog bearbeiten"))
        self.resize(980, 640)
        self.model = model
        self.stack = stack
        self.catalogue_id: str | None = None
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(tr("Kriterienkatalog"))
        self.choice.activated.connect(lambda _i: self._show(self.choice.currentData()))
        self.btn_active = QPushButton(tr("Für Bewertungen &verwenden"), self)
        self.btn_active.clicked.connect(self.make_active)
        self.active_note = QLabel(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Kriterium"),
                tr("Art"),
                tr("Gewicht"),
                tr("Leitlinie (Smart City Charta)"),
                tr("umgekehrt"),
            ]
        )
        self.table.setAccessibleName(tr("Kriterien"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 330)
        self.table.setColumnWidth(3, 290)
        self.table.itemChanged.connect(self._item_changed)
        self.btn_add_scored = QPushButton(tr("Kriterium &0–5 hinzufügen"), self)
        self.btn_add_ko = QPushButton(tr("&K.O.-Kriterium hinzufügen"), self)
        self.btn_delete = QPushButton(tr("&Löschen"), self)
        self.btn_delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.btn_export = QPushButton(tr("Als JSON &exportieren …"), self)
        self.btn_import = QPushButton(tr("JSON &importieren …"), self)
        self.btn_add_scored.clicked.connect(lambda: self.add(CriterionKind.SCORED))
        self.btn_add_ko.clicked.connect(lambda: self.add(CriterionKind.KO))
        self.btn_delete.clicked.connect(self.delete_current)
        self.btn_export.clicked.connect(self.export_json)
        self.btn_import.clicked.connect(self.import_json)
        if stack is not None:
            undo = stack.createUndoAction(self, tr("Rückgängig"))
            undo.setShortcut(QKeySequence.StandardKey.Undo)
            redo = stack.createRedoAction(self, tr("Wiederholen"))
            redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
            self.addActions([undo, redo])
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Katalog:"), self))
        top.addWidget(self.choice, 1)
        top.addWidget(self.active_note)
        top.addWidget(self.btn_active)
        buttons = QHBoxLayout()
        for b in (self.btn_add_scored, self.btn_add_ko, self.btn_delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_export)
        buttons.addWidget(self.btn_import)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        model.catalogueChanged.connect(self.reload)
        self.reload()

    # -- view ----------------------------------------------------------------------
    def reload(self) -> None:
        catalogues = self.model.catalogue_list()
        wanted = self.catalogue_id or next((c.id for c in catalogues if c.active), None)
        self.choice.blockSignals(True)
        self.choice.clear()
        for c in catalogues:
            label = f"{c.name} ({tr('Version')} {c.version})"
            if c.active:
                label += " · " + tr("aktiv")
            self.choice.addItem(label, c.id)
        self.choice.setCurrentIndex(max(0, self.choice.findData(wanted)))
        self.choice.blockSignals(False)
        self._show(self.choice.currentData())

    def _catalogue(self) -> CatalogueInfo | None:
        for c in self.model.catalogue_list():
            if c.id == self.catalogue_id:
                return c
        return None

    def _show(self, catalogue_id: str | None) -> None:
        self.catalogue_id = catalogue_id
        catalogue = self._catalogue()
        row_before = self.table.currentRow()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        if catalogue is None:
            self.table.blockSignals(False)
            return
        self.active_note.setText(tr("wird für Bewertungen verwendet") if catalogue.active else "")
        self.btn_active.setEnabled(not catalogue.active)
        self.table.setRowCount(len(catalogue.criteria))
        for r, c in enumerate(catalogue.criteria):
            name = QTableWidgetItem(c.name)
            name.setData(ID_ROLE, c.id)
            name.setToolTip(c.description)
            self.table.setItem(r, 0, name)
            kind = QComboBox(self.table)
            kind.setAccessibleName(tr("Art von {0}").format(c.name))
            kind.addItem(tr("0–5 Punkte"), CriterionKind.SCORED.value)
            kind.addItem(tr("K.O."), CriterionKind.KO.value)
            kind.setCurrentIndex(kind.findData(c.kind.value))
            kind.activated.connect(
                lambda _i, cid=c.id, w=kind: self._set(cid, kind=w.currentData())
            )
            self.table.setCellWidget(r, 1, kind)
            weight = QDoubleSpinBox(self.table)
            weight.setAccessibleName(tr("Gewicht von {0}").format(c.name))
            weight.setRange(0, 100)
            weight.setSingleStep(0.5)
            weight.setDecimals(1)
            weight.setValue(c.weight)
            weight.setEnabled(c.kind is CriterionKind.SCORED)
            weight.editingFinished.connect(
                lambda cid=c.id, w=weight: self._set(cid, weight=w.value())
            )
            self.table.setCellWidget(r, 2, weight)
            group = QComboBox(self.table)
            group.setEditable(True)
            group.setAccessibleName(tr("Leitlinie von {0}").format(c.name))
            group.addItems([tr(g) for g in LEITLINIEN])
            group.setCurrentText(c.group)
            line = group.lineEdit()
            if line is not None:
                line.editingFinished.connect(
                    lambda cid=c.id, w=group: self._set(cid, group=w.currentText())
                )
            group.activated.connect(
                lambda _i, cid=c.id, w=group: self._set(cid, group=w.currentText())
            )
            self.table.setCellWidget(r, 3, group)
            inverse = QCheckBox(self.table)
            inverse.setAccessibleName(tr("{0} umgekehrt werten").format(c.name))
            inverse.setChecked(c.inverse)
            inverse.setEnabled(c.kind is CriterionKind.SCORED)
            inverse.toggled.connect(lambda on, cid=c.id: self._set(cid, inverse=on))
            self.table.setCellWidget(r, 4, inverse)
        self.table.blockSignals(False)
        if 0 <= row_before < self.table.rowCount():
            self.table.setCurrentCell(row_before, 0)

    def _current_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return str(item.data(ID_ROLE)) if item is not None else None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # -- editing -------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._set(str(item.data(ID_ROLE)), name=item.text())

    def _set(self, criterion_id: str, **changes: Any) -> None:
        try:
            old = self.model.update_criterion(criterion_id, **changes)
        except CosmartError as exc:
            self.show_error(error_text(exc))
            self.reload()
            return
        self.show_error("")
        if all(old.get(k) == v for k, v in changes.items()):
            return
        push_done(
            self.stack,
            tr("Kriterium „{0}“ ändern").format(old.get("name") or changes.get("name", "")),
            lambda: self.model.update_criterion(criterion_id, **changes),
            lambda: self.model.update_criterion(criterion_id, **old),
        )

    def add(self, kind: CriterionKind) -> None:
        if self.catalogue_id is None:
            return
        name = tr("Neues K.O.-Kriterium") if kind is CriterionKind.KO else tr("Neues Kriterium")
        try:
            new_id = self.model.add_criterion(self.catalogue_id, name, kind)
        except CosmartError as exc:
            self.show_error(error_text(exc))
            return
        push_done(
            self.stack,
            tr("Kriterium anlegen"),
            lambda: self.model.update_criterion(new_id, deleted=False),
            lambda: self.model.update_criterion(new_id, deleted=True),
        )
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(ID_ROLE) == new_id:
                self.table.setCurrentCell(r, 0)
                self.table.editItem(item)

    def delete_current(self) -> None:
        cid = self._current_id()
        if cid is None:
            return
        item = self.table.item(self.table.currentRow(), 0)
        name = item.text() if item is not None else ""
        try:
            self.model.update_criterion(cid, deleted=True)
        except CosmartError as exc:
            self.show_error(error_text(exc))
            return
        push_done(
            self.stack,
            tr("Kriterium „{0}“ löschen").format(name),
            lambda: self.model.update_criterion(cid, deleted=True),
            lambda: self.model.update_criterion(cid, deleted=False),
        )

    def make_active(self) -> None:
        target = self.catalogue_id
        if target is None:
            return
        before = self.model.set_active_catalogue(target)
        if before and before != target:
            push_done(
                self.stack,
                tr("Kriterienkatalog wechseln"),
                lambda: self.model.set_active_catalogue(target),
                lambda: self.model.set_active_catalogue(before),
            )

    def export_json(self) -> None:
        if self.catalogue_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Kriterienkatalog exportieren"),
            "kriterienkatalog.json",
            tr("JSON-Dateien (*.json)"),
        )
        if path:
            try:
                self.model.export_catalogue(self.catalogue_id, Path(path))
            except (CosmartError, OSError) as exc:
                self.show_error(error_text(exc))

    def import_json(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Kriterienkatalog importieren"), "", tr("JSON-Dateien (*.json)")
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        try:
            before = self.model.catalogue().id
            new_id = self.model.import_catalogue(path)
        except CosmartError as exc:
            self.show_error(error_text(exc))
            return
        self.show_error("")
        self.catalogue_id = new_id
        push_done(
            self.stack,
            tr("Kriterienkatalog importieren"),
            lambda: (
                self.model.update_catalogue(new_id, deleted=False),
                self.model.set_active_catalogue(new_id),
            ),
            lambda: (
                self.model.set_active_catalogue(before),
                self.model.update_catalogue(new_id, deleted=True),
            ),
        )
        self.reload()

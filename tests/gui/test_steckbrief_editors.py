"""The strategy-frame and Kriterienkatalog editors: edits by keyboard and mouse,
refusals shown in the dialog, everything undoable, catalogues shared as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.app import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit

from cosmart_desktop.domain.enums import CriterionKind, SessionFormat
from cosmart_desktop.services.settings import Settings
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.ui.steckbrief.catalogue_editor import CatalogueEditor
from cosmart_desktop.ui.steckbrief.model import SteckbriefModel
from cosmart_desktop.ui.steckbrief.strategy_editor import StrategyEditor


@pytest.fixture
def model(workspace) -> SteckbriefModel:
    return SteckbriefModel(workspace, Settings())


def _names(model: SteckbriefModel) -> list[str]:
    return [lt.name for lt in model.frame()]


def test_strategy_editor_add_rename_move_delete_undo(qtbot, model) -> None:
    stack = QUndoStack()
    editor = StrategyEditor(model, stack)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    tree = editor.tree
    assert tree.topLevelItemCount() == 6
    qtbot.mouseClick(editor.btn_theme, Qt.MouseButton.LeftButton)
    assert _names(model)[-1] == "Neues Leitthema"
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)  # renaming in place right away
    line.selectAll()
    type_text(line, "Gesundheit & Pflege")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _names(model)[-1] == "Gesundheit & Pflege")
    editor.add_child()
    assert model.frame()[-1].goals[0].name == "Neues strategisches Ziel"
    editor.select("leitthema", model.frame()[-1].id)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _names(model)[-2] == "Gesundheit & Pflege"
    # a Handlungsfeld in use cannot be deleted: said in the dialog, nothing changes
    ws = model.workspace
    w = WorkshopService(ws)
    event = w.create_event("Stadtlabor")
    session = w.create_session(event, SessionFormat.FREE)
    field = model.field_choices()[0]
    sid = model.create(session, event, title="Nutzt ein Handlungsfeld")
    model.update(sid, handlungsfeld_id=field.id)
    editor.select("handlungsfeld", field.id)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert "verwendet" in editor.error.text()
    assert field.id in [c.id for c in model.field_choices()]
    texts = [stack.text(i) for i in range(stack.count())]
    assert texts == [
        "Leitthema anlegen",
        "„Neues Leitthema“ umbenennen",
        "strategisches Ziel anlegen",
        "Leitthema verschieben",
    ]
    while stack.canUndo():
        stack.undo()
    assert "Gesundheit & Pflege" not in _names(model) and len(_names(model)) == 6
    assert tree.topLevelItemCount() == 6


def test_catalogue_editor_edits_exports_and_imports(qtbot, model, tmp_path: Path) -> None:
    stack = QUndoStack()
    editor = CatalogueEditor(model, stack)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    before = model.catalogue()
    table = editor.table
    assert table.rowCount() == len(before.criteria)
    row = next(i for i, c in enumerate(before.criteria) if c.key == "gemeinwohl")
    cid = before.criteria[row].id
    weight = table.cellWidget(row, 2)
    weight.setFocus()
    weight.selectAll()
    qtbot.keyClicks(weight, f"3{weight.locale().decimalPoint()}5")
    qtbot.keyClick(weight, Qt.Key.Key_Return)
    assert model.catalogues.criterion(cid).weight == 3.5
    kind = table.cellWidget(row, 1)
    kind.setCurrentIndex(kind.findData("ko"))
    kind.activated.emit(kind.currentIndex())
    assert model.catalogues.criterion(cid).kind is CriterionKind.KO
    qtbot.mouseClick(editor.btn_add_scored, Qt.MouseButton.LeftButton)
    assert len(model.catalogue().criteria) == len(before.criteria) + 1
    table.setCurrentCell(0, 0)
    out = tmp_path / "kassel.json"
    model.export_catalogue(before.id, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert any(c["name"] == "Neues Kriterium" for c in doc["criteria"])
    editor.import_path(out)
    assert model.catalogue().id != before.id and editor.choice.currentText().endswith("aktiv")
    bad = tmp_path / "kaputt.json"
    bad.write_text(
        '{"format": "cosmart-kriterienkatalog/1", "name": "x", "criteria": []}', encoding="utf-8"
    )
    editor.import_path(bad)
    assert "criteria" in editor.error.text()
    while stack.canUndo():
        stack.undo()
    after = model.catalogue()
    assert after.id == before.id
    assert [(c.name, c.weight, c.kind) for c in after.criteria] == [
        (c.name, c.weight, c.kind) for c in before.criteria
    ]
    assert len(model.catalogue_list()) == 1

"""PySide6 6.12.0 on CPython 3.11 leaks a reference to None on every call of a
void method, until Python aborts (``none_dealloc``). pyproject.toml pins
PySide6 below 6.12 there; this test fails on any build with that leak."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject, QPointF
from PySide6.QtWidgets import QGraphicsRectItem


def test_void_qt_calls_do_not_change_the_refcount_of_none(qapp) -> None:
    item = QGraphicsRectItem(0, 0, 10, 10)
    obj = QObject()
    item.setPos(QPointF(1, 1))  # warm up caches before counting
    obj.setObjectName("warm")
    before = sys.getrefcount(None)
    for n in range(1000):
        item.setPos(QPointF(n, n))
        obj.setObjectName("karte")
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, (
        f"PySide6 {PySide6.__version__}: 2000 void calls changed the refcount of None "
        f"by {after - before}"
    )
    assert item.pos() == QPointF(999, 999)

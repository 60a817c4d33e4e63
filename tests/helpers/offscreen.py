"""Plugging screens in and out on Qt's offscreen platform, for tests.

The offscreen plugin is configured with a JSON file at start-up
(``QT_QPA_PLATFORM=offscreen:configfile=screens.json``); later changes go
through its native interface function ``setConfiguration``, which Qt does not
expose to Python. We call it through ctypes: the application's
``QPlatformNativeInterface`` (``QGuiApplication::platformNativeInterface``),
its virtual ``nativeResourceForIntegration("setConfiguration")`` and then the
returned function with a ``QJsonObject``. Qt then emits the real
``screenAdded`` / ``screenRemoved`` signals, exactly as when a projector cable
is plugged in or pulled. Linux x86-64 with the PySide6 wheel's Qt only."""

from __future__ import annotations

import ctypes
import json
import platform
import sys
from pathlib import Path
from typing import Any

import PySide6

QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
#: QObject's virtual functions fill slots 0-11 of the vtable (Itanium C++ ABI);
#: QPlatformNativeInterface::nativeResourceForIntegration is the next one.
NATIVE_RESOURCE_FOR_INTEGRATION_SLOT = 12

LAPTOP = {"name": "1-Laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96}
PROJECTOR = {
    "name": "2-Beamer",
    "x": 1280,
    "y": 0,
    "width": 1920,
    "height": 1080,
    "logicalDpi": 96,
}


def supported() -> bool:
    return sys.platform == "linux" and platform.machine() in ("x86_64", "AMD64")


def write_config(path: Path, screens: list[dict[str, Any]]) -> Path:
    """A configfile for QT_QPA_PLATFORM (screens are made in name order; the
    first one is the primary screen)."""
    path.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return path


def _qbytearray(core: ctypes.CDLL, data: bytes) -> ctypes.Array[ctypes.c_char]:
    buf = ctypes.create_string_buffer(64)  # sizeof(QByteArray) is 24
    ctor = core._ZN10QByteArrayC1EPKcx  # QByteArray(const char *, qsizetype)
    ctor.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_longlong]
    ctor.restype = None
    ctor(buf, data, len(data))
    return buf


def set_screens(screens: list[dict[str, Any]]) -> None:
    """Replace the offscreen platform's screens (by name: new names are added,
    missing ones removed). Needs a running QGuiApplication on offscreen."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "offscreen":
        raise RuntimeError("set_screens needs the offscreen platform")
    gui = ctypes.CDLL(str(QT_LIB / "libQt6Gui.so.6"))
    core = ctypes.CDLL(str(QT_LIB / "libQt6Core.so.6"))
    native = gui._ZN15QGuiApplication23platformNativeInterfaceEv
    native.restype = ctypes.c_void_p
    iface = native()
    if not iface:
        raise RuntimeError("no platform native interface")
    vtable = ctypes.cast(iface, ctypes.POINTER(ctypes.POINTER(ctypes.c_void_p)))[0]
    resource = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(
        vtable[NATIVE_RESOURCE_FOR_INTEGRATION_SLOT]
    )
    name = _qbytearray(core, b"setConfiguration")
    bogus = _qbytearray(core, b"no such resource")
    if resource(iface, ctypes.addressof(bogus)):  # the slot must be the right function
        raise RuntimeError("unexpected vtable layout of the offscreen native interface")
    function = resource(iface, ctypes.addressof(name))
    if not function:
        raise RuntimeError("the offscreen platform offers no setConfiguration")
    doc = ctypes.create_string_buffer(64)
    obj = ctypes.create_string_buffer(64)
    data = _qbytearray(core, json.dumps({"screens": screens}).encode("utf-8"))
    from_json = core._ZN13QJsonDocument8fromJsonERK10QByteArrayP15QJsonParseError
    from_json.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    from_json.restype = None  # returned through the hidden first argument
    from_json(doc, data, None)
    to_object = core._ZNK13QJsonDocument6objectEv
    to_object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    to_object.restype = None
    to_object(obj, doc)
    ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(function)(ctypes.addressof(obj), iface)
    names = sorted(s.name() for s in QGuiApplication.screens())
    if names != sorted(str(s["name"]) for s in screens):
        raise RuntimeError(f"screens are {names} after setConfiguration")

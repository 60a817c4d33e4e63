"""Exports in the ui: the protocol (PDF, HTML, Markdown, CSV) with a save dialog
and a progress dialog."""

from .protocol_export import ProtocolExport, for_main_window

__all__ = ["ProtocolExport", "for_main_window"]

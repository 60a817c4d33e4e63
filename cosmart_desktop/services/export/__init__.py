"""Exports of sessions and events (json here; protocol, csv, html, handouts,
measures beside it)."""

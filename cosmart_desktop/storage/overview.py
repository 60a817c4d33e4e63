"""A read-only look at a workspace's events and sessions with the standard
library's sqlite3 alone, so the home screen can be painted before SQLAlchemy is
imported. Call it only on a file ``guard.inspect_file`` accepted at the head
revision; the rows mean what the ORM mappings in ``models/workshop.py`` say."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from .guard import readonly_uri

EVENTS_SQL = """
SELECT id, title, date, place, district, process_step, leitthemen, facilitators,
       organiser, notes, archived
FROM event WHERE deleted = 0
ORDER BY date IS NULL, date DESC, title
"""
SESSIONS_SQL = """
SELECT s.id, s.event_id, s.title, s.format, s.current_phase_id, s.facilitators, s.notes,
       s.archived, p.title
FROM session AS s LEFT JOIN phase AS p ON p.id = s.current_phase_id
WHERE s.deleted = 0
ORDER BY s.position, s.title
"""


def read_overview(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(event rows, session rows) as raw tuples in the order of the SQL above."""
    con = sqlite3.connect(readonly_uri(Path(path)), uri=True)
    try:
        return con.execute(EVENTS_SQL).fetchall(), con.execute(SESSIONS_SQL).fetchall()
    finally:
        con.close()

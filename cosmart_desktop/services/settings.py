"""Application settings, each declared once with type, default and label.

Stored as JSON in the user config directory (``COSMART_CONFIG_DIR`` overrides it,
e.g. in tests). Unknown keys are kept; bad values fall back to the default.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

import platformdirs

from .atomic import write_text_atomic

T = TypeVar("T")
APP_NAME = "cosmart-werkstatt"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    label: str  # German; translated by the ui layer


LANGUAGE = Setting[str]("language", str, "de", "Sprache der Oberfläche")
OFFICE = Setting[str]("office", str, "Stadt Kassel – Smart City Büro", "Organisierende Stelle")
FOLLOWUP_URL = Setting[str](
    "followup_url_template",
    str,
    "https://www.kassel.de/smart/folgen/{token}",
    "Vorlage der Folge-Adresse ({token} wird ersetzt)",
)
RATER_NAME = Setting[str]("rater_name", str, "", "Name für Bewertungen auf diesem Laptop")
RECORDER_NAME = Setting[str]("recorder_name", str, "", "Name für Einwilligungen und Protokolle")
PRESENTER_SCREEN = Setting[str]("presenter_screen", str, "", "Bildschirm für den Beamer")
DISTRICT_LIST = Setting[str]("district_list", str, "", "Eigene Stadtteil-Liste (Datei)")
RECENT_SESSIONS = Setting[list[str]]("recent_sessions", list, [], "Zuletzt geöffnet")
SYNC_STORE = Setting[str]("sync_store", str, "", "Adresse des gemeinsamen Speichers")

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    LANGUAGE,
    OFFICE,
    FOLLOWUP_URL,
    RATER_NAME,
    RECORDER_NAME,
    PRESENTER_SCREEN,
    DISTRICT_LIST,
    RECENT_SESSIONS,
    SYNC_STORE,
)


def config_dir() -> Path:
    override = os.environ.get("COSMART_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    override = os.environ.get("COSMART_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def default_workspace_path() -> Path:
    return data_dir() / "workspace.sqlite"


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._values = loaded
        except (OSError, ValueError):
            self._values = {}

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._values.get(setting.key, setting.default)
        if not isinstance(value, setting.type):
            return setting.default
        return cast(T, value)

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(f"{setting.key} must be {setting.type.__name__}")
        self._values[setting.key] = value
        self.save()

    def push_recent(self, session_id: str, keep: int = 10) -> None:
        recent = [s for s in self.get(RECENT_SESSIONS) if s != session_id]
        self.set(RECENT_SESSIONS, [session_id, *recent][:keep])

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(
            self.path, json.dumps(self._values, ensure_ascii=False, indent=2), private=True
        )

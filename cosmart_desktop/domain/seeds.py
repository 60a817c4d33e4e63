"""Deterministic ids for seeded default rows, so every laptop's defaults are the
same rows and sync never duplicates them."""

from __future__ import annotations

import uuid

_NAMESPACE = uuid.UUID("6f1c7a3e-3a5d-4c55-9a57-636f736d6172")  # fixed forever


def seed_id(kind: str, *parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join((kind, *parts))))

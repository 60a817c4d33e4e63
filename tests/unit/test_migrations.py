"""Migrations and models agree; a new workspace is at the head revision."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from cosmart_desktop.storage import migrate
from cosmart_desktop.storage.models import Base


def test_models_match_migrations(workspace):
    with workspace.engine.connect() as con:
        diff = compare_metadata(MigrationContext.configure(con), Base.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
        assert migrate.current_revision(con) == migrate.head_revision()

"""initial schema: the whole data model of DESIGN.md §4

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 20:50:36.659139
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("base", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(
            "ix_change_log_row_field", ["tbl", "row_id", "field", "hlc", "site_id"], unique=True
        )

    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("loser_value", sa.Text(), nullable=False),
        sa.Column("loser_hlc", sa.String(length=24), nullable=False),
        sa.Column("loser_site", sa.String(length=36), nullable=False),
        sa.Column("winner_value", sa.Text(), nullable=False),
        sa.Column("winner_hlc", sa.String(length=24), nullable=False),
        sa.Column("winner_site", sa.String(length=36), nullable=False),
        sa.Column("detected_at", sa.String(length=32), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_row_id"), ["row_id"], unique=False)
        batch_op.create_index(
            "ix_conflict_loser",
            ["tbl", "row_id", "field", "loser_hlc", "loser_site"],
            unique=True,
        )

    op.create_table(
        "sync_held",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tbl", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("base", sa.String(length=64), nullable=False),
        sa.Column("held_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_held")),
    )

    op.create_table(
        "criteria_catalogue",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criteria_catalogue")),
    )
    with op.batch_alter_table("criteria_catalogue", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_criteria_catalogue_hlc"), ["hlc"], unique=False)

    op.create_table(
        "erasure_record",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("erased_at", sa.String(length=32), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_record")),
    )
    with op.batch_alter_table("erasure_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasure_record_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_erasure_record_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "event",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("district", sa.String(length=120), nullable=False),
        sa.Column("process_step", sa.Integer(), nullable=False),
        sa.Column("leitthemen", sa.JSON(), nullable=False),
        sa.Column("facilitators", sa.Text(), nullable=False),
        sa.Column("organiser", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_hlc"), ["hlc"], unique=False)

    op.create_table(
        "followup_token",
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("target_kind", sa.String(length=16), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_token")),
        sa.UniqueConstraint("token", name=op.f("uq_followup_token_token")),
    )
    with op.batch_alter_table("followup_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followup_token_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_followup_token_target_id"), ["target_id"], unique=False
        )

    op.create_table(
        "leitthema",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cross_cutting", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leitthema")),
    )
    with op.batch_alter_table("leitthema", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leitthema_hlc"), ["hlc"], unique=False)

    op.create_table(
        "sync_checkpoint",
        sa.Column("store_key", sa.String(length=64), nullable=False),
        sa.Column("pushed_seq", sa.Integer(), nullable=False),
        sa.Column("pulled_cursor", sa.String(length=64), nullable=False),
        sa.Column("last_sync_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("store_key", name=op.f("pk_sync_checkpoint")),
    )
    op.create_table(
        "workspace_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workspace_meta")),
    )
    op.create_table(
        "criterion",
        sa.Column("catalogue_id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("group", sa.String(length=200), nullable=False),
        sa.Column("inverse", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["catalogue_id"],
            ["criteria_catalogue.id"],
            name=op.f("fk_criterion_catalogue_id_criteria_catalogue"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
    )
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_criterion_catalogue_id"), ["catalogue_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_criterion_hlc"), ["hlc"], unique=False)

    op.create_table(
        "participant",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(length=120), nullable=False),
        sa.Column("public_name", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_participant_event_id_event")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_hlc"), ["hlc"], unique=False)

    op.create_table(
        "session",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("format", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("current_phase_id", sa.String(length=36), nullable=True),
        sa.Column("facilitators", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], name=op.f("fk_session_event_id_event")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session")),
    )
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_hlc"), ["hlc"], unique=False)

    op.create_table(
        "strategic_goal",
        sa.Column("leitthema_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["leitthema_id"],
            ["leitthema.id"],
            name=op.f("fk_strategic_goal_leitthema_id_leitthema"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategic_goal")),
    )
    with op.batch_alter_table("strategic_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_strategic_goal_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_strategic_goal_leitthema_id"), ["leitthema_id"], unique=False
        )

    op.create_table(
        "contact_consent",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("text_version", sa.String(length=64), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("given_at", sa.String(length=32), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("withdrawn_at", sa.String(length=32), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_contact_consent_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_consent")),
    )
    with op.batch_alter_table("contact_consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_consent_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_consent_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "handlungsfeld",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["strategic_goal.id"], name=op.f("fk_handlungsfeld_goal_id_strategic_goal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handlungsfeld")),
    )
    with op.batch_alter_table("handlungsfeld", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handlungsfeld_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_handlungsfeld_hlc"), ["hlc"], unique=False)

    op.create_table(
        "phase",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("guiding_question", sa.Text(), nullable=False),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("timer_duration_s", sa.Integer(), nullable=False),
        sa.Column("timer_elapsed_s", sa.Float(), nullable=False),
        sa.Column("timer_started_at", sa.Float(), nullable=True),
        sa.Column("actual_start", sa.String(length=32), nullable=True),
        sa.Column("actual_end", sa.String(length=32), nullable=True),
        sa.Column("board_zoom", sa.Float(), nullable=False),
        sa.Column("board_center_x", sa.Float(), nullable=False),
        sa.Column("board_center_y", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_phase_session_id_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phase")),
    )
    with op.batch_alter_table("phase", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phase_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_phase_session_id"), ["session_id"], unique=False)

    op.create_table(
        "recommendation",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("leitthema_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["leitthema_id"],
            ["leitthema.id"],
            name=op.f("fk_recommendation_leitthema_id_leitthema"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_recommendation_session_id_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation")),
    )
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recommendation_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_recommendation_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "cluster",
        sa.Column("phase_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("color", sa.String(length=16), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("z", sa.Float(), nullable=False),
        sa.Column("collapsed", sa.Boolean(), nullable=False),
        sa.Column("carried_from_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["phase_id"], ["phase.id"], name=op.f("fk_cluster_phase_id_phase")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster")),
    )
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cluster_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_cluster_phase_id"), ["phase_id"], unique=False)

    op.create_table(
        "kennzahl",
        sa.Column("handlungsfeld_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["handlungsfeld_id"],
            ["handlungsfeld.id"],
            name=op.f("fk_kennzahl_handlungsfeld_id_handlungsfeld"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kennzahl")),
    )
    with op.batch_alter_table("kennzahl", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_kennzahl_handlungsfeld_id"), ["handlungsfeld_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_kennzahl_hlc"), ["hlc"], unique=False)

    op.create_table(
        "steckbrief",
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("origin_cluster_id", sa.String(length=36), nullable=True),
        sa.Column("origin_card_ids", sa.JSON(), nullable=False),
        sa.Column("origin_option_id", sa.String(length=36), nullable=True),
        sa.Column("leitthema_id", sa.String(length=36), nullable=True),
        sa.Column("handlungsfeld_id", sa.String(length=36), nullable=True),
        sa.Column("districts", sa.JSON(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("target_groups", sa.Text(), nullable=False),
        sa.Column("lead", sa.Text(), nullable=False),
        sa.Column("partners", sa.JSON(), nullable=False),
        sa.Column("resources", sa.JSON(), nullable=False),
        sa.Column("financing", sa.JSON(), nullable=False),
        sa.Column("schedule", sa.Text(), nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("maturity", sa.Text(), nullable=False),
        sa.Column("indicators", sa.Text(), nullable=False),
        sa.Column("risks", sa.Text(), nullable=False),
        sa.Column("transferability", sa.Text(), nullable=False),
        sa.Column("continuation", sa.Text(), nullable=False),
        sa.Column("prompts", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("author_participant_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_participant_id"],
            ["participant.id"],
            name=op.f("fk_steckbrief_author_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_steckbrief_event_id_event")
        ),
        sa.ForeignKeyConstraint(
            ["handlungsfeld_id"],
            ["handlungsfeld.id"],
            name=op.f("fk_steckbrief_handlungsfeld_id_handlungsfeld"),
        ),
        sa.ForeignKeyConstraint(
            ["leitthema_id"], ["leitthema.id"], name=op.f("fk_steckbrief_leitthema_id_leitthema")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_steckbrief_session_id_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_steckbrief")),
    )
    with op.batch_alter_table("steckbrief", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_steckbrief_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_steckbrief_hlc"), ["hlc"], unique=False)

    op.create_table(
        "vote_round",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("phase_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("target_kind", sa.String(length=24), nullable=False),
        sa.Column("entry_mode", sa.String(length=16), nullable=False),
        sa.Column("budget", sa.Integer(), nullable=True),
        sa.Column("cap_per_item", sa.Integer(), nullable=True),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("threshold", sa.Float(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("voter_codes", sa.Boolean(), nullable=False),
        sa.Column("code_salt", sa.String(length=32), nullable=False),
        sa.Column("revealed", sa.Boolean(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["phase.id"], name=op.f("fk_vote_round_phase_id_phase")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_vote_round_session_id_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_round")),
    )
    with op.batch_alter_table("vote_round", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_round_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_round_session_id"), ["session_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("phase_id", sa.String(length=36), nullable=False),
        sa.Column("cluster_id", sa.String(length=36), nullable=True),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("mime", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["cluster.id"], name=op.f("fk_attachment_cluster_id_cluster")
        ),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["phase.id"], name=op.f("fk_attachment_phase_id_phase")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_phase_id"), ["phase_id"], unique=False)

    op.create_table(
        "ballot",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("voter_code_hash", sa.String(length=64), nullable=True),
        sa.Column("confirmed_at", sa.String(length=32), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["vote_round.id"], name=op.f("fk_ballot_round_id_vote_round")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot")),
    )
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ballot_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_ballot_round_id"), ["round_id"], unique=False)

    op.create_table(
        "card",
        sa.Column("phase_id", sa.String(length=36), nullable=False),
        sa.Column("cluster_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("color", sa.String(length=16), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("z", sa.Float(), nullable=False),
        sa.Column("rank", sa.Float(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("carried_from_id", sa.String(length=36), nullable=True),
        sa.Column("author_participant_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_participant_id"],
            ["participant.id"],
            name=op.f("fk_card_author_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["cluster.id"], name=op.f("fk_card_cluster_id_cluster")
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["card.id"], name=op.f("fk_card_merged_into_id_card")
        ),
        sa.ForeignKeyConstraint(["phase_id"], ["phase.id"], name=op.f("fk_card_phase_id_phase")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card")),
    )
    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_card_cluster_id"), ["cluster_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_card_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_card_merged_into_id"), ["merged_into_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_card_phase_id"), ["phase_id"], unique=False)

    op.create_table(
        "rating",
        sa.Column("steckbrief_id", sa.String(length=36), nullable=False),
        sa.Column("criterion_id", sa.String(length=36), nullable=False),
        sa.Column("rater", sa.String(length=200), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"], ["criterion.id"], name=op.f("fk_rating_criterion_id_criterion")
        ),
        sa.ForeignKeyConstraint(
            ["steckbrief_id"], ["steckbrief.id"], name=op.f("fk_rating_steckbrief_id_steckbrief")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating")),
    )
    with op.batch_alter_table("rating", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rating_criterion_id"), ["criterion_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rating_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rating_steckbrief_id"), ["steckbrief_id"], unique=False
        )

    op.create_table(
        "vote_option",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("target_kind", sa.String(length=24), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=True),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["vote_round.id"], name=op.f("fk_vote_option_round_id_vote_round")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_option")),
    )
    with op.batch_alter_table("vote_option", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_option_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_option_round_id"), ["round_id"], unique=False)

    op.create_table(
        "vote",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("option_id", sa.String(length=36), nullable=False),
        sa.Column("ballot_id", sa.String(length=36), nullable=True),
        sa.Column("criterion", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("entry", sa.String(length=16), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ballot_id"], ["ballot.id"], name=op.f("fk_vote_ballot_id_ballot")
        ),
        sa.ForeignKeyConstraint(
            ["option_id"], ["vote_option.id"], name=op.f("fk_vote_option_id_vote_option")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["vote_round.id"], name=op.f("fk_vote_round_id_vote_round")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote")),
    )
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_ballot_id"), ["ballot_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_option_id"), ["option_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_round_id"), ["round_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_ballot_id"))
        batch_op.drop_index(batch_op.f("ix_vote_round_id"))
        batch_op.drop_index(batch_op.f("ix_vote_option_id"))
        batch_op.drop_index(batch_op.f("ix_vote_hlc"))

    op.drop_table("vote")
    with op.batch_alter_table("vote_option", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_option_round_id"))
        batch_op.drop_index(batch_op.f("ix_vote_option_hlc"))

    op.drop_table("vote_option")
    with op.batch_alter_table("rating", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rating_steckbrief_id"))
        batch_op.drop_index(batch_op.f("ix_rating_hlc"))
        batch_op.drop_index(batch_op.f("ix_rating_criterion_id"))

    op.drop_table("rating")
    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_card_phase_id"))
        batch_op.drop_index(batch_op.f("ix_card_merged_into_id"))
        batch_op.drop_index(batch_op.f("ix_card_hlc"))
        batch_op.drop_index(batch_op.f("ix_card_cluster_id"))

    op.drop_table("card")
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ballot_round_id"))
        batch_op.drop_index(batch_op.f("ix_ballot_hlc"))

    op.drop_table("ballot")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_phase_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_hlc"))

    op.drop_table("attachment")
    with op.batch_alter_table("vote_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_round_session_id"))
        batch_op.drop_index(batch_op.f("ix_vote_round_hlc"))

    op.drop_table("vote_round")
    with op.batch_alter_table("steckbrief", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_steckbrief_hlc"))
        batch_op.drop_index(batch_op.f("ix_steckbrief_event_id"))

    op.drop_table("steckbrief")
    with op.batch_alter_table("kennzahl", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kennzahl_hlc"))
        batch_op.drop_index(batch_op.f("ix_kennzahl_handlungsfeld_id"))

    op.drop_table("kennzahl")
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cluster_phase_id"))
        batch_op.drop_index(batch_op.f("ix_cluster_hlc"))

    op.drop_table("cluster")
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_session_id"))
        batch_op.drop_index(batch_op.f("ix_recommendation_hlc"))

    op.drop_table("recommendation")
    with op.batch_alter_table("phase", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phase_session_id"))
        batch_op.drop_index(batch_op.f("ix_phase_hlc"))

    op.drop_table("phase")
    with op.batch_alter_table("handlungsfeld", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handlungsfeld_hlc"))
        batch_op.drop_index(batch_op.f("ix_handlungsfeld_goal_id"))

    op.drop_table("handlungsfeld")
    with op.batch_alter_table("contact_consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_consent_participant_id"))
        batch_op.drop_index(batch_op.f("ix_contact_consent_hlc"))

    op.drop_table("contact_consent")
    with op.batch_alter_table("strategic_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategic_goal_leitthema_id"))
        batch_op.drop_index(batch_op.f("ix_strategic_goal_hlc"))

    op.drop_table("strategic_goal")
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_hlc"))
        batch_op.drop_index(batch_op.f("ix_session_event_id"))

    op.drop_table("session")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_hlc"))
        batch_op.drop_index(batch_op.f("ix_participant_event_id"))

    op.drop_table("participant")
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criterion_hlc"))
        batch_op.drop_index(batch_op.f("ix_criterion_catalogue_id"))

    op.drop_table("criterion")
    op.drop_table("workspace_meta")
    op.drop_table("sync_checkpoint")
    with op.batch_alter_table("leitthema", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leitthema_hlc"))

    op.drop_table("leitthema")
    with op.batch_alter_table("followup_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_token_target_id"))
        batch_op.drop_index(batch_op.f("ix_followup_token_hlc"))

    op.drop_table("followup_token")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_hlc"))

    op.drop_table("event")
    with op.batch_alter_table("erasure_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasure_record_participant_id"))
        batch_op.drop_index(batch_op.f("ix_erasure_record_hlc"))

    op.drop_table("erasure_record")
    with op.batch_alter_table("criteria_catalogue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criteria_catalogue_hlc"))

    op.drop_table("criteria_catalogue")
    op.drop_table("sync_held")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_conflict_loser")
        batch_op.drop_index(batch_op.f("ix_conflict_row_id"))

    op.drop_table("conflict")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_row_field")

    op.drop_table("change_log")

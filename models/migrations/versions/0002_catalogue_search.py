"""Catalogue search: local start of sessions, full-text search over activity texts, and
municipalities compared without regard to case.

SQLite gets an FTS5 table kept in step with `activity_translations` by triggers (unicode61
with diacritics removed: "cafe" finds "café"; Arabic, Cyrillic and Ge'ez words are tokens
too). PostgreSQL gets a GIN index on a 'simple' tsvector of the same text: no stemming, so
it works for every language alike.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from datetime import UTC
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BRUSSELS = ZoneInfo("Europe/Brussels")
SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE activity_search USING fts5("
    "activity_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')",
    """CREATE TRIGGER activity_search_insert AFTER INSERT ON activity_translations BEGIN
        INSERT INTO activity_search (rowid, activity_id, body)
        VALUES (new.id, new.activity_id, new.title || ' ' || new.description);
        END""",
    """CREATE TRIGGER activity_search_update AFTER UPDATE ON activity_translations BEGIN
        DELETE FROM activity_search WHERE rowid = old.id;
        INSERT INTO activity_search (rowid, activity_id, body)
        VALUES (new.id, new.activity_id, new.title || ' ' || new.description);
        END""",
    """CREATE TRIGGER activity_search_delete AFTER DELETE ON activity_translations BEGIN
        DELETE FROM activity_search WHERE rowid = old.id;
        END""",
    "INSERT INTO activity_search (rowid, activity_id, body) "
    "SELECT id, activity_id, title || ' ' || description FROM activity_translations",
]
POSTGRESQL_SEARCH = [
    "CREATE INDEX ix_activity_translations_search ON activity_translations "
    "USING gin (to_tsvector('simple', title || ' ' || description))",
]


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("local_weekday", sa.SmallInteger(), nullable=True))
        batch.add_column(sa.Column("local_start_minute", sa.SmallInteger(), nullable=True))
    sessions = sa.table(
        "sessions",
        sa.column("id", sa.Integer),
        sa.column("starts_at", sa.DateTime(timezone=True)),
        sa.column("local_weekday", sa.SmallInteger),
        sa.column("local_start_minute", sa.SmallInteger),
    )
    bind = op.get_bind()
    for row in bind.execute(sa.select(sessions.c.id, sessions.c.starts_at)).all():
        start = row.starts_at if row.starts_at.tzinfo else row.starts_at.replace(tzinfo=UTC)
        local = start.astimezone(BRUSSELS)
        bind.execute(
            sessions.update()
            .where(sessions.c.id == row.id)
            .values(
                local_weekday=local.weekday(), local_start_minute=local.hour * 60 + local.minute
            )
        )
    with op.batch_alter_table("sessions") as batch:
        batch.alter_column("local_weekday", nullable=False)
        batch.alter_column("local_start_minute", nullable=False)
        batch.create_index("ix_sessions_local_start", ["local_weekday", "local_start_minute"])
    op.create_index(
        "ix_activities_municipality_lower", "activities", [sa.text("lower(municipality)")]
    )
    for statement in POSTGRESQL_SEARCH if bind.dialect.name == "postgresql" else SQLITE_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    op.drop_index("ix_activities_municipality_lower", table_name="activities")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_activity_translations_search")
    else:
        for name in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER activity_search_{name}")
        op.execute("DROP TABLE activity_search")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_index("ix_sessions_local_start")
        batch.drop_column("local_start_minute")
        batch.drop_column("local_weekday")

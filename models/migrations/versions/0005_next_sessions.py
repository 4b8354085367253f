"""Each activity's next session (and next one with a free place), kept in its row.

The catalogue sorted activities by a correlated "first upcoming session" per activity, so
every page looked at every activity: at 50,000 integrators (20,000 activities) the plain
catalogue spent 50 ms in that query. `models.next_sessions` keeps these columns up to date;
here they are added, indexed and filled once.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NO_NEXT_SESSION = datetime(9999, 12, 31, tzinfo=UTC)
COLUMNS = [
    "next_session_id",
    "next_session_start",
    "next_free_session_id",
    "next_free_session_start",
]


def _first(column: str, free: bool) -> str:
    condition = " AND sessions.capacity > sessions.places_taken" if free else ""
    return (
        f"(SELECT {column} FROM sessions WHERE sessions.activity_id = activities.id"
        f" AND sessions.status = 'scheduled' AND sessions.starts_at > :now{condition}"
        " ORDER BY sessions.starts_at, sessions.id LIMIT 1)"
    )


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    # As SQLAlchemy writes the moment: naive UTC text on SQLite, timestamptz on PostgreSQL.
    never = "'9999-12-31 00:00:00.000000'" if sqlite else "'9999-12-31 00:00:00+00'"
    for name in COLUMNS:
        if name.endswith("_id"):
            op.add_column("activities", sa.Column(name, sa.Integer(), nullable=True))
        else:
            op.add_column(
                "activities",
                sa.Column(
                    name,
                    sa.DateTime(timezone=True),
                    nullable=False,
                    server_default=sa.text(never),
                ),
            )
    moments = sa.bindparam("now", type_=sa.DateTime()), sa.bindparam("never", type_=sa.DateTime())
    op.get_bind().execute(
        sa.text(
            "UPDATE activities SET"
            f" next_session_id = {_first('id', False)},"
            f" next_session_start = COALESCE({_first('starts_at', False)}, :never),"
            f" next_free_session_id = {_first('id', True)},"
            f" next_free_session_start = COALESCE({_first('starts_at', True)}, :never)"
        ).bindparams(*moments),
        {
            "now": datetime.now(UTC).replace(tzinfo=None) if sqlite else datetime.now(UTC),
            "never": NO_NEXT_SESSION.replace(tzinfo=None) if sqlite else NO_NEXT_SESSION,
        },
    )
    op.create_index("ix_activities_next_session", "activities", ["next_session_start", "id"])
    op.create_index(
        "ix_activities_next_free_session", "activities", ["next_free_session_start", "id"]
    )
    # Nearly every activity is published: without statistics, SQLite's planner chose this
    # index and sorted every activity instead of reading the next-session index in order.
    op.drop_index("ix_activities_status", table_name="activities")
    # Likewise weekday and time of day: the index covered every session ever held, so the
    # planner read all Tuesday evenings since the start instead of the coming sessions in
    # order of their start, which stops after a page.
    op.drop_index("ix_sessions_local_start", table_name="sessions")


def downgrade() -> None:
    op.create_index("ix_sessions_local_start", "sessions", ["local_weekday", "local_start_minute"])
    op.create_index("ix_activities_status", "activities", ["status"])
    op.drop_index("ix_activities_next_free_session", table_name="activities")
    op.drop_index("ix_activities_next_session", table_name="activities")
    for name in COLUMNS:
        op.drop_column("activities", name)  # SQLite 3.35 and later

"""The catalogue's place filters read activities in the order of their next session.

A town, or "online", narrowed the activities through an index on the name alone, and the
matches were then sorted; "online" had no index at all, so a search that found little read
every activity (at 50,000 integrators, 17 ms of SQL for no result). Both indexes now carry
the next session's start, so a page is read in order and stops at twenty.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_activities_municipality_lower", table_name="activities")
    op.create_index(
        "ix_activities_municipality_next",
        "activities",
        [sa.text("lower(municipality)"), "next_session_start", "id"],
    )
    op.create_index(
        "ix_activities_online_next", "activities", ["is_online", "next_session_start", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_activities_online_next", table_name="activities")
    op.drop_index("ix_activities_municipality_next", table_name="activities")
    op.create_index(
        "ix_activities_municipality_lower", "activities", [sa.text("lower(municipality)")]
    )

"""One certificate in force per person and activity (attendance) and per person (completion).

Issuing now locks the holder's row, so two issues at the same moment end with the second
replacing the first. These partial unique indexes are the last line of defence. Copies left
in force by the race this closes are revoked first (the newest stays), with a reason that
says why.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: (index name, kind, the columns that must be unique among certificates in force)
INDEXES = [
    ("uq_certificates_valid_attendance", "attendance", ["holder_id", "activity_id"]),
    ("uq_certificates_valid_completion", "completion", ["holder_id"]),
]


def _revoke_older_copies(kind: str, columns: list[str]) -> None:
    same = " AND ".join(f"newer.{column} = certificates.{column}" for column in columns)
    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    op.get_bind().execute(
        sa.text(
            "UPDATE certificates SET revoked_at = :now,"
            " revoked_reason = 'A second copy issued at the same moment (migration 0004).'"
            " WHERE revoked_at IS NULL AND kind = :kind AND EXISTS ("
            " SELECT 1 FROM certificates AS newer WHERE newer.revoked_at IS NULL"
            f" AND newer.kind = :kind AND {same} AND newer.id > certificates.id)"
        ).bindparams(sa.bindparam("now", type_=sa.DateTime())),
        {"now": now, "kind": kind},
    )


def upgrade() -> None:
    for name, kind, columns in INDEXES:
        _revoke_older_copies(kind, columns)
        where = sa.text(f"revoked_at IS NULL AND kind = '{kind}'")
        op.create_index(
            name,
            "certificates",
            columns,
            unique=True,
            sqlite_where=where,
            postgresql_where=where,
        )


def downgrade() -> None:
    for name, _kind, _columns in INDEXES:
        op.drop_index(name, table_name="certificates")

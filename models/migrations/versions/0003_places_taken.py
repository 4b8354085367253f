"""Places taken per session, kept by the database.

The catalogue sorts and filters activities by "the next session with a free place". Counting
the bookings of every upcoming session of every activity for that made the catalogue the
slowest page at the scale of a Flemish year. `sessions.places_taken` is the number of
bookings that hold a place (booked, attended, no-show), kept up to date by triggers on
`bookings`, so every way a booking is written (the app, the API, imports, the demo and scale
loaders) keeps it right, and a free place is `capacity > places_taken`.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE = [
    """CREATE TRIGGER bookings_places_insert AFTER INSERT ON bookings
        WHEN new.status IN ('booked', 'attended', 'no_show') BEGIN
        UPDATE sessions SET places_taken = places_taken + 1 WHERE id = new.session_id;
        END""",
    """CREATE TRIGGER bookings_places_delete AFTER DELETE ON bookings
        WHEN old.status IN ('booked', 'attended', 'no_show') BEGIN
        UPDATE sessions SET places_taken = places_taken - 1 WHERE id = old.session_id;
        END""",
    """CREATE TRIGGER bookings_places_update AFTER UPDATE OF status, session_id ON bookings
        BEGIN
        UPDATE sessions SET places_taken = places_taken - 1
            WHERE id = old.session_id AND old.status IN ('booked', 'attended', 'no_show');
        UPDATE sessions SET places_taken = places_taken + 1
            WHERE id = new.session_id AND new.status IN ('booked', 'attended', 'no_show');
        END""",
]
POSTGRESQL = [
    """CREATE FUNCTION bookings_places_taken() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN ('booked', 'attended', 'no_show') THEN
            UPDATE sessions SET places_taken = places_taken - 1 WHERE id = OLD.session_id;
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status IN ('booked', 'attended', 'no_show') THEN
            UPDATE sessions SET places_taken = places_taken + 1 WHERE id = NEW.session_id;
          END IF;
          RETURN NULL;
        END $$""",
    """CREATE TRIGGER bookings_places_taken
        AFTER INSERT OR DELETE OR UPDATE OF status, session_id ON bookings
        FOR EACH ROW EXECUTE FUNCTION bookings_places_taken()""",
]


def upgrade() -> None:
    op.add_column(
        "sessions",
        sa.Column("places_taken", sa.Integer(), nullable=False, server_default="0"),
    )
    op.execute(
        "UPDATE sessions SET places_taken = (SELECT count(*) FROM bookings"
        " WHERE bookings.session_id = sessions.id"
        " AND bookings.status IN ('booked', 'attended', 'no_show'))"
    )
    for statement in POSTGRESQL if op.get_bind().dialect.name == "postgresql" else SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER bookings_places_taken ON bookings")
        op.execute("DROP FUNCTION bookings_places_taken()")
    else:
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER bookings_places_{name}")
    op.execute("ALTER TABLE sessions DROP COLUMN places_taken")  # SQLite 3.35 and later

"""Column helpers shared by the models: enums stored as checked strings, portable JSON."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import JSON, Enum
from sqlalchemy.dialects.postgresql import JSONB

#: JSON everywhere, JSONB on PostgreSQL.
PortableJSON = JSON().with_variant(JSONB(), "postgresql")


def enum_type(enum: type[StrEnum]) -> Enum:
    """A StrEnum stored as its value in a VARCHAR with a CHECK constraint.

    Not a native PostgreSQL enum: adding a status later is then a plain migration on both
    databases.
    """
    return Enum(
        enum,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
        name=enum.__name__.lower(),
    )

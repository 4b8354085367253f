"""Categories: what kind of activity it is, each with a pictogram and a name per language."""

from __future__ import annotations

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base
from .columns import PortableJSON
from .reference import DEFAULT_LOCALE


class Category(Base):
    """Managed by admins, so names are data (one per locale) rather than catalogue strings."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    #: File name (without extension) of the pictogram under the web app's static files.
    pictogram: Mapped[str] = mapped_column(String(40))
    #: {locale: name}; Dutch is always present and is the fallback.
    names: Mapped[dict[str, str]] = mapped_column(PortableJSON)
    position: Mapped[int] = mapped_column(default=0)

    def name(self, locale: str) -> str:
        """The name in `locale`, or in Dutch when it has none."""
        return self.names.get(locale) or self.names[DEFAULT_LOCALE]


def all_categories(db: Session) -> list[Category]:
    """Every category, in the order admins gave them."""
    return list(db.scalars(select(Category).order_by(Category.position, Category.id)))

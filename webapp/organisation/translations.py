"""The staff's content overview: which activities still lack a text in which language.

A thin view over `models.content_languages`; the languages come in the order of how many of
the organisation's participants read them, so the most useful translation is seen first.
"""

from __future__ import annotations

from flask import render_template

from models.content_languages import translation_overview
from models.reference import Role

from ..access import roles
from ..database import db
from . import bp
from .routes import my_organisation


@bp.get("/organisation/translations")
@roles(Role.ORGANISATION_STAFF)
def translations() -> str:
    """A table of our activities against the languages, each gap a link to the form."""
    organisation = my_organisation()
    return render_template(
        "organisation/translations.html",
        organisation=organisation,
        overview=translation_overview(db(), organisation.id),
    )

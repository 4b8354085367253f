"""Reference lists: `GET /api/v1/categories`, `/goals`, `/languages`, named in `lang`."""

from __future__ import annotations

from babel import Locale
from flask_babel import force_locale

from models.categories import all_categories
from models.reference import LOCALES, RTL_LOCALES

from ..database import db
from ..i18n import LANGUAGE_NAMES, locale_code
from ..vocabulary import GOAL_NAMES
from . import bp
from .params import lang_param


@bp.get("/categories")
def categories() -> dict:
    lang = lang_param(locale_code())
    return {
        "items": [
            {
                "code": c.code,
                "name": c.name(lang),
                "pictogram": f"/static/pictograms/{c.pictogram}.svg",
            }
            for c in all_categories(db())
        ]
    }


@bp.get("/goals")
def goals() -> dict:
    lang = lang_param(locale_code())
    with force_locale(lang):
        return {"items": [{"code": code, "name": str(name)} for code, name in GOAL_NAMES.items()]}


@bp.get("/languages")
def languages() -> dict:
    """The interface languages: the name in `lang`, and each one's own name and direction."""
    lang = lang_param(locale_code())
    return {
        "items": [
            {
                "code": code,
                "name": Locale.parse(code).get_display_name(lang),
                "native_name": LANGUAGE_NAMES[code],
                "direction": "rtl" if code in RTL_LOCALES else "ltr",
            }
            for code in LOCALES
        ]
    }

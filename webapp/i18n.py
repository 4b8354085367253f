"""Which language a page speaks, and how to switch it.

Order of choice (DESIGN.md): `?lang=`, the signed-in user's preference, the cookie of an
earlier choice, the browser's Accept-Language, Dutch.
"""

from __future__ import annotations

from flask import Flask, Response, g, request, url_for
from flask_babel import Babel, get_locale
from flask_login import current_user

from models.reference import DEFAULT_LOCALE, LOCALES, RTL_LOCALES

#: Each language's name in its own script, for the language switcher.
LANGUAGE_NAMES = {
    "nl": "Nederlands",
    "en": "English",
    "fr": "Français",
    "ar": "العربية",
    "uk": "Українська",
    "ru": "Русский",
    "tr": "Türkçe",
    "fa": "فارسی",
    "ps": "پښتو",
    "ti": "ትግርኛ",
    "so": "Soomaali",
    "es": "Español",
}
LANG_COOKIE = "lang"
babel = Babel()


def select_locale() -> str:
    asked = request.args.get("lang")
    if asked in LOCALES:
        return asked
    if current_user and current_user.is_authenticated and current_user.locale in LOCALES:
        return current_user.locale
    remembered = request.cookies.get(LANG_COOKIE)
    if remembered in LOCALES:
        return remembered
    return request.accept_languages.best_match(LOCALES) or DEFAULT_LOCALE


def locale_code() -> str:
    return str(get_locale() or DEFAULT_LOCALE)


def text_direction(locale: str | None = None) -> str:
    return "rtl" if (locale or locale_code()) in RTL_LOCALES else "ltr"


def url_in_language(code: str) -> str:
    """The current page's URL with `lang` set to `code`, other query parameters kept."""
    args = request.args.to_dict(flat=False)
    args["lang"] = [code]
    return url_for(
        request.endpoint or "catalogue.list_activities", **(request.view_args or {}), **args
    )


def _remember_choice(response: Response) -> Response:
    asked = request.args.get("lang")
    if asked in LOCALES and request.cookies.get(LANG_COOKIE) != asked:
        response.set_cookie(
            LANG_COOKIE, asked, max_age=365 * 24 * 3600, samesite="Lax", httponly=True
        )
    return response


def init_app(app: Flask) -> None:
    babel.init_app(app, locale_selector=select_locale)
    app.after_request(_remember_choice)

    @app.context_processor
    def language_context() -> dict:
        code = locale_code()
        g.locale_code = code
        return {
            "locale_code": code,
            "text_direction": text_direction(code),
            "language_names": LANGUAGE_NAMES,
            "url_in_language": url_in_language,
            "direction_of": text_direction,
        }

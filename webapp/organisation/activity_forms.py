"""Forms of the publishing screens: the activity with its texts in every language, the
first sessions (one-off or weekly), one session, and cancelling one.

The forms check only what a browser can get wrong (types, lengths); the rules of an
activity live in `models.publishing`, whose problems the views put beside these fields.
"""

from __future__ import annotations

from datetime import date, datetime, time

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    Form,
    FormField,
    RadioField,
    SelectChoice,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from models.publishing import MAX_LENGTH, REASON_MAX_LENGTH
from models.reference import DEFAULT_LOCALE, LOCALES, Goal

from ..fields import (
    DUTCH_LEVEL_ABOUT_SOMEONE,
    TOO_LONG,
    PlainDateField,
    PlainTimeField,
    WholeNumberField,
    language_choices,
    strip,
    text_field,
)
from ..i18n import text_direction
from ..vocabulary import GOAL_NAMES


def _int_or_none(value: object) -> int | None:
    """Radio buttons send text; anything not a number is "nothing chosen"."""
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


class CheckboxesField(SelectMultipleField):
    """Several choices as checkboxes; unknown values are left to the model to refuse."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()

    def pre_validate(self, form: Form) -> None:
        """The model says which code is unknown, in its own words."""


def _limited(name: str) -> list:
    return [Optional(), Length(max=MAX_LENGTH[name], message=TOO_LONG)]


def _text_form(locale: str) -> type[Form]:
    """Title, description and what to bring in one language, written in that language."""
    direction = {"lang": locale, "dir": text_direction(locale)}

    class TextForm(Form):
        title = StringField(
            _l("Title"), filters=[strip], validators=_limited("title"), render_kw=direction
        )
        description = TextAreaField(
            _l("Description"),
            filters=[strip],
            validators=_limited("description"),
            render_kw={**direction, "rows": 8},
        )
        what_to_bring = TextAreaField(
            _l("What to bring"),
            filters=[strip],
            validators=_limited("what_to_bring"),
            render_kw={**direction, "rows": 3},
        )

    return TextForm


class ActivityForm(FlaskForm):
    """Every field of an activity. `category.choices` are set by the view (they are data)."""

    category = RadioField(_l("What kind of activity is it?"), validate_choice=False)
    goals = CheckboxesField(
        _l("Goals (one or more)"),
        choices=[SelectChoice(goal.value, GOAL_NAMES[goal.value]) for goal in Goal],
    )
    dutch_level = RadioField(
        _l("How much Dutch does a participant need?"),
        choices=DUTCH_LEVEL_ABOUT_SOMEONE,
        coerce=_int_or_none,
        validate_choice=False,
    )
    is_online = BooleanField(_l("It is online"))
    street = StringField(
        _l("Street and number"),
        filters=[strip],
        validators=_limited("street"),
        render_kw={"dir": "auto", "autocomplete": "off"},
    )
    postcode = StringField(
        _l("Postcode"),
        filters=[strip],
        validators=_limited("postcode"),
        render_kw={"dir": "ltr", "inputmode": "numeric", "autocomplete": "off"},
    )
    municipality = StringField(
        _l("Municipality"),
        filters=[strip],
        validators=_limited("municipality"),
        render_kw={"dir": "auto", "autocomplete": "off"},
    )
    wheelchair_accessible = BooleanField(_l("You can come in with a wheelchair"))
    host_languages = CheckboxesField(_l("Languages the hosts speak"), choices=language_choices())
    buddy_offered = BooleanField(_l("A buddy can go with the participant"))
    guidance_offered = BooleanField(_l("Someone helps the participant the first time"))
    min_age = WholeNumberField(_l("Lowest age"), render_kw={"inputmode": "numeric"})
    max_age = WholeNumberField(_l("Highest age"), render_kw={"inputmode": "numeric"})
    contact_name = StringField(
        _l("Contact person"),
        filters=[strip],
        validators=_limited("contact_name"),
        render_kw={"dir": "auto", "autocomplete": "off"},
    )
    contact_phone = StringField(
        _l("Phone"),
        filters=[strip],
        validators=_limited("contact_phone"),
        render_kw={"dir": "ltr", "inputmode": "tel", "autocomplete": "off"},
    )
    contact_email = StringField(
        _l("E-mail address"),
        filters=[strip],
        validators=_limited("contact_email"),
        render_kw={"dir": "ltr", "inputmode": "email", "autocomplete": "off"},
    )

    def text_forms(self) -> list[tuple[str, FormField]]:
        """(locale, its text fields), Dutch first."""
        return [(locale, self[f"text_{locale}"]) for locale in LOCALES]

    def texts(self) -> dict[str, dict[str, str | None]]:
        """The languages something was written in; Dutch is always there (the rule wants it)."""
        texts = {}
        for locale, sub in self.text_forms():
            if locale == DEFAULT_LOCALE or any(sub.data.values()):
                texts[locale] = dict(sub.data)
        if not any(texts[DEFAULT_LOCALE].values()):
            del texts[DEFAULT_LOCALE]
        return texts


for _locale in LOCALES:
    setattr(ActivityForm, f"text_{_locale}", FormField(_text_form(_locale)))


class SessionKind:
    ONCE = "once"
    WEEKLY = "weekly"
    LATER = "later"


class SessionTimes:
    """A date with a start and end time, the places and the minutes credited."""

    date = PlainDateField(_l("Date"), validators=[Optional()])
    start_time = PlainTimeField(_l("Starts at"), validators=[Optional()])
    end_time = PlainTimeField(_l("Ends at"), validators=[Optional()])
    capacity = WholeNumberField(_l("Places"), render_kw={"inputmode": "numeric"})
    minutes = WholeNumberField(
        _l("Minutes that count for the trajectory (empty: the whole session)"),
        render_kw={"inputmode": "numeric"},
    )

    def moments(self) -> tuple[datetime | None, datetime | None]:
        """Start and end as naive Brussels wall-clock time, or None where not typed."""
        day: date | None = self.date.data
        start: time | None = self.start_time.data
        end: time | None = self.end_time.data
        return (
            datetime.combine(day, start) if day and start else None,
            datetime.combine(day, end) if day and end else None,
        )


class SessionPlanFields(SessionTimes):
    """The first sessions: one date, or every week until a date, minus exceptions."""

    kind = RadioField(
        _l("When?"),
        choices=[
            SelectChoice(SessionKind.ONCE, _l("Once")),
            SelectChoice(SessionKind.WEEKLY, _l("Every week")),
            SelectChoice(SessionKind.LATER, _l("No dates yet")),
        ],
        default=SessionKind.ONCE,
        validate_choice=False,
    )
    until = PlainDateField(_l("Every week until (last date)"), validators=[Optional()])
    exceptions = text_field(
        _l("Except on these dates (comma between them)"),
        2000,
        dir="ltr",
        placeholder="2026-12-25, 2027-01-01",
    )


class NewActivityForm(SessionPlanFields, ActivityForm):
    """A new activity with its first sessions."""


class NewSessionsForm(SessionPlanFields, FlaskForm):
    """More sessions for an activity that exists."""


class SessionForm(SessionTimes, FlaskForm):
    """One session changed."""


class CancelSessionForm(FlaskForm):
    reason = TextAreaField(
        _l("Why is it cancelled? The people who booked read this in their mail."),
        filters=[strip],
        validators=[
            DataRequired(_l("Please write why.")),
            Length(max=REASON_MAX_LENGTH, message=TOO_LONG),
        ],
        render_kw={"dir": "auto", "rows": 4},
    )


class ButtonForm(FlaskForm):
    """Only the CSRF token: for the buttons that change a status."""

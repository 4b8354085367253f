"""Forms of the admin's own screens (the audit log, erasing a person)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, StringField
from wtforms.validators import DataRequired, Length, Optional


class AuditFilterForm(FlaskForm):
    """Read from the query string, so a filtered view is a link to share."""

    class Meta:
        csrf = False

    action = StringField(
        _l("What happened (start of the name)"), validators=[Optional(), Length(max=60)]
    )
    actor = StringField(_l("Who (e-mail address)"), validators=[Optional(), Length(max=254)])
    date_from = DateField(_l("From"), validators=[Optional()])
    date_to = DateField(_l("Up to and with"), validators=[Optional()])


class EraseForm(FlaskForm):
    confirm = BooleanField(
        _l("I understand: name, e-mail address, phone number and password go away for good."),
        validators=[DataRequired(_l("Please tick the box to confirm."))],
    )

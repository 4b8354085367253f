"""The certificate forms: buttons (only their CSRF token) and revoking with a reason."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import TextAreaField
from wtforms.validators import DataRequired, Length

from models.ledger import MAX_REASON_LENGTH

from ..fields import TOO_LONG, strip


class ButtonForm(FlaskForm):
    """Only the CSRF token: issue one, issue for everyone, issue the completion certificate."""


class RevokeForm(FlaskForm):
    """Withdrawing a certificate always says why: the verify page shows it is withdrawn."""

    reason = TextAreaField(
        _l("Why do you withdraw this certificate?"),
        filters=[strip],
        validators=[
            DataRequired(_l("Please write why.")),
            Length(max=MAX_REASON_LENGTH, message=TOO_LONG),
        ],
        render_kw={"dir": "auto", "rows": 3},
    )

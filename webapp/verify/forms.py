"""The two ways to check a certificate: type its code, or drop its PDF."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import StringField
from wtforms.validators import DataRequired, Length

from ..fields import TOO_LONG, strip

#: Longer than any code with dashes and spaces; anything longer cannot be one of ours.
MAX_TYPED_CODE = 40


class CodeForm(FlaskForm):
    """Sent with GET (`/verify?code=…`), so it needs no CSRF token: it changes nothing."""

    class Meta:
        csrf = False

    code = StringField(
        _l("Code on the certificate"),
        description=_l("For example: ABCD-EFGH-JKMN"),
        filters=[strip],
        validators=[
            DataRequired(_l("Please type the code.")),
            Length(max=MAX_TYPED_CODE, message=TOO_LONG),
        ],
        render_kw={
            "dir": "ltr",
            "autocomplete": "off",
            "autocapitalize": "characters",
            "spellcheck": "false",
        },
    )


class PdfForm(FlaskForm):
    pdf = FileField(
        _l("Certificate (PDF, at most 5 MB)"),
        validators=[FileRequired(_l("Please choose a file."))],
        render_kw={"accept": ".pdf,application/pdf"},
    )

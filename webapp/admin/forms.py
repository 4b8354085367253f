"""Forms of the admin's own screens (the audit log, erasing a person, a trajectory)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    Field,
    RadioField,
    SelectChoice,
    StringField,
    TextAreaField,
)
from wtforms.validators import AnyOf, DataRequired, InputRequired, Length, Optional, ValidationError

from models.reference import DEFAULT_TARGET_MINUTES

from ..fields import RANGE_START, TOO_LONG, WholeNumberField, strip


class AuditFilterForm(FlaskForm):
    """Read from the query string, so a filtered view is a link to share."""

    class Meta:
        csrf = False

    action = StringField(
        _l("What happened (start of the name)"), validators=[Optional(), Length(max=60)]
    )
    actor = StringField(_l("Who (e-mail address)"), validators=[Optional(), Length(max=254)])
    date_from = DateField(RANGE_START, validators=[Optional()])
    date_to = DateField(_l("Up to and with"), validators=[Optional()])


class EraseForm(FlaskForm):
    confirm = BooleanField(
        _l("I understand: name, e-mail address, phone number and password go away for good."),
        validators=[DataRequired(_l("Please tick the box to confirm."))],
    )


#: What an admin can change about a trajectory.
NEW_TARGET, EXEMPT, END_EXEMPTION = "target", "exempt", "end_exemption"
MAX_TARGET_HOURS = DEFAULT_TARGET_MINUTES // 60
TARGET_RANGE = _l("Please type a number of hours from 0 to %(max)s.", max=MAX_TARGET_HOURS)


class TrajectoryForm(FlaskForm):
    """A lower target in hours, an exemption or its end; always with the reason why.

    Whether the target fits is the rule of `models.trajectories.change_target`; the form
    only reads a whole number.
    """

    change = RadioField(
        _l("What do you want to change?"),
        validators=[InputRequired(_l("Please choose what to change."))],
        validate_choice=False,
    )
    hours = WholeNumberField(
        _l("New target in hours (0 to %(max)s)", max=MAX_TARGET_HOURS),
        render_kw={"min": 0, "max": MAX_TARGET_HOURS, "inputmode": "numeric"},
    )
    reason = TextAreaField(
        _l("Why? The reason is kept with the trajectory."),
        filters=[strip],
        validators=[DataRequired(_l("Please write why.")), Length(max=2000, message=TOO_LONG)],
        render_kw={"dir": "auto", "rows": 4},
    )

    def __init__(self, *args: object, exempt: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        other = (
            SelectChoice(END_EXEMPTION, _l("End the exemption: the hours count again"))
            if exempt
            else SelectChoice(EXEMPT, _l("Exempt: this person does not need the hours"))
        )
        self.change.choices = [SelectChoice(NEW_TARGET, _l("Change the target")), other]
        values = [choice.value for choice in self.change.choices]
        self.change.validators = [
            *self.change.validators,
            AnyOf(values, message=_l("Please choose what to change.")),
        ]

    def validate_hours(self, field: Field) -> None:
        """Hours only matter for a new target; then they are needed."""
        if self.change.data != NEW_TARGET:
            field.errors.clear()
            return
        if not field.errors and field.data is None:
            raise ValidationError(_l("Please type the new target in hours."))

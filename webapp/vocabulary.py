"""The words people read for the domain's fixed codes, in their language."""

from __future__ import annotations

from flask import Flask
from flask_babel import lazy_gettext as _l

from models.caseload import DEADLINE_WEEKS, QUIET_DAYS, Flag
from models.reference import BookingStatus, Goal, Role, TrajectoryStatus

GOAL_NAMES = {
    Goal.LEARN_DUTCH.value: _l("Learn Dutch"),
    Goal.MEET_PEOPLE.value: _l("Meet new people"),
    Goal.MAKE_FRIENDS.value: _l("Make friends"),
    Goal.LEARN_SOMETHING.value: _l("Learn something new"),
    Goal.VOLUNTEER.value: _l("Volunteer"),
    Goal.PREPARE_FOR_WORK.value: _l("Prepare for work"),
}

ROLE_NAMES = {
    Role.INTEGRATOR.value: _l("Participant"),
    Role.COUNSELLOR.value: _l("Counsellor"),
    Role.ORGANISATION_STAFF.value: _l("Organisation"),
    Role.ADMIN.value: _l("Administrator"),
}

STATUS_NAMES = {
    TrajectoryStatus.OPEN.value: _l("Busy"),
    TrajectoryStatus.COMPLETED.value: _l("Hours reached"),
    TrajectoryStatus.EXEMPT.value: _l("Exempt"),
}

#: Why a person on a caseload needs attention (short: they are badges on the dashboard).
FLAG_NAMES = {
    Flag.NOTHING_BOOKED.value: _l("Nothing booked"),
    Flag.QUIET.value: _l("Nothing attended in %(days)s days", days=QUIET_DAYS),
    Flag.DEADLINE.value: _l(
        "Deadline within %(weeks)s weeks, far from the target", weeks=DEADLINE_WEEKS
    ),
}

BOOKING_STATUS_NAMES = {
    BookingStatus.BOOKED.value: _l("You have a place"),
    BookingStatus.WAITLISTED.value: _l("On the waiting list"),
    BookingStatus.CANCELLED.value: _l("Cancelled"),
    BookingStatus.ATTENDED.value: _l("You were there"),
    BookingStatus.NO_SHOW.value: _l("You were not there"),
}

WEEKDAY_NAMES = (
    _l("Monday"),
    _l("Tuesday"),
    _l("Wednesday"),
    _l("Thursday"),
    _l("Friday"),
    _l("Saturday"),
    _l("Sunday"),
)

PART_OF_DAY_NAMES = {
    "morning": _l("Morning"),
    "afternoon": _l("Afternoon"),
    "evening": _l("Evening"),
}


#: Booking statuses as staff say them (the integrators' own words speak to "you").
PARTICIPANT_STATUS_NAMES = {
    BookingStatus.BOOKED.value: _l("Booked"),
    BookingStatus.WAITLISTED.value: _l("On the waiting list"),
    BookingStatus.CANCELLED.value: _l("Cancelled"),
    BookingStatus.ATTENDED.value: _l("Was there"),
    BookingStatus.NO_SHOW.value: _l("Did not come"),
}


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(
        goal_names=GOAL_NAMES,
        role_names=ROLE_NAMES,
        status_names=STATUS_NAMES,
        flag_names=FLAG_NAMES,
        weekday_names=WEEKDAY_NAMES,
        booking_status_names=BOOKING_STATUS_NAMES,
        part_of_day_names=PART_OF_DAY_NAMES,
    )

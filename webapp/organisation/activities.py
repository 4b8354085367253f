"""The staff's publishing screens: their activities, the activity form (with its first
sessions), preview, duplicate, publish toggles, and changing or cancelling one session.

Thin views over `models.publishing`: read the form into a draft, call the rule, put its
problems beside the fields they are about (422, nothing saved), or commit and go on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user
from werkzeug.wrappers import Response
from wtforms import Field, SelectChoice
from wtforms.form import BaseForm

from models import Activity, ActivitySession
from models.catalogue import upcoming_sessions
from models.categories import all_categories
from models.permissions import Action
from models.publishing import (
    CAPACITY_RANGE,
    MAX_SESSIONS,
    ActivityDraft,
    Code,
    Problem,
    PublishRefused,
    SessionDraft,
    StatusRefused,
    add_sessions,
    cancel_session,
    change_session,
    clear_dutch_hints,
    draft_of,
    duplicate_activity,
    organisation_activities,
    people_waiting_for,
    publish,
    set_published,
    update_activity,
    validate,
    weekly_series,
)
from models.reference import DEFAULT_LOCALE, LOCALES, ActivityStatus, Role
from models.sessions import BRUSSELS

from .. import notifications
from ..access import allowed, roles
from ..database import db
from ..fields import TOO_LONG
from ..i18n import locale_code
from ..mail import send_mail
from . import bp
from .activity_forms import (
    ActivityForm,
    ButtonForm,
    CancelSessionForm,
    NewActivityForm,
    NewSessionsForm,
    SessionForm,
    SessionKind,
    SessionPlanFields,
    SessionTimes,
)
from .routes import my_organisation

ACTIVITY_STATUS_NAMES = {
    ActivityStatus.DRAFT.value: _l("Draft: not visible yet"),
    ActivityStatus.PUBLISHED.value: _l("Visible to everyone"),
    ActivityStatus.UNPUBLISHED.value: _l("Not visible"),
    ActivityStatus.HIDDEN.value: _l("Hidden by an administrator"),
}


@bp.app_context_processor
def _activity_status_names() -> dict[str, object]:
    """The staff's screens and the admin's moderation name statuses the same way."""
    return {"activity_status_names": ACTIVITY_STATUS_NAMES}


#: Where a session problem of the model is shown in the session fields.
_SESSION_FIELDS = {"start": "date", "end": "end_time", "capacity": "capacity", "minutes": "minutes"}
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


def problem_message(problem: Problem) -> str:
    """The model's problem code in plain words, in the reader's language."""
    messages = {
        Code.REQUIRED: _("Please fill this in."),
        Code.TOO_LONG: str(TOO_LONG),
        Code.UNKNOWN: _("Please choose one from the list."),
        Code.OUT_OF_RANGE: _("This number is too low or too high."),
        Code.WRONG_TYPE: _("This is not right. Please check it."),
        Code.DUPLICATE: _("This is not right. Please check it."),
        Code.TOO_MANY: _(
            "That is too many dates: at most %(number)s at once.", number=MAX_SESSIONS
        ),
        Code.INVALID_CHARACTER: _("This text has a character that is not allowed."),
        Code.INVALID_EMAIL: _("This is not an e-mail address. Example: name@example.com"),
        Code.INVALID_TIME: str(_("This is not a time. Example: 14:30")),
        Code.END_BEFORE_START: _("The end must be after the start."),
        Code.MINUTES_OVER_LENGTH: _("This is more minutes than the session lasts."),
        Code.IN_THE_PAST: _("This date is in the past."),
        Code.DUTCH_REQUIRED: _("Please write the title and the description in Dutch."),
        Code.MAX_BELOW_MIN: _("The highest age is lower than the lowest age."),
        Code.BELOW_BOOKED: _("More people booked already: the places cannot be fewer."),
        Code.CANCELLED: _("This session is cancelled."),
    }
    if problem.code == Code.OUT_OF_RANGE and problem.field.endswith("capacity"):
        low, high = CAPACITY_RANGE
        return _("Places: from %(low)s to %(high)s.", low=low, high=high)
    return messages.get(problem.code, _("This is not right. Please check it."))


def _field_for(form: BaseForm, where: str) -> Field | None:
    """The form field a problem path of the model is about (None: the form as a whole)."""
    if where.startswith("translations."):
        parts = where.split(".")
        sub = form._fields.get(f"text_{parts[1]}")
        if sub is None:
            return None
        return sub[parts[2]] if len(parts) > 2 else sub["title"]
    if where.startswith("session"):
        name = where.rsplit(".", 1)[-1] if "." in where else "until"
        return form._fields.get(_SESSION_FIELDS.get(name, name))
    return form._fields.get(where)


def show_problems(form: BaseForm, problems: list[Problem]) -> None:
    """Each problem beside its field; the first problem of a field is the one to fix first."""
    for problem in problems:
        target = _field_for(form, problem.field)
        message = problem_message(problem)
        if target is None:
            if message not in form.form_errors:
                form.form_errors.append(message)
        elif not target.errors:
            target.errors = [message]


def _add_error(target: Field, message: str) -> None:
    if not target.errors:
        target.errors = [message]


# Reading the forms into drafts ------------------------------------------------------------------


def _activity_draft(form: ActivityForm) -> ActivityDraft:
    return ActivityDraft(
        category=form.category.data,
        goals=list(form.goals.data or []),
        dutch_level=form.dutch_level.data,
        municipality=form.municipality.data,
        is_online=form.is_online.data,
        street=form.street.data,
        postcode=form.postcode.data,
        wheelchair_accessible=form.wheelchair_accessible.data,
        host_languages=list(form.host_languages.data or []),
        buddy_offered=form.buddy_offered.data,
        guidance_offered=form.guidance_offered.data,
        min_age=form.min_age.data,
        max_age=form.max_age.data,
        contact_name=form.contact_name.data,
        contact_email=form.contact_email.data,
        contact_phone=form.contact_phone.data,
        translations=form.texts(),
    )


def _session_draft(form: SessionTimes) -> SessionDraft | None:
    """One session as typed; None (with messages) when a part is missing."""
    for name in ("date", "start_time", "end_time"):
        if form[name].data is None:
            _add_error(form[name], _("Please fill this in."))
    if form.capacity.data is None:
        _add_error(form.capacity, _("Please fill this in."))
    start, end = form.moments()
    if start is None or end is None:
        return None
    minutes = form.minutes.data
    if minutes is None:
        minutes = max(0, int((end - start).total_seconds() // 60))
    return SessionDraft(start=start, end=end, capacity=form.capacity.data, minutes=minutes)


def _exception_dates(form: SessionPlanFields) -> set[date] | None:
    found = set()
    for part in filter(None, (p.strip() for p in re.split(r"[,;\s]+", form.exceptions.data or ""))):
        for pattern in _DATE_FORMATS:
            try:
                found.add(datetime.strptime(part, pattern).date())
                break
            except ValueError:
                continue
        else:
            _add_error(
                form.exceptions,
                _("This is not a date: %(text)s. Example: 2026-12-25", text=part[:40]),
            )
            return None
    return found


def planned_sessions(form: SessionPlanFields) -> list[SessionDraft] | None:
    """The sessions the plan describes: one, a weekly series, or none yet. None (with the
    messages beside the fields) when the plan cannot be read."""
    if form.kind.data == SessionKind.LATER:
        return []
    first = _session_draft(form)
    if form.kind.data != SessionKind.WEEKLY:
        return [first] if first else None
    if form.until.data is None:
        _add_error(form.until, _("Please fill this in."))
    exceptions = _exception_dates(form)
    if first is None or form.until.data is None or exceptions is None:
        return None
    if first.end <= first.start:
        return [first]  # the model says what is wrong with it
    length = int((first.end - first.start).total_seconds() // 60)
    try:
        series = weekly_series(first.start, length, form.until.data, exceptions)
    except ValueError:
        _add_error(
            form.until,
            _("That is too many dates: at most %(number)s at once.", number=MAX_SESSIONS),
        )
        return None
    if not series:
        _add_error(form.until, _("There is no date between the first and the last date."))
        return None
    return [SessionDraft(start, end, first.capacity, first.minutes) for start, end in series]


# Finding what the person may touch ---------------------------------------------------------------


def _my_activity(activity_id: int) -> Activity:
    """An activity of an organisation the staff member acts for; any other is a 404."""
    activity = db().get(Activity, activity_id)
    if activity is None or not allowed(Action.MANAGE_ORGANISATION, activity.organisation):
        abort(404)
    return activity


def my_session(session_id: int) -> ActivitySession:
    """A session of an organisation the staff member acts for; any other is a 404, so
    staff cannot even learn which session ids other organisations have."""
    session = db().get(ActivitySession, session_id)
    if session is None or not allowed(Action.MANAGE_ORGANISATION, session.activity.organisation):
        abort(404)
    return session


def _with_categories(form: ActivityForm) -> dict:
    """The category choices (data, named in the reader's language) and their pictograms."""
    categories = all_categories(db())
    form.category.choices = [SelectChoice(c.code, c.name(locale_code())) for c in categories]
    return {"pictograms": {c.code: c.pictogram for c in categories}}


def _form_page(template: str, form: ActivityForm, status: int, **context: object):
    hints = clear_dutch_hints(form[f"text_{DEFAULT_LOCALE}"]["description"].data)
    page = render_template(template, form=form, hints=hints, locales=LOCALES, **context)
    return page, status


# The list and the activity form ------------------------------------------------------------------


@bp.get("/organisation/activities")
@roles(Role.ORGANISATION_STAFF)
def activities() -> str:
    """Our activities, any status, with the next date and the translations still missing."""
    organisation = my_organisation()
    return render_template(
        "organisation/activities.html",
        organisation=organisation,
        rows=organisation_activities(db(), organisation.id),
    )


@bp.route("/organisation/activities/new", methods=["GET", "POST"])
@roles(Role.ORGANISATION_STAFF)
def new_activity() -> Response | tuple[str, int]:
    organisation = my_organisation()
    form = NewActivityForm()
    context = _with_categories(form)
    if not form.is_submitted():
        return _form_page("organisation/activity_form.html", form, 200, **context)
    form_ok = form.validate()
    sessions = planned_sessions(form)
    draft = _activity_draft(form)
    draft.sessions = sessions or []
    valid = form_ok and sessions is not None
    return _save(
        form, valid, draft, lambda: publish(db(), organisation, current_user, draft), context
    )


@bp.route("/organisation/activities/<id:activity_id>/edit", methods=["GET", "POST"])
@roles(Role.ORGANISATION_STAFF)
def edit_activity(activity_id: int) -> Response | tuple[str, int]:
    """Change the fields and texts; the sessions are listed and changed one by one."""
    activity = _my_activity(activity_id)
    draft = draft_of(activity)
    data = {**vars(draft), **{f"text_{k}": v for k, v in draft.translations.items()}}
    form = ActivityForm(data=data)
    context = _with_categories(form) | {
        "activity": activity,
        "sessions": upcoming_sessions(db(), activity.id),
        "buttons": ButtonForm(),
    }
    if not form.is_submitted():
        return _form_page("organisation/activity_form.html", form, 200, **context)
    new_draft = _activity_draft(form)

    def save() -> Activity:
        return update_activity(db(), activity, current_user, new_draft)

    return _save(form, form.validate(), new_draft, save, context)


def _save(
    form: ActivityForm,
    valid: bool,
    draft: ActivityDraft,
    save: Callable[[], Activity],
    context: dict,
) -> Response | tuple[str, int]:
    """Save a valid form with `save()` and go to the edit page; otherwise (or when the rules
    refuse) show each problem beside its field, with everything that was typed."""
    if valid:
        try:
            activity = save()
            db().commit()
        except PublishRefused as refused:
            db().rollback()
            show_problems(form, refused.problems)
        else:
            flash(_("Saved: %(title)s.", title=activity.text(DEFAULT_LOCALE).title), "info")
            return redirect(url_for("organisation.edit_activity", activity_id=activity.id))
    else:
        show_problems(form, validate(draft, categories=context["pictograms"]))
    return _form_page("organisation/activity_form.html", form, 422, **context)


@bp.get("/organisation/activities/<id:activity_id>/preview")
@roles(Role.ORGANISATION_STAFF)
def preview_activity(activity_id: int) -> str:
    """The activity as a participant sees it in the catalogue, published or not."""
    activity = _my_activity(activity_id)
    text = activity.text(locale_code())
    return render_template(
        "organisation/preview.html",
        activity=activity,
        text=text,
        sessions=upcoming_sessions(db(), activity.id),
        hints=clear_dutch_hints(activity.text(DEFAULT_LOCALE).description),
    )


def _checked_button() -> None:
    """The status buttons are forms: without their CSRF token, nothing happens."""
    if not ButtonForm().validate_on_submit():
        abort(400)


@bp.post("/organisation/activities/<id:activity_id>/duplicate")
@roles(Role.ORGANISATION_STAFF)
def duplicate(activity_id: int) -> Response:
    activity = _my_activity(activity_id)
    _checked_button()
    copy = duplicate_activity(db(), activity, current_user)
    db().commit()
    flash(_("This is a copy. Change what you want, then put it online."), "info")
    return redirect(url_for("organisation.edit_activity", activity_id=copy.id))


def _toggle(activity_id: int, published: bool) -> Response:
    activity = _my_activity(activity_id)
    _checked_button()
    try:
        set_published(db(), activity, current_user, published)
        db().commit()
    except StatusRefused as refused:
        db().rollback()
        if refused.reason == "hidden":
            flash(_("An administrator hid this activity. Please contact the agency."), "error")
        else:
            flash(_("Your organisation is not approved yet."), "error")
    else:
        if published:
            flash(_("It is online now."), "info")
        else:
            flash(_("It is offline now. Nobody sees it in the activities."), "info")
    return redirect(url_for("organisation.activities"))


@bp.post("/organisation/activities/<id:activity_id>/publish")
@roles(Role.ORGANISATION_STAFF)
def publish_activity(activity_id: int) -> Response:
    return _toggle(activity_id, True)


@bp.post("/organisation/activities/<id:activity_id>/unpublish")
@roles(Role.ORGANISATION_STAFF)
def unpublish_activity(activity_id: int) -> Response:
    return _toggle(activity_id, False)


# Sessions ------------------------------------------------------------------------------------


@bp.route("/organisation/activities/<id:activity_id>/sessions/new", methods=["GET", "POST"])
@roles(Role.ORGANISATION_STAFF)
def new_sessions(activity_id: int) -> Response | tuple[str, int]:
    """More dates for an activity: one, or every week until a date."""
    activity = _my_activity(activity_id)
    form = NewSessionsForm()
    form.kind.choices = form.kind.choices[:2]
    status = 200
    if form.is_submitted():
        status = 422
        form_ok = form.validate()
        sessions = planned_sessions(form)
        if form_ok and sessions:
            try:
                add_sessions(db(), activity, current_user, sessions)
                db().commit()
            except PublishRefused as refused:
                db().rollback()
                show_problems(form, refused.problems)
            else:
                count = len(sessions)
                flash(ngettext("%(num)s date added.", "%(num)s dates added.", count), "info")
                return redirect(url_for("organisation.edit_activity", activity_id=activity.id))
    page = render_template("organisation/sessions_new.html", form=form, activity=activity)
    return page, status


def _session_form(session: ActivitySession, **kwargs: object) -> SessionForm:
    """The session's form, filled in with its Brussels date and times."""
    start = session.starts_at.astimezone(BRUSSELS)
    end = session.ends_at.astimezone(BRUSSELS)
    data = {
        "date": start.date(),
        "start_time": start.time(),
        "end_time": end.time(),
        "capacity": session.capacity,
        "minutes": session.minutes,
    }
    return SessionForm(data=data, **kwargs)


def _tell(session: ActivitySession, people: list, template: str, **context: object) -> None:
    """Each person booked or waiting hears it in their own language."""
    for person in people:
        if person.is_active:
            send_mail(person, template, activity=session.activity, session=session, **context)


@bp.route("/organisation/sessions/<id:session_id>/edit", methods=["GET", "POST"])
@roles(Role.ORGANISATION_STAFF)
def edit_session(session_id: int) -> Response | tuple[str, int]:
    session = my_session(session_id)
    form = _session_form(session)
    status = 200
    if form.is_submitted():
        status = 422
        form_ok = form.validate()
        draft = _session_draft(form)
        if form_ok and draft is not None:
            before = session.starts_at, session.ends_at
            try:
                change = change_session(db(), session, current_user, draft)
                if change.moved:
                    _tell(
                        session, people_waiting_for(db(), session), "session_changed", before=before
                    )
                notifications.moved_up(change.promoted)
                db().commit()
            except PublishRefused as refused:
                db().rollback()
                show_problems(form, refused.problems)
            else:
                flash(_("The date is changed."), "info")
                return redirect(
                    url_for("organisation.edit_activity", activity_id=session.activity_id)
                )
    page = render_template(
        "organisation/session_edit.html",
        form=form,
        session=session,
        cancel_form=CancelSessionForm(formdata=None),
    )
    return page, status


@bp.post("/organisation/sessions/<id:session_id>/cancel")
@roles(Role.ORGANISATION_STAFF)
def cancel(session_id: int) -> Response | tuple[str, int]:
    """Cancel one session with a reason; everyone booked or waiting gets a mail."""
    session = my_session(session_id)
    form = CancelSessionForm()
    if form.validate_on_submit():
        try:
            people = cancel_session(db(), session, current_user, form.reason.data)
            _tell(session, people, "session_cancelled", reason=form.reason.data)
            db().commit()
        except PublishRefused as refused:
            db().rollback()
            show_problems(form, [Problem("reason", p.code) for p in refused.problems])
        else:
            flash(_("The date is cancelled. We sent a mail to the people who booked."), "info")
            return redirect(url_for("organisation.edit_activity", activity_id=session.activity_id))
    page = render_template(
        "organisation/session_edit.html",
        form=_session_form(session, formdata=None),
        session=session,
        cancel_form=form,
    )
    return page, 422

"""The staff's publishing screens: the activity form with its first sessions, the list,
preview, duplicate, publish toggles, and changing or cancelling one session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Activity, ActivitySession, Organisation, User
from models.audit import AuditEvent
from models.bookings import Booking
from models.outbox import OutboxMail
from models.publishing import HintKind, clear_dutch_hints
from models.reference import ActivityStatus, BookingStatus, OrganisationStatus, Role, SessionStatus
from models.sessions import BRUSSELS

from .helpers import csrf_token, login, reread

NEW = "/organisation/activities/new?lang=en"


def _day(days: int) -> str:
    return (date.today() + timedelta(days=days)).isoformat()


def _valid(**changes: object) -> dict[str, object]:
    """A complete new-activity form as a person fills it in: one date, Dutch and English."""
    data: dict[str, object] = {
        "text_nl-title": "Samen koken in de buurt",
        "text_nl-description": "We koken samen. Iedereen is welkom.",
        "text_nl-what_to_bring": "Een schort",
        "text_en-title": "Cooking together",
        "text_en-description": "We cook together. Everyone is welcome.",
        "category": "sport",
        "goals": ["meet_people", "learn_dutch"],
        "dutch_level": "1",
        "street": "Kerkstraat 1",
        "postcode": "9000",
        "municipality": "Gent",
        "wheelchair_accessible": "y",
        "host_languages": ["nl", "en", "ar"],
        "buddy_offered": "y",
        "min_age": "18",
        "max_age": "99",
        "contact_name": "Els",
        "contact_phone": "09 123 45 67",
        "contact_email": "els@example.test",
        "kind": "once",
        "date": _day(10),
        "start_time": "14:00",
        "end_time": "16:00",
        "capacity": "10",
        "minutes": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def _post(client: FlaskClient, path: str, data: dict[str, object]):
    token = csrf_token(client, path)
    return client.post(path, data={"csrf_token": token, **data})


def _count(db: Session, model: type) -> int:
    reread(db)
    return db.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def signed_in(client: FlaskClient, staff: User) -> FlaskClient:
    login(client, staff.email)
    return client


@pytest.fixture
def activity(signed_in: FlaskClient, db: Session) -> Activity:
    """An activity made through the form, with one date ten days from now."""
    response = _post(signed_in, NEW, _valid())
    assert response.status_code == 302, response.get_data(as_text=True)
    reread(db)
    return db.scalars(select(Activity).order_by(Activity.id.desc())).first()


# Creating ----------------------------------------------------------------------------------


def test_a_one_off_activity_is_made_and_shows_in_the_catalogue(
    signed_in: FlaskClient, db: Session, activity: Activity
) -> None:
    assert activity.status == ActivityStatus.PUBLISHED
    assert {t.locale for t in activity.translations} == {"nl", "en"}
    assert activity.text("en").title == "Cooking together"
    assert activity.host_languages == ["nl", "en", "ar"]
    assert activity.wheelchair_accessible
    assert activity.buddy_offered
    assert not activity.guidance_offered
    assert [g.value for g in activity.goals] == ["learn_dutch", "meet_people"]
    (session,) = db.scalars(
        select(ActivitySession).where(ActivitySession.activity_id == activity.id)
    )
    assert session.minutes == 120  # empty: the whole session
    assert session.starts_at.astimezone(BRUSSELS).hour == 14
    found = signed_in.get("/api/v1/activities?q=koken").get_json()["items"]
    assert [item["id"] for item in found] == [activity.id]


def test_a_weekly_series_leaves_out_the_exceptions(signed_in: FlaskClient, db: Session) -> None:
    data = _valid(
        kind="weekly",
        date=_day(7),
        until=_day(28),
        exceptions=f"{_day(14)}, {(date.today() + timedelta(days=21)).strftime('%d/%m/%Y')}",
        capacity="8",
        minutes="90",
    )
    response = _post(signed_in, NEW, data)
    assert response.status_code == 302
    reread(db)
    sessions = list(db.scalars(select(ActivitySession).order_by(ActivitySession.starts_at)))
    assert len(sessions) == 2  # days 7 and 28; 14 and 21 are exceptions
    assert sessions[1].starts_at - sessions[0].starts_at in {
        timedelta(days=21, hours=h) for h in (-1, 0, 1)
    }
    assert {s.capacity for s in sessions} == {8}
    assert {s.minutes for s in sessions} == {90}


def test_an_activity_without_dates_yet(signed_in: FlaskClient, db: Session) -> None:
    response = _post(signed_in, NEW, _valid(kind="later", date="", start_time="", capacity=""))
    assert response.status_code == 302
    assert _count(db, Activity) == 1
    assert _count(db, ActivitySession) == 0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"text_nl-title": "x" * 201}, "This is too long."),
        ({"text_nl-description": "y" * 5001}, "This is too long."),
        ({"contact_name": "z" * 201}, "This is too long."),
        (
            {"text_nl-title": "", "text_nl-description": "", "text_nl-what_to_bring": ""},
            "Please write the title and the description in Dutch.",
        ),
        ({"text_nl-title": ""}, "Please fill this in."),
        ({"text_en-description": ""}, "Please fill this in."),
        ({"end_time": "13:00"}, "The end must be after the start."),
        ({"capacity": "-3"}, "Places: from 1 to 500."),
        ({"capacity": "drie"}, "Please type a whole number."),
        ({"minutes": "500"}, "This is more minutes than the session lasts."),
        ({"date": "2026-13-45"}, "This is not a date."),
        ({"date": _day(-3)}, "This date is in the past."),
        ({"start_time": "25:99"}, "This is not a time."),
        ({"kind": "weekly", "until": "", "exceptions": ""}, "Please fill this in."),
        (
            {"kind": "weekly", "until": _day(30), "exceptions": "next tuesday"},
            "This is not a date: next",
        ),
        (
            {"kind": "weekly", "until": _day(3)},
            "There is no date between the first and the last date.",
        ),
        ({"kind": "weekly", "until": _day(3650)}, "That is too many dates"),
        ({"goals": []}, "Please fill this in."),
        ({"category": "bogus"}, "Please choose one from the list."),
        ({"dutch_level": "9"}, "This number is too low or too high."),
        ({"min_age": "60", "max_age": "20"}, "The highest age is lower than the lowest age."),
        ({"contact_email": "not-an-address"}, "This is not an e-mail address."),
        ({"municipality": ""}, "Please fill this in."),
    ],
)
def test_bad_input_is_shown_beside_the_field_and_nothing_is_saved(
    signed_in: FlaskClient, db: Session, changes: dict, message: str
) -> None:
    response = _post(signed_in, NEW, _valid(**changes))
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert message in page
    assert 'class="field-error"' in page
    assert _count(db, Activity) == 0
    assert _count(db, ActivitySession) == 0


def test_what_was_typed_is_kept_escaped_and_in_any_script(
    signed_in: FlaskClient, db: Session
) -> None:
    data = _valid(
        **{
            "text_ar-title": "الطبخ معا",
            "text_ar-description": "<script>alert(1)</script> مرحبا",
            "capacity": "0",
        }
    )
    response = _post(signed_in, NEW, data)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "الطبخ معا" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert 'value="Samen koken in de buurt"' in page
    assert _count(db, Activity) == 0


def test_script_tags_are_saved_as_text_and_shown_escaped(
    signed_in: FlaskClient, db: Session
) -> None:
    response = _post(signed_in, NEW, _valid(**{"text_nl-title": "<script>alert(1)</script> Koken"}))
    assert response.status_code == 302
    for path in (response.headers["Location"], "/organisation/activities"):
        page = signed_in.get(path).get_data(as_text=True)
        assert "&lt;script&gt;alert(1)&lt;/script&gt; Koken" in page
        assert "<script>alert(1)" not in page


def test_the_form_needs_its_csrf_token(signed_in: FlaskClient, db: Session) -> None:
    assert signed_in.post(NEW, data=_valid()).status_code == 400
    assert _count(db, Activity) == 0


# The list, editing, preview ------------------------------------------------------------------


def test_the_list_shows_status_next_date_and_missing_translations(
    signed_in: FlaskClient, activity: Activity
) -> None:
    page = signed_in.get("/organisation/activities?lang=en").get_data(as_text=True)
    assert "Samen koken in de buurt" in page
    assert "Visible to everyone" in page
    assert "10 languages:" in page  # 12 minus Dutch and English
    assert "Français" in page
    assert "English</span>" not in page.split("Translations missing")[1]


def test_editing_replaces_texts_and_fields_but_not_sessions(
    signed_in: FlaskClient, db: Session, activity: Activity
) -> None:
    path = f"/organisation/activities/{activity.id}/edit?lang=en"
    page = signed_in.get(path).get_data(as_text=True)
    assert 'value="Samen koken in de buurt"' in page
    assert "Change or cancel" in page
    data = _valid(
        **{"text_nl-title": "Samen bakken", "text_en-title": "", "text_en-description": ""}
    )
    data["text_fr-title"], data["text_fr-description"] = "Cuisiner", "Ensemble."
    data["dutch_level"] = "2"
    response = _post(signed_in, path, data)
    assert response.status_code == 302
    reread(db)
    changed = db.get(Activity, activity.id)
    assert {t.locale for t in changed.translations} == {"nl", "fr"}
    assert changed.text("nl").title == "Samen bakken"
    assert changed.dutch_level == 2
    assert _count(db, ActivitySession) == 1
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "activity.updated"))


def test_editing_with_a_problem_saves_nothing(
    signed_in: FlaskClient, db: Session, activity: Activity
) -> None:
    path = f"/organisation/activities/{activity.id}/edit?lang=en"
    response = _post(
        signed_in, path, _valid(**{"text_nl-title": "", "text_nl-description": "Nieuw"})
    )
    assert response.status_code == 422
    reread(db)
    assert db.get(Activity, activity.id).text("nl").description.startswith("We koken")


def test_preview_of_an_unpublished_activity(
    signed_in: FlaskClient, client: FlaskClient, db: Session, activity: Activity
) -> None:
    assert _post(signed_in, f"/organisation/activities/{activity.id}/edit", {}).status_code in {
        302,
        422,
    }
    token = csrf_token(signed_in, f"/organisation/activities/{activity.id}/edit")
    response = signed_in.post(
        f"/organisation/activities/{activity.id}/unpublish", data={"csrf_token": token}
    )
    assert response.status_code == 302
    page = signed_in.get(f"/organisation/activities/{activity.id}/preview?lang=en")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "Preview" in text
    assert "Participants cannot see it now." in text
    assert "Cooking together" in text
    assert signed_in.get(f"/activities/{activity.id}").status_code == 404
    assert signed_in.get("/api/v1/activities?q=koken").get_json()["items"] == []
    token = csrf_token(signed_in, f"/organisation/activities/{activity.id}/edit")
    signed_in.post(f"/organisation/activities/{activity.id}/publish", data={"csrf_token": token})
    assert signed_in.get(f"/activities/{activity.id}").status_code == 200


def test_publishing_needs_an_approved_organisation(
    signed_in: FlaskClient, db: Session, activity: Activity, organisation: Organisation
) -> None:
    db.get(Activity, activity.id).status = ActivityStatus.UNPUBLISHED
    db.get(Organisation, organisation.id).status = OrganisationStatus.PENDING
    db.commit()
    token = csrf_token(signed_in, f"/organisation/activities/{activity.id}/edit")
    response = signed_in.post(
        f"/organisation/activities/{activity.id}/publish?lang=en",
        data={"csrf_token": token},
        follow_redirects=True,
    )
    assert "not approved yet" in response.get_data(as_text=True)
    reread(db)
    assert db.get(Activity, activity.id).status == ActivityStatus.UNPUBLISHED


def test_duplicate_copies_everything_but_the_sessions(
    signed_in: FlaskClient, db: Session, activity: Activity
) -> None:
    token = csrf_token(signed_in, f"/organisation/activities/{activity.id}/edit")
    response = signed_in.post(
        f"/organisation/activities/{activity.id}/duplicate", data={"csrf_token": token}
    )
    assert response.status_code == 302
    reread(db)
    copy = db.scalars(select(Activity).order_by(Activity.id.desc())).first()
    assert copy.id != activity.id
    assert response.headers["Location"].endswith(f"/{copy.id}/edit")
    assert copy.status == ActivityStatus.DRAFT
    assert copy.text("en").title == "Cooking together"
    assert copy.goals == activity.goals
    assert copy.host_languages == ["nl", "en", "ar"]
    assert db.scalar(select(func.count()).where(ActivitySession.activity_id == copy.id)) == 0


def test_clear_dutch_hints_flag_long_sentences_and_long_words() -> None:
    text = (
        "Wij spreken samen af in het buurthuis en daarna gaan wij met de hele groep wandelen. "
        "Kort is goed.\nBrengt u uw arbeidsmarktgerichtheid mee?"
    )
    hints = clear_dutch_hints(text)
    assert [h.kind for h in hints] == [HintKind.LONG_SENTENCE, HintKind.LONG_WORD]
    assert hints[0].size == 16
    assert hints[1].text == "arbeidsmarktgerichtheid"
    assert clear_dutch_hints("Kom koken. Het is leuk.") == []
    assert clear_dutch_hints(None) == []


def test_the_hint_shows_after_saving_and_on_the_preview(
    signed_in: FlaskClient, db: Session
) -> None:
    long = "Wij spreken samen af in het buurthuis en daarna gaan wij met de hele groep wandelen."
    response = _post(
        signed_in, NEW, _valid(**{"text_nl-description": long + " Welkomstvergadering!"})
    )
    assert response.status_code == 302  # a hint, not an error
    page = signed_in.get(response.headers["Location"] + "?lang=en").get_data(as_text=True)
    assert "Tip: make your Dutch easier" in page
    assert "This sentence has 16 words" in page
    assert "Welkomstvergadering" in page
    preview = response.headers["Location"].replace("/edit", "/preview?lang=en")
    assert "Tip: make your Dutch easier" in signed_in.get(preview).get_data(as_text=True)


# Sessions -----------------------------------------------------------------------------------


@pytest.fixture
def booked(
    db: Session, activity: Activity, make_user: Callable[..., User]
) -> tuple[ActivitySession, User, User]:
    """The activity's session with one person booked (Arabic) and one waiting (English)."""
    session = db.scalar(select(ActivitySession).where(ActivitySession.activity_id == activity.id))
    session.capacity = 1
    first = make_user(Role.INTEGRATOR, locale="ar")
    second = make_user(Role.INTEGRATOR, locale="en")
    db.add(Booking(session=session, integrator=first, status=BookingStatus.BOOKED))
    db.add(Booking(session=session, integrator=second, status=BookingStatus.WAITLISTED))
    db.commit()
    return session, first, second


def test_cancelling_a_session_tells_everyone_in_their_language(
    signed_in: FlaskClient, db: Session, booked: tuple
) -> None:
    session, first, second = booked
    path = f"/organisation/sessions/{session.id}/edit?lang=en"
    assert "Cancel this date" in signed_in.get(path).get_data(as_text=True)
    token = csrf_token(signed_in, path)
    url = f"/organisation/sessions/{session.id}/cancel"
    assert signed_in.post(url, data={"csrf_token": token, "reason": " "}).status_code == 422
    response = signed_in.post(url, data={"csrf_token": token, "reason": "De zaal is dicht."})
    assert response.status_code == 302
    reread(db)
    assert db.get(ActivitySession, session.id).status == SessionStatus.CANCELLED
    mails = db.scalars(select(OutboxMail).where(OutboxMail.kind == "session_cancelled")).all()
    assert {(m.to_address, m.locale) for m in mails} == {(first.email, "ar"), (second.email, "en")}
    english = next(m for m in mails if m.locale == "en")
    assert english.subject == "Cancelled: Cooking together"
    assert "De zaal is dicht." in english.body_text
    arabic = next(m for m in mails if m.locale == "ar")
    assert arabic.body_text != english.body_text or arabic.subject  # rendered in its own locale
    assert (
        signed_in.get("/api/v1/activities?q=koken").get_json()["items"][0]["next_session"] is None
    )


def test_changing_the_time_tells_them_and_capacity_stays_above_booked(
    signed_in: FlaskClient, db: Session, booked: tuple
) -> None:
    session, _first, second = booked
    path = f"/organisation/sessions/{session.id}/edit?lang=en"
    times = {"date": _day(11), "start_time": "15:00", "end_time": "17:00", "minutes": "120"}
    response = _post(signed_in, path, {**times, "capacity": "0"})
    assert response.status_code == 422
    assert "Places: from 1 to 500." in response.get_data(as_text=True)
    db.add(Booking(session=session, integrator=second, status=BookingStatus.CANCELLED))
    session.capacity = 5
    db.commit()
    third = db.scalar(
        select(Booking).where(
            Booking.integrator_id == second.id, Booking.status == BookingStatus.WAITLISTED
        )
    )
    third.status = BookingStatus.BOOKED
    db.commit()
    response = _post(signed_in, path, {**times, "capacity": "1"})
    assert response.status_code == 422
    assert "More people booked already" in response.get_data(as_text=True)
    response = _post(signed_in, path, {**times, "capacity": "2", "minutes": "200"})
    assert response.status_code == 422
    assert _count(db, OutboxMail) == 0
    response = _post(signed_in, path, {**times, "capacity": "2"})
    assert response.status_code == 302
    reread(db)
    changed = db.get(ActivitySession, session.id)
    assert changed.capacity == 2
    assert changed.length_minutes == 120
    mails = db.scalars(select(OutboxMail).where(OutboxMail.kind == "session_changed")).all()
    assert {m.locale for m in mails} == {"ar", "en"}


def test_only_capacity_changed_sends_no_change_mail_but_moves_the_waiting_up(
    signed_in: FlaskClient, db: Session, booked: tuple
) -> None:
    session, _first, second = booked
    path = f"/organisation/sessions/{session.id}/edit?lang=en"
    page = signed_in.get(path).get_data(as_text=True)
    assert 'value="14:00"' in page
    data = {
        "date": _day(10),
        "start_time": "14:00",
        "end_time": "16:00",
        "minutes": "120",
        "capacity": "3",
    }
    assert _post(signed_in, path, data).status_code == 302
    reread(db)
    kinds = db.scalars(select(OutboxMail.kind)).all()
    assert kinds == ["booking_moved_up"]  # the one who waited; no "session changed" mail
    moved = db.scalar(select(Booking).where(Booking.integrator_id == second.id))
    assert moved.status == BookingStatus.BOOKED


def test_adding_dates_to_an_activity(
    signed_in: FlaskClient, db: Session, activity: Activity
) -> None:
    path = f"/organisation/activities/{activity.id}/sessions/new?lang=en"
    data = {
        "kind": "weekly",
        "date": _day(20),
        "start_time": "10:00",
        "end_time": "11:00",
        "capacity": "4",
        "until": _day(34),
        "exceptions": "",
    }
    assert _post(signed_in, path, {**data, "end_time": "09:00"}).status_code == 422
    assert _post(signed_in, path, data).status_code == 302
    assert _count(db, ActivitySession) == 4


# Who may --------------------------------------------------------------------------------------


def test_another_organisations_staff_get_404(
    client: FlaskClient,
    db: Session,
    activity: Activity,
    booked: tuple,
    make_user: Callable[..., User],
) -> None:
    other = Organisation(name="Ander", municipality="Gent", status=OrganisationStatus.APPROVED)
    db.add(other)
    db.commit()
    stranger = make_user(Role.ORGANISATION_STAFF, organisation=other)
    client.post("/logout", data={"csrf_token": csrf_token(client, "/logout")})
    login(client, stranger.email)
    session = booked[0]
    for path in (
        f"/organisation/activities/{activity.id}/edit",
        f"/organisation/activities/{activity.id}/preview",
        f"/organisation/activities/{activity.id}/sessions/new",
        f"/organisation/sessions/{session.id}/edit",
    ):
        assert client.get(path).status_code == 404, path
    token = csrf_token(client, "/organisation/activities/new")
    for path in (
        f"/organisation/activities/{activity.id}/duplicate",
        f"/organisation/activities/{activity.id}/unpublish",
        f"/organisation/sessions/{session.id}/cancel",
    ):
        assert client.post(path, data={"csrf_token": token, "reason": "x"}).status_code == 404, path
    assert "Samen koken" not in client.get("/organisation/activities").get_data(as_text=True)


@pytest.mark.parametrize("role", ["integrator", "counsellor"])
def test_other_roles_get_403(
    client: FlaskClient, request: pytest.FixtureRequest, role: str
) -> None:
    login(client, request.getfixturevalue(role).email)
    assert client.get("/organisation/activities").status_code == 403
    assert client.get("/organisation/activities/new").status_code == 403


def test_visitors_are_sent_to_sign_in(client: FlaskClient) -> None:
    response = client.get("/organisation/activities/new")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_staff_home_links_to_my_activities(signed_in: FlaskClient) -> None:
    assert "/organisation/activities" in signed_in.get("/?lang=en").get_data(as_text=True)

"""The counsellor's hours screens: the caseload dashboard with its figures and flags, one
integrator's page with the ledger, hours proven outside the platform (with a proof file),
corrections, downloading a proof, and the CSV export for the agency's case system (KBI)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from models import ActivitySession, Organisation, Trajectory, User
from models.attendance import AttendanceRecord, register_attendance
from models.bookings import book
from models.hours import HoursEntry, confirmed_minutes
from models.integrators import today_in_brussels
from models.ledger import ExternalProof, record_correction, record_external_proof
from models.proofs import PROOF_FOLDER
from models.reference import HoursKind, Role, TrajectoryStatus

from .factories import make_session
from .helpers import csrf_token, login, reread

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = (
    b"\x89PNG\r\n\x1a\n"
    b"\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64
TODAY = today_in_brussels()


# Helpers -------------------------------------------------------------------------------------


def _page(response: TestResponse) -> str:
    return response.get_data(as_text=True)


def _text(response: TestResponse) -> str:
    """The page without tags and with single spaces, to find sentences split over markup."""
    return " ".join(re.sub(r"<[^>]+>", " ", _page(response)).split())


def _attended(
    db: Session, session: ActivitySession, person: User, staff: User, minutes: int = 120
) -> None:
    """Book a past session (as if before it began) and register the person as present."""
    result = book(db, session.id, person, person, now=session.starts_at - timedelta(days=1))
    register_attendance(
        db,
        session.id,
        [AttendanceRecord(result.booking.id, True, minutes)],
        staff,
        now=session.ends_at + timedelta(hours=1),
    )
    db.commit()


def _external(
    db: Session,
    person: User,
    by: User,
    minutes: int,
    *,
    on: date = TODAY,
    proof_path: str | None = None,
) -> HoursEntry:
    entry = record_external_proof(
        db,
        person,
        ExternalProof(minutes, "Taalcafé", "Bib Gent", on, proof_path=proof_path),
        by,
        today=TODAY,
    )
    db.commit()
    return entry


def _trajectory(db: Session, person: User, **changes: object) -> None:
    trajectory = db.scalar(select(Trajectory).where(Trajectory.integrator_id == person.id))
    for name, value in changes.items():
        setattr(trajectory, name, value)
    db.commit()


def _entries(db: Session, person: User) -> list[HoursEntry]:
    reread(db)
    return list(db.scalars(select(HoursEntry).where(HoursEntry.integrator_id == person.id)))


def _stored_files(app: Flask) -> list[Path]:
    folder = Path(app.config["UPLOAD_DIR"]) / PROOF_FOLDER
    return sorted(folder.iterdir()) if folder.exists() else []


# The dashboard -------------------------------------------------------------------------------


@pytest.fixture
def caseload(
    db: Session,
    make_user: Callable[..., User],
    counsellor: User,
    staff: User,
    organisation: Organisation,
) -> dict[str, User]:
    """Three people: one doing well, one gone quiet, one close to the deadline."""
    busy = make_user(Role.INTEGRATOR, name="Busy Bee", counsellor=counsellor)
    quiet = make_user(Role.INTEGRATOR, name="Quiet Quentin", counsellor=counsellor)
    late = make_user(Role.INTEGRATOR, name="Late Lina", counsellor=counsellor)
    for person in (busy, quiet):
        _trajectory(db, person, started_on=TODAY - timedelta(days=100))
    _trajectory(db, late, started_on=TODAY - timedelta(days=10))
    busy.integrator.dossier_number = "KBI-4711"
    late.email = "lina@example.test"
    db.commit()
    walked = make_session(db, organisation, starts_in=timedelta(days=-5), capacity=9)
    _attended(db, walked, busy, staff, minutes=90)
    _external(db, busy, counsellor, 12 * 60, on=TODAY - timedelta(days=20))
    soon = make_session(db, organisation, starts_in=timedelta(days=4), capacity=9)
    book(db, soon.id, busy, busy)
    _external(db, quiet, counsellor, 30 * 60, on=TODAY - timedelta(days=45))
    _trajectory(db, late, deadline=TODAY + timedelta(weeks=3))
    later = make_session(db, organisation, starts_in=timedelta(days=6), capacity=9)
    book(db, later.id, late, late)
    db.commit()
    return {"busy": busy, "quiet": quiet, "late": late}


def _names_in_order(page: str, people: dict[str, User]) -> list[str]:
    found = {page.find(person.name): person.name for person in people.values()}
    return [name for at, name in sorted(found.items()) if at >= 0]


def test_the_dashboard_shows_each_persons_figures_and_flags(
    client: FlaskClient, counsellor: User, caseload: dict[str, User]
) -> None:
    login(client, counsellor.email)
    response = client.get("/counsellor/?lang=en")
    assert response.status_code == 200
    page, text = _page(response), _text(response)
    assert "My caseload (3)" in text
    assert "13 h 30 min / 40 h" in text  # 90 minutes attended and 12 h from outside
    assert "30 h / 40 h" in text
    assert page.count("<progress") == 3
    busy = caseload["busy"]
    assert f'aria-labelledby="hours-{busy.id}"' in page
    assert f'href="/counsellor/integrators/{busy.id}"' in page
    assert "1 booking" in text
    assert "Next:" in text
    assert "KBI-4711" in text
    assert (TODAY - timedelta(days=5)).strftime("%b") in text  # a last-attended date
    # the flags, in words
    assert "2 people need attention" in text  # quiet and late
    rows = page[page.index("<tbody>") :]
    quiet = rows[rows.index(caseload["quiet"].name) : rows.index("</tr>", rows.index("Quiet"))]
    assert "Nothing booked" in quiet
    assert "Nothing attended in 30 days" in quiet
    late = rows[rows.index("Late Lina") : rows.index("</tr>", rows.index("Late Lina"))]
    assert "Deadline within 8 weeks, far from the target" in late
    assert "Nothing booked" not in late


def test_a_person_doing_well_has_no_flag(
    client: FlaskClient, counsellor: User, caseload: dict[str, User]
) -> None:
    login(client, counsellor.email)
    page = _page(client.get("/counsellor/?lang=en&q=busy"))
    row = page[page.index("<tbody>") : page.index("</tbody>")]
    assert "Busy Bee" in row
    assert 'class="badge flag' not in row


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=quentin", {"quiet"}),
        ("q=KBI-4711", {"busy"}),
        ("q=lina%40example", {"late"}),
        ("q=nobody+here", set()),
        ("flag=deadline", {"late"}),
        ("flag=quiet", {"quiet"}),
        ("flag=nothing_booked", {"quiet"}),
        ("status=completed", set()),
        ("status=open&q=bee", {"busy"}),
    ],
)
def test_search_and_filters(
    client: FlaskClient,
    counsellor: User,
    caseload: dict[str, User],
    query: str,
    expected: set[str],
) -> None:
    login(client, counsellor.email)
    response = client.get(f"/counsellor/?lang=en&{query}")
    assert response.status_code == 200
    page = _page(response)
    shown = {key for key, person in caseload.items() if person.name in page}
    assert shown == expected
    if not expected:
        assert "Nobody on your caseload fits this search." in page


def test_sorting(client: FlaskClient, counsellor: User, caseload: dict[str, User]) -> None:
    login(client, counsellor.email)

    def order(sort: str) -> list[str]:
        page = _page(client.get(f"/counsellor/?lang=en&sort={sort}"))
        return _names_in_order(page[page.index("<tbody>") :], caseload)

    assert order("name") == ["Busy Bee", "Late Lina", "Quiet Quentin"]
    assert order("hours") == ["Late Lina", "Busy Bee", "Quiet Quentin"]
    assert order("last_attended") == ["Late Lina", "Quiet Quentin", "Busy Bee"]
    assert order("deadline") == ["Late Lina", "Busy Bee", "Quiet Quentin"]


@pytest.mark.parametrize(
    "query", ["sort=bogus", "flag=lazy", "status=asleep", "flag=&sort=%00", "q=" + "x" * 300]
)
def test_an_unknown_choice_shows_a_message_and_everyone(
    client: FlaskClient, counsellor: User, caseload: dict[str, User], query: str
) -> None:
    login(client, counsellor.email)
    response = client.get(f"/counsellor/?lang=en&{query}")
    assert response.status_code == 400
    page = _page(response)
    assert "We do not know some of the choices in this link" in page
    assert all(person.name in page for person in caseload.values())


@pytest.mark.browser
def test_the_dashboard_fits_a_phone(phone, live_server: str, counsellor: User, caseload) -> None:
    phone.goto(f"{live_server}/login?lang=en")
    phone.get_by_label("E-mail address or phone number").fill(counsellor.email)
    phone.get_by_label("Password").fill("demo-password")
    phone.keyboard.press("Enter")
    phone.wait_for_url(f"{live_server}/")
    phone.goto(f"{live_server}/counsellor/?lang=en")
    assert phone.locator("table.caseload tbody tr").count() == 3
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the page is {width}px wide on a 360px phone"


# One integrator's page -----------------------------------------------------------------------


def test_the_integrator_page_shows_the_ledger_and_its_total(
    client: FlaskClient,
    db: Session,
    counsellor: User,
    integrator: User,
    staff: User,
    organisation: Organisation,
) -> None:
    talk = make_session(
        db, organisation, starts_in=timedelta(days=-3), capacity=9, title="Praatcafé"
    )
    _attended(db, talk, integrator, staff, 100)
    _external(db, integrator, counsellor, 150)
    record_correction(db, integrator, -40, "Twice counted", counsellor, today=TODAY)
    _trajectory(db, integrator, deadline=date(2027, 6, 30))
    db.commit()
    integrator.integrator.dossier_number = "D-77"
    db.commit()
    login(client, counsellor.email)
    response = client.get(f"/counsellor/integrators/{integrator.id}?lang=en")
    assert response.status_code == 200
    page, text = _page(response), _text(response)
    assert integrator.name in text
    assert integrator.email in text
    assert "D-77" in text
    assert "June 30, 2027" in text
    assert "Attendance: Praatcafé" in text
    assert "Proof from outside the platform: Taalcafé at Bib Gent" in text
    assert "Correction" in text
    assert "Twice counted" in text
    assert "-40 min" in text
    assert staff.name in text
    assert confirmed_minutes(db, integrator.id) == 100 + 150 - 40
    totals = re.findall(r'running-total">([^<]+)<', page)
    assert totals == ["1 h 40 min", "4 h 10 min", "3 h 30 min"]
    assert re.search(r'confirmed-total">3 h 30 min<', page)
    assert "3 h 30 min / 40 h" in text
    assert "No certificates yet." in text
    assert "Praatcafé" in page[page.index('id="bookings-title"') :]  # the booking
    for action in ("hours/external", "hours/correction", "letter"):
        assert f'href="/counsellor/integrators/{integrator.id}/{action}"' in page
    assert 'href="/activities?dutch_level=2"' in page


def test_the_integrator_page_lists_certificates(
    client: FlaskClient, db: Session, counsellor: User, integrator: User
) -> None:
    from models import Certificate
    from models.reference import CertificateKind

    db.add(
        Certificate(
            code="ABCD2345",
            kind=CertificateKind.COMPLETION,
            holder_id=integrator.id,
            issued_by_id=counsellor.id,
            issuer_name="Agentschap",
            minutes=2400,
            locale="nl",
            pdf_sha256="0" * 64,
            pdf=b"%PDF-1.4",
        )
    )
    db.commit()
    login(client, counsellor.email)
    text = _text(client.get(f"/counsellor/integrators/{integrator.id}?lang=en"))
    assert "ABCD2345" in text
    assert "Trajectory completed" in text


def test_others_cannot_open_the_integrator_page(
    client: FlaskClient, make_user: Callable[..., User], integrator: User, admin: User
) -> None:
    login(client, make_user(Role.COUNSELLOR).email)
    assert client.get(f"/counsellor/integrators/{integrator.id}").status_code == 403
    assert client.get("/counsellor/integrators/999999").status_code == 404
    login(client, admin.email)
    assert client.get(f"/counsellor/integrators/{integrator.id}").status_code == 200
    login(client, integrator.email)
    assert client.get(f"/counsellor/integrators/{integrator.id}").status_code == 403


def test_a_counsellor_id_is_not_an_integrator_page(client: FlaskClient, counsellor: User) -> None:
    login(client, counsellor.email)
    assert client.get(f"/counsellor/integrators/{counsellor.id}").status_code == 404


# Hours proven outside the platform -----------------------------------------------------------


def _external_form(
    client: FlaskClient,
    person: User,
    *,
    proof: tuple[bytes, str] | None = (PDF, "proof.pdf"),
    **fields: str,
) -> TestResponse:
    path = f"/counsellor/integrators/{person.id}/hours/external?lang=en"
    data: dict[str, object] = {
        "csrf_token": csrf_token(client, path),
        "activity": "Vrijwilligerswerk in de bib",
        "organisation": "Bibliotheek Gent",
        "occurred_on": (TODAY - timedelta(days=2)).isoformat(),
        "hours": "2",
        "minutes": "30",
        "note": "Seen the signed paper",
        **fields,
    }
    if proof is not None:
        content, filename = proof
        data["proof"] = (io.BytesIO(content), filename)
    return client.post(path, data=data, content_type="multipart/form-data")


@pytest.mark.parametrize(
    ("content", "filename", "suffix"),
    [(PDF, "bewijs.pdf", ".pdf"), (PNG, "photo.png", ".png"), (JPEG, "scan.jpeg", ".jpg")],
)
def test_hours_from_outside_are_credited_with_their_proof(
    app: Flask,
    client: FlaskClient,
    db: Session,
    counsellor: User,
    integrator: User,
    content: bytes,
    filename: str,
    suffix: str,
) -> None:
    login(client, counsellor.email)
    response = _external_form(client, integrator, proof=(content, filename))
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/counsellor/integrators/{integrator.id}#hours")
    [entry] = _entries(db, integrator)
    assert entry.kind == HoursKind.EXTERNAL_PROOF
    assert entry.minutes == 150
    assert entry.external_activity == "Vrijwilligerswerk in de bib"
    assert entry.external_organisation == "Bibliotheek Gent"
    assert entry.occurred_on == TODAY - timedelta(days=2)
    assert entry.reason == "Seen the signed paper"
    assert entry.created_by_id == counsellor.id
    [stored] = _stored_files(app)
    assert stored.name == entry.proof_path
    assert stored.suffix == suffix
    assert stored.read_bytes() == content
    static = Path(app.static_folder).resolve()
    assert not stored.resolve().is_relative_to(static)
    assert "The hours are added." in _page(client.get(response.headers["Location"] + "?lang=en"))


def test_an_admin_may_record_hours_too(
    app: Flask, client: FlaskClient, db: Session, admin: User, integrator: User
) -> None:
    login(client, admin.email)
    assert _external_form(client, integrator).status_code == 302
    assert [e.created_by_id for e in _entries(db, integrator)] == [admin.id]


def _nothing_saved(app: Flask, db: Session, person: User) -> None:
    assert _entries(db, person) == []
    assert _stored_files(app) == []


@pytest.mark.parametrize(
    ("proof", "message"),
    [
        ((EXE, "proof.pdf"), "This file is not a PDF, JPEG or PNG."),
        ((b"%PDF-1.4 but never ends", "half.pdf"), "This file is not a PDF, JPEG or PNG."),
        ((PNG[:-4], "cut.png"), "This file is not a PDF, JPEG or PNG."),
        ((b"", "empty.pdf"), "The file is empty."),
        (None, "Please add the proof"),
    ],
)
def test_a_proof_that_is_not_what_it_claims_is_refused(
    app: Flask,
    client: FlaskClient,
    db: Session,
    counsellor: User,
    integrator: User,
    proof: tuple[bytes, str] | None,
    message: str,
) -> None:
    login(client, counsellor.email)
    response = _external_form(client, integrator, proof=proof)
    assert response.status_code == 422
    assert message in _page(response)
    assert "Vrijwilligerswerk in de bib" in _page(response)  # what was typed is kept
    _nothing_saved(app, db, integrator)


def test_a_6_mb_proof_gets_a_message_not_a_413(
    app: Flask, client: FlaskClient, db: Session, counsellor: User, integrator: User
) -> None:
    login(client, counsellor.email)
    big = b"%PDF-1.4\n" + b"0" * (6 * 1024 * 1024) + b"\n%%EOF\n"
    response = _external_form(client, integrator, proof=(big, "big.pdf"), activity="Kookclub")
    assert response.status_code == 422
    page = _page(response)
    assert "The file is larger than 5 MB." in page
    assert 'value="Kookclub"' in page
    assert 'value="Bibliotheek Gent"' in page
    assert "Seen the signed paper" in page
    _nothing_saved(app, db, integrator)


def test_a_body_far_over_the_limit_is_still_refused(
    app: Flask, client: FlaskClient, db: Session, counsellor: User, integrator: User
) -> None:
    login(client, counsellor.email)
    huge = b"%PDF-1.4\n" + b"0" * (9 * 1024 * 1024) + b"\n%%EOF\n"
    assert _external_form(client, integrator, proof=(huge, "huge.pdf")).status_code == 413
    _nothing_saved(app, db, integrator)


def test_the_usual_limit_holds_for_other_forms(
    client: FlaskClient, counsellor: User, integrator: User
) -> None:
    login(client, counsellor.email)
    path = f"/counsellor/integrators/{integrator.id}/hours/correction"
    token = csrf_token(client, path)
    big = (io.BytesIO(b"%PDF-1.4\n" + b"0" * (7 * 1024 * 1024)), "big.pdf")
    response = client.post(path, data={"csrf_token": token, "reason": "Why", "proof": big})
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"occurred_on": (TODAY + timedelta(days=1)).isoformat()}, "This date is in the future."),
        ({"occurred_on": "yesterday"}, "This is not a date."),
        ({"occurred_on": ""}, "Please fill in the date."),
        ({"hours": "0", "minutes": "0"}, "at least 1 minute and at most 100 hours"),
        ({"hours": "", "minutes": ""}, "Please fill in how long."),
        ({"hours": "-1", "minutes": ""}, "Type 0 or more."),
        ({"hours": "", "minutes": "-30"}, "Type 0 or more."),
        ({"hours": "abc"}, "Please type a whole number."),
        ({"minutes": "1.5"}, "Please type a whole number."),
        ({"hours": "101", "minutes": "0"}, "at least 1 minute and at most 100 hours"),
        ({"hours": "9" * 30}, "at least 1 minute and at most 100 hours"),
        ({"activity": "  "}, "Please fill in the activity."),
        ({"organisation": ""}, "Please fill in the organisation."),
        ({"organisation": "o" * 201}, "This is too long."),
    ],
)
def test_bad_hours_from_outside_are_refused_and_nothing_is_kept(
    app: Flask,
    client: FlaskClient,
    db: Session,
    counsellor: User,
    integrator: User,
    fields: dict[str, str],
    message: str,
) -> None:
    login(client, counsellor.email)
    response = _external_form(client, integrator, **fields)
    assert response.status_code == 422
    page = _page(response)
    assert message in page
    assert "Please choose the file of the proof again." in page
    _nothing_saved(app, db, integrator)


def test_another_counsellor_cannot_record_hours(
    app: Flask,
    client: FlaskClient,
    db: Session,
    make_user: Callable[..., User],
    integrator: User,
) -> None:
    other = make_user(Role.COUNSELLOR)
    login(client, other.email)
    path = f"/counsellor/integrators/{integrator.id}/hours/external"
    assert client.get(path).status_code == 403
    token = csrf_token(client, "/profile")
    response = client.post(path, data={"csrf_token": token, "activity": "x", "hours": "2"})
    assert response.status_code == 403
    _nothing_saved(app, db, integrator)


def test_nobody_else_can_record_hours(
    app: Flask, client: FlaskClient, db: Session, integrator: User, staff: User
) -> None:
    for person in (integrator, staff):
        login(client, person.email)
        assert (
            client.get(f"/counsellor/integrators/{integrator.id}/hours/external").status_code == 403
        )
    _nothing_saved(app, db, integrator)


# Corrections ---------------------------------------------------------------------------------


def _correct(client: FlaskClient, person: User, **fields: str) -> TestResponse:
    path = f"/counsellor/integrators/{person.id}/hours/correction?lang=en"
    data = {"csrf_token": csrf_token(client, path), "hours": "", "minutes": "", **fields}
    return client.post(path, data=data)


def test_a_correction_adds_or_takes_back_with_its_reason(
    client: FlaskClient, db: Session, counsellor: User, integrator: User
) -> None:
    _external(db, integrator, counsellor, 120)
    login(client, counsellor.email)
    page = _text(client.get(f"/counsellor/integrators/{integrator.id}/hours/correction?lang=en"))
    assert "has 2 h now" in page
    response = _correct(
        client, integrator, direction="add", hours="1", minutes="30", reason="Forgot"
    )
    assert response.status_code == 302
    response = _correct(client, integrator, direction="take_back", minutes="45", reason="Too much")
    assert response.status_code == 302
    entries = _entries(db, integrator)
    assert [(e.kind, e.minutes, e.reason) for e in entries[1:]] == [
        (HoursKind.CORRECTION, 90, "Forgot"),
        (HoursKind.CORRECTION, -45, "Too much"),
    ]
    assert all(e.created_by_id == counsellor.id for e in entries)
    assert confirmed_minutes(db, integrator.id) == 120 + 90 - 45


def test_a_correction_can_complete_the_trajectory(
    client: FlaskClient, db: Session, counsellor: User, integrator: User
) -> None:
    _external(db, integrator, counsellor, 2399)
    login(client, counsellor.email)
    assert (
        _correct(client, integrator, direction="add", minutes="1", reason="Rounding").status_code
        == 302
    )
    reread(db)
    trajectory = db.scalar(select(Trajectory).where(Trajectory.integrator_id == integrator.id))
    assert trajectory.status == TrajectoryStatus.COMPLETED


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"direction": "add", "hours": "1", "reason": ""}, "Please write why."),
        ({"direction": "add", "hours": "1", "reason": "   "}, "Please write why."),
        ({"hours": "1", "reason": "Why"}, "Please choose add or take back."),
        ({"direction": "add", "reason": "Why"}, "Please fill in how long."),
        ({"direction": "add", "hours": "0", "reason": "Why"}, "at least 1 minute"),
        ({"direction": "add", "hours": "x", "reason": "Why"}, "Please type a whole number."),
        ({"direction": "add", "hours": "500", "reason": "Why"}, "at most 100 hours"),
        (
            {"direction": "take_back", "hours": "3", "reason": "Oops"},
            "You cannot take back more hours than the person has.",
        ),
    ],
)
def test_a_bad_correction_is_refused_and_nothing_changes(
    client: FlaskClient,
    db: Session,
    counsellor: User,
    integrator: User,
    fields: dict[str, str],
    message: str,
) -> None:
    _external(db, integrator, counsellor, 120)
    login(client, counsellor.email)
    response = _correct(client, integrator, **fields)
    assert response.status_code == 422
    assert message in _page(response)
    assert len(_entries(db, integrator)) == 1
    assert confirmed_minutes(db, integrator.id) == 120


def test_another_counsellor_cannot_correct(
    client: FlaskClient, db: Session, make_user: Callable[..., User], integrator: User
) -> None:
    login(client, make_user(Role.COUNSELLOR).email)
    token = csrf_token(client, "/profile")
    response = client.post(
        f"/counsellor/integrators/{integrator.id}/hours/correction",
        data={"csrf_token": token, "direction": "add", "hours": "40", "reason": "Free hours"},
    )
    assert response.status_code == 403
    assert _entries(db, integrator) == []


# Downloading a proof -------------------------------------------------------------------------


@pytest.fixture
def proof_entry(
    app: Flask, client: FlaskClient, db: Session, counsellor: User, integrator: User
) -> HoursEntry:
    login(client, counsellor.email)
    assert _external_form(client, integrator, proof=(PDF, "bewijs.pdf")).status_code == 302
    client.post("/logout", data={"csrf_token": csrf_token(client, "/profile")})
    [entry] = _entries(db, integrator)
    return entry


def test_the_counsellor_downloads_the_proof(
    client: FlaskClient, counsellor: User, proof_entry: HoursEntry
) -> None:
    login(client, counsellor.email)
    page = _page(client.get(f"/counsellor/integrators/{proof_entry.integrator_id}"))
    assert f'href="/counsellor/hours/{proof_entry.id}/proof"' in page
    response = client.get(f"/counsellor/hours/{proof_entry.id}/proof")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response.headers["Cache-Control"]
    assert response.data == PDF


def test_an_admin_downloads_the_proof(
    client: FlaskClient, admin: User, proof_entry: HoursEntry
) -> None:
    login(client, admin.email)
    assert client.get(f"/counsellor/hours/{proof_entry.id}/proof").status_code == 200


def test_nobody_else_gets_the_proof(
    client: FlaskClient,
    make_user: Callable[..., User],
    integrator: User,
    staff: User,
    proof_entry: HoursEntry,
) -> None:
    path = f"/counsellor/hours/{proof_entry.id}/proof"
    response = client.get(path)
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]
    login(client, make_user(Role.COUNSELLOR).email)
    assert client.get(path).status_code == 404  # the same as an id that does not exist
    assert client.get(f"/counsellor/hours/{proof_entry.id + 1}/proof").status_code == 404
    for person in (integrator, staff):
        login(client, person.email)
        assert client.get(path).status_code == 403


def test_an_entry_without_a_proof_has_nothing_to_download(
    client: FlaskClient, db: Session, counsellor: User, integrator: User
) -> None:
    entry = _external(db, integrator, counsellor, 60)
    login(client, counsellor.email)
    assert client.get(f"/counsellor/hours/{entry.id}/proof").status_code == 404


# The KBI export ------------------------------------------------------------------------------

HEADER = (
    "Dossiernummer,Naam,Datum,Minuten,Uren (u:mm),Soort,Activiteit,Organisatie,"
    "Ingevoerd door,Ingevoerd op,Reden,Regel-ID"
)


@pytest.fixture
def exported(
    db: Session,
    make_user: Callable[..., User],
    counsellor: User,
    staff: User,
    organisation: Organisation,
) -> dict[str, User]:
    sly = make_user(Role.INTEGRATOR, name="=cmd|' /C calc'!A0", counsellor=counsellor)
    sly.integrator.dossier_number = "+32-99"
    db.commit()
    swim = make_session(
        db, organisation, starts_in=timedelta(days=-40), capacity=9, title="Zwemmen"
    )
    _attended(db, swim, sly, staff, 90)
    _external(db, sly, counsellor, 150, on=TODAY - timedelta(days=10))
    record_correction(db, sly, -45, "@SUM(A1) wrong", counsellor, today=TODAY)
    db.commit()
    elsewhere = make_user(Role.INTEGRATOR, name="Not Mine", counsellor=make_user(Role.COUNSELLOR))
    _external(db, elsewhere, counsellor, 60)
    return {"sly": sly, "elsewhere": elsewhere}


def _csv(client: FlaskClient, query: str = "") -> list[str]:
    response = client.get(f"/counsellor/hours.csv{query}")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith("attachment; filename=kbi-hours")
    assert response.data.startswith(b"\xef\xbb\xbf")
    return response.data.decode("utf-8-sig").splitlines()


def test_the_export_has_one_formula_safe_row_per_entry(
    client: FlaskClient, counsellor: User, staff: User, exported: dict[str, User]
) -> None:
    login(client, counsellor.email)
    lines = _csv(client, "?lang=fr")  # the header stays Dutch in any language
    assert lines[0] == HEADER
    rows = lines[1:]
    assert len(rows) == 3
    assert all(row.startswith("'+32-99,'=cmd|' /C calc'!A0,") for row in rows)
    attendance, external, correction = rows
    assert f",{(TODAY - timedelta(days=40)).isoformat()},90,1:30,Aanwezigheid,Zwemmen," in (
        attendance
    )
    assert f",{staff.name}," in attendance
    assert ",150,2:30,Extern bewijs,Taalcafé,Bib Gent," in external
    assert ",-45,-0:45,Correctie,,," in correction
    assert "'@SUM(A1) wrong" in correction
    assert "Not Mine" not in "\n".join(lines)


def test_the_export_takes_a_period(
    client: FlaskClient, counsellor: User, exported: dict[str, User]
) -> None:
    login(client, counsellor.email)
    since = (TODAY - timedelta(days=15)).isoformat()
    assert len(_csv(client, f"?from={since}")) == 1 + 2
    assert len(_csv(client, f"?to={since}")) == 1 + 1
    assert len(_csv(client, f"?from={since}&to={since}")) == 1
    assert len(_csv(client, "?from=&to=")) == 1 + 3


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?from=2026-13-01", "This is not a date."),
        ("?to=tomorrow", "This is not a date."),
        ("?from=2026-05-02&to=2026-05-01", "This date is before the first date."),
    ],
)
def test_a_bad_period_is_a_400_page_with_a_message(
    client: FlaskClient, counsellor: User, query: str, message: str
) -> None:
    login(client, counsellor.email)
    response = client.get(f"/counsellor/hours.csv{query}&lang=en")
    assert response.status_code == 400
    assert response.mimetype == "text/html"
    assert message in _page(response)


def test_the_dashboard_links_to_the_export(client: FlaskClient, counsellor: User) -> None:
    login(client, counsellor.email)
    page = _page(client.get("/counsellor/?lang=en"))
    assert 'action="/counsellor/hours.csv"' in page
    assert 'name="from"' in page
    assert 'name="to"' in page


def test_what_people_typed_is_shown_escaped(
    client: FlaskClient, db: Session, counsellor: User, integrator: User
) -> None:
    record_external_proof(
        db,
        integrator,
        ExternalProof(60, "<b>Koor</b>", "<script>alert(1)</script>", TODAY, note="<i>ok</i>"),
        counsellor,
        today=TODAY,
    )
    db.commit()
    login(client, counsellor.email)
    page = _page(client.get(f"/counsellor/integrators/{integrator.id}?lang=en"))
    assert "<script>alert(1)</script>" not in page
    assert "<b>Koor</b>" not in page
    assert "&lt;b&gt;Koor&lt;/b&gt;" in page
    assert "&lt;i&gt;ok&lt;/i&gt;" in page

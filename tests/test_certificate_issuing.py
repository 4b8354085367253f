"""Issuing certificates from the web app and the API: real PDFs, stored byte for byte,
downloaded only by those who may, in bulk as a zip with its progress, and after erasure
no more (410)."""

from __future__ import annotations

import hashlib
import io
import subprocess
import time
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale
from sqlalchemy import select
from sqlalchemy.orm import Session

from certificates import LABEL_KEYS
from models import Activity, Certificate, Organisation, User
from models.attendance import AttendanceRecord, register_attendance
from models.personal_data import erase
from models.reference import CertificateKind, OrganisationStatus, Role, TrajectoryStatus
from models.tokens import create_token
from models.trajectories import change_target, trajectory_of
from webapp.certificates import jobs
from webapp.certificates.service import LABELS, labels_for

from .factories import make_activity, make_booking, make_session
from .helpers import bearer, csrf_token, login, reread

HOLDER_NAME = "Zoë Ağaoğlu-Dubois"


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode()


def attend(
    db: Session, activity: Activity, people: list[User], staff: User, minutes: int = 90
) -> None:
    """A past session of the activity that everyone in `people` attended."""
    session = make_session(db, activity, starts_in=timedelta(days=-3), capacity=40)
    bookings = [make_booking(db, session, person) for person in people]
    records = [AttendanceRecord(b.id, True, minutes) for b in bookings]
    register_attendance(db, session.id, records, staff)
    db.commit()


@pytest.fixture
def activity(db: Session, organisation: Organisation) -> Activity:
    return make_activity(db, organisation)


@pytest.fixture
def holder(
    db: Session,
    make_user: Callable[..., User],
    counsellor: User,
    activity: Activity,
    staff: User,
) -> User:
    person = make_user(Role.INTEGRATOR, name=HOLDER_NAME, counsellor=counsellor, locale="ar")
    attend(db, activity, [person], staff)
    return person


def issue_on_page(client: FlaskClient, activity: Activity, holder: User):
    page = f"/organisation/activities/{activity.id}/certificates"
    token = csrf_token(client, page)
    return client.post(f"{page}/{holder.id}", data={"csrf_token": token})


def the_certificates(db: Session, holder: User) -> list[Certificate]:
    reread(db)
    return list(
        db.scalars(
            select(Certificate).where(Certificate.holder_id == holder.id).order_by(Certificate.id)
        )
    )


# Labels ---------------------------------------------------------------------------------------


def test_the_labels_are_the_packages_marked_for_translation(app: Flask) -> None:
    with app.test_request_context(), force_locale("en"):
        assert {key: str(text) for key, text in LABELS.items()} == LABEL_KEYS
    with app.test_request_context():
        dutch = labels_for("nl")
        assert set(dutch) == set(LABEL_KEYS)
        assert all(other is None for _, other in dutch.values())
        assert dutch["attendance_title"][0] == "Bewijs van deelname"
        english = labels_for("en")
        assert english["attendance_title"] == ("Bewijs van deelname", "Proof of participation")


# Staff issue one by one -----------------------------------------------------------------------


def test_staff_issue_a_certificate_stored_byte_for_byte(
    client: FlaskClient, db: Session, staff: User, activity: Activity, holder: User, tmp_path: Path
) -> None:
    login(client, staff.email)
    page = client.get(f"/organisation/activities/{activity.id}/certificates?lang=en")
    assert HOLDER_NAME in page.get_data(as_text=True)
    assert issue_on_page(client, activity, holder).status_code == 302

    [certificate] = the_certificates(db, holder)
    assert certificate.kind == CertificateKind.ATTENDANCE
    assert certificate.minutes == 90
    assert certificate.pdf_sha256 == hashlib.sha256(certificate.pdf).hexdigest()
    text = pdf_text(certificate.pdf, tmp_path)
    assert HOLDER_NAME in text
    assert "Wandelen" in text
    assert "-".join(certificate.code[i : i + 4] for i in (0, 4, 8)) in text

    download = client.get(f"/certificates/{certificate.code}.pdf")
    assert download.status_code == 200
    assert download.mimetype == "application/pdf"
    assert download.data == certificate.pdf
    assert f"certificate-{certificate.code}.pdf" in download.headers["Content-Disposition"]

    page = client.get(f"/organisation/activities/{activity.id}/certificates").get_data(as_text=True)
    assert f"/certificates/{certificate.code}.pdf" in page


def test_issuing_again_revokes_the_earlier_certificate(
    client: FlaskClient, db: Session, staff: User, activity: Activity, holder: User
) -> None:
    login(client, staff.email)
    issue_on_page(client, activity, holder)
    issue_on_page(client, activity, holder)
    first, second = the_certificates(db, holder)
    assert first.revoked_at is not None
    assert second.revoked_at is None
    assert second.replaces_id == first.id


def test_nothing_attended_is_refused(
    client: FlaskClient,
    db: Session,
    staff: User,
    activity: Activity,
    make_user: Callable[..., User],
) -> None:
    person = make_user(Role.INTEGRATOR)
    login(client, staff.email)
    answer = issue_on_page(client, activity, person)
    assert answer.status_code == 302
    follow = client.get(answer.headers["Location"] + "?lang=en").get_data(as_text=True)
    assert "nog geen uren voor deze activiteit" in follow  # flashed in the staff member's Dutch
    assert not the_certificates(db, person)


def test_other_organisations_staff_get_404(
    client: FlaskClient,
    db: Session,
    activity: Activity,
    holder: User,
    make_user: Callable[..., User],
) -> None:
    other = Organisation(name="Ander", municipality="Gent", status=OrganisationStatus.APPROVED)
    db.add(other)
    db.commit()
    stranger = make_user(Role.ORGANISATION_STAFF, organisation=other)
    login(client, stranger.email)
    assert client.get(f"/organisation/activities/{activity.id}/certificates").status_code == 404


def test_revoking_needs_a_reason(
    client: FlaskClient, db: Session, staff: User, activity: Activity, holder: User
) -> None:
    login(client, staff.email)
    issue_on_page(client, activity, holder)
    [certificate] = the_certificates(db, holder)
    page = f"/certificates/{certificate.code}/revoke"
    token = csrf_token(client, page)
    assert client.post(page, data={"csrf_token": token, "reason": " "}).status_code == 422
    answer = client.post(page, data={"csrf_token": token, "reason": "Wrong person"})
    assert answer.status_code == 302
    [certificate] = the_certificates(db, holder)
    assert certificate.revoked_reason == "Wrong person"
    # a revoked certificate still downloads, the same bytes
    assert client.get(f"/certificates/{certificate.code}.pdf").data == certificate.pdf


# Completion -----------------------------------------------------------------------------------


def test_completion_is_refused_before_the_target_and_made_after(
    client: FlaskClient,
    db: Session,
    counsellor: User,
    admin: User,
    holder: User,
    tmp_path: Path,
) -> None:
    token = create_token(db, counsellor)
    db.commit()
    body = {"kind": "completion", "integrator_id": holder.id}
    refused = client.post("/api/v1/certificates", json=body, headers=bearer(token))
    assert refused.status_code == 409
    assert refused.get_json()["error"]["code"] == "target_not_reached"

    login(client, counsellor.email)
    page = f"/counsellor/integrators/{holder.id}"
    assert "certificates/completion" not in client.get(page).get_data(as_text=True)
    form = csrf_token(client, page)
    answer = client.post(f"{page}/certificates/completion", data={"csrf_token": form})
    assert answer.status_code == 302
    assert not the_certificates(db, holder)

    change_target(db, trajectory_of(db, holder.id), 60, "Exemption for health", admin)
    db.commit()
    assert trajectory_of(db, holder.id).status == TrajectoryStatus.COMPLETED
    made = client.post("/api/v1/certificates", json=body, headers=bearer(token))
    assert made.status_code == 201
    answer = made.get_json()
    assert answer["kind"] == "completion"
    assert answer["url"] == f"http://127.0.0.1:5000/certificates/{answer['code']}.pdf"
    [certificate] = the_certificates(db, holder)
    assert HOLDER_NAME in pdf_text(certificate.pdf, tmp_path)

    text = client.get(page + "?lang=en").get_data(as_text=True)
    assert "Issue the completion certificate" in text
    assert f"/certificates/{certificate.code}.pdf" in text
    client.post(f"{page}/certificates/completion", data={"csrf_token": form})
    first, second = the_certificates(db, holder)
    assert first.revoked_at is not None
    assert second.kind == CertificateKind.COMPLETION


# Who downloads --------------------------------------------------------------------------------


def test_only_the_holder_their_counsellor_the_organisation_and_admins_download(
    app: Flask,
    client: FlaskClient,
    db: Session,
    staff: User,
    counsellor: User,
    admin: User,
    activity: Activity,
    holder: User,
    make_user: Callable[..., User],
) -> None:
    login(client, staff.email)
    issue_on_page(client, activity, holder)
    client.get("/logout")
    [certificate] = the_certificates(db, holder)
    url = f"/certificates/{certificate.code}.pdf"

    other = Organisation(name="Ander", municipality="Gent", status=OrganisationStatus.APPROVED)
    db.add(other)
    db.commit()
    outsiders = [
        make_user(Role.INTEGRATOR),
        make_user(Role.COUNSELLOR),
        make_user(Role.ORGANISATION_STAFF, organisation=other),
    ]
    for person, expected in [
        (holder, 200),
        (counsellor, 200),
        (staff, 200),
        (admin, 200),
        *((outsider, 404) for outsider in outsiders),
    ]:
        fresh = app.test_client()
        login(fresh, person.email)
        answer = fresh.get(url)
        assert answer.status_code == expected, person.name
        if expected == 200:
            assert answer.data == certificate.pdf

    anonymous = app.test_client()
    assert "/login" in anonymous.get(url).headers["Location"]
    assert anonymous.get(url, headers=bearer("pp_not-a-token")).status_code == 401
    reread(db)  # the requests wrote since this session's snapshot
    token = create_token(db, holder)
    db.commit()
    assert anonymous.get(url, headers=bearer(token)).data == certificate.pdf
    reread(db)
    stranger_token = create_token(db, outsiders[0])
    db.commit()
    assert anonymous.get(url, headers=bearer(stranger_token)).status_code == 404
    assert anonymous.get("/certificates/ABCDEFGHJKMN.pdf", headers=bearer(token)).status_code == 404
    assert anonymous.get("/certificates/<x>.pdf", headers=bearer(token)).status_code == 404


def test_after_erasure_the_pdf_is_gone_but_the_code_stays(
    client: FlaskClient, db: Session, staff: User, admin: User, activity: Activity, holder: User
) -> None:
    login(client, staff.email)
    issue_on_page(client, activity, holder)
    [certificate] = the_certificates(db, holder)
    digest = certificate.pdf_sha256
    erase(db, db.get(User, holder.id), admin)
    db.commit()
    [certificate] = the_certificates(db, holder)
    assert certificate.pdf == b""
    assert certificate.pdf_sha256 == digest
    answer = client.get(f"/certificates/{certificate.code}.pdf?lang=en")
    assert answer.status_code == 410
    assert "erased" in answer.get_data(as_text=True)


# In bulk --------------------------------------------------------------------------------------


def _bulk(
    app: Flask, client: FlaskClient, db: Session, staff: User, activity: Activity, people: list
) -> tuple[str, bytes]:
    login(client, staff.email)
    page = f"/organisation/activities/{activity.id}/certificates"
    answer = client.post(f"{page}/all", data={"csrf_token": csrf_token(client, page)})
    assert answer.status_code == 302
    job_page = answer.headers["Location"]
    assert "/organisation/certificates/jobs/" in job_page
    deadline = time.monotonic() + 60
    while True:
        text = client.get(job_page + "?lang=en").get_data(as_text=True)
        if "Download the zip" in text or time.monotonic() > deadline:
            break
        assert 'http-equiv="refresh"' in text
        assert "<progress" in text
        time.sleep(0.2)
    assert f"{len(people)} of {len(people)} made" in text
    assert 'http-equiv="refresh"' not in text
    archive = client.get(job_page + "/certificates.zip")
    assert archive.status_code == 200
    return job_page, archive.data


def test_bulk_makes_a_zip_with_one_pdf_per_attendee(
    app: Flask,
    client: FlaskClient,
    db: Session,
    staff: User,
    activity: Activity,
    holder: User,
    make_user: Callable[..., User],
) -> None:
    app.config["CERTIFICATE_JOBS_INLINE"] = True
    others = [make_user(Role.INTEGRATOR, name=name) for name in ("سارة الحسن", "ሳምራዊት ተስፋይ")]
    attend(db, activity, others, staff, minutes=60)
    people = [holder, *others]
    job_page, data = _bulk(app, client, db, staff, activity, people)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        pdfs = [archive.read(name) for name in names]
    assert len(names) == 3
    reread(db)
    stored = {c.pdf for c in db.scalars(select(Certificate))}
    assert set(pdfs) == stored
    assert any("سارة الحسن" in name for name in names)

    # another organisation's staff cannot follow the job
    other = Organisation(name="Ander", municipality="Gent", status=OrganisationStatus.APPROVED)
    db.add(other)
    db.commit()
    stranger = app.test_client()
    login(stranger, make_user(Role.ORGANISATION_STAFF, organisation=other).email)
    assert stranger.get(job_page).status_code == 404
    assert stranger.get(job_page + "/certificates.zip").status_code == 404


def test_bulk_runs_in_a_thread(
    app: Flask, client: FlaskClient, db: Session, staff: User, activity: Activity, holder: User
) -> None:
    _job_page, data = _bulk(app, client, db, staff, activity, [holder])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert len(archive.namelist()) == 1


def test_a_large_class_is_drawn_by_worker_processes_in_order(
    app: Flask,
    client: FlaskClient,
    db: Session,
    staff: User,
    activity: Activity,
    holder: User,
    make_user: Callable[..., User],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """From `POOL_FROM` attendees on, two processes draw; each zip entry is still the PDF
    stored (and hashed) for the person its name says."""
    pools: list[int] = []

    class CountedPool(jobs.ProcessPoolExecutor):
        def __init__(self, workers: int, **options: object) -> None:
            pools.append(workers)
            super().__init__(workers, **options)

    monkeypatch.setattr(jobs, "ProcessPoolExecutor", CountedPool)
    app.config.update(CERTIFICATE_JOBS_INLINE=True, CERTIFICATE_WORKERS=2)
    others = [make_user(Role.INTEGRATOR, name=f"Deelnemer {n:02}") for n in range(jobs.POOL_FROM)]
    attend(db, activity, others, staff, minutes=60)
    _job_page, data = _bulk(app, client, db, staff, activity, [holder, *others])
    assert pools == [2]
    reread(db)
    stored = {c.code: c for c in db.scalars(select(Certificate))}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    assert len(entries) == len(stored) == jobs.POOL_FROM + 1
    for name, pdf in entries.items():
        certificate = next(c for code, c in stored.items() if code in name)
        assert pdf == certificate.pdf
        assert hashlib.sha256(pdf).hexdigest() == certificate.pdf_sha256
        holder_name = db.get(User, certificate.holder_id).name
        assert holder_name in name
        assert holder_name in pdf_text(pdf, tmp_path)


def test_job_ids_that_we_never_handed_out_are_refused(app: Flask) -> None:
    assert jobs.job_paths(app.config["UPLOAD_DIR"], "../../etc/passwd") is None
    assert jobs.read_job(app.config["UPLOAD_DIR"], "a" * 30) is None


# The API --------------------------------------------------------------------------------------


def test_staff_issue_attendance_through_the_api(
    client: FlaskClient,
    db: Session,
    staff: User,
    activity: Activity,
    holder: User,
    organisation: Organisation,
    make_user: Callable[..., User],
) -> None:
    token = create_token(db, staff)
    db.commit()
    body = {"kind": "attendance", "integrator_id": holder.id, "activity_id": activity.id}
    made = client.post("/api/v1/certificates", json=body, headers=bearer(token))
    assert made.status_code == 201
    assert made.get_json()["kind"] == "attendance"
    download = client.get(made.get_json()["url"], headers=bearer(token))
    assert download.data == the_certificates(db, holder)[0].pdf

    nobody = make_user(Role.INTEGRATOR)
    refused = client.post(
        "/api/v1/certificates", json=body | {"integrator_id": nobody.id}, headers=bearer(token)
    )
    assert refused.status_code == 409
    assert refused.get_json()["error"]["code"] == "nothing_attended"

    other = Organisation(name="Ander", municipality="Gent", status=OrganisationStatus.APPROVED)
    db.add(other)
    db.commit()
    theirs = make_activity(db, other, "Koken")
    forbidden = client.post(
        "/api/v1/certificates", json=body | {"activity_id": theirs.id}, headers=bearer(token)
    )
    assert forbidden.status_code == 403
    missing = client.post(
        "/api/v1/certificates", json=body | {"activity_id": 99999}, headers=bearer(token)
    )
    assert missing.status_code == 404
    completion = client.post(
        "/api/v1/certificates",
        json={"kind": "completion", "integrator_id": holder.id},
        headers=bearer(token),
    )
    assert completion.status_code == 403


def test_a_counsellor_issues_only_for_their_caseload(
    client: FlaskClient, db: Session, holder: User, make_user: Callable[..., User]
) -> None:
    token = create_token(db, make_user(Role.COUNSELLOR))
    db.commit()
    answer = client.post(
        "/api/v1/certificates",
        json={"kind": "completion", "integrator_id": holder.id},
        headers=bearer(token),
    )
    assert answer.status_code == 403


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        (b"{not json", 400, None),
        (b"[1, 2]", 400, None),
        (b"", 400, None),
        (b'{"kind": "diploma", "integrator_id": 1}', 422, "kind"),
        (b'{"integrator_id": 1}', 422, "kind"),
        (b'{"kind": "attendance", "integrator_id": 1}', 422, "activity_id"),
        (b'{"kind": "attendance", "integrator_id": "1", "activity_id": 1}', 422, "integrator_id"),
        (b'{"kind": "attendance", "integrator_id": 1, "activity_id": 1.5}', 422, "activity_id"),
        (b'{"kind": "attendance", "integrator_id": true, "activity_id": 1}', 422, "integrator_id"),
        (b'{"kind": "attendance", "integrator_id": -3, "activity_id": 1}', 422, "integrator_id"),
        (b'{"kind": "completion", "integrator_id": 1, "activity_id": 1}', 422, "activity_id"),
        (b'{"kind": "completion", "integrator_id": 1, "colour": "red"}', 422, "colour"),
        (b'{"kind": ["attendance"], "integrator_id": 1}', 422, "kind"),
    ],
)
def test_bad_bodies_are_a_clear_4xx(
    client: FlaskClient, db: Session, staff: User, body: bytes, status: int, field: str | None
) -> None:
    token = create_token(db, staff)
    db.commit()
    answer = client.post(
        "/api/v1/certificates",
        data=body,
        headers=bearer(token) | {"Content-Type": "application/json"},
    )
    assert answer.status_code == status
    error = answer.get_json()["error"]
    if field:
        assert field in error["fields"]


def test_the_api_needs_a_token(client: FlaskClient) -> None:
    answer = client.post("/api/v1/certificates", json={"kind": "completion", "integrator_id": 1})
    assert answer.status_code == 401


def test_the_activities_list_links_to_the_certificates(
    client: FlaskClient, staff: User, activity: Activity
) -> None:
    login(client, staff.email)
    text = client.get("/organisation/activities").get_data(as_text=True)
    assert f"/organisation/activities/{activity.id}/certificates" in text

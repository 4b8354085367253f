"""The audit log for admins, and erasing an integrator's personal data."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import ApiToken, AuditEvent, Booking, HoursEntry, User, proofs, utcnow
from models.hours import confirmed_minutes
from models.ledger import ExternalProof, record_external_proof
from models.tokens import create_token
from models.users import find_user_by_email

from .helpers import bearer, csrf_token, login, reread


def test_sign_ins_and_failures_are_in_the_audit_log(
    client: FlaskClient, integrator: User, admin: User
) -> None:
    login(client, integrator.email, "wrong-password")
    login(client, integrator.email)
    login(client, admin.email)
    page = client.get("/admin/audit?lang=en").get_data(as_text=True)
    assert "login.failure" in page
    assert "login.success" in page
    filtered = client.get("/admin/audit?action=login.failure").get_data(as_text=True)
    assert "login.failure" in filtered
    assert "login.success" not in filtered
    by_actor = client.get(f"/admin/audit?actor={integrator.email}").get_data(as_text=True)
    assert "login.success" in by_actor


@pytest.mark.parametrize(
    "query", ["date_from=yesterday", "date_to=2026-13-45", "action=" + "x" * 100]
)
def test_bad_audit_filters_are_a_400(client: FlaskClient, admin: User, query: str) -> None:
    login(client, admin.email)
    assert client.get(f"/admin/audit?{query}").status_code == 400


def test_the_audit_log_pages_back(client: FlaskClient, db: Session, admin: User) -> None:
    from models import audit

    for number in range(120):
        audit.record(db, "test.event", actor_id=admin.id, number=number)
    db.commit()
    login(client, admin.email)
    first = client.get("/admin/audit?action=test.").get_data(as_text=True)
    assert first.count("test.event") == 100
    older = first.split('rel="next"')[0] if 'rel="next"' in first else first
    assert "before=" in older


@pytest.mark.parametrize("role", ["integrator", "counsellor", "staff"])
def test_only_admins_read_the_audit_log(client: FlaskClient, request, role: str) -> None:
    person = request.getfixturevalue(role)
    login(client, person.email)
    assert client.get("/admin/audit").status_code == 403


def test_an_admin_erases_an_integrator_and_hours_stay(
    demo_client: FlaskClient, demo_db: Session
) -> None:
    person = find_user_by_email(demo_db, "integrator01@demo.test")
    token = create_token(demo_db, person)
    demo_db.commit()
    minutes_before = demo_db.scalar(
        select(func.sum(HoursEntry.minutes)).where(HoursEntry.integrator_id == person.id)
    )
    bookings_before = demo_db.scalar(
        select(func.count()).select_from(Booking).where(Booking.integrator_id == person.id)
    )
    login(demo_client, "admin@demo.test")
    path = f"/admin/people/{person.id}/erase"
    refused = demo_client.post(
        path + "?lang=en", data={"csrf_token": csrf_token(demo_client, path)}
    )
    assert refused.status_code == 422  # the box must be ticked
    response = demo_client.post(
        path, data={"csrf_token": csrf_token(demo_client, path), "confirm": "y"}
    )
    assert response.status_code == 302
    reread(demo_db)
    erased = demo_db.get(User, person.id)
    assert erased.name == "—"
    assert (erased.email, erased.phone, erased.password_hash) == (None, None, None)
    assert erased.integrator.dossier_number is None
    assert not erased.is_active
    assert (
        demo_db.scalar(
            select(func.sum(HoursEntry.minutes)).where(HoursEntry.integrator_id == person.id)
        )
        == minutes_before
    )
    assert (
        demo_db.scalar(
            select(func.count()).select_from(Booking).where(Booking.integrator_id == person.id)
        )
        == bookings_before
    )
    assert all(
        t.revoked_at for t in demo_db.scalars(select(ApiToken).where(ApiToken.user_id == person.id))
    )
    assert demo_client.get("/api/v1/me", headers=bearer(token)).status_code == 401
    assert demo_db.scalar(select(AuditEvent).where(AuditEvent.action == "person.erased"))
    assert login(demo_client, "integrator01@demo.test").status_code == 401


def test_only_admins_erase_and_only_integrators(
    client: FlaskClient, integrator: User, counsellor: User, admin: User
) -> None:
    login(client, counsellor.email)
    assert client.get(f"/admin/people/{integrator.id}/erase").status_code == 403
    login(client, admin.email)
    assert client.get(f"/admin/people/{counsellor.id}/erase").status_code == 404
    assert client.get("/admin/people/999999/erase").status_code == 404


def test_erasure_removes_the_proof_scans_and_keeps_the_hours(
    app: Flask, client: FlaskClient, db: Session, admin: User, counsellor: User, integrator: User
) -> None:
    upload_dir = app.config["UPLOAD_DIR"]
    name = proofs.store(upload_dir, b"%PDF-1.4\nname and address\n%%EOF\n")
    today = utcnow().date()
    proof = ExternalProof(120, "Taalcafé", "Bibliotheek", today, name)
    record_external_proof(db, integrator, proof, counsellor, today=today)
    db.commit()
    login(client, admin.email)
    path = f"/admin/people/{integrator.id}/erase"
    client.post(path, data={"csrf_token": csrf_token(client, path), "confirm": "y"})
    assert proofs.stored_path(upload_dir, name) is None
    reread(db)
    assert confirmed_minutes(db, integrator.id) == 120

"""Certificate records: codes people can type, one valid certificate at a time, exact hashes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Activity, Booking, Certificate, Organisation, User, utcnow
from models.attendance import AttendanceRecord, register_attendance
from models.certificates import (
    CODE_LENGTH,
    CertificateRefused,
    activity_minutes,
    attended_sessions,
    clean_code,
    find_by_code,
    find_by_pdf,
    grouped,
    initials,
    issue,
    new_code,
    revoke,
    valid_certificate,
)
from models.hours import confirmed_minutes
from models.ledger import ExternalProof, record_correction, record_external_proof
from models.links import CODE_ALPHABET
from models.reference import BookingStatus, CertificateKind, Role

from .factories import make_activity, make_booking, make_session


def test_codes_are_long_random_and_free_of_look_alikes() -> None:
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert not set("01OIL") & set("".join(codes))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("abcd-efgh-jkmn", "ABCDEFGHJKMN"),
        (" ABCD EFGH JKMN ", "ABCDEFGHJKMN"),
        ("ABCD-EFGH-JKM0", None),  # a zero is never in a code
        ("ABCD", None),
        ("<script>", None),
        ("ሀሁሂሃሄህሆሇለሉሊላ", None),
        ("", None),
    ],
)
def test_typed_codes_are_cleaned_or_refused(typed: str, expected: str | None) -> None:
    assert clean_code(typed) == expected


def test_grouping_and_initials() -> None:
    assert grouped("ABCDEFGHJKMN") == "ABCD-EFGH-JKMN"
    assert initials("Sara El Hassan") == "S. E. H."
    assert initials("سارة الحسن") == "س. ا."
    assert initials("ሳምራዊት ተስፋይ") == "ሳ. ተ."
    assert initials(None) == ""


@pytest.fixture
def attended(
    db: Session, organisation: Organisation, staff: User, make_user: Callable[..., User]
) -> tuple[User, Activity]:
    person = make_user(Role.INTEGRATOR)
    activity = make_activity(db, organisation)
    for days, minutes in ((20, 90), (13, 120), (6, 120)):
        session = make_session(db, activity, starts_in=timedelta(days=-days), capacity=5)
        booking = make_booking(db, session, person)
        present = days != 13
        register_attendance(db, session.id, [AttendanceRecord(booking.id, present, minutes)], staff)
        db.commit()
    return person, activity


def test_attended_sessions_and_activity_lines_add_up_to_the_total(
    db: Session, attended: tuple[User, Activity], counsellor: User
) -> None:
    person, activity = attended
    assert [s.minutes for s in attended_sessions(db, person.id, activity.id)] == [90, 120]
    today = utcnow().date()
    proof = ExternalProof(180, "Taalcafé", "Bibliotheek", today - timedelta(days=2), "a.pdf")
    record_external_proof(db, person, proof, counsellor, today=today)
    db.commit()
    record_correction(db, person, 30, "late paper", counsellor, today=today)
    db.commit()
    lines = activity_minutes(db, person.id)
    assert [(line.title, line.minutes) for line in lines] == [
        ("Wandelen", 210),
        ("Taalcafé", 180),
        ("", 30),
    ]
    assert sum(line.minutes for line in lines) == confirmed_minutes(db, person.id)
    assert db.scalar(select(Booking.status).where(Booking.attended_minutes == 0)) == (
        BookingStatus.NO_SHOW
    )


def _certificate(person: User, activity: Activity, staff: User) -> Certificate:
    return Certificate(
        code=new_code(),
        kind=CertificateKind.ATTENDANCE,
        holder_id=person.id,
        activity_id=activity.id,
        organisation_id=activity.organisation_id,
        issuer_name=activity.organisation.name,
        minutes=210,
        locale="ar",
        issued_at=utcnow(),
    )


def test_a_reissue_revokes_the_earlier_certificate_and_hashes_find_exact_bytes(
    db: Session, attended: tuple[User, Activity], staff: User
) -> None:
    person, activity = attended
    first = issue(db, _certificate(person, activity, staff), b"%PDF-first", staff)
    db.commit()
    second = issue(db, _certificate(person, activity, staff), b"%PDF-second", staff)
    db.commit()
    assert first.revoked_at is not None
    assert first.revoked_reason == "replaced"
    assert second.replaces_id == first.id
    assert valid_certificate(db, CertificateKind.ATTENDANCE, person.id, activity.id) == second
    assert find_by_pdf(db, b"%PDF-second") == second
    assert find_by_pdf(db, b"%PDF-secone") is None
    assert find_by_code(db, grouped(second.code).lower()) == second
    assert find_by_code(db, "../etc/passwd") is None
    with pytest.raises(CertificateRefused):
        revoke(db, second, " ", staff)
    revoke(db, second, "wrong person", staff)
    db.commit()
    assert second.is_valid is False
    assert valid_certificate(db, CertificateKind.ATTENDANCE, person.id, activity.id) is None

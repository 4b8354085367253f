"""The public check of a certificate: by code (page and API) and by the exact PDF file.

Certificate rows are made with `models.certificates.issue` and small fake PDF bytes: what
is checked here is the record, not the drawing.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from models import Activity, Organisation, User
from models.certificates import Certificate, grouped, issue, new_code, revoke
from models.personal_data import erase
from models.reference import CertificateKind, Role
from webapp.verify.public import VERIFY_LIMIT

from .factories import make_activity
from .helpers import csrf_token, login, reread

HOLDER_NAME = "Sara El Hassan"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
ODD_CODES = [
    "<script>alert(1)</script>",
    "سلام-عليكم-بكم",
    "A" * 500,
    "ABCD-EFGH-JKM0",  # 0 is a look-alike, never in a code
    "%00",
]


@pytest.fixture
def holder(make_user: Callable[..., User], counsellor: User) -> User:
    return make_user(Role.INTEGRATOR, name=HOLDER_NAME, counsellor=counsellor, locale="en")


@pytest.fixture
def activity(db: Session, organisation: Organisation) -> Activity:
    return make_activity(db, organisation, "Samen lopen")


@pytest.fixture
def make_certificate(
    db: Session, holder: User, staff: User, organisation: Organisation, activity: Activity
) -> Callable[..., Certificate]:
    def make(
        pdf: bytes = PDF, *, kind: CertificateKind = CertificateKind.ATTENDANCE
    ) -> Certificate:
        certificate = Certificate(
            code=new_code(),
            kind=kind,
            holder_id=holder.id,
            activity_id=activity.id if kind == CertificateKind.ATTENDANCE else None,
            organisation_id=organisation.id if kind == CertificateKind.ATTENDANCE else None,
            issuer_name=organisation.name if kind == CertificateKind.ATTENDANCE else "Agentschap",
            minutes=150,
            locale="en",
        )
        issue(db, certificate, pdf, staff)
        db.commit()
        return certificate

    return make


@pytest.fixture
def certificate(make_certificate: Callable[..., Certificate]) -> Certificate:
    return make_certificate()


def _page(client: FlaskClient, path: str) -> tuple[int, str]:
    response = client.get(path + ("&" if "?" in path else "?") + "lang=en")
    return response.status_code, response.get_data(as_text=True)


def _upload(client: FlaskClient, content: bytes | None, name: str = "certificate.pdf"):
    token = csrf_token(client, "/verify?lang=en")
    data: dict = {"csrf_token": token}
    if content is not None:
        data["pdf"] = (io.BytesIO(content), name)
    return client.post(
        "/verify?lang=en", data=data, content_type="multipart/form-data", follow_redirects=False
    )


# The page by code ---------------------------------------------------------------------------


def test_a_valid_certificate_shows_its_facts_and_only_the_initials(
    client: FlaskClient, certificate: Certificate, organisation: Organisation
) -> None:
    status, html = _page(client, f"/verify/{certificate.code}")
    assert status == 200
    assert "This certificate is valid." in html
    assert "Proof of participation" in html
    assert organisation.name in html
    assert "2 h 30 min" in html
    assert "S. E. H." in html
    assert grouped(certificate.code) in html
    assert HOLDER_NAME not in html
    assert "Hassan" not in html


def test_the_page_speaks_the_readers_language(
    client: FlaskClient, certificate: Certificate
) -> None:
    html = client.get(f"/verify/{certificate.code}?lang=nl").get_data(as_text=True)
    assert 'lang="nl"' in html
    assert "Bewijs van deelname" in html


def test_a_code_typed_in_lower_case_with_dashes_and_spaces_works(
    client: FlaskClient, certificate: Certificate
) -> None:
    typed = grouped(certificate.code).lower().replace("-", " - ")
    status, html = _page(client, f"/verify/{typed}")
    assert status == 200
    assert "S. E. H." in html


def test_a_revoked_certificate_says_so_with_the_date_but_not_the_reason(
    client: FlaskClient, db: Session, certificate: Certificate, staff: User
) -> None:
    revoke(db, certificate, "Secret reason: typo in the minutes", staff)
    db.commit()
    status, html = _page(client, f"/verify/{certificate.code}")
    assert status == 200
    assert "REVOKED" in html
    assert "Revoked on" in html
    assert "This certificate is valid." not in html
    assert "Secret reason" not in html


def test_a_completion_certificate_names_its_kind(
    client: FlaskClient, make_certificate: Callable[..., Certificate]
) -> None:
    completion = make_certificate(b"%PDF-1.7 completion", kind=CertificateKind.COMPLETION)
    status, html = _page(client, f"/verify/{completion.code}")
    assert status == 200
    assert "Trajectory completed" in html
    assert "Agentschap" in html


def test_an_erased_holder_shows_no_initials(
    client: FlaskClient, db: Session, certificate: Certificate, holder: User, admin: User
) -> None:
    erase(db, holder, admin)
    db.commit()
    status, html = _page(client, f"/verify/{certificate.code}")
    assert status == 200
    assert "S. E. H." not in html
    assert "—" in html
    answer = client.get(f"/api/v1/certificates/{certificate.code}/verification").json
    assert answer["holder_initials"] is None
    assert answer["valid"] is True


def test_an_unknown_code_is_a_clear_404_with_a_form(client: FlaskClient) -> None:
    status, html = _page(client, "/verify/ABCD-EFGH-JKMN")
    assert status == 404
    assert "We do not know this code." in html
    assert 'name="code"' in html
    assert 'value="ABCD-EFGH-JKMN"' in html  # kept, to correct it


@pytest.mark.parametrize("typed", ODD_CODES)
def test_odd_codes_are_a_404_and_never_echoed_unescaped(client: FlaskClient, typed: str) -> None:
    response = client.get("/verify/" + typed.replace("%", "%25") + "?lang=en")
    html = response.get_data(as_text=True)
    assert response.status_code == 404
    assert "We do not know this code." in html
    assert "<script>alert" not in html
    response = client.get("/verify", query_string={"code": typed, "lang": "en"})
    assert response.status_code in {404, 422}
    assert "<script>alert" not in response.get_data(as_text=True)


def test_the_code_form_leads_to_the_certificate(
    client: FlaskClient, certificate: Certificate
) -> None:
    typed = grouped(certificate.code).lower()
    response = client.get("/verify", query_string={"code": f"  {typed} "})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/verify/{grouped(certificate.code)}")


def test_an_empty_code_asks_for_one(client: FlaskClient) -> None:
    status, html = _page(client, "/verify?code=")
    assert status == 422
    assert "Please type the code." in html


def test_the_check_page_works_without_signing_in(client: FlaskClient) -> None:
    status, html = _page(client, "/verify")
    assert status == 200
    assert "Check a certificate" in html
    assert 'name="csrf_token"' in html
    assert 'enctype="multipart/form-data"' in html


# The API ------------------------------------------------------------------------------------


def test_the_api_gives_the_facts_and_only_the_initials(
    client: FlaskClient, certificate: Certificate, organisation: Organisation
) -> None:
    response = client.get(f"/api/v1/certificates/{certificate.code.lower()}/verification")
    assert response.status_code == 200
    answer = response.json
    assert {"valid", "kind", "issued_at", "issuer", "minutes", "holder_initials"} <= set(answer)
    assert answer["valid"] is True
    assert answer["kind"] == "attendance"
    assert answer["issuer"] == organisation.name
    assert answer["minutes"] == 150
    assert answer["holder_initials"] == "S. E. H."
    assert answer["revoked_at"] is None
    assert "T" in answer["issued_at"]
    assert HOLDER_NAME not in response.get_data(as_text=True)


def test_the_api_says_a_revoked_certificate_is_not_valid(
    client: FlaskClient, db: Session, certificate: Certificate, staff: User
) -> None:
    revoke(db, certificate, "wrong", staff)
    db.commit()
    answer = client.get(f"/api/v1/certificates/{certificate.code}/verification").json
    assert answer["valid"] is False
    assert answer["revoked_at"]
    assert "wrong" not in str(answer)


@pytest.mark.parametrize("typed", ["ABCDEFGHJKMN", *ODD_CODES])
def test_the_api_answers_404_in_the_error_shape_for_unknown_codes(
    client: FlaskClient, typed: str
) -> None:
    response = client.get("/api/v1/certificates/" + typed.replace("%", "%25") + "/verification")
    assert response.status_code == 404
    assert response.json["error"]["code"] == "not_found"
    assert "<script>" not in response.get_data(as_text=True)


def test_the_openapi_document_describes_the_verification(client: FlaskClient) -> None:
    paths = client.get("/api/v1/openapi.json").json["paths"]
    answer = paths["/certificates/{code}/verification"]["get"]
    assert "security" not in answer
    assert set(answer["responses"]) >= {"200", "404", "429"}


# The file check -----------------------------------------------------------------------------


def test_the_exact_file_is_recognised(
    client: FlaskClient, certificate: Certificate, organisation: Organisation
) -> None:
    response = _upload(client, PDF)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "This is a certificate we issued." in html
    assert "This certificate is valid." in html
    assert organisation.name in html
    assert "S. E. H." in html
    assert HOLDER_NAME not in html


def test_a_file_of_a_revoked_certificate_is_recognised_as_revoked(
    client: FlaskClient, db: Session, certificate: Certificate, staff: User
) -> None:
    revoke(db, certificate, "wrong", staff)
    db.commit()
    html = _upload(client, PDF).get_data(as_text=True)
    assert "This is a certificate we issued." in html
    assert "REVOKED" in html


def test_one_changed_byte_does_not_match(client: FlaskClient, certificate: Certificate) -> None:
    changed = PDF.replace(b"Catalog", b"Catalof")
    response = _upload(client, changed)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "We did not issue this file, or it was changed." in html
    assert "This is a certificate we issued." not in html


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"GIF89a not a pdf", "This file is not a PDF."),
        (b"<script>alert(1)</script>", "This file is not a PDF."),
        (None, "Please choose a file."),
    ],
)
def test_bad_files_get_a_message_and_422(
    client: FlaskClient, content: bytes | None, message: str
) -> None:
    response = _upload(client, content)
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert message in html
    assert "<script>alert" not in html


def test_a_6_mb_file_gets_a_message_not_a_bare_413(client: FlaskClient) -> None:
    big = b"%PDF-1.7\n" + b"0" * (6 * 1024 * 1024) + b"\n%%EOF\n"
    response = _upload(client, big)
    assert response.status_code == 422
    assert "The file is larger than 5 MB." in response.get_data(as_text=True)


def test_a_huge_body_gets_a_friendly_413_page(client: FlaskClient) -> None:
    huge = b"%PDF-1.7\n" + b"0" * (9 * 1024 * 1024)
    response = _upload(client, huge)
    html = response.get_data(as_text=True)
    assert response.status_code == 413
    assert "The file is larger than 5 MB." in html
    assert "Check a certificate" in html


def test_the_file_check_needs_the_csrf_token(client: FlaskClient, certificate: Certificate) -> None:
    response = client.post(
        "/verify", data={"pdf": (io.BytesIO(PDF), "c.pdf")}, content_type="multipart/form-data"
    )
    assert response.status_code == 400


# Rate limit ---------------------------------------------------------------------------------


def test_the_default_limit_is_modest() -> None:
    count, _, unit = VERIFY_LIMIT.split()
    assert int(count) <= 120
    assert unit == "minute"


def test_many_checks_from_one_address_are_answered_with_429(
    app: Flask, client: FlaskClient
) -> None:
    app.config["VERIFY_RATE_LIMIT"] = "5 per minute"
    statuses = [client.get(f"/verify/ABCD-EFGH-JK{n}M").status_code for n in range(3)]
    statuses += [
        client.get(f"/api/v1/certificates/ABCDEFGHJK{n}M/verification").status_code
        for n in range(3)
    ]
    assert statuses[:5] == [404] * 5
    assert statuses[5] == 429  # the page and the API share one budget
    assert client.get("/verify?lang=en").status_code == 429
    api = client.get("/api/v1/certificates/ABCDEFGHJKMN/verification")
    assert api.status_code == 429
    assert "error" in api.json


# The integrator's home ----------------------------------------------------------------------


def test_the_integrators_home_lists_their_certificates(
    client: FlaskClient,
    db: Session,
    holder: User,
    staff: User,
    make_certificate: Callable[..., Certificate],
) -> None:
    first = make_certificate(b"%PDF-1.7 first")
    second = make_certificate(b"%PDF-1.7 second")  # replaces the first one
    completion = make_certificate(b"%PDF-1.7 done", kind=CertificateKind.COMPLETION)
    reread(db)
    login(client, holder.email)
    html = client.get("/?lang=en").get_data(as_text=True)
    assert "My certificates" in html
    assert "Samen lopen" in html
    assert "Trajectory completed" in html
    assert f"/certificates/{second.code}.pdf" in html
    assert f"/certificates/{completion.code}.pdf" in html
    assert "Withdrawn" in html
    assert f"/certificates/{first.code}.pdf" not in html


def test_an_integrator_without_certificates_is_told_so(client: FlaskClient, holder: User) -> None:
    login(client, holder.email)
    html = client.get("/?lang=en").get_data(as_text=True)
    assert "My certificates" in html
    assert "No certificates yet." in html

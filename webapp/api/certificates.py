"""`POST /api/v1/certificates`: staff issue an attendance certificate, a counsellor or an
admin the completion certificate. Issuing is `webapp.certificates.service`, shared with the
pages; the body is read strictly (an unknown key or a wrong type is a 422 naming it).
"""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _

from models import Activity, User
from models.certificates import CertificateRefused
from models.permissions import Action, can
from models.reference import CertificateKind, Role

from ..certificates.routes import refusal_message
from ..certificates.service import issue_attendance, issue_completion
from ..database import db
from ..errors import ApiError
from ..urls import external_url
from . import bp
from .auth import api_user, require_token
from .params import json_object

#: The keys each kind of certificate takes.
KEYS = {
    CertificateKind.ATTENDANCE.value: ("kind", "integrator_id", "activity_id"),
    CertificateKind.COMPLETION.value: ("kind", "integrator_id"),
}
#: Who may ask for which kind.
ISSUERS = {
    CertificateKind.ATTENDANCE.value: {Role.ORGANISATION_STAFF},
    CertificateKind.COMPLETION.value: {Role.COUNSELLOR, Role.ADMIN},
}


def _checked(body: dict[str, Any]) -> tuple[str, dict[str, int]]:
    """The kind and the ids of a well-formed body; any problem of shape is a 422."""
    fields: dict[str, str] = {}
    kind = body.get("kind")
    if "kind" not in body:
        fields["kind"] = "required"
    elif not isinstance(kind, str) or kind not in KEYS:
        fields["kind"] = "unknown"
    allowed = KEYS.get(kind) if "kind" not in fields else None
    allowed = allowed or ("kind", "integrator_id", "activity_id")
    fields.update({key[:40]: "unknown" for key in body if key not in allowed})
    ids: dict[str, int] = {}
    for key in allowed[1:]:
        value = body.get(key)
        if key not in body:
            fields[key] = "required"
        elif isinstance(value, bool) or not isinstance(value, int) or value < 1:
            fields[key] = "not_an_id"
        else:
            ids[key] = value
    if fields:
        message = _("Please check these fields: %(fields)s.", fields=", ".join(fields))
        raise ApiError(422, "invalid_certificate", message, fields)
    return kind, ids


def _integrator(integrator_id: int) -> User:
    person = db().get(User, integrator_id)
    if person is None or person.role != Role.INTEGRATOR or person.erased_at:
        raise ApiError(404, "not_found", _("There is no participant with this id."))
    return person


def _forbidden() -> ApiError:
    return ApiError(403, "forbidden", _("You are not allowed to do this."))


@bp.post("/certificates")
@require_token()
def create_certificate() -> tuple[dict[str, Any], int]:
    user = api_user()
    kind, ids = _checked(json_object())
    if user.role not in ISSUERS[kind]:
        raise _forbidden()
    holder = _integrator(ids["integrator_id"])
    try:
        if kind == CertificateKind.ATTENDANCE.value:
            activity = db().get(Activity, ids["activity_id"])
            if activity is None:
                raise ApiError(404, "not_found", _("There is no activity with this id."))
            if not can(db(), user, Action.MANAGE_ORGANISATION, activity.organisation):
                raise _forbidden()
            certificate = issue_attendance(db(), user, holder, activity)
        else:
            if not can(db(), user, Action.ISSUE_COMPLETION, holder):
                raise _forbidden()
            certificate = issue_completion(db(), user, holder)
    except CertificateRefused as refused:
        db().rollback()
        raise ApiError(409, refused.code, refusal_message(refused)) from None
    db().commit()
    url = external_url("certificates.download", code=certificate.code)
    return {"code": certificate.code, "kind": certificate.kind.value, "url": url}, 201

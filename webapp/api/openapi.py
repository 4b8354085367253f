"""`GET /api/v1/openapi.json`: the API described in OpenAPI 3.1."""

from __future__ import annotations

from flask import current_app

from models.caseload import Flag
from models.reference import BookingStatus, CertificateKind, Goal, HoursKind, TrajectoryStatus

from . import bp


def _error(description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def _json(schema_ref: str, description: str = "OK") -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}},
    }


LANG = {
    "name": "lang",
    "in": "query",
    "description": "Language of the texts; untranslated texts come in Dutch (see `language`).",
    "schema": {
        "type": "string",
        "enum": ["nl", "en", "fr", "ar", "uk", "ru", "tr", "fa", "ps", "ti", "so", "es"],
    },
}
SESSION_SUMMARY = {
    "type": "object",
    "required": ["id", "start", "end", "places_left"],
    "properties": {
        "id": {"type": "integer"},
        "start": {"type": "string", "format": "date-time"},
        "end": {"type": "string", "format": "date-time"},
        "places_left": {"type": "integer", "minimum": 0},
    },
}
ACTIVITY_PROPERTIES = {
    "id": {"type": "integer"},
    "title": {"type": "string"},
    "description": {"type": "string"},
    "language": {"type": "string", "description": "The language the text is in."},
    "dutch_level": {"type": "integer", "minimum": 1, "maximum": 4},
    "goals": {"type": "array", "items": {"type": "string"}},
    "category": {"type": "string"},
    "municipality": {"type": "string"},
    "online": {"type": "boolean"},
    "organisation": {
        "type": "object",
        "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
    },
    "next_session": {"oneOf": [{"$ref": "#/components/schemas/SessionSummary"}, {"type": "null"}]},
}

SESSION_INPUT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["start", "end", "capacity", "minutes"],
    "properties": {
        "start": {"type": "string", "format": "date-time", "description": "Not in the past."},
        "end": {"type": "string", "format": "date-time", "description": "After the start."},
        "capacity": {"type": "integer", "minimum": 1, "maximum": 500},
        "minutes": {
            "type": "integer",
            "minimum": 0,
            "description": "Minutes credited for attending; at most the session's length.",
        },
    },
}
TEXT_INPUT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["title", "description"],
    "properties": {
        "title": {"type": "string", "minLength": 1, "maxLength": 200},
        "description": {"type": "string", "minLength": 1, "maxLength": 5000},
        "what_to_bring": {"type": "string", "maxLength": 2000},
    },
}
ACTIVITY_INPUT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["category", "goals", "dutch_level", "translations", "sessions"],
    "properties": {
        "category": {"type": "string", "description": "A code of `GET /categories`."},
        "goals": {
            "type": "array",
            "minItems": 1,
            "maxItems": 6,
            "uniqueItems": True,
            "items": {"type": "string", "enum": [g.value for g in Goal]},
        },
        "dutch_level": {"type": "integer", "minimum": 1, "maximum": 4},
        "municipality": {
            "type": "string",
            "maxLength": 100,
            "description": "Required unless `online`; then the organisation's by default.",
        },
        "online": {"type": "boolean", "default": False},
        "street": {"type": "string", "maxLength": 200},
        "postcode": {"type": "string", "maxLength": 10},
        "wheelchair_accessible": {"type": "boolean", "default": False},
        "host_languages": {
            "type": "array",
            "uniqueItems": True,
            "items": LANG["schema"],
        },
        "buddy_offered": {"type": "boolean", "default": False},
        "guidance_offered": {"type": "boolean", "default": False},
        "min_age": {"type": "integer", "minimum": 0, "maximum": 120},
        "max_age": {"type": "integer", "minimum": 0, "maximum": 120},
        "contact_name": {"type": "string", "maxLength": 200},
        "contact_email": {"type": "string", "format": "email", "maxLength": 254},
        "contact_phone": {"type": "string", "maxLength": 32},
        "translations": {
            "type": "object",
            "description": "Texts per language code; Dutch (`nl`) is required.",
            "required": ["nl"],
            "propertyNames": LANG["schema"],
            "additionalProperties": TEXT_INPUT,
        },
        "sessions": {"type": "array", "maxItems": 200, "items": SESSION_INPUT},
    },
}


def _invalid(code: dict, fields_description: str) -> dict:
    """A 422 body that names, per field path, what is wrong."""
    return {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message", "fields"],
                "properties": {
                    "code": code,
                    "message": {"type": "string"},
                    "fields": {
                        "type": "object",
                        "description": fields_description,
                        "additionalProperties": {"type": "string"},
                    },
                },
            }
        },
    }


INVALID_ACTIVITY = _invalid(
    {"type": "string", "const": "invalid_activity"},
    "Problem code per field path, e.g. "
    '{"sessions[0].end": "end_before_start", "translations.nl": "dutch_required"}.',
)

#: Codes of a 422 on `POST /sessions/{id}/attendance`: the body's shape, or one record.
ATTENDANCE_CODES = [
    "invalid_attendance",
    "unknown_booking",
    "booking_not_registrable",
    "booking_twice",
    "minutes_out_of_range",
    "not_a_number",
]
INVALID_ATTENDANCE = _invalid(
    {"type": "string", "enum": ATTENDANCE_CODES},
    "Problem code per field path, e.g. "
    '{"records[0].minutes": "not_a_number", "records": "not_a_list", "extra": "unknown"}; '
    "for a refused record, the message names its booking id.",
)
BOOKING_STATUS = {"type": "string", "enum": [s.value for s in BookingStatus]}
SHEET_BOOKING = {
    "type": "object",
    "required": ["id", "integrator_id", "name", "status"],
    "properties": {
        "id": {"type": "integer"},
        "integrator_id": {"type": "integer", "description": "The person's user id."},
        "name": {"type": "string"},
        "status": BOOKING_STATUS,
    },
}
AWAITING_SESSION = {
    "type": "object",
    "required": ["id", "activity_id", "start", "end", "minutes", "bookings"],
    "properties": {
        "id": {"type": "integer"},
        "activity_id": {"type": "integer"},
        "start": {"type": "string", "format": "date-time"},
        "end": {"type": "string", "format": "date-time"},
        "minutes": {"type": "integer", "description": "Minutes credited for the whole session."},
        "bookings": {
            "type": "array",
            "description": "Everyone with a place (booked, or already registered).",
            "items": {"$ref": "#/components/schemas/SheetBooking"},
        },
    },
}
ATTENDANCE_INPUT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["records"],
    "properties": {
        "records": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["booking_id", "present"],
                "properties": {
                    "booking_id": {"type": "integer"},
                    "present": {"type": "boolean"},
                    "minutes": {
                        "type": ["integer", "null"],
                        "minimum": 0,
                        "description": "From 0 to the session's minutes; missing or null: "
                        "the session's minutes. Ignored for someone absent.",
                    },
                },
            },
        }
    },
}
ATTENDANCE_RESULT = {
    "type": "object",
    "required": ["id", "bookings"],
    "properties": {
        "id": {"type": "integer", "description": "The session."},
        "bookings": {
            "type": "array",
            "items": {
                "allOf": [
                    {"$ref": "#/components/schemas/SheetBooking"},
                    {
                        "type": "object",
                        "properties": {
                            "attended_minutes": {
                                "type": ["integer", "null"],
                                "description": "Minutes credited by the last registration.",
                            }
                        },
                    },
                ]
            },
        },
    },
}
HOURS_ENTRY = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "kind": {"type": "string", "enum": [k.value for k in HoursKind]},
        "minutes": {
            "type": "integer",
            "description": "Positive to credit, negative to take back (corrections).",
        },
        "occurred_on": {"type": "string", "format": "date"},
        "created_at": {"type": "string", "format": "date-time"},
        "created_by": {"type": ["string", "null"], "description": "Who wrote the entry."},
        "reason": {"type": ["string", "null"]},
        "booking_id": {"type": ["integer", "null"]},
        "activity_id": {"type": ["integer", "null"]},
        "external_activity": {"type": ["string", "null"]},
        "external_organisation": {"type": ["string", "null"]},
    },
}
TRAJECTORY_STATUS = {"type": "string", "enum": [s.value for s in TrajectoryStatus]}
HOURS = {
    "type": "object",
    "required": ["confirmed_minutes", "target_minutes", "status", "entries"],
    "properties": {
        "confirmed_minutes": {"type": "integer", "description": "The sum of the entries."},
        "target_minutes": {"type": "integer"},
        "status": TRAJECTORY_STATUS,
        "entries": {
            "type": "array",
            "description": "The ledger, oldest first.",
            "items": {"$ref": "#/components/schemas/HoursEntry"},
        },
    },
}
CASELOAD_ITEM = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "name": {"type": "string"},
        "dutch_level": {"type": "integer"},
        "confirmed_minutes": {"type": "integer"},
        "target_minutes": {"type": "integer"},
        "status": TRAJECTORY_STATUS,
        "deadline": {"type": ["string", "null"], "format": "date"},
        "last_attended_on": {
            "type": ["string", "null"],
            "format": "date",
            "description": "The last day hours were earned.",
        },
        "upcoming_bookings": {
            "type": "integer",
            "description": "Places and waiting-list places in sessions still to come.",
        },
        "flags": {
            "type": "array",
            "description": "Why the person needs attention: nothing booked, nothing attended "
            "in 30 days, or the deadline near and the target far.",
            "items": {"type": "string", "enum": [f.value for f in Flag]},
        },
    },
}


CERTIFICATE_VERIFICATION = {
    "type": "object",
    "required": ["valid", "kind", "issued_at", "issuer", "minutes", "holder_initials"],
    "properties": {
        "valid": {"type": "boolean", "description": "False once revoked (or replaced)."},
        "kind": {"type": "string", "enum": [k.value for k in CertificateKind]},
        "issued_at": {"type": "string", "format": "date-time"},
        "issuer": {"type": "string", "description": "The organisation or the agency."},
        "minutes": {"type": "integer"},
        "holder_initials": {
            "type": ["string", "null"],
            "description": 'Initials only, e.g. "S. E. H."; null when the holder was erased.',
        },
        "code": {"type": "string", "description": "The code in groups of four."},
        "revoked_at": {"type": ["string", "null"], "format": "date-time"},
    },
}


ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}


#: `POST /certificates`: which kind, for whom, and for attendance the activity.
CERTIFICATE_INPUT = {
    "type": "object",
    "required": ["kind", "integrator_id"],
    "additionalProperties": False,
    "properties": {
        "kind": {"type": "string", "enum": [k.value for k in CertificateKind]},
        "integrator_id": {"type": "integer", "minimum": 1},
        "activity_id": {
            "type": "integer",
            "minimum": 1,
            "description": "Required for `attendance`, not allowed for `completion`.",
        },
    },
}
CERTIFICATE_CREATED = {
    "type": "object",
    "required": ["code", "kind", "url"],
    "properties": {
        "code": {"type": "string", "description": "The verification code."},
        "kind": {"type": "string", "enum": [k.value for k in CertificateKind]},
        "url": {
            "type": "string",
            "format": "uri",
            "description": "Downloads the PDF for the holder, their counsellor, the issuing "
            "organisation and admins (session cookie or bearer token).",
        },
    },
}
INVALID_CERTIFICATE = _invalid(
    {"type": "string", "const": "invalid_certificate"},
    'Problem code per field, e.g. {"kind": "unknown", "integrator_id": "not_an_id", '
    '"extra": "unknown"}.',
)


def _query(name: str, description: str, schema: dict) -> dict:
    return {"name": name, "in": "query", "description": description, "schema": schema}


def _list_of(values: list[str]) -> dict:
    return {"type": "array", "items": {"type": "string", "enum": values}}


#: The catalogue filters; lists repeat the parameter or separate values with commas.
FILTERS = [
    _query(
        "q", "Words to find in any translation (word starts).", {"type": "string", "maxLength": 200}
    ),
    _query(
        "dutch_level",
        "The reader's level: activities needing this level or less.",
        {"type": "integer", "minimum": 1, "maximum": 4},
    ),
    _query("goal", "Any of these goals.", _list_of([g.value for g in Goal])),
    _query(
        "category",
        "Any of these category codes (see /categories).",
        {"type": "array", "items": {"type": "string"}},
    ),
    _query("municipality", "A municipality, or `online`.", {"type": "string", "maxLength": 100}),
    _query(
        "date_from",
        "Sessions on or after this day (Brussels).",
        {"type": "string", "format": "date"},
    ),
    _query(
        "date_to",
        "Sessions on or before this day (Brussels).",
        {"type": "string", "format": "date"},
    ),
    _query(
        "weekday",
        "Sessions on these weekdays.",
        _list_of(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
    ),
    _query(
        "part_of_day",
        "Sessions starting in these parts of the day.",
        _list_of(["morning", "afternoon", "evening"]),
    ),
    _query(
        "available",
        "1: only with an upcoming session with free places.",
        {"type": "integer", "enum": [0, 1]},
    ),
    _query("wheelchair", "1: only wheelchair accessible.", {"type": "integer", "enum": [0, 1]}),
    _query("buddy", "1: only where a buddy can come along.", {"type": "integer", "enum": [0, 1]}),
]


def _reference_list(summary: str) -> dict:
    return {
        "get": {
            "summary": summary,
            "parameters": [LANG],
            "responses": {"200": {"description": "OK"}, "400": _error("An unknown `lang`.")},
        }
    }


def document(base_url: str) -> dict:
    """The OpenAPI document; `base_url` is where the API is served."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Participation platform API",
            "version": "1",
            "description": "Activities, bookings, hours and certificates of the participation "
            "trajectory. Times are ISO 8601 (Europe/Brussels when no offset); durations are "
            'integer minutes; lists are {"items": [...]}; errors are '
            '{"error": {"code", "message"}} with a 4xx status.',
        },
        "servers": [{"url": base_url + "/api/v1"}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["code", "message"],
                            "properties": {
                                "code": {"type": "string"},
                                "message": {"type": "string"},
                            },
                        }
                    },
                },
                "SessionSummary": SESSION_SUMMARY,
                "Activity": {"type": "object", "properties": ACTIVITY_PROPERTIES},
                "ActivityList": {
                    "type": "object",
                    "required": ["items", "next_cursor"],
                    "properties": {
                        "items": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Activity"},
                        },
                        "next_cursor": {"type": ["string", "null"]},
                    },
                },
                "ActivityInput": ACTIVITY_INPUT,
                "InvalidActivity": INVALID_ACTIVITY,
                "ActivityDetail": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Activity"},
                        {
                            "type": "object",
                            "properties": {
                                "sessions": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": SESSION_SUMMARY["properties"]
                                        | {
                                            "capacity": {"type": "integer"},
                                            "minutes": {"type": "integer"},
                                        },
                                    },
                                }
                            },
                        },
                    ]
                },
                "Me": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": "string"},
                        "email": {"type": ["string", "null"]},
                        "role": {
                            "type": "string",
                            "enum": ["integrator", "counsellor", "organisation_staff", "admin"],
                        },
                        "locale": {"type": "string"},
                        "calendar_url": {"type": "string", "format": "uri"},
                    },
                },
                "Caseload": {
                    "type": "object",
                    "properties": {
                        "items": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/CaseloadItem"},
                        }
                    },
                },
                "CaseloadItem": CASELOAD_ITEM,
                "SheetBooking": SHEET_BOOKING,
                "AwaitingSession": AWAITING_SESSION,
                "AwaitingSessions": {
                    "type": "object",
                    "required": ["items"],
                    "properties": {
                        "items": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/AwaitingSession"},
                        }
                    },
                },
                "AttendanceInput": ATTENDANCE_INPUT,
                "AttendanceResult": ATTENDANCE_RESULT,
                "InvalidAttendance": INVALID_ATTENDANCE,
                "HoursEntry": HOURS_ENTRY,
                "Hours": HOURS,
            },
        },
        "paths": {
            "/sessions/{id}/bookings": {
                "post": {
                    "summary": 'Book a place: body {} for oneself, or {"integrator_id": N} for '
                    "someone on one's caseload. Full sessions put the person on the waiting list.",
                    "security": [{"bearer": []}],
                    "parameters": [ID],
                    "responses": {
                        "201": {"description": '`{"id", "status": "booked"|"waitlisted"}`'},
                        "400": _error("A body that is not {} or {integrator_id}."),
                        "401": _error("No valid token."),
                        "403": _error("Not for this person."),
                        "404": _error("No such session."),
                        "409": _error("Already booked, or the session is past or cancelled."),
                    },
                },
                "get": {
                    "summary": "Who booked a session: for the staff of its organisation.",
                    "security": [{"bearer": []}],
                    "parameters": [ID],
                    "responses": {
                        "200": {"description": '`{"items": [{id, integrator_id, name, status}]}`'},
                        "401": _error("No valid token."),
                        "403": _error("Not your organisation."),
                        "404": _error("No such session."),
                    },
                },
            },
            "/bookings/{id}": {
                "delete": {
                    "summary": "Cancel a booking (until 24 hours before the start); the first "
                    "person on the waiting list moves up.",
                    "security": [{"bearer": []}],
                    "parameters": [ID],
                    "responses": {
                        "200": {"description": '`{"id", "status": "cancelled"}`'},
                        "401": _error("No valid token."),
                        "403": _error("Not for this person."),
                        "404": _error("No such booking."),
                        "409": _error("Not active any more, or too late to cancel."),
                    },
                }
            },
            "/categories": _reference_list("Categories with their name and pictogram."),
            "/goals": _reference_list("The six goals with their name."),
            "/languages": _reference_list("Interface languages: name, own name, direction."),
            "/activities": {
                "get": {
                    "summary": "The public catalogue, next session first.",
                    "parameters": [
                        LANG,
                        {
                            "name": "limit",
                            "in": "query",
                            "schema": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": 100,
                                "default": 20,
                            },
                        },
                        {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                        *FILTERS,
                    ],
                    "responses": {
                        "200": _json("ActivityList"),
                        "400": _error("A malformed parameter."),
                    },
                },
                "post": {
                    "summary": "Publish an activity with its sessions (organisation staff).",
                    "description": "Published at once for an approved organisation, kept as a "
                    "draft until approval otherwise. Unknown keys are refused.",
                    "security": [{"bearer": []}],
                    "parameters": [LANG],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ActivityInput"}
                            }
                        },
                    },
                    "responses": {
                        "201": _json(
                            "ActivityDetail", "Created; the item as in GET /activities/{id}."
                        ),
                        "400": _error("The body is not a JSON object."),
                        "401": _error("No valid token."),
                        "403": _error("Not staff of an organisation."),
                        "422": _json("InvalidActivity", "The activity breaks a rule."),
                    },
                },
            },
            "/activities/{id}": {
                "get": {
                    "summary": "One activity with its upcoming sessions.",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        },
                        LANG,
                    ],
                    "responses": {
                        "200": _json("ActivityDetail"),
                        "404": _error("No such activity."),
                    },
                }
            },
            "/me": {
                "get": {
                    "summary": "The person the token belongs to.",
                    "security": [{"bearer": []}],
                    "responses": {"200": _json("Me"), "401": _error("No valid token.")},
                }
            },
            "/organisation/sessions": {
                "get": {
                    "summary": "Past sessions of one's organisations whose attendance is not "
                    "registered yet, the most recent first (organisation staff).",
                    "security": [{"bearer": []}],
                    "parameters": [
                        {
                            "name": "status",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string", "enum": ["awaiting_attendance"]},
                        }
                    ],
                    "responses": {
                        "200": _json("AwaitingSessions"),
                        "400": _error("`status` missing or unknown."),
                        "401": _error("No valid token."),
                        "403": _error("Not organisation staff."),
                    },
                }
            },
            "/sessions/{id}/attendance": {
                "post": {
                    "summary": "Register who came to a session and for how long, all in one "
                    "go (staff of the host organisation). Present people get `attended` and "
                    "their minutes in the hours ledger, absent ones `no_show`. Sending it again "
                    "corrects: the ledger gets the difference, never the minutes twice.",
                    "security": [{"bearer": []}],
                    "parameters": [ID],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/AttendanceInput"}
                            }
                        },
                    },
                    "responses": {
                        "200": _json("AttendanceResult", "Saved; the session's attendance sheet."),
                        "400": _error("The body is not a JSON object."),
                        "401": _error("No valid token."),
                        "403": _error("Not staff of the session's organisation."),
                        "404": _error("No such session."),
                        "409": _error("The session has not started yet, or is cancelled."),
                        "422": _json(
                            "InvalidAttendance",
                            "A record is malformed, not one of this session's places, or its "
                            "minutes are outside 0 to the session's minutes. Nothing is saved.",
                        ),
                    },
                }
            },
            "/certificates/{code}/verification": {
                "get": {
                    "summary": "Public check of a certificate by its code (any case, dashes or "
                    "spaces allowed): valid or revoked, kind, issue date, issuer, minutes and "
                    "the holder's initials only. No token needed; limited per address.",
                    "parameters": [
                        {
                            "name": "code",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "example": "ABCD-EFGH-JKMN"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": CERTIFICATE_VERIFICATION}},
                        },
                        "404": _error("No certificate with this code, or not a code at all."),
                        "429": _error("Too many checks from this address; try again later."),
                    },
                }
            },
            "/integrators/{id}/hours": {
                "get": {
                    "summary": "An integrator's confirmed minutes, target and status, with the "
                    "ledger entries they add up from: for the integrator, their counsellor and "
                    "admins.",
                    "security": [{"bearer": []}],
                    "parameters": [ID],
                    "responses": {
                        "200": _json("Hours"),
                        "401": _error("No valid token."),
                        "403": _error("Not this person's hours."),
                        "404": _error("No such integrator."),
                    },
                }
            },
            "/certificates": {
                "post": {
                    "summary": "Issue a certificate: staff an `attendance` certificate for one "
                    "integrator and one activity of their organisation; a counsellor (for their "
                    "caseload) or an admin the `completion` certificate once the trajectory is "
                    "completed. An earlier valid certificate of the same kind is revoked.",
                    "security": [{"bearer": []}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": CERTIFICATE_INPUT}},
                    },
                    "responses": {
                        "201": {
                            "description": "Made.",
                            "content": {"application/json": {"schema": CERTIFICATE_CREATED}},
                        },
                        "400": _error("The body is not a JSON object."),
                        "401": _error("No valid token."),
                        "403": _error("Not allowed to issue this kind for this person/activity."),
                        "404": _error("No such integrator or activity."),
                        "409": _error(
                            "Refused: `nothing_attended` (no attended minutes for the "
                            "activity) or `target_not_reached` (trajectory not completed)."
                        ),
                        "422": {
                            "description": "A field is missing, unknown or of the wrong type.",
                            "content": {"application/json": {"schema": INVALID_CERTIFICATE}},
                        },
                    },
                }
            },
            "/caseload": {
                "get": {
                    "summary": "A counsellor's integrators with their hours, upcoming bookings and "
                    "the flags of those who need attention.",
                    "security": [{"bearer": []}],
                    "responses": {
                        "200": _json("Caseload"),
                        "401": _error("No valid token."),
                        "403": _error("Not a counsellor."),
                    },
                }
            },
        },
    }


@bp.get("/openapi.json")
def openapi() -> dict:
    return document(current_app.config["BASE_URL"])

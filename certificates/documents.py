"""What a certificate says: plain, frozen data the web app fills in from the database.

Checked when made, so a certificate that contradicts itself (rows that do not add up to
the total, a naive time, a completion below its target) is refused before any PDF exists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from .formatting import parse_locale
from .labels import Label, resolve_labels


def _check_common(
    code: str, verify_url: str, issued_at: datetime, holder_name: str, holder_locale: str
) -> None:
    if not code or not code.strip():
        raise ValueError("a certificate needs its verification code")
    if not verify_url.startswith(("https://", "http://")):
        raise ValueError("verify_url must be an http(s) address")
    if not isinstance(issued_at, datetime) or issued_at.tzinfo is None:
        raise ValueError("issued_at must be a timezone-aware datetime")
    if not holder_name or not holder_name.strip():
        raise ValueError("a certificate needs the holder's name")
    parse_locale(holder_locale)


def _check_minutes(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} must be a whole number of minutes, not negative")
    return value


@dataclass(frozen=True, kw_only=True)
class AttendanceCertificate:
    """Proof of participation: one holder, one activity, the sessions they attended.

    ``sessions`` holds (day, minutes credited) pairs in the order to print; a day may be
    a date or an aware datetime (its Brussels date is printed). ``total_minutes`` must be
    their sum. ``organisation_logo`` is the raw bytes of a PNG, JPEG or SVG file.
    """

    code: str
    verify_url: str
    issued_at: datetime
    issuer_name: str
    organisation_name: str
    holder_name: str
    activity_title: str
    sessions: Sequence[tuple[date, int]]
    total_minutes: int
    holder_locale: str = "nl"
    labels: Mapping[str, Label] = field(default_factory=dict)
    dossier_number: str | None = None
    organisation_logo: bytes | None = None

    def __post_init__(self) -> None:
        _check_common(
            self.code, self.verify_url, self.issued_at, self.holder_name, self.holder_locale
        )
        if not self.sessions:
            raise ValueError("an attendance certificate lists at least one session")
        for day, minutes in self.sessions:
            if not isinstance(day, date):
                raise ValueError("each session is a (date, minutes) pair")
            _check_minutes(minutes, "session minutes")
        total = _check_minutes(self.total_minutes, "total_minutes")
        if total != sum(minutes for _, minutes in self.sessions):
            raise ValueError("total_minutes must be the sum of the sessions' minutes")
        resolve_labels(self.labels)


@dataclass(frozen=True, kw_only=True)
class CompletionCertificate:
    """Proof that a participation trajectory reached its target.

    ``activities`` holds (activity title, organisation name, minutes) triples, including
    hours a counsellor recorded from outside proofs; ``total_minutes`` must be their sum
    and at least ``target_minutes`` (the target, possibly lowered for an exemption).
    """

    code: str
    verify_url: str
    issued_at: datetime
    issuer_name: str
    agency_name: str
    holder_name: str
    activities: Sequence[tuple[str, str, int]]
    total_minutes: int
    target_minutes: int
    holder_locale: str = "nl"
    labels: Mapping[str, Label] = field(default_factory=dict)
    dossier_number: str | None = None

    def __post_init__(self) -> None:
        _check_common(
            self.code, self.verify_url, self.issued_at, self.holder_name, self.holder_locale
        )
        if not self.activities:
            raise ValueError("a completion certificate lists at least one activity")
        for title, organisation, minutes in self.activities:
            if not isinstance(title, str) or not isinstance(organisation, str):
                raise ValueError("each activity is a (title, organisation, minutes) triple")
            _check_minutes(minutes, "activity minutes")
        total = _check_minutes(self.total_minutes, "total_minutes")
        if total != sum(minutes for *_, minutes in self.activities):
            raise ValueError("total_minutes must be the sum of the activities' minutes")
        if total < _check_minutes(self.target_minutes, "target_minutes"):
            raise ValueError("a completion certificate needs the target reached")
        resolve_labels(self.labels)

"""The caseload's rules without a database: who needs attention, search, order, durations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from flask import Flask
from flask_babel import force_locale, format_date

from models import User
from models.caseload import CaseloadQuery, CaseloadRow, Flag, Sort, flags_for, select_rows
from models.reference import Role, TrajectoryStatus
from webapp.formatting import duration, session_when, signed_duration

TODAY = date(2026, 11, 23)


def _flags(**changes: object) -> tuple[Flag, ...]:
    figures: dict = {
        "status": TrajectoryStatus.OPEN,
        "confirmed_minutes": 600,
        "target_minutes": 2400,
        "deadline": TODAY + timedelta(weeks=30),
        "last_attended_on": TODAY - timedelta(days=3),
        "started_on": TODAY - timedelta(days=100),
        "upcoming_bookings": 1,
        "today": TODAY,
    }
    figures.update(changes)
    return flags_for(**figures)


def test_someone_on_their_way_needs_no_attention() -> None:
    assert _flags() == ()


@pytest.mark.parametrize(
    ("changes", "flags"),
    [
        ({"upcoming_bookings": 0}, (Flag.NOTHING_BOOKED,)),
        ({"last_attended_on": TODAY - timedelta(days=31)}, (Flag.QUIET,)),
        ({"last_attended_on": TODAY - timedelta(days=30)}, ()),
        ({"last_attended_on": None, "started_on": TODAY - timedelta(days=40)}, (Flag.QUIET,)),
        ({"last_attended_on": None, "started_on": TODAY - timedelta(days=10)}, ()),
        # 8 weeks left, 30 h to go: more than 3 h a week is needed
        ({"deadline": TODAY + timedelta(weeks=8)}, (Flag.DEADLINE,)),
        # 8 weeks left, 20 h to go: 2.5 h a week will do
        ({"deadline": TODAY + timedelta(weeks=8), "confirmed_minutes": 1200}, ()),
        ({"deadline": TODAY + timedelta(weeks=9)}, ()),
        ({"deadline": TODAY - timedelta(days=1)}, (Flag.DEADLINE,)),
        ({"status": TrajectoryStatus.COMPLETED, "upcoming_bookings": 0}, ()),
        ({"status": TrajectoryStatus.EXEMPT, "upcoming_bookings": 0}, ()),
    ],
)
def test_flags(changes: dict, flags: tuple[Flag, ...]) -> None:
    assert _flags(**changes) == flags


def _row(name: str, phone: str | None, minutes: int, dossier: str | None = None) -> CaseloadRow:
    return CaseloadRow(
        integrator=User(name=name, phone=phone, email=None, role=Role.INTEGRATOR),
        dutch_level=2,
        dossier_number=dossier,
        confirmed_minutes=minutes,
        target_minutes=2400,
        status=TrajectoryStatus.OPEN,
        deadline=None,
        last_attended_on=None,
        upcoming_bookings=0,
        next_session_at=None,
        flags=(),
    )


ROWS = [
    _row("Olena Kovalenko", "+32470123456", 900, "D-17"),
    _row("سارة الحسن", "+32488000111", 2520),
    _row("Abebe Girma", None, 60),
]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("0470 12 34 56", ["Olena Kovalenko"]),
        ("+32 470/12.34.56", ["Olena Kovalenko"]),
        ("olena", ["Olena Kovalenko"]),
        ("d-17", ["Olena Kovalenko"]),
        ("سارة", ["سارة الحسن"]),
        ("nobody", []),
    ],
)
def test_search_finds_names_in_any_script_dossiers_and_phones_however_written(
    typed: str, found: list[str]
) -> None:
    assert [r.integrator.name for r in select_rows(ROWS, CaseloadQuery(q=typed))] == found


def test_sorting_by_hours_puts_the_least_first() -> None:
    rows = select_rows(ROWS, CaseloadQuery(sort=Sort.HOURS))
    assert [r.confirmed_minutes for r in rows] == [60, 900, 2520]


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0 min"), (45, "45 min"), (60, "1 h"), (90, "1 h 30 min"), (-90, "-1 h 30 min")],
)
def test_durations_read_as_hours_and_minutes(app: Flask, minutes: int, text: str) -> None:
    with app.test_request_context(), force_locale("en"):
        assert duration(minutes) == text


@pytest.mark.parametrize(("locale", "mark"), [("en", ""), ("ar", "\u200e"), ("fa", "\u200e")])
def test_a_signed_duration_keeps_its_sign_before_the_number_in_right_to_left_text(
    app: Flask, locale: str, mark: str
) -> None:
    """Without the left-to-right mark, "+4" inside Arabic text shows as "4+"."""
    with app.test_request_context(), force_locale(locale):
        added, taken = signed_duration(240), signed_duration(-45)
    assert added.startswith(f"{mark}+")
    assert taken.startswith(mark)
    assert taken[len(mark)] in "-\u2212"
    assert "4" in added
    assert "45" in taken


@pytest.mark.parametrize("locale", ["ti", "ar", "so", "en", "nl"])
def test_a_session_time_never_breaks_before_its_am_or_pm(app: Flask, locale: str) -> None:
    """The date may wrap on a phone; "7:30 ድ.ቀ.–8:30 ድ.ቀ." after it may not."""
    start = datetime(2026, 12, 2, 18, 30, tzinfo=UTC)
    with app.test_request_context(), force_locale(locale):
        text = session_when(start, start + timedelta(hours=1))
        day = format_date(start, "full")
    times = text.removeprefix(f"{day} ")
    assert times != text
    assert "–" in times
    assert " " not in times

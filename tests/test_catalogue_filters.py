"""Finding activities: each filter alone and combined, free text in several scripts, paging
with filters, and bad filter values answered with a 400."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Activity,
    ActivityGoal,
    ActivitySession,
    ActivityTranslation,
    Booking,
    Category,
    Organisation,
    User,
    utcnow,
)
from models.reference import BookingStatus, Goal, Role
from models.sessions import BRUSSELS


def _local(days: int, hour: int) -> datetime:
    day = (utcnow() + timedelta(days=days)).astimezone(BRUSSELS).date()
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=BRUSSELS)


@pytest.fixture
def catalogue(db: Session, organisation: Organisation, make_user) -> dict[str, int]:
    """Five activities that differ in one thing each."""

    def add(
        key: str,
        *,
        category: str,
        level: int,
        goals: list[Goal],
        texts: dict,
        when: datetime,
        capacity: int = 6,
        **fields,
    ):
        activity = Activity(
            organisation=organisation,
            category=db.scalar(select(Category).where(Category.code == category)),
            dutch_level=level,
            municipality=fields.pop("municipality", "Gent"),
            **fields,
        )
        activity.goal_links = [ActivityGoal(goal=g) for g in goals]
        activity.translations = [
            ActivityTranslation(locale=loc, title=t, description=d) for loc, (t, d) in texts.items()
        ]
        session = ActivitySession(
            activity=activity,
            starts_at=when,
            ends_at=when + timedelta(hours=2),
            capacity=capacity,
            minutes=120,
        )
        db.add(session)
        db.flush()
        ids[key] = activity.id
        return session

    ids: dict[str, int] = {}
    add(
        "choir",
        category="culture",
        level=1,
        goals=[Goal.MEET_PEOPLE],
        texts={
            "nl": ("Samen zingen in het koor", "Wij zingen liedjes."),
            "ar": ("الغناء معاً في الجوقة", "نغني أغاني معاً."),
        },
        when=_local(3, 19),
    )
    add(
        "cafe",
        category="conversation_table",
        level=2,
        goals=[Goal.LEARN_DUTCH],
        texts={
            "nl": ("Praatcafé in de bib", "Koffie en babbelen."),
            "uk": ("Розмовне кафе", "Кава та розмова нідерландською."),
        },
        when=_local(5, 10),
        wheelchair_accessible=True,
    )
    add(
        "football",
        category="sport",
        level=3,
        goals=[Goal.MAKE_FRIENDS, Goal.MEET_PEOPLE],
        texts={"nl": ("Wandelvoetbal", "Voetbal zonder lopen.")},
        when=_local(11, 14),
        municipality="Mechelen",
        buddy_offered=True,
    )
    add(
        "online",
        category="digital",
        level=4,
        goals=[Goal.LEARN_SOMETHING],
        texts={
            "nl": ("Online computerles", "Leer mailen."),
            "ti": ("ናይ ኮምፒተር ትምህርቲ", "ኢመይል ምስዳድ ተማሃሩ።"),
        },
        when=_local(20, 18),
        is_online=True,
        municipality="Antwerpen",
    )
    full = add(
        "full",
        category="volunteering",
        level=2,
        goals=[Goal.VOLUNTEER],
        texts={"nl": ("Helpen in de sociale kruidenier", "Rekken vullen.")},
        when=_local(7, 9),
        capacity=1,
    )
    person = make_user(Role.INTEGRATOR)
    db.add(Booking(session=full, integrator_id=person.id, status=BookingStatus.BOOKED))
    db.commit()
    return ids


def _found(client: FlaskClient, query: str) -> set[int]:
    response = client.get(f"/api/v1/activities?limit=100&{query}")
    assert response.status_code == 200, response.json
    return {item["id"] for item in response.json["items"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"choir", "cafe", "football", "online", "full"}),
        ("dutch_level=1", {"choir"}),
        ("dutch_level=2", {"choir", "cafe", "full"}),
        ("goal=meet_people", {"choir", "football"}),
        ("goal=learn_dutch,volunteer", {"cafe", "full"}),
        ("goal=learn_dutch&goal=volunteer", {"cafe", "full"}),
        ("category=sport", {"football"}),
        ("municipality=mechelen", {"football"}),
        ("municipality=online", {"online"}),
        ("wheelchair=1", {"cafe"}),
        ("buddy=1", {"football"}),
        ("available=1", {"choir", "cafe", "football", "online"}),
        ("weekday={weekday_of_choir}", {"choir"}),
        ("part_of_day=morning", {"cafe", "full"}),
        ("part_of_day=evening", {"choir", "online"}),
        ("date_from={in_8_days}", {"football", "online"}),
        ("date_to={in_4_days}", {"choir"}),
        ("date_from={in_4_days}&date_to={in_12_days}", {"cafe", "football", "full"}),
        ("dutch_level=2&part_of_day=morning&available=1", {"cafe"}),
        ("goal=meet_people&dutch_level=3&buddy=1", {"football"}),
    ],
)
def test_each_filter_alone_and_combined(
    client: FlaskClient, catalogue: dict[str, int], query: str, expected: set[str]
) -> None:
    days = {
        "weekday_of_choir": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][
            _local(3, 19).weekday()
        ],
        "in_4_days": _local(4, 0).date().isoformat(),
        "in_8_days": _local(8, 0).date().isoformat(),
        "in_12_days": _local(12, 0).date().isoformat(),
    }
    assert _found(client, query.format(**days)) == {catalogue[k] for k in expected}


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("koor", {"choir"}),
        ("KOOR zingen", {"choir"}),
        ("zing", {"choir"}),  # word starts
        ("الجوقة", {"choir"}),
        ("кафе", {"cafe"}),
        ("ኮምፒተር", {"online"}),
        ("praatcafé", {"cafe"}),
        ("koor voetbal", set()),  # every word must match
        ("<script>alert(1)</script>", set()),
        ("\"*:&|!()'", {"choir", "cafe", "football", "online", "full"}),  # only punctuation
    ],
)
def test_free_text_search_across_every_translation(
    client: FlaskClient, catalogue: dict[str, int], q: str, expected: set[str]
) -> None:
    from urllib.parse import quote

    assert _found(client, f"q={quote(q)}") == {catalogue[k] for k in expected}


def test_search_follows_edits_of_the_text(
    client: FlaskClient, db: Session, catalogue: dict[str, int]
) -> None:
    translation = db.scalar(
        select(ActivityTranslation).where(
            ActivityTranslation.activity_id == catalogue["football"],
            ActivityTranslation.locale == "nl",
        )
    )
    translation.title = "Petanque in het park"
    db.commit()
    assert _found(client, "q=petanque") == {catalogue["football"]}
    assert _found(client, "q=wandelvoetbal") == set()


def test_with_date_filters_the_next_session_is_the_first_matching_one(
    client: FlaskClient, db: Session, catalogue: dict[str, int]
) -> None:
    later = _local(30, 19)
    db.add(
        ActivitySession(
            activity_id=catalogue["choir"],
            starts_at=later,
            ends_at=later + timedelta(hours=2),
            capacity=6,
            minutes=120,
        )
    )
    db.commit()
    query = f"date_from={_local(25, 0).date().isoformat()}"
    item = next(
        i
        for i in client.get(f"/api/v1/activities?{query}").json["items"]
        if i["id"] == catalogue["choir"]
    )
    assert datetime.fromisoformat(item["next_session"]["start"]) == later


def test_paging_with_filters_has_no_duplicates_or_gaps(
    client: FlaskClient, catalogue: dict[str, int]
) -> None:
    seen: list[int] = []
    url = "/api/v1/activities?limit=2&dutch_level=4"
    while url:
        body = client.get(url).json
        seen += [i["id"] for i in body["items"]]
        cursor = body["next_cursor"]
        url = f"/api/v1/activities?limit=2&dutch_level=4&cursor={cursor}" if cursor else None
    assert sorted(seen) == sorted(catalogue.values())


@pytest.mark.parametrize(
    "query",
    [
        "dutch_level=5",
        "dutch_level=0",
        "dutch_level=two",
        "goal=swimming",
        "category=nonsense",
        "weekday=funday",
        "part_of_day=night",
        "available=yes",
        "date_from=31-12-2026",
        "date_from=20261231",
        "date_to=2026-02-30",
        "date_from=2026-12-10&date_to=2026-12-01",
        "q=" + "x" * 20_000,
        "municipality=" + "y" * 101,
    ],
)
def test_bad_filter_values_are_a_400(client: FlaskClient, query: str) -> None:
    api = client.get(f"/api/v1/activities?{query}")
    assert api.status_code == 400
    assert api.json["error"]["code"] == "invalid_parameter"
    page = client.get(f"/activities?{query}&lang=en")
    assert page.status_code == 400
    assert 'class="form-error"' in page.get_data(as_text=True)


def test_the_page_counts_results_and_keeps_the_filters_in_the_form(
    client: FlaskClient, catalogue: dict[str, int]
) -> None:
    page = client.get("/activities?lang=en&dutch_level=2&q=koor").get_data(as_text=True)
    assert "1 activity found" in page
    assert 'value="koor"' in page
    assert 'name="dutch_level" value="2" checked' in page


def test_an_empty_result_suggests_widening_the_search(
    client: FlaskClient, catalogue: dict[str, int]
) -> None:
    page = client.get("/activities?lang=en&dutch_level=1&q=voetbal").get_data(as_text=True)
    assert "No activities found." in page
    assert "Show all Dutch levels" in page
    assert "Search without words" in page


def test_a_signed_in_integrator_sees_their_level_first(
    client: FlaskClient, catalogue: dict[str, int], make_user
) -> None:
    from .helpers import login

    person: User = make_user(Role.INTEGRATOR, dutch_level=1)
    login(client, person.email)
    page = client.get("/activities?lang=en").get_data(as_text=True)
    assert "1 activity found" in page
    everything = client.get("/activities?lang=en&dutch_level=").get_data(as_text=True)
    assert "5 activities found" in everything

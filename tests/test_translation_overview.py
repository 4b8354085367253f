"""The staff's translation overview: activities against the eleven non-Dutch languages,
the languages their own participants read most first, each gap a link to the form."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from models import ActivitySession, Organisation, User
from models.content_languages import (
    TRANSLATION_LOCALES,
    ordered_languages,
    readers_per_locale,
    translation_overview,
)
from models.reference import BookingStatus, OrganisationStatus, Role

from .factories import make_activity, make_booking, make_session
from .helpers import login

LANGUAGE_HEADER = re.compile(r'<th scope="col" class="language-column" data-locale="(\w+)"')
MISSING_CELL = re.compile(r'<td class="translation-missing" data-locale="(\w+)"><a href="([^"]+)"')


def _activity(
    db: Session, organisation: Organisation, title: str, locales: list[str]
) -> ActivitySession:
    """An activity with a text in Dutch and in `locales`, and its one session."""
    titles = {code: f"{title} {code}" for code in locales}
    activity = make_activity(db, organisation, f"{title} nl", titles=titles)
    return make_session(db, activity, starts_in=timedelta(days=5), minutes=60, capacity=20)


def _book(db: Session, session: ActivitySession, people: list[User], status: BookingStatus) -> None:
    for person in people:
        make_booking(db, session, person, status)


@pytest.fixture
def readers(
    db: Session, make_user: Callable[..., User], organisation: Organisation
) -> dict[str, int]:
    """Two activities of `organisation` booked by integrators reading ar×3, uk×2, ti×1 (and
    nl, which is no column); another organisation's many Persian readers must not count."""
    walking = _activity(db, organisation, "Wandelen", ["en", "ar"])
    cooking = _activity(db, organisation, "Koken", ["uk"])
    arabic = [make_user(Role.INTEGRATOR, locale="ar") for _ in range(3)]
    ukrainian = [make_user(Role.INTEGRATOR, locale="uk") for _ in range(2)]
    tigrinya = make_user(Role.INTEGRATOR, locale="ti")
    dutch = make_user(Role.INTEGRATOR, locale="nl")
    _book(db, walking, [*arabic, ukrainian[0], tigrinya, dutch], BookingStatus.BOOKED)
    # The same people again on the other activity count once; a cancelled booking counts.
    _book(db, cooking, arabic[:2], BookingStatus.ATTENDED)
    _book(db, cooking, [ukrainian[1]], BookingStatus.CANCELLED)

    elsewhere = Organisation(
        name="Ander Huis", municipality="Antwerpen", status=OrganisationStatus.APPROVED
    )
    db.add(elsewhere)
    db.commit()
    secret = _activity(db, elsewhere, "Geheim", [])
    persian = [make_user(Role.INTEGRATOR, locale="fa") for _ in range(4)]
    _book(db, secret, persian, BookingStatus.BOOKED)
    return {
        "walking": walking.activity_id,
        "cooking": cooking.activity_id,
        "elsewhere": elsewhere.id,
    }


def _order_after(first: list[str]) -> list[str]:
    return first + [code for code in TRANSLATION_LOCALES if code not in first]


# The rule -------------------------------------------------------------------------------------


def test_readers_are_distinct_integrators_per_language_of_this_organisation(
    db: Session, organisation: Organisation, readers: dict[str, int]
) -> None:
    assert readers_per_locale(db, organisation.id) == {"ar": 3, "uk": 2, "ti": 1, "nl": 1}
    assert readers_per_locale(db, readers["elsewhere"]) == {"fa": 4}


def test_languages_follow_the_readers_then_the_usual_order(
    db: Session, organisation: Organisation, readers: dict[str, int]
) -> None:
    overview = translation_overview(db, organisation.id)
    assert [column.locale for column in overview.languages] == _order_after(["ar", "uk", "ti"])
    assert [column.readers for column in overview.languages[:4]] == [3, 2, 1, 0]
    assert "nl" not in {column.locale for column in overview.languages}


def test_ties_keep_the_usual_order_and_nobody_means_the_usual_order() -> None:
    tied = ordered_languages({"so": 2, "fr": 2, "es": 5})
    assert [column.locale for column in tied] == _order_after(["es", "fr", "so"])
    assert [column.locale for column in ordered_languages({})] == list(TRANSLATION_LOCALES)


def test_missing_cells_are_the_languages_without_a_text(
    db: Session, organisation: Organisation, readers: dict[str, int]
) -> None:
    overview = translation_overview(db, organisation.id)
    missing = {row.activity.text("nl").title: set(row.missing_locales) for row in overview.rows}
    assert missing == {
        "Wandelen nl": set(TRANSLATION_LOCALES) - {"en", "ar"},
        "Koken nl": set(TRANSLATION_LOCALES) - {"uk"},
    }
    assert overview.missing_count == 9 + 10


# The page -------------------------------------------------------------------------------------


def test_staff_see_the_columns_in_reader_order_and_links_for_the_gaps(
    client: FlaskClient, staff: User, readers: dict[str, int]
) -> None:
    login(client, staff.email)
    page = client.get("/organisation/translations?lang=en").get_data(as_text=True)

    assert LANGUAGE_HEADER.findall(page) == _order_after(["ar", "uk", "ti"])
    assert "3 participants" in page
    assert "1 participant<" in page
    gaps = MISSING_CELL.findall(page)
    assert len(gaps) == 19
    walking = f"/organisation/activities/{readers['walking']}/edit"
    walking_gaps = {code for code, href in gaps if href.startswith(walking + "#")}
    assert walking_gaps == set(TRANSLATION_LOCALES) - {"en", "ar"}
    assert ("ti", f"{walking}#text_ti-title") in gaps
    # The gap shows the language's name in its own script.
    assert '<span lang="ti" dir="ltr">ትግርኛ</span>' in page
    assert '<span lang="fa" dir="rtl">فارسی</span>' in page
    assert page.count('class="translation-done"') == 3
    assert "Geheim" not in page


def test_the_gap_link_opens_the_language_field_of_the_form(
    client: FlaskClient, staff: User, readers: dict[str, int]
) -> None:
    login(client, staff.email)
    page = client.get("/organisation/translations").get_data(as_text=True)
    href = MISSING_CELL.findall(page)[0][1]
    form = client.get(href.split("#")[0]).get_data(as_text=True)
    assert f'id="{href.split("#")[1]}"' in form


def test_the_activities_list_links_to_the_overview(client: FlaskClient, staff: User) -> None:
    login(client, staff.email)
    page = client.get("/organisation/activities").get_data(as_text=True)
    assert 'href="/organisation/translations"' in page


def test_without_activities_the_page_says_so(client: FlaskClient, staff: User) -> None:
    login(client, staff.email)
    page = client.get("/organisation/translations?lang=en")
    assert page.status_code == 200
    assert "You have no activities yet." in page.get_data(as_text=True)


@pytest.mark.parametrize("role", ["integrator", "counsellor", "admin"])
def test_other_roles_may_not_open_it(
    client: FlaskClient, request: pytest.FixtureRequest, role: str
) -> None:
    person = request.getfixturevalue(role)
    login(client, person.email)
    assert client.get("/organisation/translations").status_code == 403


def test_visitors_are_sent_to_sign_in(client: FlaskClient) -> None:
    response = client.get("/organisation/translations")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]

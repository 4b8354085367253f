"""The hours of my caseload as a CSV file, to enter into the agency's case system (KBI).

One row per ledger entry (attendance, proof from outside, correction), so every total can be
explained line by line; optional `from` and `to` (ISO dates, both included) bound the day
the hours were earned.

The column names and the names of the kinds are fixed Dutch words, whatever the reader's
language: the file feeds the agency's Dutch case system, whose import expects the same
header every time. They are therefore not marked for translation. Cells people typed (names,
activities, reasons, dossier numbers) go through `csv_export.cell`, so none runs as a formula.
"""

from __future__ import annotations

from flask import render_template, request
from flask_login import current_user
from werkzeug.wrappers import Response

from models.caseload import caseload_entries
from models.hours import HoursEntry
from models.reference import DEFAULT_LOCALE, HoursKind, Role
from models.sessions import BRUSSELS

from ..access import roles
from ..csv_export import cell, csv_download, csv_text
from ..database import db
from . import bp
from .forms import HoursExportForm

HEADER = (
    "Dossiernummer",
    "Naam",
    "Datum",
    "Minuten",
    "Uren (u:mm)",
    "Soort",
    "Activiteit",
    "Organisatie",
    "Ingevoerd door",
    "Ingevoerd op",
    "Reden",
    "Regel-ID",
)
KIND_NAMES = {
    HoursKind.ATTENDANCE: "Aanwezigheid",
    HoursKind.EXTERNAL_PROOF: "Extern bewijs",
    HoursKind.CORRECTION: "Correctie",
}


def hours_and_minutes(minutes: int) -> str:
    """150 as "2:30", -45 as "-0:45": how the case system takes a duration."""
    hours, rest = divmod(abs(minutes), 60)
    return f"{'-' if minutes < 0 else ''}{hours}:{rest:02d}"


def _where(entry: HoursEntry) -> tuple[str | None, str | None]:
    """The activity and organisation: from the catalogue (in Dutch) or as on the proof."""
    if entry.activity is not None:
        return entry.activity.text(DEFAULT_LOCALE).title, entry.activity.organisation.name
    return entry.external_activity, entry.external_organisation


def _row(entry: HoursEntry) -> list[object]:
    person = entry.integrator
    activity, organisation = _where(entry)
    return [
        cell(person.integrator.dossier_number if person.integrator else None),
        cell(person.name),
        entry.occurred_on.isoformat(),
        entry.minutes,
        hours_and_minutes(entry.minutes),
        KIND_NAMES[entry.kind],
        cell(activity),
        cell(organisation),
        cell(entry.created_by.name if entry.created_by else None),
        entry.created_at.astimezone(BRUSSELS).strftime("%Y-%m-%d %H:%M"),
        cell(entry.reason),
        entry.id,
    ]


@bp.get("/hours.csv")
@roles(Role.COUNSELLOR)
def hours_export() -> Response | tuple[str, int]:
    """The file, or a page saying which date is wrong (400)."""
    form = HoursExportForm(request.args)
    if not form.validate():
        return render_template("counsellor/hours_export.html", form=form), 400
    since, until = form.date_from.data, form.date_to.data
    entries = caseload_entries(db(), current_user.id, since=since, until=until)
    period = "".join(f"-{word}-{day}" for word, day in (("from", since), ("to", until)) if day)
    return csv_download(csv_text(HEADER, map(_row, entries)), f"kbi-hours{period}.csv")

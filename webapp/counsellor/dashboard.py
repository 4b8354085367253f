"""The caseload dashboard: everyone on my caseload with their hours, and who needs me now.

The figures and the flags come from `models.caseload`; this page only reads the search form
from the query string (so a view is a link to share or bookmark) and shows the rows.
"""

from __future__ import annotations

from flask import render_template, request
from flask_login import current_user

from models.caseload import Flag, select_rows
from models.caseload import caseload as caseload_of
from models.reference import Role

from ..access import roles
from ..database import db
from . import bp
from .forms import CaseloadFilterForm, HoursExportForm


@bp.get("/")
@roles(Role.COUNSELLOR)
def caseload() -> tuple[str, int]:
    """The whole caseload, searched, filtered and ordered as asked. A value we do not know
    (an old link, a typo in the address) is left out with a message: 400, never a 500."""
    rows = caseload_of(db(), current_user.id)
    form = CaseloadFilterForm(request.args)
    valid = form.validate()
    return render_template(
        "counsellor/caseload.html",
        rows=rows,
        shown=select_rows(rows, form.query()),
        form=form,
        needing_attention=sum(1 for row in rows if row.flags),
        flag_counts={flag.value: sum(flag in row.flags for row in rows) for flag in Flag},
        export_form=HoursExportForm(formdata=None),
    ), 200 if valid else 400

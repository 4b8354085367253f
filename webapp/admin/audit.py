"""The audit log for admins: who did what, filtered and paged."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import render_template, request
from sqlalchemy import select

from models import User, audit
from models.reference import TIMEZONE, Role
from models.users import find_user_by_email

from ..access import roles
from ..database import db
from . import bp
from .forms import AuditFilterForm

PAGE_SIZE = 100
BRUSSELS = ZoneInfo(TIMEZONE)


def _start_of(day) -> datetime:
    return datetime.combine(day, time(), BRUSSELS)


@bp.get("/audit")
@roles(Role.ADMIN)
def audit_log() -> tuple[str, int]:
    form = AuditFilterForm(request.args)
    if not form.validate():
        return render_template("admin/audit.html", form=form, events=[], actors={}), 400
    actor = find_user_by_email(db(), form.actor.data) if form.actor.data else None
    before = request.args.get("before", "")
    events = []
    if actor is not None or not form.actor.data:
        events = audit.search(
            db(),
            action=form.action.data or None,
            actor_id=actor.id if actor else None,
            since=_start_of(form.date_from.data) if form.date_from.data else None,
            until=_start_of(form.date_to.data + timedelta(days=1)) if form.date_to.data else None,
            before_id=int(before) if before.isdigit() and len(before) < 12 else None,
            limit=PAGE_SIZE,
        )
    actor_ids = {e.actor_id for e in events if e.actor_id}
    actors = {u.id: u for u in db().scalars(select(User).where(User.id.in_(actor_ids)))}
    older = None
    if len(events) == PAGE_SIZE:
        older = request.args.to_dict() | {"before": events[-1].id}
    return render_template(
        "admin/audit.html", form=form, events=events, actors=actors, older=older
    ), 200

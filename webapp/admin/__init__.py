"""The agency admin's screens: organisations to approve, counsellors, the audit log, people."""

from flask import Blueprint

bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates")

from . import (  # noqa: E402, F401  (routes on bp)
    audit,
    counsellors,
    moderation,
    organisations,
    people,
    trajectories,
)

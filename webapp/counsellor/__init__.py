"""The counsellor's screens: their caseload, the integrators on it and their hours."""

from flask import Blueprint

bp = Blueprint("counsellor", __name__, url_prefix="/counsellor", template_folder="templates")

# The modules register their routes on bp.
from . import dashboard, export, hours, routes  # noqa: E402, F401

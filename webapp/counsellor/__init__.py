"""The counsellor's screens: their caseload and the integrators on it."""

from flask import Blueprint

bp = Blueprint("counsellor", __name__, url_prefix="/counsellor", template_folder="templates")

from . import routes  # noqa: E402, F401  (routes register themselves on bp)

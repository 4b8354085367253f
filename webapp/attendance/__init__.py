"""Attendance: the host organisation's staff say who came to a past session, in one form."""

from flask import Blueprint

bp = Blueprint("attendance", __name__, template_folder="templates")

from . import routes  # noqa: E402, F401  (routes register themselves on bp)

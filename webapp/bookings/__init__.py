"""Bookings: the private calendar feed now; booking and cancelling pages come with them."""

from flask import Blueprint

bp = Blueprint("bookings", __name__, template_folder="templates")

from . import routes  # noqa: E402, F401  (routes register themselves on bp)

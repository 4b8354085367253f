"""Bookings: my bookings, booking and cancelling from the pages, the private calendar feed."""

from flask import Blueprint

bp = Blueprint("bookings", __name__, template_folder="templates")

from . import routes  # noqa: E402, F401  (routes register themselves on bp)

"""Host organisations: registering, and their staff (more screens come with the catalogue)."""

from flask import Blueprint

bp = Blueprint("organisation", __name__, template_folder="templates")

from . import activities, participants, routes, translations  # noqa: E402, F401  (routes register themselves on bp)

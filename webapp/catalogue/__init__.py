"""The public catalogue: find activities and read one, no account needed."""

from flask import Blueprint

bp = Blueprint("catalogue", __name__, template_folder="templates")

from . import routes  # noqa: E402, F401  (routes register themselves on bp)

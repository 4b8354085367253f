"""Signing in and out, and each person's home page."""

from flask import Blueprint

bp = Blueprint("accounts", __name__, template_folder="templates")

from . import routes  # noqa: E402, F401  (routes register themselves on bp)

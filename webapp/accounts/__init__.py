"""Accounts: signing in and out, signing up and activating, passwords, the profile."""

from flask import Blueprint

bp = Blueprint("accounts", __name__, template_folder="templates")

from . import onboarding, passwords, profile, routes  # noqa: E402, F401  (routes on bp)

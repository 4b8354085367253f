"""Certificates in the web app: issuing (staff, counsellors), the bulk zip, downloading and
revoking. The public check of a certificate is the `verify` area's."""

from flask import Blueprint

bp = Blueprint("certificates", __name__, template_folder="templates")

from . import routes  # noqa: E402, F401  (routes register themselves on bp)

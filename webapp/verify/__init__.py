"""Public checks of a certificate: by its code, or by dropping the PDF itself."""

from flask import Blueprint
from flask.blueprints import BlueprintSetupState

from .public import KIND_NAMES

bp = Blueprint("verify", __name__, template_folder="templates")


@bp.record_once
def _kind_names(state: BlueprintSetupState) -> None:
    """The kinds' names for every template (the verify pages and the integrator's home)."""
    state.app.jinja_env.globals["certificate_kind_names"] = KIND_NAMES


# The module registers its routes on bp.
from . import routes  # noqa: E402, F401

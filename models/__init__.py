"""The domain of the participation platform: tables and the rules that act on them.

No Flask here: the web app, the API and the command line all call these same rules.
"""

from .activities import Activity, ActivityGoal, ActivityTranslation
from .audit import AuditEvent
from .base import Base, utcnow
from .bookings import Booking
from .categories import Category
from .certificates import Certificate
from .hours import HoursEntry
from .next_sessions import refresh as refresh_next_sessions  # its flush listeners keep them
from .organisations import Membership, Organisation
from .outbox import OutboxMail
from .sessions import ActivitySession
from .tokens import ApiToken
from .trajectories import Trajectory
from .users import IntegratorProfile, User

__all__ = [
    "Activity",
    "ActivityGoal",
    "ActivitySession",
    "ActivityTranslation",
    "ApiToken",
    "AuditEvent",
    "Base",
    "Booking",
    "Category",
    "Certificate",
    "HoursEntry",
    "IntegratorProfile",
    "Membership",
    "Organisation",
    "OutboxMail",
    "Trajectory",
    "User",
    "refresh_next_sessions",
    "utcnow",
]

"""The whole schema of DESIGN.md, from an empty database.

The hours ledger is made append-only in the database itself: triggers refuse UPDATE and
DELETE on `hours_entries`, whatever code or person connects.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 11:18:19.937383
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


#: The categories every platform starts with (admins can add more later), named in all
#: twelve languages. Frozen here: later edits go through the admin screens, not this file.
DEFAULT_CATEGORIES = [
    {
        "code": "volunteering",
        "pictogram": "volunteering",
        "position": 0,
        "names": {
            "nl": "Vrijwilligerswerk",
            "en": "Volunteering",
            "fr": "Bénévolat",
            "ar": "العمل التطوعي",
            "uk": "Волонтерство",
            "ru": "Волонтёрство",
            "tr": "Gönüllülük",
            "fa": "کار داوطلبانه",
            "ps": "رضاکارانه کار",
            "ti": "ወለንታዊ ስራሕ",
            "so": "Shaqo tabarruc ah",
            "es": "Voluntariado",
        },
    },
    {
        "code": "conversation_table",
        "pictogram": "conversation_table",
        "position": 1,
        "names": {
            "nl": "Praattafel",
            "en": "Conversation table",
            "fr": "Table de conversation",
            "ar": "طاولة حوار",
            "uk": "Розмовний клуб",
            "ru": "Разговорный клуб",
            "tr": "Sohbet masası",
            "fa": "میز گفت\u200cوگو",
            "ps": "د خبرو اترو مېز",
            "ti": "ጠረጴዛ ምዝርራብ",
            "so": "Miiska wadahadalka",
            "es": "Mesa de conversación",
        },
    },
    {
        "code": "buddy",
        "pictogram": "buddy",
        "position": 2,
        "names": {
            "nl": "Buddy",
            "en": "Buddy",
            "fr": "Parrainage",
            "ar": "صديق مرافق",
            "uk": "Друг-наставник",
            "ru": "Друг-наставник",
            "tr": "Yol arkadaşı",
            "fa": "دوست همراه",
            "ps": "ملګری",
            "ti": "መሓዛ",
            "so": "Saaxiib",
            "es": "Compañero",
        },
    },
    {
        "code": "placement",
        "pictogram": "placement",
        "position": 3,
        "names": {
            "nl": "Snuffelstage",
            "en": "Taster placement",
            "fr": "Stage découverte",
            "ar": "تدريب استكشافي",
            "uk": "Ознайомче стажування",
            "ru": "Ознакомительная стажировка",
            "tr": "Tanışma stajı",
            "fa": "کارآموزی کوتاه",
            "ps": "لنډه کارآموزي",
            "ti": "ናይ ምልላይ ልምምድ ስራሕ",
            "so": "Tababar shaqo oo gaaban",
            "es": "Prácticas de iniciación",
        },
    },
    {
        "code": "sport",
        "pictogram": "sport",
        "position": 4,
        "names": {
            "nl": "Sport",
            "en": "Sport",
            "fr": "Sport",
            "ar": "رياضة",
            "uk": "Спорт",
            "ru": "Спорт",
            "tr": "Spor",
            "fa": "ورزش",
            "ps": "ورزش",
            "ti": "ስፖርት",
            "so": "Isboorti",
            "es": "Deporte",
        },
    },
    {
        "code": "culture",
        "pictogram": "culture",
        "position": 5,
        "names": {
            "nl": "Cultuur",
            "en": "Culture",
            "fr": "Culture",
            "ar": "ثقافة",
            "uk": "Культура",
            "ru": "Культура",
            "tr": "Kültür",
            "fa": "فرهنگ",
            "ps": "کلتور",
            "ti": "ባህሊ",
            "so": "Dhaqan",
            "es": "Cultura",
        },
    },
    {
        "code": "workshop",
        "pictogram": "workshop",
        "position": 6,
        "names": {
            "nl": "Workshop",
            "en": "Workshop",
            "fr": "Atelier",
            "ar": "ورشة عمل",
            "uk": "Майстер-клас",
            "ru": "Мастер-класс",
            "tr": "Atölye",
            "fa": "کارگاه",
            "ps": "ورکشاپ",
            "ti": "ኣውደ ስራሕ",
            "so": "Aqoon-is-weydaarsi",
            "es": "Taller",
        },
    },
    {
        "code": "digital",
        "pictogram": "digital",
        "position": 7,
        "names": {
            "nl": "Digitaal",
            "en": "Digital",
            "fr": "Numérique",
            "ar": "رقمي",
            "uk": "Цифрові навички",
            "ru": "Цифровые навыки",
            "tr": "Dijital",
            "fa": "دیجیتال",
            "ps": "ډیجیټل",
            "ti": "ዲጂታል",
            "so": "Dijitaal",
            "es": "Digital",
        },
    },
    {
        "code": "club",
        "pictogram": "club",
        "position": 8,
        "names": {
            "nl": "Vereniging",
            "en": "Club",
            "fr": "Club",
            "ar": "نادٍ",
            "uk": "Клуб",
            "ru": "Клуб",
            "tr": "Kulüp",
            "fa": "باشگاه",
            "ps": "کلب",
            "ti": "ክለብ",
            "so": "Naadi",
            "es": "Club",
        },
    },
]


LEDGER_GUARD_SQLITE = [
    """CREATE TRIGGER hours_entries_no_update BEFORE UPDATE ON hours_entries
       BEGIN SELECT RAISE(ABORT, 'hours_entries is append-only'); END""",
    """CREATE TRIGGER hours_entries_no_delete BEFORE DELETE ON hours_entries
       BEGIN SELECT RAISE(ABORT, 'hours_entries is append-only'); END""",
]
LEDGER_GUARD_POSTGRESQL = [
    """CREATE FUNCTION hours_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'hours_entries is append-only'; END $$""",
    """CREATE TRIGGER hours_entries_append_only BEFORE UPDATE OR DELETE ON hours_entries
       FOR EACH ROW EXECUTE FUNCTION hours_entries_append_only()""",
]


def _guard_ledger() -> None:
    dialect = op.get_bind().dialect.name
    for statement in LEDGER_GUARD_POSTGRESQL if dialect == "postgresql" else LEDGER_GUARD_SQLITE:
        op.execute(statement)


def _unguard_ledger() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER hours_entries_append_only ON hours_entries")
        op.execute("DROP FUNCTION hours_entries_append_only()")
    else:
        op.execute("DROP TRIGGER hours_entries_no_update")
        op.execute("DROP TRIGGER hours_entries_no_delete")


def upgrade() -> None:

    op.create_table(
        "categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("pictogram", sa.String(length=40), nullable=False),
        sa.Column(
            "names", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
        sa.UniqueConstraint("code", name=op.f("uq_categories_code")),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("to_address", sa.String(length=254), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_unsent", ["sent_at", "created_at"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "integrator",
                "counsellor",
                "organisation_staff",
                "admin",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("calendar_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "email IS NULL OR email = lower(email)", name=op.f("ck_users_email_lower_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("calendar_token", name=op.f("uq_users_calendar_token")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
        sa.UniqueConstraint("phone", name=op.f("uq_users_phone")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_role"), ["role"], unique=False)

    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("hint", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_api_tokens_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("target_type", sa.String(length=40), nullable=True),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("ip_address", sa.String(length=45), nullable=True),
        sa.Column(
            "details", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_audit_events_actor_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_action_at", ["action", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_at"), ["at"], unique=False)

    op.create_table(
        "integrator_profiles",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("dutch_level", sa.Integer(), nullable=False),
        sa.Column("dossier_number", sa.String(length=40), nullable=True),
        sa.Column("counsellor_id", sa.Integer(), nullable=True),
        sa.Column("voluntary", sa.Boolean(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "dutch_level BETWEEN 1 AND 4", name=op.f("ck_integrator_profiles_dutch_level_range")
        ),
        sa.ForeignKeyConstraint(
            ["counsellor_id"], ["users.id"], name=op.f("fk_integrator_profiles_counsellor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_integrator_profiles_user_id_users")
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_integrator_profiles")),
    )
    with op.batch_alter_table("integrator_profiles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_integrator_profiles_counsellor_id"), ["counsellor_id"], unique=False
        )

    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "approved",
                "rejected",
                name="organisationstatus",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        sa.Column("trusted", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=True),
        sa.Column("contact_email", sa.String(length=254), nullable=True),
        sa.Column("contact_phone", sa.String(length=32), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("logo_path", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["users.id"], name=op.f("fk_organisations_approved_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_status"), ["status"], unique=False)

    op.create_table(
        "trajectories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("integrator_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("target_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "completed",
                "exempt",
                name="trajectorystatus",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("target_minutes >= 0", name=op.f("ck_trajectories_target_not_negative")),
        sa.ForeignKeyConstraint(
            ["integrator_id"], ["users.id"], name=op.f("fk_trajectories_integrator_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectories")),
        sa.UniqueConstraint("integrator_id", name=op.f("uq_trajectories_integrator_id")),
    )
    with op.batch_alter_table("trajectories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trajectories_status"), ["status"], unique=False)

    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("dutch_level", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "published",
                "unpublished",
                "hidden",
                name="activitystatus",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("hidden_reason", sa.Text(), nullable=True),
        sa.Column("is_online", sa.Boolean(), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("municipality", sa.String(length=100), nullable=False),
        sa.Column("wheelchair_accessible", sa.Boolean(), nullable=False),
        sa.Column(
            "host_languages",
            sa.JSON().with_variant(postgresql.JSONB(), "postgresql"),
            nullable=False,
        ),
        sa.Column("buddy_offered", sa.Boolean(), nullable=False),
        sa.Column("guidance_offered", sa.Boolean(), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("contact_name", sa.String(length=200), nullable=True),
        sa.Column("contact_email", sa.String(length=254), nullable=True),
        sa.Column("contact_phone", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "dutch_level BETWEEN 1 AND 4", name=op.f("ck_activities_dutch_level_range")
        ),
        sa.CheckConstraint(
            "min_age IS NULL OR max_age IS NULL OR min_age <= max_age",
            name=op.f("ck_activities_age_range"),
        ),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_activities_category_id_categories")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_activities_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_activities_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activities_category_id"), ["category_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activities_dutch_level"), ["dutch_level"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activities_municipality"), ["municipality"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activities_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activities_status"), ["status"], unique=False)

    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("is_manager", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_memberships_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_memberships_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
        sa.UniqueConstraint(
            "organisation_id", "user_id", name=op.f("uq_memberships_organisation_id")
        ),
    )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_memberships_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_memberships_user_id"), ["user_id"], unique=False)

    op.create_table(
        "activity_goals",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column(
            "goal",
            sa.Enum(
                "learn_dutch",
                "meet_people",
                "make_friends",
                "learn_something",
                "volunteer",
                "prepare_for_work",
                name="goal",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_goals_activity_id_activities"),
        ),
        sa.PrimaryKeyConstraint("activity_id", "goal", name=op.f("pk_activity_goals")),
    )
    with op.batch_alter_table("activity_goals", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activity_goals_goal_activity", ["goal", "activity_id"], unique=False
        )

    op.create_table(
        "activity_translations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("what_to_bring", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_translations_activity_id_activities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_translations")),
        sa.UniqueConstraint(
            "activity_id", "locale", name=op.f("uq_activity_translations_activity_id")
        ),
    )
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "attendance",
                "completion",
                name="certificatekind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("issued_by_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issuer_name", sa.String(length=200), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=True),
        sa.Column("revoked_by_id", sa.Integer(), nullable=True),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_certificates_activity_id_activities")
        ),
        sa.ForeignKeyConstraint(
            ["holder_id"], ["users.id"], name=op.f("fk_certificates_holder_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["issued_by_id"], ["users.id"], name=op.f("fk_certificates_issued_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_certificates_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["certificates.id"],
            name=op.f("fk_certificates_replaces_id_certificates"),
        ),
        sa.ForeignKeyConstraint(
            ["revoked_by_id"], ["users.id"], name=op.f("fk_certificates_revoked_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
        sa.UniqueConstraint("code", name=op.f("uq_certificates_code")),
    )
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificates_holder_id"), ["holder_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_certificates_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_certificates_pdf_sha256"), ["pdf_sha256"], unique=False
        )

    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "scheduled",
                "cancelled",
                name="sessionstatus",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("cancelled_reason", sa.Text(), nullable=True),
        sa.Column("attendance_registered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("capacity >= 1", name=op.f("ck_sessions_capacity_positive")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_sessions_ends_after_start")),
        sa.CheckConstraint("minutes >= 0", name=op.f("ck_sessions_minutes_not_negative")),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_sessions_activity_id_activities")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sessions_activity_starts", ["activity_id", "starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sessions_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("integrator_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "booked",
                "waitlisted",
                "cancelled",
                "attended",
                "no_show",
                name="bookingstatus",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("booked_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attended_minutes", sa.Integer(), nullable=True),
        sa.Column("reminder_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["booked_by_id"], ["users.id"], name=op.f("fk_bookings_booked_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["integrator_id"], ["users.id"], name=op.f("fk_bookings_integrator_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_bookings_session_id_sessions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
    )
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bookings_integrator_id"), ["integrator_id"], unique=False
        )
        batch_op.create_index("ix_bookings_session_status", ["session_id", "status"], unique=False)
        batch_op.create_index(
            "uq_bookings_active_integrator_session",
            ["session_id", "integrator_id"],
            unique=True,
            sqlite_where=sa.text("status IN ('booked', 'waitlisted', 'attended', 'no_show')"),
            postgresql_where=sa.text("status IN ('booked', 'waitlisted', 'attended', 'no_show')"),
        )

    op.create_table(
        "hours_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("integrator_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "attendance",
                "external_proof",
                "correction",
                name="hourskind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("external_organisation", sa.String(length=200), nullable=True),
        sa.Column("external_activity", sa.String(length=200), nullable=True),
        sa.Column("proof_path", sa.String(length=300), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_hours_entries_activity_id_activities")
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name=op.f("fk_hours_entries_booking_id_bookings")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_hours_entries_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["integrator_id"], ["users.id"], name=op.f("fk_hours_entries_integrator_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hours_entries")),
    )
    with op.batch_alter_table("hours_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hours_entries_booking_id"), ["booking_id"], unique=False
        )
        batch_op.create_index(
            "ix_hours_entries_integrator_created", ["integrator_id", "created_at"], unique=False
        )
    _guard_ledger()
    categories = sa.table(
        "categories",
        sa.column("code", sa.String),
        sa.column("pictogram", sa.String),
        sa.column("position", sa.Integer),
        sa.column("names", sa.JSON),
    )
    op.bulk_insert(categories, DEFAULT_CATEGORIES)


def downgrade() -> None:
    _unguard_ledger()

    with op.batch_alter_table("hours_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_hours_entries_integrator_created")
        batch_op.drop_index(batch_op.f("ix_hours_entries_booking_id"))

    op.drop_table("hours_entries")
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_bookings_active_integrator_session",
            sqlite_where=sa.text("status IN ('booked', 'waitlisted', 'attended', 'no_show')"),
            postgresql_where=sa.text("status IN ('booked', 'waitlisted', 'attended', 'no_show')"),
        )
        batch_op.drop_index("ix_bookings_session_status")
        batch_op.drop_index(batch_op.f("ix_bookings_integrator_id"))

    op.drop_table("bookings")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sessions_starts_at"))
        batch_op.drop_index("ix_sessions_activity_starts")

    op.drop_table("sessions")
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificates_pdf_sha256"))
        batch_op.drop_index(batch_op.f("ix_certificates_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_certificates_holder_id"))

    op.drop_table("certificates")
    op.drop_table("activity_translations")
    with op.batch_alter_table("activity_goals", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_goals_goal_activity")

    op.drop_table("activity_goals")
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberships_user_id"))
        batch_op.drop_index(batch_op.f("ix_memberships_organisation_id"))

    op.drop_table("memberships")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_status"))
        batch_op.drop_index(batch_op.f("ix_activities_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_activities_municipality"))
        batch_op.drop_index(batch_op.f("ix_activities_dutch_level"))
        batch_op.drop_index(batch_op.f("ix_activities_category_id"))

    op.drop_table("activities")
    with op.batch_alter_table("trajectories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectories_status"))

    op.drop_table("trajectories")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_status"))

    op.drop_table("organisations")
    with op.batch_alter_table("integrator_profiles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_integrator_profiles_counsellor_id"))

    op.drop_table("integrator_profiles")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_at"))
        batch_op.drop_index("ix_audit_events_action_at")

    op.drop_table("audit_events")
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_tokens_user_id"))

    op.drop_table("api_tokens")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_role"))

    op.drop_table("users")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_unsent")

    op.drop_table("outbox")
    op.drop_table("categories")

"""The internal-customer network: per-pair monthly figures, survey rounds, anonymity threshold.

pair_months and pair_breakdowns summarise the requests and ratings per provider, customer
department and company-time month; they are filled here from the data already in the file and
kept up to date by the services afterwards. Survey answers are append-only, like the request
history. Only new tables, new indexes and one added column: no table is rebuilt.

Revision ID: 0009
Revises: 0006
Create Date: 2026-11-30
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None

REQUEST_INDEXES = {
    "ix_requests_pair_service": ["provider_id", "requester_department_id", "service_seconds", "resolved_at"],
    "ix_requests_resolution_due_at": ["resolution_due_at", "resolved_at", "status"],
}
# only the open requests (a few percent of a large file): those late now, per pair, read from the index alone
OPEN_PAIRS = ["provider_id", "requester_department_id", "standard_version_id", "status", "response_due_at",
              "resolution_due_at", "waiting_since"]
OPEN_WHERE = "status IN ('new', 'in_progress', 'waiting')"
APPEND_ONLY = ("survey_answers", "survey_scores")
# requests resolved per band of service time, doubling from 15 minutes (the last band open-ended)
BAND_LIMITS = [900 * 2 ** k for k in range(15)]
BAND_COLUMNS = [f"band_{i:02d}" for i in range(len(BAND_LIMITS) + 1)]


def upgrade() -> None:
    op.add_column("company", sa.Column("anonymity_threshold", sa.Integer(), server_default="5", nullable=False))
    op.create_table(
        "pair_months",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=False) for name in (
            "received", "resolved", "with_target", "within_target", "service_seconds", "ratings", "rating_sum",
            "anonymous_ratings", "anonymous_rating_sum", "breakdowns", *BAND_COLUMNS)],
        sa.PrimaryKeyConstraint("month", "provider_id", "customer_id", name=op.f("pk_pair_months")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "pair_breakdowns",
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("point", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("provider_id", "customer_id", "month", "version_id", "point",
                                name=op.f("pk_pair_breakdowns")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_pair_breakdowns_customer_id", "pair_breakdowns", ["customer_id", "month"])
    op.create_table(
        "provider_breakdowns",
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("point", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("anonymous_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("provider_id", "month", "version_id", "point", name=op.f("pk_provider_breakdowns")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "survey_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("status", sa.Enum("collecting", "finished", name="surveystatus", native_enum=False, length=32),
                  nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_survey_rounds_period_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_rounds")),
    )
    op.create_table(
        "survey_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.Enum("reliability", "responsiveness", "assurance", "empathy", "tangibles",
                                       name="surveydimension", native_enum=False, length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["round_id"], ["survey_rounds.id"],
                                name=op.f("fk_survey_questions_round_id_survey_rounds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_questions")),
        sa.UniqueConstraint("round_id", "position", name=op.f("uq_survey_questions_round_id")),
    )
    op.create_index("ix_survey_questions_round_id", "survey_questions", ["round_id"])
    op.create_table(
        "survey_pairs",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["departments.id"],
                                name=op.f("fk_survey_pairs_customer_id_departments")),
        sa.ForeignKeyConstraint(["provider_id"], ["departments.id"],
                                name=op.f("fk_survey_pairs_provider_id_departments")),
        sa.ForeignKeyConstraint(["round_id"], ["survey_rounds.id"], name=op.f("fk_survey_pairs_round_id_survey_rounds")),
        sa.PrimaryKeyConstraint("round_id", "provider_id", "customer_id", name=op.f("pk_survey_pairs")),
    )
    op.create_table(
        "survey_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=16), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("invited", sa.Integer(), nullable=False),
        sa.Column("returned", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("returned >= 0", name=op.f("ck_survey_forms_returned_not_negative")),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"],
                                name=op.f("fk_survey_forms_department_id_departments")),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_survey_forms_person_id_people")),
        sa.ForeignKeyConstraint(["round_id"], ["survey_rounds.id"], name=op.f("fk_survey_forms_round_id_survey_rounds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_forms")),
        sa.UniqueConstraint("token", name=op.f("uq_survey_forms_token")),
    )
    op.create_index("ix_survey_forms_round_id", "survey_forms", ["round_id", "department_id"])
    op.create_table(
        "survey_receipts",
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["form_id"], ["survey_forms.id"], name=op.f("fk_survey_receipts_form_id_survey_forms")),
        sa.PrimaryKeyConstraint("form_id", "digest", name=op.f("pk_survey_receipts")),
    )
    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("respondent_department_id", sa.Integer(), nullable=False),
        sa.Column("respondent_id", sa.Integer(), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("self_view", sa.Boolean(), nullable=False),
        sa.Column("breakdown_step_id", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.CheckConstraint("NOT anonymous OR respondent_id IS NULL",
                           name=op.f("ck_survey_answers_anonymous_has_no_respondent")),
        sa.ForeignKeyConstraint(["breakdown_step_id"], ["standard_steps.id"],
                                name=op.f("fk_survey_answers_breakdown_step_id_standard_steps")),
        sa.ForeignKeyConstraint(["provider_id"], ["departments.id"],
                                name=op.f("fk_survey_answers_provider_id_departments")),
        sa.ForeignKeyConstraint(["respondent_department_id"], ["departments.id"],
                                name=op.f("fk_survey_answers_respondent_department_id_departments")),
        sa.ForeignKeyConstraint(["respondent_id"], ["people.id"], name=op.f("fk_survey_answers_respondent_id_people")),
        sa.ForeignKeyConstraint(["round_id"], ["survey_rounds.id"],
                                name=op.f("fk_survey_answers_round_id_survey_rounds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
    )
    op.create_index("ix_survey_answers_round_id", "survey_answers", ["round_id", "provider_id"])
    op.create_table(
        "survey_scores",
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_survey_scores_score_range")),
        sa.ForeignKeyConstraint(["answer_id"], ["survey_answers.id"],
                                name=op.f("fk_survey_scores_answer_id_survey_answers")),
        sa.ForeignKeyConstraint(["question_id"], ["survey_questions.id"],
                                name=op.f("fk_survey_scores_question_id_survey_questions")),
        sa.PrimaryKeyConstraint("answer_id", "question_id", name=op.f("pk_survey_scores")),
    )
    # An answer given is evidence: nobody, ours or a bug, may change or remove it.
    server = op.get_bind().dialect.name == "postgresql"
    for table in APPEND_ONLY:
        if server:  # icd_refuse_change() comes from 0002
            for what, each in (("UPDATE", "ROW"), ("DELETE", "ROW"), ("TRUNCATE", "STATEMENT")):
                op.execute(f"CREATE TRIGGER {table}_no_{what.lower()} BEFORE {what} ON {table} "
                           f"FOR EACH {each} EXECUTE FUNCTION icd_refuse_change('survey answers cannot be changed')")
            continue
        for what in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {table}_no_{what.lower()} BEFORE {what} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, 'survey answers cannot be changed'); END")
    for name, columns in REQUEST_INDEXES.items():
        op.create_index(name, "requests", columns)
    op.create_index("ix_requests_open_pairs", "requests", OPEN_PAIRS, sqlite_where=sa.text(OPEN_WHERE),
                    postgresql_where=sa.text(OPEN_WHERE))
    op.create_index("ix_requests_cancelled_at", "requests", ["cancelled_at"],
                    sqlite_where=sa.text("cancelled_at IS NOT NULL"), postgresql_where=sa.text("cancelled_at IS NOT NULL"))
    if server:
        _check_nothing_to_summarise()
    else:
        _fill_summaries()


def downgrade() -> None:
    op.drop_index("ix_requests_cancelled_at", "requests")
    op.drop_index("ix_requests_open_pairs", "requests")
    for name in REQUEST_INDEXES:
        op.drop_index(name, "requests")
    for table in APPEND_ONLY:
        for what in ("update", "delete"):
            op.execute(f"DROP TRIGGER {table}_no_{what}")
    for table in ("survey_scores", "survey_answers", "survey_receipts", "survey_forms", "survey_pairs",
                  "survey_questions", "survey_rounds", "provider_breakdowns", "pair_breakdowns", "pair_months"):
        op.drop_table(table)
    with op.batch_alter_table("company") as batch:
        batch.drop_column("anonymity_threshold")


def _check_nothing_to_summarise() -> None:
    """A server database is made by an icdesk that already knows this revision, so it reaches here
    empty; the summaries of older data are SQLite SQL (copying a file in fills them as it goes)."""
    conn = op.get_bind()
    if conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM requests) OR EXISTS (SELECT 1 FROM feedback)").scalar():
        raise NotImplementedError("a server database with requests from before revision 0009 cannot be upgraded")


# -- the summaries of the data already in the file (frozen copy of services.network_figures.rebuild) --
def _stored(instant: datetime) -> str:
    """An instant as UTCDateTime stores it: naive UTC text that sorts in time order."""
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _month_case(column: str, zone: ZoneInfo, first: date, last: date) -> str:
    whens = []
    month = first.replace(day=1)
    while month <= last:
        following = (month + timedelta(days=32)).replace(day=1)
        whens.append(f"WHEN {column} < '{_stored(datetime.combine(following, time(), zone))}' THEN '{month:%Y-%m}'")
        month = following
    return f"CASE {' '.join(whens)} ELSE '{last:%Y-%m}' END"


def _fill_summaries() -> None:
    conn = op.get_bind()
    run = conn.exec_driver_sql
    name = run("SELECT time_zone FROM company LIMIT 1").scalar()
    try:
        zone = ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    bounds = run("SELECT min(x), max(y) FROM (SELECT min(created_at) x, max(max(created_at), "
                 "coalesce(max(resolved_at), ''), coalesce(max(first_response_at), '')) y FROM requests "
                 "UNION ALL SELECT min(created_at), max(created_at) FROM feedback)").one()
    if bounds[0] is None:
        return

    def day(text: str) -> date:
        return datetime.fromisoformat(text).replace(tzinfo=UTC).astimezone(zone).date()

    first, last = day(bounds[0]), day(bounds[1])

    def month(column: str) -> str:
        return _month_case(column, zone, first, last)

    run(f"""CREATE TEMP TABLE network_signals AS
        SELECT provider_id p, coalesce(requester_department_id, 0) c, {month('resolved_at')} m,
               coalesce(standard_version_id, 0) v, 'resolution_late' point, 1 n, 0 anon
        FROM requests WHERE resolved_at > resolution_due_at
        UNION ALL
        SELECT provider_id, coalesce(requester_department_id, 0), {month('first_response_at')},
               coalesce(standard_version_id, 0), 'response_late', 1, 0
        FROM requests WHERE first_response_at > response_due_at
        UNION ALL
        SELECT f.department_id, coalesce(f.author_department_id, r.requester_department_id, 0),
               {month('f.created_at')}, coalesce(r.standard_version_id, 0),
               coalesce(f.breakdown_point, 'poor_rating'), NOT f.anonymous, f.anonymous = 1
        FROM feedback f LEFT JOIN requests r ON r.id = f.request_id
        WHERE f.breakdown_point IS NOT NULL OR f.rating <= 2""")
    run("""INSERT INTO pair_breakdowns (provider_id, customer_id, month, version_id, point, count)
        SELECT p, c, m, v, point, sum(n) FROM temp.network_signals WHERE n > 0 GROUP BY p, c, m, v, point""")
    run("""INSERT INTO provider_breakdowns (provider_id, month, version_id, point, count, anonymous_count)
        SELECT p, m, v, point, sum(n), sum(anon) FROM temp.network_signals GROUP BY p, m, v, point""")
    run("DROP TABLE temp.network_signals")
    band = "CASE " + " ".join(f"WHEN coalesce(service_seconds, 0) < {limit} THEN {i}"
                              for i, limit in enumerate(BAND_LIMITS)) + f" ELSE {len(BAND_LIMITS)} END"
    bands = ", ".join(f"{band} = {i}" for i in range(len(BAND_COLUMNS)))
    no_bands = ", ".join("0" for _ in BAND_COLUMNS)
    run(f"""INSERT INTO pair_months (provider_id, customer_id, month, received, resolved, with_target, within_target,
            service_seconds, ratings, rating_sum, anonymous_ratings, anonymous_rating_sum, breakdowns,
            {", ".join(BAND_COLUMNS)})
        SELECT p, c, m, sum(a), sum(b), sum(d), sum(e), sum(f), sum(g), sum(h), sum(i), sum(j), sum(k),
               {", ".join(f"sum({column})" for column in BAND_COLUMNS)} FROM (
            SELECT provider_id p, coalesce(requester_department_id, 0) c, {month('created_at')} m,
                   1 a, 0 b, 0 d, 0 e, 0 f, 0 g, 0 h, 0 i, 0 j, 0 k,
                   {", ".join(f"0 {column}" for column in BAND_COLUMNS)} FROM requests
            UNION ALL
            SELECT provider_id, coalesce(requester_department_id, 0), {month('resolved_at')}, 0, 1,
                   resolution_due_at IS NOT NULL, coalesce(resolved_at <= resolution_due_at, 0),
                   coalesce(service_seconds, 0), 0, 0, 0, 0, 0, {bands} FROM requests WHERE resolved_at IS NOT NULL
            UNION ALL
            SELECT f.department_id, coalesce(f.author_department_id, r.requester_department_id, 0),
                   {month('f.created_at')}, 0, 0, 0, 0, 0, NOT f.anonymous, (NOT f.anonymous) * f.rating,
                   f.anonymous = 1, (f.anonymous = 1) * f.rating, 0, {no_bands}
            FROM feedback f LEFT JOIN requests r ON r.id = f.request_id
            UNION ALL
            SELECT provider_id, customer_id, month, 0, 0, 0, 0, 0, 0, 0, 0, 0, count, {no_bands} FROM pair_breakdowns
        ) GROUP BY p, c, m""")

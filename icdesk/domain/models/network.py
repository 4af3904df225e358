"""The internal-customer network: figures per pair of departments, and survey rounds.

A *pair* is one department (the provider) serving another (the customer). ``pair_months`` and
``pair_breakdowns`` are summaries the write helpers keep up to date in the same transaction as
every request and rating, so the network views add up a few thousand rows instead of a million.
They are derived data: ``icdesk.services.network_figures.rebuild`` makes them again from the
requests and feedback (after a time-zone change, for instance).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from icdesk.domain.enums import SurveyDimension, SurveyStatus
from icdesk.domain.models.base import Base, enum_column

NO_DEPARTMENT = 0  # customer of a request asked by someone who belongs to no department
NO_STANDARD = 0
# Bands of service time, doubling from 15 minutes: under 15 min, 15-30 min, 30-60 min ... 85-170 days,
# longer. How many requests each pair resolved in each band tells in which band its median lies;
# the exact median is then read from the few requests of that band alone.
BAND_LIMITS: tuple[int, ...] = tuple(900 * 2 ** k for k in range(15))  # seconds
BANDS = len(BAND_LIMITS) + 1


def band_of(seconds: int) -> int:
    """The band of a service time: how many limits it reached (a binary search, asked once per request
    when a million go in at once)."""
    return bisect_right(BAND_LIMITS, seconds)


def band_column(index: int) -> str:
    return f"band_{index:02d}"


class PairMonth(Base):
    """One provider, one customer department, one month of the company's calendar ("2026-03")."""

    __tablename__ = "pair_months"
    # the month first: a period is one range of the table, read in order
    __table_args__ = (PrimaryKeyConstraint("month", "provider_id", "customer_id"), {"sqlite_with_rowid": False})

    month: Mapped[str] = mapped_column(String(7))
    provider_id: Mapped[int]
    customer_id: Mapped[int]  # NO_DEPARTMENT when not known
    received: Mapped[int] = mapped_column(default=0)  # logged in the month
    resolved: Mapped[int] = mapped_column(default=0)  # resolved in the month (reopened ones leave again)
    with_target: Mapped[int] = mapped_column(default=0)  # of those, with a resolution target
    within_target: Mapped[int] = mapped_column(default=0)
    service_seconds: Mapped[int] = mapped_column(default=0)  # sum of the provider's time of those resolved
    # ratings given in the month, named ones apart from anonymous ones: anonymous ratings are only
    # shown where enough people gave them (see icdesk.domain.anonymity)
    ratings: Mapped[int] = mapped_column(default=0)
    rating_sum: Mapped[int] = mapped_column(default=0)
    anonymous_ratings: Mapped[int] = mapped_column(default=0)
    anonymous_rating_sum: Mapped[int] = mapped_column(default=0)
    breakdowns: Mapped[int] = mapped_column(default=0)  # PairBreakdown.count added up
    # band_00 ... band_15: requests resolved in the month per band of service time (see band_of)
    for _index in range(BANDS):
        locals()[band_column(_index)] = mapped_column(Integer, default=0, nullable=False)
    del _index


class PairBreakdown(Base):
    """How often service broke down for one pair in one month, where (standard) and how (point).

    ``point`` is a BreakdownPoint named in feedback, or one of the BreakdownSignals found in the
    requests themselves (a target missed, a poor rating that named no point). Points named in
    anonymous feedback are counted only for the provider as a whole (ProviderBreakdown): a pair
    is too small a group to show them.
    """

    __tablename__ = "pair_breakdowns"
    __table_args__ = (
        PrimaryKeyConstraint("provider_id", "customer_id", "month", "version_id", "point"),
        Index("ix_pair_breakdowns_customer_id", "customer_id", "month"),
        {"sqlite_with_rowid": False},
    )

    provider_id: Mapped[int]
    customer_id: Mapped[int]
    month: Mapped[str] = mapped_column(String(7))
    version_id: Mapped[int]  # standard version followed, NO_STANDARD if none
    point: Mapped[str] = mapped_column(String(32))
    count: Mapped[int] = mapped_column(default=0)


class ProviderBreakdown(Base):
    """The breakdowns of one provider in one month, whoever its customer: what the Pareto of the
    whole company and of one department adds up."""

    __tablename__ = "provider_breakdowns"
    __table_args__ = (PrimaryKeyConstraint("provider_id", "month", "version_id", "point"),
                      {"sqlite_with_rowid": False})

    provider_id: Mapped[int]
    month: Mapped[str] = mapped_column(String(7))
    version_id: Mapped[int]
    point: Mapped[str] = mapped_column(String(32))
    count: Mapped[int] = mapped_column(default=0)
    anonymous_count: Mapped[int] = mapped_column(default=0)  # named in anonymous feedback


class SurveyRound(Base):
    """One round of "How well does IT serve you?" questions, asked of chosen pairs."""

    __tablename__ = "survey_rounds"
    __table_args__ = (CheckConstraint("period_end >= period_start", name="period_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date]  # the service the answers are about
    period_end: Mapped[date]
    anonymous: Mapped[bool] = mapped_column(default=True)
    status: Mapped[SurveyStatus] = mapped_column(enum_column(SurveyStatus), default=SurveyStatus.OPEN)
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class SurveyQuestion(Base):
    __tablename__ = "survey_questions"
    __table_args__ = (UniqueConstraint("round_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("survey_rounds.id"), index=True)
    position: Mapped[int]
    dimension: Mapped[SurveyDimension] = mapped_column(enum_column(SurveyDimension))
    text: Mapped[str] = mapped_column(Text)


class SurveyPair(Base):
    """A pair the round asks about: customers of ``customer_id`` rate ``provider_id``."""

    __tablename__ = "survey_pairs"

    round_id: Mapped[int] = mapped_column(ForeignKey("survey_rounds.id"), primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), primary_key=True)


class SurveyForm(Base):
    """A form handed out: one per respondent (named rounds) or one per department (anonymous).

    The token printed on it tells a returned form from another; an anonymous form's token
    names the department's form, never a person, and answers do not keep it.
    """

    __tablename__ = "survey_forms"
    __table_args__ = (
        CheckConstraint("returned >= 0", name="returned_not_negative"),
        Index("ix_survey_forms_round_id", "round_id", "department_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("survey_rounds.id"))
    token: Mapped[str] = mapped_column(String(16), unique=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # None: anonymous form
    invited: Mapped[int] = mapped_column(default=1)  # people expected to answer it
    returned: Mapped[int] = mapped_column(default=0)  # answered forms received
    created_at: Mapped[datetime]


class SurveyReceipt(Base):
    """A fingerprint of each anonymous form returned as a file, so the same file imported twice is
    recognised. Kept apart from the answers and naming nothing of who sent it."""

    __tablename__ = "survey_receipts"

    form_id: Mapped[int] = mapped_column(ForeignKey("survey_forms.id"), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)


class SurveyAnswer(Base):
    """One respondent's view of one provider (or of their own department: ``self_view``)."""

    __tablename__ = "survey_answers"
    __table_args__ = (
        CheckConstraint("NOT anonymous OR respondent_id IS NULL", name="anonymous_has_no_respondent"),
        Index("ix_survey_answers_round_id", "round_id", "provider_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("survey_rounds.id"))
    provider_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    respondent_department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    respondent_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    anonymous: Mapped[bool]
    self_view: Mapped[bool] = mapped_column(default=False)
    breakdown_step_id: Mapped[int | None] = mapped_column(ForeignKey("standard_steps.id"))
    comment: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[date]  # a day, not a time: the moment a form came back could name its sender


class SurveyScore(Base):
    __tablename__ = "survey_scores"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),)

    answer_id: Mapped[int] = mapped_column(ForeignKey("survey_answers.id"), primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_questions.id"), primary_key=True)
    score: Mapped[int]

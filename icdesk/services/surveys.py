"""Survey rounds: measurable feedback from internal customers, and each provider's view of itself.

The default questionnaire follows the internal service quality research (INTSERVQUAL, Frost &
Kumar 2000): reliability, responsiveness, assurance, empathy and tangibles, rated as perceptions
from 1 to 5 (Brandon-Jones & Silvestro 2010 found perceptions alone as valid as gap scores).
Each provider rates itself on the same items, so the results show how far its own view is from
its customers' (teams rate themselves higher: Gilbert 2000).

Every answer enters through ``prepare_return`` + ``insert_return``: the fast entry grid, one
returned PDF form or a folder of them, the example company. Answers are never changed (triggers
refuse it). An anonymous answer keeps the respondent's department and nothing else: no person,
no form token, no file name, and only the day it came in.
"""

from __future__ import annotations

import hashlib
import json
import random
import secrets
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from icdesk.domain.anonymity import DEFAULT_THRESHOLD, disclosed, enough
from icdesk.domain.enums import StandardStatus, SurveyDimension, SurveyStatus
from icdesk.domain.errors import DuplicateError, NotFoundError, RuleError, ValidationError
from icdesk.domain.models import (
    Company,
    Department,
    PairMonth,
    Person,
    ServiceAgreement,
    ServiceStandard,
    StandardStep,
    StandardVersion,
    SurveyAnswer,
    SurveyForm,
    SurveyPair,
    SurveyQuestion,
    SurveyReceipt,
    SurveyRound,
    SurveyScore,
)
from icdesk.domain.rules import TEXT_MAX, TITLE_MAX, check_day, clean_text
from icdesk.i18n import QT_TRANSLATE_NOOP, Formatter
from icdesk.services.base import ServiceBase, get_or_fail, gone

if TYPE_CHECKING:
    from icdesk.services.base import ServiceContext
    from icdesk.services.network import Period

D = SurveyDimension
# (dimension, statement): the respondent says how far they agree, 1 (not at all) to 5 (fully)
DEFAULT_QUESTIONS: list[tuple[SurveyDimension, str]] = [
    (D.RELIABILITY, QT_TRANSLATE_NOOP("Survey", "This department does what it promised, when it promised it.")),
    (D.RESPONSIVENESS, QT_TRANSLATE_NOOP("Survey", "This department answers promptly and helps quickly when "
                                                   "needed.")),
    (D.ASSURANCE, QT_TRANSLATE_NOOP("Survey", "This department's people know their job: their work and their "
                                              "word can be trusted.")),
    (D.EMPATHY, QT_TRANSLATE_NOOP("Survey", "This department understands what its internal customers need.")),
    (D.TANGIBLES, QT_TRANSLATE_NOOP("Survey", "This department's forms, tools and information are clear and easy "
                                              "to use.")),
]
TOKEN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed from paper
MAX_QUESTIONS = 30


def new_token() -> str:
    raw = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def clean_token(text: str) -> str:
    """A token as typed from paper: any case, with or without the dash or spaces."""
    raw = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    return f"{raw[:4]}-{raw[4:]}" if len(raw) == 8 else raw


# -- what the services hand out ---------------------------------------------------------------
@dataclass(frozen=True)
class QuestionRow:
    id: int
    position: int
    dimension: SurveyDimension
    text: str


@dataclass(frozen=True)
class RoundRow:
    id: int
    title: str
    period_start: date
    period_end: date
    anonymous: bool
    status: SurveyStatus
    created_at: datetime
    closed_at: datetime | None
    pairs: tuple[tuple[int, int], ...]
    forms: int
    invited: int
    returned: int
    answers: int

    @property
    def response_rate(self) -> float | None:
        return None if not self.invited else min(1.0, self.returned / self.invited)


@dataclass
class RoundDraft:
    title: str
    period_start: date
    period_end: date
    anonymous: bool
    pairs: list[tuple[int, int]]  # (provider, customer): customers of ``customer`` rate ``provider``
    questions: list[tuple[SurveyDimension, str]] = field(default_factory=list)


@dataclass(frozen=True)
class RoundCheck:
    """What a new round's form tells before it is started; nothing here stops it."""

    threshold: int
    # providers whose anonymous ratings could never be shown: fewer people can rate them than the
    # threshold (name, how many could); sorted by name
    held_back: tuple[tuple[str, int], ...]
    # rounds already asking about some of the same pairs over some of the same days: title, period
    overlapping: tuple[tuple[str, date, date], ...]


@dataclass(frozen=True)
class StepChoice:
    """A step of one of the provider's standards where service may have broken down: "2.3"."""

    code: str
    step_id: int
    standard_title: str
    text: str


@dataclass(frozen=True)
class FormSection:
    provider_id: int
    provider_name: str
    self_view: bool  # the respondent's own department, rating itself
    steps: tuple[StepChoice, ...]


@dataclass(frozen=True)
class FormContent:
    form_id: int
    token: str
    round: RoundRow
    questions: tuple[QuestionRow, ...]
    department_id: int
    department_name: str
    respondent_id: int | None
    respondent_name: str
    invited: int
    returned: int
    sections: tuple[FormSection, ...]


@dataclass
class SectionAnswer:
    """What a respondent said about one provider: scores by question id, a step code, a comment."""

    provider_id: int
    self_view: bool = False
    served: bool = True
    scores: dict[int, int] = field(default_factory=dict)
    breakdown: str = ""  # a StepChoice code, or empty
    comment: str = ""

    def answered(self) -> bool:
        return bool(self.scores or self.comment.strip() or self.breakdown.strip())


@dataclass(frozen=True)
class DimensionScore:
    dimension: SurveyDimension
    customers: float | None
    self_view: float | None

    @property
    def gap(self) -> float | None:
        """Own view minus the customers' view: above zero, the team thinks better of itself."""
        if self.customers is None or self.self_view is None:
            return None
        return self.self_view - self.customers


@dataclass(frozen=True)
class ProviderResult:
    provider_id: int
    provider_name: str
    answers: int  # customers' answers counted
    held_back: int  # anonymous answers not shown: too few to stay anonymous
    self_answers: int
    self_held_back: int
    score: float | None  # the customers' mean of every item
    self_score: float | None
    dimensions: tuple[DimensionScore, ...]
    by_customer: tuple[tuple[int, str, float | None, int], ...]  # department, name, score, answers
    breakdown_steps: tuple[tuple[str, int], ...]  # "standard - step", how often named
    comments: tuple[str, ...]

    @property
    def gap(self) -> float | None:
        return None if self.score is None or self.self_score is None else self.self_score - self.score


@dataclass(frozen=True)
class RoundResults:
    round: RoundRow
    threshold: int
    response: tuple[tuple[int, str, int, int], ...]  # department, name, invited, returned
    providers: tuple[ProviderResult, ...]


@dataclass
class PreparedReturn:
    """A checked returned form: answer rows with their scores, ready to insert."""

    form_id: int
    anonymous: bool
    answers: list[tuple[dict[str, Any], dict[int, int]]]
    digest: str | None = None


# -- reading rounds ---------------------------------------------------------------------------
def _round_rows(s: Session, *where: Any) -> list[RoundRow]:
    rounds = s.scalars(select(SurveyRound).where(*where).order_by(SurveyRound.created_at.desc(),
                                                                 SurveyRound.id.desc())).all()
    ids = [r.id for r in rounds]
    pairs: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for rid, p, c in s.execute(select(SurveyPair.round_id, SurveyPair.provider_id, SurveyPair.customer_id)
                               .where(SurveyPair.round_id.in_(ids))):
        pairs[rid].append((p, c))
    forms = {rid: (int(n), int(inv or 0), int(ret or 0)) for rid, n, inv, ret in s.execute(
        select(SurveyForm.round_id, func.count(), func.sum(SurveyForm.invited), func.sum(SurveyForm.returned))
        .where(SurveyForm.round_id.in_(ids)).group_by(SurveyForm.round_id))}
    answers = dict(s.execute(select(SurveyAnswer.round_id, func.count()).where(SurveyAnswer.round_id.in_(ids))
                             .group_by(SurveyAnswer.round_id)).all())
    return [RoundRow(r.id, r.title, r.period_start, r.period_end, r.anonymous, r.status, r.created_at, r.closed_at,
                     tuple(sorted(pairs[r.id])), *forms.get(r.id, (0, 0, 0)), int(answers.get(r.id, 0)))
            for r in rounds]


def _questions(s: Session, round_id: int) -> tuple[QuestionRow, ...]:
    return tuple(QuestionRow(q.id, q.position, q.dimension, q.text) for q in s.scalars(
        select(SurveyQuestion).where(SurveyQuestion.round_id == round_id).order_by(SurveyQuestion.position)))


def step_choices(s: Session, provider_ids: Iterable[int]) -> dict[int, tuple[StepChoice, ...]]:
    """Each provider's standards in force and their steps, coded "standard.step" in a stable order."""
    wanted = sorted(set(provider_ids))
    versions = s.execute(
        select(ServiceStandard.department_id, StandardVersion.id, StandardVersion.title)
        .join(StandardVersion, StandardVersion.standard_id == ServiceStandard.id)
        .where(ServiceStandard.department_id.in_(wanted), ServiceStandard.archived_at.is_(None),
               StandardVersion.status == StandardStatus.ACTIVE)
        .order_by(ServiceStandard.department_id, ServiceStandard.id)).all()
    steps: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for version_id, step_id, position, text in s.execute(
            select(StandardStep.version_id, StandardStep.id, StandardStep.position, StandardStep.text)
            .where(StandardStep.version_id.in_([v.id for v in versions])).order_by(StandardStep.position)):
        steps[version_id].append((step_id, position, text))
    out: dict[int, list[StepChoice]] = defaultdict(list)
    numbers: dict[int, int] = defaultdict(int)
    for department, version_id, title in versions:
        numbers[department] += 1
        for number, (step_id, _position, text) in enumerate(steps[version_id], start=1):
            out[department].append(StepChoice(f"{numbers[department]}.{number}", step_id, title, text))
    return {p: tuple(out.get(p, ())) for p in wanted}


def form_content(s: Session, form: SurveyForm) -> FormContent:
    [round_row] = _round_rows(s, SurveyRound.id == form.round_id)
    names = dict(s.execute(select(Department.id, Department.name)).all())
    providers = sorted({p for p, c in round_row.pairs if c == form.department_id},
                       key=lambda p: names.get(p, "").casefold())
    own = form.department_id in {p for p, _ in round_row.pairs}
    choices = step_choices(s, [*providers, form.department_id])
    sections = ([FormSection(form.department_id, names.get(form.department_id, "?"), True,
                             choices[form.department_id])] if own else [])
    sections += [FormSection(p, names.get(p, "?"), False, choices[p]) for p in providers]
    person = s.get(Person, form.person_id) if form.person_id else None
    return FormContent(form.id, form.token, round_row, _questions(s, form.round_id), form.department_id,
                       names.get(form.department_id, "?"), form.person_id, person.full_name if person else "",
                       form.invited, form.returned, tuple(sections))


# -- writing rounds ---------------------------------------------------------------------------
def _clean_questions(questions: Sequence[tuple[SurveyDimension | str, str]]) -> list[tuple[SurveyDimension, str]]:
    out = []
    for dimension, text in questions:
        try:
            dim = SurveyDimension(dimension)
        except ValueError:
            raise ValidationError("“{value}” is not one of: {join}.", value=dimension,
                                  join=", ".join(d.value for d in SurveyDimension), field="questions") from None
        cleaned = clean_text(text, "A question", required=False, max_len=500, field="questions", single_line=True)
        if cleaned:
            out.append((dim, cleaned))
    if not out:
        raise ValidationError("Ask at least one question.", field="questions")
    if len(out) > MAX_QUESTIONS:
        raise ValidationError("Ask at most {limit} questions: long forms come back half answered.",
                              field="questions", limit=MAX_QUESTIONS)
    return out


def add_round(s: Session, now: datetime, draft: RoundDraft) -> SurveyRound:
    """Start a round: its questions, the pairs it asks about and a form for each respondent."""
    title = clean_text(draft.title, "The title", required=True, max_len=TITLE_MAX, field="title", single_line=True)
    check_day(draft.period_start, "period_start")
    check_day(draft.period_end, "period_end")
    if draft.period_end < draft.period_start:
        raise ValidationError("The period ends before it starts.", field="period_end")
    questions = _clean_questions(draft.questions)
    pairs = sorted({(int(p), int(c)) for p, c in draft.pairs})
    if not pairs:
        raise ValidationError("Choose at least one pair: which department's service is rated, and by whom.",
                              field="pairs")
    if any(p == c for p, c in pairs):
        raise ValidationError("A department rates its own service in the self-view part of the form, not as a "
                              "pair.", field="pairs")
    involved = {d for pair in pairs for d in pair}
    known = dict(s.execute(select(Department.id, Department.archived_at).where(Department.id.in_(involved))).all())
    if set(known) != involved:
        raise gone("department")
    if any(archived is not None for archived in known.values()):
        raise RuleError("Archived departments take no part in new survey rounds.")
    survey = SurveyRound(title=title, period_start=draft.period_start, period_end=draft.period_end,
                         anonymous=bool(draft.anonymous), status=SurveyStatus.OPEN, created_at=now)
    s.add(survey)
    s.flush()
    for position, (dimension, text) in enumerate(questions, start=1):
        s.add(SurveyQuestion(round_id=survey.id, position=position, dimension=dimension, text=text))
    for p, c in pairs:
        s.add(SurveyPair(round_id=survey.id, provider_id=p, customer_id=c))
    people: dict[int, list[int]] = defaultdict(list)
    for pid, dept in s.execute(select(Person.id, Person.department_id).where(
            Person.active.is_(True), Person.department_id.in_(involved)).order_by(Person.full_name, Person.id)):
        if dept is not None:
            people[dept].append(pid)
    for department in sorted(involved):
        if draft.anonymous:
            s.add(SurveyForm(round_id=survey.id, token=_unused_token(s), department_id=department, person_id=None,
                             invited=max(1, len(people[department])), returned=0, created_at=now))
        else:
            for person in people[department]:
                s.add(SurveyForm(round_id=survey.id, token=_unused_token(s), department_id=department,
                                 person_id=person, invited=1, returned=0, created_at=now))
    s.flush()
    return survey


def _unused_token(s: Session) -> str:
    while True:
        token = new_token()
        if s.scalar(select(SurveyForm.id).where(SurveyForm.token == token)) is None:
            return token


def replace_questions(s: Session, survey: SurveyRound, questions: Sequence[tuple[SurveyDimension | str, str]]) -> None:
    """The manager may reword the questions until the first answer arrives; after that the answers
    refer to them as they were."""
    cleaned = _clean_questions(questions)
    if s.scalar(select(SurveyAnswer.id).where(SurveyAnswer.round_id == survey.id).limit(1)) is not None:
        raise RuleError("Answers already refer to these questions, so they can no longer be changed; start a new "
                        "round to ask different ones.")
    current = s.scalars(select(SurveyQuestion).where(SurveyQuestion.round_id == survey.id)
                        .order_by(SurveyQuestion.position)).all()
    for question in current:
        s.delete(question)
    s.flush()
    for position, (dimension, text) in enumerate(cleaned, start=1):
        s.add(SurveyQuestion(round_id=survey.id, position=position, dimension=dimension, text=text))
    s.flush()


def close_round(s: Session, now: datetime, survey: SurveyRound) -> None:
    if survey.status is SurveyStatus.CLOSED:
        raise RuleError("This survey round is already finished.")
    survey.status = SurveyStatus.CLOSED
    survey.closed_at = now


def _check_typed(token: object, sections: object) -> None:
    """What a script hands in, of the kinds a form sends: a number for the code, None for the answers or a
    comment, "no" for the tick were raw Python errors (or, for "no", taken as ticked)."""
    wrong = not isinstance(token, str) or not isinstance(sections, list | tuple) or not all(
        isinstance(a, SectionAnswer) and isinstance(a.provider_id, int) and isinstance(a.self_view, bool)
        and isinstance(a.served, bool) and isinstance(a.breakdown, str) and isinstance(a.comment, str)
        and isinstance(a.scores, dict) and all(isinstance(q, int) and type(v) is int for q, v in a.scores.items())
        for a in sections)
    if wrong:
        raise ValidationError("The answers of a form are not as a form gives them: a code as text, and for each "
                              "department a yes or no, whole-number scores and texts.", field="answers")


def _quoted(value: object) -> str:
    """What a returned form said, as much of it as a sentence can hold (a field of 100,000 letters was
    printed whole)."""
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "\u2026"


def find_form(s: Session, token: str, round_id: int | None = None) -> SurveyForm:
    form = s.scalars(select(SurveyForm).where(SurveyForm.token == clean_token(token))).first()
    if form is None:
        raise NotFoundError("No form of this file has the code {token}; check the code printed on the form.",
                            token=_quoted(token))
    if round_id is not None and form.round_id != round_id:
        raise ValidationError("The form {token} belongs to another survey round.", token=form.token, field="token")
    return form


_RECEIPTS = "survey_receipts_pending"  # fingerprints of the forms accepted in this unit of work


def return_digest(token: str, sections: Sequence[SectionAnswer]) -> str:
    """A fingerprint of a returned form's answers, to know the same file when it comes again."""
    canonical = [[a.provider_id, a.self_view, sorted(a.scores.items()), a.breakdown.strip(), a.comment.strip()]
                 for a in sorted(sections, key=lambda a: (a.self_view, a.provider_id))
                 if a.served or a.answered()]
    return hashlib.sha256(json.dumps([token, canonical], ensure_ascii=False).encode()).hexdigest()


def prepare_return(s: Session, form: SurveyForm, sections: Sequence[SectionAnswer], today: date, *,
                   digest: str | None = None) -> PreparedReturn:
    """Check one returned form against every rule; raises DomainError and writes nothing."""
    content = form_content(s, form)
    if content.round.status is not SurveyStatus.OPEN:
        raise RuleError("The survey round “{title}” is finished; answers can no longer be added.",
                        title=content.round.title)
    if digest is not None and ((form.id, digest) in s.info.get(_RECEIPTS, ())
                               or s.get(SurveyReceipt, (form.id, digest)) is not None):
        if form.person_id is None:  # a colleague may truly have answered alike: the copies carry nothing apart
            raise DuplicateError("This form, with these very answers, was read in before. If it is another "
                                 "colleague's form with exactly the same answers, type it in on “Type in paper "
                                 "forms”.")
        raise DuplicateError("This form, with these very answers, was imported before.")
    if form.person_id is not None and form.returned:
        raise DuplicateError("{name} has already answered this round; an answer cannot be changed.",
                             name=content.respondent_name)
    if form.person_id is None and form.returned >= form.invited:
        raise RuleError("All {n} forms expected from {department} are already in.", n=form.invited,
                        department=content.department_name)
    allowed = {(sec.provider_id, sec.self_view): sec for sec in content.sections}
    questions = {q.id for q in content.questions}
    answers: list[tuple[dict[str, Any], dict[int, int]]] = []
    for answer in sections:
        section = allowed.get((answer.provider_id, answer.self_view))
        if section is None:
            raise ValidationError("This form does not ask about that department.", field="provider")
        if not answer.answered():
            continue  # not ticked, or ticked and left empty: nothing to keep
        scores: dict[int, int] = {}
        for question_id, score in answer.scores.items():
            if question_id not in questions:
                raise ValidationError("The form has an answer to a question this round does not ask.",
                                      field="scores")
            if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
                raise ValidationError("Each answer is a whole number from 1 to 5 ({name}: “{value}”).",
                                      field="scores", name=section.provider_name, value=score)
            scores[question_id] = score
        step = None
        code = answer.breakdown.strip()
        if code:
            matches = [c for c in section.steps if c.code == code.split()[0]]
            if not matches:
                raise ValidationError("“{code}” is not one of the steps listed for {name}.", code=_quoted(code),
                                      name=section.provider_name, field="breakdown")
            step = matches[0].step_id
        comment = clean_text(answer.comment, "The comment", required=False, max_len=TEXT_MAX, field="comment")
        anonymous = form.person_id is None
        answers.append((dict(
            round_id=form.round_id, provider_id=answer.provider_id, respondent_department_id=form.department_id,
            respondent_id=None if anonymous else form.person_id, anonymous=anonymous, self_view=answer.self_view,
            breakdown_step_id=step, comment=comment, received_on=today), scores))
    if not answers:
        raise ValidationError("The form has no answers: tick the departments that served you and rate them.",
                              field="scores")
    return PreparedReturn(form.id, form.person_id is None, answers, digest)


def accept_return(s: Session, prepared: PreparedReturn) -> None:
    """Count a checked form as returned (and remember its fingerprint) before its answers are written,
    so the next form of the same batch is checked against it."""
    form = s.get_one(SurveyForm, prepared.form_id)
    form.returned += 1
    if prepared.digest is not None:  # written with the answers, in random order (see insert_answers)
        s.info.setdefault(_RECEIPTS, set()).add((prepared.form_id, prepared.digest))
    s.flush()


def insert_answers(s: Session, prepared: Sequence[PreparedReturn]) -> int:
    """Write the answers of accepted forms; anonymous ones in random order, so the order the files
    were read in (often by name) says nothing. Returns the number of answers written."""
    # the fingerprints too: written in the order the files were read, each one's place among them told
    # which file (by name) an anonymous answer came from, its fingerprint being made again from the answer
    receipts = sorted(s.info.pop(_RECEIPTS, set()))
    random.SystemRandom().shuffle(receipts)
    if receipts:
        s.execute(insert(SurveyReceipt), [dict(form_id=form_id, digest=digest) for form_id, digest in receipts])
    rows = [item for p in prepared for item in p.answers]
    if any(p.anonymous for p in prepared):
        random.SystemRandom().shuffle(rows)
    if not rows:
        return 0
    statement = insert(SurveyAnswer).returning(SurveyAnswer.id, sort_by_parameter_order=True)
    ids = list(s.scalars(statement, [row for row, _ in rows]))
    scores = [dict(answer_id=answer_id, question_id=q, score=v) for answer_id, (_row, sc) in zip(ids, rows, strict=True)
              for q, v in sc.items()]
    if scores:
        s.execute(insert(SurveyScore), scores)
    return len(ids)


def insert_returns(s: Session, prepared: Sequence[PreparedReturn]) -> int:
    for item in prepared:
        accept_return(s, item)
    return insert_answers(s, prepared)


# -- results ----------------------------------------------------------------------------------
@dataclass
class _Answer:
    id: int
    round_id: int
    provider_id: int
    department_id: int
    anonymous: bool
    self_view: bool
    step_id: int | None
    comment: str
    scores: dict[int, int]  # question -> score

    @property
    def mean(self) -> float | None:
        return sum(self.scores.values()) / len(self.scores) if self.scores else None


def _answers(s: Session, round_ids: Sequence[int], *where: Any) -> list[_Answer]:
    if not round_ids:
        return []
    rows = s.execute(select(SurveyAnswer.id, SurveyAnswer.round_id, SurveyAnswer.provider_id,
                            SurveyAnswer.respondent_department_id, SurveyAnswer.anonymous, SurveyAnswer.self_view,
                            SurveyAnswer.breakdown_step_id, SurveyAnswer.comment)
                     .where(SurveyAnswer.round_id.in_(round_ids), *where)).all()
    answers = {r.id: _Answer(r.id, r.round_id, r.provider_id, r.respondent_department_id, r.anonymous, r.self_view,
                             r.breakdown_step_id, r.comment, {}) for r in rows}
    for answer_id, question_id, score in s.execute(
            select(SurveyScore.answer_id, SurveyScore.question_id, SurveyScore.score)
            .join(SurveyAnswer, SurveyAnswer.id == SurveyScore.answer_id)
            .where(SurveyAnswer.round_id.in_(round_ids), *where)):
        answers[answer_id].scores[question_id] = score
    return list(answers.values())


@dataclass
class _Visible:
    """Which answers of one round may be shown, by provider and by pair."""

    by_provider: dict[int, list[_Answer]]  # customers' answers shown at the provider's level
    by_pair: dict[tuple[int, int], list[_Answer]]
    self_view: dict[int, list[_Answer]]
    held_back: dict[int, int]
    self_held_back: dict[int, int]


def _visible(answers: Sequence[_Answer], threshold: int) -> _Visible:
    """The anonymity threshold applied to one round: anonymous answers about a provider are shown
    when enough people gave them; per customer department only where that cannot be worked out by
    subtraction from the provider's total."""
    out = _Visible(defaultdict(list), defaultdict(list), defaultdict(list), defaultdict(int), defaultdict(int))
    grouped: dict[int, list[_Answer]] = defaultdict(list)
    for answer in answers:
        if answer.self_view:
            grouped[-answer.provider_id - 1].append(answer)  # kept apart
        else:
            grouped[answer.provider_id].append(answer)
    for key, group in grouped.items():
        named = [a for a in group if not a.anonymous]
        anonymous = [a for a in group if a.anonymous]
        if key < 0:
            provider = -key - 1
            shown = enough(len(anonymous), threshold)
            out.self_view[provider] = named + (anonymous if shown else [])
            out.self_held_back[provider] = 0 if shown else len(anonymous)
            continue
        parts: dict[int, int] = defaultdict(int)
        for a in anonymous:
            parts[a.department_id] += 1
        whole, parts_shown = disclosed(len(anonymous), parts, threshold)
        out.by_provider[key] = named + (anonymous if whole else [])
        out.held_back[key] = 0 if whole else len(anonymous)
        for a in named:
            out.by_pair[(key, a.department_id)].append(a)
        for a in anonymous:
            if a.department_id in parts_shown:
                out.by_pair[(key, a.department_id)].append(a)
    return out


def _mean(values: Iterable[float | None]) -> float | None:
    data = [v for v in values if v is not None]
    return sum(data) / len(data) if data else None


def _threshold(s: Session) -> int:
    value = s.scalar(select(Company.anonymity_threshold).limit(1))
    return int(value) if value else DEFAULT_THRESHOLD


def _overlapping(s: Session, start: date, end: date) -> list[SurveyRound]:
    return list(s.scalars(select(SurveyRound).where(SurveyRound.period_start <= end, SurveyRound.period_end >= start)
                          .order_by(SurveyRound.period_end, SurveyRound.id)))


def pair_scores(ctx: ServiceContext, start: date, end: date) -> dict[tuple[int, int], tuple[float | None, int]]:
    """Survey scores per pair for rounds about the period: the mean of each respondent's mean, and
    how many answers it rests on (anonymous ones only where they may be shown)."""
    with ctx.db.reading() as s:
        threshold = _threshold(s)
        out: dict[tuple[int, int], list[_Answer]] = defaultdict(list)
        for survey in _overlapping(s, start, end):
            for pair, answers in _visible(_answers(s, [survey.id]), threshold).by_pair.items():
                out[pair] += answers
    return {pair: (_mean(a.mean for a in answers), len(answers)) for pair, answers in out.items() if answers}


def monthly_scores(ctx: ServiceContext, period: Period, provider_id: int | None,
                   customer_id: int | None) -> dict[str, float]:
    """Survey scores on a trend: each round at the month its period ends."""
    from icdesk.services.network_figures import month_key

    with ctx.db.reading() as s:
        threshold = _threshold(s)
        out: dict[str, list[_Answer]] = defaultdict(list)
        for survey in _overlapping(s, period.start, period.end):
            month = month_key(survey.period_end)
            if month not in period.months:
                continue
            visible = _visible(_answers(s, [survey.id]), threshold)
            if provider_id is not None and customer_id is not None:
                out[month] += visible.by_pair.get((provider_id, customer_id), [])
            elif provider_id is not None:
                out[month] += visible.by_provider.get(provider_id, [])
            elif customer_id is not None:
                out[month] += [a for (p, c), answers in visible.by_pair.items() if c == customer_id for a in answers]
            else:
                out[month] += [a for answers in visible.by_provider.values() for a in answers]
    return {m: score for m, answers in out.items() if (score := _mean(a.mean for a in answers)) is not None}


@dataclass(frozen=True)
class NamedStep:
    """A step of a provider's standard that survey answers named as where service broke down."""

    provider_id: int
    version_id: int
    step_id: int
    position: int
    text: str
    count: int


def named_steps(s: Session, start: date, end: date, provider_id: int | None, customer_id: int | None,
                threshold: int) -> list[NamedStep]:
    """The steps customers named in survey rounds about the period, for the breakdown analysis;
    anonymous answers only where they may be shown (by provider, or by pair when one is asked)."""
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for survey in _overlapping(s, start, end):
        visible = _visible(_answers(s, [survey.id], SurveyAnswer.breakdown_step_id.is_not(None)), threshold)
        if customer_id is None:
            chosen = [a for p, group in visible.by_provider.items() if provider_id in (None, p) for a in group]
        else:
            chosen = [a for (p, c), group in visible.by_pair.items() if c == customer_id and provider_id in (None, p)
                      for a in group]
        for answer in chosen:
            if answer.step_id is not None:
                counts[(answer.provider_id, answer.step_id)] += 1
    steps = {sid: (version, position, text) for sid, version, position, text in s.execute(
        select(StandardStep.id, StandardStep.version_id, StandardStep.position, StandardStep.text)
        .where(StandardStep.id.in_({step for _p, step in counts})))}
    return [NamedStep(p, *steps[step][:1], step, steps[step][1], steps[step][2], n)
            for (p, step), n in counts.items() if step in steps]


# -- the service ------------------------------------------------------------------------------
class SurveyService(ServiceBase):
    def default_questions(self, formatter: Formatter | None = None) -> list[tuple[SurveyDimension, str]]:
        """The INTSERVQUAL items in the language the forms will be printed in."""
        t = formatter or Formatter("en")
        return [(dimension, t.translate("Survey", text)) for dimension, text in DEFAULT_QUESTIONS]

    def suggested_pairs(self, start: date, end: date) -> list[tuple[int, int]]:
        """Pairs with requests in the period, and pairs with a service agreement."""
        from icdesk.services.network_figures import month_key

        first, last = month_key(start), month_key(end)
        with self.db.reading() as s:
            active = {d for (d,) in s.execute(select(Department.id).where(Department.archived_at.is_(None)))}
            pairs = {(p, c) for p, c in s.execute(select(PairMonth.provider_id, PairMonth.customer_id).distinct()
                                                  .where(PairMonth.month >= first, PairMonth.month <= last,
                                                         PairMonth.received > 0))}
            pairs |= {(p, c) for p, c in s.execute(select(ServiceAgreement.provider_id, ServiceAgreement.customer_id)
                                                   .where(ServiceAgreement.archived_at.is_(None)))}
        return sorted((p, c) for p, c in pairs if p in active and c in active and p != c)

    def check_round(self, start: date, end: date, anonymous: bool,
                    pairs: Sequence[tuple[int, int]]) -> RoundCheck:
        """Warnings for a round about to be started with these pairs: ratings the anonymity threshold
        would keep hidden whatever comes back, and earlier rounds whose answers will count alongside."""
        chosen = {(int(p), int(c)) for p, c in pairs}
        with self.db.reading() as s:
            threshold = _threshold(s)
            held: list[tuple[str, int]] = []
            if anonymous and chosen:
                involved = {d for pair in chosen for d in pair}
                people = dict(s.execute(
                    select(Person.department_id, func.count()).where(
                        Person.active.is_(True), Person.department_id.in_(involved)).group_by(Person.department_id)
                ).all())
                names = dict(s.execute(select(Department.id, Department.name).where(
                    Department.id.in_(involved))).all())
                raters: dict[int, int] = defaultdict(int)
                for provider, customer in chosen:
                    raters[provider] += people.get(customer, 0)
                held = sorted((names[p], n) for p, n in raters.items() if p in names and not enough(n, threshold))
            overlapping: list[tuple[str, date, date]] = []
            rounds = _overlapping(s, start, end) if chosen else []
            asked: dict[int, set[tuple[int, int]]] = defaultdict(set)  # the pairs of those rounds, in one read
            for round_id, provider, customer in s.execute(
                    select(SurveyPair.round_id, SurveyPair.provider_id, SurveyPair.customer_id)
                    .where(SurveyPair.round_id.in_([r.id for r in rounds]))):
                asked[round_id].add((provider, customer))
            for survey in rounds:
                if asked[survey.id] & chosen:
                    overlapping.append((survey.title, survey.period_start, survey.period_end))
        return RoundCheck(threshold, tuple(held), tuple(overlapping))

    def start(self, draft: RoundDraft) -> RoundRow:
        with self.db.transaction() as s:
            survey = add_round(s, self.clock(), draft)
            return _round_rows(s, SurveyRound.id == survey.id)[0]

    def rounds(self) -> list[RoundRow]:
        with self.db.reading() as s:
            return _round_rows(s)

    def get(self, round_id: int) -> RoundRow:
        with self.db.reading() as s:
            get_or_fail(s, SurveyRound, round_id, "survey round")
            return _round_rows(s, SurveyRound.id == round_id)[0]

    def questions(self, round_id: int) -> list[QuestionRow]:
        with self.db.reading() as s:
            get_or_fail(s, SurveyRound, round_id, "survey round")
            return list(_questions(s, round_id))

    def set_questions(self, round_id: int, questions: Sequence[tuple[SurveyDimension | str, str]]) -> list[QuestionRow]:
        with self.db.transaction() as s:
            replace_questions(s, get_or_fail(s, SurveyRound, round_id, "survey round"), questions)
            return list(_questions(s, round_id))

    def close(self, round_id: int) -> RoundRow:
        with self.db.transaction() as s:
            close_round(s, self.clock(), get_or_fail(s, SurveyRound, round_id, "survey round"))
            s.flush()
            return _round_rows(s, SurveyRound.id == round_id)[0]

    def forms(self, round_id: int) -> list[FormContent]:
        with self.db.reading() as s:
            get_or_fail(s, SurveyRound, round_id, "survey round")
            forms = s.scalars(select(SurveyForm).where(SurveyForm.round_id == round_id)
                              .order_by(SurveyForm.department_id, SurveyForm.id)).all()
            names = dict(s.execute(select(Department.id, Department.name_key)).all())
            contents = [form_content(s, f) for f in forms]
        return sorted(contents, key=lambda f: (names.get(f.department_id, ""), f.respondent_name.casefold()))

    def form(self, token: str, round_id: int | None = None) -> FormContent:
        with self.db.reading() as s:
            return form_content(s, find_form(s, token, round_id))

    def submit(self, token: str, sections: Sequence[SectionAnswer], round_id: int | None = None) -> int:
        """One returned form typed in (the entry grid); returns the number of answers kept."""
        _check_typed(token, sections)
        with self.db.transaction() as s:
            form = find_form(s, token, round_id)
            return insert_returns(s, [prepare_return(s, form, sections, self.today())])

    def results(self, round_id: int) -> RoundResults:
        with self.db.reading() as s:
            get_or_fail(s, SurveyRound, round_id, "survey round")
            threshold = _threshold(s)
            [round_row] = _round_rows(s, SurveyRound.id == round_id)
            questions = {q.id: q for q in _questions(s, round_id)}
            names = dict(s.execute(select(Department.id, Department.name)).all())
            response: dict[int, list[int]] = defaultdict(lambda: [0, 0])
            for dept, invited, returned in s.execute(
                    select(SurveyForm.department_id, SurveyForm.invited, SurveyForm.returned)
                    .where(SurveyForm.round_id == round_id)):
                response[dept][0] += invited
                response[dept][1] += returned
            answers = _answers(s, [round_id])
            steps = {sid: (title, text) for sid, title, text in s.execute(
                select(StandardStep.id, StandardVersion.title, StandardStep.text)
                .join(StandardVersion, StandardVersion.id == StandardStep.version_id)
                .where(StandardStep.id.in_({a.step_id for a in answers if a.step_id})))}
        visible = _visible(answers, threshold)
        providers = sorted({p for p, _ in round_row.pairs} | set(visible.by_provider) | set(visible.self_view),
                           key=lambda p: names.get(p, "").casefold())
        results = []
        for p in providers:
            shown = visible.by_provider.get(p, [])
            own = visible.self_view.get(p, [])

            def dimension_mean(group: list[_Answer], dimension: SurveyDimension) -> float | None:
                return _mean(v for a in group for q, v in a.scores.items() if questions[q].dimension is dimension)

            dims = tuple(DimensionScore(d, dimension_mean(shown, d), dimension_mean(own, d)) for d in SurveyDimension
                         if any(q.dimension is d for q in questions.values()))
            customers = sorted({c for (pp, c) in round_row.pairs if pp == p}, key=lambda c: names.get(c, "").casefold())
            by_customer = tuple((c, names.get(c, "?"), _mean(a.mean for a in visible.by_pair.get((p, c), [])),
                                 len(visible.by_pair.get((p, c), []))) for c in customers)
            named_steps: dict[str, int] = defaultdict(int)
            for a in shown + own:
                if a.step_id in steps:
                    title, text = steps[a.step_id]
                    named_steps[f"{title} \u2013 {text}"] += 1
            results.append(ProviderResult(
                p, names.get(p, "?"), len(shown), visible.held_back.get(p, 0), len(own),
                visible.self_held_back.get(p, 0), _mean(a.mean for a in shown), _mean(a.mean for a in own), dims,
                by_customer, tuple(sorted(named_steps.items(), key=lambda kv: (-kv[1], kv[0]))),
                tuple(a.comment for a in shown if a.comment)))
        return RoundResults(round_row, threshold, tuple(
            (d, names.get(d, "?"), inv, ret) for d, (inv, ret) in sorted(
                response.items(), key=lambda kv: names.get(kv[0], "").casefold())), tuple(results))


__all__ = ["SurveyService", "RoundDraft", "RoundRow", "SectionAnswer", "FormContent", "FormSection", "StepChoice",
           "RoundResults", "ProviderResult", "DimensionScore", "QuestionRow", "DEFAULT_QUESTIONS", "clean_token"]

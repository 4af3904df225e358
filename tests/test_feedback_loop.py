"""Feedback, corrective actions and recognition: closing the loop."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from icdesk.domain.enums import ActionStatus, Award, BreakdownPoint, RequestStatus
from icdesk.domain.errors import DuplicateError, RuleError, TransitionError, ValidationError
from icdesk.services import Services
from icdesk.services.feedback import FeedbackDraft
from icdesk.services.requests import RequestDraft
from tests.conftest import FakeClock
from tests.helpers import small_org

S = RequestStatus


@pytest.fixture
def org(services: Services) -> dict[str, int]:
    org = small_org(services, with_standard=False)
    it, acc, anna, laura = org["it"], org["acc"], org["anna"], org["laura"]
    marco = services.people.create("Marco Bianchi", department_id=it).id
    rid = services.requests.create(RequestDraft(title="PMS login", provider_id=it, requester_id=anna,
                                                assignee_id=laura)).row.id
    return {"it": it, "acc": acc, "anna": anna, "laura": laura, "marco": marco, "request": rid}


def resolve(services: Services, rid: int, actor: int | None = None) -> None:
    services.requests.transition(rid, S.IN_PROGRESS, actor_id=actor)
    services.requests.transition(rid, S.RESOLVED, actor_id=actor)


@pytest.mark.parametrize("rating", [0, 6, -1, 10])
def test_rating_must_be_between_one_and_five(services: Services, org: dict[str, int], rating: int) -> None:
    resolve(services, org["request"])
    with pytest.raises(ValidationError, match="from 1 to 5"):
        services.feedback.give(FeedbackDraft(rating=rating, request_id=org["request"], author_id=org["anna"]))
    assert services.feedback.list() == []


@pytest.mark.parametrize("status_path", [[], [S.IN_PROGRESS], [S.IN_PROGRESS, S.WAITING], [S.CANCELLED]])
def test_only_resolved_or_closed_requests_can_be_rated(services: Services, org: dict[str, int],
                                                       status_path: list[S]) -> None:
    for status in status_path:
        services.requests.transition(org["request"], status, note="Not needed any more.")
    with pytest.raises(RuleError, match="resolved or closed"):
        services.feedback.give(FeedbackDraft(rating=4, request_id=org["request"], author_id=org["anna"]))


def test_feedback_on_a_closed_request(services: Services, org: dict[str, int]) -> None:
    resolve(services, org["request"])
    services.requests.transition(org["request"], S.CLOSED)
    row = services.feedback.give(FeedbackDraft(rating=2, request_id=org["request"], author_id=org["anna"],
                                               comment="Tardó demasiado", breakdown_point=BreakdownPoint.TIMELINESS))
    assert (row.department_name, row.author_name, row.author_department_name) == ("IT", "Anna Romano", "Accounting")
    assert services.requests.get(org["request"]).feedback_ids == (row.id,)


def test_a_person_rates_a_request_once(services: Services, org: dict[str, int]) -> None:
    resolve(services, org["request"])
    first = services.feedback.give(FeedbackDraft(rating=5, request_id=org["request"], author_id=org["anna"]))
    with pytest.raises(DuplicateError) as again:
        services.feedback.give(FeedbackDraft(rating=1, request_id=org["request"], author_id=org["anna"]))
    assert str(again.value) == f"Anna Romano has already rated request #{org['request']}."
    assert [f.id for f in services.feedback.list()] == [first.id]  # the average counts her once
    # someone else of her department may give their own rating
    other = services.people.create("Paolo Verdi", department_id=org["acc"]).id
    services.feedback.give(FeedbackDraft(rating=3, request_id=org["request"], author_id=other))
    assert len(services.feedback.list()) == 2


def test_nobody_rates_a_request_they_handled(services: Services, org: dict[str, int]) -> None:
    resolve(services, org["request"], actor=org["marco"])
    for handler in (org["laura"], org["marco"]):  # the assignee, and the one who resolved it
        with pytest.raises(RuleError, match="cannot rate it"):
            services.feedback.give(FeedbackDraft(rating=5, request_id=org["request"], author_id=handler))
        with pytest.raises(RuleError, match="cannot rate it"):
            services.feedback.give(FeedbackDraft(rating=5, request_id=org["request"], author_id=handler,
                                                 anonymous=True))
    assert services.feedback.list() == []


def test_anonymous_feedback_stores_no_identity(services: Services, org: dict[str, int], db_path: Path) -> None:
    resolve(services, org["request"])
    row = services.feedback.give(FeedbackDraft(rating=3, request_id=org["request"], author_id=org["anna"],
                                               author_department_id=org["acc"], anonymous=True))
    assert (row.anonymous, row.author_name, row.author_department_name) == (True, "", "")
    stored = sqlite3.connect(db_path).execute("SELECT author_id, author_department_id FROM feedback").fetchall()
    assert stored == [(None, None)]


def test_feedback_on_a_department_in_general(services: Services, org: dict[str, int]) -> None:
    row = services.feedback.give(FeedbackDraft(rating=4, department_id=org["it"], author_id=org["anna"]))
    assert row.request_id is None and row.department_name == "IT"
    with pytest.raises(RuleError, match="own service"):
        services.feedback.give(FeedbackDraft(rating=5, department_id=org["it"], author_id=org["laura"]))
    with pytest.raises(ValidationError, match="request or the department"):
        services.feedback.give(FeedbackDraft(rating=5, author_id=org["anna"]))
    assert services.feedback.average_rating(org["it"]) == 4.0


def test_action_cannot_be_due_before_it_was_opened(services: Services, org: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="before the action was opened") as err:
        services.actions.open("Agree hand-over times", due_on=date(2026, 2, 1), opened_on=date(2026, 3, 1))
    assert err.value.field == "due_on"
    assert services.actions.list() == []


def test_action_from_feedback_follows_to_done(services: Services, org: dict[str, int], clock: FakeClock) -> None:
    resolve(services, org["request"])
    fb = services.feedback.give(FeedbackDraft(rating=1, request_id=org["request"], author_id=org["anna"]))
    today = clock.now.astimezone().date()
    action = services.actions.open("Keep a spare PMS licence", due_on=today + timedelta(days=7),
                                   owner_id=org["laura"], feedback_id=fb.id)
    assert (action.department_name, action.request_id, action.status) == ("IT", org["request"], ActionStatus.OPEN)
    with pytest.raises(ValidationError, match="outcome"):
        services.actions.close(action.id, "")
    services.actions.set_status(action.id, ActionStatus.IN_PROGRESS)
    done = services.actions.close(action.id, "Licence bought; no lock-outs since.")
    assert (done.status, done.completed_on, done.outcome) == (ActionStatus.DONE, today,
                                                              "Licence bought; no lock-outs since.")
    assert services.actions.list(open_only=True) == []


def test_action_becomes_overdue_after_its_due_date(services: Services, org: dict[str, int],
                                                   clock: FakeClock) -> None:
    today = clock.now.astimezone().date()
    action = services.actions.open("Restock gowns twice a day", due_on=today + timedelta(days=1))
    assert not action.overdue
    clock.advance(days=3)
    assert [a.id for a in services.actions.list(overdue_only=True)] == [action.id]


def test_action_transitions(services: Services, org: dict[str, int], clock: FakeClock) -> None:
    today = clock.now.astimezone().date()
    action = services.actions.open("Fix it", due_on=today)
    with pytest.raises(TransitionError):
        services.actions.set_status(action.id, ActionStatus.OPEN)


def test_recognition_rules(services: Services, org: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="who is being recognised"):
        services.recognition.recognise(message="Thanks!")
    with pytest.raises(ValidationError, match="message cannot be empty"):
        services.recognition.recognise(message=" ", to_person_id=org["laura"])
    with pytest.raises(RuleError, match="themselves"):
        services.recognition.recognise(message="Me!", to_person_id=org["laura"], from_person_id=org["laura"])
    with pytest.raises(ValidationError, match="goes to a person"):
        services.recognition.recognise(message="Great", award=Award.EMPLOYEE_OF_THE_MONTH, to_department_id=org["it"])
    row = services.recognition.recognise(message="Спасибо за помощь!", to_person_id=org["laura"],
                                         from_person_id=org["anna"])
    assert (row.to_name, row.from_name, row.message) == ("Laura Colombo", "Anna Romano", "Спасибо за помощь!")


def test_a_recognition_cannot_be_dated_after_today(services: Services, org: dict[str, int]) -> None:
    """Dated 01/12/2028 by a slip of the calendar, it sat at the top of the Dashboard's latest recognitions."""
    today = services.recognition.today()
    with pytest.raises(ValidationError, match="cannot be after today"):
        services.recognition.recognise(message="Thanks", to_person_id=org["laura"], given_on=today + timedelta(days=1))
    row = services.recognition.recognise(message="Thanks", to_person_id=org["laura"], given_on=today)
    with pytest.raises(ValidationError, match="cannot be after today"):
        services.recognition.change(row.id, message="Thanks", given_on=today + timedelta(days=700))
    assert [r.given_on for r in services.recognition.list()] == [today]


def test_one_employee_of_the_month_per_month(services: Services, org: dict[str, int]) -> None:
    services.recognition.recognise(message="Great month", award=Award.EMPLOYEE_OF_THE_MONTH,
                                   to_person_id=org["laura"], given_on=date(2025, 3, 5))
    with pytest.raises(DuplicateError, match="2025-03"):
        services.recognition.recognise(message="Also great", award=Award.EMPLOYEE_OF_THE_MONTH,
                                       to_person_id=org["marco"], given_on=date(2025, 3, 28))
    services.recognition.recognise(message="April", award=Award.EMPLOYEE_OF_THE_MONTH,
                                   to_person_id=org["marco"], given_on=date(2025, 4, 2))
    assert [r.to_name for r in services.recognition.list(award=Award.EMPLOYEE_OF_THE_MONTH)] == [
        "Marco Bianchi", "Laura Colombo"]


def test_agreement_rules(services: Services, org: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="with itself"):
        services.agreements.create(org["it"], org["it"], "x", "y")
    with pytest.raises(ValidationError, match="at least one side"):
        services.agreements.create(org["it"], org["acc"], " ", "")
    row = services.agreements.create(org["it"], org["acc"], "PMS access within 4 h", "Exact error messages")
    with pytest.raises(DuplicateError, match="already has an agreement to serve"):
        services.agreements.create(org["it"], org["acc"], "again", "")
    back = services.agreements.create(org["acc"], org["it"], "Invoices approved fast", "Purchase order numbers")
    assert [a.id for a in services.agreements.list(org["it"])] == [back.id, row.id]


def test_a_second_agreement_for_a_pair_names_the_direction_and_an_archived_one_can_come_back(
        services: Services, org: dict[str, int]) -> None:
    row = services.agreements.create(org["it"], org["acc"], "PMS access within 4 h", "Exact error messages")
    # the other direction is a different agreement; the same direction says which way it runs
    services.agreements.create(org["acc"], org["it"], "Invoices approved fast", "")
    with pytest.raises(DuplicateError) as same_way:
        services.agreements.create(org["it"], org["acc"], "again", "")
    it_name = services.departments.get(org["it"]).name
    acc_name = services.departments.get(org["acc"]).name
    assert str(same_way.value) == (f"{it_name} already has an agreement to serve {acc_name}; "
                                   "open and change that one.")
    services.agreements.archive(row.id)
    assert row.id not in [a.id for a in services.agreements.list()]
    # archived, it is out of the list: the sentence says where it is, nothing is lost
    with pytest.raises(DuplicateError) as archived:
        services.agreements.create(org["it"], org["acc"], "again", "")
    assert "archived" in str(archived.value) and "Show archived" in str(archived.value)
    assert [a.id for a in services.agreements.list(include_archived=True) if a.archived] == [row.id]
    services.agreements.restore(row.id)
    back = services.agreements.get(row.id)
    assert not back.archived and back.customer_needs == "PMS access within 4 h"


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31), date(1989, 12, 31), date(2101, 1, 1)])
def test_a_date_no_calendar_of_the_company_holds_is_refused_in_words(services: Services, org: dict[str, int],
                                                                     day: date) -> None:
    """What the import refuses in the file it reads back (years 1990 to 2100) is refused when typed too."""
    with pytest.raises(ValidationError, match="between 1990 and 2100"):
        services.actions.open("Spare toner", day, department_id=org["it"])
    with pytest.raises(ValidationError, match="between 1990 and 2100"):
        services.agreements.create(org["it"], org["acc"], "PMS access", review_on=day)
    assert services.actions.list() == [] and services.agreements.list() == []
    from icdesk.services.surveys import RoundDraft
    from icdesk.services.training import CrossTrainingDraft

    today = services.actions.today()
    for attempt in (  # a round about far days, a recognition or a cross-training dated in 1753
            lambda: services.surveys.start(RoundDraft("R", today, day, False, [(org["it"], org["acc"])],
                                                      services.surveys.default_questions())),
            lambda: services.recognition.recognise(message="Thanks", to_person_id=org["laura"], given_on=day),
            lambda: services.training.cross_train(CrossTrainingDraft(org["anna"], org["it"], day))):
        with pytest.raises(ValidationError, match="between 1990 and 2100"):
            attempt()


def test_a_record_archived_from_another_window_is_not_changed_by_a_save(services: Services,
                                                                        org: dict[str, int]) -> None:
    """Saved after another window archived it, an idea and a cross-training stopped with IndexError;
    a training session and an agreement took the edit where no list showed it."""
    from icdesk.services.ideas import IdeaDraft
    from icdesk.services.training import CrossTrainingDraft, TrainingDraft

    today = services.ideas.today()
    idea = services.ideas.propose(IdeaDraft("Shared printer", department_ids=[org["it"], org["acc"]]))
    session, _ = services.training.create(TrainingDraft("PMS", today, 60, org["it"], org["laura"], [org["anna"]]))
    cross = services.training.cross_train(CrossTrainingDraft(org["anna"], org["it"], today))
    agreement = services.agreements.create(org["it"], org["acc"], "PMS access")
    services.ideas.archive(idea.id)
    services.training.archive(session.id)
    services.training.archive_cross(cross.id)
    services.agreements.archive(agreement.id)
    with pytest.raises(RuleError, match="archived meanwhile"):
        services.ideas.update(idea.id, IdeaDraft("Shared printers", department_ids=[org["it"], org["acc"]]))
    with pytest.raises(RuleError, match="archived meanwhile"):
        services.training.update(session.id, TrainingDraft("PMS 2", today, 60, org["it"], org["laura"],
                                                           [org["anna"]]))
    with pytest.raises(RuleError, match="archived meanwhile"):
        services.training.update_cross(cross.id, CrossTrainingDraft(org["anna"], org["it"], today, note="x"))
    with pytest.raises(RuleError, match="archived meanwhile"):
        services.agreements.update(agreement.id, "PMS access within 4 h", "")
    assert services.agreements.get(agreement.id).customer_needs == "PMS access"


def test_a_review_date_already_past_is_refused_when_chosen_and_kept_when_it_was_there(
        services: Services, org: dict[str, int], clock: FakeClock) -> None:
    """A new manager saved an agreement "to review by" ten days ago, silently; its sheet for signing said so."""
    today = services.agreements.today()
    with pytest.raises(ValidationError) as refused:
        services.agreements.create(org["it"], org["acc"], "PMS access", review_on=today - timedelta(days=10))
    assert refused.value.field == "review_on" and "already past" in str(refused.value)
    assert services.agreements.list() == []
    row = services.agreements.create(org["it"], org["acc"], "PMS access", review_on=today + timedelta(days=30))
    clock.advance(days=40)  # the review date passed: the agreement is due for review, and still opens and saves
    kept = services.agreements.update(row.id, "PMS access within 4 h", "", review_on=row.review_on)
    assert kept.review_on == today + timedelta(days=30) and kept.customer_needs == "PMS access within 4 h"
    with pytest.raises(ValidationError, match="already past"):
        services.agreements.update(row.id, "PMS access within 4 h", "", review_on=today + timedelta(days=35))

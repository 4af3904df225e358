"""The example company's requests and ratings, told and stored as rows in bulk, are exactly what the
window's write path (``prepare_request`` + ``insert_requests``, ``prepare_feedback`` +
``insert_feedback``) stores for the same stories, on both stores."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from icdesk.domain.enums import RequestStatus
from icdesk.domain.models import (
    Feedback,
    PairBreakdown,
    PairMonth,
    ProviderBreakdown,
    Request,
    RequestEvent,
    StandardVersion,
)
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from icdesk.services.feedback import FeedbackDraft, FeedbackReferences, insert_feedback, prepare_feedback
from icdesk.services.network_figures import rebuild
from icdesk.services.request_references import VersionInForce
from icdesk.services.request_writes import (
    Move,
    NewRequest,
    RequestDraft,
    RequestReferences,
    insert_requests,
    prepare_request,
)
from tests.conftest import FakeClock
from tests.helpers import ON_BOTH_STORES

REQUEST_COLUMNS = [c.name for c in Request.__table__.c if c.name != "id"]
EVENT_COLUMNS = [c.name for c in RequestEvent.__table__.c if c.name not in ("id", "request_id")]


def _stored(s: Session, first: int, last: int) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Requests ``first``..``last`` and their history as the store gives them back (SQLite: the raw
    text it compares and sorts), without their numbers."""
    requests = s.execute(text(f"SELECT {', '.join(REQUEST_COLUMNS)} FROM requests WHERE id BETWEEN :a AND :b "
                              "ORDER BY id"), {"a": first, "b": last}).all()
    events = s.execute(text(f"SELECT request_id - :a, {', '.join(EVENT_COLUMNS)} FROM request_events "
                            "WHERE request_id BETWEEN :a AND :b ORDER BY request_id, id"),
                       {"a": first, "b": last}).all()
    return [tuple(r) for r in requests], [tuple(e) for e in events]


def _told_again(s: Session) -> list[NewRequest]:
    """Every stored request as the window would be asked to log it: what was typed, then its moves."""
    history: dict[int, list[Any]] = defaultdict(list)
    for event in s.execute(select(RequestEvent).order_by(RequestEvent.request_id, RequestEvent.id)).scalars():
        history[event.request_id].append(event)
    standard_of = {v: st for v, st in s.execute(select(StandardVersion.id, StandardVersion.standard_id))}
    items = []
    for r in s.execute(select(Request).order_by(Request.id)).scalars():
        created, *moves = history[r.id]
        items.append(NewRequest(r.created_at, RequestDraft(
            title=r.title, provider_id=r.provider_id, description=r.description, requester_id=r.requester_id,
            standard_id=standard_of.get(r.standard_version_id or 0), priority=r.priority,
            assignee_id=r.assignee_id), actor_id=created.actor_id, created_note=created.text,
            moves=[Move(m.at, m.to_status, m.actor_id, m.text) for m in moves]))
    return items


@ON_BOTH_STORES
def test_every_request_of_the_example_is_stored_as_the_window_stores_it(services: Services, clock: FakeClock) -> None:
    services.demo.fill(DemoOptions(requests=2_000, departments=12, standards=40))
    demo = services.demo
    with demo.db.rehearsal() as s:
        items = _told_again(s)
        refs = RequestReferences.for_items(s, items)
        # targets of the version in force when the requests were logged (the loops revised a few since)
        for version in s.execute(select(StandardVersion).where(StandardVersion.id.in_(
                select(Request.standard_version_id).distinct()))).scalars():
            refs.standards[version.standard_id] = (refs.standards[version.standard_id][0], VersionInForce(
                version.id, version.first_response_minutes, version.resolution_minutes, version.title, version.number))
        again = insert_requests(s, [prepare_request(refs, demo.sla, item) for item in items])
        fast = _stored(s, 1, len(items))
        window = _stored(s, again[0], again[-1])
        assert len(fast[0]) == 2_000 and len(fast[1]) > 6_000
        assert fast == window
        # the example shows every kind of life: each status, pauses, the calendars' hours, overdue
        statuses = {r.status for r in s.execute(select(Request.status))}
        assert statuses == set(RequestStatus)
        assert s.scalar(select(Request.id).where(Request.paused_seconds > 0).limit(1))
        assert s.scalar(select(Request.id).where(Request.resolved_at > Request.resolution_due_at).limit(1))


@ON_BOTH_STORES
def test_every_rating_of_the_example_is_stored_as_the_window_stores_it(services: Services, clock: FakeClock) -> None:
    services.demo.fill(DemoOptions(requests=1_500, departments=12, standards=30))
    columns = [c.name for c in Feedback.__table__.c if c.name != "id"]
    with services.demo.db.rehearsal() as s:
        # the example's ratings of requests, each given by the person who asked (anonymous ones keep no author)
        rated = s.execute(select(Feedback, Request.requester_id).join(Request, Request.id == Feedback.request_id)
                          .order_by(Feedback.id)).all()
        assert len(rated) > 400 and {f.anonymous for f, _ in rated} == {True, False}
        assert {f.rating for f, _ in rated} == {1, 2, 3, 4, 5} and any(f.breakdown_point for f, _ in rated)
        drafts = [(f.created_at, FeedbackDraft(rating=f.rating, request_id=f.request_id, author_id=requester,
                                               breakdown_point=f.breakdown_point, comment=f.comment,
                                               anonymous=f.anonymous)) for f, requester in rated]
        query = (f"SELECT {', '.join(columns)} FROM feedback WHERE id BETWEEN :a AND :b ORDER BY id")
        fast = s.execute(text(query), {"a": rated[0][0].id, "b": rated[-1][0].id}).all()
        refs = FeedbackReferences(s, [d for _, d in drafts])
        refs.rated.clear()  # given again as if for the first time (a person rates a request once)
        again = insert_feedback(s, [prepare_feedback(refs, at, draft) for at, draft in drafts])
        window = s.execute(text(query), {"a": again[0], "b": again[-1]}).all()
        assert [tuple(r) for r in fast] == [tuple(r) for r in window]


@ON_BOTH_STORES
def test_the_examples_network_figures_are_those_made_again_from_its_requests(services: Services,
                                                                              clock: FakeClock) -> None:
    services.demo.fill(DemoOptions(requests=1_500, departments=12, standards=30))

    def figures(s: Session) -> list[list[tuple[Any, ...]]]:
        out = []
        for model in (PairMonth, PairBreakdown, ProviderBreakdown):
            columns = list(model.__table__.c)
            out.append([tuple(r) for r in s.execute(select(*columns).order_by(*columns))])
        return out

    with services.demo.db.rehearsal() as s:
        kept = figures(s)
        rebuild(s)
        assert kept == figures(s)
        assert len(kept[0]) > 50

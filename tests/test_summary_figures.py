"""The summary's figures: the same as ranking in SQL, and the same as counting every request and rating
of the period (what icdesk did before it read the kept monthly figures), on both stores."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import case, func, select, update

from icdesk.domain.enums import BreakdownPoint, RequestStatus
from icdesk.domain.models import Request
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from icdesk.services.feedback import FeedbackDraft
from icdesk.services.network_figures import rebuild
from icdesk.services.requests import RequestDraft
from tests.conftest import FakeClock
from tests.helpers import ON_BOTH_STORES, active_standard
from tests.summary_oracle import breakdowns_by_scan, customer_by_scan, figures_by_scan, months_by_scan

S = RequestStatus


def ranked_in_sql(services: Services, start: date, end: date) -> dict[int | None, tuple[object, ...]]:
    """The figures as a window function ranks them (how the summary computed them before)."""
    lo, hi = services.reporting.sla.day_bounds(start, end)
    out: dict[int | None, tuple[object, ...]] = {}
    with services.db.reading() as s:
        for group in (Request.provider_id, None):
            key = group if group is not None else func.cast(None, Request.provider_id.type)
            base = select(key.label("g"), (Request.service_seconds / 3600.0).label("hours"),
                          case((Request.resolution_due_at.is_(None), None),
                               else_=case((Request.resolved_at <= Request.resolution_due_at, 1), else_=0)).label("met"),
                          ).where(Request.resolved_at >= lo, Request.resolved_at < hi).subquery()
            ranked = select(base.c.g, base.c.hours, base.c.met,
                            func.row_number().over(partition_by=base.c.g, order_by=base.c.hours).label("rn"),
                            func.count().over(partition_by=base.c.g).label("n")).subquery()
            for g, n, wt, met, med, p90 in s.execute(select(
                    ranked.c.g, func.count(), func.count(ranked.c.met), func.coalesce(func.sum(ranked.c.met), 0),
                    func.max(case((ranked.c.rn == (ranked.c.n + 1) // 2, ranked.c.hours))),
                    func.max(case((ranked.c.rn == (ranked.c.n * 9 + 9) // 10, ranked.c.hours)))).group_by(ranked.c.g)):
                out[g] = (n, wt, met, med, p90)
    return out


def test_medians_and_90th_percentiles_per_department_and_in_total(services: Services) -> None:
    services.demo.fill(DemoOptions(requests=400))
    end = services.reporting.today()
    start = end - timedelta(days=365)
    expected = ranked_in_sql(services, start, end)
    departments, totals = services.reporting.period_figures(start, end)
    assert len(expected) > 3
    got = {d.department_id: (d.resolved, d.with_target, d.within_target, d.median_hours, d.p90_hours)
           for d in departments if d.resolved}
    got[None] = (totals.resolved, totals.with_target, totals.within_target, totals.median_hours, totals.p90_hours)
    assert got == expected


# -- the summary read from the kept monthly figures equals the summary counted from the requests --------
def _company(services: Services, clock: FakeClock) -> dict[str, int]:
    """Three departments in Rome serving each other for four months: requests resolved fast and slow,
    late ones, some reopened, some still open, one asked by a person of no department, ratings named
    and anonymous with and without breakdown points, one about a department in general."""
    services.company.save("Hotel", time_zone="Europe/Rome")
    it, hr, acc = (services.departments.create(n).id for n in ("IT", "HR", "Accounting"))
    people = {d: services.people.create(f"Person {d}", department_id=d).id for d in (it, hr, acc)}
    nobody = services.people.create("Visiting consultant").id
    standards = {it: active_standard(services, it, "PMS access", 1, 4).standard_id,
                 hr: active_standard(services, hr, "New hire notice", 8, 40).standard_id}
    clock.now = datetime(2026, 1, 31, 22, 40, tzinfo=UTC)  # 23:40 in Rome: January's last hour
    pairs = [(it, hr), (it, acc), (hr, it), (acc, it), (it, None), (hr, acc)]
    points = [None, BreakdownPoint.TIMELINESS, BreakdownPoint.QUALITY, None, BreakdownPoint.COMMUNICATION]
    for i in range(90):
        provider, customer = pairs[i % len(pairs)]
        requester = nobody if customer is None else people[customer]
        rid = services.requests.create(RequestDraft(f"Help {i}", provider, requester_id=requester,
                                                    standard_id=standards.get(provider) if i % 4 else None)).row.id
        start = clock.now
        if i % 7 != 3:  # most are answered and resolved, after 0.2 h ... 60 h
            clock.advance(minutes=10 + (i * 37) % 50)
            services.requests.transition(rid, S.IN_PROGRESS)
            clock.advance(hours=(i * 13) % 60 / (1 if i % 3 else 7))
            services.requests.transition(rid, S.RESOLVED)
            if i % 11 == 5:  # reopened later: leaves its month
                clock.advance(hours=2)
                services.requests.transition(rid, S.IN_PROGRESS)
            elif i % 2 == 0:
                services.feedback.give(FeedbackDraft(
                    1 + (i * 7) % 5, request_id=rid, breakdown_point=points[i % len(points)],
                    author_id=None if i % 6 == 0 else requester, anonymous=i % 6 == 0))
        clock.now = start + timedelta(hours=31 + (i * 17) % 20)  # about four months in all
    services.feedback.give(FeedbackDraft(3, department_id=acc, author_id=people[hr]))  # about a department
    return {"it": it, "hr": hr, "acc": acc}


def _assert_same_summary(services: Services, start: date, end: date, department_ids: list[int] | None = None) -> None:
    got = services.reporting.summary(start, end, department_ids)
    departments, totals = figures_by_scan(services, start, end, department_ids)
    assert (got.departments, got.totals) == (departments, totals), (start, end)
    assert got.months == months_by_scan(services, start, end, department_ids), (start, end)
    assert got.breakdown_points == breakdowns_by_scan(services, start, end, department_ids), (start, end)
    assert services.reporting.period_figures(start, end, department_ids) == (departments, totals)
    for department in departments:
        assert services.reporting.as_customer(department.department_id, start, end) == customer_by_scan(
            services, department.department_id, start, end), (start, end)


PERIODS = [
    (date(2026, 1, 1), date(2026, 12, 31)),  # whole months only
    (date(2026, 2, 1), date(2026, 3, 31)),
    (date(2026, 1, 31), date(2026, 2, 28)),  # a cut month's last day and a whole month
    (date(2026, 2, 10), date(2026, 4, 20)),  # cut at both ends
    (date(2026, 2, 15), date(2026, 3, 14)),  # two cut months, none whole
    (date(2026, 3, 3), date(2026, 3, 9)),  # inside one month
    (date(2026, 2, 1), date(2026, 2, 1)),  # one day
    (date(2025, 1, 1), date(2025, 12, 31)),  # nothing
]


@ON_BOTH_STORES
def test_the_summary_from_kept_figures_equals_the_summary_counted_from_the_requests(
        services: Services, clock: FakeClock) -> None:
    org = _company(services, clock)
    whole = services.reporting.summary(*PERIODS[0])
    assert whole.totals.resolved > 50 and whole.totals.ratings > 20 and len(whole.months) >= 3
    assert whole.breakdown_points and whole.totals.median_hours is not None
    for start, end in PERIODS:
        _assert_same_summary(services, start, end)
        _assert_same_summary(services, start, end, [org["it"], org["acc"]])
        _assert_same_summary(services, start, end, [org["hr"]])  # a scorecard's


@ON_BOTH_STORES
def test_unknown_service_times_rank_first_as_before(services: Services, clock: FakeClock) -> None:
    """Requests resolved before service times were kept (imported, say) count as the shortest."""
    _company(services, clock)
    with services.db.transaction() as s:
        ids = list(s.scalars(select(Request.id).where(Request.resolved_at.is_not(None)).order_by(Request.id)))
        s.execute(update(Request).where(Request.id.in_(ids[: len(ids) * 2 // 3])).values(service_seconds=None))
        rebuild(s)  # the kept figures as a file upgraded from before would have them
    whole = services.reporting.summary(*PERIODS[0])
    assert whole.totals.median_hours is None and whole.totals.p90_hours is not None
    for start, end in PERIODS:
        _assert_same_summary(services, start, end)


def test_a_request_resolved_at_once_is_a_median_of_zero_in_total_too(services: Services, clock: FakeClock) -> None:
    """Resolved in the minute it was logged, beside another department's request still open: the
    summary's tile said "–" while the department's row said "0 min"."""
    reception, kitchen, maintenance = (services.departments.create(name).id
                                       for name in ("Reception", "Cucina", "Manutenzione"))
    fixed = services.requests.create(RequestDraft("Lamp", maintenance, requester_department_id=reception)).row.id
    services.requests.create(RequestDraft("Menu", kitchen, requester_department_id=reception))
    services.requests.transition(fixed, RequestStatus.IN_PROGRESS)
    services.requests.transition(fixed, RequestStatus.RESOLVED)
    today = clock.now.date()
    departments, total = services.reporting.period_figures(today.replace(day=1), today)
    assert [(d.name, d.median_hours) for d in departments] == [("Cucina", None), ("Manutenzione", 0.0)]
    assert (total.resolved, total.median_hours, total.p90_hours) == (1, 0.0, 0.0)


def test_the_demo_company_gives_the_same_summary_as_counted_from_its_requests(services: Services) -> None:
    services.demo.fill(DemoOptions(requests=600))
    end = services.reporting.today()
    for start, last in [(end - timedelta(days=365), end), (end.replace(day=1) - timedelta(days=80), end),
                        (end - timedelta(days=45), end - timedelta(days=3))]:
        _assert_same_summary(services, start, last)

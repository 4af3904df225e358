"""The network views against figures counted by hand: pairs both ways, trends, breakdowns, anonymity."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from icdesk.db import migrate
from icdesk.db.store import open_data_file
from icdesk.domain.anonymity import disclosed
from icdesk.domain.enums import BreakdownPoint, BreakdownSignal, RequestStatus
from icdesk.domain.errors import ValidationError
from icdesk.domain.models import PairBreakdown, PairMonth, ProviderBreakdown
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from icdesk.services.feedback import FeedbackDraft
from icdesk.services.network import PairFigures
from icdesk.services.network_figures import rebuild
from icdesk.services.requests import RequestDraft
from tests.conftest import FakeClock
from tests.helpers import ON_BOTH_STORES, active_standard, self_request_from_before

S = RequestStatus
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def org(services: Services) -> dict[str, int]:
    """IT and HR serve each other; Accounting asks IT too. IT: 1 h / 4 h targets, HR: 8 h / 40 h."""
    services.company.save("Hotel", time_zone="UTC")
    it = services.departments.create("IT").id
    hr = services.departments.create("HR").id
    acc = services.departments.create("Accounting").id
    return {
        "it": it, "hr": hr, "acc": acc,
        "laura": services.people.create("Laura", department_id=it).id,
        "francesca": services.people.create("Francesca", department_id=hr).id,
        "anna": services.people.create("Anna", department_id=acc).id,
        "it_std": active_standard(services, it, "PMS access", 1, 4).standard_id,
        "hr_std": active_standard(services, hr, "New hire notice", 8, 40).standard_id,
    }


def served(services: Services, clock: FakeClock, provider: int, requester: int, standard: int | None,
           hours: float | None, respond_after: float = 0.5) -> int:
    """One request logged now, first answered after ``respond_after`` h and resolved after ``hours``
    (None: left open); the clock comes back to where it was."""
    start = clock.now
    rid = services.requests.create(RequestDraft("Help", provider, requester_id=requester, standard_id=standard)).row.id
    if hours is not None:
        clock.advance(hours=respond_after)
        services.requests.transition(rid, S.IN_PROGRESS)
        clock.advance(hours=hours - respond_after)
        services.requests.transition(rid, S.RESOLVED)
    clock.now = start
    return rid


@pytest.fixture
def march(services: Services, clock: FakeClock, org: dict[str, int]) -> dict[str, int]:
    """Counted by hand:
    IT -> HR: 3 requests resolved in 1 h, 2 h and 6 h (target 4 h: 2 of 3 within, median 2 h),
              rated 5 and 4 by HR, and 1 anonymously (too few to show).
    HR -> IT: 2 requests, one resolved in 50 h (target 40 h: late), one still open and overdue;
              rated 2 by IT, naming timeliness.
    IT -> Accounting: 1 request resolved in 3 h, first answered after 2 h (response target 1 h: late).
    """
    ids = [served(services, clock, org["it"], org["francesca"], org["it_std"], h) for h in (1, 2, 6)]
    late = served(services, clock, org["hr"], org["laura"], org["hr_std"], 50)
    served(services, clock, org["hr"], org["laura"], org["hr_std"], None)
    served(services, clock, org["it"], org["anna"], org["it_std"], 3, respond_after=2)
    clock.advance(days=3)  # the open HR request is now 72 h old: past its 40 h target
    fb = services.feedback
    fb.give(FeedbackDraft(5, request_id=ids[0], author_id=org["francesca"]))
    fb.give(FeedbackDraft(4, request_id=ids[1], author_id=org["francesca"]))
    fb.give(FeedbackDraft(1, request_id=ids[2], author_id=org["francesca"], anonymous=True))
    fb.give(FeedbackDraft(2, request_id=late, author_id=org["laura"], breakdown_point=BreakdownPoint.TIMELINESS))
    return {"late": late}


@ON_BOTH_STORES
def test_pairs_both_ways_match_the_hand_count(services: Services, org: dict[str, int], march: dict[str, int]) -> None:
    network = services.network.network(*MARCH)
    it_hr = network.between(org["it"], org["hr"])
    hr_it = network.between(org["hr"], org["it"])
    assert it_hr is not None and hr_it is not None
    assert (it_hr.received, it_hr.resolved, it_hr.with_target, it_hr.within_target) == (3, 3, 3, 2)
    assert it_hr.median_hours == pytest.approx(2.0)
    assert (it_hr.ratings, it_hr.average_rating, it_hr.held_back) == (2, 4.5, 1)
    assert (it_hr.open_overdue, it_hr.breakdowns) == (0, 1)  # the 6 h one was resolved late
    assert (hr_it.received, hr_it.resolved, hr_it.within_target) == (2, 1, 0)
    assert hr_it.median_hours == pytest.approx(50.0)
    assert (hr_it.average_rating, hr_it.open_overdue) == (2.0, 1)
    assert hr_it.breakdowns == 2  # resolved late + the timeliness named in feedback
    assert network.two_way(org["it"], org["hr"]) and not network.two_way(org["it"], org["acc"])
    it_acc = network.between(org["it"], org["acc"])
    assert it_acc is not None and it_acc.breakdowns == 1  # answered late
    assert network.as_provider(org["it"]).received == 4
    assert network.as_customer(org["it"]).received == 2
    assert [d.name for d in network.departments] == ["Accounting", "HR", "IT"]  # the same order every period
    # another month: nothing happened, and the open overdue request is still there
    april = services.network.network(date(2026, 4, 1), date(2026, 4, 30))
    assert april.between(org["it"], org["hr"]) is None
    hr_it_april = april.between(org["hr"], org["it"])
    assert hr_it_april is not None and (hr_it_april.received, hr_it_april.open_overdue) == (0, 1)


@ON_BOTH_STORES
def test_trend_per_department_and_pair(services: Services, clock: FakeClock, org: dict[str, int],
                                       march: dict[str, int]) -> None:
    clock.now = clock.now.replace(month=4, day=10)
    served(services, clock, org["it"], org["francesca"], org["it_std"], 8)  # April: late, 8 h
    trend = services.network.trend(date(2026, 2, 1), date(2026, 4, 30), provider_id=org["it"])
    feb, mar, apr = trend.points
    assert (feb.received, mar.received, apr.received) == (0, 4, 1)
    assert mar.share_within_target == pytest.approx(3 / 4)  # 1, 2, 3 h within 4 h; 6 h not
    assert mar.median_hours == pytest.approx(2.0)  # 1, 2, 3, 6: the lower middle one
    assert apr.median_hours == pytest.approx(8.0) and apr.share_within_target == 0
    assert mar.average_rating == 4.5 and mar.held_back == 1
    pair = services.network.trend(date(2026, 3, 1), date(2026, 4, 30), org["hr"], org["it"])
    assert [p.received for p in pair.points] == [2, 0]
    assert pair.points[0].median_hours == pytest.approx(50.0)
    company = services.network.trend(date(2026, 3, 1), date(2026, 3, 31))
    assert company.points[0].received == 6 and not company.medians


@ON_BOTH_STORES
def test_breakdown_pareto_counts_and_running_share(services: Services, org: dict[str, int],
                                                   march: dict[str, int]) -> None:
    result = services.network.breakdowns(*MARCH)
    found = [(i.provider_name, i.standard_title, i.point, i.count) for i in result.items]
    assert sorted(found) == sorted([
        ("HR", "New hire notice", BreakdownPoint.TIMELINESS.value, 1),
        ("HR", "New hire notice", BreakdownSignal.RESOLUTION_LATE.value, 1),
        ("HR", "New hire notice", BreakdownSignal.OPEN_OVERDUE.value, 1),
        ("IT", "PMS access", BreakdownSignal.RESOLUTION_LATE.value, 1),
        ("IT", "PMS access", BreakdownSignal.RESPONSE_LATE.value, 1),
    ])
    assert result.total == 5 and result.items[-1].cumulative == pytest.approx(1.0)
    assert [round(i.cumulative, 2) for i in result.items] == [0.2, 0.4, 0.6, 0.8, 1.0]
    pair = services.network.breakdowns(*MARCH, provider_id=org["it"], customer_id=org["hr"])
    assert [(i.point, i.count) for i in pair.items] == [(BreakdownSignal.RESOLUTION_LATE.value, 1)]
    late = next(i for i in result.items if i.provider_name == "IT" and i.point == BreakdownSignal.RESOLUTION_LATE)
    detail = services.network.breakdown_detail(*MARCH, org["it"], late.standard_id, late.point)
    assert detail.months == (("2026-03", 1),) and detail.customers == ((org["hr"], 1),)
    # the anonymous rating of 1 named no point: it is a poor rating, but held back with its rater
    assert result.held_back == 1


@ON_BOTH_STORES
def test_anonymous_ratings_appear_once_enough_people_gave_them(services: Services, clock: FakeClock,
                                                              org: dict[str, int]) -> None:
    requests = [served(services, clock, org["it"], org["francesca"], org["it_std"], 1) for _ in range(5)]
    clock.advance(hours=2)
    for rid in requests[:4]:
        services.feedback.give(FeedbackDraft(2, request_id=rid, author_id=org["francesca"], anonymous=True))
    pair = services.network.network(*MARCH).between(org["it"], org["hr"])
    assert pair is not None and (pair.ratings, pair.held_back) == (0, 4)
    services.feedback.give(FeedbackDraft(3, request_id=requests[4], author_id=org["francesca"], anonymous=True))
    pair = services.network.network(*MARCH).between(org["it"], org["hr"])
    assert pair is not None and (pair.ratings, pair.average_rating, pair.held_back) == (5, 2.2, 0)
    services.network.set_anonymity_threshold(6)
    assert services.network.network(*MARCH).held_back == 5
    with pytest.raises(ValidationError):
        services.network.set_anonymity_threshold(2)  # never below three
    assert services.network.anonymity_threshold() == 6


def test_a_group_just_above_the_threshold_is_not_shown_beside_a_part_that_gives_the_rest_away() -> None:
    # six answers about IT: five from HR and one from Sales. Showing IT and HR would show Sales.
    assert disclosed(6, {"HR": 5, "Sales": 1}, 5) == (True, set())
    assert disclosed(10, {"HR": 5, "Sales": 5}, 5) == (True, {"HR", "Sales"})
    # twelve answers, one of them from a third department: hiding HR leaves six hidden, enough
    assert disclosed(12, {"HR": 5, "Sales": 6}, 5) == (True, {"Sales"})
    assert disclosed(4, {"HR": 4}, 5) == (False, set())
    assert disclosed(9, {"HR": 4, "Sales": 5}, 3) == (True, {"HR", "Sales"})


@ON_BOTH_STORES
def test_reopening_takes_a_request_out_of_its_month_and_the_summary_equals_a_rebuild(
        services: Services, clock: FakeClock, org: dict[str, int], march: dict[str, int]) -> None:
    rid = served(services, clock, org["it"], org["anna"], org["it_std"], 2)
    clock.advance(hours=3)
    before = services.network.network(*MARCH).between(org["it"], org["acc"])
    services.requests.transition(rid, S.IN_PROGRESS)  # reopened
    after = services.network.network(*MARCH).between(org["it"], org["acc"])
    assert before is not None and after is not None
    assert (before.resolved - after.resolved, before.received - after.received) == (1, 0)

    def snapshot() -> list[set[tuple[tuple[str, object], ...]]]:
        """Every row of the three summary tables, leaving out rows whose figures add up to nothing."""
        out = []
        with services.db.reading() as s:
            for model in (PairMonth, PairBreakdown, ProviderBreakdown):
                keys = {c.name for c in model.__table__.primary_key.columns}
                out.append({tuple(sorted(row.items())) for row in s.execute(select(*model.__table__.columns))
                            .mappings() if any(v for k, v in row.items() if k not in keys)})
        return out

    kept = snapshot()
    with services.db.transaction() as s:
        rebuild(s)
    assert snapshot() == kept


@ON_BOTH_STORES
def test_months_are_the_companys_and_move_with_its_time_zone(services: Services, clock: FakeClock,
                                                             org: dict[str, int]) -> None:
    clock.now = clock.now.replace(month=3, day=31, hour=22, minute=30)  # 00:30 on 1 April in Rome
    served(services, clock, org["it"], org["francesca"], org["it_std"], 1)
    march = services.network.network(*MARCH).between(org["it"], org["hr"])
    assert march is not None and march.received == 1  # UTC: still March
    services.company.save("Hotel", time_zone="Europe/Rome")
    assert services.network.network(*MARCH).between(org["it"], org["hr"]) is None
    april = services.network.network(date(2026, 4, 1), date(2026, 4, 30)).between(org["it"], org["hr"])
    assert april is not None and april.received == 1


@ON_BOTH_STORES
def test_dashboard_changes_compare_with_the_previous_thirty_days(services: Services, clock: FakeClock,
                                                                 org: dict[str, int]) -> None:
    served(services, clock, org["it"], org["francesca"], org["it_std"], 1)  # 40 days ago: within target
    clock.advance(days=40)
    served(services, clock, org["it"], org["francesca"], org["it_std"], 6)  # now: late
    served(services, clock, org["it"], org["francesca"], org["it_std"], None)  # logged, still open
    clock.advance(hours=7)
    changes = services.network.dashboard_changes()
    assert (changes.resolved_prev, changes.within_target_prev) == (1, 1)
    assert changes.net_open_30d == 1  # two logged, one resolved
    assert (changes.missed_30d, changes.missed_prev) == (2, 0)  # the late one and the open one
    assert sum(m.received for m in changes.months) == 3


def test_a_file_upgraded_from_before_the_network_gets_the_same_summary_the_helpers_keep(tmp_path: Path) -> None:
    path = tmp_path / "hotel.sqlite"
    services = Services(open_data_file(path))
    services.demo.fill(DemoOptions(requests=400))
    network = services.network.network(services.ctx.today() - timedelta(days=200), services.ctx.today(),
                                       medians=False)
    services.close()
    # back to the schema before this change, then opened again: the migration fills the summary
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")  # the revision before 0009
    engine.dispose()
    again = Services(open_data_file(path))
    try:
        upgraded = again.network.network(network.period.start, network.period.end, medians=False)

        def figures(pairs: dict[tuple[int, int], PairFigures]) -> dict[tuple[int, int], PairFigures]:
            # going back before 0009 dropped the survey tables with the example round: compare the rest
            return {k: replace(v, survey_score=None, survey_answers=0) for k, v in pairs.items() if v.received
                    or v.resolved or v.ratings or v.held_back or v.breakdowns or v.open_overdue}

        assert figures(dict(upgraded.pairs)) == figures(dict(network.pairs))
        assert again.requests.count() == 400
    finally:
        again.close()


@ON_BOTH_STORES
def test_a_departments_requests_of_itself_from_an_older_file_make_no_pair(
        services: Services, clock: FakeClock, org: dict[str, int], march: dict[str, int]) -> None:
    """Such a request (refused now) still counts among IT's requests, but is no pair of the network:
    no arrow or cell of IT to IT, and no two-way pair of one department."""
    before = services.network.network(*MARCH)
    rid = self_request_from_before(services, org["it"], org["laura"], org["hr"])
    services.requests.transition(rid, S.IN_PROGRESS)
    services.requests.transition(rid, S.RESOLVED)
    network = services.network.network(*MARCH)
    assert network.between(org["it"], org["it"]) is not None  # stored, and counted ...
    assert network.as_provider(org["it"]).received == before.as_provider(org["it"]).received + 1
    assert not network.two_way(org["it"], org["it"])  # ... but not as a pair
    assert {(p.provider_id, p.customer_id) for p in network.department_pairs()} == {
        (p.provider_id, p.customer_id) for p in before.department_pairs()}


def chart_rows(story: list[Any], title: str) -> list[list[float | None]]:
    """The values a drawn chart of ``story`` plots, found by its title: one row per line drawn (a
    series is cut into lines where months have no value)."""
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing, String

    for flowable in story:
        if isinstance(flowable, Drawing) and any(isinstance(c, String) and c.text == title
                                                 for c in flowable.contents):
            chart = next(c for c in flowable.contents if isinstance(c, HorizontalLineChart))
            return [list(values) for values in chart.data]
    raise AssertionError(f"no chart titled {title!r}")


def test_the_printed_trends_leave_a_month_with_nothing_resolved_without_a_point(
        services: Services, clock: FakeClock, org: dict[str, int], march: dict[str, int], tmp_path: Path) -> None:
    """April, a day old, has one request logged and none resolved: no share within target and no
    time to resolve, so no point for April (the window leaves it blank too), never 0 % or 0 h."""
    from icdesk.reports.network import NetworkReport
    from icdesk.reports.summary import SummaryReport

    clock.now = clock.now.replace(month=4, day=1, hour=12)
    served(services, clock, org["it"], org["francesca"], org["it_std"], None)
    network = services.network.network(date(2026, 3, 1), date(2026, 4, 30))
    report = NetworkReport(services, start=date(2026, 3, 1), end=date(2026, 4, 30))
    story = report.trend_part(network)
    # March: 3 of the 5 resolved against a target within it; April: none resolved, no point
    assert chart_rows(story, "Share resolved within target, per month (%)") == [[pytest.approx(60.0), None]]
    # IT resolved in 1, 2, 3 and 6 h in March (the lower middle one: 2 h), HR in 50 h; nothing in April
    assert chart_rows(story, "Median time to resolve, busiest departments (hours)") == [
        [pytest.approx(2.0), None], [pytest.approx(50.0), None]]
    assert chart_rows(story, "Requests per month")[0] == [6, 1]  # a month with requests received is a 1, not a gap
    summary = SummaryReport(services, start=date(2026, 3, 1), end=date(2026, 4, 30))
    assert chart_rows(summary.story(), "Share resolved within target, per month") == [[pytest.approx(0.6), None]]
    for document in (report, summary):  # and both are drawn, a line of one month included
        assert document.build(tmp_path / "out.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_printed_trend_leaves_a_gap_where_a_month_has_no_value() -> None:
    """A month without a value between two with one: two lines, not one drawn across the gap."""
    from reportlab.graphics import renderPDF

    from icdesk.reports.charts import trend_lines

    drawing = trend_lines("Median", ["Jan", "Feb", "Mar", "Apr"], [("IT", [4.0, None, 3.0, None]),
                                                                   ("HR", [None, None, None, None])],
                          400, lambda v: f"{v:g}")
    assert chart_rows([drawing], "Median") == [[4.0, None, None, None], [None, None, 3.0, None]]
    assert renderPDF.drawToString(drawing)[:5] == b"%PDF-"
    nothing = trend_lines("Median", ["Jan", "Feb"], [("HR", [None, None])], 400, lambda v: f"{v:g}")
    assert renderPDF.drawToString(nothing)[:5] == b"%PDF-"  # the months and the axis, no line
    one_month = trend_lines("Median", ["Jan"], [("IT", [4.0])], 400, lambda v: f"{v:g}")
    assert renderPDF.drawToString(one_month)[:5] == b"%PDF-"  # a period of one month: one point

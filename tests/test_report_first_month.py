"""A company in its first month prints charts that say what they lack (found by a new manager: empty axes
under a legend, zeros for the months before the company existed, an axis of 0 to "0.02" hours)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from icdesk.domain.enums import RequestStatus
from icdesk.reports.registry import ReportSpec, build_report
from icdesk.services import Services
from icdesk.services.requests import RequestDraft
from tests.conftest import FakeClock
from tests.helpers import small_org
from tests.pdf_text import text


def first_month(services: Services, clock: FakeClock) -> dict[str, int]:
    org = small_org(services, with_standard=False)  # no standard yet: no targets
    for title in ("Carta esaurita", "Sedia rotta"):
        rid = services.requests.create(RequestDraft(title, org["it"], requester_id=org["anna"])).row.id
        services.requests.transition(rid, RequestStatus.IN_PROGRESS)
        clock.advance(minutes=3)  # resolved in minutes: the medians are fractions of an hour
        services.requests.transition(rid, RequestStatus.RESOLVED)
    return org


def test_the_summary_says_no_target_was_met_or_missed_instead_of_empty_charts(services: Services, clock: FakeClock,
                                                                            tmp_path: Path) -> None:
    first_month(services, clock)
    today = clock.now.date()
    out = build_report(services, ReportSpec("summary", start=today - timedelta(days=180), end=today),
                       tmp_path / "summary.pdf")
    words = " ".join(text(out).split())
    assert words.count("No request with a target was resolved in this period.") == 2  # per department, per month
    assert "Sep 2025" not in words and "Mar 2026" in words  # the months before the first request are left out


def test_the_network_report_gives_quick_resolutions_in_minutes_and_no_months_before_the_first_request(
        services: Services, clock: FakeClock, tmp_path: Path) -> None:
    org = first_month(services, clock)
    clock.advance(days=35)  # a second month, so the trends are drawn
    rid = services.requests.create(RequestDraft("Lampada", org["it"], requester_id=org["anna"])).row.id
    services.requests.transition(rid, RequestStatus.IN_PROGRESS)
    clock.advance(minutes=5)
    services.requests.transition(rid, RequestStatus.RESOLVED)
    out = build_report(services, ReportSpec("network", start=date(2025, 10, 1), end=clock.now.date()),
                       tmp_path / "network.pdf")
    words = " ".join(text(out).split())
    assert "Median time to resolve, busiest departments (minutes)" in words
    assert "(hours)" not in words
    assert not any(month in words for month in ("Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026"))
    assert "Mar 2026" in words and "Apr 2026" in words


def test_a_long_department_name_on_the_service_map_stays_on_the_page(services: Services, clock: FakeClock,
                                                                      tmp_path: Path) -> None:
    """Hostile tester: "WWWW…" (a 120-letter name) ran off the left edge of the printed service map."""
    from pypdf import PdfReader

    org = small_org(services, with_standard=False)
    wide = services.departments.create("W" * 120).id
    for provider in (org["it"], wide, org["it"]):
        services.requests.create(RequestDraft("Ask", provider, requester_id=org["anna"]))
    out = build_report(services, ReportSpec("network", start=date(2026, 1, 1), end=clock.now.date()),
                       tmp_path / "network.pdf")
    page = PdfReader(out).pages[0]
    width = float(page.mediabox.width)
    found: list[tuple[float, str]] = []

    def seen(piece: str, cm: list[float], tm: list[float], *_: object) -> None:
        if piece.startswith("WWW"):
            found.append((cm[4] + tm[4], piece))

    page.extract_text(visitor_text=seen)
    assert found, "the long name is on the map"
    for x, piece in found:
        assert 0 <= x < width and piece.strip().endswith("\u2026") and len(piece.strip()) < 22

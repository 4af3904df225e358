"""The network figures of the example's many requests and ratings, counted in Python as they are told.

``network_figures.rebuild`` makes the figures again from the stored rows with a few large queries:
some sixteen seconds at a million requests, mostly working out each moment's company-time month.
The example knows every moment already as microseconds since 1970, so here each request adds what
``Changes.add_request`` would add for it, with the month found by bisecting the months' starts, and
each rating goes through ``Changes.add_feedback`` itself. The sums are written with ``Changes.write``
(added to what the rest of the example wrote through the window's paths);
tests/test_demo_requests.py finds them equal to ``rebuild``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from icdesk.domain.enums import BreakdownSignal
from icdesk.domain.models.network import NO_DEPARTMENT, NO_STANDARD, band_of
from icdesk.services.demo_requests import Done, instant, micros
from icdesk.services.network_figures import FIRST_BAND, Changes, company_clock, month_key, next_month

RESOLUTION_LATE, RESPONSE_LATE = BreakdownSignal.RESOLUTION_LATE.value, BreakdownSignal.RESPONSE_LATE.value


class Months:
    """The company-time month ("YYYY-MM") of a moment in microseconds: a bisect over the months'
    starts from ``first`` to ``last``; moments outside them are asked of the clock."""

    def __init__(self, changes: Changes, first: int, last: int) -> None:
        self.changes = changes
        clock = changes.clock
        month: date = clock.local(instant(first)).date().replace(day=1)
        end = next_month(clock.local(instant(last)).date())
        self.starts: list[int] = []
        self.keys: list[str] = []
        while month <= end:
            self.starts.append(micros(clock.start_of(month)))
            self.keys.append(month_key(month))
            month = next_month(month)

    def __call__(self, us: int) -> str:
        i = bisect_right(self.starts, us) - 1
        if 0 <= i < len(self.keys) - 1:
            return self.keys[i]
        return self.changes.month(instant(us))


def requests_counted(changes: Changes, done: list[Done]) -> None:
    """What ``changes.add_request`` adds for each request, from its moments in microseconds."""
    if not done:
        return
    month = Months(changes, min(d.created_us for d in done), max(d.created_us for d in done))
    months, breakdown = changes.months, changes.breakdown
    for d in done:
        pair = (d.provider, d.customer or NO_DEPARTMENT)
        version = d.version or NO_STANDARD
        months[(*pair, month(d.created_us))][0] += 1
        resolved = d.resolved_us
        if resolved is not None:
            at = month(resolved)
            row = months[(*pair, at)]
            row[1] += 1
            due = d.resolution_due_us
            if due is not None:
                row[2] += 1
                if resolved <= due:
                    row[3] += 1
                else:
                    breakdown(pair, at, version, RESOLUTION_LATE)
            service = d.service_seconds or 0
            row[4] += service
            row[FIRST_BAND + band_of(service)] += 1
        first, response_due = d.first_response_us, d.response_due_us
        if first is not None and response_due is not None and first > response_due:
            breakdown(pair, month(first), version, RESPONSE_LATE)


def write_figures(s: Session, done: list[Done], ratings: Iterable[tuple[Done, tuple[Any, ...], int]]) -> None:
    """The figures of the bulk requests and of their ratings (the request rated, the stored rating
    row as ``FEEDBACK_COLUMNS`` and when it was given, in microseconds), added to the stored ones."""
    changes = Changes(company_clock(s))
    requests_counted(changes, done)
    for request, row, at in ratings:
        changes.add_feedback(row[1], row[7] or request.customer, request.version, instant(at), row[2], row[4],
                             bool(row[5]))
    changes.write(s)


__all__ = ["write_figures"]

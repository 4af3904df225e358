"""The example company's ratings, told as stored rows: about half of the finished requests are
rated by the person who asked, better when the work was on time.

What ``prepare_feedback`` would store for the same rating (tests/test_demo_requests.py stores every
rating of an example again through it and finds the same rows): the request's provider is the
department rated, the requester's department the author's, and an anonymous rating keeps neither
author nor department. The requester never worked on the request (demo_requests.py draws requesters
from the provider's customers), which is the one rule of ``prepare_feedback`` that could refuse one.
"""

from __future__ import annotations

import random
from bisect import bisect
from datetime import datetime
from itertools import accumulate
from typing import Any

from icdesk.domain.enums import BreakdownPoint, RequestStatus
from icdesk.domain.rules import TEXT_MAX, check_rating, clean_text, comment_key
from icdesk.services.demo_requests import US, Done, micros

# comment_key (0017) last: demo.py and demo_figures.py read the others by their place
FEEDBACK_COLUMNS = ("request_id", "department_id", "rating", "comment", "breakdown_point", "anonymous", "author_id",
                    "author_department_id", "author_key", "created_at", "comment_key")
RATINGS = [check_rating(r) for r in (5, 4, 3, 2, 1)]
ON_TIME = list(accumulate([5, 4, 1, 0.3, 0.1]))  # how likely each rating is: cumulative weights
LATE = list(accumulate([0.5, 1, 3, 3, 2]))
LATE_POINTS = [BreakdownPoint.TIMELINESS.value, BreakdownPoint.COMMUNICATION.value]
ANY_POINT = [b.value for b in BreakdownPoint]
FINISHED = (RequestStatus.RESOLVED, RequestStatus.CLOSED)


class RatingRows:
    def __init__(self, departments_of: dict[int, int | None], comments: dict[int, list[str]], now: datetime,
                 author_keys: dict[int, str]) -> None:
        """``author_keys``: each person's name folded, as ``feedback.author_key`` stores it (0016)."""
        self.departments_of, self.now, self.author_keys = departments_of, micros(now), author_keys
        # each comment with the key it is sorted by (0017), folded once per text rather than per rating
        self.comments = {rating: [(clean, comment_key(clean)) for clean in (
            clean_text(c, "The comment", required=False, max_len=TEXT_MAX, field="comment") for c in texts)]
            for rating, texts in comments.items()}

    def rows(self, rng: random.Random, done: list[Done]) -> tuple[list[tuple[Any, ...]], list[tuple[int, int, Done]]]:
        """The ratings (``FEEDBACK_COLUMNS``, when given in microseconds since 1970) and, for each,
        its rating, when it was given and the request."""
        random_, uniform, now, author_keys = rng.random, rng.uniform, self.now, self.author_keys
        rows: list[tuple[Any, ...]] = []
        given: list[tuple[int, int, Done]] = []
        for r in done:
            if r.status not in FINISHED or r.resolved_us is None or random_() > 0.5:
                continue
            weights = ON_TIME if r.on_time else LATE
            rating = RATINGS[bisect(weights, random_() * weights[-1])]
            breakdown = None
            if rating <= 3:
                points = ANY_POINT if r.on_time else LATE_POINTS
                breakdown = points[int(random_() * len(points))]
            at = min(now, r.resolved_us + int(3600 * uniform(1, 48)) * US)
            comment, key = "", ""
            if random_() < 0.6:
                texts = self.comments[rating]
                comment, key = texts[int(random_() * len(texts))]
            anonymous = random_() < 0.2
            rows.append((r.id, r.provider, rating, comment, breakdown, anonymous, None if anonymous else r.requester,
                         None if anonymous else self.departments_of[r.requester],
                         "" if anonymous else author_keys[r.requester], at, key))
            given.append((rating, at, r))
        return rows, given


__all__ = ["FEEDBACK_COLUMNS", "RatingRows"]

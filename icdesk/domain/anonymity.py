"""When anonymous answers may be shown: the anonymity threshold.

Anonymous answers (survey forms and anonymous feedback alike) are shown for a group only when at
least N people gave them (the company's threshold, 5 unless changed, never below 3), as survey
tools for small teams do (Officevibe, 15Five, Lattice, Culture Amp). A group shown beside its
sub-groups must not let the hidden answers be worked out by subtraction: if the whole is shown
and the parts shown leave fewer than N answers unaccounted for, more parts are hidden.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

from icdesk.domain.errors import ValidationError

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
MAX_THRESHOLD = 50

K = TypeVar("K", bound=Hashable)


def check_threshold(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_THRESHOLD <= value <= MAX_THRESHOLD:
        raise ValidationError("The anonymity threshold must be a whole number from {low} to {high}.",
                              field="anonymity_threshold", low=MIN_THRESHOLD, high=MAX_THRESHOLD)
    return value


def enough(count: int, threshold: int) -> bool:
    """May a group of ``count`` anonymous answers be shown on its own?"""
    return count >= max(threshold, MIN_THRESHOLD)


def disclosed(whole: int, parts: Mapping[K, int], threshold: int) -> tuple[bool, set[K]]:
    """Which of a group and its sub-groups may show their anonymous answers.

    ``whole`` is the number of answers in the group, ``parts`` the number in each sub-group
    (they may not cover the whole). A part is shown only with enough answers; and while the
    whole is shown, the answers left in hidden parts must be none or at least the threshold, or
    whole minus the shown parts would give them away, so the smallest shown part is hidden too
    until that holds. Returns (whole shown, parts shown).
    """
    whole_shown = enough(whole, threshold)
    shown = {k for k, n in parts.items() if n > 0 and enough(n, threshold)}
    if not whole_shown:
        return False, shown
    while shown:
        hidden = whole - sum(parts[k] for k in shown)
        if hidden == 0 or enough(hidden, threshold):
            break
        shown.discard(min(shown, key=lambda k: (parts[k], str(k))))
    return True, shown

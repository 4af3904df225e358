"""Where the service map puts its rating labels: beside their own arrows, never on a department."""

from __future__ import annotations

import math
from itertools import permutations

import pytest

from icdesk.domain.network_layout import Box, arc, circle_layout, place_labels

RADIUS, NODE = 320.0, 26.0


def overlap_share(boxes: list[Box]) -> float:
    """The area labels share with each other, as a share of the area of all labels."""
    shared = sum(a.overlap(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    return shared / sum(b.width * b.height for b in boxes)


@pytest.mark.parametrize(("departments", "most_shared"), [(10, 0.0), (16, 0.01)])
def test_every_pair_labelled_no_label_on_a_circle_and_labels_all_but_apart(departments: int,
                                                                           most_shared: float) -> None:
    # every pair, both ways: the worst a map can be; 16 departments is the most the map labels
    # (a larger company's map is drawn without labels, its ratings in the tooltips)
    ids = list(range(departments))
    at = {k: (x * RADIUS, -y * RADIUS) for k, (x, y) in circle_layout(ids).items()}
    curves = [arc(at[a], at[b], NODE + 3, y_up=False) for a, b in permutations(ids, 2)]
    boxes = place_labels(curves, [(32.0, 18.0)] * len(curves), [3.0] * len(curves), list(at.values()), NODE,
                         y_up=False)
    assert len(boxes) == departments * (departments - 1)
    for box in boxes:
        assert not any(box.touches_circle(centre, NODE) for centre in at.values())
    assert overlap_share(boxes) <= most_shared


def test_labels_of_a_two_way_pair_sit_at_their_own_ends_and_apart() -> None:
    a, b = (0.0, -RADIUS), (RADIUS, 0.0)
    there, back = arc(a, b, NODE + 3, y_up=False), arc(b, a, NODE + 3, y_up=False)
    first, second = place_labels([there, back], [(32.0, 18.0)] * 2, [6.0, 6.0], [a, b], NODE, y_up=False)
    assert first.overlap(second) == 0
    # each nearer the department that serves: the start of its own arrow
    assert math.dist((first.x, first.y), a) < math.dist((first.x, first.y), b)
    assert math.dist((second.x, second.y), b) < math.dist((second.x, second.y), a)


def test_a_box_knows_what_it_touches() -> None:
    box = Box(0.0, 0.0, 20.0, 10.0)
    assert box.overlap(Box(10.0, 0.0, 20.0, 10.0)) == 100.0 and box.overlap(Box(40.0, 0.0, 20.0, 10.0)) == 0.0
    assert box.touches_circle((0.0, 10.0), 6.0) and not box.touches_circle((0.0, 12.0), 6.0)
    assert box.touches_circle((13.0, 8.0), 5.0) and not box.touches_circle((13.0, 8.0), 4.0)


def test_a_label_keeps_off_a_departments_name_when_its_arrow_has_room() -> None:
    a, b = (0.0, -RADIUS), (RADIUS, 0.0)
    there = arc(a, b, NODE + 3, y_up=False)
    (free,) = place_labels([there], [(32.0, 18.0)], [6.0], [a, b], NODE, y_up=False)
    name = Box(free.x, free.y, 120.0, 20.0)  # a long name where the label would go
    (moved,) = place_labels([there], [(32.0, 18.0)], [6.0], [a, b], NODE, y_up=False, obstacles=[name])
    assert moved.overlap(name) == 0 and not any(moved.touches_circle(c, NODE) for c in (a, b))

"""Where the service map puts each department, and how an arrow looks: one geometry for the map on
screen (Qt) and on paper (ReportLab), so both show the same picture.

Departments sit on a circle in a fixed order (by name), so the map keeps its shape from one period
to the next and a manager finds IT where it was last month. An arrow runs from the provider to
the customer and bends to its right, so the two directions of a two-way pair are two arcs side
by side instead of one line drawn twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]

GOOD_SHARE = 0.9  # within target at least this often: green
FAIR_SHARE = 0.75  # at least this often: amber; less: red
COLOURS = {"good": "#2e7d4f", "fair": "#d98c3f", "poor": "#b23b3b", "none": "#9aa5b1"}
BEND = 0.22  # how far an arrow bows out, as a share of its length


def circle_layout(ids: Sequence[int]) -> dict[int, Point]:
    """Positions on the unit circle (y up), the first at the top, the others clockwise."""
    count = len(ids)
    if count == 1:
        return {ids[0]: (0.0, 0.0)}
    out = {}
    for index, node in enumerate(ids):
        angle = math.pi / 2 - 2 * math.pi * index / count
        out[node] = (math.cos(angle), math.sin(angle))
    return out


def band(share: float | None) -> str:
    """The colour band of a share of requests resolved within target."""
    if share is None:
        return "none"
    return "good" if share >= GOOD_SHARE else "fair" if share >= FAIR_SHARE else "poor"


def colour(share: float | None) -> str:
    return COLOURS[band(share)]


def arrow_width(volume: int, largest: int, thinnest: float = 1.2, thickest: float = 11.0) -> float:
    """Width by volume, on a square-root scale so a pair with a tenth of the requests still shows."""
    if largest <= 0 or volume <= 0:
        return thinnest
    return thinnest + (thickest - thinnest) * math.sqrt(volume / largest)


@dataclass(frozen=True)
class Arc:
    """A quadratic curve from ``start`` through ``control`` to ``end``; ``middle`` is where its label goes."""

    start: Point
    control: Point
    end: Point

    @property
    def middle(self) -> Point:
        return self.at(0.5)

    def at(self, t: float) -> Point:
        (x0, y0), (x1, y1), (x2, y2) = self.start, self.control, self.end
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        return a * x0 + b * x1 + c * x2, a * y0 + b * y1 + c * y2

    def direction_at_end(self) -> Point:
        """A unit vector along the curve as it arrives (where the arrow head points)."""
        dx, dy = self.end[0] - self.control[0], self.end[1] - self.control[1]
        length = math.hypot(dx, dy) or 1.0
        return dx / length, dy / length


def arc(start: Point, end: Point, node_radius: float, y_up: bool = True) -> Arc:
    """The arrow from one node to another, stopped short of both nodes' edges and bent to the right
    of its direction (so A to B and B to A never overlap). ``y_up`` False for screen coordinates."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    # the right-hand side of the direction of travel, as the reader sees it
    rx, ry = (uy, -ux) if y_up else (-uy, ux)
    bend = BEND * length
    control = ((x0 + x1) / 2 + rx * bend, (y0 + y1) / 2 + ry * bend)
    # leave the node circles: step from each end towards the control point
    def inset(px: float, py: float) -> Point:
        cx, cy = control[0] - px, control[1] - py
        d = math.hypot(cx, cy) or 1.0
        return px + cx / d * node_radius, py + cy / d * node_radius

    return Arc(inset(x0, y0), control, inset(x1, y1))


def arrow_head(tip: Point, direction: Point, size: float) -> tuple[Point, Point, Point]:
    """A triangle with its point at ``tip``, pointing along ``direction``."""
    dx, dy = direction
    bx, by = tip[0] - dx * size, tip[1] - dy * size
    px, py = -dy * size * 0.55, dx * size * 0.55
    return tip, (bx + px, by + py), (bx - px, by - py)


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle by its centre and size (a rating label on the map)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def left(self) -> float:
        return self.x - self.width / 2

    @property
    def top(self) -> float:
        return self.y - self.height / 2

    def overlap(self, other: Box) -> float:
        """The area two boxes share (0 when apart)."""
        w = min(self.x + self.width / 2, other.x + other.width / 2) - max(self.left, other.left)
        h = min(self.y + self.height / 2, other.y + other.height / 2) - max(self.top, other.top)
        return w * h if w > 0 and h > 0 else 0.0

    def touches_circle(self, centre: Point, radius: float) -> bool:
        """True when the box and the disc of ``radius`` around ``centre`` share any point."""
        nearest_x = min(max(centre[0], self.left), self.left + self.width)
        nearest_y = min(max(centre[1], self.top), self.top + self.height)
        return math.hypot(centre[0] - nearest_x, centre[1] - nearest_y) < radius


# Where along its arrow a label may sit, best first: nearer the provider (where the arrow starts),
# so the two labels of a two-way pair sit at opposite ends and the middle of the map, where the long
# arrows cross, stays clear; then further along, either way, when that spot is taken.
_ALONG = (0.28, 0.36, 0.2, 0.44, 0.14, 0.52, 0.6, 0.68, 0.76, 0.1, 0.84, 0.9)
NODE_MARGIN = 4.0  # the least room between a label and a department's circle


def place_labels(curves: Sequence[Arc], sizes: Sequence[tuple[float, float]], widths: Sequence[float],
                 nodes: Sequence[Point], node_radius: float, y_up: bool = True, gap: float = 3.0,
                 obstacles: Sequence[Box] = ()) -> list[Box]:
    """A box for each arrow's label, beside its own arrow, clear of every department's circle and,
    as far as the room allows, of the other labels.

    Labels are placed in the order given (the caller gives the busiest pairs first, so they get
    the best spots). For each, spots along the arrow (``_ALONG``) on its right-hand side (the outer
    side of its bend, away from the arrow of the other direction), then its left, then on the line
    itself and further out are tried; a spot over a circle is never taken while another is free,
    and among the rest the one overlapping the labels already placed least wins (the earlier in
    the list on a tie). ``obstacles`` (the departments' names) come second: a spot over one is
    taken only when every spot clear of the circles is over one too."""
    placed: list[Box] = []
    for curve, (width, height), stroke in zip(curves, sizes, widths, strict=True):
        best: tuple[int, int, float, int] | None = None
        chosen = Box(*curve.middle, width, height)
        rank = 0
        for away in (1.0, 0.0, 2.2):  # beside the line, on it, further out
            for t in _ALONG:
                x, y = curve.at(t)
                nx, ny = _right_of(curve, t, y_up)
                reach = abs(nx) * width / 2 + abs(ny) * height / 2 + stroke / 2 + gap
                for side in ((1.0, -1.0) if away else (0.0,)):
                    box = Box(x + side * nx * reach * away, y + side * ny * reach * away, width, height)
                    rank += 1
                    hits = sum(box.touches_circle(n, node_radius + NODE_MARGIN) for n in nodes)
                    # a department's name hidden counts less than its circle: the circle is never covered
                    named = sum(box.overlap(o) > 0 for o in obstacles)
                    covered = sum(box.overlap(other) for other in placed)
                    score = (hits, named, covered, rank)
                    if best is None or score < best:
                        best, chosen = score, box
                    if hits == 0 and named == 0 and covered == 0:
                        break
                if best is not None and best[:3] == (0, 0, 0):
                    break
            if best is not None and best[:3] == (0, 0, 0):
                break
        placed.append(chosen)
    return placed


def _right_of(curve: Arc, t: float, y_up: bool) -> Point:
    """The unit normal on the right-hand side of the direction of travel at ``t``."""
    (x0, y0), (x1, y1), (x2, y2) = curve.start, curve.control, curve.end
    dx = 2 * (1 - t) * (x1 - x0) + 2 * t * (x2 - x1)
    dy = 2 * (1 - t) * (y1 - y0) + 2 * t * (y2 - y1)
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    return (uy, -ux) if y_up else (-uy, ux)

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

"""Column headings that wrap: as tall as the longest title needs, so no line of it is cut off."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QHeaderView

MOST_LINES = 7  # a title longer than this is elided; the heading's tooltip says it whole
PADDING = 10


def fit_heading_height(header: QHeaderView, titles: Sequence[str], column_width: int) -> None:
    """Give ``header`` the height of its tallest wrapped title at ``column_width`` (at least three
    lines, as the grids had): "Reparación de averías en cámaras frigoríficas y hornos (1)" lost its first
    line and its version, the very thing that tells two columns apart after a revision."""
    metrics = header.fontMetrics()
    room = QRect(0, 0, max(20, column_width - 8), 100_000)
    lines = max((metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), title).height() // metrics.lineSpacing()
                 for title in titles), default=0)
    header.setMinimumHeight(metrics.lineSpacing() * min(MOST_LINES, max(3, lines)) + PADDING)

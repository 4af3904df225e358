"""Statuses in the lists drawn as coloured chips: the word always, its colour only to help the eye.

A model says a cell's tone through ``TONE_ROLE`` (see ``table_model.Column.tone``); ``ChipDelegate``
draws the word on a rounded ground of that tone, taken from the palette and readable in light and
dark. A person who cannot tell red from green reads the same word.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from icdesk.domain.enums import ActionStatus, IdeaStatus, RequestStatus, StandardStatus
from icdesk.ui.table_model import TONE_ROLE
from icdesk.ui.theme import Colours, colours, mix, readable

Index = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y, GAP = 8, 2, 3  # inside the chip, and around it in its cell


class Tone(enum.StrEnum):
    NEUTRAL = "neutral"  # closed, cancelled, retired, a draft
    INFO = "info"  # new, open, in progress
    WAITING = "waiting"  # waiting on the requester, in review, on trial
    GOOD = "good"  # resolved, done, in force, adopted
    BAD = "bad"  # overdue


REQUEST_TONES = {RequestStatus.NEW: Tone.INFO, RequestStatus.IN_PROGRESS: Tone.INFO,
                 RequestStatus.WAITING: Tone.WAITING, RequestStatus.RESOLVED: Tone.GOOD,
                 RequestStatus.CLOSED: Tone.NEUTRAL, RequestStatus.CANCELLED: Tone.NEUTRAL}
ACTION_TONES = {ActionStatus.OPEN: Tone.INFO, ActionStatus.IN_PROGRESS: Tone.INFO, ActionStatus.DONE: Tone.GOOD}
IDEA_TONES = {IdeaStatus.PROPOSED: Tone.INFO, IdeaStatus.UNDER_TRIAL: Tone.WAITING, IdeaStatus.ADOPTED: Tone.GOOD,
              IdeaStatus.DECLINED: Tone.NEUTRAL}
STANDARD_TONES = {StandardStatus.DRAFT: Tone.NEUTRAL, StandardStatus.IN_REVIEW: Tone.WAITING,
                  StandardStatus.APPROVED: Tone.INFO, StandardStatus.ACTIVE: Tone.GOOD,
                  StandardStatus.RETIRED: Tone.NEUTRAL}


def _hue(tone: str, c: Colours) -> QColor:
    return {Tone.INFO: c.accent, Tone.WAITING: c.rating_fair, Tone.GOOD: c.success, Tone.BAD: c.error}.get(
        Tone(tone) if tone in Tone._value2member_map_ else Tone.NEUTRAL, c.muted)


def chip_colours(tone: str, c: Colours | None = None) -> tuple[QColor, QColor, QColor]:
    """(ground, ink, edge) of a chip of ``tone``: a tint of the palette's base, the text readable on it."""
    c = c or colours()
    hue = _hue(tone, c)
    ground = mix(c.base, hue, 0.34 if c.dark else 0.16)
    return ground, readable(c.text if c.dark else QColor("#1f2a37"), [ground]), mix(ground, hue, 0.45)


class ChipDelegate(QStyledItemDelegate):
    """Draws a cell's text as a chip of the tone its model gives (``TONE_ROLE``)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        tone = index.data(TONE_ROLE)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not tone or not text:
            super().paint(painter, option, index)
            return
        # the cell as usual (selection, an overdue row's ground), without its text
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        ground, ink, edge = chip_colours(str(tone))
        metrics = option.fontMetrics
        cell = option.rect.adjusted(GAP, GAP, -GAP, -GAP)
        width = min(cell.width(), metrics.horizontalAdvance(text) + 2 * PAD_X)
        chip = QRectF(cell.left(), cell.top(), width, cell.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(ground)
        radius = min(chip.height() / 2, 9.0)
        painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.setPen(ink)
        painter.drawText(chip.adjusted(PAD_X, 0, -PAD_X // 2, 0),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width()) - PAD_X - 2))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        if not index.data(TONE_ROLE):
            return size
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(option.fontMetrics.horizontalAdvance(text) + 2 * PAD_X + 2 * GAP + 4,
                     max(size.height(), option.fontMetrics.height() + 2 * (PAD_Y + GAP)))

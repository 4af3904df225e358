"""A period of whole months to look at: a few usual choices, or any months from one to another."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from icdesk.services import Services
from icdesk.services.network_figures import month_start, next_month
from icdesk.ui.access import label_for, named
from icdesk.ui.formatting import fmt

PRESETS = (3, 6, 12)
CUSTOM = "custom"


def month_text(key: str) -> str:
    return fmt().month_label(int(key[:4]), int(key[5:7]))


class PeriodBar(QWidget):
    """Last 3, 6 or 12 months, this year, last year, or from month to month. ``changed`` fires
    once per change; ``period()`` gives the first and last day."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, default: int = 3) -> None:
        super().__init__(parent)
        self.services = services
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        period = QLabel(self.tr("Period"))
        layout.addWidget(period)
        self.preset = label_for(period, QComboBox())
        for months, text in zip(PRESETS, (self.tr("Last 3 months"), self.tr("Last 6 months"),
                                           self.tr("Last 12 months")), strict=True):
            self.preset.addItem(text, months)
        self.preset.addItem(self.tr("This year"), "this_year")
        self.preset.addItem(self.tr("Last year"), "last_year")
        self.preset.addItem(self.tr("From month to month\u2026"), CUSTOM)
        self.first = named(QComboBox(), self.tr("First month"))
        self.last = named(QComboBox(), self.tr("Last month"))
        self.to_label = QLabel("\u2013")
        layout.addWidget(self.preset)
        layout.addWidget(self.first)
        layout.addWidget(self.to_label)
        layout.addWidget(self.last)
        self._months: tuple[str, ...] = ()
        self.preset.setCurrentIndex(max(0, self.preset.findData(default)))
        self.preset.currentIndexChanged.connect(self._on_preset)
        self.first.currentIndexChanged.connect(self._on_custom)
        self.last.currentIndexChanged.connect(self._on_custom)
        self._show_custom(False)

    def load_months(self) -> None:
        """The months the pickers offer: from the first request or rating to this month."""
        months = self.services.network.months_with_data()
        if months == self._months:
            return
        self._months = months
        for combo in (self.first, self.last):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for key in months:
                combo.addItem(month_text(key), key)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        if not self.last.currentData() or self.last.currentData() not in months:
            self.last.setCurrentIndex(self.last.count() - 1)

    def _show_custom(self, shown: bool) -> None:
        for widget in (self.first, self.to_label, self.last):
            widget.setVisible(shown)

    def _on_preset(self) -> None:
        custom = self.preset.currentData() == CUSTOM
        if custom:
            self.load_months()
            start, end = self.period()
            self._select(self.first, start)
            self._select(self.last, end)
        self._show_custom(custom)
        self.changed.emit()

    def _on_custom(self) -> None:
        if self.preset.currentData() == CUSTOM:
            self.changed.emit()

    @staticmethod
    def _select(combo: QComboBox, day: date) -> None:
        key = f"{day.year:04d}-{day.month:02d}"
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(key)))
        combo.blockSignals(False)

    def choose(self, months: int | str) -> None:
        self.preset.setCurrentIndex(max(0, self.preset.findData(months)))

    def period(self) -> tuple[date, date]:
        today = self.services.ctx.today()
        choice = self.preset.currentData()
        if choice == "this_year":
            return date(today.year, 1, 1), today
        if choice == "last_year":
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        if choice == CUSTOM and self.first.currentData() and self.last.currentData():
            first, last = sorted((str(self.first.currentData()), str(self.last.currentData())))
            return month_start(first), next_month(month_start(last)) - timedelta(days=1)
        period = self.services.network.last_months(int(choice) if isinstance(choice, int) else 3)
        return period.start, period.end

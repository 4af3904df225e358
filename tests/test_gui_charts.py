"""The window's monthly charts: axes a manager can read."""

from __future__ import annotations

from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from icdesk.ui.charts import MonthChart


def left_axis_labels(chart: MonthChart) -> list[str]:
    axis = next(a for a in chart.chart().axes(Qt.Orientation.Vertical) if isinstance(a, QValueAxis))
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    return [f"{axis.min() + i * step:.0f}" for i in range(axis.tickCount())]


def test_ratings_from_one_to_five_have_a_tick_for_every_whole_number(qtbot: QtBot) -> None:
    chart = MonthChart("Average rating per month")
    qtbot.addWidget(chart)
    chart.show_months(["Jun", "Jul", "Aug"], lines=[("Average rating", [4.2, 2.0, 3.5], QColor("#1d5f8a"))],
                      value_max=5)
    assert left_axis_labels(chart) == ["0", "1", "2", "3", "4", "5"]


def test_a_month_of_one_request_does_not_repeat_labels(qtbot: QtBot) -> None:
    chart = MonthChart("Requests per month")
    qtbot.addWidget(chart)
    chart.show_months(["Oct", "Nov"], bars=[("Requests logged", [0, 1], QColor("#1d5f8a"))])
    labels = left_axis_labels(chart)
    assert labels == sorted(set(labels), key=int) and labels[0] == "0" and int(labels[-1]) >= 1
    chart.show_months(["Oct", "Nov"], bars=[("Requests logged", [40, 76], QColor("#1d5f8a"))])
    labels = left_axis_labels(chart)
    assert len(labels) == len(set(labels)) and int(labels[-1]) >= 76


def test_months_whose_names_do_not_fit_side_by_side_are_set_aslant_not_left_out(qtbot: QtBot) -> None:
    """Russian month names under a chart a third of the Dashboard wide: Qt left out the first month
    and the others slid one bar to the right. Where they do not fit side by side they are aslant;
    where they do, upright."""
    from PySide6.QtCharts import QBarCategoryAxis

    chart = MonthChart("Заявки по месяцам, доля в срок")
    qtbot.addWidget(chart)
    months = ["июль", "авг.", "сент.", "окт.", "нояб.", "дек."]
    chart.show_months(months, bars=[("Заявки", [2800, 3000, 3100, 3700, 5100, 40], QColor("#1d5f8a"))])
    chart.resize(300, 260)
    chart.show()
    axis = next(a for a in chart.chart().axes(Qt.Orientation.Horizontal) if isinstance(a, QBarCategoryAxis))
    qtbot.waitUntil(lambda: chart.chart().plotArea().width() > 0)
    qtbot.waitUntil(lambda: axis.labelsAngle() == -45)
    assert axis.categories() == months
    chart.resize(900, 260)
    qtbot.waitUntil(lambda: axis.labelsAngle() == 0)

"""The window's monthly charts: axes a manager can read, every month named, the figures under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from icdesk.ui.charts import ACCENT, MonthChart, in_palette


def test_ratings_from_one_to_five_have_a_tick_for_every_whole_number(qtbot: QtBot) -> None:
    chart = MonthChart("Average rating per month")
    qtbot.addWidget(chart)
    chart.show_months(["Jun", "Jul", "Aug"], lines=[("Average rating", [4.2, 2.0, 3.5], QColor("#1d5f8a"))],
                      value_max=5)
    assert chart.tick_labels() == ["0", "1", "2", "3", "4", "5"]


def test_a_month_of_one_request_does_not_repeat_labels(qtbot: QtBot) -> None:
    chart = MonthChart("Requests per month")
    qtbot.addWidget(chart)
    chart.show_months(["Oct", "Nov"], bars=[("Requests logged", [0, 1], QColor("#1d5f8a"))])
    labels = chart.tick_labels()
    assert labels == sorted(set(labels), key=int) and labels[0] == "0" and int(labels[-1]) >= 1
    chart.show_months(["Oct", "Nov"], bars=[("Requests logged", [40, 76], QColor("#1d5f8a"))])
    labels = chart.tick_labels()
    assert len(labels) == len(set(labels)) and int(labels[-1]) >= 76
    assert labels == ["0", "25", "50", "75", "100"]  # round steps a person can read off


def test_a_percentage_axis_ends_at_one_hundred(qtbot: QtBot) -> None:
    chart = MonthChart("Resolved within target (%)")
    qtbot.addWidget(chart)
    chart.show_months(["Oct", "Nov"], lines=[("Within target", [83.0, 91.5], QColor("#1d5f8a"))], value_max=100,
                      suffix="%")
    assert chart.tick_labels() == ["0%", "25%", "50%", "75%", "100%"]


def test_months_whose_names_do_not_fit_side_by_side_are_set_aslant_not_left_out(qtbot: QtBot) -> None:
    """Russian month names under a chart a third of the Dashboard wide: Qt Charts left out the first
    month and the others slid one bar to the right. Where they do not fit side by side they are
    aslant (or on end); where they do, upright; every month keeps its name."""
    chart = MonthChart("Заявки по месяцам, доля в срок")
    qtbot.addWidget(chart)
    months = ["июль", "авг.", "сент.", "окт.", "нояб.", "дек."]
    chart.show_months(months, bars=[("Заявки", [2800, 3000, 3100, 3700, 5100, 40], QColor("#1d5f8a"))])
    chart.resize(300, 260)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.month_angle() in (-45, -90)
    assert chart.month_names() == months
    chart.resize(900, 260)
    qtbot.waitUntil(lambda: chart.month_angle() == 0)
    chart.resize(120, 260)
    qtbot.waitUntil(lambda: chart.month_angle() == -90)


def test_the_bars_are_drawn_in_proportion_and_the_months_figures_are_told_under_the_mouse(qtbot: QtBot) -> None:
    chart = MonthChart("Requests per month")
    qtbot.addWidget(chart)
    chart.show_months(["Oct", "Nov"], bars=[("Requests logged", [50, 100], ACCENT)],
                      lines=[("Within target", [None, 80], QColor("#2e7d4f"))])
    chart.resize(400, 240)
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    bar = in_palette(ACCENT).rgb()

    def bar_height(x: int) -> int:
        return sum(1 for y in range(image.height()) if image.pixel(x, y) == bar)

    width = chart.width()
    october, november = bar_height(width * 3 // 10 + 10), bar_height(width * 7 // 10 - 10)
    assert october > 20 and abs(november - 2 * october) <= 3  # twice the requests, twice as tall
    assert chart.legend_names() == ["Requests logged", "Within target"]
    said = chart.month_text(width * 7 / 10)
    assert "Nov" in said and "Requests logged: 100" in said and "Within target: 80" in said
    assert "Within target" not in chart.month_text(width * 3 / 10)  # no figure for October: not made up
    assert chart.month_text(2) == ""  # left of the months: nothing to tell
    assert "Nov 100" in chart.accessibleDescription()


def test_a_chart_is_drawn_on_the_palettes_plain_ground(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from icdesk.ui.theme import colours, contrast

    chart = MonthChart("Average rating per month")
    qtbot.addWidget(chart)
    chart.show_months(["Oct"], lines=[("Average rating", [4.0], QColor("#1d5f8a"))], value_max=5)
    chart.resize(300, 200)
    chart.show()
    inks = chart.inks()
    assert inks.ground == colours().base and contrast(inks.title, inks.ground) >= 4.5
    corner = chart.grab().toImage().pixelColor(QPoint(chart.width() // 2, 12))
    assert corner == colours(QApplication.palette()).base  # the chart's own ground, not a gradient


def test_the_month_under_way_is_drawn_as_so_far_not_as_a_fall(qtbot: QtBot) -> None:
    """On the first of December, December holds one day of requests: drawn like November it reads as
    service that collapsed. It is drawn pale and dashed, and named "so far" in the legend and under the mouse."""
    from datetime import date

    from icdesk.ui.charts import under_way

    assert under_way(["2026-10", "2026-11", "2026-12"], date(2026, 12, 1)) == 2
    assert under_way(["2026-10", "2026-11"], date(2026, 12, 1)) is None  # a period that ended: every month whole
    chart = MonthChart("Requests per month")
    qtbot.addWidget(chart)
    chart.show_months(["Oct", "Nov", "Dec"], bars=[("Requests logged", [100, 100, 100], ACCENT)], under_way=2)
    chart.resize(480, 260)
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    solid = in_palette(ACCENT).rgb()

    def solid_pixels(x: int) -> int:
        return sum(1 for y in range(image.height()) if image.pixel(x, y) == solid)

    width = chart.width()
    november, december = solid_pixels(width // 2), solid_pixels(width * 5 // 6 - 12)
    assert november > 20 and december < november // 4  # the same count, but not the same solid bar
    assert chart.legend_names() == ["Requests logged", "This month so far"]
    assert "Dec (so far)" in chart.month_text(width * 5 / 6 - 12)
    assert "Dec (so far) 100" in chart.accessibleDescription()


def test_figures_under_the_mouse_are_written_the_window_s_way_and_so_far_only_beside_a_drawing(
        qtbot: QtBot) -> None:
    """"Valutazione media: 3.9" under an Italian tile reading "3,9 / 5"; a "so far" legend beside a month
    whose bar of 0 draws nothing."""
    from icdesk.i18n.formatter import Formatter
    from icdesk.ui import formatting

    chart = MonthChart("Rating")
    qtbot.addWidget(chart)
    chart.resize(480, 260)
    chart.show()
    before = formatting._current
    formatting._current = Formatter("it")
    try:
        chart.show_months(["Oct", "Nov"], lines=[("Media", [3.9, 4.2], ACCENT)])
        qtbot.waitExposed(chart)
        assert "Media: 3,9" in chart.month_text(chart.width() * 3 / 10)
    finally:
        formatting._current = before
    chart.show_months(["Oct", "Nov", "Dec"], bars=[("Requests", [5, 7, 0], ACCENT)], under_way=2)
    assert "This month so far" not in chart.legend_names()

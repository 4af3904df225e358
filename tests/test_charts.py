"""Charts and figures of the service summary: readable with 50 departments, localised, honest about the goal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Polygon, Rect, String
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from icdesk.domain.rules import SERVICE_LEVEL_GOAL
from icdesk.i18n import Formatter
from icdesk.reports.charts import nice_scale
from icdesk.reports.styles import BAD, kpi_tiles
from icdesk.reports.summary import SummaryReport
from icdesk.services import Services
from icdesk.services.reporting import DepartmentFigures, ServiceSummary


def figures(n: int, received: int, within: int = 8, with_target: int = 10, dept: int = 0) -> DepartmentFigures:
    return DepartmentFigures(dept or n, f"Department {n:02d}", received, received - 1, with_target, within,
                             3.0, 9.0, 4.0, 2)


def summary(departments: list[DepartmentFigures]) -> ServiceSummary:
    return ServiceSummary(date(2026, 1, 1), date(2026, 6, 30), departments, figures(0, 1), [], [], 0, 0, 0, 0)


def report(services: Services, lang: str = "en") -> SummaryReport:
    return SummaryReport(services, Formatter(lang), start=date(2026, 1, 1), end=date(2026, 6, 30))


def strings(drawing: Drawing) -> list[String]:
    out: list[String] = []
    for item in drawing.getContents():
        if isinstance(item, String):
            out.append(item)
        elif hasattr(item, "getContents"):
            out += strings(item)  # type: ignore[arg-type]
    return out


def test_fifty_departments_show_the_twelve_largest_and_the_others_together(services: Services) -> None:
    departments = [figures(n, received=n * 10) for n in range(1, 51)]
    chart = report(services, "it").requests_chart(summary(departments))
    bars = next(item for item in chart.getContents() if hasattr(item, "categoryAxis"))
    names = bars.categoryAxis.categoryNames
    assert len(names) == 13 and names[-1] == "38 altri reparti"
    assert names[:12] == [f"Department {n:02d}" for n in range(39, 51)]
    assert bars.data[0][-1] == sum(n * 10 for n in range(1, 39))  # the others added up, not dropped


def test_bars_have_headroom_and_numbers_in_the_documents_language(services: Services) -> None:
    departments = [figures(1, received=20000), figures(2, received=7300)]
    chart = report(services, "ru").requests_chart(summary(departments))
    bars = next(item for item in chart.getContents() if hasattr(item, "categoryAxis"))
    assert bars.valueAxis.valueMax > 20000 and bars.valueAxis.valueMax % bars.valueAxis.valueStep == 0
    assert bars.valueAxis.labelTextFormat(20000) == "20\u00a0000"
    assert report(services, "it").axis_number(20000) == "20.000"
    for largest in (3, 0.95, 100, 97, 4999, 20000):
        top, step = nice_scale(largest)
        assert largest < top <= largest * 1.6 and round(top / step, 6) % 1 == 0


def test_months_are_named_in_the_documents_language(services: Services) -> None:
    assert report(services, "it").month("2026-06") == "giu 2026"
    assert report(services, "ru").month("2026-03") == "март 2026"
    assert report(services, "en").month("2026-09") == "Sept 2026"


def test_departments_below_the_goal_are_marked_with_the_previous_period(services: Services) -> None:
    now = [figures(1, 50, within=95, with_target=100), figures(2, 40, within=60, with_target=100)]
    before = [figures(1, 50, within=80, with_target=100)]
    chart = report(services).share_chart(summary(now), before)
    texts = [s.text for s in strings(chart)]
    # below the goal: red, and a mark that prints in grey too
    assert "95%" in texts and "60% \u25bc" in texts
    assert f"Goal {round(SERVICE_LEVEL_GOAL * 100)}%" in texts and "Previous period" in texts
    red = [item for item in chart.getContents() if isinstance(item, Rect) and item.fillColor == BAD and item.width > 8]
    assert len(red) == 1
    diamonds = [item for item in chart.getContents() if isinstance(item, Polygon)]
    assert len(diamonds) == 1  # department 2 has no previous period


def test_big_figures_stand_on_one_line_when_a_caption_wraps(tmp_path: Path) -> None:
    tiles = kpi_tiles([("received", "213"), ("resolved within the agreed target time, every department", "81 %"),
                       ("rating", "4.0 / 5")], 480, ["before: 87", "before: 84", "before: 4.1 / 5"])
    pdf = tmp_path / "tiles.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build([tiles])
    heights: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip() in ("213", "81 %", "4.0 / 5"):
            heights[text.strip()] = round(tm[5] + cm[5], 1)

    PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    assert len(heights) == 3 and len(set(heights.values())) == 1, heights


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_figure_says_the_previous_period(services: Services, lang: str) -> None:
    tiles = report(services, lang).tiles(summary([figures(1, 5)]), figures(0, 7))
    notes = [cell.getPlainText() for cell in tiles._cellvalues[2]]
    assert notes[0] == ("before: 7" if lang == "en" else "раньше: 7")

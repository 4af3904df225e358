"""The service network report: the map, the pair matrix both ways, where service breaks down, the
trends, and what the internal customers said in survey rounds."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Path, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from icdesk.domain.network_layout import (
    COLOURS,
    Arc,
    arc,
    arrow_head,
    arrow_width,
    circle_layout,
    colour,
    place_labels,
)
from icdesk.i18n import Formatter
from icdesk.reports.base import BaseReport, heading
from icdesk.reports.charts import Number, _axis_fonts, fit_label, fit_lines, legend, short, trend_lines
from icdesk.reports.fonts import BOLD, REGULAR
from icdesk.reports.spec import ReportSpec
from icdesk.reports.styles import ACCENT, BODY, H1, H2, INK, MUTED, RULE, SMALL, data_table, kpi_tiles, para, printable
from icdesk.services import Services
from icdesk.services.network import BreakdownItem, Breakdowns, Network, PairFigures, Period
from icdesk.services.surveys import RoundResults

MATRIX_SIZE = 10  # departments in the printed matrix: the busiest ones


def _hex(value: str) -> colors.Color:
    return colors.HexColor(value)


class NetworkReport(BaseReport):
    uses_toc = False

    def __init__(self, *args: object, start: date, end: date, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.start, self.end = start, end

    def title(self) -> str:
        return self.tr("Service network report")

    def months(self, period: Period) -> str:
        first, last = period.months[0], period.months[-1]
        label = self.t.month_label(int(first[:4]), int(first[5:]))
        if first == last:
            return label
        return f"{label} \u2013 {self.t.month_label(int(last[:4]), int(last[5:]))}"

    def story(self) -> list[Flowable]:
        network = self.services.network.network(self.start, self.end)
        period = network.period
        breakdowns = self.services.network.breakdowns(period.start, period.end, limit=12)
        names = {d.id: d.name for d in network.departments}
        pairs = network.department_pairs()
        story: list[Flowable] = [heading(self.tr("Service network report"), H1),
                                 para(self.months(period), BODY), Spacer(1, 4 * mm)]
        received = sum(p.received for p in network.pairs.values())
        with_target = sum(p.with_target for p in network.pairs.values())
        within = sum(p.within_target for p in network.pairs.values())
        ratings = sum(p.ratings for p in network.pairs.values())
        rating_sum = sum(p.rating_sum for p in network.pairs.values())
        two_way = {frozenset((p.provider_id, p.customer_id)) for p in pairs
                   if network.two_way(p.provider_id, p.customer_id)}
        story.append(kpi_tiles([
            (self.tr("Pairs serving each other"), self.t.number(len(pairs))),
            (self.tr("Two-way pairs"), self.t.number(len(two_way))),
            (self.tr("Requests"), self.t.number(received)),
            (self.tr("Within target"), self.t.percent(within / with_target if with_target else None)),
            (self.tr("Average rating"), self.t.rating(rating_sum / ratings if ratings else None)),
            (self.tr("Open and late now"), self.t.number(sum(p.open_overdue for p in network.pairs.values()))),
        ], self.width))
        story += [Spacer(1, 5 * mm), heading(self.tr("The service map"), H2),
                  para(self.tr("An arrow runs from the department that serves to the department served: the wider, "
                               "the more requests; its colour is the share resolved within target; its label the "
                               "average rating."), SMALL),
                  self.map_drawing(network), self.legend()]
        story += self.matrix(network, names)
        story += self.unbalanced(network, names)
        story += self.breakdown_part(breakdowns)
        story += self.trend_part(network)
        story += self.survey_part(period)
        if network.held_back:
            story += [Spacer(1, 4 * mm), para(self.tr(
                "{n} anonymous ratings are left out: they are shown only where at least {k} people gave them in the "
                "same pair and month, so nobody can be recognised.").format(
                n=self.t.number(network.held_back), k=network.threshold), SMALL)]
        return story

    # -- the map -------------------------------------------------------------------------------
    def map_drawing(self, network: Network) -> Drawing:
        size = min(self.width, 165 * mm)
        drawing = Drawing(self.width, size)
        nodes = list(network.departments)
        positions = circle_layout([d.id for d in nodes])
        pairs = [p for p in network.department_pairs() if p.received]
        largest = max((p.received for p in pairs), default=0)
        crowded = len(nodes) > 16
        node_r = (2.2 if crowded else 5.5) * mm
        label_room = 26 * mm
        radius = size / 2 - label_room
        cx, cy = self.width / 2, size / 2

        def at(node: int) -> tuple[float, float]:
            x, y = positions[node]
            return cx + x * radius, cy + y * radius

        labels: list[tuple[int, Arc, str, float, colors.Color, float]] = []
        for p in sorted(pairs, key=lambda p: p.received):
            if p.provider_id not in positions or p.customer_id not in positions:
                continue
            curve = arc(at(p.provider_id), at(p.customer_id), node_r + 1.5)
            stroke = _hex(colour(p.share_within_target))
            width = arrow_width(p.received, largest, 0.6, 7.0) if not crowded else arrow_width(p.received, largest,
                                                                                                  0.3, 3.0)
            head = max(4.0, width * 1.6)
            dx, dy = curve.direction_at_end()
            end = (curve.end[0] - dx * head * 0.8, curve.end[1] - dy * head * 0.8)
            path = Path(strokeColor=stroke, strokeWidth=width, fillColor=None, strokeLineCap=1)
            path.moveTo(*curve.start)
            path.curveTo(*_cubic(curve.start, curve.control, end))
            drawing.add(path)
            tip, left, right = arrow_head(curve.end, (dx, dy), head)
            drawing.add(Polygon([*tip, *left, *right], fillColor=stroke, strokeColor=None))
            if p.average_rating is not None and not crowded:
                text = self.t.number(p.average_rating, 1)
                labels.append((p.received, curve, text, stringWidth(text, BOLD, 7) + 3, stroke, width))
        # the ratings beside their own arrows, clear of the circles, as on screen (busiest pairs first)
        labels.sort(key=lambda label: -label[0])
        boxes = place_labels([c for _, c, *_ in labels], [(w, 9.0) for _, _, _, w, _, _ in labels],
                             [width for *_, width in labels], [at(d.id) for d in nodes if d.id in positions], node_r)
        for (_, _, text, _, stroke, _), box in zip(labels, boxes, strict=True):
            drawing.add(Rect(box.left, box.top, box.width, box.height, fillColor=colors.white, strokeColor=stroke,
                             strokeWidth=0.5, rx=2, ry=2))
            drawing.add(String(box.x, box.y - 2.2, text, fontName=BOLD, fontSize=7, fillColor=INK,
                               textAnchor="middle"))
        for node in nodes:
            x, y = at(node.id)
            drawing.add(Circle(x, y, node_r, fillColor=colors.HexColor("#eef3f7"),
                               strokeColor=MUTED if node.archived else ACCENT, strokeWidth=1.2))
            ux, uy = positions[node.id]
            lx, ly = cx + ux * (radius + node_r + 3), cy + uy * (radius + node_r + 3)
            anchor = "middle" if abs(ux) < 0.3 else ("start" if ux > 0 else "end")
            font = 6.5 if crowded else 8.5
            # as wide as the page leaves on that side, measured: 22 letters of "W" ran off the left edge
            room = {"start": self.width - lx, "end": lx, "middle": 2 * min(lx, self.width - lx)}[anchor] - 2
            name = fit_lines(short(node.name, 22), room, size=font, lines=1, font=BOLD)[0]
            drawing.add(String(lx, ly - font / 3 + (font * 0.6 if uy > 0.9 else -font * 0.4 if uy < -0.9 else 0),
                               name, fontName=BOLD, fontSize=font, fillColor=INK, textAnchor=anchor))
        return drawing

    def legend(self) -> Drawing:
        drawing = Drawing(self.width, 14)
        items = [(_hex(COLOURS["good"]), self.tr("90% or more within target")),
                 (_hex(COLOURS["fair"]), self.tr("75\u201390%")),
                 (_hex(COLOURS["poor"]), self.tr("under 75%")),
                 (_hex(COLOURS["none"]), self.tr("no target"))]
        legend(drawing, self.width, 12, items)
        return drawing

    # -- the matrix ----------------------------------------------------------------------------
    def matrix(self, network: Network, names: dict[int, str]) -> list[Flowable]:
        volume: dict[int, int] = {}
        for p in network.department_pairs():
            volume[p.provider_id] = volume.get(p.provider_id, 0) + p.received
            volume[p.customer_id] = volume.get(p.customer_id, 0) + p.received
        busiest = sorted(volume, key=lambda d: (-volume[d], names.get(d, "")))[:MATRIX_SIZE]
        chosen = [d.id for d in network.departments if d.id in busiest]
        if not chosen:
            return [heading(self.tr("Who serves whom"), H2), para(self.tr("No requests in this period."), BODY)]
        out: list[Flowable] = [CondPageBreak(120 * mm), heading(self.tr("Who serves whom"), H2), para(self.tr(
            "Rows serve, columns are served. Each cell shows the share resolved within target and the average "
            "rating; where the two departments serve each other, the right half is the other way round."), SMALL)]
        if len(volume) > len(chosen):
            out.append(para(self.tr("The {n} departments with the most requests are shown.").format(n=len(chosen)),
                            SMALL))
        out += [Spacer(1, 2 * mm), MatrixFlowable(self, network, chosen, names)]
        return out

    def unbalanced(self, network: Network, names: dict[int, str]) -> list[Flowable]:
        rows = []
        seen: set[frozenset[int]] = set()
        for p in network.department_pairs():
            key = frozenset((p.provider_id, p.customer_id))
            back = network.between(p.customer_id, p.provider_id)
            if key in seen or back is None or not network.two_way(p.provider_id, p.customer_id):
                continue
            seen.add(key)
            a, b = p.share_within_target, back.share_within_target
            if a is None or b is None or min(p.with_target, back.with_target) < 3:
                continue  # a share of one or two requests says nothing yet
            good, bad = (p, back) if a >= b else (back, p)
            rows.append((abs(a - b), good, bad))
        if not rows:
            return []
        rows.sort(key=lambda r: -r[0])
        table: list[list[object]] = []
        for _gap, good, bad in rows[:8]:
            table.append([f"{names.get(good.provider_id, '?')} \u2192 {names.get(good.customer_id, '?')}",
                          self.t.percent(good.share_within_target), self.t.rating(good.average_rating),
                          f"{names.get(bad.provider_id, '?')} \u2192 {names.get(bad.customer_id, '?')}",
                          self.t.percent(bad.share_within_target), self.t.rating(bad.average_rating)])
        w = self.width
        return [CondPageBreak(50 * mm), heading(self.tr("Two-way pairs, side by side"), H2),
                para(self.tr("Where two departments serve each other, one direction often works better than the "
                             "other. The largest differences first."), SMALL),
                data_table([self.tr("Serves well"), self.tr("Within target"), self.tr("Rating"),
                            self.tr("The other way"), self.tr("Within target"), self.tr("Rating")], table,
                           [w * 0.26, w * 0.12, w * 0.12, w * 0.26, w * 0.12, w * 0.12], align_right=(1, 2, 4, 5))]

    # -- breakdowns ----------------------------------------------------------------------------
    def item_label(self, item: BreakdownItem) -> str:
        if item.step_number:
            return self.tr("Step {n} (named in a survey): {text}").format(n=item.step_number, text=item.step_text)
        return self.point_label(item.point)

    def point_label(self, point: str) -> str:
        from icdesk.domain.enums import BreakdownPoint, BreakdownSignal

        for kind in (BreakdownPoint, BreakdownSignal):
            try:
                return self.t.label(kind(point))
            except ValueError:
                continue
        return point

    def breakdown_part(self, data: Breakdowns) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(90 * mm), heading(self.tr("Where service breaks down"), H2)]
        if not data.items:
            return out + [para(self.tr("No breakdowns in this period."), BODY)]
        out += [para(self.tr("Points named in feedback, poor ratings, targets missed, and requests open and late "
                             "now, most frequent first; the line adds them up (Pareto)."), SMALL),
                pareto_chart(self.tr("Breakdowns"), [f"{i.provider_name}: {self.item_label(i)}"
                                                     for i in data.items], [i.count for i in data.items],
                             [i.cumulative for i in data.items], self.width, self.axis_number, self.t.percent)]
        rows: list[list[object]] = [[i.provider_name, i.standard_title or "\u2013", self.item_label(i),
                                     self.t.number(i.count), self.t.percent(i.cumulative)] for i in data.items]
        w = self.width
        out += [Spacer(1, 3 * mm), data_table(
            [self.tr("Department"), self.tr("Service standard"), self.tr("What went wrong"), self.tr("Times"),
             self.tr("Running share")], rows, [w * 0.2, w * 0.32, w * 0.24, w * 0.1, w * 0.14], align_right=(3, 4))]
        return out

    # -- trends --------------------------------------------------------------------------------
    def trend_part(self, network: Network) -> list[Flowable]:
        period = network.period
        if len(period.months) < 2:
            return []
        company = self.services.network.trend(period.start, period.end)
        # the months before the company's first request are left out: zeros there read as a fall
        first = next((i for i, p in enumerate(company.points) if p.received or p.resolved), len(company.points))
        if len(company.points) - first < 2:
            return []
        labels = [self.t.month_label(int(m[:4]), int(m[5:])) for m in period.months][first:]
        points = company.points[first:]
        out: list[Flowable] = [CondPageBreak(80 * mm), heading(self.tr("Trends"), H2), trend_lines(
            self.tr("Requests per month"), labels, [(self.tr("Received"), [p.received for p in points]),
                                                    (self.tr("Resolved"), [p.resolved for p in points])],
            self.width, self.axis_number),
            Spacer(1, 3 * mm), CondPageBreak(60 * mm), trend_lines(
            self.tr("Share resolved within target, per month (%)"), labels,
            # a month with nothing resolved against a target has no share: no point, not a fall to 0 %
            [(self.tr("Within target"), [None if p.share_within_target is None else 100 * p.share_within_target
                                         for p in points])], self.width,
            self.axis_number, value_max=100,
            empty=self.tr("No request with a target was resolved in this period."))]
        busiest = sorted(network.departments, key=lambda d: -network.as_provider(d.id).received)[:3]
        series = []
        for department in busiest:
            trend = self.services.network.trend(period.start, period.end, provider_id=department.id)
            # a month with nothing resolved has no median: no point, not "0 h to resolve"
            series.append((department.name, [p.median_hours for p in trend.points][first:]))
        if series:
            # work done within the hour read as "0,02" hours on the axis: then it is said in minutes
            longest = max((v for _, values in series for v in values if v is not None), default=0.0)
            if longest < 1:
                series = [(name, [None if v is None else v * 60 for v in values]) for name, values in series]
                title = self.tr("Median time to resolve, busiest departments (minutes)")
            else:
                title = self.tr("Median time to resolve, busiest departments (hours)")
            out += [Spacer(1, 3 * mm), CondPageBreak(60 * mm), trend_lines(
                title, labels, series, self.width, self.axis_number,
                empty=self.tr("Nothing was resolved in this period."))]
        return out

    # -- surveys -------------------------------------------------------------------------------
    def survey_part(self, period: Period) -> list[Flowable]:
        rounds = [r for r in self.services.surveys.rounds()
                  if r.period_start <= period.end and r.period_end >= period.start]
        if not rounds:
            return []
        out: list[Flowable] = [CondPageBreak(70 * mm), heading(self.tr("What internal customers said"), H2)]
        for survey in rounds[:2]:
            out += self.survey_round(self.services.surveys.results(survey.id))
        return out

    def survey_round(self, results: RoundResults) -> list[Flowable]:
        r = results.round
        out: list[Flowable] = [para(self.tr("{title}, about {start} to {end}: {returned} of {invited} forms back "
                                            "({rate}).").format(
            title=r.title, start=self.t.date(r.period_start), end=self.t.date(r.period_end), returned=r.returned,
            invited=r.invited, rate=self.t.percent(r.response_rate)), BODY)]
        rows: list[list[object]] = []
        for p in results.providers:
            if not (p.answers or p.self_answers or p.held_back):
                continue
            gap = p.gap
            rows.append([p.provider_name, self.t.number(p.score, 1) if p.score is not None else "\u2013",
                         self.t.number(p.self_score, 1) if p.self_score is not None else "\u2013",
                         ("+" if gap and gap > 0 else "") + self.t.number(gap, 1) if gap is not None else "\u2013",
                         self.t.number(p.answers) + (f" (+{p.held_back})" if p.held_back else "")])
        w = self.width
        if rows:
            out += [data_table([self.tr("Department"), self.tr("Customers' view"), self.tr("Own view"),
                                self.tr("Gap"), self.tr("Answers")], rows,
                               [w * 0.31, w * 0.17, w * 0.2, w * 0.14, w * 0.18], align_right=(1, 2, 3, 4)),
                    # the brackets are explained only where some stand in the table
                    para(self.tr("Scores from 1 to 5. A positive gap: the department thinks better of its service "
                                 "than its customers do. Anonymous answers in brackets are held back: fewer than {k} "
                                 "people gave them.").format(k=results.threshold) if any(
                                     p.held_back for p in results.providers) else self.tr(
                                     "Scores from 1 to 5. A positive gap: the department thinks better of its "
                                     "service than its customers do."), SMALL)]
        return [KeepTogether(out), Spacer(1, 4 * mm)]


def _cubic(p0: tuple[float, float], c: tuple[float, float], p2: tuple[float, float]) -> tuple[float, ...]:
    """A quadratic curve as the cubic ReportLab draws: the two control points, then the end."""
    c1 = (p0[0] + 2 / 3 * (c[0] - p0[0]), p0[1] + 2 / 3 * (c[1] - p0[1]))
    c2 = (p2[0] + 2 / 3 * (c[0] - p2[0]), p2[1] + 2 / 3 * (c[1] - p2[1]))
    return (*c1, *c2, *p2)


class MatrixFlowable(Flowable):
    """Providers down, customers across; each cell coloured by the share within target, with the
    reverse direction in its right half where the pair is two-way."""

    def __init__(self, report: NetworkReport, network: Network, ids: list[int], names: dict[int, str]) -> None:
        super().__init__()
        self.report, self.network, self.ids, self.names = report, network, ids, names
        # the names' band as wide as the longest name needs, within reason: "Administración y contabilidad"
        # was cut at 20 letters beside a matrix using half the page
        longest = max((stringWidth(printable(names.get(i, "?")), BOLD, 7) for i in ids), default=0.0)
        self.head = min(45 * mm, max(30 * mm, longest + 6))
        self.cell = min(16 * mm, (report.width - self.head) / max(1, len(ids)))
        self.width = self.head + self.cell * len(ids)
        self.height = self.head + self.cell * len(ids)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c, cell, head = self.canv, self.cell, self.head
        top = self.height
        c.setFont(BOLD, 7)
        c.setFillColor(INK)
        for j, customer in enumerate(self.ids):  # column names, turned
            c.saveState()
            c.translate(head + (j + 0.5) * cell + 2, top - head + 2)
            c.rotate(60)
            c.drawString(0, 0, fit_lines(self.names.get(customer, "?"), (head - 4) / 0.87, 7, 1, BOLD)[0])
            c.restoreState()
        for i, provider in enumerate(self.ids):
            y = top - head - (i + 1) * cell
            c.setFont(BOLD, 7)
            c.setFillColor(INK)
            lines = fit_lines(self.names.get(provider, "?"), head - 4, 7, 2 if cell >= 7 * mm else 1, BOLD)
            for k, line in enumerate(lines):  # two lines centred on the row
                c.drawRightString(head - 2, y + cell / 2 - 2 + 4 * (len(lines) - 1) - 8 * k, line)
            for j, customer in enumerate(self.ids):
                x = head + j * cell
                c.setStrokeColor(RULE)
                c.setLineWidth(0.4)
                if provider == customer:
                    c.setFillColor(colors.HexColor("#f4f6f8"))
                    c.rect(x, y, cell, cell, stroke=1, fill=1)
                    continue
                there = self.network.between(provider, customer)
                back = self.network.between(customer, provider)
                two_way = self.network.two_way(provider, customer)
                if there is None or not there.active:
                    c.setFillColor(colors.white)
                    c.rect(x, y, cell, cell, stroke=1, fill=1)
                    continue
                if two_way and back is not None:
                    self._half(there, x, y, cell / 2, cell, main=True)
                    self._half(back, x + cell / 2, y, cell / 2, cell, main=False)
                else:
                    self._half(there, x, y, cell, cell, main=True)
                c.setStrokeColor(RULE)
                c.rect(x, y, cell, cell, stroke=1, fill=0)

    def _half(self, pair: PairFigures, x: float, y: float, w: float, h: float, main: bool) -> None:
        c, t = self.canv, self.report.t
        tint = _tint(colour(pair.share_within_target), 0.35 if main else 0.2)
        c.setFillColor(tint)
        c.setStrokeColor(RULE)
        c.rect(x, y, w, h, stroke=0, fill=1)
        c.setFillColor(INK if main else MUTED)
        size = 6.5 if w > 7 * mm else 5.5
        c.setFont(BOLD if main else REGULAR, size)
        share = pair.share_within_target
        c.drawCentredString(x + w / 2, y + h / 2 + 1, t.percent(share).replace("\u00a0", "") if share is not None
                            else "\u2013")
        c.setFont(REGULAR, size)
        c.drawCentredString(x + w / 2, y + h / 2 - size - 0.5, t.number(pair.average_rating, 1)
                            if pair.average_rating is not None else "")


def _tint(hex_colour: str, strength: float) -> colors.Color:
    base = colors.HexColor(hex_colour)
    return colors.Color(1 - (1 - base.red) * strength, 1 - (1 - base.green) * strength,
                        1 - (1 - base.blue) * strength)


def pareto_chart(title: str, labels: list[str], counts: list[int], running: list[float], width: float,
                 number: Number, percent: Number, height: float = 200) -> Drawing:
    """Bars, most frequent first, and the running share as a line on a 0-100 % scale at the right."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=10, fillColor=INK))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 32, 70, width - 70, height - 95
    chart.data = [counts or [0]]
    chart.categoryAxis.categoryNames = [fit_label(label, 95) for label in labels] or [""]
    chart.categoryAxis.labels.angle = 35
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    _axis_fonts(chart, number)
    drawing.add(chart)
    if counts:
        step = chart.width / len(counts)
        points: list[float] = []
        for i, share in enumerate(running):
            points += [chart.x + (i + 0.5) * step, chart.y + share * chart.height]
        warm = _hex(COLOURS["fair"])
        drawing.add(PolyLine(points, strokeColor=warm, strokeWidth=1.6))
        for i in range(0, len(points), 2):
            drawing.add(Circle(points[i], points[i + 1], 1.8, fillColor=warm, strokeColor=None))
        right = chart.x + chart.width
        for share in (0, 0.5, 1.0):
            drawing.add(String(right + 4, chart.y + share * chart.height - 2.5, percent(share),
                               fontName=REGULAR, fontSize=7, fillColor=MUTED))
    return drawing


def build(services: Services, spec: ReportSpec, t: Formatter, page_size: str) -> BaseReport:
    assert spec.start is not None and spec.end is not None  # filled in by the registry
    return NetworkReport(services, t, page_size, start=spec.start, end=spec.end)

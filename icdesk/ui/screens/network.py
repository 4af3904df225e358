"""The service network: the map, the pair matrix, where service breaks down, and the trends.

One period for the four views; each reads its figures only when it is on view, and again after a
committed change to what it shows. Clicking a pair anywhere opens its requests; clicking a
department opens the department; a breakdown opens a corrective action, prefilled.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from icdesk.domain.enums import BreakdownPoint, BreakdownSignal
from icdesk.services import Services
from icdesk.services.network import BreakdownItem, Breakdowns, Network
from icdesk.ui.access import label_for, leaves_on_tab, named
from icdesk.ui.changes import Refresher
from icdesk.ui.charts import ACCENT, BAD, GOOD, SECOND, VIOLET, WARM, MonthChart, axis_month, under_way
from icdesk.ui.dialogs.loop import ActionDialog
from icdesk.ui.formatting import fmt, short_date, ui_label
from icdesk.ui.network_map import ServiceMapView
from icdesk.ui.pair_matrix import Measure, PairCellDelegate, PairMatrixModel, TurnedHeader
from icdesk.ui.period_bar import PeriodBar, month_text
from icdesk.ui.pickers import department_combo, shrinkable
from icdesk.ui.theme import SUBSECTION, Colours, muted_css, rating_colour, size_css, styled, title_style
from icdesk.ui.workers import not_saved

DEPENDS_ON = {"requests", "feedback", "pair_months", "provider_breakdowns", "departments", "corrective_actions",
              "survey_answers", "survey_rounds", "company", "standard_versions"}


def item_label(item: BreakdownItem) -> str:
    """What went wrong, in words: a breakdown point, or a step named in survey answers."""
    if item.step_number:
        return QCoreApplication.translate("NetworkScreen", "Step {n} (named in a survey): {text}").format(
            n=item.step_number, text=item.step_text)
    return point_label(item.point)


def point_label(point: str) -> str:
    for kind in (BreakdownPoint, BreakdownSignal):
        try:
            return ui_label(kind(point))
        except ValueError:
            continue
    return point


def _swatch_css(key: str, c: Colours) -> str:
    return f"background: {rating_colour(c, key).name()}; border-radius: 3px;"


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    styled(label, muted_css)
    return label


class MapPage(QWidget):
    def __init__(self, owner: NetworkScreen) -> None:
        super().__init__()
        self.owner = owner
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        fewest = QLabel(self.tr("Fewest requests for a pair to be drawn"))
        fewest.setWordWrap(True)  # two lines rather than a window wider than the screen (in Russian)
        tools.addWidget(fewest, 1)
        self.minimum = label_for(fewest, QSpinBox())
        self.minimum.setRange(1, 100000)
        self.minimum.valueChanged.connect(self.redraw)
        tools.addWidget(self.minimum)
        tools.addStretch(1)
        self.zoom_in = named(QPushButton("+"), self.tr("Zoom in"), self.tr("Zoom in"))
        self.zoom_out = named(QPushButton("\u2212"), self.tr("Zoom out"), self.tr("Zoom out"))
        self.fit_button = QPushButton(self.tr("Fit"))
        for button in (self.zoom_in, self.zoom_out):
            button.setFixedWidth(34)
        self.png_button = QPushButton(self.tr("Save as PNG\u2026"))
        self.pdf_button = QPushButton(self.tr("Save as PDF\u2026"))
        for widget in (self.zoom_out, self.zoom_in, self.fit_button, self.png_button, self.pdf_button):
            tools.addWidget(widget)
        layout.addLayout(tools)
        self.view = ServiceMapView()
        self.zoom_in.clicked.connect(lambda: self.view.zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self.view.zoom(0.8))
        self.fit_button.clicked.connect(self.view.fit)
        self.png_button.clicked.connect(lambda: self.export("png"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        layout.addWidget(self.view, 1)
        legend = QHBoxLayout()
        for key, text in (("good", self.tr("90% or more within target")), ("fair", self.tr("75\u201390%")),
                          ("poor", self.tr("under 75%")), ("none", self.tr("no target"))):
            swatch = QLabel()
            swatch.setFixedSize(26, 8)
            styled(swatch, partial(_swatch_css, key))
            legend.addWidget(swatch)
            legend.addWidget(QLabel(text))
            legend.addSpacing(10)
        legend.addStretch(1)
        layout.addLayout(legend)
        self.summary = _hint("")
        layout.addWidget(self.summary)
        layout.addWidget(_hint(self.tr(
            "An arrow runs from the department that serves to the department it serves; the wider, the more requests, "
            "the label is the average rating. Point at a department to see only its pairs; click an arrow for its "
            "requests, a department to open it. Wheel or +/\u2212 to zoom, drag to move.")))
        self.network: Network | None = None

    def refresh(self) -> None:
        start, end = self.owner.period.period()
        self.network = self.owner.services.network.network(start, end, medians=False)
        pairs = self.network.department_pairs()
        largest = max((p.received for p in pairs), default=1)
        # a large company starts with its main pairs only: the map stays readable
        crowded = len(self.network.departments) > 16
        if crowded and self.minimum.value() == 1 and not getattr(self, "_minimum_set", False):
            self.minimum.blockSignals(True)
            self.minimum.setValue(max(1, largest // 4))
            self.minimum.blockSignals(False)
        self._minimum_set = True
        self.redraw()

    def redraw(self) -> None:
        if self.network is None:
            return
        self.view.show_network(self.network, self.minimum.value())
        drawn = {(a.pair.provider_id, a.pair.customer_id) for a in self.view.arrows}
        self.summary.setText(self.owner.summary_text(self.network, len(drawn), self.not_drawn(drawn)))

    def not_drawn(self, drawn: set[tuple[int, int]]) -> str:
        """Why the pairs counted but not drawn are missing, in words: "31 pairs (30 shown)" alone left
        a manager looking for the thirty-first with "fewest requests" at 1."""
        if self.network is None:
            return ""
        t = fmt()
        names = {d.id: d.name for d in self.network.departments}
        missing = [p for p in self.network.department_pairs() if (p.provider_id, p.customer_id) not in drawn]
        # a pair counts when something happened between the two in the period; it is drawn by the
        # requests logged in the period, so a pair with only ratings, survey answers or a request of
        # an earlier period resolved in this one has nothing to draw
        quiet = [p for p in missing if p.received == 0]
        few = [p for p in missing if 0 < p.received < self.minimum.value()]
        text = ""
        if quiet:
            named = ", ".join(f"{names.get(p.provider_id, '?')} → {names.get(p.customer_id, '?')}"
                              for p in quiet[:3]) + (", …" if len(quiet) > 3 else "")
            text += " " + self.tr(
                "%n pair(s) not drawn: no request between the two was logged in the period, only ratings, survey "
                "answers or requests logged earlier: {pairs}.", None, len(quiet)).format(pairs=named)
        if few:
            text += " " + self.tr("%n pair(s) not drawn: fewer than {k} requests each (Fewest requests, above).",
                                  None, len(few)).format(k=t.number(self.minimum.value()))
        return text

    def export(self, kind: str) -> None:
        start, end = self.owner.period.period()
        title = self.tr("Service map, {period}").format(period=self.owner.period_text())
        suggested = f"service-map-{start:%Y-%m}-{end:%Y-%m}.{kind}"
        filters = self.tr("PNG images (*.png)") if kind == "png" else self.tr("PDF documents (*.pdf)")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the service map"), suggested, filters)
        if not target:
            return
        try:
            path = Path(target)
            (self.view.save_png if kind == "png" else self.view.save_pdf)(path, title)
        except OSError:
            QMessageBox.warning(self, self.tr("Not saved"), not_saved(target))


class MatrixPage(QWidget):
    def __init__(self, owner: NetworkScreen) -> None:
        super().__init__()
        self.owner = owner
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        show = QLabel(self.tr("Show"))
        tools.addWidget(show)
        self.measure = label_for(show, QComboBox())
        for measure, text in ((Measure.WITHIN_TARGET, self.tr("Share resolved within target")),
                              (Measure.VOLUME, self.tr("Requests")),
                              (Measure.MEDIAN, self.tr("Median time to resolve")),
                              (Measure.RATING, self.tr("Average rating")),
                              (Measure.OPEN_LATE, self.tr("Open and late now")),
                              (Measure.SURVEY, self.tr("Survey score"))):
            self.measure.addItem(text, measure)
        self.measure.currentIndexChanged.connect(self.refresh)
        tools.addWidget(self.measure)
        tools.addStretch(1)
        layout.addLayout(tools)
        layout.addWidget(_hint(self.tr(
            "Rows serve, columns are served. Where two departments serve each other, the right half of the cell is "
            "the other way round, so an unbalanced pair shows at a glance. Double-click a cell for its requests.")))
        self.model = PairMatrixModel(self)
        self.table = leaves_on_tab(named(QTableView(), self.tr("Service between departments")))
        self.table.setModel(self.model)
        self.table.setItemDelegate(PairCellDelegate(self.model, self.table))
        self.table.setHorizontalHeader(TurnedHeader(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(92)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.verticalHeader().setStyleSheet("QHeaderView::section { font-weight: 600; padding: 0 8px; }")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(self.open_cell)
        self.table.activated.connect(self.open_cell)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        start, end = self.owner.period.period()
        measure = Measure(self.measure.currentData())
        # medians cost a walk through the requests: read only when they are asked for
        network = self.owner.services.network.network(start, end, medians=measure is Measure.MEDIAN)
        self.model.set_network(network, measure)

    def open_cell(self, index: QModelIndex) -> None:
        pair = self.model.pair_at(index)
        if pair is not None:
            self.owner.open_pair_requests(*pair)


class BreakdownPage(QWidget):
    TOP = 25  # items listed; the rest are summed up below

    def __init__(self, owner: NetworkScreen) -> None:
        super().__init__()
        self.owner = owner
        services = owner.services
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        provided_by = QLabel(self.tr("Provided by"))
        tools.addWidget(provided_by)
        self.provider = label_for(provided_by, department_combo(services, self.tr("All departments")))
        tools.addWidget(self.provider)
        tools.addWidget(QLabel(self.tr("to")))
        self.customer = named(department_combo(services, self.tr("All departments")), self.tr("Provided to"))
        tools.addWidget(self.customer)
        tools.addStretch(1)
        for combo in (self.provider, self.customer):
            shrinkable(combo)  # "All departments" whole where there is room ("Todos los departa" with room beside)
            combo.currentIndexChanged.connect(self.refresh)
        layout.addLayout(tools)
        layout.addWidget(_hint(self.tr(
            "Where service broke down, most often first: points named in feedback, poor ratings, targets missed, and "
            "requests open and late now. The line adds them up: the first few usually explain most of it (Pareto).")))
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = MonthChart(self.tr("Breakdowns, most frequent first"), height=200)
        left_layout.addWidget(self.chart, 2)
        self.table = leaves_on_tab(named(QTableWidget(0, 7), self.tr("Breakdowns, most frequent first")))
        self.table.setHorizontalHeaderLabels(["#", self.tr("Department"), self.tr("Service standard"),
                                              self.tr("What went wrong"), self.tr("Times"), self.tr("Share"),
                                              self.tr("Running share")])
        rank = self.table.horizontalHeaderItem(0)
        if rank is not None:
            rank.setToolTip(self.tr("Rank: the most frequent breakdown first"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3, 4, 5, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_: self.show_detail())
        left_layout.addWidget(self.table, 3)
        self.total = _hint("")
        left_layout.addWidget(self.total)
        split.addWidget(left)
        right = QFrame()
        right.setFrameShape(QFrame.Shape.StyledPanel)
        right_layout = QVBoxLayout(right)
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setStyleSheet(size_css(SUBSECTION) + " font-weight: 600;")
        right_layout.addWidget(self.detail_title)
        self.detail_chart = MonthChart(self.tr("Month by month"), height=140)
        right_layout.addWidget(self.detail_chart, 2)
        hit = QLabel(self.tr("Customers it hit"))
        right_layout.addWidget(hit)
        self.customers = label_for(hit, QListWidget())
        self.customers.setMaximumHeight(110)
        right_layout.addWidget(self.customers)
        their_actions = QLabel(self.tr("Corrective actions of the department"))
        right_layout.addWidget(their_actions)
        self.action_list = label_for(their_actions, QListWidget())
        self.action_list.setMaximumHeight(120)
        self.action_list.setWordWrap(True)
        self.action_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right_layout.addWidget(self.action_list)
        self.action_button = QPushButton(self.tr("Open corrective action\u2026"))
        self.action_button.setMinimumHeight(32)
        self.action_button.clicked.connect(self.open_action)
        right_layout.addWidget(self.action_button)
        right_layout.addStretch(1)
        split.addWidget(right)
        split.setSizes([700, 380])
        layout.addWidget(split, 1)
        self.data: Breakdowns | None = None

    def refresh(self) -> None:
        start, end = self.owner.period.period()
        self.data = self.owner.services.network.breakdowns(
            start, end, self.provider.currentData(), self.customer.currentData(), limit=self.TOP)
        items = self.data.items
        self.chart.show_months(
            [str(rank) for rank in range(1, len(items) + 1)],
            bars=[(self.tr("Times"), [i.count for i in items], ACCENT)],
            right=(self.tr("Running share (%)"), [100 * i.cumulative for i in items], WARM))
        t = fmt()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [str(row + 1), item.provider_name, item.standard_title or "\u2013", item_label(item),
                     t.number(item.count), t.percent(item.share), t.percent(item.cumulative)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= 4 or column == 0:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        shown = sum(i.count for i in items)
        text = t.translate("BreakdownPage", "%n breakdown(s) in {period}.", None, self.data.total).format(
            period=self.owner.period_text())
        if self.data.total > shown:
            text += " " + self.tr("The {k} listed account for {share}.").format(
                k=len(items), share=t.percent(shown / self.data.total))
        if self.data.held_back:
            text += " " + self.tr("{n} named in anonymous feedback are left out: too few people gave them to stay "
                                  "anonymous.").format(n=t.number(self.data.held_back))
        self.total.setText(text)
        if items:
            self.table.selectRow(0)
        self.show_detail()

    def current(self) -> BreakdownItem | None:
        row = self.table.currentRow()
        if self.data is None or not 0 <= row < len(self.data.items):
            return None
        return self.data.items[row]

    def show_detail(self) -> None:
        item = self.current()
        self.action_button.setEnabled(item is not None)
        self.customers.clear()
        self.action_list.clear()
        if item is None:
            self.detail_title.setText(self.tr("No breakdowns in this period."))
            self.detail_chart.show_months([], [])
            return
        start, end = self.owner.period.period()
        detail = self.owner.services.network.breakdown_detail(start, end, item.provider_id, item.standard_id,
                                                               item.point, self.customer.currentData())
        where = f" \u2013 {item.standard_title}" if item.standard_title else ""
        self.detail_title.setText(f"{item.provider_name}{where}: {item_label(item)}")
        self.detail_chart.show_months([axis_month(m) for m, _n in detail.months],
                                      bars=[(self.tr("Times"), [n for _m, n in detail.months], BAD)],
                                      under_way=under_way([m for m, _n in detail.months],
                                                          self.owner.services.network.today()))
        names, nobody = self.owner.names(), self.tr("(no department)")  # tr() outside an f-string: lupdate sees it
        for customer, count in detail.customers:
            self.customers.addItem(f"{names.get(customer, nobody)}: {fmt().number(count)}")
        for action in detail.actions:
            state = self.tr("done {date}").format(date=short_date(action.completed_on)) if action.completed_on else \
                ui_label(action.status).lower()
            self.action_list.addItem(f"{short_date(action.opened_on)}  {action.description}  ({state})")
        if not detail.actions:
            self.action_list.addItem(self.tr("None in this period."))

    def open_action(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = ActionDialog(self.owner.services, department_id=item.provider_id, parent=self)
        where = f" \u201c{item.standard_title}\u201d" if item.standard_title else ""
        dialog.description.setPlainText(self.tr(
            "{point}{where} ({period}: {n}\u00d7). What we will change:").format(
            point=item_label(item), where=where, n=fmt().number(item.count), period=self.owner.period_text())
            + " ")
        dialog.exec()


class TrendPage(QWidget):
    def __init__(self, owner: NetworkScreen) -> None:
        super().__init__()
        self.owner = owner
        services = owner.services
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        service_of = QLabel(self.tr("Service of"))
        tools.addWidget(service_of)
        self.provider = label_for(service_of, department_combo(services, self.tr("(choose a department)")))
        tools.addWidget(self.provider)
        tools.addWidget(QLabel(self.tr("to")))
        self.customer = named(department_combo(services, self.tr("all its customers")), self.tr("Provided to"))
        tools.addWidget(self.customer)
        tools.addStretch(1)
        for combo in (self.provider, self.customer):
            shrinkable(combo)
            combo.currentIndexChanged.connect(self.refresh)
        layout.addLayout(tools)
        grid = QGridLayout()
        self.requests = MonthChart(self.tr("Requests per month"))
        self.within = MonthChart(self.tr("Resolved within target (%)"))
        self.median = MonthChart(self.tr("Median time to resolve (hours)"))
        self.rating = MonthChart(self.tr("Average rating (1\u20135)"))
        for i, chart in enumerate((self.requests, self.within, self.median, self.rating)):
            grid.addWidget(chart, i // 2, i % 2)
        layout.addLayout(grid, 1)
        self.action_list = _hint("")
        layout.addWidget(self.action_list)

    def refresh(self) -> None:
        provider, customer = self.provider.currentData(), self.customer.currentData()
        if provider is None:  # the busiest department first, so the page is never empty
            network = self.owner.services.network.network(*self.owner.period.period(), medians=False)
            busiest = max(network.departments, key=lambda d: network.as_provider(d.id).received, default=None)
            if busiest is not None:
                self.provider.blockSignals(True)
                self.provider.setCurrentIndex(max(0, self.provider.findData(busiest.id)))
                self.provider.blockSignals(False)
                provider = busiest.id
        start, end = self.owner.period.period()
        trend = self.owner.services.network.trend(start, end, provider, customer)
        labels = [axis_month(p.month) for p in trend.points]
        points = trend.points
        so_far = under_way([p.month for p in points], self.owner.services.network.today())
        self.requests.show_months(labels, bars=[(self.tr("Received"), [p.received for p in points], ACCENT),
                                                (self.tr("Resolved"), [p.resolved for p in points], SECOND)],
                                  under_way=so_far)
        self.within.show_months(labels, lines=[(self.tr("Within target"), [
            None if p.share_within_target is None else 100 * p.share_within_target for p in points], GOOD)],
            value_max=100, suffix=" %", under_way=so_far)
        self.median.show_months(labels, lines=[(self.tr("Median"), [p.median_hours for p in points], WARM)],
                                under_way=so_far)
        marks = []
        month_index = {p.month: i for i, p in enumerate(points)}
        for action in trend.actions:
            if action.completed_on is not None:
                key = f"{action.completed_on:%Y-%m}"
                if key in month_index:
                    value = points[month_index[key]].average_rating or 0
                    marks.append((month_index[key], value, self.tr("{date}: corrective action completed \u2013 "
                                                                  "{text}").format(date=short_date(action.completed_on),
                                                                                   text=action.description)))
        self.rating.show_months(labels, lines=[
            (self.tr("Rating"), [p.average_rating for p in points], ACCENT),
            (self.tr("Survey score"), [p.survey_score for p in points], VIOLET)],
            value_max=5, marks=marks, mark_name=self.tr("Corrective action completed"), under_way=so_far)
        lines = [self.tr("\u2714 {date}: {text}").format(date=short_date(a.completed_on), text=a.description)
                 if a.completed_on else self.tr("\u2022 opened {date}: {text}").format(date=short_date(a.opened_on),
                                                                                      text=a.description)
                 for a in sorted(trend.actions, key=lambda a: (a.completed_on or a.opened_on, a.id))]
        # in the order of the dates the lines show (an action done lately after one opened before it)
        if len(lines) > 6:  # the latest ones; the Corrective Actions screen lists them all
            lines = ["\u2026", *lines[-6:]]
        self.action_list.setText(self.tr("Corrective actions of this department in the period:") + "\n" +
                                 "\n".join(lines) if lines else "")


class NetworkScreen(QWidget):
    open_pair = Signal(int, int, object, object)  # provider, customer, first day, last day
    open_department = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        heading = QLabel(self.tr("Service network"))
        heading.setStyleSheet(title_style())
        header.addWidget(heading)
        header.addStretch(1)
        self.period = PeriodBar(services)
        header.addWidget(self.period)
        layout.addLayout(header)
        layout.addWidget(_hint(self.tr(
            "Who serves whom inside the company, and how well: each pair of departments, both ways.")))
        self.tabs = QTabWidget()
        self.map_page = MapPage(self)
        self.matrix_page = MatrixPage(self)
        self.breakdown_page = BreakdownPage(self)
        self.trend_page = TrendPage(self)
        self.tabs.addTab(self.map_page, self.tr("Service map"))
        self.tabs.addTab(self.matrix_page, self.tr("Pair matrix"))
        self.tabs.addTab(self.breakdown_page, self.tr("Breakdowns"))
        self.tabs.addTab(self.trend_page, self.tr("Trends"))
        layout.addWidget(self.tabs, 1)
        self.stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._on_tab)
        self.period.changed.connect(self.refresh)
        self.map_page.view.pair_clicked.connect(self.open_pair_requests)
        self.map_page.view.department_clicked.connect(self.open_department)
        self.refresher = Refresher(self, services, DEPENDS_ON, self.refresh)

    # -- shared by the pages -------------------------------------------------------------------
    def names(self) -> dict[int, str]:
        return {d.id: d.name for d in self.services.departments.list(include_archived=True)}

    def period_text(self) -> str:
        start, end = self.period.period()
        first, last = month_text(f"{start:%Y-%m}"), month_text(f"{end:%Y-%m}")
        return first if first == last else f"{first} \u2013 {last}"

    def summary_text(self, network: Network, shown: int, not_drawn: str = "") -> str:
        """The period's pairs in a few sentences; ``not_drawn``: why the map leaves some out."""
        t = fmt()
        pairs = network.department_pairs()
        # each two-way pair once, as (lower id, higher id): always two ends to look at
        two_way = {(min(p.provider_id, p.customer_id), max(p.provider_id, p.customer_id)) for p in pairs
                   if network.two_way(p.provider_id, p.customer_id)}
        text = t.translate("NetworkScreen", "{period}: %n pair(s) ({shown} shown), {two_way} of them two-way.",
                           None, len(pairs)).format(period=self.period_text(), shown=t.number(shown),
                                                     two_way=t.number(len(two_way))) + not_drawn
        worst = None
        for a, b in two_way:
            there, back = network.between(a, b), network.between(b, a)
            # a handful of requests either way: enough for a share to mean something
            if there and back and there.with_target >= 5 and back.with_target >= 5 \
                    and there.share_within_target is not None and back.share_within_target is not None:
                gap = abs(there.share_within_target - back.share_within_target)
                if worst is None or gap > worst[0]:
                    worst = (gap, *((there, back) if there.share_within_target >= back.share_within_target
                                    else (back, there)))
        if worst is not None and worst[0] >= 0.2:
            names = {d.id: d.name for d in network.departments}
            _gap, good, bad = worst
            text += " " + self.tr("Most unbalanced: {a} \u2192 {b} {good} within target, "
                                  "{b} \u2192 {a} only {bad}.").format(
                a=names.get(good.provider_id, "?"), b=names.get(good.customer_id, "?"),
                good=t.percent(good.share_within_target), bad=t.percent(bad.share_within_target))
        if network.held_back:
            text += " " + self.tr("{n} anonymous ratings are held back: fewer than {k} people gave them in a pair's "
                                  "month.").format(n=t.number(network.held_back), k=network.threshold)
        return text

    def open_pair_requests(self, provider: int, customer: int) -> None:
        start, end = self.period.period()
        self.open_pair.emit(provider, customer, start, end)

    # -- refreshing ----------------------------------------------------------------------------
    def pages(self) -> list[QWidget]:
        return [self.map_page, self.matrix_page, self.breakdown_page, self.trend_page]

    def reload(self) -> None:
        self.refresher.reload()

    def refresh(self) -> None:
        """The page on view now; the others when they are next shown."""
        self.period.load_months()
        current = self.tabs.currentWidget()
        self.stale = set(self.pages()) - {current}
        self._refresh_page(current)

    def _on_tab(self) -> None:
        page = self.tabs.currentWidget()
        if page in self.stale:
            self.stale.discard(page)
            self._refresh_page(page)

    def _refresh_page(self, page: QWidget) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            page.refresh()  # type: ignore[attr-defined]
        finally:
            QApplication.restoreOverrideCursor()


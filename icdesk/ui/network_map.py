"""The service map: departments on a circle, an arrow from provider to customer for each pair.

The geometry is ``icdesk.domain.network_layout``'s, shared with the printed map. Arrows are as wide
as their volume and coloured by the share resolved within target; the label is the average
rating. Hovering a department lights up its pairs; clicking an arrow or a department says so
through ``pair_clicked`` / ``department_clicked``. Wheel or the buttons zoom; the map exports as
PNG and PDF.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPdfWriter,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from icdesk.domain.network_layout import (
    COLOURS,
    Arc,
    Box,
    arc,
    arrow_head,
    arrow_width,
    circle_layout,
    colour,
    place_labels,
)
from icdesk.services.network import Network, NetworkNode, PairFigures
from icdesk.ui.formatting import fmt
from icdesk.ui.theme import Colours, colours, follow, light_palette, mix, rating_colour

RADIUS = 320.0  # the circle the departments sit on, in scene units
ACCENT = QColor("#1d5f8a")  # the title of an exported map, as on paper
_KEYS = {hex_: key for key, hex_ in COLOURS.items()}
DIMMED = 0.12


def pair_tooltip(network: Network, pair: PairFigures, names: dict[int, str]) -> str:
    """Both directions of a pair in words, for the map and the matrix."""
    t = fmt()
    def lines(p: PairFigures) -> str:
        parts = [f"<b>{names.get(p.provider_id, '?')} \u2192 {names.get(p.customer_id, '?')}</b>",
                 t.translate("ServiceMap", "%n request(s)", None, p.received) + ", " +
                 t.translate("ServiceMap", "resolved: {n}").format(n=t.number(p.resolved)),
                 t.translate("ServiceMap", "Within target: {share}").format(share=t.percent(p.share_within_target)),
                 t.translate("ServiceMap", "Median time to resolve: {time}").format(time=t.hours(p.median_hours))
                 if p.median_hours is not None else "",
                 t.translate("ServiceMap", "Average rating: {rating}").format(rating=t.rating(p.average_rating)) + (
                     " (" + t.translate("ServiceMap", "%n rating(s)", None, p.ratings) + ")" if p.ratings else ""),
                 t.translate("ServiceMap", "Open and late now: {n}").format(n=t.number(p.open_overdue))
                 if p.open_overdue else "",
                 t.translate("ServiceMap", "Survey score: {score}").format(score=t.rating(p.survey_score))
                 if p.survey_score is not None else ""]
        return "<br>".join(x for x in parts if x)

    text = lines(pair)
    back = network.between(pair.customer_id, pair.provider_id)
    if back is not None and back.active:
        text += "<br><br>" + lines(back)
    return text + "<br><br><i>" + t.translate("ServiceMap", "Click to see these requests.") + "</i>"


class PairArrow(QGraphicsPathItem):
    """One pair: a curved arrow with its head and its rating label."""

    def __init__(self, pair: PairFigures, path: QPainterPath, head: QPolygonF, width: float, colour_: QColor,
                 tooltip: str) -> None:
        super().__init__(path)
        self.pair = pair
        self.setPen(QPen(colour_, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        self.setToolTip(tooltip)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.head = QGraphicsPolygonItem(head, self)
        self.head.setBrush(QBrush(colour_))
        self.head.setPen(QPen(Qt.PenStyle.NoPen))
        self.width = width
        self.curve: Arc | None = None
        self.label: PairLabel | None = None

    def setOpacity(self, opacity: float) -> None:  # noqa: N802 - Qt API
        """Dimmed with its label, which is drawn on its own above the departments."""
        super().setOpacity(opacity)
        if self.label is not None:
            self.label.setOpacity(opacity)

    def shape(self) -> QPainterPath:
        """Easy to hit: a band at least 12 units wide along the curve."""
        stroker = QPainterPathStroker()
        stroker.setWidth(max(12.0, self.width + 6))
        return stroker.createStroke(self.path())

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt API
        pen = self.pen()
        pen.setWidthF(self.width + 3)
        self.setPen(pen)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt API
        pen = self.pen()
        pen.setWidthF(self.width)
        self.setPen(pen)
        super().hoverLeaveEvent(event)


class PairLabel(QGraphicsRectItem):
    """A pair's average rating in a box beside its arrow; above the departments and the arrows, so
    no circle hides it and no line crosses its figures. Pointing at it or clicking it is the arrow's."""

    def __init__(self, arrow: PairArrow, text: str, box: Box, colour_: QColor, shade: Colours) -> None:
        super().__init__(QRectF(box.left, box.top, box.width, box.height))
        self.arrow = arrow
        self.setBrush(QBrush(shade.base))
        self.setPen(QPen(colour_, 1.2))
        self.setZValue(4)
        self.setToolTip(arrow.toolTip())
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.text = QGraphicsSimpleTextItem(text, self)
        self.text.setFont(_label_font())
        self.text.setBrush(QBrush(shade.text))
        size = self.text.boundingRect()
        self.text.setPos(box.x - size.width() / 2, box.y - size.height() / 2)


def _label_font() -> QFont:
    font = QFont()
    font.setPixelSize(13)
    font.setBold(True)
    return font


class DepartmentNode(QGraphicsEllipseItem):
    def __init__(self, node: NetworkNode, x: float, y: float, radius: float, view: ServiceMapView) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.node, self.view = node, view
        self.setPos(x, y)
        shade = view.shade()
        self.setBrush(QBrush(mix(shade.base, shade.accent, 0.1)))
        self.setPen(QPen(shade.rating_none if node.archived else shade.accent, 2.4))
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt API
        self.view.highlight(self.node.id)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt API
        self.view.highlight(None)
        super().hoverLeaveEvent(event)


class ServiceMapView(QGraphicsView):
    pair_clicked = Signal(int, int)  # provider, customer
    department_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.minimum = 1
        self._light = False  # drawn light for a picture file or paper, whatever the window's palette
        follow(self, self._on_palette_changed)
        self.setMinimumSize(QSize(360, 300))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.arrows: list[PairArrow] = []
        self.nodes: dict[int, DepartmentNode] = {}
        self.fitted = True
        self.network: Network | None = None

    # -- drawing -------------------------------------------------------------------------------
    def show_network(self, network: Network, minimum: int = 1) -> None:
        """Draw ``network``: departments where they always are, pairs with at least ``minimum`` requests."""
        self.network, self.minimum = network, minimum
        shade = self.shade()
        self.setBackgroundBrush(QBrush(shade.base))
        scene = self.scene()
        scene.clear()
        self.arrows, self.nodes = [], {}
        nodes = list(network.departments)
        positions = {k: (x * RADIUS, -y * RADIUS) for k, (x, y) in circle_layout([n.id for n in nodes]).items()}
        names = {n.id: n.name for n in nodes}
        crowded = len(nodes) > 16
        node_radius = 11.0 if crowded else 26.0
        pairs = [p for p in network.department_pairs() if p.received >= max(1, minimum)
                 and p.provider_id in positions and p.customer_id in positions]
        largest = max((p.received for p in pairs), default=0)
        for pair in sorted(pairs, key=lambda p: p.received):
            self._add_arrow(network, pair, positions, node_radius, largest, crowded, names)
        font = QFont()
        font.setPixelSize(12 if crowded else 17)
        font.setBold(True)
        names_drawn: list[Box] = []
        for node in nodes:
            x, y = positions[node.id]
            item = DepartmentNode(node, x, y, node_radius, self)
            item.setToolTip(self._node_tooltip(network, node))
            scene.addItem(item)
            self.nodes[node.id] = item
            label = QGraphicsSimpleTextItem(node.name)
            label.setFont(font)
            label.setBrush(QBrush(shade.text))
            label.setZValue(3)
            ux, uy = (x / RADIUS, y / RADIUS) if len(nodes) > 1 else (0.0, 1.0)
            box = label.boundingRect()
            gap = node_radius + 8
            lx = x + ux * gap - (box.width() / 2) * (1 - ux) if abs(ux) > 0.3 else x - box.width() / 2
            if abs(ux) <= 0.3:
                ly = y + (gap if uy > 0 else -gap - box.height())
            else:
                ly = y + uy * gap - box.height() / 2
            if ux < -0.3:
                lx = x + ux * gap - box.width()
            elif ux > 0.3:
                lx = x + ux * gap
            label.setPos(lx, ly)
            scene.addItem(label)
            names_drawn.append(Box(lx + box.width() / 2, ly + box.height() / 2, box.width(), box.height()))
        # a crowded map is drawn without labels: its neighbours' arrows are too short to hold one
        # beside them (tried on 50 departments: the labels drifted off, nobody could tell whose they
        # were) and hundreds of pairs would hide the map; the tooltips say the rating
        if not crowded:
            self._add_labels(list(positions.values()), node_radius, names_drawn)
        used = scene.itemsBoundingRect().marginsAdded(QMarginsF(24, 24, 24, 24))
        # room to drag around a zoomed map, but the fitted map fills the view
        scene.setSceneRect(used.marginsAdded(QMarginsF(400, 400, 400, 400)))
        self.used = used
        if self.fitted:
            self.fit()

    def _add_arrow(self, network: Network, pair: PairFigures, positions: dict[int, tuple[float, float]],
                   node_radius: float, largest: int, crowded: bool, names: dict[int, str]) -> None:
        curve = arc(positions[pair.provider_id], positions[pair.customer_id], node_radius + 3, y_up=False)
        width = arrow_width(pair.received, largest, 1.0, 14.0 if not crowded else 6.0)
        head_size = max(9.0, width * 1.7)
        dx, dy = curve.direction_at_end()
        end = QPointF(curve.end[0] - dx * head_size * 0.8, curve.end[1] - dy * head_size * 0.8)
        path = QPainterPath(QPointF(*curve.start))
        path.quadTo(QPointF(*curve.control), end)
        tip, left, right = arrow_head(curve.end, (dx, dy), head_size)
        palette_shade = self.shade()
        shade = rating_colour(palette_shade, _KEYS.get(colour(pair.share_within_target), "none"))
        item = PairArrow(pair, path, QPolygonF([QPointF(*tip), QPointF(*left), QPointF(*right)]), width, shade,
                         pair_tooltip(network, pair, names))
        self.scene().addItem(item)
        self.arrows.append(item)
        item.curve = curve

    def _add_labels(self, nodes: list[tuple[float, float]], node_radius: float, names: list[Box]) -> None:
        """The average rating of each pair, beside its own arrow, the busiest pairs placed first."""
        rated = sorted((a for a in self.arrows if a.pair.average_rating is not None and a.curve is not None),
                       key=lambda a: -a.pair.received)
        font = _label_font()
        texts, sizes = [], []
        for arrow in rated:
            text = fmt().number(arrow.pair.average_rating or 0.0, 1)
            probe = QGraphicsSimpleTextItem(text)
            probe.setFont(font)
            size = probe.boundingRect()
            texts.append(text)
            sizes.append((size.width() + 8, size.height() + 2))
        curves = [a.curve for a in rated if a.curve is not None]
        boxes = place_labels(curves, sizes, [a.width for a in rated], nodes, node_radius, y_up=False,
                             obstacles=names)
        shade = self.shade()
        for arrow, text, box in zip(rated, texts, boxes, strict=True):
            arrow.label = PairLabel(arrow, text, box, arrow.pen().color(), shade)
            arrow.label.setOpacity(arrow.opacity())
            self.scene().addItem(arrow.label)

    def _node_tooltip(self, network: Network, node: NetworkNode) -> str:
        from PySide6.QtCore import QCoreApplication

        t = fmt()
        served = network.as_provider(node.id)
        asked = network.as_customer(node.id)
        text = QCoreApplication.translate(
            "ServiceMap", "<b>{name}</b><br>Served others: {n} requests, {share} within target, rating {rating}"
            "<br>Was served: {m} requests, {share2} within target").format(
            name=node.name, n=t.number(served.received), share=t.percent(served.share_within_target),
            rating=t.rating(served.average_rating), m=t.number(asked.received),
            share2=t.percent(asked.share_within_target))
        return text + "<br><br><i>" + QCoreApplication.translate("ServiceMap", "Click to open the department.") + "</i>"

    def highlight(self, department_id: int | None) -> None:
        """Light up one department's pairs (both ways), dim the rest; None shows all again."""
        for arrow in self.arrows:
            involved = department_id is None or department_id in (arrow.pair.provider_id, arrow.pair.customer_id)
            arrow.setOpacity(1.0 if involved else DIMMED)

    # -- zoom ----------------------------------------------------------------------------------
    def fit(self) -> None:
        self.fitted = True
        self.fitInView(getattr(self, "used", self.sceneRect()), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        self.fitted = False
        current = self.transform().m11()
        if 0.15 < current * factor < 8:
            self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fitted:
            self.fit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (event.position() - self._pressed_at).manhattanLength() if hasattr(self, "_pressed_at") else 0
        if moved > 6:  # a drag to move the map, not a click
            return
        self.click_at(event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._pressed_at = event.position()
        super().mousePressEvent(event)

    def click_at(self, point: object) -> None:
        """What a click at ``point`` (view coordinates) opens: a department or a pair's requests."""
        for item in self.items(point):  # type: ignore[call-overload]
            while item is not None and not isinstance(item, (PairArrow, DepartmentNode, PairLabel)):
                item = item.parentItem()
            if isinstance(item, PairLabel):
                item = item.arrow
            if isinstance(item, DepartmentNode):
                self.department_clicked.emit(item.node.id)
                return
            if isinstance(item, PairArrow):
                self.pair_clicked.emit(item.pair.provider_id, item.pair.customer_id)
                return

    def arrow_of(self, provider_id: int, customer_id: int) -> PairArrow | None:
        return next((a for a in self.arrows if (a.pair.provider_id, a.pair.customer_id) == (provider_id,
                                                                                          customer_id)), None)

    def shade(self) -> Colours:
        return colours(light_palette()) if self._light else colours()

    def _on_palette_changed(self) -> None:
        if self.network is not None:
            self.show_network(self.network, self.minimum)

    @contextmanager
    def drawn_light(self) -> Iterator[None]:
        """The map in its light colours for as long as it is exported."""
        if self._light or not colours().dark or self.network is None:
            yield
            return
        self._light = True
        self.show_network(self.network, self.minimum)
        try:
            yield
        finally:
            self._light = False
            self.show_network(self.network, self.minimum)

    # -- export --------------------------------------------------------------------------------
    def _used_rect(self) -> QRectF:
        """What the map covers, as a square: a map of two departments is a circle too."""
        rect = self.scene().itemsBoundingRect().marginsAdded(QMarginsF(30, 30, 30, 30))
        side = max(rect.width(), rect.height())
        return QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)

    def save_png(self, path: Path, title: str = "") -> Path:
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        rect = self._used_rect()
        scale = 2.0
        image = QImage(int(rect.width() * scale), int(rect.height() * scale) + (80 if title else 0),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        top = 0.0
        if title:
            font = QFont()
            font.setPixelSize(36)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(ACCENT)
            painter.drawText(QRectF(30, 10, image.width() - 60, 60), Qt.AlignmentFlag.AlignLeft, title)
            top = 80.0
        with self.drawn_light():
            self.scene().render(painter, QRectF(0, top, image.width(), image.height() - top), rect)
        painter.end()
        if not image.save(str(path)):
            raise OSError(f"cannot write {path}")
        return path

    def save_pdf(self, path: Path, title: str = "") -> Path:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator("icdesk")
        painter = QPainter(writer)
        if not painter.isActive():
            raise OSError(f"cannot write {path}")
        try:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
            page.moveTo(0, 0)
            top = 0.0
            if title:
                font = QFont()
                font.setPointSize(18)
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(ACCENT)
                painter.drawText(QRectF(0, 0, page.width(), 120), Qt.AlignmentFlag.AlignLeft, title)
                top = 140.0
            with self.drawn_light():
                self.scene().render(painter, QRectF(0, top, page.width(), page.height() - top), self._used_rect())
        finally:
            painter.end()
        return path

"""The shape every list screen shares: title, search, filters, table, empty state, shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from icdesk.domain.errors import DomainError
from icdesk.domain.rules import without_control
from icdesk.services import Services
from icdesk.ui.access import leaves_on_tab, named
from icdesk.ui.changes import Refresher
from icdesk.ui.chips import ChipDelegate
from icdesk.ui.flow_layout import FlowLayout
from icdesk.ui.formatting import fmt
from icdesk.ui.forms import confirm, plain, show_error
from icdesk.ui.icons import with_icon
from icdesk.ui.pickers import shrinkable
from icdesk.ui.remembered import RememberedColumns
from icdesk.ui.table_model import RowsModel, RowTableModel
from icdesk.ui.theme import SUBSECTION, follow, muted_css, size_css, styled, title_style

SHORT_VALUE = 22  # characters: in a list that scrolls sideways, values this short are never cut



class PresetChip(QWidget):
    """Says which dashboard figure opened a list ("Given since 31/10/2026"), with a button to let it go."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        styled(self.label, lambda c: f"background: {c.chip_ground.name()}; border-radius: 4px; padding: 2px 8px;")
        clear = QToolButton()
        clear.setText("\u2715")
        named(clear, self.tr("Show all again"), self.tr("Show all again"))
        clear.clicked.connect(self.cleared)
        row.addWidget(self.label)
        row.addWidget(clear)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))


TEXT_LEAST = 120  # px the text column (a title, a comment) keeps however crowded the list


def _two_line_width(metrics: QFontMetrics, title: str) -> int:
    """The narrowest width at which ``title`` takes at most two lines (its longest word, at least)."""
    words = title.split()
    if len(words) < 2:
        return metrics.horizontalAdvance(title)
    return min(max(metrics.horizontalAdvance(" ".join(words[:cut])), metrics.horizontalAdvance(" ".join(words[cut:])))
               for cut in range(1, len(words)))


class EmptyState(QWidget):
    """What a screen shows before it has anything: what it is for and the first thing to do."""

    def __init__(self, text: str, action_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        styled(self.label, lambda c: f"{size_css(SUBSECTION)} {muted_css(c)}")
        # a wrapped label gets its height from its width only in a row of its own: an alignment
        # flag in the column would size it for one line and clip the rest
        self.label.setMinimumWidth(240)
        self.label.setMaximumWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.label, 4)
        row.addStretch(1)
        layout.addLayout(row)
        self.button = QPushButton(action_text)
        self.button.setMinimumHeight(34)
        layout.addSpacing(12)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class FilterSnapshot(NamedTuple):
    search: str
    values: list[object]
    extra: object
    sort: tuple[int, Qt.SortOrder] | None = None  # the column clicked to sort by, and which way


class ListScreen(QWidget):
    """A searchable table of one kind of record. Subclasses load rows and open editors."""

    changed = Signal()  # something was saved: other screens and the status bar refresh

    archive_text = ""  # e.g. "Archive"; empty: no Delete action
    depends_on: frozenset[str] = frozenset()  # tables whose changes this list shows
    search_delay_ms = 0  # long lists search once typing pauses, not at every key

    def __init__(self, services: Services, title: str, new_text: str, empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.title = title
        self.outer = outer = QVBoxLayout(self)
        header = QHBoxLayout()
        heading = QLabel(title)
        heading.setStyleSheet(title_style())
        heading.setWordWrap(True)  # a long title (in Russian) takes two lines, not the window's width
        header.addWidget(heading, 1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search\u2026"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)  # on a 960-wide screen in Russian the buttons beside it need the room
        named(self.search, self.tr("Search"))
        self.search.textChanged.connect(self._on_search_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.refresh)
        header.addWidget(self.search)
        self.export_button = QPushButton(self.tr("&Export CSV\u2026"))
        self.export_button.setToolTip(self.tr("Save the rows shown, with the current filters, for a spreadsheet"))
        self.export_button.clicked.connect(self.export_csv)
        with_icon(self.export_button, "export")
        header.addWidget(self.export_button)
        self.new_button = QPushButton(new_text)
        with_icon(self.new_button, "add")
        self.new_button.clicked.connect(self.new_item)
        header.addWidget(self.new_button)
        outer.addLayout(header)
        # filters wrap onto a next line on a narrow window rather than each being cut to a few letters
        self.filters = FlowLayout()
        outer.addLayout(self.filters)

        self.table = leaves_on_tab(named(QTableView(), title))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.remembered_columns = RememberedColumns(self.table, type(self).__name__)
        # sizing a column to its content measures the first rows only, not every loaded row
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.count_label = plain(QLabel())  # names the file exported to
        styled(self.count_label, muted_css)

        self.empty = EmptyState(empty_text, new_text)
        self.empty.button.clicked.connect(self.new_item)
        self.no_match = EmptyState(self.tr("Nothing matches the search and the filters."),
                                   self.tr("Clear search and filters"))
        self.no_match.button.clicked.connect(self.clear_filters)
        self.stack = QStackedWidget()
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table)
        table_layout.addWidget(self.count_label)
        self.stack.addWidget(table_page)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_match)
        self.body = QHBoxLayout()
        self.body.addWidget(self.stack, 3)
        outer.addLayout(self.body, 1)
        self._add_actions()
        # a detail panel writes its colours into its HTML: written again in the new palette's
        follow(self, lambda: self.row_selected(self.current_row()) if self.table.model() is not None else None)
        QWidget.setTabOrder(self.search, self.table)  # Tab from the search box goes to the rows found
        self._column_fit: tuple[int | None, int] | None = None
        self._one_line: dict[int, int] = {}  # each heading's width on one line, with its margins
        self._soft: dict[int, int] = {}  # each column's values whole, its heading on two lines
        self._own_heading_height: int | None = None
        self._fitted: tuple[int | None, int] | None = None  # how the columns were last fitted
        self._kept: tuple[int, ...] = ()  # columns that keep their content's width (a request's Due)
        # nothing is read until the list is first shown; then it follows committed changes
        self.refresher = Refresher(self, services, self.depends_on, self.refresh)

    def _add_actions(self) -> None:
        def action(text: str, keys: QKeySequence | QKeySequence.StandardKey | Qt.Key | str, slot: Any) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            # window-wide, but only while this list is on view: Ctrl+N works after a click on the
            # left bar too, and the hidden lists' own Ctrl+N stay out of the way
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setEnabled(False)
            act.triggered.connect(slot)
            self.addAction(act)
            self._shortcut_actions.append(act)
            return act

        self._shortcut_actions: list[QAction] = []

        # New (Ctrl+N) and Find (Ctrl+F) are the window's, in its Edit menu (icdesk/ui/window_actions.py)
        self.open_action = action(self.tr("Open"), Qt.Key.Key_Return, self.open_current)
        self.open_action_enter = action(self.tr("Open"), Qt.Key.Key_Enter, self.open_current)
        self.archive_action = action(self.tr("Archive"), QKeySequence.StandardKey.Delete, self.archive_current)
        self.archive_action.setEnabled(False)

    def enable_archive(self, text: str) -> None:
        """Offer Delete / the context menu's archive (or cancel) action under this name."""
        self.archive_text = text
        self.archive_action.setText(text)
        self._set_shortcuts_live(self.isVisible())

    def _set_shortcuts_live(self, live: bool) -> None:
        for act in self._shortcut_actions:
            act.setEnabled(live and (act is not self.archive_action or bool(self.archive_text)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._set_shortcuts_live(True)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        self._set_shortcuts_live(False)

    # -- for subclasses -----------------------------------------------------------------------
    def set_model(self, model: QAbstractItemModel) -> None:
        self.model = model
        self.table.setModel(model)
        # no arrow until a heading is clicked: Qt's default one stood on the first column, descending,
        # over rows in the service's own order (Service Standards: by department)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        if isinstance(model, RowsModel):  # statuses as chips: their word on a tint of their tone
            for column in model.chip_columns():
                self.table.setItemDelegateForColumn(column, ChipDelegate(self.table))
        self._filter_defaults = self._filter_values()  # the filters are all built by now
        for combo in self.findChildren(QComboBox):
            shrinkable(combo)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def reload(self) -> None:
        """Read again now (F5), whatever the change notifications said."""
        self.refresher.reload()

    def refresh(self) -> None:
        raise NotImplementedError

    def _filter_widgets(self) -> list[QWidget]:
        return [w for w in self.findChildren(QWidget) if isinstance(w, QComboBox | QCheckBox | QDateEdit)]

    def _filter_values(self) -> list[object]:
        """Each filter's choice: a list box's by the record it names, where it names one, not by its
        place in a list that another language may sort differently."""
        values: list[object] = []
        for widget in self._filter_widgets():
            if isinstance(widget, QComboBox):
                data = widget.currentData()
                values.append(("index", widget.currentIndex()) if data is None else ("data", data))
            elif isinstance(widget, QCheckBox):
                values.append(widget.isChecked())
            elif isinstance(widget, QDateEdit):
                values.append(widget.date())
        return values

    def filter_snapshot(self) -> FilterSnapshot:
        """The search and every filter as they stand, to put back on this list built again (in another
        language)."""
        header = self.table.horizontalHeader()
        sort = (header.sortIndicatorSection(), header.sortIndicatorOrder()) \
            if self.table.isSortingEnabled() and header.sortIndicatorSection() >= 0 else None
        return FilterSnapshot(self.search.text(), self._filter_values(), self.extra_filter_state(), sort)

    def restore_filters(self, snapshot: FilterSnapshot) -> None:
        if self._put_filters(snapshot) and self.isVisible():  # a list not on view reads its rows when shown
            self.refresh()

    def _put_filters(self, snapshot: FilterSnapshot) -> bool:
        widgets = self._filter_widgets()
        if len(widgets) != len(snapshot.values):
            return False  # not the same list
        for widget in [self.search, *widgets]:
            widget.blockSignals(True)
        self.search.setText(snapshot.search)
        for widget, value in zip(widgets, snapshot.values, strict=True):
            if isinstance(widget, QComboBox) and isinstance(value, tuple):
                how, what = value
                index = widget.findData(what) if how == "data" else int(what)
                if 0 <= index < widget.count():
                    widget.setCurrentIndex(index)
            elif isinstance(widget, QCheckBox) and isinstance(value, bool):
                widget.setChecked(value)
            elif isinstance(widget, QDateEdit) and isinstance(value, QDate):
                widget.setDate(value)
        self.put_back_extra_filter_state(snapshot.extra)
        for widget in [self.search, *widgets]:
            widget.blockSignals(False)
        if snapshot.sort is not None and self.table.isSortingEnabled() and \
                snapshot.sort[0] < self.table.horizontalHeader().count():
            # the order the person clicked is theirs too: a new language was no reason to lose it
            self.table.sortByColumn(*snapshot.sort)
        return True

    def extra_filter_state(self) -> object:
        """A filter that is no widget (a Dashboard figure's "resolved since"); None when there is none."""
        return None

    def put_back_extra_filter_state(self, state: object) -> None:
        """The counterpart of ``extra_filter_state``; None takes it away."""

    def filters_active(self) -> bool:
        """A search or a filter differs from how the list opened."""
        return (bool(self.search.text().strip()) or self.extra_filter_state() is not None
                or self._filter_values() != getattr(self, "_filter_defaults", []))

    def clear_filters(self) -> None:
        """Show everything again: no search, every filter as the list opened."""
        self.reset_filters()
        self.refresh()

    def reset_filters(self) -> None:
        """Every filter as the list opened, without reading the rows: what a preset starts from."""
        self._put_filters(FilterSnapshot("", getattr(self, "_filter_defaults", []), None))

    def new_item(self) -> None:
        raise NotImplementedError

    def open_row(self, row: Any) -> None:
        raise NotImplementedError

    def archive_row(self, row: Any) -> None:
        """Archive (or cancel) ``row``; subclasses that set archive_text implement it."""

    def archive_question(self, row: Any) -> str:
        return self.tr("Archive this record? It stays in the history and can be restored.")

    def archive_action_text(self, row: Any) -> str:
        """The word on the confirmation button; screens that can also restore say so."""
        return self.archive_text

    def row_selected(self, row: Any) -> None:
        """Hook for screens with a detail panel."""

    # -- shared behaviour ---------------------------------------------------------------------
    def show_rows(self, count: int, total: int | None = None) -> None:
        # nothing at all: say what the list is for; nothing left by the filters: say so, offer to clear
        self.stack.setCurrentIndex(0 if count else 2 if self.filters_active() else 1)
        total = count if total is None else total
        # plural forms are looked up under this class's own name: a subclass's tr() would miss them
        # the Formatter fills %n as the app writes numbers ("3,194 shown"); Qt's translate wrote "3194"
        self.count_label.setText(fmt().translate("ListScreen", "%n shown", None, count) if total == count else
                                 self.tr("{n} of {total} loaded; scroll for more").format(
                                     n=fmt().number(count), total=fmt().number(total)))
        if count and self._column_fit is not None:
            stretch, cap = self._column_fit
            self._column_fit = None
            self._fit_columns_now(stretch, cap)
        elif count and self._fitted is not None and self._outgrown():
            self._fit_columns_now(*self._fitted)
        if count and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        elif count:
            # the same row stays chosen, read again: its panel shows what was just saved (a description
            # edited, a person added), not what the row said before
            self.row_selected(self.current_row())
        if count == 0:
            self.row_selected(None)

    def current_row(self) -> Any:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_row(row)

    def archive_current(self) -> None:
        row = self.current_row()
        if row is None or not self.archive_text:
            return
        action = self.archive_action_text(row)
        if not confirm(self, action, self.archive_question(row), action):
            return
        try:
            self.archive_row(row)
        except DomainError as error:
            show_error(self, error)
            return
        self.after_change()

    def after_change(self) -> None:
        """A dialog saved something: the change notification has already refreshed what shows it."""
        self.changed.emit()

    def run_safely(self, action: Any) -> bool:
        """Call a service action; a broken rule becomes a message, never a traceback."""
        try:
            action()
        except DomainError as error:
            show_error(self, error)
            return False
        self.after_change()
        return True

    def visible_table(self) -> tuple[list[str], Sequence[Sequence[str]]]:
        """The header and every row as shown, with the current search and filters: also the rows of a
        long list not scrolled to yet."""
        model = self.table.model()
        header = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        if isinstance(model, RowTableModel):
            return header, model.all_rows_text()
        rows = [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
                for r in range(model.rowCount())]
        return header, rows

    def export_job(self, target: Path) -> Callable[[], int]:
        """What an export to ``target`` runs on its own thread; it returns the rows written. A long list
        read from the store (RowTableModel.streams) is read, shown as text and written there a page at
        a time; any other list is read here, as shown now. Either way the filter and order are those
        of the moment the export is asked for."""
        from icdesk.services.exports import delimiter_for, write_csv

        model = self.table.model()
        delimiter = delimiter_for(fmt())  # written as shown: in the window's language, so separated as it expects
        rows: Iterable[Sequence[str]]
        if isinstance(model, RowTableModel) and model.streams:
            header = [model.header(c) for c in range(model.columnCount())]
            rows = model.every_row_text()
        else:
            header, rows = self.visible_table()

        def job() -> int:
            try:
                return write_csv(target, header, rows, texts=True, delimiter=delimiter)  # every cell as shown
            finally:
                # a read left half way (the file could not be written) ends its snapshot here, on this
                # thread, rather than whenever the next export lets go of this one
                close = getattr(rows, "close", None)
                if close is not None:
                    close()

        return job

    def export_csv(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from icdesk.ui.workers import run_with_progress

        name = "".join(ch if ch.isalnum() else "-" for ch in self.title.lower()).strip("-") + ".csv"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export to CSV"), name,
                                                self.tr("CSV files (*.csv)"))
        if not target:
            return

        def done(count: int) -> None:
            self.count_label.setText(fmt().translate("ListScreen", "%n row(s) exported to {path}", None,
                                                     count).format(path=target))

        run_with_progress(self, self.tr("Exporting\u2026"), self.export_job(Path(target)), done,
                          lambda message: show_error(self, DomainError(message)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_changed(self, text: str) -> None:
        plain = without_control(text)
        if plain != text:  # a pasted NUL or line break: no record holds one, and a NUL matched every row
            self.search.setText(plain)  # searched again from here, as typed
            return
        if self.search_delay_ms:
            self._search_timer.start(self.search_delay_ms)  # restarted by every key typed
        else:
            self.refresh()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_current()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if self.archive_text:  # an archived row's menu item says Restore, as its question does
            self.archive_action.setText(self.archive_action_text(row) if row is not None else self.archive_text)
        self.row_selected(row)

    def _on_table_context_menu(self, pos: QPoint) -> None:
        if self.current_row() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        if self.archive_text:
            menu.addAction(self.archive_action)
        self.extend_context_menu(menu)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def extend_context_menu(self, menu: QMenu) -> None:
        """Screens add their own actions (e.g. Print)."""

    def fit_columns(self, stretch: int | None = None, cap: int = 260, keep: tuple[int, ...] = ()) -> None:
        """Size columns to their content (capped) once there is content; ``stretch`` takes the room
        that is left, ``keep`` are not narrowed for others. Sizing an empty first load would leave
        every column as wide as its header."""
        self._kept = keep
        if self.table.model() is not None and self.table.model().rowCount():
            self._fit_columns_now(stretch, cap)
        else:
            self._column_fit = (stretch, cap)

    def _outgrown(self) -> bool:
        """A column fitted while its values were short or none (heads named after the departments were
        made) now shows longer ones, cut ("María J…"): read from the rows in view, a few dozen cells."""
        model, header = self.table.model(), self.table.horizontalHeader()
        first = max(0, self.table.rowAt(0))
        last = self.table.rowAt(self.table.viewport().height() - 1)
        last = min(model.rowCount() - 1 if last < 0 else last, first + 60)
        metrics = self.table.fontMetrics()
        cap = self._fitted[1] if self._fitted else 0
        for column, (wanted, *_rest) in self._widths.items():
            # against the width it wanted when fitted, not the one it has: a crowded window's narrowed
            # columns are no reason to fit again at every refresh
            if column == self._stretch or header.isSectionHidden(column) or wanted >= cap:
                continue
            widest = max((metrics.horizontalAdvance(str(model.index(row, column).data() or ""))
                          for row in range(first, last + 1)), default=0)
            if widest + 16 > wanted:
                return True
        return False

    def _fit_columns_now(self, stretch: int | None, cap: int) -> None:
        self._fitted = (stretch, cap)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        model = self.table.model()
        chips = model.chip_columns() if isinstance(model, RowsModel) else []
        # column: (its content capped, its heading, what it keeps at least, what it keeps when crowded)
        self._widths: dict[int, tuple[int, int, int, int]] = {}
        self._one_line, self._soft = {}, {}
        for column in range(header.count()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            # its heading on one line where there is room, else on two (long in Finnish and Russian: "Следующий
            # пересмотр" over dates took 176 px and cut the standard's name beside it); never narrower
            need = self._one_line[column] = metrics.horizontalAdvance(title) + 28
            narrowest = _two_line_width(metrics, title) + 28
            # from the hints, not the section: the last one, stretched to the window's edge while it was the
            # last, read as 207 px of dates and squeezed "Хозяйственная слу…" beside it
            values = self.table.sizeHintForColumn(column) + 12
            content = max(values, header.sectionSizeHint(column) + 12)
            width = max(min(max(content, 44), cap), need)
            # a status chip keeps its word, a request's Due its content; when the list scrolls sideways
            # anyway (a large font, a narrow window), so does any column of short values: a date, five stars
            keep = max(narrowest, values if column in chips else 0, width if column in self._kept else 0)
            short = values <= metrics.averageCharWidth() * SHORT_VALUE
            self._widths[column] = (width, narrowest if column not in self._kept else width, keep,
                                    max(keep, values if short else 0))
            # its values whole under a heading on two lines: what a crowded list gives up first
            self._soft[column] = width if column in self._kept else max(min(max(values, 44), cap), narrowest, keep)
            if column == stretch:
                self._stretch_wants = max(content, need)
        self._stretch = stretch
        if stretch is not None:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            self.table.viewport().installEventFilter(self)
        self._share_width()

    def _share_width(self) -> None:
        """The text column (title, name) keeps room to be read; the others give way, widest first,
        down to their headings. A stretched column alone takes only what the others leave: on a
        narrow window the title of a request would shrink to "Comput…" while "Assigned to" kept 122 px."""
        header = self.table.horizontalHeader()
        widths = {c: w for c, w in self._widths.items() if c != self._stretch}
        room = sum(w[0] for w in widths.values())
        crowded = False
        if self._stretch is not None:
            view = self.table.viewport().width()
            # two fifths of the width, or less when that is what cuts the others: a Feedback comment kept
            # 440 px of room while the names beside it were cut ("Alessandro …") though it had room to spare
            floor = min(self._stretch_wants, max(200, min(view * 2 // 5, view - sum(self._soft[c] for c in widths))))
            room = view - floor
            # the headings alone leave too little: the text column keeps its floor, the list scrolls sideways
            crowded = sum(w[1] for w in widths.values()) > room
            if not crowded:  # down to 120 px, so that dates, stars and numbers stay whole (a small laptop's
                # Feedback cut every "2.12.2026 8.45" to keep the comment, which its panel shows whole, at 200)
                floor = min(floor, max(TEXT_LEAST, view - sum(w[3] for w in widths.values())))
                room = view - floor
            header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Interactive if crowded else
                                        QHeaderView.ResizeMode.Stretch)
            if crowded:
                header.resizeSection(self._stretch, floor)
        # short values (a date, five stars, a number) stay whole while they fit beside the text column's
        # room: a window opened small and then made larger cut "02/12/2026 03:…" to its heading's width
        keep_short = crowded or sum(w[3] for w in widths.values()) <= room
        least = {c: (w[3] if keep_short else w[2]) for c, w in widths.items()}
        # headings go onto two lines before any value is cut ("Первый ответ" over "–" kept 132 px while the
        # standard's name was cut beside it); only then do the values give way, the widest first
        whole = {c: max(least[c], self._soft[c]) for c in widths}
        bottom, top = (whole, {c: w[0] for c, w in widths.items()}) if sum(whole.values()) <= room else \
            (least, whole)
        low, high = 0, max(top.values(), default=0)
        while low < high:  # the highest width the widest columns may keep, all of them fitting the room
            level = (low + high + 1) // 2
            if sum(max(bottom[c], min(top[c], level)) for c in widths) <= room:
                low = level
            else:
                high = level - 1
        for column in widths:
            header.resizeSection(column, max(bottom[column], min(top[column], low)))
        self.remembered_columns.apply()  # the widths the person dragged columns to win
        self._fit_heading_lines()

    def _fit_heading_lines(self) -> None:
        """Headings go onto a second line only while a column is narrower than its heading on one."""
        header = self.table.horizontalHeader()
        if self._own_heading_height is None:  # what the screen asked for itself (a grid of three lines)
            self._own_heading_height = header.minimumHeight()
            header.setDefaultAlignment(header.defaultAlignment() | Qt.TextFlag.TextWordWrap)
            header.sortIndicatorChanged.connect(lambda *_: self._fit_heading_lines())  # the arrow takes room
        # the heading's room: the section less the style's margins, and the sort arrow where it stands
        two = any(header.sectionSize(c) < need - (0 if c == header.sortIndicatorSection() else 18)
                  for c, need in self._one_line.items() if not header.isSectionHidden(c) and c != self._stretch)
        two_lines = header.fontMetrics().lineSpacing() * 2 + 10
        header.setMinimumHeight(max(self._own_heading_height, two_lines if two else 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._share_width()
        return super().eventFilter(watched, event)

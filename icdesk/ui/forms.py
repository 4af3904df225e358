"""Editor dialogs: fields with their own error line, Save only when valid, no silent loss."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QStyle,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from icdesk.domain.errors import ConflictError, DomainError
from icdesk.ui.access import DateEdit, label_for, leaves_on_tab, spoken
from icdesk.ui.errors import localized
from icdesk.ui.formatting import qt_date_format
from icdesk.ui.mnemonics import assign_mnemonics
from icdesk.ui.remembered import remember_size, remembered_size
from icdesk.ui.screen_room import (  # noqa: F401 - imported from here too
    FRAME_ALLOWANCE,
    fit_to_screen,
    room_on_screen,
    screen_area,
)
from icdesk.ui.target_edit import TargetEdit
from icdesk.ui.theme import error_css, muted_css, strong_error_css, styled


def _is_empty(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return not widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentData() is None
    return False


def _on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():  # a time zone typed in, not picked
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, QListWidget):  # ticks in a list (an agreement's standards, a round's pairs)
        widget.itemChanged.connect(slot)
    elif isinstance(widget, QTableWidget):
        widget.itemChanged.connect(slot)
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, TargetEdit):
        widget.valueChanged.connect(slot)


def to_date(edit: QDateEdit) -> date | None:
    """None when the optional date edit shows its blank minimum."""
    if edit.date() == edit.minimumDate() and edit.specialValueText():
        return None
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def show_date(edit: QDateEdit, value: date | None) -> None:
    """Show ``value`` in a date edit made by date_edit; None shows an optional one blank."""
    edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())


def locale_date_format() -> str:
    return qt_date_format()


class _OpenOnToday(QObject):
    """A blank optional date ("Not planned") is stored as its minimum; its calendar must still open
    on this month, not on January 2000."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and self.edit.date() == self.edit.minimumDate():
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


def date_edit(value: date | None = None, optional: bool = False, blank: str = "") -> QDateEdit:
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(locale_date_format())
    if optional:
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(blank or " ")
        _OpenOnToday(edit)
    if value is not None:
        edit.setDate(QDate(value.year, value.month, value.day))
    elif optional:
        edit.setDate(edit.minimumDate())
    else:
        edit.setDate(QDate.currentDate())
    return edit


class FittedDialog(QDialog):
    """A dialog that opens within the screen it is shown on; every dialog of the window is one.
    It opens as large as it was last left (never smaller than it needs), within the screen."""

    _fitted = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if not self._fitted and not event.spontaneous():
            last = remembered_size(type(self).__name__)
            if last is not None:
                self.resize(last.expandedTo(self.sizeHint()))
        super().showEvent(event)  # QDialog centres itself on its parent here
        if not self._fitted and not event.spontaneous():
            self._fitted = True
            fit_to_screen(self)
            for body in self.findChildren(ScrollBody):  # at full height where the screen has room for it
                body.grow_window()
            assign_mnemonics(self)  # every button and labelled field an Alt+letter of its own

    def done(self, result: int) -> None:
        if self._fitted:
            remember_size(type(self).__name__, self.size())
        super().done(result)


_GROW = QEvent.Type(QEvent.registerEventType())  # ScrollBody: make room for what the body shows now


class ScrollBody(QScrollArea):
    """A dialog's body that scrolls when the screen is too small for it, while the buttons placed
    under it (outside) stay in view. It asks for room for all of its content, so the dialog opens as
    large as it needs (then fit_to_screen caps it), and never scrolls sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self.content)
        self._grow_posted = False
        self._watched_window: QWidget | None = None

    # A message appearing under a field (or above the buttons) takes room the dialog was not opened
    # with: the fields below it went behind a scroll bar, or were cut in half, while the screen had
    # room to spare. The dialog grows instead, as far as its screen allows; only then does it scroll.
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest and watched in (self.content, self._watched_window):
            self._post_grow()
        return super().eventFilter(watched, event)  # QScrollArea follows its content's resizes there

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        window = self.window()
        if not isinstance(window, QDialog):  # a page of the main window (the Dashboard) only scrolls
            return
        if window is not self._watched_window:
            self._watched_window = window  # its banner and "Still to fill in" line take room too
            window.installEventFilter(self)
        self.content.installEventFilter(self)  # once is enough: Qt installs a filter only once
        self._post_grow()

    def _post_grow(self) -> None:
        """Grow once the layouts have taken the change in: a posted event of its own comes after
        the layout requests posted before it (a timer would wait for the next round of timers)."""
        if not self._grow_posted:
            self._grow_posted = True
            QCoreApplication.postEvent(self, QEvent(_GROW))

    def event(self, event: QEvent) -> bool:
        if event.type() == _GROW:
            self._grow_posted = False
            self.grow_window()
            return True
        return super().event(event)

    def needed_height(self) -> int:
        """The content's height at the width it is shown at: word-wrapped messages and hints take
        more lines in a narrow dialog than its size hint counted on. Measured beside the scroll bar
        when one is shown: Qt hides the bar only once the content fits at that narrower width."""
        width = self.viewport().width()
        least = self.content.minimumSizeHint().height()
        if self.content.hasHeightForWidth():
            return max(self.content.heightForWidth(width), least)
        return max(self.content.sizeHint().height(), least)

    def grow_window(self) -> None:
        """Make the dialog tall enough to show the whole body without scrolling, within its screen;
        never smaller (the user may have made it larger, or smaller on purpose: then it stays)."""
        window = self.window()
        if not isinstance(window, QDialog) or not window.isVisible() or window.isMaximized() or \
                window.isFullScreen():
            return
        lack = self.needed_height() - self.maximumViewportSize().height()
        if lack <= 0:
            return
        height = min(window.height() + lack, room_on_screen(window).height(), window.maximumHeight())
        if height > window.height():
            window.resize(window.width(), height)
            fit_to_screen(window)  # moved up where the taller dialog would leave the screen

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    # QScrollArea caps its size hint at 24 lines of text: a dialog would open cut short
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = self.content.sizeHint()
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        least = self.content.minimumSizeHint()
        return QSize(least.width() + self._bar(), min(least.height(), 8 * self.fontMetrics().height()))


class FormDialog(FittedDialog):
    """A form whose Save stays disabled until every required field is filled.

    ``save()`` calls the service; a DomainError is shown under the field it names (or at the
    top), the dialog stays open, and nothing typed is lost.
    """

    saved = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.dirty = False
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._required: set[str] = set()
        self._labels: dict[str, str] = {}
        self._touched: set[str] = set()
        self._focus_placed = False
        self._read_only = False  # the company is open for looking only: nothing can be saved
        self.outer = layout = QVBoxLayout(self)
        self.banner = plain(QLabel())
        self.banner.setWordWrap(True)
        styled(self.banner, strong_error_css)
        self.banner.hide()
        layout.addWidget(self.banner)
        # the fields scroll on a small screen; what is under them (footer, buttons) stays in view
        self.fields_area = ScrollBody()
        layout.addWidget(self.fields_area, 1)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields_area.body.addLayout(self.form)
        self.extra = QVBoxLayout()
        self.fields_area.body.addLayout(self.extra)
        self.footer = QVBoxLayout()  # actions that must stay reachable, e.g. a standard's Approve
        layout.addLayout(self.footer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self._save_keys = QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)
        # Ctrl+S saves as the button does: only when it is enabled (every required field filled)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_shortcut)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        # a greyed Save says why: which required fields are still empty
        self.missing = plain(hint(""))
        self.missing.hide()
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget, required: bool = False) -> Any:
        if isinstance(widget, (QComboBox, QDateEdit)):
            # pickers take the form's width, so "Laura Colombo (IT)" is never cut short
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
        error = plain(QLabel())  # messages quote what was typed: "<b>" stays "<b>"
        styled(error, error_css)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        box_layout.addWidget(error)
        # the label names the field itself, not its wrapper: a screen reader says "Title, edit",
        # and the label's Alt+letter moves to the field
        caption = QLabel(label + (" *" if required else ""))
        self.form.addRow(caption, box)
        label_for(caption, widget)
        if required:  # the star is not read out: say it in words
            widget.setAccessibleDescription(self.tr("Required"))
        leaves_on_tab(widget)
        self._fields[name], self._errors[name] = widget, error
        self._labels[name] = spoken(label)  # "Still to fill in: Title", without the mnemonic's &
        if required:
            self._required.add(name)
        _on_change(widget, lambda *_args, n=name: self._on_field_changed(n))
        return widget

    def add_field_hint(self, name: str, text: str) -> QLabel:
        """A line under the field ``name`` saying what it takes, or why it cannot change: a field
        greyed out with no reason leaves the user guessing. A screen reader reads it with the field."""
        widget = self._fields[name]
        note = plain(hint(text))
        note.setWordWrap(True)
        box = widget.parentWidget()
        layout = box.layout() if box is not None else None
        if layout is not None:
            layout.addWidget(note)
        widget.setToolTip(text)
        widget.setAccessibleDescription(" ".join(x for x in (widget.accessibleDescription(), text) if x))
        return note

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Typing starts in the first field: with the focus on a button, the first space typed
        would press Cancel and the text would be lost."""
        super().showEvent(event)
        if not self._focus_placed:
            self._focus_placed = True
            for widget in self._fields.values():
                if widget.isVisibleTo(self) and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    break

    def set_field_visible(self, name: str, visible: bool) -> None:
        widget = self._fields[name].parentWidget()
        if widget is not None:
            self.form.setRowVisible(widget, visible)

    def ready(self) -> None:
        """End of set-up: filling the fields was not the user typing, so nothing is dirty yet."""
        self.dirty = False
        self._touched.clear()
        services = getattr(self, "services", None)
        db = getattr(services, "db", None)
        if getattr(db, "read_only", False) is True:
            # said as the form opens, not after everything was typed and Save refused it
            self.banner.setText(self.tr("This company is open read-only: what is typed here cannot be saved. "
                                        "Open it for writing once no one else has it open."))
            self.banner.show()
            self._read_only = True
        self.refresh_state()

    def _on_field_changed(self, name: str) -> None:
        self.dirty = True
        self._touched.add(name)
        self.refresh_state()

    def refresh_state(self) -> None:
        problems = self.local_problems()
        for name, label in self._errors.items():
            message = problems.get(name, "") if name in self._touched else ""
            # a date put in place of the one typed (31/02 became 28/02): said, though it does not stop a save
            message = message or str(getattr(self._fields[name], "clamp_note", ""))
            label.setText(message)
            label.setVisible(bool(message))
        self.save_button.setEnabled(not problems and not self._read_only)
        empty = [self._labels[name] for name in self._fields
                 if name in problems and name in self._required and _is_empty(self._fields[name])]
        # a sentence of its own, ended as the ones said after it are (they were run together without one)
        said = [self.tr("Still to fill in: {fields}.").format(fields=", ".join(empty))] if empty else []
        # what else keeps Save grey, said even before its field is touched (a request needs who asks:
        # a person or a department, neither of them starred); else Save stayed grey with no reason
        said += [message for name, message in problems.items()
                 if name not in self._required and message not in said]
        text = " ".join(said)
        self.missing.setText(text)
        self.missing.setVisible(bool(text))
        self.save_button.setToolTip(text or self._save_keys)

    def local_problems(self) -> dict[str, str]:
        """Checks done as the user types; the service layer checks everything again on Save."""
        return {name: self.tr("This field is required.") for name in self._required
                if _is_empty(self._fields[name])}

    def save(self) -> object:
        raise NotImplementedError

    def reload(self) -> None:
        """Read the record again and show it (after a ConflictError). Forms of new records have nothing to read."""

    def _on_save_shortcut(self) -> None:
        if self.save_button.isEnabled():
            self._on_save_clicked()

    _saved = False  # a second click queued while the first one saved made the record twice

    def _on_save_clicked(self) -> None:
        if self._saved or not self.save_now():
            return
        self._saved = True
        self.save_button.setEnabled(False)
        self.accept()

    def save_now(self) -> bool:
        """Save what the form holds, the window staying open: True once saved (``saved`` is emitted), False
        with the refusal shown where it belongs."""
        self.banner.hide()
        for label in self._errors.values():
            label.hide()
        try:
            result = self.save()
        except ConflictError as error:  # someone saved it after this form read it: show what is saved now
            self.reload()
            self.ready()
            self.show_error(error)
            return False
        except DomainError as error:
            self.show_error(error)
            return False
        self.dirty = False
        self.saved.emit(result)
        return True

    def show_error(self, error: DomainError) -> None:
        message = localized(error)
        target = self._errors.get(error.field or "")
        if target is not None:
            target.setText(message)
            target.show()
            self._fields[error.field or ""].setFocus()
            # the field and its message in view: below the visible part of a long form, Save seemed to do nothing
            box = target.parentWidget()
            if box is not None:
                QTimer.singleShot(0, self.fields_area, lambda: self.fields_area.ensureWidgetVisible(box, 0, 12))
        else:
            self.banner.setText(message)
            self.banner.show()

    def reject(self) -> None:
        if self.dirty and not confirm(self, self.tr("Discard changes?"),
                                      self.tr("You have changes that are not saved. Close and lose them?"),
                                      self.tr("Discard")):
            return
        super().reject()


def plain(label: QLabel) -> QLabel:
    """Show the text as typed. Qt takes any text with something like a tag for markup: a request
    titled <img src="..."> would show that picture from the disk, and "a<b" would vanish."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tell(parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """A message box that shows its text as typed (names and titles in it are never markup)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    _room_for_title(box, title)
    box.exec()


def _room_for_title(box: QMessageBox, title: str) -> None:
    """A message box is as wide as its text: a longer title would be cut ("The docum… be made")."""
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        width = box.fontMetrics().horizontalAdvance(title) + 140  # the frame's buttons and margins
        layout.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum),
                       layout.rowCount(), 0, 1, layout.columnCount())


def confirm(parent: QWidget, title: str, text: str, action: str, refuse: str = "") -> bool:
    """Ask before ``action``; ``refuse`` names the other button where "Cancel" would mislead (after a
    save, "Cancel" reads as taking back what was saved)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    _room_for_title(box, title)
    if refuse:
        box.button(QMessageBox.StandardButton.Cancel).setText(refuse)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    assign_mnemonics(box)  # Alt+D for "Discard", as on every other button
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget, error: DomainError | Exception, title: str = "") -> None:
    tell(parent, title or QCoreApplication.translate("FormDialog", "Cannot do that"), localized(error))


def multiline(text: str = "", height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    styled(label, muted_css)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

"""The Qt user interface: windows, dialogs and item models over the service layer."""

from icdesk.ui.pyside_imports import stop_reading_sources

stop_reading_sources()  # before any screen module is imported (see there why)

# isort: split
from icdesk.ui.refcounts import keep_true_false_and_none  # noqa: E402 - after the line above

keep_true_false_and_none()  # before any signal is emitted (see there why)

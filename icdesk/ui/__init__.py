"""The Qt user interface: windows, dialogs and item models over the service layer."""

from icdesk.ui.pyside_imports import stop_reading_sources

stop_reading_sources()  # before any screen module is imported (see there why)

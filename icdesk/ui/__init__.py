"""The Qt user interface: windows, dialogs and item models over the service layer."""

"""Errors from the layers below, told in the window's language."""

from __future__ import annotations

import enum
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

import icdesk.ui.error_texts  # noqa: F401 - the marked sentences, so lupdate sees them
from icdesk.ui.formatting import short_date, short_datetime, ui_label

CONTEXT = "Errors"
LOWER_CASE_PARAMS = {"status", "target"}  # statuses named inside a sentence


def _value(name: str, value: object) -> str:
    if isinstance(value, tuple):  # choices: each as the window names it ("Jornada completa"), not its code
        return ", ".join(_value(name, item) for item in value)
    if isinstance(value, enum.Enum):
        text = ui_label(value)
        return text.lower() if name in LOWER_CASE_PARAMS else text
    if isinstance(value, datetime):
        return short_datetime(value)
    if isinstance(value, date):
        return short_date(value)
    if name == "label":  # field and record names come from a fixed list and are translated too
        return QCoreApplication.translate(CONTEXT, str(value))
    return str(value)


def localized(error: BaseException) -> str:
    """The error's sentence in the user's language; the English one if anything does not fit."""
    template = getattr(error, "template", None)
    params = getattr(error, "params", None)
    if not isinstance(template, str) or not isinstance(params, dict):
        return str(error)
    try:
        return QCoreApplication.translate(CONTEXT, template).format(
            **{name: _value(name, value) for name, value in params.items()})
    except (KeyError, IndexError, ValueError):
        return str(error)

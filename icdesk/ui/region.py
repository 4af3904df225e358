"""The person's region, as the system says it: its numbers, dates and times for the window, while the
words stay in the language chosen. A manager in Chicago who reads icdesk in English sees 3/9/2026 for
9 March, one in Montreal 2026-03-09; documents keep their own language's formats."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from PySide6.QtCore import QLocale

from icdesk.i18n.locales import RegionFormats

# the variables a Unix desktop sets, the first found deciding (LC_TIME: the dates' own setting)
REGION_VARIABLES = ("LC_ALL", "LC_TIME", "LANG")


def system_region(environ: Mapping[str, str] | None = None) -> QLocale | None:
    """The region of this session; None where there is none ("C", "POSIX": a server or a test)."""
    if sys.platform in ("win32", "darwin") and environ is None:
        locale = QLocale.system()  # the region set in the system's own settings
    else:
        environ = os.environ if environ is None else environ
        value = next((environ[v] for v in REGION_VARIABLES if environ.get(v)), "")
        name = value.split(".")[0].split("@")[0]
        if not name or name in ("C", "POSIX"):
            return None
        locale = QLocale(name)
    return None if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage) else locale


def region_formats(locale: QLocale | None) -> RegionFormats | None:
    if locale is None:
        return None
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:  # 3/9/26 reads as a year of this century only by guessing: the full year
        short = short.replace("yy", "yyyy")
    grouped = locale.toString(1234)
    return RegionFormats(
        name=locale.name(), decimal=locale.decimalPoint(), group=locale.groupSeparator(), short_date=short,
        time=locale.timeFormat(QLocale.FormatType.ShortFormat), minus=locale.negativeSign(),
        min_grouping=1 if locale.groupSeparator() in grouped else 2, am=locale.amText(), pm=locale.pmText())

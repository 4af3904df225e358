"""This computer's time zone as an IANA name: the default for a new company's time zone."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import available_timezones


def local_zone_name() -> str:
    """Europe/Rome and the like; UTC when the system does not say (the manager can change it)."""
    known = available_timezones()
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name in known:
            return name
    return "UTC"

"""Words icdesk itself writes into a record's history (an import's note, what an edit changed). They
are stored in English, as written, and shown in the reader's language; what a person typed is shown
as typed."""

from __future__ import annotations

import re
from datetime import date

from icdesk.domain.enums import Priority
from icdesk.i18n.catalog import QT_TRANSLATE_NOOP
from icdesk.i18n.formatter import Formatter

CONTEXT = "History"
IMPORTED_NOTE = QT_TRANSLATE_NOOP("History", "Imported from a file")
_CHANGED_TEXT = QT_TRANSLATE_NOOP("History", "title or description")
_PRIORITY = QT_TRANSLATE_NOOP("History", "priority {old} \u2192 {new}")
_STANDARD = QT_TRANSLATE_NOOP("History", "service standard {title} (v{n}), its targets counted from when it was logged")
_NEEDED_BY = QT_TRANSLATE_NOOP("History", "needed by {old} \u2192 {new}")
_NO_DAY = QT_TRANSLATE_NOOP("History", "no date")

# what an edit's note is made of (request_writes.edit_request), each followed by ", " or the end
_PARTS = (
    (re.compile(r"title or description(?:, |$)"), "changed"),
    (re.compile(r"priority (\w+) \u2192 (\w+)(?:, |$)"), "priority"),
    (re.compile(r"service standard (.+) \(v(\d+)\), its targets counted from when it was logged(?:, |$)"),
     "standard"),
    (re.compile(r"needed by (\d{4}-\d\d-\d\d|none) \u2192 (\d{4}-\d\d-\d\d|none)(?:, |$)"), "needed_by"),
)


def note_shown(text: str, t: Formatter, *, edit: bool = False) -> str:
    """``text`` in the reader's language when icdesk wrote it; as it is otherwise. ``edit``: the note
    of an Edited event, a list of what changed."""
    if text == IMPORTED_NOTE:
        return t.translate(CONTEXT, IMPORTED_NOTE)
    if not edit:
        return text
    shown, at = [], 0
    while at < len(text):
        for pattern, kind in _PARTS:
            found = pattern.match(text, at)
            if found is None:
                continue
            shown.append(_part(kind, found.groups(), t))
            at = found.end()
            break
        else:  # not icdesk's own words (a file written by an older version): as stored
            return text
    return ", ".join(shown) if shown else text


def _part(kind: str, groups: tuple[str | None, ...], t: Formatter) -> str:
    if kind == "changed":
        return t.translate(CONTEXT, _CHANGED_TEXT)
    if kind == "priority":
        old, new = (_priority(value or "", t) for value in groups)
        return t.translate(CONTEXT, _PRIORITY).format(old=old, new=new)
    if kind == "needed_by":
        old, new = (_day(value or "", t) for value in groups)
        return t.translate(CONTEXT, _NEEDED_BY).format(old=old, new=new)
    title, number = groups
    return t.translate(CONTEXT, _STANDARD).format(title=title, n=number)


def _day(value: str, t: Formatter) -> str:
    if value == "none":
        return t.translate(CONTEXT, _NO_DAY)
    return t.date(date.fromisoformat(value))


def _priority(value: str, t: Formatter) -> str:
    try:
        return t.label(Priority(value)).lower()
    except ValueError:
        return value

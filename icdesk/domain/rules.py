"""Pure business rules: no database, no Qt, no clock (callers pass ``now``)."""

from __future__ import annotations

import enum
import re
import unicodedata
from datetime import UTC, date, datetime
from typing import TypeVar

from icdesk.domain.enums import ActionStatus, IdeaStatus, RequestStatus, StandardStatus
from icdesk.domain.errors import TransitionError, ValidationError

NAME_MAX = 120
TITLE_MAX = 200
TEXT_MAX = 20_000
MAX_TARGET_MINUTES = 365 * 24 * 60

S = RequestStatus
REQUEST_TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    S.NEW: frozenset({S.IN_PROGRESS, S.CANCELLED}),
    S.IN_PROGRESS: frozenset({S.WAITING, S.RESOLVED, S.CANCELLED}),
    S.WAITING: frozenset({S.IN_PROGRESS, S.CANCELLED}),
    S.RESOLVED: frozenset({S.CLOSED, S.IN_PROGRESS}),  # back to in progress = reopen
    S.CLOSED: frozenset(),
    S.CANCELLED: frozenset(),
}

ACTION_TRANSITIONS: dict[ActionStatus, frozenset[ActionStatus]] = {
    ActionStatus.OPEN: frozenset({ActionStatus.IN_PROGRESS, ActionStatus.DONE}),
    ActionStatus.IN_PROGRESS: frozenset({ActionStatus.OPEN, ActionStatus.DONE}),
    ActionStatus.DONE: frozenset({ActionStatus.IN_PROGRESS}),  # reopen if it did not work
}

IDEA_TRANSITIONS: dict[IdeaStatus, frozenset[IdeaStatus]] = {
    IdeaStatus.PROPOSED: frozenset({IdeaStatus.UNDER_TRIAL, IdeaStatus.ADOPTED, IdeaStatus.DECLINED}),
    # back to proposed: the trial stopped without a decision
    IdeaStatus.UNDER_TRIAL: frozenset({IdeaStatus.ADOPTED, IdeaStatus.DECLINED, IdeaStatus.PROPOSED}),
    IdeaStatus.ADOPTED: frozenset(),
    IdeaStatus.DECLINED: frozenset({IdeaStatus.PROPOSED}),  # reconsidered
}


def utcnow() -> datetime:
    return datetime.now(UTC)


# letters and signs drawn as nothing (Hangul fillers, the blank Braille cell) and variation selectors:
# "Spa" and "Spa" + U+FE0F look the same, a name of U+3164 alone looks empty
_DRAWN_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800" + "".join(chr(c) for c in range(0xFE00, 0xFE10)))


def _drawn(ch: str) -> bool:
    return (unicodedata.category(ch) not in ("Cf", "Cc") or ch in "\n\t") and ch not in _DRAWN_BLANK \
        and not "\U000e0100" <= ch <= "\U000e01ef"


def _without_invisibles(text: str) -> str:
    """Zero-width spaces, direction marks, control characters and blank-drawn letters make two names look
    the same, or a name look empty."""
    if text.isprintable() and (text.isascii() or (_DRAWN_BLANK.isdisjoint(text) and max(text) < "\U000e0100")):
        return text  # the usual case, and an import calls this per cell
    return "".join(ch for i, ch in enumerate(text) if _drawn(ch) or _joining(text, i))


def _joining(text: str, i: int) -> bool:
    """A zero-width joiner or non-joiner between two drawn letters of a script that needs it: Persian writes
    "they want" with a non-joiner inside, an emoji of a cook is a woman, a joiner and a pan. (Between Latin letters it
    changes nothing one can see, so it goes.)"""
    return text[i] in "\u200c\u200d" and 0 < i < len(text) - 1 and not text[i - 1].isascii() \
        and not text[i + 1].isascii() and _drawn(text[i - 1]) and _drawn(text[i + 1])


_SURROGATE = re.compile("[\ud800-\udfff]")  # half of a character pair: no text encoding can store it alone


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def without_control(text: str) -> str:
    """Text typed or pasted into a search, without control characters: no record holds a NUL or a line
    break to find, and a NUL matched every row."""
    return _CONTROL.sub("", text)


def clean_text(value: str | None, label: str, *, required: bool, max_len: int, field: str,
               single_line: bool = False) -> str:
    """Strip ``value`` and check it fits; the error names the field the way the form does.

    Text is stored in NFC, so "é" typed as one character or as e + accent is the same text.
    """
    if value is not None and not isinstance(value, str):  # a number, bytes or NaN from a script, not typed text
        raise ValidationError("{label} must be text.", field=field, label=label)
    raw = value or ""
    if "\x00" in raw:
        raise ValidationError("{label} contains a NUL character, which cannot be stored.", field=field,
                              label=label)
    if not raw.isascii() and _SURROGATE.search(raw):
        raise ValidationError("{label} holds a broken character (half of an emoji or a symbol, from a cut copy and "
                              "paste), which cannot be stored; type it again.", field=field, label=label)
    text = unicodedata.normalize("NFC", raw)
    if single_line:
        text = " ".join(_without_invisibles(text).split())
    text = text.strip()
    if required and not text:
        raise ValidationError("{label} cannot be empty.", field=field, label=label)
    if len(text) > max_len:
        raise ValidationError(
            "{label} is too long: {count} characters, at most {limit} are allowed.",
            field=field, label=label, count=len(text), limit=max_len,
        )
    return text


def clean_name(value: str | None, label: str = "Name", field: str = "name") -> str:
    """A name on one line, without invisible characters: what you see is what is compared. It holds a
    letter or a digit: an accent alone, or punctuation alone, names nobody a list could show."""
    name = clean_text(value, label, required=True, max_len=NAME_MAX, field=field, single_line=True)
    if not any(unicodedata.category(ch)[0] in "LN" for ch in name):
        raise ValidationError("{label} needs at least one letter or digit.", label=label, field=field)
    return name


def name_key(name: str) -> str:
    """Key under which names must be unique: case-insensitive in every alphabet."""
    normal = unicodedata.normalize("NFC", _without_invisibles(name))
    return " ".join(normal.casefold().split())


# Cyrillic and Greek letters drawn like Latin ones (lower case: name keys are case-folded)
_LOOK_ALIKE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "ë", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "ï", "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "h", "ι": "i", "κ": "k", "μ": "m", "ν": "n",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "y", "χ": "x",
})


def look_alike_key(name: str) -> str:
    """A name key with letters of other alphabets that look Latin made Latin: "ІТ" typed on a Ukrainian
    keyboard and "IT" typed on an Italian one give the same key, though no one could tell them apart."""
    return name_key(unicodedata.normalize("NFKC", name)).translate(_LOOK_ALIKE).replace("\u200c", "").replace(
        "\u200d", "")  # a joiner kept inside a name (see _joining) is no difference one can always see


def search_key(text: str) -> str:
    """What searches and sorts compare: case and accents left out, in every alphabet ("López" and
    "LOPEZ" both give "lopez", "Järvinen" gives "jarvinen"). Stored beside titles (migration 0014) so
    lists sort and search by index; what the user types goes through the same fold."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


COMMENT_KEY_LENGTH = 64  # characters of a folded comment a list sorts by (migration 0017 stores as many)


def comment_key(comment: str) -> str:
    """What the Feedback list sorts a comment by: folded as search_key, cut to its first 64 characters,
    so an index holds it (a comment may be pages long); comments alike that far follow by number."""
    return search_key(comment)[:COMMENT_KEY_LENGTH]


def check_target_minutes(minutes: int | None, label: str, field: str) -> int | None:
    if minutes is None:
        return None
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError("{label} must be a whole number of minutes.", field=field, label=label)
    if minutes <= 0:
        raise ValidationError("{label} must be more than zero minutes.", field=field, label=label)
    if minutes > MAX_TARGET_MINUTES:
        raise ValidationError("{label} cannot be more than a year.", field=field, label=label)
    return minutes


def check_rating(rating: int) -> int:
    if not isinstance(rating, int) or isinstance(rating, bool) or not 1 <= rating <= 5:
        raise ValidationError("The rating must be a whole number from 1 to 5.", field="rating")
    return rating


def check_request_transition(current: RequestStatus, target: RequestStatus) -> None:
    if target not in REQUEST_TRANSITIONS[current]:
        if not REQUEST_TRANSITIONS[current]:
            raise TransitionError("This request is {status}; it cannot be changed any more.", status=current)
        raise TransitionError("A request that is {status} cannot be moved to {target}.", status=current,
                              target=target)


def check_action_transition(current: ActionStatus, target: ActionStatus) -> None:
    if target not in ACTION_TRANSITIONS[current]:
        raise TransitionError("A corrective action that is {status} cannot be moved to {target}.",
                              status=current, target=target)


GAP_TO_TALK_ABOUT = 0.5  # points between a department's own view of its service and its customers'


def gap_to_talk_about(gap: float | None) -> bool:
    """A gap shown as "+0.5" or more: judged as shown (one decimal), so 0.46, printed "+0.5", is one too."""
    return gap is not None and round(gap, 1) >= GAP_TO_TALK_ABOUT


def check_recognition_day(given_on: date, today: date) -> None:
    """Thanks and awards are for what was done: a day ahead of today put a recognition at the top of the
    Dashboard's latest ones for years."""
    if given_on > today:
        raise ValidationError("A recognition is for what was done: its date ({day}) cannot be after today.",
                              field="given_on", day=given_on)


FIRST_DAY, LAST_DAY = date(1990, 1, 1), date(2100, 12, 31)  # the calendar dates an import reads back


def check_day(day: date | None, field: str, *, required: bool = False) -> date | None:
    """A date typed for a plan (a due date, a review): within the years a file's export and import carry
    (0001-01-01 or 9999-12-31 was stored, then the file's own export could not be imported).
    ``required``: a day the record cannot be without (a session's, an action's due date)."""
    if day is None and required:
        raise ValidationError("Choose dates between {first} and {last}.", first=str(FIRST_DAY.year),
                              last=str(LAST_DAY.year), field=field)
    if isinstance(day, datetime):  # a moment where a day is kept: compared with days, it stopped the save
        raise ValidationError("“{text}” is a moment, not a day: give the date alone.", text=str(day), field=field)
    if day is not None and not isinstance(day, date):  # text or a number from a script, not a date
        raise ValidationError("A date is needed here, not the text or number “{text}”.", text=str(day)[:40],
                              field=field)
    if day is not None and not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError("{day} is not a date icdesk keeps: choose one between 1990 and 2100.",
                              day=day, field=field)
    return day


def check_action_dates(opened_on: date, due_on: date) -> None:
    check_day(opened_on, "opened_on", required=True)
    check_day(due_on, "due_on", required=True)
    if due_on < opened_on:
        raise ValidationError(
            "The due date ({due}) is before the action was opened ({opened}).",
            field="due_on", due=due_on, opened=opened_on,
        )


def check_standard_publishable(status: StandardStatus) -> None:
    if status is StandardStatus.DRAFT or status is StandardStatus.IN_REVIEW:
        raise TransitionError("A version is put in force only once its approver has approved it; "
                              "send the draft for review first.")
    if status is not StandardStatus.APPROVED:
        raise TransitionError("Only an approved version can be put in force; make a new version to change "
                              "this standard.")


CODE_MAX = 12


def suggested_code(name: str, taken: set[str]) -> str:
    """A short department code from its name, not yet taken: "IT", "FO" (Front Office), "HOU".

    Codes name the documents (IT-003), so they stay as they are when the department is renamed.
    """
    words = [w for w in "".join(c if c.isalnum() else " " for c in name).split() if w]
    if len(words) == 1 and len(words[0]) <= 4:
        code = words[0].upper()
    elif len(words) == 1:
        code = words[0][:3].upper()
    else:
        code = "".join(w if w.isdigit() else w[0] for w in words[:3]).upper()
    code = code[:CODE_MAX - 2] or "D"
    candidate, n = code, 2
    while candidate in taken:
        candidate, n = f"{code}{n}", n + 1
    return candidate


def clean_code(value: str | None) -> str:
    """A department code as typed: letters and digits, dash inside, in capitals; "" = choose one."""
    from icdesk.domain.errors import ValidationError

    code = (value or "").strip().upper()
    if len(code) > CODE_MAX:
        raise ValidationError("The code can be at most {n} characters long.", n=CODE_MAX, field="code")
    if code and not (code[0].isalnum() and code[-1].isalnum() and all(c.isalnum() or c == "-" for c in code)):
        raise ValidationError("The code can hold only letters, digits and dashes, like IT or FO-2.", field="code")
    return code


def document_id(code: str, number: int) -> str:
    """A standard's document ID, the same in every version: department code and number, "IT-003"."""
    return f"{code}-{number:03d}"

# The share of requests resolved within their target that a department aims for; the service
# summary marks departments below it.
SERVICE_LEVEL_GOAL = 0.9


def check_idea_transition(current: IdeaStatus, target: IdeaStatus) -> None:
    if target not in IDEA_TRANSITIONS[current]:
        raise TransitionError("An idea that is {status} cannot be moved to {target}.", status=current, target=target)


MAX_PERIOD_DAYS = 3653  # ten years: what any figure of a small company is asked over


def check_period(start: date, end: date, *, comparison: bool = False) -> None:
    """A period a report or a list can be made for: in order, within ten years, within the years every
    date keeps to (``comparison``: the period just before one, which may reach before them)."""
    if end < start:
        raise ValidationError("The period ends before it starts.", field="end")
    if not comparison and (start < FIRST_DAY or end > LAST_DAY):
        raise ValidationError("Choose dates between {first} and {last}.", first=str(FIRST_DAY.year),
                              last=str(LAST_DAY.year), field="start")
    if (end - start).days > MAX_PERIOD_DAYS:
        raise ValidationError("Choose a period of at most ten years.", field="start")


Choice = TypeVar("Choice", bound=enum.Enum)


def one_of(kind: type[Choice], value: object, field: str) -> Choice:
    """``value`` as one of ``kind``'s members (a combo box hands back its plain value); anything else
    is refused in a sentence that lists the choices, not a bare ValueError."""
    try:
        return kind(value)
    except ValueError:
        raise ValidationError("“{value}” is not one of: {join}.", value=value, join=tuple(kind), field=field) from None

"""What a cell means: targets, dates, choices and steps as offices type them in five languages."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from icdesk.domain.enums import PersonKind, Priority, RequestStatus, StandardStatus
from icdesk.domain.errors import ValidationError
from icdesk.services.import_values import (
    header_unit,
    numbered_columns,
    parse_choice,
    parse_day,
    parse_moment,
    parse_steps,
    parse_target,
)

ROME = ZoneInfo("Europe/Rome")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("typed", "minutes"), [
    ("4", 240), ("4.5", 270), ("4,5", 270), ("4 h", 240), ("4h", 240), ("4 hours", 240), ("4 ore", 240),
    ("4 tuntia", 240), ("4 horas", 240), ("4 ч", 240), ("30 min", 30), ("30min", 30), ("30 minuti", 30),
    ("30 мин", 30), ("1:30", 90), ("01:30", 90), ("1:30:00", 90), ("36:00", 36 * 60), ("1 h 30 min", 90),
    ("1h30", 90), ("1 h 30", 90), ("2 d", 2 * 1440), ("2 giorni", 2 * 1440), ("2 päivää", 2 * 1440),
    ("2 días", 2 * 1440), ("2 дня", 2 * 1440), ("1 week", 7 * 1440), ("0.25", 15), ("  4 H  ", 240),
])
def test_targets_as_people_type_them(typed: str, minutes: int) -> None:
    assert parse_target(typed, "The target", "target") == minutes


@pytest.mark.parametrize(("typed", "unit", "minutes"), [("15", 1, 15), ("4", 60, 240), ("2", 1440, 2880),
                                                         ("15 h", 1, 900)])  # a unit typed wins over the header's
def test_a_plain_number_is_in_the_unit_the_column_names(typed: str, unit: int, minutes: int) -> None:
    assert parse_target(typed, "The target", "target", unit) == minutes


@pytest.mark.parametrize(("typed", "minutes"), [("1 000", 1000), ("1\u00a0000 min", 1000), ("1\u202f500", 1500),
                                                 ("2 000 h", 120_000), ("0,250 h", 15), ("1,5", 2), ("10.75", 11)])
def test_thousands_grouped_with_a_space_are_thousands(typed: str, minutes: int) -> None:
    # "1 000" read as 1 h 0 min, or as 1 minute: a target a thousand times shorter, without a word
    assert parse_target(typed, "The target", "target", 1) == minutes


@pytest.mark.parametrize("typed", ["1,000", "1.000", "12.345 min", "2,000 h", "1 30"])
def test_a_number_that_reads_two_ways_is_refused_not_guessed(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_target(typed, "The target", "first_response_minutes", 1)
    assert caught.value.field == "first_response_minutes"
    if typed != "1 30":
        assert "could be read two ways" in caught.value.template


@pytest.mark.parametrize(("header", "unit"), [
    ("first_response_minutes", 1), ("Response (min)", 1), ("Risposta (ore)", 60), ("Ratkaisu tunteina", None),
    ("Vasteaika (tuntia)", 60), ("Resolución (días)", 1440), ("Решение, часов", 60), ("Response time", None),
    ("Department", None), ("minutes or hours", None),
])
def test_the_unit_a_header_names(header: str, unit: int | None) -> None:
    assert header_unit(header) == unit


@pytest.mark.parametrize("typed", ["", "  ", "-", "–", "n/a"])
def test_no_target(typed: str) -> None:
    assert parse_target(typed, "The target", "target") is None


@pytest.mark.parametrize(("typed", "message"), [
    ("soon", "is not a time such as 4 h"), ("4 months", "is not a time"), ("1:75", "is not a time"),
    ("0", "must be more than zero minutes"), ("0:00", "more than zero"), ("400 d", "cannot be more than a year"),
    ("4 h h", "is not a time"), ("h 4", "is not a time"),
])
def test_targets_that_are_not(typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        parse_target(typed, "The resolution target", "resolution_minutes")
    assert caught.value.field == "resolution_minutes"


@pytest.mark.parametrize(("typed", "instant"), [
    ("2026-03-01", datetime(2026, 2, 28, 23, 0, tzinfo=UTC)),  # midnight in Rome
    ("2026-03-01 14:30", datetime(2026, 3, 1, 13, 30, tzinfo=UTC)),
    ("2026-03-01T14:30:15", datetime(2026, 3, 1, 13, 30, 15, tzinfo=UTC)),
    ("2026/03/01", datetime(2026, 2, 28, 23, 0, tzinfo=UTC)),
    ("01/03/2026", datetime(2026, 2, 28, 23, 0, tzinfo=UTC)),
    ("1.3.2026", datetime(2026, 2, 28, 23, 0, tzinfo=UTC)),
    ("01.03.2026 14.30", datetime(2026, 3, 1, 13, 30, tzinfo=UTC)),  # the Finnish way
    ("01-03-2026 14:30:00", datetime(2026, 3, 1, 13, 30, tzinfo=UTC)),
    ("2026-03-01T14:30:00+00:00", datetime(2026, 3, 1, 14, 30, tzinfo=UTC)),
])
def test_dates_in_the_company_zone(typed: str, instant: datetime) -> None:
    assert parse_moment(typed, ROME, NOW) == instant


@pytest.mark.parametrize(("typed", "message"), [
    ("0001-01-01", "is not a date between 1990 and today"), ("1989-12-31", "between 1990 and today"),
    ("2026-03-03", "between 1990 and today"), ("9999-12-31", "between 1990 and today"),
    ("31/02/2026", "is not a date like"), ("2026-13-01", "is not a date like"), ("yesterday", "is not a date like"),
    ("03/31/2026", "is not a date like"), ("2026-03-01 25:00", "is not a date like"),
])
def test_dates_that_are_not(typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_moment(typed, ROME, NOW)


def test_a_review_date() -> None:
    assert parse_day("31/12/2026") == date(2026, 12, 31) and parse_day("") is None
    with pytest.raises(ValidationError, match="is not a date like"):
        parse_day("2026-12-31 10:00")
    # a real date no file keeps is said as such (it read "is not a date like 2026-03-31", which it is)
    for far in ("0001-01-01", "9999-12-31"):
        with pytest.raises(ValidationError, match="is not a date icdesk keeps: choose one between 1990 and 2100"):
            parse_day(far)


@pytest.mark.parametrize(("typed", "enum_cls", "value"), [
    ("high", Priority, Priority.HIGH), ("Alta", Priority, Priority.HIGH), ("Korkea", Priority, Priority.HIGH),
    ("Высокий", Priority, Priority.HIGH), ("URGENT", Priority, Priority.URGENT),
    ("part-time", PersonKind, PersonKind.PART_TIME), ("Part time", PersonKind, PersonKind.PART_TIME),
    ("Owner / shareholder", PersonKind, PersonKind.OWNER), ("owner", PersonKind, PersonKind.OWNER),
    ("in_progress", RequestStatus, RequestStatus.IN_PROGRESS), ("In corso", RequestStatus, RequestStatus.IN_PROGRESS),
    ("Решена", RequestStatus, RequestStatus.RESOLVED), ("Borrador", StandardStatus, StandardStatus.DRAFT),
])
def test_choices_in_any_language(typed: str, enum_cls: type, value: object) -> None:
    assert parse_choice(typed, enum_cls, next(iter(enum_cls))) is value


def test_an_unknown_choice_lists_the_ones_there_are() -> None:
    assert parse_choice("", Priority, Priority.NORMAL) is Priority.NORMAL
    with pytest.raises(ValidationError, match="“asap” is not one of: low, normal, high, urgent."):
        parse_choice("asap", Priority, Priority.NORMAL)


def test_steps_one_per_line_with_or_without_numbers() -> None:
    assert parse_steps(["1. Call\n2) Fix\n\n  3: Check  \n- Tell\n• Close\n(6) Log"]) == [
        "Call", "Fix", "Check", "Tell", "Close", "Log"]
    assert parse_steps(["Call back", "", "2026 budget: check"]) == ["Call back", "2026 budget: check"]


def test_numbered_step_columns_go_together() -> None:
    header = ["Title", "Step 2", "Step 1", "Note", "Step 10", "step_3", "Steps"]
    assert numbered_columns(header, "Step 1") == ["Step 1", "Step 2", "step_3", "Step 10"]
    assert numbered_columns(header, "Steps") == ["Steps"]


def test_a_time_in_the_hour_the_clocks_skip_is_named_as_such() -> None:
    from icdesk.services.import_values import parse_moment

    rome, now = ZoneInfo("Europe/Rome"), datetime(2026, 12, 1, tzinfo=UTC)
    with pytest.raises(ValidationError, match="did not exist there: the clocks went forward"):
        parse_moment("2025-03-30 02:30", rome, now)
    assert parse_moment("2025-03-30 03:10", rome, now) == datetime(2025, 3, 30, 1, 10, tzinfo=UTC)
    assert parse_moment("2025-10-26 02:30", rome, now) == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)  # the first


def test_a_value_not_in_the_list_names_the_choices_as_the_window_does() -> None:
    """«Fijo» no es ninguno de: full_time, part_time, …: the codes, not the words the window shows and the
    import itself takes ("Jornada completa")."""
    from icdesk.domain.enums import PersonKind
    from icdesk.i18n.formatter import Formatter
    from icdesk.services.import_values import parse_choice
    from icdesk.ui import formatting
    from icdesk.ui.errors import localized

    with pytest.raises(ValidationError) as refused:
        parse_choice("Fijo", PersonKind, PersonKind.FULL_TIME)
    assert "full time, part time" in str(refused.value)
    before = formatting._current
    formatting._current = Formatter("es")
    try:
        said = localized(refused.value)
    finally:
        formatting._current = before
    spanish = Formatter("es").label(PersonKind.FULL_TIME)
    assert spanish in said and "full_time" not in said
    assert parse_choice(spanish, PersonKind, PersonKind.OWNER) is PersonKind.FULL_TIME

"""Input no form would send, given straight to the services (a script, an import, a future screen):
refused with a sentence, never a raw Python error, and nothing stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from icdesk.app import open_services
from icdesk.domain.errors import NotFoundError, RuleError, ValidationError
from icdesk.services import Services
from icdesk.services.feedback import FeedbackDraft
from icdesk.services.requests import RequestDraft
from tests.helpers import small_org


@pytest.fixture
def company(tmp_path: Path) -> Iterator[Services]:
    services = open_services(tmp_path / "hostile.sqlite")
    yield services
    services.close()


def test_a_broken_character_is_refused_in_words_and_nothing_is_stored(company: Services) -> None:
    with pytest.raises(ValidationError, match="broken character") as refused:
        company.departments.create("Kitchen \ud83d")  # half of an emoji, as a cut copy and paste leaves it
    assert refused.value.field == "name"
    str(refused.value).encode("utf-8")  # the sentence itself can be shown and written to a log
    assert [d.name for d in company.departments.list()] == []
    with pytest.raises(ValidationError, match="broken character"):
        company.departments.list("Kit\udc00")


def test_a_record_number_no_record_can_have_is_not_found_or_refused(company: Services) -> None:
    org = small_org(company, with_standard=False)
    with pytest.raises(NotFoundError):
        company.departments.archive(2**63)
    with pytest.raises(ValidationError, match="beyond what can be stored"):
        company.requests.create(RequestDraft("Printer jam", 2**63, requester_department_id=org["acc"]))
    with pytest.raises((NotFoundError, ValidationError)):
        company.requests.get(2**64)
    assert company.requests.list() == []


def test_a_person_rates_from_their_own_department_only(company: Services) -> None:
    org = small_org(company, with_standard=False)
    # Laura works in IT: naming Accounting beside her would let IT rate its own service
    with pytest.raises(ValidationError, match="Laura Colombo works in IT"):
        company.feedback.give(FeedbackDraft(rating=5, department_id=org["it"], author_id=org["laura"],
                                            author_department_id=org["acc"]))
    with pytest.raises(RuleError, match="cannot rate its own service"):
        company.feedback.give(FeedbackDraft(rating=5, department_id=org["it"], author_id=org["laura"]))
    company.feedback.give(FeedbackDraft(rating=4, department_id=org["it"], author_id=org["anna"],
                                        author_department_id=org["acc"]))
    company.feedback.give(FeedbackDraft(rating=3, department_id=org["it"], anonymous=True))


def test_a_device_that_never_ends_is_not_a_table(company: Services) -> None:
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(ValidationError, match="is not a table"):
        company.imports.plan("departments", zero)


def test_a_missing_day_wrong_status_or_steps_in_one_text_are_refused_in_words(company: Services) -> None:
    from icdesk.services.standards import StandardContent
    from icdesk.services.training import TrainingDraft

    org = small_org(company, with_standard=False)
    with pytest.raises(ValidationError, match="Choose dates between 1990 and 2100") as no_day:
        company.training.create(TrainingDraft(topic="Fire drill", held_on=None, duration_minutes=30,  # type: ignore[arg-type]
                                              department_id=org["it"]))
    assert no_day.value.field == "held_on"
    with pytest.raises(ValidationError, match="Choose dates between 1990 and 2100"):
        company.actions.open("Call back within the hour", None, department_id=org["it"])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="A date is needed here, not the text or number “2026-01-01”"):
        company.actions.open("Call back within the hour", "2026-01-01", department_id=org["it"])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="is a moment, not a day"):  # was a TypeError comparing the two
        company.actions.open("Call back within the hour", datetime(2026, 12, 30, 9, 0), department_id=org["it"])
    # one text for the steps was stored letter by letter, a step each
    with pytest.raises(ValidationError, match="Write each step on a line of its own"):
        company.standards.create(org["it"], StandardContent(title="Password reset", steps="Check the ID"))  # type: ignore[arg-type]
    request = company.requests.create(RequestDraft("Printer jam", org["it"], requester_id=org["anna"])).row.id
    with pytest.raises(ValidationError, match="“flying” is not one of"):
        company.requests.transition(request, "flying")  # type: ignore[arg-type]
    assert company.training.sessions() == []
    assert company.requests.get(request).row.status.value == "new"


def test_values_of_the_wrong_kind_from_a_script_are_refused_in_words(company: Services) -> None:
    """A number, NaN or bytes where text goes, a text where a record's number goes, text where the logo's
    bytes go: each was a raw TypeError."""
    for name in (42, float("nan"), b"Kitchen"):
        with pytest.raises(ValidationError, match="must be text"):
            company.departments.create(name)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="no longer exists"):
        company.departments.get("3")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="not a PNG picture"):
        company.company.save(name="Hotel Aurora", logo_png="\x89PNG")  # type: ignore[arg-type]
    assert company.departments.list() == []

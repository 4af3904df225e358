"""Departments and people: names, uniqueness, archiving."""

from __future__ import annotations

from pathlib import Path

import pytest

from icdesk.domain.enums import PersonKind
from icdesk.domain.errors import DuplicateError, NotFoundError, RuleError, ValidationError
from icdesk.services import Services
from tests.helpers import ON_BOTH_STORES


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
@ON_BOTH_STORES
def test_department_needs_a_name(services: Services, name: str) -> None:
    with pytest.raises(ValidationError, match="cannot be empty") as err:
        services.departments.create(name)
    assert err.value.field == "name"
    assert services.departments.list() == []


@ON_BOTH_STORES
def test_department_name_has_a_length_limit(services: Services) -> None:
    with pytest.raises(ValidationError, match="too long"):
        services.departments.create("K" * 121)
    assert services.departments.create("K" * 120).name == "K" * 120


@pytest.mark.parametrize("first,second", [("IT", "it"), ("Front Office", "front  OFFICE"), ("Кухня", "КУХНЯ"),
                                          ("Ärzte", "ärzte")])
@ON_BOTH_STORES
def test_department_names_are_unique_ignoring_case(services: Services, first: str, second: str) -> None:
    services.departments.create(first)
    with pytest.raises(DuplicateError, match="already exists"):
        services.departments.create(second)
    assert [d.name for d in services.departments.list()] == [first]


@ON_BOTH_STORES
def test_renaming_onto_another_department_is_refused(services: Services) -> None:
    services.departments.create("IT")
    hr = services.departments.create("HR")
    with pytest.raises(DuplicateError):
        services.departments.update(hr.id, "it")
    assert services.departments.get(hr.id).name == "HR"
    assert services.departments.update(hr.id, "Human Resources").name == "Human Resources"


@ON_BOTH_STORES
def test_department_names_are_trimmed_and_keep_unicode(services: Services) -> None:
    row = services.departments.create("  Sähkö & Тех  ")
    assert row.name == "Sähkö & Тех"


@ON_BOTH_STORES
def test_archived_department_is_hidden_but_kept(services: Services) -> None:
    it = services.departments.create("IT")
    services.departments.archive(it.id)
    assert services.departments.list() == []
    archived = services.departments.list(include_archived=True)
    assert [(d.name, d.archived) for d in archived] == [("IT", True)]
    with pytest.raises(DuplicateError, match="archived"):
        services.departments.create("IT")
    services.departments.restore(it.id)
    assert [d.name for d in services.departments.list()] == ["IT"]


@ON_BOTH_STORES
def test_department_search_folds_case_in_any_alphabet(services: Services) -> None:
    services.departments.create("Бухгалтерия")
    services.departments.create("Housekeeping")
    assert [d.name for d in services.departments.list("БУХ")] == ["Бухгалтерия"]
    assert [d.name for d in services.departments.list("keep")] == ["Housekeeping"]
    assert services.departments.list("100%") == []


@ON_BOTH_STORES
def test_department_head_and_people_count(services: Services) -> None:
    kitchen = services.departments.create("Kitchen")
    chef = services.people.create("Matteo Ricci", department_id=kitchen.id)
    services.people.create("Pablo García", PersonKind.PART_TIME, kitchen.id)
    row = services.departments.update(kitchen.id, "Kitchen", head_id=chef.id)
    assert (row.head_name, row.people_count) == ("Matteo Ricci", 2)


@ON_BOTH_STORES
def test_person_needs_a_name_and_a_valid_email(services: Services) -> None:
    with pytest.raises(ValidationError, match="The name cannot be empty"):
        services.people.create(" ")
    for wrong in ("anna.example.com", "jukka@@aurora.example", "x@y@z.example", "anna@", "anna@localhost.",
                  "anna@.example", "an na@x.example", "anna@x..example", "anna@[x]", "<anna@x.example>"):
        with pytest.raises(ValidationError, match="does not look like an e-mail"):
            services.people.create("Anna", email=wrong)
    assert services.people.list() == []
    for right in ("anna.rossi@hotel-aurora.example", "o'brien+desk@x.example", "ольга@пример.рф", "a@b.co"):
        assert services.people.create(f"Person {right}", email=right).email == right


@ON_BOTH_STORES
def test_person_kinds_and_department(services: Services) -> None:
    it = services.departments.create("IT")
    person = services.people.create("Алексей Кузнецов", PersonKind.CONTRACTOR, it.id, "Network technician")
    assert (person.kind, person.department_name) == (PersonKind.CONTRACTOR, "IT")
    assert {k.value for k in PersonKind} == {"full_time", "part_time", "temporary", "contractor", "owner",
                                              "consultant", "board_member"}


@ON_BOTH_STORES
def test_person_in_unknown_department_is_refused(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.people.create("Anna", department_id=999)


@ON_BOTH_STORES
def test_archived_person_leaves_the_lists_but_stays(services: Services) -> None:
    anna = services.people.create("Anna")
    services.people.archive(anna.id)
    assert services.people.list() == []
    assert [p.active for p in services.people.list(include_inactive=True)] == [False]


@ON_BOTH_STORES
def test_company_name_and_vision(services: Services) -> None:
    assert services.company.get() is None
    with pytest.raises(ValidationError):
        services.company.save("")
    services.company.save("Hotel Aurora", "Via del Porto 12", "We serve each other like guests.")
    info = services.company.get()
    assert info is not None
    assert (info.name, info.service_vision) == ("Hotel Aurora", "We serve each other like guests.")


@ON_BOTH_STORES
def test_two_people_of_one_name_in_one_department_are_refused_in_two_departments_allowed(services: Services) -> None:
    """"olga ivanova" went in beside "Olga Ivanova" without a word; later every import row naming her
    was refused as "matches more than one person"."""
    sales = services.departments.create("Sales")
    kitchen = services.departments.create("Kitchen")
    olga = services.people.create("Olga Ivanova", department_id=sales.id)
    with pytest.raises(DuplicateError, match="Olga Ivanova is already in Sales"):
        services.people.create("olga  IVANOVA", department_id=sales.id)
    other = services.people.create("Olga Ivanova", department_id=kitchen.id)  # another person, elsewhere
    with pytest.raises(DuplicateError, match="already in Sales"):
        services.people.update(other.id, "Olga Ivanova", PersonKind.FULL_TIME, sales.id)  # moved onto the first
    services.people.create("Olga P. Ivanova", department_id=sales.id)  # told apart: welcome
    services.people.update(olga.id, "Olga Ivanova", PersonKind.FULL_TIME, sales.id, "Buyer")  # herself: fine
    assert sorted(p.full_name for p in services.people.list(department_id=sales.id)) == [
        "Olga Ivanova", "Olga P. Ivanova"]


def test_a_person_coming_back_beside_a_namesake_is_refused_in_words(services: Services) -> None:
    it = services.departments.create("IT").id
    first = services.people.create("Dana Kim", department_id=it).id
    services.people.archive(first)
    services.people.create("Dana Kim", department_id=it)  # a new colleague of the same name
    with pytest.raises(DuplicateError, match="Dana Kim is already in IT"):
        services.people.restore(first)
    assert [p.full_name for p in services.people.list(department_id=it)] == ["Dana Kim"]


@pytest.mark.parametrize("typed", ["\u0301", " - ", "\u2026", "\U0001f600"])
def test_a_name_without_a_letter_or_digit_is_refused(services: Services, typed: str) -> None:
    with pytest.raises(ValidationError, match="needs at least one letter or digit"):
        services.departments.create(typed)
    with pytest.raises(ValidationError, match="needs at least one letter or digit"):
        services.people.create(typed)
    assert services.departments.list() == [] and services.people.list() == []
    assert services.departments.create("7\u00aa Planta").name == "7\u00aa Planta"  # a digit is enough


def test_a_logo_that_is_no_png_picture_is_refused_and_the_handbook_still_prints(services: Services,
                                                                               tmp_path: Path) -> None:
    from icdesk.reports.registry import ReportSpec, build_report

    services.company.save("Hotel")
    for junk in (b"junk", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, b"GIF89a" + b"\x00" * 40):
        with pytest.raises(ValidationError, match="not a PNG picture"):
            services.company.save("Hotel", logo_png=junk)
    company = services.company.get()
    assert company is not None and company.logo_png is None
    assert build_report(services, ReportSpec("handbook"), tmp_path / "h.pdf").stat().st_size


def test_a_time_zone_typed_in_small_letters_is_the_zone_meant_and_a_blank_one_asks(services: Services) -> None:
    assert services.company.save("Hotel", time_zone="europe/rome").time_zone == "Europe/Rome"
    with pytest.raises(ValidationError, match="Choose the company's time zone"):
        services.company.save("Hotel", time_zone="  ")


def test_a_folder_picked_as_a_backup_and_a_pasted_server_name_are_said_in_words(services: Services,
                                                                               tmp_path: Path) -> None:
    from icdesk.services.server_connection import ServerLogin

    folder = tmp_path / "restore"
    folder.mkdir()
    with pytest.raises(ValidationError, match="restore is a folder; choose a backup file in it"):
        services.backups.read_backup(folder)
    with pytest.raises(ValidationError, match="is not a server name or address a network knows"):
        ServerLogin("The server is the grey computer in the back office " * 10, "hotel", "icdesk").checked()


def test_a_name_that_only_looks_like_another_is_refused(services: Services) -> None:
    """"ІТ" typed with a Ukrainian keyboard beside "IT": two departments nobody could tell apart, requests
    split between them. The same for two people of one department."""
    it = services.departments.create("IT")
    with pytest.raises(DuplicateError) as refused:
        services.departments.create("\u0406\u0422")  # Cyrillic І and Т
    assert "looks the same as “IT”" in str(refused.value)
    services.departments.create("Кухня")  # another alphabet, another name: welcome
    services.departments.create("Cafe")
    services.departments.create("Café")  # an accent is seen: another name
    anna = services.people.create("Anna Romano", department_id=it.id)
    with pytest.raises(DuplicateError, match="looks the same as “Anna Romano”"):
        services.people.create("\u0410nna Romano", department_id=it.id)  # a Cyrillic А
    assert [p.full_name for p in services.people.list()] == [anna.full_name]


def test_names_drawn_blank_or_in_full_width_letters_are_seen_for_what_they_look_like(services: Services) -> None:
    services.departments.create("IT")
    services.departments.create("Spa")
    for look_alike in ("\uff29\uff34", "Spa\ufe0f"):  # full-width ＩＴ; Spa with a variation selector
        with pytest.raises(DuplicateError):
            services.departments.create(look_alike)
    for blank in ("\u3164", "\u2800", "\u115f\u1160"):  # Hangul fillers, the blank Braille cell
        with pytest.raises(ValidationError):
            services.departments.create(blank)
    assert sorted(d.name for d in services.departments.list()) == ["IT", "Spa"]


def test_names_with_an_accent_first_sort_among_their_letter(services: Services) -> None:
    """"Íñigo" came after "Ramón" and "Área de eventos" after "Sala": SQL compared bytes."""
    for name in ("Sala", "Área de eventos", "Cocina"):
        services.departments.create(name)
    assert [d.name for d in services.departments.list()] == ["Área de eventos", "Cocina", "Sala"]
    for name in ("Ramón Núñez", "Íñigo Martínez", "Ángela Ruiz", "Óscar Gil", "Beatriz Sanz"):
        services.people.create(name)
    assert [p.full_name for p in services.people.list()] == [
        "Ángela Ruiz", "Beatriz Sanz", "Íñigo Martínez", "Óscar Gil", "Ramón Núñez"]


@ON_BOTH_STORES
def test_a_person_is_not_brought_back_into_an_archived_department(services: Services) -> None:
    bar = services.departments.create("Bar")
    kitchen = services.departments.create("Kitchen")
    ana = services.people.create("Ana Pérez", department_id=bar.id)
    services.people.archive(ana.id)
    services.departments.archive(bar.id)

    with pytest.raises(RuleError, match="Bar, which is archived: restore Bar first"):
        services.people.restore(ana.id)
    assert [p.full_name for p in services.people.list()] == []

    services.people.update(ana.id, "Ana Pérez", PersonKind.FULL_TIME, kitchen.id)  # the way out the message gives
    services.people.restore(ana.id)
    assert [(p.full_name, p.department_name) for p in services.people.list()] == [("Ana Pérez", "Kitchen")]


@ON_BOTH_STORES
def test_someone_who_has_left_cannot_be_named_head_but_a_head_who_left_does_not_block_an_edit(
        services: Services) -> None:
    ana = services.people.create("Ana Pérez")
    leo = services.people.create("Leo Rossi")
    services.people.archive(ana.id)

    with pytest.raises(RuleError, match="Ana Pérez has left the company and cannot be named head") as refused:
        services.departments.create("Bar", head_id=ana.id)
    assert refused.value.field == "head"
    assert services.departments.list() == []

    bar = services.departments.create("Bar", head_id=leo.id)
    with pytest.raises(RuleError, match="cannot be named head"):
        services.departments.update(bar.id, "Bar", head_id=ana.id)
    services.people.archive(leo.id)
    edited = services.departments.update(bar.id, "Bar", "Drinks and coffee", head_id=leo.id)
    assert (edited.description, edited.head_id) == ("Drinks and coffee", leo.id)


@ON_BOTH_STORES
def test_nothing_new_is_recorded_for_an_archived_department_or_by_someone_who_has_left(services: Services) -> None:
    """Only training refused them: agreements, drafts of a standard, actions, recognition, ideas and
    feedback took an archived department or a person who had left as if still at work."""
    from datetime import timedelta

    from icdesk.services.feedback import FeedbackDraft
    from icdesk.services.ideas import IdeaDraft
    from icdesk.services.standards import StandardContent

    bar, kitchen, hall = (services.departments.create(name) for name in ("Bar", "Kitchen", "Hall"))
    ana = services.people.create("Ana Pérez", department_id=kitchen.id)
    leo = services.people.create("Leo Rossi", department_id=hall.id)
    standard = services.standards.create(bar.id, StandardContent(title="Cocktail in 5 minutes"))
    kept = services.agreements.create(bar.id, hall.id, "Drinks within 5 minutes", "")
    services.agreements.archive(kept.id)
    services.departments.archive(bar.id)
    services.people.archive(leo.id)
    due = services.ctx.today() + timedelta(days=7)

    refusals = {
        "agreement": lambda: services.agreements.create(bar.id, kitchen.id, "Ice on time", ""),
        "agreement back": lambda: services.agreements.restore(kept.id),
        "new draft": lambda: services.standards.new_version(standard.standard_id),
        "action": lambda: services.actions.open("Train the new barman", due, department_id=bar.id),
        "action owner": lambda: services.actions.open("Check the fridge", due, leo.id, department_id=kitchen.id),
        "recognition": lambda: services.recognition.recognise(message="Great cocktails", to_department_id=bar.id),
        "recognition to": lambda: services.recognition.recognise(message="Thanks", to_person_id=leo.id),
        "idea": lambda: services.ideas.propose(IdeaDraft("Shared ice machine", department_ids=[bar.id, kitchen.id])),
        "idea by": lambda: services.ideas.propose(IdeaDraft("Shared menu", department_ids=[hall.id, kitchen.id],
                                                            author_id=leo.id)),
        "feedback": lambda: services.feedback.give(FeedbackDraft(rating=2, department_id=bar.id)),
        "feedback by": lambda: services.feedback.give(FeedbackDraft(rating=2, department_id=kitchen.id,
                                                                    author_id=leo.id)),
        "feedback from": lambda: services.feedback.give(FeedbackDraft(rating=2, department_id=kitchen.id,
                                                                      author_department_id=bar.id)),
    }
    for what, attempt in refusals.items():
        with pytest.raises(RuleError, match="Bar is archived: nothing new|Leo Rossi has left the company"):
            attempt()
            pytest.fail(f"{what} was accepted")
    assert services.actions.list() == [] and services.ideas.list() == [] and services.feedback.list() == []
    assert services.recognition.list() == [] and services.agreements.list() == []

    services.actions.open("Check the fridge", due, ana.id, department_id=kitchen.id)  # at work: still taken
    assert [a.owner_name for a in services.actions.list()] == ["Ana Pérez"]


@ON_BOTH_STORES
def test_a_joiner_that_a_script_needs_is_kept_one_that_only_hides_a_copy_is_not(services: Services) -> None:
    """Persian "کارمندان می‌خواهند" lost its non-joiner (misspelt); "Cook 👩‍🍳" became two emoji."""
    persian, cook = "کارمندان می\u200cخواهند", "Cook \U0001f469\u200d\U0001f373"
    assert services.departments.create(persian).name == persian
    assert services.people.create(cook).full_name == cook
    assert services.departments.create("Sp\u200da").name == "Spa"  # between Latin letters it shows nothing
    kitchen = services.departments.create("Кухня")
    with pytest.raises(DuplicateError, match="looks the same"):
        services.departments.create("Кух\u200dня")  # the same to the eye: not a second department
    assert kitchen.name == "Кухня"

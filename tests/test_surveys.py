"""Survey rounds: forms, the entry grid, fillable PDFs read back, results, anonymity in the raw file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from icdesk.domain.enums import SurveyDimension, SurveyStatus
from icdesk.domain.errors import DuplicateError, NotFoundError, RuleError, ValidationError
from icdesk.i18n import Formatter
from icdesk.reports.survey_form import write_fillable_forms, write_paper_forms
from icdesk.services import Services
from icdesk.services.survey_forms import TOKEN_FIELD
from icdesk.services.surveys import FormContent, RoundDraft, SectionAnswer
from tests.helpers import active_standard
from tests.pdf_text import text

PERIOD = (date(2026, 1, 1), date(2026, 2, 28))


@pytest.fixture
def org(services: Services) -> dict[str, int]:
    services.company.save("Hotel", time_zone="UTC")
    it = services.departments.create("IT").id
    hr = services.departments.create("HR").id
    out = {"it": it, "hr": hr}
    for name, dept in (("Laura", it), ("Alexei", it), ("Francesca", hr), ("Tiina", hr)):
        out[name] = services.people.create(name, department_id=dept).id
    active_standard(services, it, "New hire workstation")
    return out


def start(services: Services, org: dict[str, int], anonymous: bool) -> int:
    return services.surveys.start(RoundDraft(
        "Winter round", *PERIOD, anonymous, [(org["it"], org["hr"]), (org["hr"], org["it"])],
        services.surveys.default_questions())).id


def scores(form: FormContent, value: int) -> dict[int, int]:
    return {q.id: value for q in form.questions}


def answer(services: Services, form: FormContent, own: int, other: int, comment: str = "") -> int:
    sections = []
    for sec in form.sections:
        value = own if sec.self_view else other
        sections.append(SectionAnswer(sec.provider_id, sec.self_view, True, scores(form, value), "", comment))
    return services.surveys.submit(form.token, sections)


def form_of(services: Services, round_id: int, name: str) -> FormContent:
    return next(f for f in services.surveys.forms(round_id) if f.respondent_name == name)


def test_named_round_results_self_view_gap_and_response_rate(services: Services, org: dict[str, int]) -> None:
    round_id = start(services, org, anonymous=False)
    forms = services.surveys.forms(round_id)
    assert sorted(f.respondent_name for f in forms) == ["Alexei", "Francesca", "Laura", "Tiina"]
    francesca = form_of(services, round_id, "Francesca")
    # her own department first (the self-view), then the department serving hers
    assert [(s.provider_name, s.self_view) for s in francesca.sections] == [("HR", True), ("IT", False)]
    assert answer(services, francesca, own=5, other=3, comment="Computers late for new hires") == 2
    answer(services, form_of(services, round_id, "Laura"), own=4, other=2)
    answer(services, form_of(services, round_id, "Alexei"), own=5, other=2)
    results = services.surveys.results(round_id)
    it = next(p for p in results.providers if p.provider_name == "IT")
    hr = next(p for p in results.providers if p.provider_name == "HR")
    assert (it.score, it.self_score, it.gap) == (3.0, 4.5, 1.5)  # IT thinks better of itself
    assert (hr.score, hr.self_score) == (2.0, 5.0)
    assert it.comments == ("Computers late for new hires",)
    reliability = next(d for d in it.dimensions if d.dimension is SurveyDimension.RELIABILITY)
    assert (reliability.customers, reliability.self_view, reliability.gap) == (3.0, 4.5, 1.5)
    assert dict((name, (invited, returned)) for _d, name, invited, returned in results.response) == {
        "HR": (2, 1), "IT": (2, 2)}
    assert services.surveys.get(round_id).response_rate == 0.75
    # the pair matrix shows the survey score of each direction
    network = services.network.network(*PERIOD)
    assert network.between(org["it"], org["hr"]).survey_score == 3.0  # type: ignore[union-attr]
    assert network.between(org["hr"], org["it"]).survey_score == 2.0  # type: ignore[union-attr]


def test_nobody_can_change_an_answer(services: Services, org: dict[str, int]) -> None:
    round_id = start(services, org, anonymous=False)
    francesca = form_of(services, round_id, "Francesca")
    answer(services, francesca, 5, 3)
    with pytest.raises(DuplicateError):
        answer(services, francesca, 1, 1)
    with pytest.raises(RuleError):
        services.surveys.set_questions(round_id, [(SurveyDimension.RELIABILITY, "Reworded")])
    conn = sqlite3.connect(services.db.path)
    try:
        for statement in ("UPDATE survey_scores SET score = 1", "DELETE FROM survey_answers",
                          "UPDATE survey_answers SET comment = 'changed'"):
            with pytest.raises(sqlite3.DatabaseError, match="cannot be changed"):
                conn.execute(statement)
    finally:
        conn.close()
    services.surveys.close(round_id)
    assert services.surveys.get(round_id).status is SurveyStatus.CLOSED
    with pytest.raises(RuleError):
        answer(services, form_of(services, round_id, "Tiina"), 4, 4)


def test_questions_can_be_reworded_before_the_first_answer(services: Services, org: dict[str, int]) -> None:
    round_id = start(services, org, anonymous=True)
    services.surveys.set_questions(round_id, [(SurveyDimension.EMPATHY, "  They listen to us.  "),
                                              (SurveyDimension.TANGIBLES, "")])
    assert [(q.dimension, q.text) for q in services.surveys.questions(round_id)] == [
        (SurveyDimension.EMPATHY, "They listen to us.")]
    with pytest.raises(ValidationError):
        services.surveys.set_questions(round_id, [(SurveyDimension.EMPATHY, "   ")])


def test_bad_entries_are_refused_with_a_sentence_and_nothing_is_written(services: Services,
                                                                       org: dict[str, int]) -> None:
    round_id = start(services, org, anonymous=False)
    form = form_of(services, round_id, "Francesca")
    it = form.sections[1]
    bad = [
        [SectionAnswer(it.provider_id, False, True, {form.questions[0].id: 6})],  # out of the scale
        [SectionAnswer(it.provider_id, False, True, {form.questions[0].id: 3}, breakdown="9.9")],  # no such step
        [SectionAnswer(it.provider_id, False, False)],  # nothing answered
        [SectionAnswer(org["it"] + 100, False, True, {form.questions[0].id: 3})],  # not on this form
    ]
    for sections in bad:
        with pytest.raises(ValidationError):
            services.surveys.submit(form.token, sections)
    assert services.surveys.get(round_id).answers == 0 and services.surveys.get(round_id).returned == 0
    step = it.steps[1]
    services.surveys.submit(form.token.lower().replace("-", ""), [
        SectionAnswer(it.provider_id, False, True, {form.questions[0].id: 2}, breakdown=step.code)])
    [result] = [p for p in services.surveys.results(round_id).providers if p.provider_id == org["it"]]
    assert result.breakdown_steps == ((f"{step.standard_title} \u2013 {step.text}", 1),)
    # the step named feeds the breakdown analysis of the period, with its number and words
    [item] = [i for i in services.network.breakdowns(*PERIOD).items if i.step_number]
    assert (item.provider_id, item.standard_title, item.step_number, item.step_text, item.count) == (
        org["it"], step.standard_title, 2, step.text, 1)


def fill(form_pdf: Path, out: Path, values: dict[str, str]) -> Path:
    """Fill a fillable form the way a PDF viewer saves it."""
    writer = PdfWriter()
    writer.append(PdfReader(form_pdf))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    writer.write(out)
    return out


def test_fillable_forms_filled_programmatically_are_imported_once(services: Services, org: dict[str, int],
                                                                  tmp_path: Path) -> None:
    services.people.create("Sara", department_id=org["hr"])  # three people in HR: three forms expected
    round_id = start(services, org, anonymous=True)
    forms_dir, returned = tmp_path / "forms", tmp_path / "returned"
    forms_dir.mkdir()
    returned.mkdir()
    written = write_fillable_forms(services, round_id, forms_dir, Formatter("ru"))
    assert len(written) == 2  # one anonymous form per department
    hr_pdf = next(p for p in written if "-HR-" in p.name)
    fields = PdfReader(hr_pdf).get_fields()
    assert fields is not None and TOKEN_FIELD in fields
    hr_form = services.surveys.form(str(fields[TOKEN_FIELD]["/V"]))
    it = next(s for s in hr_form.sections if not s.self_view)
    q1, q2 = hr_form.questions[0].id, hr_form.questions[1].id
    answers = {
        "francesca-rossi.pdf": {f"p{it.provider_id}_served": "/Yes", f"p{it.provider_id}_q{q1}": "/2",
                                f"p{it.provider_id}_q{q2}": "/3", f"p{it.provider_id}_comment": "Компьютер опоздал",
                                f"p{it.provider_id}_step": it.steps[0].code, f"own_q{q1}": "/5"},
        "tiina.pdf": {f"p{it.provider_id}_q{q1}": "/4"},  # rated without the tick: it served her
    }
    for name, values in answers.items():
        fill(hr_pdf, returned / name, values)
    shutil.copy(returned / "tiina.pdf", returned / "tiina-again.pdf")  # sent twice
    (returned / "scan.pdf").write_bytes(b"%PDF-1.4 not really")
    shutil.copy(hr_pdf, returned / "blank.pdf")  # returned empty
    report = services.survey_import.import_folder(round_id, returned)
    outcome = {f.name: f for f in report.files}
    assert outcome["francesca-rossi.pdf"].answers == 2
    # the same file twice: the first one read counts, the other is recognised
    assert sorted((f.answers, f.duplicate) for f in (outcome["tiina.pdf"], outcome["tiina-again.pdf"])) == [
        (0, True), (1, False)]
    assert isinstance(outcome["scan.pdf"].error, ValidationError)
    assert isinstance(outcome["blank.pdf"].error, ValidationError)
    assert (report.imported, report.duplicates, report.refused, report.answers) == (2, 1, 2, 3)
    again = services.survey_import.import_folder(round_id, returned)
    assert again.imported == 0 and again.duplicates == 3  # importing the folder twice changes nothing
    round_row = services.surveys.get(round_id)
    assert (round_row.returned, round_row.answers) == (2, 3)

    results = services.surveys.results(round_id)
    it_result = next(p for p in results.providers if p.provider_id == org["it"])
    assert (it_result.answers, it_result.held_back, it_result.score) == (0, 2, None)  # 2 < 5: not shown
    services.network.set_anonymity_threshold(3)
    fill(hr_pdf, returned / "third.pdf", {f"p{it.provider_id}_q{q1}": "/3"})
    services.survey_import.import_files(round_id, [returned / "third.pdf"])
    it_result = next(p for p in services.surveys.results(round_id).providers if p.provider_id == org["it"])
    # three people: (2 + 3) / 2, 4 and 3 -> each person's mean, then their mean
    assert (it_result.answers, it_result.score) == (3, pytest.approx((2.5 + 4 + 3) / 3))
    assert it_result.comments == ("Компьютер опоздал",)


def test_two_colleagues_answering_alike_are_told_how_to_count_the_second(services: Services, org: dict[str, int],
                                                                          tmp_path: Path) -> None:
    """Copies of one anonymous form carry nothing that tells them apart (that would tell whose answer is
    whose), so the same answers come back as the same file: the second is not counted by itself, and
    the manager is told how to count it."""
    round_id = start(services, org, anonymous=True)
    forms_dir, returned = tmp_path / "forms", tmp_path / "returned"
    forms_dir.mkdir()
    returned.mkdir()
    hr_pdf = next(p for p in write_fillable_forms(services, round_id, forms_dir, Formatter("en")) if "-HR-" in p.name)
    hr_form = next(f for f in services.surveys.forms(round_id) if f.department_id == org["hr"])
    it = next(s for s in hr_form.sections if not s.self_view)
    for name in ("anna.pdf", "bruno.pdf"):
        fill(hr_pdf, returned / name, {f"p{it.provider_id}_q{hr_form.questions[0].id}": "/5"})
    report = services.survey_import.import_folder(round_id, returned)
    [second] = [f for f in report.files if f.error is not None]
    assert second.duplicate and "type it in on “Type in paper forms”" in second.error.template
    assert services.surveys.get(round_id).returned == 1
    sections = [SectionAnswer(it.provider_id, False, True, {hr_form.questions[0].id: 5}, "", "")]
    assert services.surveys.submit(hr_form.token, sections) == 1  # typed in: counted
    assert services.surveys.get(round_id).returned == 2


def test_writing_the_forms_again_never_writes_over_one_filled_in(services: Services, org: dict[str, int],
                                                                  tmp_path: Path) -> None:
    """Forms came back and were saved over themselves in the forms' folder; writing the forms again put
    blank ones in their place, and the answers were gone."""
    round_id = start(services, org, anonymous=False)
    folder = tmp_path / "forms"
    folder.mkdir()
    written = write_fillable_forms(services, round_id, folder, Formatter("en"))
    assert write_fillable_forms(services, round_id, folder, Formatter("en")) == written  # blank ones: written again
    francesca = form_of(services, round_id, "Francesca")
    [path] = [p for p in written if p.stem.endswith(francesca.token)]
    it = next(s for s in francesca.sections if not s.self_view)
    fill(path, tmp_path / "filled.pdf", {f"p{it.provider_id}_q{francesca.questions[0].id}": "/4"})
    shutil.move(tmp_path / "filled.pdf", path)
    filled = path.read_bytes()
    with pytest.raises(ValidationError, match="holds answers already") as caught:
        write_fillable_forms(services, round_id, folder, Formatter("en"))
    assert caught.value.params["name"] == path.name
    assert path.read_bytes() == filled
    other = tmp_path / "new-forms"
    other.mkdir()
    assert len(write_fillable_forms(services, round_id, other, Formatter("en"))) == len(written)


def test_anonymous_answers_keep_no_identity_in_the_raw_file(services: Services, org: dict[str, int],
                                                           tmp_path: Path) -> None:
    round_id = start(services, org, anonymous=True)
    folder = tmp_path / "forms"
    folder.mkdir()
    [hr_pdf] = [p for p in write_fillable_forms(services, round_id, folder, Formatter("en")) if "-HR-" in p.name]
    hr_form = next(f for f in services.surveys.forms(round_id) if f.department_id == org["hr"])
    it = next(s for s in hr_form.sections if not s.self_view)
    returned = tmp_path / "returned"
    returned.mkdir()
    fill(hr_pdf, returned / "Francesca-Bianchi-reply.pdf",
         {f"p{it.provider_id}_q{hr_form.questions[0].id}": "/1", f"p{it.provider_id}_comment": "late again"})
    assert services.survey_import.import_folder(round_id, returned).imported == 1
    path = services.db.path
    services.db.close()  # everything written back into the one file
    conn = sqlite3.connect(path)
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(survey_answers)")]
        [row] = conn.execute("SELECT * FROM survey_answers").fetchall()
        stored = dict(zip(columns, row, strict=True))
        assert stored["respondent_id"] is None and stored["anonymous"] == 1
        assert stored["respondent_department_id"] == org["hr"]
        assert isinstance(stored["received_on"], str) and len(stored["received_on"]) == 10  # a day, not a time
        assert hr_form.token not in [str(v) for v in stored.values()]
    finally:
        conn.close()
    raw = path.read_bytes()
    assert b"Francesca-Bianchi" not in raw and b"reply.pdf" not in raw
    assert b"late again" in raw  # the answer itself is there


def test_paper_forms_print_each_anonymous_form_once_per_person(services: Services, org: dict[str, int],
                                                               tmp_path: Path) -> None:
    services.departments.update(org["hr"], "Отдел кадров")
    round_id = start(services, org, anonymous=True)
    pdf = write_paper_forms(services, round_id, tmp_path / "paper.pdf", Formatter("en"))
    body = text(pdf)
    assert body.count("Winter round") == 4  # two people in each department, one copy each
    assert "Отдел кадров" in body and "Copy 2 of 2" in body and "Form code" in body
    assert "New hire workstation" in body  # the steps listed to choose from
    assert not PdfReader(pdf).get_fields()  # paper: nothing to fill on screen


def test_a_round_needs_pairs_questions_and_live_departments(services: Services, org: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        services.surveys.start(RoundDraft("R", *PERIOD, True, [], services.surveys.default_questions()))
    with pytest.raises(ValidationError):
        services.surveys.start(RoundDraft("R", PERIOD[1], PERIOD[0], True, [(org["it"], org["hr"])],
                                          services.surveys.default_questions()))
    with pytest.raises(ValidationError):
        services.surveys.start(RoundDraft("R", *PERIOD, True, [(org["it"], org["it"])],
                                          services.surveys.default_questions()))
    services.departments.archive(org["hr"])
    with pytest.raises(RuleError):
        start(services, org, anonymous=True)
    assert services.surveys.rounds() == []
    with pytest.raises(NotFoundError):
        services.surveys.start(RoundDraft("R", *PERIOD, True, [(org["it"], 999)], services.surveys.default_questions()))


@pytest.mark.parametrize("gap,red", [(0.46, True), (0.5, True), (0.44, False), (-0.8, False), (None, False)])
def test_a_gap_shown_as_half_a_point_is_one_to_talk_about(gap: float | None, red: bool) -> None:
    """Front Office's gap read "+0.5" in black beside a legend saying half a point or more is red: 0.46 was
    compared, 0.5 shown."""
    from icdesk.domain.rules import gap_to_talk_about

    assert gap_to_talk_about(gap) is red


def test_a_new_round_is_checked_for_ratings_that_would_stay_hidden_and_for_rounds_over_the_same_days(
        services: Services, org: dict[str, int]) -> None:
    both_ways = [(org["it"], org["hr"]), (org["hr"], org["it"])]
    check = services.surveys.check_round(*PERIOD, True, both_ways)
    # two people in each department, five needed before anonymous ratings are shown: both stay hidden
    assert check.threshold == 5 and check.held_back == (("HR", 2), ("IT", 2))
    assert services.surveys.check_round(*PERIOD, False, both_ways).held_back == ()  # named answers show
    for n in range(3):
        services.people.create(f"HR {n}", department_id=org["hr"])
    assert services.surveys.check_round(*PERIOD, True, both_ways).held_back == (("HR", 2),)
    assert services.surveys.check_round(*PERIOD, True, []).overlapping == ()
    start(services, org, anonymous=True)
    later = services.surveys.check_round(date(2026, 2, 1), date(2026, 3, 31), True, [(org["it"], org["hr"])])
    assert later.overlapping == (("Winter round", *PERIOD),)
    # another period, or other pairs: nothing in common
    assert services.surveys.check_round(date(2026, 3, 1), date(2026, 3, 31), True, both_ways).overlapping == ()
    sales = services.departments.create("Sales").id
    assert services.surveys.check_round(*PERIOD, True, [(org["it"], sales)]).overlapping == ()


def test_a_superscript_two_is_not_a_score_anywhere_and_stops_nothing(services: Services,
                                                                     org: dict[str, int]) -> None:
    """"²" is a digit to Python's isdigit() but no number to int(): a form field or a search holding
    it stopped the whole reading with a ValueError."""
    from icdesk.services.request_queries import search_values
    from icdesk.services.survey_forms import answers_from_fields, score_field

    round_id = start(services, org, anonymous=False)
    form = form_of(services, round_id, "Francesca")
    field = score_field(form.sections[1], form.questions[0].id)
    with pytest.raises(ValidationError, match="whole number from 1 to 5"):
        answers_from_fields(form, {field: "\u00b2"})
    assert search_values("#\u00b2") != {"search_id": 2}  # looked for as text, not read as request 2


@pytest.mark.parametrize("lang", ["es", "fi", "it", "ru"])
def test_the_form_code_stands_clear_of_its_label_in_every_language(services: Services, org: dict[str, int],
                                                                    tmp_path: Path, lang: str) -> None:
    """At a fixed 24 mm the code ran over "Código del formulario" (34 mm): staff typed it back wrong."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from icdesk.reports.fonts import REGULAR

    round_id = start(services, org, anonymous=True)
    formatter = Formatter(lang)
    label = formatter.translate("SurveyFormReport", "Form code")
    pdf = write_paper_forms(services, round_id, tmp_path / "paper.pdf", formatter)
    token = services.surveys.forms(round_id)[0].token
    found: dict[str, float] = {}

    def seen(text: str, _cm: object, tm: list[float], *_rest: object) -> None:
        for key in (label, token):
            if text.strip() == key and key not in found:
                found[key] = tm[4]

    PdfReader(pdf).pages[0].extract_text(visitor_text=seen)
    assert set(found) == {label, token}, found
    assert found[token] >= found[label] + stringWidth(label, REGULAR, 9)  # the code starts after the label


def test_fillable_forms_are_named_in_their_language(services: Services, org: dict[str, int], tmp_path: Path) -> None:
    round_id = start(services, org, anonymous=True)
    written = write_fillable_forms(services, round_id, tmp_path, Formatter("it"))
    assert written and all("-anonimo-" in path.name and "anonymous" not in path.name for path in written)


def test_the_network_report_explains_brackets_only_where_some_stand(services: Services, org: dict[str, int],
                                                                     tmp_path: Path) -> None:
    from icdesk.reports.registry import ReportSpec, build_report

    round_id = start(services, org, anonymous=False)  # named answers: nothing held back
    answer(services, form_of(services, round_id, "Francesca"), 4, 3)
    body = " ".join(text(build_report(services, ReportSpec("network", start=PERIOD[0], end=PERIOD[1]),
                                      tmp_path / "n.pdf")).split())
    assert "A positive gap: the department thinks better of its service" in body
    assert "in brackets" not in body


def test_every_form_gets_a_file_of_its_own_however_long_the_names(services: Services, tmp_path: Path) -> None:
    """A long title and a department of 101 letters cut every name at 150 characters before the form's code:
    "8 fillable forms written", 6 files there, the forms of Romano and Rocca written over by Rossi's."""
    services.company.save("Hotel", time_zone="UTC")
    wing = services.departments.create("Conference Wing " + "and Banqueting Services " * 3 + "of the Main Building").id
    desk = services.departments.create("Front Desk").id
    for name in ("Anna Maria Rossi", "Anna Maria Romano", "Anna Maria Rocca"):
        services.people.create(name, department_id=wing)
    services.people.create("Leo Bianchi", department_id=desk)
    round_id = services.surveys.start(RoundDraft(
        "Internal service survey of the whole hotel, spring 2027, all departments", *PERIOD, False,
        [(desk, wing), (wing, desk)], services.surveys.default_questions())).id
    forms = services.surveys.forms(round_id)

    written = write_fillable_forms(services, round_id, tmp_path, Formatter("en"))

    assert len(written) == len(forms) == len(set(written)) == len(list(tmp_path.glob("*.pdf")))
    for form in forms:
        [path] = [p for p in written if p.stem.endswith(form.token)]
        assert len(path.name) <= 160 and form.token in text(path)


def test_the_fingerprints_of_anonymous_forms_keep_no_trace_of_the_order_the_files_were_read(
        services: Services, org: dict[str, int], tmp_path: Path) -> None:
    """Each fingerprint can be made again from an answer and the department's shared code; written in the
    order of the files (by name), its place among them said whose file the answer was."""
    import sqlite3

    from icdesk.services.survey_forms import answers_from_fields, read_fields
    from icdesk.services.surveys import return_digest

    for n in range(5):  # seven people in HR: seven of its anonymous forms can come back
        services.people.create(f"Colleague {n}", department_id=org["hr"])
    round_id = start(services, org, anonymous=True)
    forms_dir, returned = tmp_path / "forms", tmp_path / "returned"
    forms_dir.mkdir()
    returned.mkdir()
    hr_pdf = next(p for p in write_fillable_forms(services, round_id, forms_dir, Formatter("en")) if "-HR-" in p.name)
    hr_form = services.surveys.form(str(PdfReader(hr_pdf).get_fields()[TOKEN_FIELD]["/V"]))  # type: ignore[index]
    it = next(s for s in hr_form.sections if not s.self_view)
    q1 = hr_form.questions[0].id
    files = [f"{chr(ord('a') + n)}-colleague.pdf" for n in range(7)]
    for n, name in enumerate(files):  # each with words of their own: seven fingerprints
        fill(hr_pdf, returned / name, {f"p{it.provider_id}_q{q1}": "/4", f"p{it.provider_id}_comment": f"note {n}"})
    services.survey_import.import_folder(round_id, returned)
    # the fingerprint of each file, made again as anyone holding the files could
    read_in_order = [return_digest(hr_form.token, answers_from_fields(hr_form, read_fields(returned / name)))
                     for name in sorted(files)]
    conn = sqlite3.connect(services.db.path)  # type: ignore[arg-type]
    try:
        stored = [d for (d,) in conn.execute("SELECT digest FROM survey_receipts ORDER BY rowid")]
    finally:
        conn.close()
    assert sorted(stored) == sorted(read_in_order)  # every file recognised if it comes again
    assert stored != read_in_order  # the chance of the files' own order by accident: 1 in 5,040


def test_what_no_form_would_send_is_refused_in_words(services: Services, org: dict[str, int], tmp_path: Path) -> None:
    """A number for the code, None for the answers or the step, "no" for the tick: raw Python errors, or "no"
    taken as ticked; a 100,000-letter step printed whole; a file of gigabytes read into memory."""
    round_id = start(services, org, anonymous=False)
    form = form_of(services, round_id, "Laura")
    other = next(s for s in form.sections if not s.self_view)
    for token, sections in ((12345678, []), (form.token, None),
                            (form.token, [SectionAnswer(other.provider_id, False, "no", {})]),  # type: ignore[arg-type]
                            (form.token, [SectionAnswer(other.provider_id, breakdown=None)])):  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="not as a form gives them"):
            services.surveys.submit(token, sections)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        services.surveys.submit(form.token, [SectionAnswer(other.provider_id, breakdown="x" * 100_000)])
    assert len(str(refused.value)) < 200
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as out:
        out.truncate(3 * 1024**3)  # sparse: nothing written to the disk
    report = services.survey_import.import_files(round_id, [huge])
    assert "too large to be a returned survey form (3072 MB" in str(report.files[0].error)
    assert services.surveys.get(round_id).returned == 0

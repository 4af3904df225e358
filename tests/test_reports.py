"""The printed documents: content, languages, markup-safety, long content, page sizes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from icdesk.db.store import open_data_file
from icdesk.domain.enums import RequestStatus
from icdesk.domain.errors import NotFoundError, ValidationError
from icdesk.reports.registry import ReportSpec, build_report
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from icdesk.services.feedback import FeedbackDraft
from icdesk.services.requests import RequestDraft
from icdesk.services.standards import StandardContent
from tests.conftest import FakeClock
from tests.helpers import put_in_force
from tests.pdf_text import layout_pages, pages, text, toc_entries

TODAY = date.today()
YEAR_AGO = TODAY - timedelta(days=365)


@pytest.fixture(scope="module")
def hotel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = Services(open_data_file(tmp_path_factory.mktemp("hotel") / "hotel.sqlite"))
    services.demo.fill(DemoOptions())
    yield services
    services.close()


def build(services: Services, tmp_path: Path, **spec: object) -> Path:
    return build_report(services, ReportSpec(**spec), tmp_path / f"{spec['kind']}.pdf")  # type: ignore[arg-type]


def test_handbook_has_cover_contents_and_every_standard(hotel: Services, tmp_path: Path) -> None:
    pdf = build(hotel, tmp_path, kind="handbook")
    all_pages = pages(pdf)
    assert "Hotel Aurora" in all_pages[0] and "SOP handbook" in all_pages[0]
    assert "Page" not in all_pages[0]  # no footer on the cover
    assert "Contents" in all_pages[1]
    body = text(pdf)
    for version in hotel.standards.active_versions():
        assert version.title in body
    assert "Our service vision" in body and "Acknowledgement: IT" in body
    assert f"Page 2 of {len(all_pages)}" in all_pages[1]
    assert 20 <= len(all_pages) <= 60


def test_handbook_contents_page_numbers_match_the_chapters(hotel: Services, tmp_path: Path) -> None:
    pdf = build(hotel, tmp_path, kind="handbook")
    laid_out = layout_pages(pdf)
    plain = pages(pdf)
    contents = [page for page in laid_out[1:5] if toc_entries(page)]  # the contents run over pages
    entries = dict(entry for page in contents for entry in toc_entries(page))
    departments = [d.name for d in hotel.departments.list()]
    assert set(departments) <= set(entries)
    for name in departments:
        chapter_page = plain[entries[name] - 1].splitlines()
        assert chapter_page[2] == name, f"{name} is not at the top of page {entries[name]}"
    for version in hotel.standards.active_versions():
        assert version.title in plain[entries[version.title] - 1]


def test_handbook_for_chosen_departments_only(hotel: Services, tmp_path: Path) -> None:
    kitchen = hotel.departments.find_by_name("Kitchen")
    pdf = build(hotel, tmp_path, kind="handbook", department_ids=(kitchen.id,), sign_sheets=False)
    body = text(pdf)
    assert "Special diets and allergies" in body and "PMS access problems" not in body
    assert "Acknowledgement" not in body


@pytest.mark.parametrize("size,width", [("a4", 595), ("letter", 612)])
def test_page_sizes(hotel: Services, tmp_path: Path, size: str, width: int) -> None:
    pdf = build(hotel, tmp_path, kind="summary", page_size=size, start=YEAR_AGO, end=TODAY)
    assert round(float(PdfReader(pdf).pages[0].mediabox.width)) == width


def test_summary_has_the_figures(hotel: Services, tmp_path: Path) -> None:
    pdf = build(hotel, tmp_path, kind="summary", start=YEAR_AGO, end=TODAY)
    body = text(pdf)
    figures = hotel.reporting.summary(YEAR_AGO, TODAY)
    assert figures.totals.received == 300
    body = " ".join(body.split())  # captions wrap in their tiles
    for heading in ("Service summary", "Per department", "Requests per department", "Monthly trend",
                    "Where service broke down", "Closing the loop", "requests received",
                    "median resolution, working time"):
        assert heading in body
    for department in figures.departments:
        assert department.name in body
    assert "300" in body and "Timeliness" in body
    assert str(figures.actions_opened) in body


def test_summary_for_an_empty_period_says_so(hotel: Services, tmp_path: Path) -> None:
    pdf = build(hotel, tmp_path, kind="summary", start=date(2001, 1, 1), end=date(2001, 1, 31))
    assert "No requests in this period." in text(pdf)


def test_scorecard(hotel: Services, tmp_path: Path) -> None:
    it = hotel.departments.find_by_name("IT")
    body = text(build(hotel, tmp_path, kind="scorecard", department_id=it.id, start=YEAR_AGO, end=TODAY))
    for heading in ("IT", "As provider", "As customer", "Service standards in force", "Service agreements",
                    "Open corrective actions", "PMS access problems", "serves HR"):
        assert heading in body


def test_agreement_sheet_has_both_sides_and_signatures(hotel: Services, tmp_path: Path) -> None:
    it, hr = hotel.departments.find_by_name("IT"), hotel.departments.find_by_name("HR")
    agreement = hotel.agreements.find(it.id, hr.id)
    assert agreement is not None
    body = text(build(hotel, tmp_path, kind="agreement", agreement_id=agreement.id))
    assert "What HR needs from IT" in body and "What IT needs from HR in return" in body
    assert agreement.customer_needs in body.replace("\n", " ")
    assert "For IT" in body and "For HR" in body and body.count("Signature") >= 2
    assert "Laura Colombo" in body and "Francesca Gallo" in body


def test_request_printout(hotel: Services, tmp_path: Path) -> None:
    rated = hotel.feedback.list()[0]
    assert rated.request_id is not None
    detail = hotel.requests.get(rated.request_id)
    body = text(build(hotel, tmp_path, kind="request", request_id=rated.request_id))
    assert f"#{detail.row.id} {detail.row.title}" in body
    assert "History" in body and "Logged" in body and "Feedback" in body and f"{rated.rating} / 5" in body


def test_unknown_request_is_a_plain_error_and_keeps_the_old_file(hotel: Services, tmp_path: Path) -> None:
    out = tmp_path / "request.pdf"
    out.write_bytes(b"%PDF-1.4 the previous printout")
    with pytest.raises(NotFoundError, match="no request #999999"):
        build_report(hotel, ReportSpec(kind="request", request_id=999999), out)
    assert out.read_bytes() == b"%PDF-1.4 the previous printout"
    assert [p.name for p in tmp_path.iterdir()] == ["request.pdf"]


def test_incomplete_specs_are_refused_in_words(hotel: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Choose the department"):
        build(hotel, tmp_path, kind="scorecard")
    with pytest.raises(ValidationError, match="ends before it starts"):
        build(hotel, tmp_path, kind="summary", start=TODAY, end=YEAR_AGO)


HOSTILE = ["<b>bold?</b> & <i>", "x<b", "<script>alert(1)</script>", "</para>", "<img src='/etc/passwd'/>",
           "&amp; stays &amp;"]


@pytest.fixture
def unicode_company(services: Services) -> Services:
    services.company.save("Гостиница «Аврора» & Co.", service_vision="Palvelemme toisiamme kuin asiakkaita.")
    kitchen = services.departments.create("Кухня <b>")
    dining = services.departments.create("Sala da pranzo & bar")
    chef = services.people.create("Дмитрий Иванов", department_id=kitchen.id)
    services.departments.update(kitchen.id, "Кухня <b>", head_id=chef.id)
    draft = services.standards.create(kitchen.id, StandardContent(
        title="Заказы из зала — ñandú, perché, äiti", purpose="Блюда вовремя. Què més?",
        steps=HOSTILE + ["Проверить заказ", "Comprobar alérgenos", "Tarkista äyriäiset"],
        first_response_minutes=15, resolution_minutes=60, owner_id=chef.id))
    put_in_force(services, draft.id)
    services.agreements.create(kitchen.id, dining.id, "Блюда вовремя <script>", "Órdenes completas & claras",
                               [draft.standard_id])
    request = services.requests.create(RequestDraft(
        title="Меню <b>без глютена</b>", provider_id=kitchen.id, requester_department_id=dining.id,
        description="Tavolo 4: celiachia </para>"))
    services.requests.transition(request.row.id, RequestStatus.IN_PROGRESS)
    services.requests.transition(request.row.id, RequestStatus.RESOLVED, note="Готово & served")
    services.feedback.give(FeedbackDraft(rating=5, request_id=request.row.id, comment="Grazie <3 & спасибо"))
    return services


@pytest.mark.parametrize("kind", ["handbook", "summary", "scorecard", "agreement", "request"])
def test_cyrillic_accents_and_markup_survive_literally(unicode_company: Services, tmp_path: Path,
                                                       kind: str, clock: FakeClock) -> None:
    kitchen = unicode_company.departments.find_by_name("Кухня <b>")
    agreement = unicode_company.agreements.list()[0]
    request = unicode_company.requests.list()[0]
    pdf = build(unicode_company, tmp_path, kind=kind, department_id=kitchen.id, agreement_id=agreement.id,
                request_id=request.id, start=clock.now.date() - timedelta(days=30),
                end=clock.now.date() + timedelta(days=1))
    body = text(pdf)
    assert "Гостиница «Аврора» & Co." in body
    assert "Кухня <b>" in body
    expected = {
        "handbook": HOSTILE + ["Заказы из зала — ñandú, perché, äiti", "Tarkista äyriäiset",
                               "Palvelemme toisiamme kuin asiakkaita."],
        "summary": ["Кухня <b>"],
        "scorecard": ["Заказы из зала — ñandú, perché, äiti", "Блюда вовремя <script>"],
        "agreement": ["Блюда вовремя <script>", "Órdenes completas & claras", "Дмитрий Иванов"],
        "request": ["Меню <b>без глютена</b>", "Tavolo 4: celiachia </para>", "Готово & served",
                    "Grazie <3 & спасибо"],
    }[kind]
    flat = " ".join(body.split())  # a long title wraps in its table cell
    for snippet in expected:
        assert snippet in body or " ".join(snippet.split()) in flat, snippet


def test_long_standard_flows_over_pages(services: Services, tmp_path: Path) -> None:
    services.company.save("Hotel Aurora")
    it = services.departments.create("IT")
    long_step = ("Kirjaa jokainen vaihe huolellisesti ja tarkista tulos asiakkaan kanssa. " * 80)[:5000]
    steps = [f"Step number {n}: do the thing properly" for n in range(1, 61)] + [long_step]
    draft = services.standards.create(it.id, StandardContent(title="Very long procedure", steps=steps,
                                                             first_response_minutes=60, resolution_minutes=480))
    put_in_force(services, draft.id)
    pdf = build(services, tmp_path, kind="handbook", sign_sheets=False)
    body = text(pdf)
    page_texts = pages(pdf)
    first = next(i for i, p in enumerate(page_texts) if "Step number 1:" in p)
    last = next(i for i, p in enumerate(page_texts) if "Step number 60:" in p)
    assert last > first  # the steps run on over the page break
    for n in (1, 30, 60):
        assert f"Step number {n}:" in body
    assert "61." in body
    flat = " ".join(body.split())
    assert " ".join(long_step.split())[-120:] in flat  # the 5,000-character step arrives whole



def test_long_history_repeats_the_table_header(services: Services, tmp_path: Path) -> None:
    services.company.save("Hotel Aurora")
    it = services.departments.create("IT")
    hr = services.departments.create("HR")
    rid = services.requests.create(RequestDraft(title="Laptop", provider_id=it.id,
                                                requester_department_id=hr.id)).row.id
    for n in range(120):
        services.requests.add_note(rid, f"Note {n}: still waiting for the supplier")
    pdf = build(services, tmp_path, kind="request", request_id=rid)
    table_pages = [p for p in pages(pdf) if "Note 1" in p or "still waiting" in p]
    assert len(table_pages) >= 3
    assert all("When" in p and "What" in p and "Who" in p for p in table_pages)


def test_summary_and_scorecard_count_in_working_time_and_say_so(hotel: Services, tmp_path: Path) -> None:
    summary = " ".join(text(build(hotel, tmp_path, kind="summary", start=YEAR_AGO, end=TODAY)).split())
    assert "median resolution, working time" in summary and "Median working time" in summary
    assert "Resolution times are working time" in summary
    kitchen = next(d.id for d in hotel.departments.list() if d.name == "Kitchen")
    card = " ".join(text(build(hotel, tmp_path, kind="scorecard", department_id=kitchen, start=YEAR_AGO,
                               end=TODAY, lang="ru")).split())
    assert "рабочее время" in card and "07:00–11:00, 17:00–23:00" in card
    # the kitchen's split shifts: no resolution counted more working time than the hours it was open
    with hotel.db.reading() as s:
        from sqlalchemy import select

        from icdesk.domain.models import Request

        rows = s.execute(select(Request.created_at, Request.resolved_at, Request.service_seconds)
                         .where(Request.provider_id == kitchen, Request.service_seconds.is_not(None))).all()
    clock = hotel.requests.clocks()[kitchen]
    assert rows and all(seconds <= clock.working_seconds(created, resolved) for created, resolved, seconds in rows)
    assert any(seconds < (resolved - created).total_seconds() for created, resolved, seconds in rows)


def longest(end: str) -> str:
    """As long a text as a field takes: a pasted e-mail thread, say; ``end`` marks its last words."""
    from icdesk.domain.rules import TEXT_MAX

    tail = f" {end}"
    return ("The printer jams when printing double-sided, and the tray is empty again. " * 400)[
        :TEXT_MAX - len(tail)].rstrip() + tail


def test_every_document_prints_the_longest_texts_the_fields_take(services: Services, tmp_path: Path) -> None:
    from icdesk.services.standards import StandardContent
    from tests.helpers import small_org

    org = small_org(services)
    services.company.save("Hotel", time_zone="UTC")
    rid = services.requests.create(RequestDraft("Printer", org["it"], requester_id=org["anna"],
                                                description=longest("DESCRIPTION-END"))).row.id
    services.requests.add_note(rid, longest("NOTE-END"))
    gone = services.requests.create(RequestDraft("Toner", org["it"], requester_id=org["anna"])).row.id
    services.requests.transition(gone, RequestStatus.CANCELLED, note=longest("REASON-END"))
    agreement = services.agreements.create(org["it"], org["acc"], longest("NEEDS-END"), longest("RETURN-END"))
    draft = services.standards.new_version(org["std"])
    services.standards.update_draft(draft.id, StandardContent(
        title="PMS access", purpose=longest("PURPOSE-END"), steps=[longest("STEP-END"), "Call back"],
        first_response_minutes=60, resolution_minutes=240, change_note=longest("CHANGE-END")))
    put_in_force(services, draft.id)
    for kind, spec, ends in (
            ("request", {"request_id": rid}, ["DESCRIPTION-END", "NOTE-END"]),
            ("request", {"request_id": gone}, ["REASON-END"]),
            ("agreement", {"agreement_id": agreement.id}, ["NEEDS-END", "RETURN-END"]),
            ("scorecard", {"department_id": org["it"], "start": YEAR_AGO, "end": TODAY}, ["NEEDS-END"]),
            ("handbook", {}, ["PURPOSE-END", "STEP-END", "CHANGE-END"])):
        out = build_report(services, ReportSpec(kind, **spec), tmp_path / f"{kind}-{len(ends)}.pdf")  # type: ignore[arg-type]
        body = text(out).replace("\n", " ")
        assert all(end in body for end in ends), (kind, [end for end in ends if end not in body])
        assert len(PdfReader(out).pages) >= 3, kind  # 20,000 characters run over pages, not off them


def test_the_handbook_has_a_sign_sheet_for_each_department_that_also_reads_a_standard(services: Services,
                                                                                    tmp_path: Path) -> None:
    services.company.save("Hotel", time_zone="UTC")
    reception = services.departments.create("Reception").id
    maintenance = services.departments.create("Manutenzione").id
    services.departments.create("Cucina")
    services.people.create("Luca Esposito", department_id=maintenance, job_title="Tecnico")
    services.people.create("Nicolò Bianchi", department_id=reception, job_title="Receptionist")
    draft = services.standards.create(maintenance, StandardContent(
        title="Guasto in camera segnalato dalla reception", steps=["Registrare", "Riparare"]), reader_ids=[reception])
    put_in_force(services, draft.id)
    out = build(services, tmp_path, kind="handbook")
    sheets = [page for page in pages(out) if "By signing I confirm" in page]
    assert len(sheets) == 2, "the chapter's own people, and the reception that reads it too"
    own, readers = sheets
    assert "Luca Esposito" in own and "Nicolò Bianchi" not in own
    assert "Nicolò Bianchi" in readers and "Luca Esposito" not in readers
    assert "Acknowledgement: Reception" in readers and "Guasto in camera segnalato dalla reception" in readers
    entries = dict(entry for page in layout_pages(out)[1:3] for entry in toc_entries(page))
    assert "Acknowledgement: Reception (standards of Manutenzione)" in readers
    assert entries["Acknowledgement: Reception (standards of Manutenzione)"] == pages(out).index(readers) + 1


def test_a_sheet_of_nothing_yet_says_where_to_make_one(services: Services, tmp_path: Path) -> None:
    """The attendance sheet with no training recorded said "Choose the training session to print" with
    nothing to choose."""
    with pytest.raises(ValidationError, match="No training session is recorded yet"):
        build_report(services, ReportSpec("attendance"), tmp_path / "a.pdf")
    with pytest.raises(ValidationError, match="No service agreement is recorded yet"):
        build_report(services, ReportSpec("agreement"), tmp_path / "b.pdf")


def test_a_chart_s_legend_stands_clear_of_a_long_title_and_small_ticks_keep_their_decimals() -> None:
    """Spanish network report: the title of the medians ran over its legend, and an axis of a few
    minutes in hours read "0,0" five times."""
    from reportlab.graphics.shapes import String

    from icdesk.reports.charts import trend_lines

    title = "Tiempo mediano de resolución, departamentos con más trabajo (horas)"
    drawing = trend_lines(title, ["sept", "oct"], [("Cocina", [0.01, 0.03]), ("Compras", [0.02, None]),
                                                   ("Mantenimiento", [None, 0.04])], 440, lambda v: f"{v:g}")
    strings = [s for s in drawing.contents if isinstance(s, String)]
    heading = next(s for s in strings if s.text == title)
    names = [s for s in strings if s.text in ("Cocina", "Compras", "Mantenimiento")]
    assert names and all(s.y < heading.y - 8 for s in names)  # a line of their own, under the title


def test_axis_labels_keep_the_decimals_of_their_tick() -> None:
    from icdesk.i18n.formatter import Formatter
    from icdesk.reports.summary import SummaryReport

    report = SummaryReport.__new__(SummaryReport)  # only its wording: no file, no company
    report.t = Formatter("es")
    assert [report.axis_number(v) for v in (0, 0.0005, 0.01, 0.25, 2.5)] == ["0", "0,0005", "0,01", "0,25", "2,5"]
    assert report.axis_number(1200) == Formatter("es").number(1200)


def test_a_long_company_name_does_not_run_into_the_document_title(services: Services, tmp_path: Path) -> None:
    """«Общество с ограниченной ответственностью «Гостиница Северная Пальмира»»: the page header printed
    the name into the right-aligned title ("…с рестораномКарта показателей отдела")."""
    from pypdf import PdfReader

    name = "Общество с ограниченной ответственностью «Гостиница Северная Пальмира и ресторан Нева»"
    services.company.save(name)
    services.departments.create("Ресепшен")
    path = build(services, tmp_path, kind="acknowledgements", lang="ru")
    found: list[tuple[float, float, str]] = []

    def seen(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
        if text.strip() and tm[5] > 780:  # the header line, at the top of an A4 page
            found.append((tm[4], tm[4] + len(text) * size * 0.5, text))

    PdfReader(path).pages[0].extract_text(visitor_text=seen)
    header = "".join(text for _x, _end, text in sorted(found))
    assert "\u2026" in header and name not in header  # shortened where it would meet the title


def test_a_sign_row_is_as_tall_as_a_long_name_and_job_title_need() -> None:
    """«Техник-электрик по обслуживанию зданий и сооружений»: a 10 mm row with its text set at the bottom
    printed the wrapped title over the row above and the heading."""
    from reportlab.lib.units import mm

    from icdesk.reports.fonts import register_fonts
    from icdesk.reports.styles import SignRows

    register_fonts()
    names = [("Екатерина Александровна Преображенская-Вознесенская",
              "Техник-электрик по обслуживанию зданий и сооружений гостиничного комплекса"),
             ("Анна Белова", "Горничная")]
    rows = SignRows(["ФИО", "Должность", "Дата", "Подпись"], names, [45 * mm, 45 * mm, 30 * mm, 50 * mm])
    _width, height = rows.wrap(170 * mm, 250 * mm)
    assert rows._table is not None
    heights = rows._table._rowHeights
    assert heights[1] > 10 * mm and heights[2] == 10 * mm  # the long one grows, the short one stays
    assert height <= 250 * mm
    parts = rows.split(170 * mm, 40 * mm)  # room for the first two rows only: the rest goes on
    assert [len(p.names) for p in parts] in ([2, 0], [1, 1], [])


def test_chart_labels_are_broken_into_lines_that_fit_rather_than_cut_at_a_count_of_letters() -> None:
    """Summary chart in Spanish: "Administración y contabilidad" under a bar group two inches wide read
    "Administración …"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from icdesk.reports.charts import fit_lines, grouped_bars
    from icdesk.reports.fonts import REGULAR

    names = ["Administración y contabilidad", "Cocina", "Limpieza y mantenimiento"]
    drawing = grouped_bars("Solicitudes por departamento", names, [("Recibidas", [1, 1, 1])], 440, str)
    chart = next(item for item in drawing.contents if hasattr(item, "categoryAxis"))
    assert [" ".join(label.split("\n")) for label in chart.categoryAxis.categoryNames] == names

    long_name = "Управление персоналом и кадровое делопроизводство предприятия"
    lines = fit_lines(long_name, 90)
    assert len(lines) == 2 and lines[1].endswith("\u2026")  # two lines, and only then cut
    assert long_name.startswith(" ".join(lines)[:-1])
    assert all(stringWidth(line, REGULAR, 7.5) <= 90 for line in lines)


def test_long_department_names_stand_whole_in_the_network_matrix_and_the_summary(services: Services,
                                                                                    tmp_path: Path) -> None:
    names = ["Administración y contabilidad", "Limpieza y mantenimiento", "Sala y atención"]
    ids = [services.departments.create(name).id for name in names]
    for provider, asking in ((ids[0], ids[1]), (ids[1], ids[2]), (ids[2], ids[0])):
        services.requests.create(RequestDraft("Factura", provider, requester_department_id=asking))
    network, summary = (" ".join(text(build(services, tmp_path, kind=kind, lang="es")).split())
                        for kind in ("network", "summary"))
    for name in names:
        assert network.count(name) >= 2, name  # the matrix's row and its column
        assert summary.count(name) >= 2, name  # the table and the chart
    assert "\u2026" not in network.replace("…", "\u2026").split("Quién atiende a quién")[1].split("Dónde falla")[0]


def test_the_request_sheet_says_the_time_waiting_as_the_window_does(services: Services, tmp_path: Path,
                                                                     clock: FakeClock) -> None:
    """A wait of a second: the window said "1 min", the printed request "0 min"."""
    from icdesk.ui.formatting import span
    from tests.helpers import small_org

    org = small_org(services, with_standard=False)
    number = services.requests.create(RequestDraft("Printer", org["it"], requester_id=org["anna"])).row.id
    services.requests.transition(number, RequestStatus.IN_PROGRESS)
    services.requests.transition(number, RequestStatus.WAITING)
    clock.advance(seconds=1)
    services.requests.transition(number, RequestStatus.IN_PROGRESS)
    waited = services.requests.get(number).row.paused_seconds
    body = " ".join(text(build(services, tmp_path, kind="request", request_id=number)).split())
    assert f"Time waiting on requester {span(waited)}" in body and span(waited) == "1 min"


def test_the_request_sheet_lists_the_corrective_actions_taken(services: Services, tmp_path: Path) -> None:
    """The window's history showed "Corrective action opened", the printed request said nothing of it."""
    from tests.helpers import small_org

    org = small_org(services, with_standard=False)
    number = services.requests.create(RequestDraft("Gluten in the dish", org["it"], requester_id=org["anna"])).row.id
    services.requests.transition(number, RequestStatus.IN_PROGRESS)
    services.requests.transition(number, RequestStatus.RESOLVED)
    poor = services.feedback.give(FeedbackDraft(rating=1, request_id=number, comment="Llegó con gluten"))
    today = services.actions.today()
    services.actions.open("Keep a separate pan for gluten-free dishes", today + timedelta(days=14), feedback_id=poor.id)
    services.actions.open("Label every gluten-free plate", today + timedelta(days=7), request_id=number)
    lonely = services.requests.create(RequestDraft("Unrelated", org["it"], requester_id=org["anna"])).row.id
    body = " ".join(text(build(services, tmp_path, kind="request", request_id=number)).split())
    actions = body.split("Corrective actions")[1]
    assert "Keep a separate pan for gluten-free dishes" in actions and "Label every gluten-free plate" in actions
    assert "Open" in actions
    other = " ".join(text(build(services, tmp_path, kind="request", request_id=lonely)).split())
    assert "Corrective actions" not in other

"""What every printed document must be as a file: links that land, fonts embedded, valid PDF, words whole."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from icdesk.db.store import open_data_file
from icdesk.domain.enums import ActionStatus, RequestStatus
from icdesk.reports.registry import ReportSpec, build_report, make_report
from icdesk.reports.styles import SignRows, fit_header
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from icdesk.services.feedback import FeedbackDraft
from icdesk.services.requests import RequestDraft
from tests.conftest import FakeClock
from tests.pdf_text import pages

LANGS = ("en", "it", "fi", "es", "ru")
KINDS = ("handbook", "summary", "scorecard", "agreement", "request")


@pytest.fixture(scope="module")
def hotel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = Services(open_data_file(tmp_path_factory.mktemp("hotel") / "hotel.sqlite"), clock=FakeClock())
    services.demo.fill(DemoOptions())
    yield services
    services.close()


def spec_for(services: Services, kind: str, lang: str = "en", **extra: object) -> ReportSpec:
    it, hr = services.departments.find_by_name("IT"), services.departments.find_by_name("HR")
    agreement = services.agreements.find(it.id, hr.id)
    assert agreement is not None
    rated = next(f for f in services.feedback.list() if f.request_id)
    today = services.ctx.today()
    values: dict[str, object] = dict(kind=kind, lang=lang, department_id=it.id, agreement_id=agreement.id,
                                     request_id=rated.request_id, start=today - timedelta(days=182), end=today)
    values.update(extra)
    return ReportSpec(**values)  # type: ignore[arg-type]


def outline(reader: PdfReader) -> list[Destination]:
    def walk(items: list[object]) -> Iterator[Destination]:
        for item in items:
            if isinstance(item, list):
                yield from walk(item)
            else:
                assert isinstance(item, Destination)
                yield item
    return list(walk(reader.outline))


def test_every_bookmark_and_contents_link_lands_on_its_heading(hotel: Services, tmp_path: Path) -> None:
    pdf = build_report(hotel, spec_for(hotel, "handbook"), tmp_path / "handbook.pdf")
    reader = PdfReader(pdf)
    texts = pages(pdf)
    marks = outline(reader)
    assert len(marks) >= 30
    landing: dict[str, int] = {}
    for mark in marks:
        page = reader.get_destination_page_number(mark)
        assert mark.title in texts[page].replace("\n", " "), f"{mark.title!r} is not on page {page + 1}"
        assert mark.typ == "/XYZ" and mark.top is not None  # opens at the heading, not at the top of the page
        landing[mark.title] = page
    assert len(set(landing.values())) > 10  # not all on one page
    page_index = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}  # type: ignore[union-attr]
    links = 0
    for page in reader.pages[1:4]:
        for annotation in page.get("/Annots") or []:
            link = annotation.get_object()
            if link.get("/Subtype") != "/Link" or "/Dest" not in link:
                continue
            links += 1
            target = link["/Dest"]
            assert page_index[target[0].idnum] in landing.values() and target[1] == "/XYZ"
    assert links >= len(marks)


needs_tools = pytest.mark.skipif(not (shutil.which("qpdf") and shutil.which("pdffonts")),
                                 reason="qpdf and pdffonts (poppler-utils) are installed by .ci/run")


@needs_tools
@pytest.mark.parametrize("lang", LANGS)
def test_every_document_is_valid_and_embeds_every_font_it_names(hotel: Services, tmp_path: Path, lang: str) -> None:
    for kind in KINDS:
        pdf = build_report(hotel, spec_for(hotel, kind, lang), tmp_path / f"{kind}-{lang}.pdf")
        check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, f"{kind}: {check.stdout}{check.stderr}"
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True,
                               timeout=60).stdout.splitlines()[2:]
        assert fonts, kind
        for line in fonts:
            # columns: name type encoding emb sub uni ...; the last four are fixed: emb sub uni id gen
            emb = line.split()[-5]
            assert emb == "yes", f"{kind} ({lang}) does not embed: {line}"
        reader = PdfReader(pdf)
        assert reader.trailer["/Root"]["/Lang"] == lang
        assert reader.metadata is not None and reader.metadata.subject and reader.metadata.title


def test_letters_the_font_lacks_are_named_and_emoji_it_lacks_left_out(services: Services, tmp_path: Path) -> None:
    """An emoji in the company's name printed as a mark in every page's header and a note of "U+1F3E8 HOTEL"
    at the end of every document; a letter the font lacks still carries words, so it is marked and named."""
    services.company.save("Hotel 😀 Aurora 🏨")
    it = services.departments.create("IT")
    hr = services.departments.create("HR")
    request = services.requests.create(RequestDraft(title="Printer ✅ 中文 fixed 👍🏽", provider_id=it.id,
                                                    requester_department_id=hr.id))
    services.requests.transition(request.row.id, RequestStatus.IN_PROGRESS)
    services.requests.transition(request.row.id, RequestStatus.RESOLVED)
    services.feedback.give(FeedbackDraft(rating=5, request_id=request.row.id, comment="Thanks 👍🏽"))
    pdf = build_report(services, ReportSpec(kind="request", request_id=request.row.id), tmp_path / "r.pdf")
    body = " ".join(pages(pdf))
    assert "Hotel 😀 Aurora" in body  # the font has 😀: printed, and copied out as itself
    assert "\ufffd" not in body.split("Printer")[0]  # the hotel 🏨 the font lacks: left out of every header
    assert "Printer \ufffd\ufffd fixed" in body  # letters with no glyph: a visible mark, never an empty box
    assert "Thanks" in body and "Thanks \ufffd" not in body  # 👍🏽: no glyph, no words: left out
    note = body[body.index("Some characters cannot be printed"):].replace("\n", " ")
    assert "U+4E2D" in note
    assert "HOTEL" not in note and "THUMBS UP" not in note and "CHECK MARK" not in note


# -- words in table headers ------------------------------------------------------------------------
HEADER_STYLES = {"headcell", "headfit", "kpilabel", "cellbold"}


def tables_in(flowables: list[Flowable]) -> Iterator[Table]:
    for item in flowables:
        if isinstance(item, KeepTogether):
            yield from tables_in(item._content)
        elif isinstance(item, SignRows):
            item.wrap(item.width or sum(item.widths), 600)
            assert item._table is not None
            yield item._table
        elif isinstance(item, Table):
            yield item
            for row in item._cellvalues:
                for cell in row:
                    yield from tables_in(cell if isinstance(cell, list) else [cell])


def broken_header_words(table: Table) -> list[str]:
    broken = []
    for r, row in enumerate(table._cellvalues):
        for c, cell in enumerate(row):
            if not isinstance(cell, Paragraph) or cell.style.name not in HEADER_STYLES:
                continue
            style = table._cellStyles[r][c]
            room = table._colWidths[c] - style.leftPadding - style.rightPadding
            for word in cell.getPlainText().split():
                if stringWidth(word, cell.style.fontName, cell.style.fontSize) > room + 0.01:
                    broken.append(f"{word!r} in {room:.0f} pt")
    return broken


@pytest.mark.parametrize("lang", LANGS)
def test_no_table_header_word_is_broken_in_any_document(hotel: Services, lang: str) -> None:
    """"Получен/о", "Määräpäi/vä": a header word wider than its column would be cut in two."""
    broken = []
    for kind in KINDS:
        report = make_report(hotel, spec_for(hotel, kind, lang))
        for table in tables_in(report.full_story()):
            broken += [f"{kind}: {word}" for word in broken_header_words(table)]
    assert broken == []


def test_a_narrow_column_borrows_width_or_shrinks_its_header() -> None:
    widths, sizes = fit_header(["Määräpäivä", "Kuvaus"], [40, 300])
    assert widths[0] > 40 and sum(widths) == pytest.approx(340) and sizes == [9, 9]
    widths, sizes = fit_header(["Määräpäivä", "X"], [50, 30])  # nothing to borrow: a smaller font
    assert sizes[0] < 9 and stringWidth("Määräpäivä", "ICDeskSans-Bold", sizes[0]) <= widths[0] - 12 + 0.01


def test_words_fit_what_they_name_in_every_language(hotel: Services, tmp_path: Path) -> None:
    def flat(kind: str, lang: str) -> str:
        pdf = build_report(hotel, spec_for(hotel, kind, lang), tmp_path / f"{kind}-{lang}.pdf")
        return " ".join(" ".join(pages(pdf)).split())

    handbook = flat("handbook", "ru")
    assert "ФИО Должность Дата Подпись" in handbook and "Название" not in handbook  # a person's name
    italian, spanish, russian = flat("summary", "it"), flat("summary", "es"), flat("summary", "ru")
    # counts take the plural ("275 Risolta" read as one resolved request)
    assert "richieste risolte" in italian and "Risolta" not in italian
    assert "solicitudes resueltas" in spanish and "Resuelta " not in spanish and "Plazo del 90 %" in spanish
    # Russian has three forms; which one shows follows the count ("271 заявка решена", "275 заявок решено")
    assert any(form in russian for form in ("заявка решена", "заявки решены", "заявок решено")) \
        and "Решена" not in russian
    owner = next(a.department_id for a in hotel.actions.list() if a.status is not ActionStatus.DONE)
    finnish = build_report(hotel, spec_for(hotel, "scorecard", "fi", department_id=owner), tmp_path / "open-fi.pdf")
    assert "Korjaava toimenpide" in " ".join(" ".join(pages(finnish)).split())
    assert "Resueltas para él" not in flat("scorecard", "es")

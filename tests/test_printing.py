"""Printing a document: "Print to file" gives the document itself (text, Cyrillic, a few hundred
KiB, not a picture of each page); a printer gets pages one at a time while the window keeps
working, the pages chosen, at a sensible resolution, and Cancel stops it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QPushButton, QRadioButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from icdesk.db.store import open_data_file
from icdesk.reports.registry import ReportSpec, build_report
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from icdesk.ui.printing import MAX_DPI, ImageJob, PrintJob, pages_to_print, print_document
from tests.conftest import FakeClock, fill_disk
from tests.gui_helpers import when_modal
from tests.pdf_text import pages

RUSSIAN_HEADING = "Кому ещё нужно расписаться"  # the title of the document printed, in Russian


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Who still has to sign, in Russian, for the example hotel: several pages of Cyrillic names."""
    folder = tmp_path_factory.mktemp("printing")
    services = Services(open_data_file(folder / "hotel.sqlite"), clock=FakeClock())
    services.demo.fill(DemoOptions())
    pdf = build_report(services, ReportSpec("acknowledgements", lang="ru"), folder / "who-signs.pdf")
    services.close()
    assert len(PdfReader(pdf).pages) >= 4 and RUSSIAN_HEADING in " ".join(pages(pdf)[0].split())
    yield pdf


def pdf_printer(out: Path) -> QPrinter:
    """A printer set up as the print dialog leaves it for "Print to file"."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def finished(qtbot: QtBot, job: PrintJob | None) -> PrintJob:
    assert job is not None
    if job.running:
        with qtbot.waitSignal(job.finished, timeout=60_000):
            pass
    return job


def flat_pages(path: Path) -> list[str]:
    return [" ".join(text.split()) for text in pages(path)]


def fill_print_dialog(out: Path, first: int = 0, last: int = 0, copies: int = 1,
                      collate: bool = True) -> Callable[[QWidget], None]:
    """Answer Qt's own print dialog as a person would: "Print to File (PDF)", a file name, pages."""
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        name = dialog.findChild(QLineEdit, "filename")
        assert name is not None, "the dialog offers no file to print to"
        name.setText(str(out))
        if first:
            dialog.findChild(QRadioButton, "printRange").setChecked(True)
            dialog.findChild(QSpinBox, "from").setValue(first)
            dialog.findChild(QSpinBox, "to").setValue(last)
        dialog.findChild(QSpinBox, "copies").setValue(copies)
        dialog.findChild(QCheckBox, "collate").setChecked(collate)
        dialog.accept()
    return answer


def open_preview(qtbot: QtBot, document: Path, tmp_path: Path) -> QWidget:
    from icdesk.ui.dialogs.preview import PreviewDialog

    folder = tmp_path / "preview"  # the preview removes its folder when closed
    folder.mkdir()
    dialog = PreviewDialog(Path(shutil.copy(document, folder)), "Who still has to sign")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0)
    return dialog


# -- "Print to file" -------------------------------------------------------------------------------

def test_print_to_file_from_the_preview_writes_the_document_itself(qtbot: QtBot, document: Path,
                                                                   tmp_path: Path) -> None:
    dialog = open_preview(qtbot, document, tmp_path)
    out = tmp_path / "printed.pdf"
    errors = when_modal(fill_print_dialog(out), kind=QPrintDialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    job = finished(qtbot, dialog.print_job)
    assert errors == [] and job.outcome == "printed"
    printed = flat_pages(out)
    assert printed == flat_pages(document)  # every page, its text as text: searchable, copyable
    assert RUSSIAN_HEADING in printed[0]
    assert out.stat().st_size < 1_000_000  # the pages themselves; a picture of each was megabytes a page
    assert out.read_bytes() == document.read_bytes()  # the whole document once: the very file icdesk made
    assert sorted(p.name for p in tmp_path.iterdir()) == ["preview", "printed.pdf"]  # nothing half-written left
    assert dialog.done_note.text() == f"Printed to printed.pdf ({tmp_path})."  # said: nothing else shows it


def test_print_to_file_gives_the_pages_and_copies_chosen(qtbot: QtBot, document: Path, tmp_path: Path) -> None:
    dialog = open_preview(qtbot, document, tmp_path)
    out = tmp_path / "pages 2-3.pdf"
    errors = when_modal(fill_print_dialog(out, first=2, last=3, copies=2, collate=True), kind=QPrintDialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert finished(qtbot, dialog.print_job).outcome == "printed" and errors == []
    source = flat_pages(document)
    assert flat_pages(out) == [source[1], source[2], source[1], source[2]]  # pages 2 and 3, twice, in sets
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == PdfReader(document).metadata.title  # type: ignore[union-attr]


def test_print_to_file_in_a_folder_that_is_not_there_says_so(qtbot: QtBot, document: Path, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    errors = when_modal(read, kind=QMessageBox)
    job = finished(qtbot, print_document(parent, document, pdf_printer(tmp_path / "gone" / "printed.pdf")))
    assert errors == [] and job.outcome == "failed"
    assert told == [f"The document was not printed to a file: the folder {tmp_path / 'gone'} does not exist."]
    assert not (tmp_path / "gone").exists()


def test_print_to_file_on_a_full_disk_keeps_the_earlier_printout(qtbot: QtBot, document: Path,
                                                                 small_disk: Path) -> None:
    earlier = small_disk / "printed.pdf"
    earlier.write_bytes(b"%PDF- the printout of last week")
    fill_disk(small_disk, leave_bytes=4096)
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []

    def read(box: QWidget) -> None:
        told.append(box.text())  # type: ignore[attr-defined]
        box.accept()  # type: ignore[attr-defined]

    errors = when_modal(read, kind=QMessageBox)
    job = finished(qtbot, print_document(parent, document, pdf_printer(earlier)))
    assert errors == [] and job.outcome == "failed"
    assert len(told) == 1 and told[0].startswith("The document was not printed to a file: No space left")
    assert earlier.read_bytes() == b"%PDF- the printout of last week"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin", "printed.pdf"]


# -- a printer -----------------------------------------------------------------------------------------
# A printer is reached through the same QPrinter, painted on; here it writes what it was sent to a PDF
# file, so the test can look at the sheets a printer would have received.

def image_job(parent: QWidget, document: Path, printer: QPrinter) -> ImageJob:
    job = ImageJob(parent, document, printer)
    job.start()
    return job


def test_a_printer_gets_the_chosen_pages_one_at_a_time_while_the_window_works(qtbot: QtBot, document: Path,
                                                                            tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    out = tmp_path / "sheets.pdf"
    printer = pdf_printer(out)
    assert printer.resolution() == 1200  # HighResolution: the pictures must not be made at this
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("2-3"))
    turns: list[int] = [0]
    ticker = QTimer(parent)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))  # the window's event loop going round
    ticker.start(0)
    seen_at: list[int] = []
    job = image_job(parent, document, printer)
    job.sheet_printed.connect(lambda _sheets: seen_at.append(turns[0]))
    assert job.running and job.sheets == 0  # start() came back before any page was made
    assert job.progress is not None and job.progress.isVisible() and job.progress.maximum() == 2
    finished(qtbot, job)
    ticker.stop()
    assert job.outcome == "printed" and job.sheets == 2
    assert seen_at[0] > 0 and seen_at[1] > seen_at[0]  # the window went on between the pages
    assert job.progress is None and not any(w.isVisible() for w in parent.findChildren(QWidget))
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    source = PdfReader(document).pages[1]
    for page in reader.pages:
        (picture,) = page.images
        inches = float(page.mediabox.width) / 72
        assert 200 * inches < picture.image.width <= MAX_DPI * inches + 1  # sharp, and not 1200 dpi
        page_shape = float(source.mediabox.width) / float(source.mediabox.height)
        assert picture.image.width / picture.image.height == pytest.approx(page_shape, rel=0.01)
        assert picture.image.getpixel((5, 5)) in ((255, 255, 255), 255)  # white paper, not transparent
    assert out.stat().st_size < 2_000_000 * 2  # two pages at 300 dpi; at 1200 dpi they were 12 MB


def test_a_printer_that_makes_no_copies_itself_gets_each_set(qtbot: QtBot, document: Path, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "sheets.pdf"
    printer = pdf_printer(out)
    assert not printer.supportsMultipleCopies()
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1-2"))
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    job = finished(qtbot, image_job(parent, document, printer))
    assert job.outcome == "printed" and job.sheets == 4
    sheets = [page.images[0].data for page in PdfReader(out).pages]
    assert len(sheets) == 4 and sheets[0] == sheets[2] and sheets[1] == sheets[3] and sheets[0] != sheets[1]


def test_cancel_stops_the_printer_after_the_page_in_hand(qtbot: QtBot, document: Path, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    job = image_job(parent, document, pdf_printer(tmp_path / "sheets.pdf"))
    total = len(job.pages)
    assert job.progress is not None
    cancel = job.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"

    def first_sheet_out(sheets: int) -> None:
        if sheets == 1:
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    job.sheet_printed.connect(first_sheet_out)
    assert job.renderer is not None
    renderer_gone: list[bool] = []
    job.renderer.destroyed.connect(lambda: renderer_gone.append(True))
    finished(qtbot, job)
    assert job.outcome == "cancelled" and job.sheets == 1 < total
    assert job.progress is None and job.renderer is None
    qtbot.waitUntil(lambda: bool(renderer_gone))  # with it goes any picture still on its way: not printed
    assert job.sheets == 1


def test_a_printer_that_does_not_start_is_named(qtbot: QtBot, document: Path, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []

    def read(box: QWidget) -> None:
        told.append(box.text())  # type: ignore[attr-defined]
        box.accept()  # type: ignore[attr-defined]

    errors = when_modal(read, kind=QMessageBox)
    job = finished(qtbot, image_job(parent, document, pdf_printer(tmp_path / "gone" / "sheets.pdf")))
    assert errors == [] and job.outcome == "failed" and job.sheets == 0
    assert len(told) == 1 and "did not start" in told[0] and "sheets.pdf" in told[0]


# -- which pages ------------------------------------------------------------------------------------------

def test_pages_to_print_follow_the_dialog() -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # makes no copies itself: they are printed
    assert pages_to_print(printer, 3) == [0, 1, 2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1,3-9"))
    assert pages_to_print(printer, 4) == [0, 2, 3]  # pages past the end are not there to print
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert pages_to_print(printer, 4) == [3, 2, 0]
    printer.setPageOrder(QPrinter.PageOrder.FirstPageFirst)
    printer.setCopyCount(2)
    printer.setCollateCopies(False)
    assert pages_to_print(printer, 4) == [0, 0, 2, 2, 3, 3]
    printer.setCollateCopies(True)
    assert pages_to_print(printer, 4) == [0, 2, 3, 0, 2, 3]
    printer.setPageRanges(QPageRanges.fromString("7-9"))
    assert pages_to_print(printer, 4) == []


def test_pages_not_in_the_document_are_explained(qtbot: QtBot, document: Path, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    printer = pdf_printer(tmp_path / "none.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("90-99"))
    told: list[str] = []

    def read(box: QWidget) -> None:
        told.append(box.text())  # type: ignore[attr-defined]
        box.accept()  # type: ignore[attr-defined]

    errors = when_modal(read, kind=QMessageBox)
    job = finished(qtbot, print_document(parent, document, printer))
    count = len(PdfReader(document).pages)
    assert errors == [] and job.outcome == "failed"
    assert told == [f"None of the pages chosen are in this document: it has pages 1 to {count}."]
    assert not (tmp_path / "none.pdf").exists()


def test_print_to_file_from_the_reports_screen_writes_the_document_shown(qtbot: QtBot, services: Services,
                                                                       tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from icdesk.ui.screens.reports import ReportsScreen

    host = QMainWindow()  # the screen as it stands in the window, over its status bar
    screen = ReportsScreen(services)
    host.setCentralWidget(screen)
    qtbot.addWidget(host)
    host.show()
    screen.kind.setCurrentIndex(screen.kind.findData("handbook"))
    with qtbot.waitSignal(screen.generated, timeout=60_000) as made:
        qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    shown = Path(str(made.args[0]))
    out = tmp_path / "handbook.pdf"
    errors = when_modal(fill_print_dialog(out), kind=QPrintDialog)
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    assert finished(qtbot, screen.print_job).outcome == "printed" and errors == []
    assert out.read_bytes() == shown.read_bytes() and flat_pages(out) == flat_pages(shown)
    assert host.statusBar().currentMessage() == f"Printed to handbook.pdf ({tmp_path})."
    screen.close()


def test_print_to_file_in_a_folder_icdesk_may_not_write_in_says_so(document: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    from icdesk.domain.errors import StorageError
    from icdesk.reports import print_file

    def refused(source: str, target: str) -> None:  # as a read-only share answers (tests run as root here)
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), target)

    monkeypatch.setattr(print_file.os, "replace", refused)
    with pytest.raises(StorageError) as raised:
        print_file.write_pages(document, tmp_path / "printed.pdf", [0, 1])
    assert str(raised.value) == (f"The document was not printed to a file: icdesk may not write in the folder "
                                 f"{tmp_path}. Choose another folder.")
    assert list(tmp_path.iterdir()) == []  # the pages written beside it are gone too


def test_the_document_made_is_named_by_its_title_in_its_language(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.screens.reports import ReportsScreen

    screen = ReportsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.kind.setCurrentIndex(screen.kind.findData("handbook"))
    screen.language.setCurrentIndex(screen.language.findData("it"))
    with qtbot.waitSignal(screen.generated, timeout=60_000) as made:
        qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    # what Save as… offers and a PDF viewer shows: not "handbook.pdf"
    assert Path(str(made.args[0])).name == f"Manuale delle procedure {services.ctx.today().isoformat()}.pdf"
    screen.close()


def test_a_document_saved_where_it_cannot_be_written_is_said_in_the_windows_words(
        qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from icdesk.ui.screens.reports import ReportsScreen

    screen = ReportsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.kind.setCurrentIndex(screen.kind.findData("handbook"))
    with qtbot.waitSignal(screen.generated, timeout=60_000):
        qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "gone" / "handbook.pdf"  # a folder that is not there (a USB stick pulled out)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    said: list[str] = []

    def read(box: QWidget) -> None:
        said.append(box.text())  # type: ignore[attr-defined]
        box.accept()  # type: ignore[attr-defined]

    errors = when_modal(read)
    screen.save_current()
    assert errors == [] and said == [
        f"handbook.pdf could not be saved in {target.parent}. Choose another folder, or check that the folder may "
        "be written to and the disk has room."]
    screen.close()

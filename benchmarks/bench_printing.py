"""Time printing a document, each way beside a floor measured in the same run.

The document: the example hotel's handbook in Russian (about 33 pages). The printer: a QPrinter
at its high resolution (1200 dpi) writing what it is sent to a PDF file, which is what Qt does for a
printer on Linux too (the print queue takes a PDF).

- Print to file: icdesk's job from start to the file in place, against copying the file (the
  floor: nothing can write the document faster); some pages, against pypdf alone writing them;
  and the file's size.
- A printer: icdesk's job (pictures made on a thread, painted between events), against the floor
  of making each picture at 300 dpi and painting it with nothing else going on; and the longest
  time the window's event loop was kept waiting, against the floor's (the whole print).
- With --old: the way before (every page pictured at the printer's 1200 dpi on the window's thread),
  on the first 3 pages only (about 12 s).

Run: python benchmarks/bench_printing.py [--old]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of  # noqa: E402
from PySide6.QtCore import QPointF, QRectF, QSize, QTimer  # noqa: E402
from PySide6.QtGui import QPageRanges, QPainter  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from icdesk.db.store import open_data_file  # noqa: E402
from icdesk.reports.registry import ReportSpec, build_report  # noqa: E402
from icdesk.services import Services  # noqa: E402
from icdesk.ui.printing import MAX_DPI, ImageJob, PrintJob, print_document  # noqa: E402


def printer_to(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def run_job(app: QApplication, job_of: object) -> tuple[float, float, PrintJob]:
    """Seconds until the job is over, and the longest wait of the event loop meanwhile."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(0)
    started = time.perf_counter()
    job: PrintJob = job_of()  # type: ignore[operator]
    if job.running:
        job.finished.connect(app.quit)
        app.exec()
    took = time.perf_counter() - started
    ticker.stop()
    tick()  # the job's own start, when it kept the loop waiting until it returned
    assert job.outcome == "printed", job.message
    return took, max(gaps), job


def bare_pages(pdf: Path, folder: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    reader, writer = PdfReader(pdf), PdfWriter()
    for page in range(1, 5):
        writer.add_page(reader.pages[page])
    with (folder / "bare.pdf").open("wb") as handle:
        writer.write(handle)


def floor_pictures(document: QPdfDocument, printer: QPrinter, dpi: int, pages: int) -> float:
    """Each page pictured at ``dpi`` and painted, one after the other, nothing else done."""
    started = time.perf_counter()
    painter = QPainter(printer)
    area = printer.pageRect(QPrinter.Unit.DevicePixel)
    for page in range(pages):
        if page:
            printer.newPage()
        size = document.pagePointSize(page)
        scale = min(area.width() / size.width(), area.height() / size.height())
        factor = min(1.0, dpi / printer.resolution())
        target = QRectF(0, 0, size.width() * scale, size.height() * scale)
        image = document.render(page, QSize(round(target.width() * factor), round(target.height() * factor)))
        if dpi >= printer.resolution():
            painter.drawImage(QPointF(0, 0), image)
        else:
            painter.drawImage(target, image)
    painter.end()
    return time.perf_counter() - started


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--old", action="store_true", help="also time the way before, on 3 pages")
    args = options.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    folder = Path(tempfile.mkdtemp(prefix="icdesk-bench-printing-"))
    try:
        services = Services(open_data_file(folder / "hotel.sqlite"))
        services.demo.fill()
        pdf = build_report(services, ReportSpec("handbook", lang="ru"), folder / "handbook.pdf")
        services.close()
        document = QPdfDocument()
        document.load(str(pdf))
        pages = document.pageCount()
        window = QWidget()
        window.show()
        rows: list[tuple[str, float, float, str]] = []

        took = min(run_job(app, lambda: print_document(window, pdf, printer_to(folder / "file.pdf"), pages))[0]
                   for _ in range(3))  # the page count known, as the preview and the Reports screen know it
        floor = best_of(3, lambda: shutil.copyfile(pdf, folder / "copy.pdf"))
        rows.append((f"Print to file, {pages} pages", took, floor, "s"))
        some = printer_to(folder / "some.pdf")
        some.setPrintRange(QPrinter.PrintRange.PageRange)
        some.setPageRanges(QPageRanges.fromString("2-5"))
        took = min(run_job(app, lambda: print_document(window, pdf, some, pages))[0] for _ in range(3))
        rows.append(("Print to file, pages 2-5 (floor: bare pypdf)", took, best_of(3, lambda: bare_pages(pdf, folder)),
                     "s"))
        size = (folder / "file.pdf").stat().st_size
        rows.append(("  its size", size / 1e6, pdf.stat().st_size / 1e6, "MB"))

        took, gap, _job = run_job(app, lambda: _started(ImageJob(window, pdf, printer_to(folder / "sheets.pdf"))))
        floor = floor_pictures(document, printer_to(folder / "floor.pdf"), MAX_DPI, pages)
        rows.append((f"A printer, {pages} pages at {MAX_DPI} dpi", took, floor, "s"))
        rows.append(("  longest wait of the window", gap, floor, "s"))
        rows.append(("  what the printer got", (folder / "sheets.pdf").stat().st_size / 1e6,
                     (folder / "floor.pdf").stat().st_size / 1e6, "MB"))
        if args.old:
            old = floor_pictures(document, printer_to(folder / "old.pdf"), 1200, 3)
            rows.append(("The way before, 3 pages at 1200 dpi (window frozen)", old, old, "s"))
            rows.append(("  what the printer got", (folder / "old.pdf").stat().st_size / 1e6,
                         (folder / "old.pdf").stat().st_size / 1e6, "MB"))
        document.close()
        print("| measure | icdesk | floor | ratio |")
        print("|---|---|---|---|")
        for measure, value, base, unit in rows:
            print(f"| {measure} | {value:.3g} {unit} | {base:.3g} {unit} | {value / base:.2f}x |")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _started(job: ImageJob) -> ImageJob:
    job.start()
    return job


if __name__ == "__main__":
    main()

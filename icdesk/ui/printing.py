"""Sending a PDF made by icdesk to a printer, or to the file the print dialog names, without
freezing the window.

"Print to file" writes the document's own pages (reports/print_file.py): text that can be
searched and copied, a few hundred KiB. A real printer gets each page as a picture, because a
QPrinter can only be painted on: the pictures are made one at a time by Qt's PDF renderer on a
thread of its own (QPdfPageRenderer in MultiThreaded mode: QPdfDocument.render holds QtPdf's own
lock around PDFium, and the renderer hands each picture back on the window's thread), at no more
than MAX_DPI, and painted here between events, behind a progress dialog that can cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from icdesk.ui.forms import tell
from icdesk.ui.status_messages import show_status
from icdesk.ui.workers import run_with_progress

# Enough for sharp text on paper; a 1200-dpi printer would otherwise get 140 MB per A4 picture.
MAX_DPI = 300


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The pages (0-based) to send, in the order to send them: the range chosen in the print dialog,
    last page first if asked, and as many copies as the printer will not make itself."""
    pages = list(range(page_count))
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = [page for page in pages if ranges.contains(page + 1)]
        elif printer.fromPage() > 0:
            last = printer.toPage() or page_count
            pages = [page for page in pages if printer.fromPage() <= page + 1 <= last]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    # Qt: where the printer cannot make copies (a PDF file, some drivers) the program prints them
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def ask_and_print(parent: QWidget, path: Path, page_count: int) -> PrintJob | None:
    """Qt's print dialog for the document at ``path``, then the printing it asked for."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, page_count))  # "Pages from … to …" offers this document's pages
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return print_document(parent, path, printer, page_count)


def print_document(parent: QWidget, path: Path, printer: QPrinter, page_count: int | None = None) -> PrintJob:
    """Print the PDF at ``path`` as ``printer`` was set up; returns at once, the job goes on.
    ``page_count``: the document's pages when the caller knows them (it has the document open)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        job: PrintJob = FileJob(parent, path, printer, page_count)
    else:
        job = ImageJob(parent, path, printer)
    job.start()
    return job


def say_done(widget: QWidget, text: str) -> None:
    """A word that a job is done: on a window's own line if it has one (the preview), else on the
    status bar of the main window under it."""
    top: QWidget | None = widget.window()
    own = getattr(top, "say_done", None)
    if callable(own):
        own(text)
        return
    while top is not None and not isinstance(top, QMainWindow):
        parent = top.parentWidget()
        top = parent.window() if parent is not None else None
    if isinstance(top, QMainWindow):
        show_status(top, text, 15000)


class PrintJob(QObject):
    """One document on its way out; ``finished`` is emitted once, after any message was shown."""

    sheet_printed = Signal(int)  # how many pages have gone out so far
    finished = Signal()

    def __init__(self, parent: QWidget, path: Path, printer: QPrinter) -> None:
        super().__init__(parent)
        self.window = parent
        self.path = path
        self.printer = printer  # kept: the dialog's printer must live as long as the job
        self.outcome = ""  # "printed", "cancelled" or "failed" once finished
        self.message = ""  # what the person was told when it failed
        self.sheets = 0  # pages sent so far
        self.pages: list[int] = []

    def start(self) -> None:
        raise NotImplementedError

    @property
    def running(self) -> bool:
        return not self.outcome

    def _choose_pages(self, page_count: int) -> bool:
        if page_count <= 0:
            self._fail(QCoreApplication.translate("Printing", "The document could not be read for printing."))
            return False
        self.pages = pages_to_print(self.printer, page_count)
        if not self.pages:
            self._fail(QCoreApplication.translate(
                "Printing", "None of the pages chosen are in this document: it has pages 1 to {last}.").format(
                last=page_count))
            return False
        return True

    def _fail(self, message: str) -> None:
        self.message = message
        self._end("failed")
        tell(self.window, QCoreApplication.translate("Printing", "Not printed"), message)
        self.finished.emit()

    def _end(self, outcome: str) -> None:
        self.outcome = outcome


class FileJob(PrintJob):
    """"Print to file": the document's own pages written to the file chosen, in the background."""

    def __init__(self, parent: QWidget, path: Path, printer: QPrinter, page_count: int | None = None) -> None:
        super().__init__(parent, path, printer)
        self.page_count = page_count

    def start(self) -> None:
        count = self.page_count if self.page_count else self._count_pages()
        if not self._choose_pages(count):
            return
        from icdesk.reports.print_file import write_pages

        target = Path(self.printer.outputFileName())
        pages = None if self.pages == list(range(count)) else list(self.pages)  # None: the file as it is
        label = QCoreApplication.translate("Printing", "Printing to {file}\u2026").format(file=target.name)
        run_with_progress(self.window, label, lambda: write_pages(self.path, target, pages), self._written, self._fail)

    def _count_pages(self) -> int:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        try:
            return len(PdfReader(self.path).pages)
        except (OSError, ValueError, KeyError, PyPdfError):  # a file damaged on disk: said, not raised
            return 0

    def _written(self, _target: object) -> None:
        self.sheets = len(self.pages)
        self._end("printed")
        target = Path(self.printer.outputFileName())
        self.message = QCoreApplication.translate("Printing", "Printed to {file} ({folder}).").format(
            file=target.name, folder=target.parent)
        say_done(self.window, self.message)  # a file appears without a word otherwise: nothing else shows it
        self.finished.emit()


class ImageJob(PrintJob):
    """A real printer: each page a picture of at most MAX_DPI, made off the window's thread."""

    def __init__(self, parent: QWidget, path: Path, printer: QPrinter) -> None:
        super().__init__(parent, path, printer)
        self.document = QPdfDocument(self)
        self.renderer: QPdfPageRenderer | None = None
        self.painter: QPainter | None = None
        self.progress: QProgressDialog | None = None
        self._next = 0  # index in self.pages of the page painted next
        # Pictures at hand, by page: the one being painted (kept for its copies) and the next one,
        # made on the renderer's thread meanwhile; never more (an A4 page at 300 dpi is 35 MB).
        self._ready: dict[int, QImage] = {}
        self._asked: set[int] = set()  # pages whose picture is being made
        self._painting = False

    def start(self) -> None:
        # a document of the job's own: the screen may close or replace its copy while this one prints
        self.document.load(str(self.path))
        ready = self.document.status() == QPdfDocument.Status.Ready
        if not self._choose_pages(self.document.pageCount() if ready else 0):
            return
        painter = QPainter()
        if not painter.begin(self.printer):
            name = self.printer.printerName() or self.printer.outputFileName()
            self._fail(QCoreApplication.translate(
                "Printing", "The printer {printer} did not start. Check that it is on and connected, and try again."
            ).format(printer=name))
            return
        self.painter = painter
        cancel = QCoreApplication.translate("Printing", "Cancel")
        self.progress = progress = QProgressDialog(self._label(), cancel, 0, len(self.pages), self.window)
        progress.setWindowTitle(QCoreApplication.translate("Printing", "Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        progress.setValue(0)
        progress.show()  # at once: the person asked to print and sees it under way, with its Cancel
        self.renderer = renderer = QPdfPageRenderer(self)
        renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        renderer.setDocument(self.document)
        renderer.pageRendered.connect(self._on_rendered)
        self._ask_for(0)

    def _label(self) -> str:
        return QCoreApplication.translate("Printing", "Printing page {page} of {total}\u2026").format(
            page=min(self.sheets + 1, len(self.pages)), total=len(self.pages))

    def _target(self, page: int) -> QRectF:
        """Where the page goes on the sheet, in printer pixels: as large as the printable area allows,
        its proportions kept, in the middle."""
        area = self.printer.pageRect(QPrinter.Unit.DevicePixel)
        size = self.document.pagePointSize(page)
        if size.width() <= 0 or size.height() <= 0:
            size = QSizeF(595, 842)  # a page without a size: A4, rather than nothing
        scale = min(area.width() / size.width(), area.height() / size.height())
        width, height = size.width() * scale, size.height() * scale
        return QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)

    def _ask_for(self, position: int) -> None:
        """Have the picture of the page at ``position`` made, unless it is at hand or on its way."""
        if position >= len(self.pages) or self.renderer is None:
            return
        page = self.pages[position]
        if page in self._ready or page in self._asked:
            return
        self._asked.add(page)
        target = self._target(page)
        factor = min(1.0, MAX_DPI / max(1, self.printer.resolution()))
        size = QSize(max(1, round(target.width() * factor)), max(1, round(target.height() * factor)))
        self.renderer.requestPage(page, size, QPdfDocumentRenderOptions())

    def _after_run(self, position: int) -> int:
        """The position of the first page after the copies of the one at ``position``."""
        page = self.pages[position]
        while position < len(self.pages) and self.pages[position] == page:
            position += 1
        return position

    def _on_rendered(self, page: int, _size: QSize, image: QImage, _options: object, _request: int) -> None:
        if not self.running or page not in self._asked:
            return  # a picture that arrives after a cancel
        self._asked.discard(page)
        self._ready[page] = _on_white(image)
        if not self._painting:  # else the loop painting now (the progress dialog lets events in) takes it
            self._paint_what_is_ready()

    def _paint_what_is_ready(self) -> None:
        """Paint the pages whose picture is at hand, in order, the next one being made meanwhile."""
        self._painting = True
        try:
            while self.running and self._next < len(self.pages) and self.pages[self._next] in self._ready:
                assert self.painter is not None and self.progress is not None
                page = self.pages[self._next]
                self._ask_for(self._after_run(self._next))
                if self.sheets and not self.printer.newPage():
                    self._stop_painting()
                    self._fail(QCoreApplication.translate(
                        "Printing", "The printer stopped after {done} of {total} pages.").format(
                        done=self.sheets, total=len(self.pages)))
                    return
                self.painter.drawImage(self._target(page), self._ready[page])
                self.sheets += 1
                self._next += 1
                if self._next >= len(self.pages) or self.pages[self._next] != page:
                    self._ready.pop(page, None)  # its copies are done (collated sets make it again)
                self.progress.setLabelText(self._label())
                self.progress.setValue(self.sheets)
                self.sheet_printed.emit(self.sheets)
        finally:
            self._painting = False
        if self.running and self._next >= len(self.pages):
            self._stop_painting()
            self._end("printed")
            self.finished.emit()

    def cancel(self) -> None:
        """Stop: the printer drops what it was sent where it can (a real print queue does)."""
        if not self.running:
            return
        self.printer.abort()
        self._stop_painting()
        self._end("cancelled")
        self.finished.emit()

    def _stop_painting(self) -> None:
        if self.painter is not None and self.painter.isActive():
            self.painter.end()
        self.painter = None
        self._ready.clear()
        self._asked.clear()
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self.renderer is not None:
            # waits for a picture being made to be done with the document, and makes no other
            self.renderer.setDocument(None)  # type: ignore[arg-type]
            self.renderer.deleteLater()
            self.renderer = None
        self.document.close()


def _on_white(image: QImage) -> QImage:
    """PDFium leaves the paper transparent; printers want it white (a transparent picture is sent
    with a mask beside it, and some drivers print transparency black)."""
    sheet = QImage(image.size(), QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, image)
    painter.end()
    return sheet


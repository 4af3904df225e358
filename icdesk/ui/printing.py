"""Sending a PDF made by icdesk to a printer."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Render each page at the printer's resolution and send it to the printer."""
    painter = QPainter(printer)
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            image = document.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))
            painter.drawImage(QPointF(0, 0), image)
    finally:
        painter.end()

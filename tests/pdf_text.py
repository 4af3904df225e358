"""Reading back the PDFs the way a person would: page by page, as text."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

TOC_LINE = re.compile(r"^\s*(?P<title>\S.*?)\s+(?:\.\s*){3,}(?P<page>\d+)\s*$")


def pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def layout_pages(path: Path) -> list[str]:
    return [page.extract_text(extraction_mode="layout") or "" for page in PdfReader(path).pages]


def text(path: Path) -> str:
    return "\n".join(pages(path))


def toc_entries(page_text: str) -> list[tuple[str, int]]:
    out = []
    for line in page_text.splitlines():
        match = TOC_LINE.match(line)
        if match:
            out.append((match["title"].strip(), int(match["page"])))
    return out

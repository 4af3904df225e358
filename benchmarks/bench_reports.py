"""Time the two heavy documents on the large file, each beside a floor measured in the same run.

Targets: the SOP handbook of 500 standards at most 1.0x a naive bare ReportLab document of the
same text (SimpleDocTemplate, one paragraph per text, a plain TableOfContents built with
multiBuild); the service summary over 100,000 requests < 2 s.
Run: python benchmarks/bench_reports.py [--db big.sqlite]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, large_file, parser  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate  # noqa: E402
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

from icdesk.db.store import open_data_file  # noqa: E402
from icdesk.reports.registry import ReportSpec, build_report  # noqa: E402
from icdesk.reports.styles import BODY, H1, H2, TOC_1, TOC_2, esc  # noqa: E402
from icdesk.services import Services  # noqa: E402


class _NaiveDoc(SimpleDocTemplate):
    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - ReportLab's hook name
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))


def naive_handbook(services: Services, out: Path) -> None:
    """The handbook's text as a first attempt would print it: no tables, no control of breaks."""
    versions = services.standards.active_versions()
    controls = services.standards.controls([v.id for v in versions])
    people: dict[int | None, list[str]] = {}
    for person in services.people.list():
        people.setdefault(person.department_id, []).append(f"{person.full_name} {person.job_title}")
    toc = TableOfContents()
    toc.levelStyles = [TOC_1, TOC_2]
    story: list[Any] = [Paragraph("SOP handbook", H1), toc, PageBreak()]
    department = None
    for v in versions:
        if v.department_id != department:
            if department is not None:
                story += [Paragraph(esc(name), BODY) for name in people.get(department, [])] + [PageBreak()]
            department = v.department_id
            title = Paragraph(esc(v.department_name), H1)
            title.toc_level = 0  # type: ignore[attr-defined]
            story.append(title)
        c = controls[v.id]
        heading = Paragraph(esc(v.title), H2)
        heading.toc_level = 1  # type: ignore[attr-defined]
        story += [heading, *(Paragraph(esc(f"{label}: {value}"), BODY) for label, value in (
            ("Document ID", c.document_id), ("Version", c.version), ("Effective from", c.effective_on),
            ("Approved", c.approved_on), ("Owner", c.owner_name), ("Next review", c.next_review_on),
            ("First response within", v.first_response_minutes), ("Resolved within", v.resolution_minutes),
            ("Purpose", v.purpose), ("Who it serves", v.serves)))]
        story += [Paragraph(f"{n}. {esc(step)}", BODY) for n, step in enumerate(v.steps, start=1)]
        story += [Paragraph(esc(f"{r.number} {r.effective_on} {r.approved_on} {r.change_note}"), BODY)
                  for r in c.revisions]
    story += [Paragraph(esc(name), BODY) for name in people.get(department, [])]
    _NaiveDoc(str(out), pagesize=A4).multiBuild(story)


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    services = Services(open_data_file(large_file(args.db)))
    out = Path(tempfile.mkdtemp())
    standards = len(services.standards.active_versions())
    requests = services.requests.count()
    handbook = best_of(args.repeat, lambda: build_report(services, ReportSpec("handbook"), out / "h.pdf"))
    floor = best_of(args.repeat, lambda: naive_handbook(services, out / "naive.pdf"))
    start, end = date.today() - timedelta(days=365), date.today()
    summary = best_of(args.repeat, lambda: build_report(
        services, ReportSpec("summary", start=start, end=end), out / "s.pdf"))
    figures = best_of(args.repeat, lambda: services.reporting.summary(start, end))
    pypdf = __import__("pypdf")
    pages = len(pypdf.PdfReader(out / "h.pdf").pages)
    naive_pages = len(pypdf.PdfReader(out / "naive.pdf").pages)
    print(f"handbook: {standards} standards, {pages} pages: {handbook:.2f} s; floor (naive bare ReportLab, same "
          f"text, {naive_pages} pages) {floor:.2f} s; ratio {handbook / floor:.2f}x (target <= 1.0x)")
    print(f"summary:  {requests} requests: {summary:.2f} s (target < 2 s), of which SQL figures {figures:.2f} s; "
          f"floor = the SQL figures, ratio {summary / figures:.1f}x")
    services.close()


if __name__ == "__main__":
    main()

"""Time the two heavy documents on the large file.

Targets (issue 5): SOP handbook of 500 standards < 5 s; service summary over 100,000 requests < 2 s.
Run: python benchmarks/bench_reports.py [--db big.sqlite]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, large_file, parser  # noqa: E402

from icdesk.db.store import open_data_file  # noqa: E402
from icdesk.reports.registry import ReportSpec, build_report  # noqa: E402
from icdesk.services import Services  # noqa: E402


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    services = Services(open_data_file(large_file(args.db)))
    out = Path(tempfile.mkdtemp())
    standards = len(services.standards.active_versions())
    requests = services.requests.count()
    handbook = best_of(args.repeat, lambda: build_report(services, ReportSpec("handbook"), out / "h.pdf"))
    start, end = date.today() - timedelta(days=365), date.today()
    summary = best_of(args.repeat, lambda: build_report(
        services, ReportSpec("summary", start=start, end=end), out / "s.pdf"))
    figures = best_of(args.repeat, lambda: services.reporting.summary(start, end))
    pages = len(__import__("pypdf").PdfReader(out / "h.pdf").pages)
    print(f"handbook: {standards} standards, {pages} pages: {handbook:.2f} s (target < 5 s)")
    print(f"summary:  {requests} requests: {summary:.2f} s (target < 2 s), of which SQL figures {figures:.2f} s")
    services.close()


if __name__ == "__main__":
    main()

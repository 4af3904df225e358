"""Write one sample of each printed document of the example hotel to docs/samples/.

Run: python scripts/make_samples.py [NAME.pdf ...]   (then look at them: pdftoppm -png docs/samples/X.pdf /tmp/x)
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from icdesk.db.store import open_data_file
from icdesk.reports.registry import ReportSpec, build_report
from icdesk.services import Services

OUT = Path(__file__).resolve().parent.parent / "docs" / "samples"


def main(only: list[str]) -> None:
    """Every sample, or only those named."""
    from icdesk.i18n import Formatter
    from icdesk.reports.survey_form import SurveyFormReport

    OUT.mkdir(parents=True, exist_ok=True)
    services = Services(open_data_file(Path(tempfile.mkdtemp()) / "hotel.sqlite"))
    services.demo.fill()
    # an edition issued before the example hotel last revised its standards, so the sample is
    # edition 2 and shows what changed since edition 1
    services.editions.issue(1, services.ctx.clock() - timedelta(days=250))
    it, hr = services.departments.find_by_name("IT"), services.departments.find_by_name("HR")
    agreement = services.agreements.find(it.id, hr.id)
    assert agreement is not None
    rated = next(f for f in services.feedback.list() if f.comment and f.request_id)
    today = services.ctx.today()
    specs = {
        "sop-handbook.pdf": ReportSpec("handbook", new_edition=True),
        # three months, so the three before hold data to compare with
        "service-summary.pdf": ReportSpec("summary", start=today - timedelta(days=91), end=today),
        "scorecard-it.pdf": ReportSpec("scorecard", department_id=it.id, start=today - timedelta(days=90), end=today),
        "agreement-it-hr.pdf": ReportSpec("agreement", agreement_id=agreement.id),
        "request.pdf": ReportSpec("request", request_id=rated.request_id),
        "who-still-has-to-sign.pdf": ReportSpec("acknowledgements"),
        "attendance.pdf": ReportSpec("attendance", training_id=next(
            s.id for s in services.training.sessions() if s.standards)),
        "service-network.pdf": ReportSpec("network", start=today - timedelta(days=150), end=today),
    }
    for name, spec in specs.items():
        if not only or name in only:
            print(build_report(services, spec, OUT / name))
    if not only or "survey-form.pdf" in only:  # one fillable form of the example survey round
        [survey] = services.surveys.rounds()
        form = next(f for f in services.surveys.forms(survey.id) if f.department_name == "HR")
        print(SurveyFormReport(services, Formatter("en", services.ctx.sla.zone), forms=[form],
                               fillable=True).build(OUT / "survey-form.pdf"))
    services.close()


if __name__ == "__main__":
    main(sys.argv[1:])

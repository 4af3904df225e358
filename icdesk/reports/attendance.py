"""Training attendance sheet: what the session is, and a line for each attendee to sign."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from icdesk.i18n import Formatter
from icdesk.reports.base import BaseReport, heading
from icdesk.reports.spec import ReportSpec
from icdesk.reports.styles import BODY, H1, H2, SMALL, data_table, label_value_table, para, signature_block
from icdesk.services import Services

SPARE_LINES = 4  # for colleagues who come without being on the list


class AttendanceReport(BaseReport):
    def __init__(self, *args: object, training_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.training_id = training_id

    def title(self) -> str:
        return self.tr("Training attendance sheet")

    def story(self) -> list[Flowable]:
        session, t, w = self.services.training.get(self.training_id), self.t, self.width
        facts = [
            (self.tr("Date"), t.long_date(session.held_on)),
            (self.tr("Duration"), t.target(session.duration_minutes)),
            (self.tr("Given by"), session.department_name),
            (self.tr("Trainer"), session.trainer_name or "\u2013"),
            (self.tr("Standards covered"), "\n".join(
                self.tr("{title}, version {n}").format(title=title, n=n)
                for title, n in zip(session.standards, session.standard_numbers, strict=True)) or "\u2013"),
        ]
        story: list[Flowable] = [heading(self.tr("Training attendance sheet"), SMALL),
                                 heading(session.topic, H1), label_value_table(facts, w)]
        if session.notes:
            story += [Spacer(1, 2 * mm), para(session.notes, BODY)]
        statement = (self.tr("By signing I confirm that I attended this training and have read and understood the "
                             "standards it covered.") if session.standards else
                     self.tr("By signing I confirm that I attended this training."))
        rows: list[list[object]] = [[str(n), name, dept, ""] for n, (name, dept) in enumerate(
            zip(session.attendee_names, session.attendee_departments, strict=True), start=1)]
        rows += [[str(len(rows) + n), "", "", ""] for n in range(1, SPARE_LINES + 1)]
        table = data_table(["#", self.tr("Name"), self.tr("Department"), self.tr("Signature")], rows,
                           [w * 0.06, w * 0.36, w * 0.26, w * 0.32], align_right=(0,))
        table.setStyle([("TOPPADDING", (0, 1), (-1, -1), 9), ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
                        ("GRID", (0, 0), (-1, -1), 0.4, "#9aa7b4")])
        story += [heading(self.tr("Attendance"), H2), para(statement, BODY), Spacer(1, 3 * mm), table,
                  Spacer(1, 10 * mm), KeepTogether([
                      signature_block([(self.tr("Trainer"), session.trainer_name)], w / 2, self.tr("Signature"),
                                      self.tr("Date"))])]
        return story


def build(services: Services, spec: ReportSpec, t: Formatter, page_size: str) -> BaseReport:
    assert spec.training_id is not None
    return AttendanceReport(services, t, page_size, training_id=spec.training_id)

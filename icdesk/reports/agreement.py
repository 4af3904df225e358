"""Service agreement sheet: what each department needs from the other, signed by both heads."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from icdesk.i18n import Formatter
from icdesk.reports.base import BaseReport, heading
from icdesk.reports.spec import ReportSpec
from icdesk.reports.styles import BODY, H1, H2, SMALL, data_table, para, signature_block
from icdesk.services import Services


class AgreementReport(BaseReport):
    def __init__(self, *args: object, agreement_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.agreement_id = agreement_id

    def title(self) -> str:
        return self.tr("Service agreement")

    def story(self) -> list[Flowable]:
        svc, w = self.services, self.width
        a = svc.agreements.get(self.agreement_id)
        provider, customer = svc.departments.get(a.provider_id), svc.departments.get(a.customer_id)
        story: list[Flowable] = [
            heading(self.tr("Service agreement"), H1),
            para(self.tr("between {provider} (provider) and {customer} (customer)").format(
                provider=provider.name, customer=customer.name), BODY),
            Spacer(1, 5 * mm),
            heading(self.tr("What {customer} needs from {provider}").format(
                customer=customer.name, provider=provider.name), H2),
            para(a.customer_needs or "\u2013", BODY),
            heading(self.tr("What {provider} needs from {customer} in return").format(
                customer=customer.name, provider=provider.name), H2),
            para(a.provider_needs or "\u2013", BODY),
        ]
        versions = {v.standard_id: v for v in svc.standards.active_versions([a.provider_id])}
        linked = [versions[sid] for sid in a.standard_ids if sid in versions]
        story += [CondPageBreak(35 * mm), heading(self.tr("Service standards that apply"), H2)]
        if linked:
            rows: list[list[object]] = [[v.title, str(v.number), self.t.target(v.first_response_minutes),
                                         self.t.target(v.resolution_minutes)] for v in linked]
            story.append(data_table([self.tr("Standard"), self.tr("Version"), self.tr("First response"),
                                     self.tr("Resolution")], rows, [w * 0.55, w * 0.13, w * 0.16, w * 0.16],
                                    align_right=(1, 2, 3)))
        else:
            story.append(para(self.tr("No standard is linked to this agreement."), BODY))
        if a.review_on:
            story += [Spacer(1, 3 * mm), para(self.tr("To be reviewed by {date}.").format(
                date=self.t.date(a.review_on)), SMALL)]
        story += [Spacer(1, 12 * mm), KeepTogether([
            heading(self.tr("Signatures"), H2),
            para(self.tr("Both departments agree to give the service described above and to tell each other "
                         "early when they cannot."), BODY),
            Spacer(1, 6 * mm),
            signature_block([
                (self.tr("For {department}").format(department=provider.name), provider.head_name),
                (self.tr("For {department}").format(department=customer.name), customer.head_name),
            ], w, self.tr("Signature"), self.tr("Date")),
        ])]
        return story



def build(services: Services, spec: ReportSpec, t: Formatter, page_size: str) -> BaseReport:
    assert spec.agreement_id is not None
    return AgreementReport(services, t, page_size, agreement_id=spec.agreement_id)

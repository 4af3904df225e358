"""A single request printed: what was asked, its targets, its whole history and its feedback."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from icdesk.domain.enums import EventKind
from icdesk.i18n import Formatter
from icdesk.i18n.system_notes import note_shown
from icdesk.reports.base import BaseReport, heading
from icdesk.reports.spec import ReportSpec
from icdesk.reports.styles import BODY, H1, H2, data_table, label_value_table, para
from icdesk.services import Services
from icdesk.services.dto import EventRow


class RequestReport(BaseReport):
    def __init__(self, *args: object, request_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.request_id = request_id

    def title(self) -> str:
        return self.tr("Internal request #{number}").format(number=self.request_id)

    def story(self) -> list[Flowable]:
        d = self.services.requests.get(self.request_id)
        r, t, w = d.row, self.t, self.width
        facts = [
            (self.tr("Status"), t.label(r.status)),
            (self.tr("Priority"), t.label(r.priority)),
            (self.tr("Asked by"), ", ".join(x for x in (r.requester_name, r.requester_department_name) if x)
             if r.requester_name != r.requester_department_name else r.requester_name),
            (self.tr("Provided by"), r.provider_name),
            (self.tr("Assigned to"), r.assignee_name or "\u2013"),
            (self.tr("Service standard"), d.standard_title or "\u2013"),
            (self.tr("Logged"), t.datetime(r.created_at)),
            (self.tr("First response due"), t.datetime(r.response_due_at) or "\u2013"),
            (self.tr("First response"), t.datetime(r.first_response_at) or "\u2013"),
            (self.tr("Resolution due"), t.datetime(r.resolution_due_at) or "\u2013"),
            (self.tr("Resolved"), t.datetime(r.resolved_at) or "\u2013"),
            (self.tr("Time waiting on requester"), t.span(r.paused_seconds) if r.paused_seconds else "\u2013"),
        ]
        if r.overdue:
            facts.insert(1, (self.tr("Overdue"), self.tr("Yes: a target has passed")))
        story: list[Flowable] = [heading(f"#{r.id} {r.title}", H1), label_value_table(facts, w)]
        if d.description:
            story += [heading(self.tr("Description"), H2), para(d.description, BODY)]
        story += [Spacer(1, 2 * mm), CondPageBreak(30 * mm), heading(self.tr("History"), H2),
                  data_table([self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Note")],
                             [[t.datetime(e.at), self.event_text(e), e.actor_name or "\u2013",
                               note_shown(e.text, t, edit=e.kind is EventKind.EDITED)]
                              for e in d.events], [w * 0.2, w * 0.3, w * 0.2, w * 0.3])]
        feedback = self.services.feedback.list(request_id=r.id)
        if feedback:
            story += [CondPageBreak(30 * mm), heading(self.tr("Feedback"), H2), data_table(
                [self.tr("Rating"), self.tr("From"), self.tr("Breakdown point"), self.tr("Comment")],
                [[f"{f.rating} / 5", self.tr("Anonymous") if f.anonymous else f.author_name or "\u2013",
                  t.label(f.breakdown_point) if f.breakdown_point else "\u2013", f.comment] for f in feedback],
                [w * 0.12, w * 0.22, w * 0.2, w * 0.46])]
        # what was done about it: the window's history shows the actions opened, so the sheet does too
        actions = self.services.actions.following(request_id=r.id)  # on it, and on its ratings
        if actions:
            outcome = self.tr("Outcome")
            story += [CondPageBreak(30 * mm), heading(self.tr("Corrective actions"), H2), data_table(
                [self.tr("What will be done"), self.tr("Owner"), self.tr("Due"), self.tr("Status")],
                [[a.description + (f"\n{outcome}: {a.outcome}" if a.outcome else ""),
                  a.owner_name or "\u2013", t.date(a.due_on),
                  t.label(a.status) + (f"\n{t.date(a.completed_on)}" if a.completed_on else "")]
                 for a in actions],
                [w * 0.48, w * 0.2, w * 0.14, w * 0.18])]
        return story

    def event_text(self, e: EventRow) -> str:
        if e.kind is EventKind.STATUS and e.from_status and e.to_status:
            return f"{self.t.label(e.from_status)} \u2192 {self.t.label(e.to_status)}"
        return self.t.label(e.kind)



def build(services: Services, spec: ReportSpec, t: Formatter, page_size: str) -> BaseReport:
    assert spec.request_id is not None
    return RequestReport(services, t, page_size, request_id=spec.request_id)

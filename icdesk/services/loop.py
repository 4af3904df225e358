"""The loop, followed end to end: feedback -> corrective action -> revised standard -> acknowledged.

Each row is one corrective action taken on feedback (or one that revised a standard), with the
dates of each stage: when the feedback was given, the action opened and closed, the revision came
into force, and 90 % of the people the standard applies to had acknowledged it. The figures are
the median days from the feedback to each stage.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from icdesk.domain.models import CorrectiveAction, Department, Feedback, StandardVersion
from icdesk.domain.sla import ServiceClock
from icdesk.services.acknowledgements import version_progress
from icdesk.services.base import ServiceBase
from icdesk.services.dto import LoopRow

ACKNOWLEDGED_SHARE = 0.9  # a revision is "acknowledged" when 90 % of the people it applies to are current


@dataclass(frozen=True)
class LoopFigures:
    """Median days from the feedback to each stage, and how many loops reached it."""

    loops: int
    to_action: float | None
    to_closed: float | None
    to_revision: float | None
    to_acknowledged: float | None
    closed: int
    revised: int
    acknowledged: int


def share_reached_on(required: int, dates: list[date], share: float = ACKNOWLEDGED_SHARE) -> date | None:
    """The day ``share`` of ``required`` people had acknowledged (``dates``: when each one did)."""
    if required <= 0:
        return None
    needed = math.ceil(share * required - 1e-9)
    ordered = sorted(dates)
    return ordered[needed - 1] if len(ordered) >= needed else None


def _loop_rows(s: Session, sla: ServiceClock, *conditions: ColumnElement[bool]) -> list[LoopRow]:
    revised = select(StandardVersion.action_id).where(StandardVersion.action_id.is_not(None))
    query = (
        select(CorrectiveAction, Feedback, Department.name)
        .outerjoin(Feedback, Feedback.id == CorrectiveAction.feedback_id)
        .outerjoin(Department, Department.id == CorrectiveAction.department_id)
        .where(CorrectiveAction.archived_at.is_(None),
               or_(CorrectiveAction.feedback_id.is_not(None), CorrectiveAction.id.in_(revised)), *conditions)
        .order_by(CorrectiveAction.opened_on.desc(), CorrectiveAction.id.desc())
    )
    found = s.execute(query).all()
    action_ids = [a.id for a, _f, _d in found]
    revisions: dict[int, StandardVersion] = {}
    for start in range(0, len(action_ids), 900):
        for revision in s.scalars(select(StandardVersion).where(
                StandardVersion.action_id.in_(action_ids[start:start + 900]))):
            assert revision.action_id is not None
            revisions.setdefault(revision.action_id, revision)
    rows: list[LoopRow] = []
    for action, feedback, department in found:
        version = revisions.get(action.id)
        active_on = ninety = share = None
        if version is not None and version.published_at is not None:
            active_on = sla.local_date(version.published_at)
            required, dates = version_progress(s, sla, version.id)
            ninety = share_reached_on(required, dates)
            share = len(dates) / required if required else None
        rows.append(LoopRow(
            feedback_id=feedback.id if feedback else None,
            feedback_on=sla.local_date(feedback.created_at) if feedback else None,
            rating=feedback.rating if feedback else None, department_name=department or "",
            comment=feedback.comment if feedback else "", action_id=action.id, action=action.description,
            action_opened_on=action.opened_on, action_closed_on=action.completed_on,
            standard_id=version.standard_id if version else None, standard_title=version.title if version else "",
            version_number=version.number if version else None, version_status=version.status if version else None,
            revision_active_on=active_on, acknowledged_90_on=ninety, acknowledged_share=share))
    return rows


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


class LoopService(ServiceBase):
    def rows(self, department_id: int | None = None, open_only: bool = False) -> list[LoopRow]:
        """Loops newest first; ``open_only``: those not yet closed by acknowledgements."""
        conditions = [CorrectiveAction.department_id == department_id] if department_id is not None else []
        with self.db.reading() as s:
            rows = _loop_rows(s, self.sla, *conditions)
        return [r for r in rows if not r.complete] if open_only else rows

    def figures(self, rows: list[LoopRow] | None = None) -> LoopFigures:
        rows = self.rows() if rows is None else rows
        with_feedback = [r for r in rows if r.feedback_on is not None]
        days = self.sla.days_between

        def spans(stage: str) -> list[int]:
            out = []
            for r in with_feedback:
                reached = getattr(r, stage)
                if reached is not None and r.feedback_on is not None:
                    out.append(max(0, days(r.feedback_on, reached)))
            return out

        closed, revised, acknowledged = (spans("action_closed_on"), spans("revision_active_on"),
                                         spans("acknowledged_90_on"))
        return LoopFigures(len(with_feedback), _median(spans("action_opened_on")), _median(closed), _median(revised),
                           _median(acknowledged), len(closed), len(revised), len(acknowledged))


__all__ = ["LoopService", "LoopFigures", "share_reached_on", "ACKNOWLEDGED_SHARE"]

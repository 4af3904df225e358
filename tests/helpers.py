"""Small builders shared by the tests."""

from __future__ import annotations

from icdesk.services import Services
from icdesk.services.dto import StandardVersionDetail
from icdesk.services.standards import StandardContent


def active_standard(
    services: Services, department_id: int, title: str = "PMS access", response_h: float = 1, resolution_h: float = 4
) -> StandardVersionDetail:
    draft = services.standards.create(department_id, StandardContent(
        title=title, steps=["Log the problem", "Call back", "Fix it"],
        first_response_hours=response_h, resolution_hours=resolution_h))
    return services.standards.publish(draft.id)

"""The names a request shows, folded and stored beside it so lists sort by them from an index.

``provider_key``, ``requester_key`` (the person's name, else the department's) and ``assignee_key``
(none when unassigned) are search_key of the names (migration 0015). A new request gets them from
prepare_request, an assignment from the write that makes it; renaming a person or a department
rewrites the keys of their requests here, in the same transaction as the rename. The ratings they
gave keep the same kind of key (``feedback.author_key``, migration 0016), rewritten here too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from icdesk.domain.models import Feedback, Request
from icdesk.domain.rules import search_key

_REQUESTS: Any = Request.__table__  # plain UPDATEs: a key is no edit of the request (its version stays)
_FEEDBACK: Any = Feedback.__table__


def rekey_department_requests(s: Session, department_id: int, name: str) -> None:
    key = search_key(name)
    s.execute(update(_REQUESTS).where(_REQUESTS.c.provider_id == department_id).values(provider_key=key))
    s.execute(update(_REQUESTS).where(_REQUESTS.c.requester_department_id == department_id,
                                      _REQUESTS.c.requester_id.is_(None)).values(requester_key=key))
    s.execute(update(_FEEDBACK).where(_FEEDBACK.c.author_department_id == department_id,
                                      _FEEDBACK.c.author_id.is_(None)).values(author_key=key))


def rekey_person_requests(s: Session, person_id: int, name: str) -> None:
    key = search_key(name)
    s.execute(update(_REQUESTS).where(_REQUESTS.c.requester_id == person_id).values(requester_key=key))
    s.execute(update(_REQUESTS).where(_REQUESTS.c.assignee_id == person_id).values(assignee_key=key))
    s.execute(update(_FEEDBACK).where(_FEEDBACK.c.author_id == person_id).values(author_key=key))

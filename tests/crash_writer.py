"""A process that writes to an icdesk file as fast as it can and says each time a write is
committed. The crash-safety test and benchmark kill it at random moments."""

from __future__ import annotations

import sys
from pathlib import Path

from icdesk.db.store import open_data_file
from icdesk.services import Services
from icdesk.services.requests import RequestDraft


def main(path: str, start: int) -> None:
    services = Services(open_data_file(Path(path)))
    provider, asking = (d.id for d in services.departments.list()[:2])  # a department never asks itself
    n = start
    while True:
        detail = services.requests.create(RequestDraft(title=f"crash-{n}", provider_id=provider,
                                                       requester_department_id=asking))
        services.requests.add_note(detail.row.id, f"note for crash-{n}")
        # only now is it on disk (synchronous=FULL): the parent may count on it
        print(f"committed {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))

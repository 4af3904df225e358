"""The example company's fast writer stores exactly what the window's write path stores."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, text

from icdesk.db.store import open_data_file
from icdesk.domain.enums import Priority, RequestStatus
from icdesk.domain.models import Request, RequestEvent
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from icdesk.services.demo_bulk import BulkWriter
from icdesk.services.request_writes import (
    Move,
    NewRequest,
    RequestDraft,
    RequestReferences,
    insert_requests,
    prepare_request,
)
from tests.conftest import FakeClock
from tests.helpers import ON_BOTH_STORES, small_org

INDEXES = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY type, name"


@ON_BOTH_STORES
def test_a_request_written_in_bulk_is_stored_as_the_window_stores_it(services: Services, clock: FakeClock) -> None:
    org = small_org(services)
    at = clock.now - timedelta(days=3)
    item = NewRequest(at, RequestDraft(
        title="Écran cassé à la réception", description="Lopez: ÅNGSTRÖM", provider_id=org["it"],
        requester_id=org["anna"], standard_id=org["std"], priority=Priority.URGENT, assignee_id=org["laura"]),
        actor_id=org["anna"], moves=[Move(at + timedelta(hours=1), RequestStatus.IN_PROGRESS, org["laura"]),
                                     Move(at + timedelta(hours=3), RequestStatus.RESOLVED, org["laura"], "Done.")])
    demo = services.demo
    with demo.db.transaction() as s:
        refs = RequestReferences.for_items(s, [item])
        [window] = insert_requests(s, [prepare_request(refs, demo.sla, item)])
        bulk = BulkWriter(s)
        [fast] = bulk.requests([prepare_request(refs, demo.sla, item)])
        bulk.finish()
    with demo.db.transaction() as s:
        def stored(request_id: int) -> tuple[object, ...]:
            columns = [c for c in Request.__table__.c if c.name != "id"]
            row = s.execute(select(*columns).where(Request.id == request_id)).one()
            events = s.execute(select(*[c for c in RequestEvent.__table__.c if c.name not in ("id", "request_id")])
                               .where(RequestEvent.request_id == request_id).order_by(RequestEvent.id)).all()
            # the raw text too: what SQL compares and sorts (only SQLite keeps dates as text)
            raw = s.execute(text("SELECT created_at, resolved_at, priority, status FROM requests WHERE id = :i"),
                            {"i": request_id}).one()
            return tuple(row), [tuple(e) for e in events], tuple(raw)

        assert stored(fast) == stored(window)
        assert stored(fast)[0][Request.__table__.c.keys().index("title_key") - 1] == "ecran casse a la reception"


def test_the_example_file_keeps_every_index_of_a_new_file(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "hotel.sqlite"
    services = Services(open_data_file(path), clock=clock)
    services.demo.fill(DemoOptions(requests=400))
    services.close()
    empty = tmp_path / "empty.sqlite"
    open_data_file(empty).close()
    read = [sqlite3.connect(p) for p in (path, empty)]
    try:
        assert read[0].execute(INDEXES).fetchall() == read[1].execute(INDEXES).fetchall()
        assert read[0].execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # the search indexes, filled once after the rows went in, hold what the row triggers put there
        hotel = read[0]
        # (against its content only for requests: the notes' index leaves out lines without text, by design)
        hotel.execute("INSERT INTO request_search(request_search, rank) VALUES ('integrity-check', 1)")
        hotel.execute("INSERT INTO note_search(note_search) VALUES ('integrity-check')")
        found = hotel.execute("SELECT rowid FROM request_search WHERE request_search MATCH '\"printer\"' "
                              "ORDER BY rowid").fetchall()
        assert found and found == hotel.execute("SELECT id FROM requests WHERE title_key LIKE '%printer%' "
                                                "OR description_key LIKE '%printer%' ORDER BY id").fetchall()
        noted = hotel.execute("SELECT rowid FROM note_search WHERE note_search MATCH '\"details\"' "
                              "ORDER BY rowid").fetchall()
        assert noted and noted == hotel.execute("SELECT id FROM request_events WHERE text LIKE '%details%' "
                                                "ORDER BY id").fetchall()
        assert hotel.execute("SELECT count(*) FROM note_search_docsize").fetchone() == hotel.execute(
            "SELECT count(*) FROM request_events WHERE text != ''").fetchone()
    finally:
        for conn in read:
            conn.close()

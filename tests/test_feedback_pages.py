"""Migration 0016: the ratings of an older file keyed for the list's "from" order, the scorecard's
"ratings given" and the newest ratings read from their own indexes, and the INDEXED BY hints of
services/network.py written into the SQL SQLite is given."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from icdesk.services import Services
from icdesk.services.requests import RequestDraft


def test_an_older_file_keys_its_ratings_and_gives_the_scorecard_its_index(tmp_path: Path) -> None:
    from icdesk.db import migrate
    from icdesk.db.engine import make_engine
    from icdesk.db.store import open_data_file

    path = tmp_path / "before-0016.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0015")
        run = conn.exec_driver_sql
        for i, name in ((1, "IT"), (2, "Ärzte")):
            run(f"INSERT INTO departments (id, name, name_key, code, description, created_at) "
                f"VALUES ({i}, '{name}', '{name.casefold()}', 'D{i}', '', '2026-01-01 08:00:00.000000')")
        run("INSERT INTO people (id, full_name, department_id, kind, job_title, email, active, created_at) "
            "VALUES (1, 'Åsa Lind', 2, 'full_time', '', '', 1, '2026-01-01 08:00:00.000000')")
        for i, (author, department, anonymous) in enumerate([(1, 2, 0), ("NULL", 2, 0), ("NULL", "NULL", 1)], 1):
            run("INSERT INTO feedback (id, department_id, rating, comment, anonymous, author_id, author_department_id, "
                f"created_at) VALUES ({i}, 1, {i}, '', {anonymous}, {author}, {department}, "
                f"'2026-02-0{i} 09:00:00.000000')")
    engine.dispose()
    db = open_data_file(path)
    db.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT id, author_key FROM feedback ORDER BY id").fetchall() == [
            (1, "asa lind"), (2, "arzte"), (3, "")]
        plan = " ".join(r[3] for r in raw.execute(
            "EXPLAIN QUERY PLAN SELECT avg(rating), count(*) FROM feedback WHERE author_department_id = 2 "
            "AND created_at >= '2026-01-01' AND created_at < '2026-03-01'"))
        assert "COVERING INDEX ix_feedback_author_department_given" in plan
        newest = " ".join(r[3] for r in raw.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM feedback ORDER BY created_at DESC, id DESC LIMIT 200"))
        assert "ix_feedback_created_at_id" in newest and "TEMP B-TREE" not in newest


def test_the_network_screen_reads_open_requests_from_their_own_index(services: Services) -> None:
    """SQLAlchemy's SQLite dialect left ``with_hint`` out, so the INDEXED BY of services/network.py never
    reached SQLite, whose planner then read every request of the open statuses (10x slower at 100k)."""
    from sqlalchemy import event

    from icdesk.services.network import NetworkService

    statements: list[str] = []
    it = services.departments.create("IT").id
    services.requests.create(RequestDraft(title="PMS login", provider_id=it,
                                          requester_department_id=services.departments.create("HR").id))

    def heard(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        statements.append(sql)

    event.listen(services.db.engine, "before_cursor_execute", heard)
    try:
        network = NetworkService(services.ctx)
        period = network.last_months(1)
        network.network(period.start, period.end)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", heard)
    assert any("INDEXED BY ix_requests_open_pairs" in sql for sql in statements)

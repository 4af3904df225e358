"""The Feedback list by kept statements (issue 21): pages read by key are the whole list in every order
and filter, as a plain sort of every rating says, anonymous ratings included, on both stores; sorting by
comment reads accented, Cyrillic and empty comments in a reader's order; the export writes every matching
rating; migrations 0016 and 0017 key the ratings of an older file and the scorecard's "ratings given"
reads its own index."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from icdesk.domain.enums import BreakdownPoint, RequestStatus
from icdesk.domain.rules import comment_key, name_key, search_key
from icdesk.services import Services
from icdesk.services.dto import FeedbackRow
from icdesk.services.exports import neutralise
from icdesk.services.feedback import FeedbackDraft, FeedbackReferences, insert_feedback, prepare_feedback
from icdesk.services.feedback_pages import SORT_KEYS, FeedbackFilter
from icdesk.services.kept_pages import PageKey
from icdesk.services.requests import RequestDraft
from tests.conftest import FakeClock
from tests.helpers import ON_BOTH_STORES

N = 230  # ratings: more than one page of 200, several per moment


def rate(services: Services, clock: FakeClock) -> dict[str, int]:
    """Ratings of three departments, by people, by departments and anonymous, of two resolved requests
    and of departments in general; names with accents and in lower case, some given at one moment."""
    ids = {name: services.departments.create(name).id for name in ("IT", "Ärzte", "kitchen")}
    people = {name: services.people.create(name, department_id=ids["kitchen"]).id
              for name in ("Zoe Berg", "Åsa Lind", "bo Ek")}
    requests = []
    for title in ("PMS login", "Printer"):
        rid = services.requests.create(RequestDraft(title=title, provider_id=ids["IT"],
                                                    requester_id=people["Zoe Berg"])).row.id
        services.requests.transition(rid, RequestStatus.IN_PROGRESS)
        services.requests.transition(rid, RequestStatus.RESOLVED)
        requests.append(rid)
    departments, persons, points = list(ids.values()), list(people.values()), [None, *BreakdownPoint]
    drafts = []
    for i in range(N):
        anonymous = i % 7 == 0
        # a person rates a request once: past the first three ratings of requests, the kitchen as a whole
        by_department = bool(i % 2) or (i % 5 == 0 and i >= 30)
        rated = departments[i % 2]  # IT or Ärzte; the kitchen's people rate them
        drafts.append(FeedbackDraft(
            rating=1 + i * 7 % 5, request_id=requests[i % 2] if i % 5 == 0 else None,
            department_id=None if i % 5 == 0 else rated, comment=f"Comment {i * 37 % N:03}",
            breakdown_point=points[i % len(points)], anonymous=anonymous,
            author_id=None if anonymous or by_department else persons[i % 3],
            author_department_id=None if anonymous or not by_department else ids["kitchen"]))
    with services.db.transaction() as s:
        refs = FeedbackReferences(s, drafts)
        insert_feedback(s, [prepare_feedback(refs, clock() - timedelta(minutes=i % 40), d)
                            for i, d in enumerate(drafts)])
    return {**ids, "request": requests[0]}


def ordered(rows: list[FeedbackRow], sort: str, descending: bool) -> list[int]:
    """The list's order worked out in Python from what each row shows: the heading's key, then the number;
    empty keys first going up, last going down (services/keyset.py)."""
    keys: dict[str, Callable[[FeedbackRow], Any]] = {
        "given": lambda f: f.created_at, "department": lambda f: name_key(f.department_name),
        "rating": lambda f: f.rating, "request": lambda f: f.request_id,
        "breakdown": lambda f: None if f.breakdown_point is None else f.breakdown_point.value,
        "from": lambda f: "" if f.anonymous else search_key(f.author_name or f.author_department_name),
        "comment": lambda f: comment_key(f.comment)}
    key = keys[sort]
    with_key = [r for r in rows if key(r) is not None]
    empty = sorted(r.id for r in rows if key(r) is None)
    keyed = [r.id for r in sorted(with_key, key=lambda r: (key(r), r.id), reverse=descending)]
    return keyed + empty[::-1] if descending else empty + keyed


def every_page(services: Services, flt: FeedbackFilter, sort: str, descending: bool, limit: int) -> list[FeedbackRow]:
    rows: list[FeedbackRow] = []
    after: PageKey | None = None
    while True:
        page = services.feedback.page(flt, sort=sort, descending=descending, after=after, limit=limit)
        rows += page.rows
        if len(page.rows) < limit:
            return rows
        after = page.last


@ON_BOTH_STORES
def test_pages_read_by_key_are_every_rating_in_every_order_and_filter(services: Services, clock: FakeClock) -> None:
    ids = rate(services, clock)
    everything = services.feedback.list(sort="given")
    assert len(everything) == N and sum(f.anonymous for f in everything) > 0
    filters = [FeedbackFilter(), FeedbackFilter(department_id=ids["Ärzte"]), FeedbackFilter(request_id=ids["request"]),
               FeedbackFilter(max_rating=2), FeedbackFilter(breakdown_point=BreakdownPoint.TIMELINESS),
               FeedbackFilter(text="comment 1"), FeedbackFilter(given_since=clock() - timedelta(minutes=9)),
               FeedbackFilter(department_id=ids["IT"], max_rating=3, text="COMMENT")]
    for flt in filters:
        matching = [f for f in everything if (flt.department_id in (None, f.department_id))
                    and (flt.request_id in (None, f.request_id))
                    and (flt.max_rating is None or f.rating <= flt.max_rating)
                    and (flt.breakdown_point in (None, f.breakdown_point))
                    and search_key(flt.text) in search_key(f.comment)
                    and (flt.given_since is None or f.created_at >= flt.given_since)]
        assert matching, flt
        first = services.feedback.page(flt, count=True)
        assert first.total == len(matching) == services.feedback.count(
            flt.department_id, flt.request_id, flt.max_rating, flt.breakdown_point, flt.text, flt.given_since)
        for sort in SORT_KEYS:
            for descending in (False, True):
                expected = ordered(matching, sort, descending)
                paged = every_page(services, flt, sort, descending, limit=40)
                assert [f.id for f in paged] == expected, (flt, sort, descending)
                assert paged == [next(f for f in matching if f.id == i) for i in expected]  # every field as read
                assert [f.id for f in services.feedback.list(**_arguments(flt), sort=sort,
                                                             descending=descending)] == expected
                assert [f.id for f in services.feedback.every_row(flt, sort=sort, descending=descending)] == expected


def _arguments(flt: FeedbackFilter) -> dict[str, Any]:
    return {"department_id": flt.department_id, "request_id": flt.request_id, "max_rating": flt.max_rating,
            "breakdown_point": flt.breakdown_point, "text": flt.text, "given_since": flt.given_since}


@ON_BOTH_STORES
def test_an_anonymous_rating_names_no_one_in_the_list_and_sorts_as_no_name(services: Services,
                                                                          clock: FakeClock) -> None:
    ids = rate(services, clock)
    rows = every_page(services, FeedbackFilter(department_id=ids["IT"]), "from", False, limit=200)
    anonymous = [f for f in rows if f.anonymous]
    assert anonymous and all(f.author_name == f.author_department_name == "" for f in anonymous)
    assert rows[:len(anonymous)] == anonymous  # no name comes before every name


@ON_BOTH_STORES
def test_a_renamed_author_moves_in_the_list_sorted_by_who_gave_it(services: Services, clock: FakeClock) -> None:
    rate(services, clock)
    bo = next(p for p in services.people.list() if p.full_name == "bo Ek")
    services.people.update(bo.id, "Ömer Ek", bo.kind, bo.department_id)
    rows = every_page(services, FeedbackFilter(), "from", False, limit=200)
    assert [f.id for f in rows] == ordered(services.feedback.list(), "from", False)
    assert rows[-1].author_name == "Zoe Berg" and any(f.author_name == "Ömer Ek" for f in rows)
    kitchen = next(d for d in services.departments.list() if d.name == "kitchen")
    services.departments.update(kitchen.id, "Aardvark kitchen")
    rows = every_page(services, FeedbackFilter(), "from", False, limit=200)
    assert [f.id for f in rows] == ordered(services.feedback.list(), "from", False)
    named = [f for f in rows if not f.anonymous]
    assert named[0].author_department_name == "Aardvark kitchen" and not named[0].author_name


@ON_BOTH_STORES
def test_the_export_writes_every_rating_newest_first(services: Services, clock: FakeClock, tmp_path: Path) -> None:
    rate(services, clock)
    target = tmp_path / "feedback.csv"
    assert services.exports.export("feedback", target) == N
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    every = services.feedback.list()
    assert len(rows) == 1 + N
    assert [r[-1] for r in rows[1:]] == [f.comment for f in every]
    assert [r[5] for r in rows[1:]] == ["anonymous" if f.anonymous else f.author_name or f.author_department_name
                                        for f in every]


# comments as people type them: empty, accented, Cyrillic (ё is read as е), and two alike in their first
# 64 characters (the key): those follow each other by number
LONG = "The printer on the second floor jams every morning before the first shift "
COMMENTS = ["zu spät", "", "Ärger mit dem Drucker", "ёлка", "apfel", "Яблоко", "", "ábc", LONG + "again",
            "Елена", LONG + "and", "APFEL"]
# the order a reader expects going up: no comment first, then letters without case or accents, Cyrillic last
COMMENTS_UP = ["", "", "ábc", "apfel", "APFEL", "Ärger mit dem Drucker", LONG + "again", LONG + "and",
               "zu spät", "Елена", "ёлка", "Яблоко"]


@ON_BOTH_STORES
def test_sorting_by_comment_reads_every_page_in_a_readers_order(services: Services, clock: FakeClock) -> None:
    it = services.departments.create("IT").id
    kitchen = services.departments.create("Küche").id
    given = {services.feedback.give(FeedbackDraft(rating=3, department_id=it, comment=text,
                                                  author_department_id=kitchen)).id: text for text in COMMENTS}
    for limit in (1, 3, 5, 200):  # pages that end between empty comments, between alike ones, anywhere
        up = every_page(services, FeedbackFilter(), "comment", False, limit)
        assert [f.comment for f in up] == COMMENTS_UP, limit
        down = every_page(services, FeedbackFilter(), "comment", True, limit)
        assert [f.id for f in down] == [f.id for f in up][::-1], limit
    # the two alike in their first 64 characters, and the two empty ones, follow each other by number
    alike = [i for i, text in given.items() if text.startswith(LONG)]
    assert [f.id for f in up if f.comment.startswith(LONG)] == sorted(alike)
    assert [f.id for f in services.feedback.every_row(FeedbackFilter(), sort="comment", descending=False)] == \
        [f.id for f in up]
    assert [f.comment for f in every_page(services, FeedbackFilter(text="apfel"), "comment", True, 1)] == \
        ["APFEL", "apfel"]


def test_the_export_writes_comments_a_spreadsheet_would_run_as_text(services: Services, tmp_path: Path) -> None:
    it = services.departments.create("IT").id
    for text in COMMENTS + ["=HYPERLINK(\"http://evil\")", "-2 stars", "fine\x1f=not a formula"]:
        services.feedback.give(FeedbackDraft(rating=2, department_id=it, comment=text))
    target = tmp_path / "feedback.csv"
    assert services.exports.export("feedback", target) == len(COMMENTS) + 3
    rows = list(csv.reader(target.open(encoding="utf-8-sig", newline="")))
    every = services.feedback.list()
    assert [r[-1] for r in rows[1:]] == [neutralise(f.comment) for f in every]  # newest first, each guarded
    assert "'=HYPERLINK(\"http://evil\")" in [r[-1] for r in rows] and [r[2] for r in rows[1:]] == ["2"] * len(every)


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_an_older_company_keys_its_comments_with_progress_and_sorts_them_from_an_index(
        store: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Migration 0017 on a company at 0016 holding ratings: every rating gets the key a new one would get
    (a file folds in SQL, a server in Python), the progress reaches its end, and on a file the list
    sorted by comment reads an index, not every comment."""
    from sqlalchemy import Engine, text

    from icdesk.db import migrate
    from icdesk.db.engine import make_engine

    engine: Engine
    if store == "sqlite":
        engine = make_engine(tmp_path / "before-0017.sqlite")
    else:
        from icdesk.db.server import make_server_engine, server_url

        server = request.getfixturevalue("pg_server")
        name = server.create_database()
        request.addfinalizer(lambda: server.drop_database(name))
        engine = make_server_engine(server_url(server.url_of(name)))
    at = datetime(2026, 2, 1, 9, 0)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0016")
        conn.execute(text("INSERT INTO departments (id, name, name_key, code, description, created_at) "
                          "VALUES (1, 'IT', 'it', 'D1', '', :at)"), {"at": at})
        # a request: the window's progress dialog counts in requests (0014)
        conn.execute(text("INSERT INTO requests (id, title, description, status, priority, provider_id, "
                          "created_at, updated_at, paused_seconds) "
                          "VALUES (1, 'PMS login', '', 'closed', 'normal', 1, :at, :at, 0)"), {"at": at})
        conn.execute(text("INSERT INTO feedback (id, department_id, rating, comment, anonymous, created_at) "
                          "VALUES (:id, 1, 3, :comment, :anonymous, :at)"),
                     [{"id": i, "comment": c, "anonymous": False, "at": at} for i, c in enumerate(COMMENTS, 1)])
    told: list[tuple[int, int]] = []
    with engine.begin() as conn:  # 0017 alone: each migration tells its own progress from its start
        migrate.upgrade(conn, "0017", progress=lambda done, total: told.append((done, total)))
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT comment, comment_key FROM feedback ORDER BY id")).all()
        assert [tuple(r) for r in stored] == [(c, comment_key(c)) for c in COMMENTS]
        assert list(conn.execute(text("SELECT comment FROM feedback ORDER BY comment_key, id")).scalars()) == \
            COMMENTS_UP
        if store == "sqlite":
            plan = " ".join(r[3] for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM feedback ORDER BY comment_key, id LIMIT 200"))
            assert "ix_feedback_comment_key" in plan and "TEMP B-TREE" not in plan
    engine.dispose()
    assert told and told[-1][0] == told[-1][1] and [d for d, _ in told] == sorted(d for d, _ in told)


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

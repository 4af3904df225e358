"""Lists read stored keys: searches ignore accents and case, sorts follow the fold, pages follow by key."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from icdesk.domain.enums import Priority
from icdesk.domain.models import Request, RequestEvent
from icdesk.domain.rules import search_key
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from icdesk.services.request_queries import RequestFilter
from icdesk.services.requests import RequestDraft
from tests.helpers import ON_BOTH_STORES, small_org
from tests.pg_server import PgServer


def found(services: Services, text: str) -> set[str]:
    return {r.title for r in services.requests.list(RequestFilter(text=text))}


def keys_in_step(services: Services) -> None:
    with services.db.reading() as s:
        for title, key, description, description_key, priority, rank in s.execute(select(
                Request.title, Request.title_key, Request.description, Request.description_key,
                Request.priority, Request.priority_rank)):
            assert (key, description_key) == (search_key(title), search_key(description))
            assert rank == [Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT].index(priority) + 1
    # the names each request shows, folded as the sort reads them (0015)
    for row in services.requests.list():
        with services.db.reading() as s:
            stored = s.execute(select(Request.provider_key, Request.requester_key, Request.assignee_key)
                               .where(Request.id == row.id)).one()
        assert tuple(stored) == (search_key(row.provider_name), search_key(row.requester_name),
                                 search_key(row.assignee_name) if row.assignee_name else None), row.id


def test_the_fold_leaves_out_case_and_accents_in_every_alphabet() -> None:
    assert search_key("López") == search_key("LOPEZ") == "lopez"
    assert search_key("Järvinen") == "jarvinen"
    assert search_key("ПРИНТЕР") == "принтер"
    assert search_key("Straße") == "strasse"


@ON_BOTH_STORES
def test_a_request_written_each_way_is_found_without_its_accents(services: Services, tmp_path: Path) -> None:
    org = small_org(services)
    services.requests.create(RequestDraft(title="Chair for Mr López", provider_id=org["it"],
                                          requester_id=org["anna"], priority=Priority.URGENT))
    edited = services.requests.create(RequestDraft(title="Old title", provider_id=org["it"], requester_id=org["anna"]))
    draft = RequestDraft(title="Desk for Ms Järvinen", provider_id=org["it"], requester_id=org["anna"],
                         description="Ergonomic, like Núñez's", priority=Priority.LOW)
    services.requests.update(edited.row.id, draft)
    csv = tmp_path / "requests.csv"
    csv.write_text("title,provider,requester,priority\nBadge for Ms Ångström,IT,Anna Romano,high\n", encoding="utf-8")
    assert services.imports.apply("requests", csv).creates == 1

    assert found(services, "lopez") == {"Chair for Mr López"}
    assert found(services, "LÓPEZ") == {"Chair for Mr López"}
    assert found(services, "jarvinen") == {"Desk for Ms Järvinen"}
    assert found(services, "nunez") == {"Desk for Ms Järvinen"}  # in its details
    assert found(services, "angstrom") == {"Badge for Ms Ångström"}
    assert found(services, "Ms") == {"Desk for Ms Järvinen", "Badge for Ms Ångström"}  # short: titles only
    assert found(services, "old title") == set()  # the key followed the edit
    keys_in_step(services)


def test_the_example_company_is_keyed_as_it_is_written(services: Services) -> None:
    services.demo.fill(DemoOptions(requests=60))
    keys_in_step(services)
    title = services.requests.list(limit=1)[0].title
    assert title in found(services, search_key(title).upper())


@ON_BOTH_STORES
def test_notes_are_found_without_their_accents(services: Services) -> None:
    org = small_org(services)
    noted = services.requests.create(RequestDraft(title="Broken chair", provider_id=org["it"],
                                                  requester_id=org["anna"]))
    services.requests.create(RequestDraft(title="Printer jam", provider_id=org["it"], requester_id=org["anna"]))
    services.requests.add_note(noted.row.id, "Called Mr Åkesson; López brings a new one on Friday")
    for typed in ("akesson", "Åkesson", "AKESSON", "lopez", "López", "LÓPEZ", "brings a new"):
        assert found(services, typed) == {"Broken chair"}, typed
    assert found(services, "lopes") == set()


@ON_BOTH_STORES
def test_names_are_found_without_their_accents(services: Services) -> None:
    org = small_org(services)
    person = services.people.create("Tiina Mäkinen", department_id=org["acc"]).id
    services.requests.create(RequestDraft(title="New keyboard", provider_id=org["it"], requester_id=person))
    assert found(services, "makinen") == {"New keyboard"}
    assert [p.full_name for p in services.people.list(text="MAKI")] == ["Tiina Mäkinen"]


@ON_BOTH_STORES
def test_sort_by_title_orders_accented_letters_as_the_fold_says(services: Services) -> None:
    org = small_org(services)
    for title in ("Zebra crossing", "Äpfel for the bar", "apple juice", "Banana boxes", "ägg cups"):
        services.requests.create(RequestDraft(title=title, provider_id=org["it"], requester_id=org["anna"]))
    titles = [r.title for r in services.requests.list(sort="title", descending=False)]
    assert titles == ["ägg cups", "Äpfel for the bar", "apple juice", "Banana boxes", "Zebra crossing"]


@ON_BOTH_STORES
def test_pages_read_by_key_give_every_request_once_in_every_order(services: Services) -> None:
    org = small_org(services)
    hr = services.departments.create("Ärzte & HR").id
    olli = services.people.create("Olli Östman", department_id=org["acc"]).id
    people = [org["anna"], org["laura"], olli, None]
    for i in range(31):
        services.requests.create(RequestDraft(
            title=f"Request {i % 5}", provider_id=[org["it"], hr][i % 2], requester_id=people[i % 4],
            requester_department_id=org["acc"] if people[i % 4] is None else None,
            assignee_id=people[i % 3] if i % 3 else None, priority=list(Priority)[i % 4]))
    for sort in ("id", "title", "status", "priority", "provider", "requester", "assignee", "created", "due"):
        for descending in (False, True):
            whole = [r.id for r in services.requests.list(sort=sort, descending=descending)]
            paged: list[int] = []
            while True:
                page = services.requests.list(sort=sort, descending=descending, limit=4,
                                              after=paged[-1] if paged else None)
                if not page:
                    break
                paged += [r.id for r in page]
            assert paged == whole, (sort, descending)
            assert sorted(whole) == list(range(1, 32))


@ON_BOTH_STORES
def test_sorting_by_a_name_follows_the_fold_and_every_rename(services: Services) -> None:
    """Provider, requester and assignee sort by their names as the list shows them, folded as titles
    are, read from stored keys that follow a renamed person or department (0015)."""
    org = small_org(services)
    hr = services.departments.create("Ärzte & HR").id
    olli = services.people.create("Olli Östman", department_id=org["acc"]).id
    for requester, assignee, provider in ((org["anna"], olli, org["it"]), (olli, None, hr),
                                          (None, org["anna"], org["it"]), (org["laura"], org["laura"], hr)):
        services.requests.create(RequestDraft(
            title="x", provider_id=provider, requester_id=requester, assignee_id=assignee,
            requester_department_id=org["acc"] if requester is None else None))

    def shown(sort: str) -> list[str]:
        rows = services.requests.list(sort=sort, descending=False)
        return [{"provider": r.provider_name, "requester": r.requester_name, "assignee": r.assignee_name}[sort]
                for r in rows]

    def expected(names: list[str], empty_first: bool = False) -> list[str]:
        return sorted(names, key=lambda n: (not (empty_first and n == ""), search_key(n)))

    for sort in ("provider", "requester", "assignee"):
        assert shown(sort) == expected(shown(sort), empty_first=sort == "assignee"), sort
    person = services.people.get(olli)
    services.people.update(olli, "Aaron Olli", person.kind, person.department_id)
    services.departments.update(hr, "Zimmer Service")
    assert shown("requester")[0] == "Aaron Olli"
    assert shown("assignee")[:2] == ["", "Aaron Olli"]
    assert shown("provider")[-1] == "Zimmer Service"
    services.requests.assign(services.requests.list(sort="assignee", descending=False)[0].id, org["anna"])
    assert shown("assignee") == expected(shown("assignee"), empty_first=True)
    assert "" not in shown("assignee")


OLD_REQUESTS = [("Chair for Mr López", "low"), ("Desk for Ms Järvinen", "urgent"), ("Printer jam", "normal")]


def test_a_server_company_from_before_the_keys_is_keyed_when_opened(pg_server: PgServer) -> None:
    from icdesk.db import migrate
    from icdesk.db.server import make_server_engine, server_url
    from icdesk.db.store import open_store

    name = pg_server.create_database()
    try:
        engine = make_server_engine(server_url(pg_server.url_of(name)))
        with engine.begin() as conn:
            migrate.upgrade(conn, "0013")
            conn.exec_driver_sql("INSERT INTO departments (id, name, name_key, description, created_at) "
                                 "VALUES (1, 'IT', 'it', '', '2026-01-01 08:00:00')")
            for i, (title, priority) in enumerate(OLD_REQUESTS, start=1):
                conn.exec_driver_sql(
                    "INSERT INTO requests (id, title, description, requester_department_id, provider_id, priority, "
                    "status, created_at, paused_seconds, updated_at) VALUES "
                    f"({i}, '{title}', 'Ask Núñez', 1, 1, '{priority}', 'new', '2026-02-0{i} 09:00:00', 0, "
                    f"'2026-02-0{i} 09:00:00')")
            conn.exec_driver_sql("INSERT INTO request_events (request_id, at, kind, text) "
                                 "VALUES (3, '2026-02-03 09:00:00', 'note', 'Called Mr Åkesson')")
        engine.dispose()
        services = Services(open_store(pg_server.url_of(name)))
        try:
            keys_in_step(services)
            assert found(services, "lopez") == {"Chair for Mr López"}
            assert found(services, "nunez") == {title for title, _p in OLD_REQUESTS}
            assert found(services, "akesson") == {"Printer jam"}  # notes: the server's fold leaves accents out too
            with services.db.reading() as s:  # kept beside each line, so a copy to a file finds the notes too
                assert s.execute(select(RequestEvent.text, RequestEvent.text_key)).all() == [
                    ("Called Mr Åkesson", "called mr akesson")]
            assert [r.title for r in services.requests.list(sort="priority")] == [
                "Desk for Ms Järvinen", "Printer jam", "Chair for Mr López"]
        finally:
            services.close()
    finally:
        pg_server.drop_database(name)

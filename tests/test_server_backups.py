"""Backups of a company on a PostgreSQL server: a portable data file (counts checked) that any icdesk opens,
and restoring one into the server, asked first, after a backup of what it replaces, in one transaction."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from icdesk.cli import main as cli
from icdesk.db.store import open_store
from icdesk.services import Services
from icdesk.services.requests import RequestDraft

KINDS = ("requests", "feedback", "people", "acknowledgements")


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """icdesk's data folder (where a server's backups go by default) in the test's own folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder / "icdesk"


def exports(where: Path | str, out: Path) -> dict[str, bytes]:
    found = {}
    for kind in KINDS:
        target = out / f"{kind}-{abs(hash(str(where)))}.csv"
        assert cli(["--db", str(where), "export", kind, "--out", str(target)]) == 0
        found[kind] = target.read_bytes()
    return found


def backup_of(said: str) -> Path:
    return Path(said.strip().split("Backup written and verified: ", 1)[1].strip())


def test_a_server_company_backs_up_into_a_data_file_and_is_restored_from_it(
        pg_url: str, tmp_path: Path, data_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--db", pg_url, "demo", "--requests", "30"]) == 0
    capsys.readouterr()
    assert cli(["--db", pg_url, "backup"]) == 0
    made = backup_of(capsys.readouterr().out)
    # in the usual folder, named for the company and the moment, like a data file's backups
    assert made.parent.parent == data_folder / "servers"
    assert made.name.startswith("Hotel Aurora.") and made.name.endswith(".manual.sqlite")
    assert not list(made.parent.glob("*.partial")) and not list(made.parent.glob("*-wal"))
    before = exports(pg_url, tmp_path)
    assert exports(made, tmp_path) == before  # any icdesk reads it, and it holds what the server held

    # the server changes after the backup: a department and a request more, a request resolved
    changed = Services(open_store(pg_url))
    try:
        extra = changed.departments.create("Spa")
        someone = changed.people.list()[0]
        changed.requests.create(RequestDraft("Towels", extra.id, requester_id=someone.id))
    finally:
        changed.close()
    assert exports(pg_url, tmp_path) != before

    assert cli(["--db", pg_url, "restore", str(made), "--yes"]) == 0
    said = capsys.readouterr().out
    assert "every table counted" in said
    kept = Path(said.split("is kept as ", 1)[1].strip())
    assert kept.name.endswith(".before-restore.sqlite") and kept.parent == made.parent
    assert exports(pg_url, tmp_path) == before  # the same rows as the backup
    kept_file = Services(open_store(kept, create=False))
    try:
        assert "Spa" in {d.name for d in kept_file.departments.list()}  # what was replaced is kept
    finally:
        kept_file.close()
    restored = Services(open_store(pg_url))
    try:
        assert "Spa" not in {d.name for d in restored.departments.list()}
        department, other = restored.departments.list()[:2]
        again = restored.requests.create(RequestDraft("After the restore", department.id,
                                                      requester_department_id=other.id))
        assert again.row.id == 31  # the numbers go on after the highest one restored
        with pytest.raises(DBAPIError), restored.db.engine.begin() as connection:  # the history is guarded again
            connection.execute(text("DELETE FROM request_events"))
    finally:
        restored.close()


def test_a_restore_without_a_terminal_and_without_yes_is_refused_and_changes_nothing(
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--db", pg_url, "demo", "--requests", "5"]) == 0
    capsys.readouterr()
    to = tmp_path / "usb"
    to.mkdir()
    assert cli(["--db", pg_url, "backup", "--to", str(to)]) == 0  # --to a folder: the usual name in it
    made = backup_of(capsys.readouterr().out)
    assert made.parent == to
    assert cli(["--db", pg_url, "backup", "--to", str(to / "weekly.sqlite")]) == 0
    assert (to / "weekly.sqlite").is_file()
    before = exports(pg_url, tmp_path)

    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script: nobody to ask
    assert cli(["--db", pg_url, "restore", str(made)]) == 2
    assert "--yes" in capsys.readouterr().err

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert cli(["--db", pg_url, "restore", str(made)]) == 1
    out = capsys.readouterr().out
    assert f"The server {pg_url.replace(':icdesk-ci-local-only', '')}" in out or "The server postgresql://" in out
    assert "“Hotel Aurora”" in out and "Replace all of it, for every PC" in out and "[y/N]" in out
    assert "Nothing was restored." in out
    assert exports(pg_url, tmp_path) == before


def test_a_backup_restores_into_an_empty_server_database(pg_url: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "hotel.sqlite"
    assert cli(["--db", str(source), "demo", "--requests", "10"]) == 0
    capsys.readouterr()
    assert cli(["--db", pg_url, "restore", str(source), "--yes"]) == 0
    assert "nothing to keep" in capsys.readouterr().out
    assert exports(pg_url, tmp_path) == exports(source, tmp_path)


def test_a_restore_that_cannot_get_the_company_to_itself_changes_nothing(
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Another PC in the middle of reading keeps the restore waiting; past the wait it is refused in a
    sentence and the server holds exactly what it held: never half a company, the guards back on."""
    import psycopg

    from icdesk.db.server import server_url
    from icdesk.services import transfer

    source = tmp_path / "hotel.sqlite"
    assert cli(["--db", str(source), "demo", "--requests", "5"]) == 0
    assert cli(["--db", pg_url, "demo", "--requests", "8", "--seed", "2"]) == 0
    before = exports(pg_url, tmp_path)
    monkeypatch.setattr(transfer, "LOCK_WAIT_S", 1)
    address = server_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(address) as other_pc:
        other_pc.execute("SELECT count(*) FROM requests")  # its transaction stays open: still reading
        capsys.readouterr()
        assert cli(["--db", pg_url, "restore", str(source), "--yes"]) == 2
        assert "Nothing was restored: other PCs kept reading the company" in capsys.readouterr().err
        other_pc.rollback()
    assert exports(pg_url, tmp_path) == before
    services = Services(open_store(pg_url))
    try:
        with pytest.raises(DBAPIError), services.db.engine.begin() as connection:
            connection.execute(text("DELETE FROM request_events"))
    finally:
        services.close()

"""The command line: demo, info, check, exit codes and one-line errors."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from icdesk import __version__
from icdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_info_prints_sensible_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "hotel.sqlite")
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "9 departments" in out and "300 requests" in out
    code, out, _ = run(capsys, "--db", db, "info")
    assert code == 0
    lines = {line.split("  ")[0].strip(): line.split()[-1] for line in out.splitlines() if line.strip()}
    assert lines["Company:"] == "Aurora"
    assert lines["Departments"] == "9"
    assert lines["People"] == "30"
    assert lines["Service standards"] == "20"
    assert lines["Internal requests"] == "300"
    assert "(up to date)" in out and db in out


def test_info_on_an_older_file_says_so_and_leaves_it_as_it_is(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Looking is no reason to upgrade: info used to take a file made by an older icdesk to the
    newest schema (keeping a backup beside it) and then report it "up to date"."""
    from icdesk.db import migrate
    from icdesk.db.engine import make_engine

    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0013")
    engine.dispose()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    files = sorted(p.name for p in tmp_path.iterdir())
    code, out, _ = run(capsys, "--db", str(path), "info")
    assert code == 0
    assert f"0013 (older: upgraded to {migrate.head_revision()} when next opened for work" in out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    # no backup made beside it (a reader's own -wal/-shm may come and go)
    assert [p for p in sorted(p.name for p in tmp_path.iterdir()) if not p.endswith(("-wal", "-shm"))] == files


def test_check_reports_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "hotel.sqlite")
    run(capsys, "--db", db, "demo", "--requests", "50")
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0 and out.strip().endswith(": ok")


def test_demo_refuses_a_file_with_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "hotel.sqlite")
    run(capsys, "--db", db, "demo", "--requests", "10")
    code, _, err = run(capsys, "--db", db, "demo")
    assert code == 2 and "already holds data" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [["--bogus"], ["frobnicate"], ["demo", "--requests", "lots"],
                                  ["demo", "--requests", "0"]])
def test_bad_usage_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "x.sqlite"), *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("icdesk: ")
    assert not (tmp_path / "x.sqlite").exists()


def test_bad_file_exits_2_with_one_line_and_stays_unchanged(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "minutes.sqlite"
    path.write_bytes(b"\x89PNG not a database")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for command in ("info", "check", "demo"):
        code, _, err = run(capsys, "--db", str(path), command)
        assert code == 2 and len(err.strip().splitlines()) == 1 and "not an icdesk data file" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_env_variable_chooses_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("ICDESK_DB", str(path))
    assert run(capsys, "demo", "--requests", "5")[0] == 0 and path.exists()
    code, out, _ = run(capsys, "info")
    assert code == 0 and str(path) in out


def test_module_entry_point_and_version(tmp_path: Path) -> None:
    env = {**os.environ, "ICDESK_DB": str(tmp_path / "v.sqlite")}
    result = subprocess.run([sys.executable, "-m", "icdesk", "--version"], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == f"icdesk {__version__}"


@pytest.fixture(scope="module")
def hotel_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "hotel.sqlite")
    assert main(["--db", path, "demo"]) == 0
    return path


@pytest.mark.parametrize("args,expected", [
    (["handbook", "--department", "IT", "--page-size", "letter"], "PMS access problems"),
    (["summary", "--from", "2025-01-01", "--to", "2027-12-31"], "Per department"),
    (["summary", "--from", "01/01/2025", "--to", "31.12.2027"], "Per department"),  # as the five languages write
    (["scorecard", "--department", "kitchen"], "As customer"),
    (["agreement", "--provider", "IT", "--customer", "HR"], "What HR needs from IT"),
    (["request", "--number", "7"], "History"),
])
def test_report_commands_write_pdfs(hotel_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    args: list[str], expected: str) -> None:
    from tests.pdf_text import text

    out = tmp_path / "doc.pdf"
    code, stdout, _ = run(capsys, "--db", hotel_file, "report", *args, "--out", str(out))
    assert code == 0 and str(out) in stdout
    assert expected in text(out)


@pytest.mark.parametrize("args,message", [
    (["scorecard", "--department", "Spa"], "no department called"),
    (["agreement", "--provider", "HR", "--customer", "Kitchen"], "have no service agreement"),
    (["request", "--number", "99999"], "no request #99999"),
    (["summary", "--from", "2026-13-01"], "is not a date"),
    (["summary", "--from", "2026-05-01", "--to", "2026-04-01"], "ends before it starts"),
    (["handbook", "--page-size", "a3"], "invalid choice"),
])
def test_report_errors_are_one_line(hotel_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    args: list[str], message: str) -> None:
    out = tmp_path / "doc.pdf"
    code, _, err = run(capsys, "--db", hotel_file, "report", *args, "--out", str(out))
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_self_check_passes_from_source(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ICDESK_DB": str(tmp_path / "unused.sqlite")}
    result = subprocess.run([sys.executable, "-m", "icdesk", "--self-check"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASS ") == 4 and "self-check passed" in result.stdout
    assert not (tmp_path / "unused.sqlite").exists()  # it never touches the user's file


def test_a_read_only_data_file_is_still_exported_reported_and_backed_up(hotel_file: str, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    path = tmp_path / "archive.sqlite"  # a file marked read-only: last year's company, kept for reference
    shutil.copyfile(hotel_file, path)
    path.chmod(0o444)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["--db", str(path), "export", "departments", "--out", str(tmp_path / "d.csv")]) == 0
    assert main(["--db", str(path), "report", "summary", "--out", str(tmp_path / "s.pdf")]) == 0
    assert main(["--db", str(path), "backup", "--to", str(tmp_path / "copy.sqlite")]) == 0
    assert (tmp_path / "d.csv").stat().st_size and (tmp_path / "s.pdf").stat().st_size
    assert (tmp_path / "copy.sqlite").stat().st_size
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # nothing written to it
    # what would change it is still refused, in words
    assert main(["--db", str(path), "import", "departments", str(tmp_path / "d.csv")]) != 0
    assert "read-only" in capsys.readouterr().err


def test_a_data_file_in_a_read_only_folder_is_still_exported_reported_and_backed_up(
        hotel_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Hostile tester: a company kept in a read-only folder (a CD, a locked archive folder) refused every
    command that only reads it: "The folder … is read-only; icdesk cannot save there"."""
    import shutil

    folder = tmp_path / "archive"
    folder.mkdir()
    path = folder / "2025.sqlite"
    shutil.copyfile(hotel_file, path)
    folder.chmod(0o555)
    try:
        assert main(["--db", str(path), "export", "requests", "--out", str(tmp_path / "r.csv")]) == 0
        assert main(["--db", str(path), "report", "summary", "--out", str(tmp_path / "s.pdf")]) == 0
        assert main(["--db", str(path), "backup", "--to", str(tmp_path / "copy.sqlite")]) == 0
        assert main(["--db", str(path), "survey", "list"]) == 0
        assert (tmp_path / "r.csv").stat().st_size and (tmp_path / "s.pdf").stat().st_size
        capsys.readouterr()
        assert main(["--db", str(path), "import", "departments", str(tmp_path / "r.csv")]) != 0
        assert "is read-only; icdesk cannot save there" in capsys.readouterr().err
    finally:
        folder.chmod(0o755)


def test_out_named_a_folder_a_link_or_a_pipe_is_handled_in_words(hotel_file: str, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    assert main(["--db", hotel_file, "report", "summary", "--out", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "documents is a folder" in err and ".tmp" not in err
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert main(["--db", hotel_file, "export", "departments", "--out", str(pipe)]) == 2
    assert "not a file" in capsys.readouterr().err and pipe.is_fifo()
    # a link: what it points to is written, the link stays a link
    target = tmp_path / "shared" / "departments.csv"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "departments.csv"
    link.symlink_to(target)
    assert main(["--db", hotel_file, "export", "departments", "--out", str(link)]) == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8-sig").startswith("name,")
    assert main(["--db", hotel_file, "report", "summary", "--out", str(link.with_suffix(".pdf"))]) == 0


def test_the_command_line_says_what_to_type_not_what_to_click(hotel_file: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", hotel_file, "survey", "forms", "--round", "99", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "there is no survey round 99" in err and "refresh the list" not in err


def test_a_command_that_only_reads_does_not_upgrade_a_file_a_window_holds(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An older icdesk window has the file open; `export` from a newer icdesk upgraded it underneath (the
    window's next start refused its own file). It is refused in words; once the file is free, the upgrade
    is made and the lock let go again."""
    import sqlite3
    from contextlib import closing

    from icdesk.db import migrate
    from icdesk.db.lock import FileLock
    from tests.helpers import as_0016_left_it

    db = tmp_path / "hotel.sqlite"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    with closing(sqlite3.connect(db)) as connection, connection:
        as_0016_left_it(connection)
    window = FileLock(db)
    window.acquire()
    try:
        code, out, err = run(capsys, "--db", str(db), "export", "ideas", "--out", str(tmp_path / "ideas.csv"))
        assert code != 0 and "already open in icdesk" in err
        with closing(sqlite3.connect(db)) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0016"
    finally:
        window.release()
    code, _out, _err = run(capsys, "--db", str(db), "export", "ideas", "--out", str(tmp_path / "ideas.csv"))
    assert code == 0
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()
    free = FileLock(db)
    free.acquire()  # let go after the upgrade: a window can take the file
    free.release()


def test_a_new_handbook_edition_from_the_command_line_waits_for_the_window_to_let_go(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from icdesk.db.lock import FileLock

    db = tmp_path / "hotel.sqlite"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    window = FileLock(db)
    window.acquire()
    try:
        code, _out, err = run(capsys, "--db", str(db), "report", "handbook", "--new-edition", "--out",
                              str(tmp_path / "handbook.pdf"))
        assert code != 0 and "already open in icdesk" in err and not (tmp_path / "handbook.pdf").exists()
    finally:
        window.release()


def test_a_report_period_keeps_to_the_years_every_date_keeps_to(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """1900 was refused as "Choose dates between 1900 and 2999": its comparison period, 1899, was the one
    out of bounds. Periods keep to 1990-2100, as every date; a period from 1990 compares with 1989."""
    db = str(tmp_path / "hotel.sqlite")
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, _out, err = run(capsys, "--db", db, "report", "summary", "--from", "1900-01-01", "--to", "1900-12-31",
                          "--out", str(tmp_path / "old.pdf"))
    assert code != 0 and "Choose dates between 1990 and 2100." in err
    code, _out, err = run(capsys, "--db", db, "report", "summary", "--from", "1990-01-01", "--to", "1990-12-31",
                          "--out", str(tmp_path / "1990.pdf"))
    assert code == 0, err


def test_a_number_too_large_for_any_record_is_a_usage_error(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """--number 99999999999999999999 stopped with "an unexpected problem" (OverflowError, exit 70)."""
    db = str(tmp_path / "hotel.sqlite")
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, _out, err = run(capsys, "--db", db, "report", "request", "--number", "99999999999999999999")
    assert code == 2 and "larger than any number icdesk gives" in err


def test_a_file_is_not_restored_from_itself(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "hotel.sqlite"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    before = db.read_bytes()
    code, _out, err = run(capsys, "--db", str(db), "restore", str(db))
    assert code != 0 and "is the data file in use, not a backup of it" in err
    assert db.read_bytes() == before and not list(tmp_path.glob("*before-restore*"))


def test_a_number_that_is_not_there_is_said_so_without_a_list_to_refresh(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from icdesk.db.store import open_data_file
    from icdesk.services import Services

    db = str(tmp_path / "new.sqlite")
    Services(open_data_file(Path(db))).close()  # a new company, no training yet
    code, _out, err = run(capsys, "--db", db, "report", "attendance", "--session", "1", "--out",
                          str(tmp_path / "a.pdf"))
    assert code == 2
    assert "There is no training session with that number in this file" in err
    assert "refresh" not in err
    assert not (tmp_path / "a.pdf").exists()


def test_a_company_on_read_only_media_is_read_not_called_damaged(small_disk: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A file in WAL mode on a write-protected stick: every command that only reads said "is damaged or not an
    icdesk data file (unable to open database file)"."""
    from icdesk.db.store import open_data_file
    from icdesk.services import Services

    path = small_disk / "company.sqlite"
    services = Services(open_data_file(path))
    services.departments.create("Reception")
    services.close()
    assert not path.with_name("company.sqlite-wal").exists()  # closed cleanly: everything is in the file
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)

    code, out, err = run(capsys, "--db", str(path), "info")
    assert code == 0 and "up to date" in out and "damaged" not in err
    code, out, _err = run(capsys, "--db", str(path), "check")
    assert code == 0 and out.strip().endswith("ok")
    assert run(capsys, "--db", str(path), "export", "departments", "--out", str(small_disk.parent / "d.csv"))[0] == 0
    assert "Reception" in (small_disk.parent / "d.csv").read_text(encoding="utf-8-sig")
    # these only read too: they were refused as "read-only; icdesk needs to save changes to it"
    assert run(capsys, "--db", str(path), "survey", "list")[0] == 0
    code, out, _err = run(capsys, "copy", str(path), str(small_disk.parent / "copy.sqlite"))
    assert code == 0 and "Copied" in out


def test_a_command_that_only_looks_never_makes_a_company_in_an_empty_or_foreign_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`info` wrote icdesk's whole schema (143 objects) into another program's empty database."""
    import sqlite3

    foreign, empty = tmp_path / "other.db", tmp_path / "empty.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("PRAGMA application_id = 1234567")  # how a program marks its own files
    conn.commit()
    conn.close()
    conn = sqlite3.connect(empty)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    for path, said in ((foreign, "is a database of another program"), (empty, "holds no company yet")):
        before = path.read_bytes()
        for command in (["info"], ["export", "requests", "--out", str(tmp_path / "r.csv")]):
            code, _out, err = run(capsys, "--db", str(path), *command)
            assert code == 2 and said in err, (path.name, command, err)
        assert path.read_bytes() == before


def test_an_upgrade_that_fails_leaves_no_copy_of_the_file_at_each_try(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A file whose stored revision says 0005 while its tables are newer: each command made one more copy of
    the whole file before failing in the same way."""
    import sqlite3

    from icdesk.db.store import open_data_file
    from icdesk.services import Services

    path = tmp_path / "company.sqlite"
    services = Services(open_data_file(path))
    services.departments.create("Reception")
    services.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0005'")
    conn.commit()
    conn.close()
    for _try in range(2):
        code, _out, err = run(capsys, "--db", str(path), "export", "departments", "--out", str(tmp_path / "d.csv"))
        assert code == 2 and "could not be prepared" in err
    assert sorted(p.name for p in tmp_path.rglob("*before-upgrade*")) == []
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)  # as it was
        assert conn.execute("SELECT name FROM departments").fetchall() == [("Reception",)]
    finally:
        conn.close()


@pytest.mark.parametrize("side", ["-wal", "-journal", "-shm", ".lock"])
def test_a_copy_is_never_written_under_the_name_of_a_database_s_side_file(tmp_path: Path, side: str,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """'Copied 3,100 records' into s.sqlite-wal: SQLite took it for the journal and removed it, or left the
    source refusing every write."""
    from icdesk.db.store import open_data_file
    from icdesk.services import Services

    source = tmp_path / "s.sqlite"
    services = Services(open_data_file(source))
    services.departments.create("Reception")
    services.close()
    target = tmp_path / f"s.sqlite{side}"
    code, out, err = run(capsys, "copy", str(source), str(target))
    assert code == 2 and "a file a database keeps beside itself" in err and not out
    assert not target.exists()
    code, _out, _err = run(capsys, "copy", str(source), str(tmp_path / "copy.sqlite"))
    assert code == 0 and (tmp_path / "copy.sqlite").is_file()


@pytest.mark.parametrize("args", [["info"], ["--help"]])
def test_output_read_by_a_program_that_stops_early_ends_quietly(tmp_path: Path, args: list[str]) -> None:
    """"icdesk info | head -1" said "Broken pipe. Nothing half-done was kept." and ended as an error."""
    db = tmp_path / "hotel.sqlite"
    assert main(["--db", str(db), "demo", "--requests", "20"]) == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before icdesk writes a line
    try:
        result = subprocess.run([sys.executable, "-m", "icdesk", "--db", str(db), *args], stdout=write_end,
                                stderr=subprocess.PIPE, text=True, timeout=120,
                                env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode in ((0, 141) if args == ["--help"] else (141,))  # 141: as ended by SIGPIPE


def test_a_file_in_use_says_what_the_command_line_can_still_do(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """"Close it there first, or open it read-only": the command line has no way to open it read-only;
    its commands that only read work on a file in use as it is."""
    from icdesk.db.lock import FileLock

    db = tmp_path / "hotel.sqlite"
    assert run(capsys, "--db", str(db), "demo", "--requests", "20")[0] == 0
    people = tmp_path / "people.csv"
    people.write_text("name,department\nMarco,IT\n", encoding="utf-8")
    window = FileLock(db)
    window.acquire()
    try:
        code, _, err = run(capsys, "--db", str(db), "import", "people", str(people))
        assert code == 2 and "read-only" not in err
        assert "Close it there first. The commands that only read (info, check, export, report" in err
        assert run(capsys, "--db", str(db), "import", "people", str(people), "--dry-run")[0] == 0  # as said
        assert run(capsys, "--db", str(db), "check")[0] == 0
    finally:
        window.release()


def test_what_only_reads_a_file_works_while_another_program_is_saving_to_it(
        hotel_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Hostile tester: in the first seconds of a long import, export, report and backup said the file "is
    in use by another program; close it there", though reading it meanwhile is safe (its own lock note
    says so); they now read what was saved before the import's one long save."""
    import shutil
    import sqlite3

    path = tmp_path / "busy.sqlite"
    shutil.copyfile(hotel_file, path)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a save under way, not finished
    writer.execute("INSERT INTO departments (name, name_key, description, created_at) "
                   "VALUES ('Half-saved', 'half-saved', '', '2026-03-02 09:00:00.000000')")
    try:
        assert main(["--db", str(path), "export", "departments", "--out", str(tmp_path / "d.csv")]) == 0
        assert main(["--db", str(path), "backup", "--to", str(tmp_path / "copy.sqlite")]) == 0
        written = (tmp_path / "d.csv").read_text(encoding="utf-8-sig")
        assert "Front Office" in written and "Half-saved" not in written  # what was saved, nothing half-done
        capsys.readouterr()
        assert main(["--db", str(path), "import", "departments", str(tmp_path / "d.csv")]) != 0
        assert "in use" in capsys.readouterr().err
    finally:
        writer.execute("ROLLBACK")
        writer.close()

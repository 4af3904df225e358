"""icdesk import: the same per-row report as the window, exit 1 and nothing written when a row is
wrong, 0 with the counts after a complete import, 2 for a file or an option that cannot be used."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from icdesk.cli import main
from icdesk.db.store import open_data_file
from icdesk.services import Services

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "hotel.sqlite"
    services = Services(open_data_file(path))
    services.company.save("Hotel", time_zone="Europe/Rome")
    services.departments.create("IT")
    services.close()
    return str(path)


def lists(db: str) -> tuple[list[str], list[str], int]:
    services = Services(open_data_file(Path(db)))
    try:
        return ([d.name for d in services.departments.list(include_archived=True)],
                [p.full_name for p in services.people.list(include_inactive=True)], len(services.backups.list()))
    finally:
        services.close()


def test_a_regional_csv_is_imported_with_counts(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "reparti.csv"
    path.write_bytes("nome;descrizione;note\r\nCaffè;Già pronto, perché sì;x\r\nit;Computer\r\n".encode("cp1252"))
    code, out, err = run(capsys, "--db", db, "import", "departments", str(path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "reparti.csv: CP1252, columns separated by semicolon",
        "Columns: “nome” → name, “descrizione” → description",
        "Not imported: “note”",
        "Imported 2 departments from reparti.csv: 1 added, 1 updated, 0 already the same.",
    ]
    assert lists(db) == (["Caffè", "IT"], [], 1)  # and the backup made before the import


def test_a_wrong_row_is_reported_where_the_sheet_shows_it_and_nothing_is_written(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "people.csv"
    path.write_text("name,department,email\nAnna,IT,anna@x.example\n\nMarco,Spa,\nSofia,IT,not-an-email\n"
                    "Anna,IT,anna@x.example\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "people", str(path))
    assert code == 1
    assert out.splitlines()[-4:] == [
        "Row 4, column B “department”: There is no department called “Spa”.",
        "Row 5, column C “email”: “not-an-email” does not look like an e-mail address.",
        "Row 6: Row 2 already has this person (the same e-mail, or the same name without one).",
        "Nothing was imported: 3 of 4 rows have problems. Correct them in the file and run the command again.",
    ]
    assert lists(db) == (["IT"], [], 0)


def test_one_row_with_a_problem_is_said_in_the_singular(db: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "people.csv"
    path.write_text("name,department\nMarco,Spa\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "people", str(path))
    assert code == 1
    assert out.splitlines()[-1] == ("Nothing was imported: 1 of 1 row has a problem. Correct it in the file and run "
                                    "the command again.")
    path.write_text("name,department\nMarco,IT\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "people", str(path), "--dry-run")
    assert out.splitlines()[-1].startswith("Dry run, nothing written: 1 row would be imported: 1 to add")


def test_dry_run_reports_and_writes_nothing(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "people.csv"
    path.write_text("name,department\nAnna,IT\nMarco,IT\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "people", str(path), "--dry-run")
    assert code == 0
    assert out.splitlines()[-1] == ("Dry run, nothing written: 2 rows would be imported: 2 to add, 0 to update, "
                                    "0 already the same.")
    assert lists(db) == (["IT"], [], 0)


def test_columns_named_by_hand(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "staff.txt"
    path.write_bytes("Chi\tDove\tNote\r\nAnna\tIT\tnuova\r\n".encode("utf-16"))
    code, out, _ = run(capsys, "--db", db, "import", "people", str(path), "--delimiter", "tab", "--encoding",
                       "utf-16", "--map", "Chi=full_name", "--map", "Dove=department", "--map", "Note=")
    assert code == 0, out
    assert "Columns: “Chi” → full_name, “Dove” → department" in out and "Not imported: “Note”" in out
    assert lists(db)[1] == ["Anna"]


def test_a_required_column_that_is_missing_says_how_to_name_it(db: str, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Chi,Dove\nAnna,IT\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "people", str(path))
    assert code == 1
    assert "Row 1: Choose the column that holds “Full name”; it is required. (--map COLUMN=full_name)" in out


def test_a_sheet_of_a_workbook(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hotel.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Reparti"
    book.active.append(["nome"])
    book.active.append(["Cucina"])
    staff = book.create_sheet("Persone")
    staff.append(["nome", "reparto"])
    staff.append(["Anna", "IT"])
    book.save(path)
    code, out, _ = run(capsys, "--db", db, "import", "people", str(path), "--sheet", "Persone")
    assert code == 0 and out.splitlines()[0] == "hotel.xlsx: sheet “Persone” (sheets: Reparti, Persone)"
    assert lists(db)[1] == ["Anna"]


@pytest.mark.parametrize(("args", "message"), [
    (["--map", "Colour=full_name"], "The file has no column “Colour”"),
    (["--map", "name=colour"], "has no field “colour”"),
    (["--map", "name"], "is not COLUMN=FIELD"),
    (["--encoding", "klingon"], "not a character set icdesk knows"),
    (["--sheet", "Staff"], "has no sheet"),
])
def test_an_option_that_cannot_be_used_exits_2_with_one_line(db: str, tmp_path: Path, args: list[str],
                                                             message: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "people.csv"
    if "--sheet" in args:
        path = tmp_path / "people.xlsx"
        book = openpyxl.Workbook()
        book.active.append(["name"])
        book.active.append(["Anna"])
        book.save(path)
    else:
        path.write_text("name\nAnna\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "import", "people", str(path), *args)
    assert code == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1
    assert lists(db) == (["IT"], [], 0)


@pytest.mark.parametrize(("content", "message"), [(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4,
                                                   "is not a table"),
                                                  (b"", "is empty"), (b"name\n", "has a header but no rows")])
def test_a_file_that_is_no_table_exits_2(db: str, tmp_path: Path, content: bytes, message: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    code, _, err = run(capsys, "--db", db, "import", "departments", str(path))
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--db", db, "import", "departments", str(tmp_path / "missing.csv"))
    assert code == 2 and "cannot be read" in err


def test_what_export_writes_import_reads_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    assert run(capsys, "--db", first, "demo", "--requests", "40")[0] == 0
    Services(open_data_file(Path(second))).close()
    kinds = ("departments", "people", "standards", "requests")
    for kind in kinds:
        assert run(capsys, "--db", first, "export", kind, "--out", str(tmp_path / f"{kind}.csv"))[0] == 0
    # heads of department are people: the departments first without them, then again with them
    steps = [("departments", "--map", "head="), ("people",), ("departments",), ("standards",), ("requests",)]
    for kind, *options in steps:
        code, report, _ = run(capsys, "--db", second, "import", kind, str(tmp_path / f"{kind}.csv"), *options)
        assert code == 0, report
    for kind in ("departments", "people"):
        again = tmp_path / f"{kind}-again.csv"
        run(capsys, "--db", second, "export", kind, "--out", str(again))
        assert again.read_bytes() == (tmp_path / f"{kind}.csv").read_bytes(), kind


def test_the_last_line_counts_in_words_even_one_and_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "one.sqlite"
    Services(open_data_file(db)).close()
    one = tmp_path / "one.csv"
    one.write_text("name\nSpa\n", encoding="utf-8")
    assert main(["--db", str(db), "import", "departments", str(one)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Imported 1 department from one.csv")
    # a separator that is not the file's: no row was read, and the line says what to do about it
    assert main(["--db", str(db), "import", "departments", str(one), "--delimiter", ";", "--map", "name=nome"]) != 0
    out = capsys.readouterr()
    assert "of 0 rows" not in out.out + out.err

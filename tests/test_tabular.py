"""Reading what offices really have: regional CSV, Unicode text, workbooks, and every bad file.

Files are written for real in each encoding, or were made by LibreOffice (tests/fixtures/import,
see the README there); LibreOffice is not needed to run these tests.
"""

from __future__ import annotations

import shutil
import tracemalloc
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from icdesk.domain.errors import ValidationError
from icdesk.services.exports import write_csv
from icdesk.services.tabular import SourceRow, Table, open_table, read_table, sheet_names, unguard

FIXTURES = Path(__file__).parent / "fixtures" / "import"
DEPARTMENTS = [  # tests/fixtures/import/departments.csv, as every format made from it must read
    SourceRow(2, ["Manutenzione", "Riparazioni, impianti, caldaie", "2019-04-01", "4", "1250.5", "+39 055 123"]),
    SourceRow(3, ["Recepción", "Atención al cliente, reservas", "2020-01-15", "6", "980.25", "+34 91 555 0101"]),
    SourceRow(5, ["Keittiö", "Ruoka ja äänet", "2021-06-30", "12", "3000", "+358 9 123"]),
    SourceRow(6, ["Бухгалтерия", "Счета, зарплата", "2018-09-03", "3", "1500", "+7 495 123-45-67"]),
]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def cells(table: Table) -> list[list[str]]:
    return [row.cells for row in table.rows]


def refused(path: Path, match: str, **options: str) -> ValidationError:
    with pytest.raises(ValidationError, match=match) as caught:
        read_table(path, **options)  # type: ignore[arg-type]
    return caught.value


# -- CSV as regional spreadsheets write it -----------------------------------------------------------
def test_italian_excel_semicolons_and_windows_1252_make_two_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "reparti.csv", "nome;descrizione\r\nManutenzione;Riparazioni, impianti, caldaie\r\n"
                                           "Caffè;Già pronto, perché sì\r\n", "cp1252")
    table = read_table(path)
    assert (table.encoding, table.delimiter, table.header) == ("cp1252", ";", ["nome", "descrizione"])
    assert cells(table) == [["Manutenzione", "Riparazioni, impianti, caldaie"], ["Caffè", "Già pronto, perché sì"]]
    assert table.warnings == []


@pytest.mark.parametrize("text", ["nombre;descripción\nRecepción;Atención al cliente, niños\n",
                                  "nimi;kuvaus\nKeittiö;Ruoka ja äänet, yöpyminen\n",
                                  "nome\nCaffè\n"])  # one short word: still not read as Cyrillic
def test_spanish_and_finnish_windows_1252(tmp_path: Path, text: str) -> None:
    table = read_table(write(tmp_path / "x.csv", text, "cp1252"))
    assert table.encoding == "cp1252"
    assert [table.header, *cells(table)] == [line.split(";") for line in text.splitlines()]


@pytest.mark.parametrize("text", ["название;описание\r\nБухгалтерия;Счета, зарплата\r\nКухня;Повара\r\n",
                                  "отдел\nБухгалтерия\n"])
def test_russian_excel_windows_1251_is_not_read_as_mojibake(tmp_path: Path, text: str) -> None:
    table = read_table(write(tmp_path / "otdely.csv", text, "cp1251"))
    assert table.encoding == "cp1251"
    assert "Бухгалтерия" in cells(table)[0]
    assert [table.header, *cells(table)] == [line.split(";") for line in text.splitlines()]


def test_non_ascii_far_down_the_file_still_decides_the_encoding(tmp_path: Path) -> None:
    ascii_rows = "".join(f"Room {i};Cleaning, towels\n" for i in range(100_000))  # ~2.5 MB before any accent
    path = write(tmp_path / "late.csv", "name;notes\n" + ascii_rows + "Бухгалтерия;Счета\n", "cp1251")
    source = open_table(path)
    assert source.encoding == "cp1251"
    assert list(source.iter_rows())[-1] == SourceRow(100_002, ["Бухгалтерия", "Счета"])


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path) -> None:
    path = write(tmp_path / "staff.txt", "name\tdepartment\r\nAnna Romano\tCucina, bar\r\nДмитрий\tКухня\r\n",
                 "utf-16")
    table = read_table(path)
    assert (table.encoding, table.delimiter, table.header) == ("utf-16", "\t", ["name", "department"])
    assert cells(table) == [["Anna Romano", "Cucina, bar"], ["Дмитрий", "Кухня"]]


def test_utf16_without_its_bom(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "staff.txt", "name\tdepartment\r\nAnna\tCaffè\r\n", "utf-16-le"))
    assert (table.encoding, table.header, cells(table)) == ("utf-16-le", ["name", "department"], [["Anna", "Caffè"]])


def test_utf16_chosen_for_a_file_without_its_bom(tmp_path: Path) -> None:
    """Chosen in the list (or --encoding utf-16) for a file saved without the mark: Python's own
    "UTF-16 stream does not start with BOM" was all the person was told."""
    path = write(tmp_path / "staff.txt", "name\tdepartment\r\nAnna\tCaffè\r\n", "utf-16-le")
    table = read_table(path, encoding="utf-16")
    assert (table.encoding, table.header, cells(table)) == ("utf-16-le", ["name", "department"], [["Anna", "Caffè"]])


@pytest.mark.parametrize(("encoding", "detected"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig")])
def test_utf8_with_or_without_bom_and_any_separator(tmp_path: Path, encoding: str, detected: str) -> None:
    for delimiter in (",", ";", "\t"):
        text = delimiter.join(["name", "description"]) + "\n" + delimiter.join(["Кухня", "Повара è ñ ä"]) + "\n"
        table = read_table(write(tmp_path / "x.csv", text, encoding))
        assert (table.encoding, table.delimiter) == (detected, delimiter)
        assert (table.header, cells(table)) == (["name", "description"], [["Кухня", "Повара è ñ ä"]])


def test_the_separator_is_the_one_that_splits_every_row_alike(tmp_path: Path) -> None:
    text = "nome;descrizione;note\nA;uno, due, tre;x\nB;quattro;\"a; b\"\nC;cinque, sei;\n"
    table = read_table(write(tmp_path / "x.csv", text, "utf-8"))
    assert table.delimiter == ";"
    assert cells(table) == [["A", "uno, due, tre", "x"], ["B", "quattro", "a; b"], ["C", "cinque, sei"]]


def test_excel_sep_line_names_the_separator_and_is_not_a_row(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "x.csv", "sep=;\nname;notes\nA;b,c\n", "utf-8"))
    assert (table.delimiter, table.header, table.rows) == (";", ["name", "notes"], [SourceRow(2, ["A", "b,c"])])


def test_chosen_encoding_and_separator_override_detection(tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "nome;descrizione\nCaffè;Già\n", "cp1252")
    as_cyrillic = read_table(path, encoding="windows-1251")
    assert (as_cyrillic.encoding, cells(as_cyrillic)) == ("cp1251", [["Caffи", "Giа"]])
    one_column = read_table(path, delimiter=",")
    assert (one_column.delimiter, one_column.header) == (",", ["nome;descrizione"])


def test_a_chosen_encoding_that_does_not_fit_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"name\nA\n\nB\x81\n")
    error = refused(path, r"Row 4 cannot be read as Windows-1252", encoding="cp1252")
    assert error.field == "encoding" and error.params["row"] == 4


def test_an_unknown_encoding_or_separator_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "a,b\n1,2\n", "utf-8")
    for codec in ("klingon", "rot13", "hex", "base64", "zlib", "uu", "bz2", "idna", "punycode", "undefined"):
        refused(path, "not a character set icdesk knows", encoding=codec)  # rot13 and the rest stopped the import
    refused(path, "cannot separate columns", delimiter="ab")


def test_bytes_no_candidate_has_are_refused_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"name;notes\nA\x81;B\x98\n")  # missing from both Windows-1252 and -1251
    error = refused(path, "cannot tell which character set")
    assert error.field == "encoding"


def test_a_tie_between_code_pages_is_read_but_said(tmp_path: Path) -> None:
    # "è" alone (Italian "is") is "и" (Russian "and") in Windows-1251: nothing tells them apart
    table = read_table(write(tmp_path / "x.csv", "a,b\nx,è\n", "cp1252"))
    assert table.encoding == "cp1252"
    assert [w.params["encoding"] for w in table.warnings] == ["Windows-1252"]
    assert table.warnings[0].template.startswith("The letters of {name} were read as {encoding}")


# -- LibreOffice-made files ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["departments.csv", "departments.xlsx", "departments.ods", "departments.xls",
                                  "departments-unicode.txt"])
def test_every_format_libreoffice_writes_reads_the_same(name: str) -> None:
    table = read_table(FIXTURES / name)
    assert table.header == ["name", "description", "since", "staff", "budget", "phone"]
    assert table.rows == DEPARTMENTS  # dates ISO, whole numbers without ".0", the blank row 4 counted
    if name.endswith((".xlsx", ".ods", ".xls")):
        assert (table.sheet, table.sheets, table.encoding, table.delimiter) == (
            "departments", ["departments"], None, None)


def test_libreoffice_regional_csv_files() -> None:
    latin = read_table(FIXTURES / "reparti-cp1252.csv")
    assert (latin.encoding, latin.delimiter, latin.header) == ("cp1252", ";", ["nome", "descrizione", "dal", "persone"])
    assert latin.rows[1] == SourceRow(3, ["Caffè", "Già pronto; anche d'asporto", "2022-02-28", "2"])
    assert latin.rows[2].number == 5  # ";;;" is a blank row
    cyrillic = read_table(FIXTURES / "otdely-cp1251.csv")
    assert (cyrillic.encoding, cyrillic.delimiter) == ("cp1251", ";")
    assert cyrillic.header == ["название", "описание", "с", "сотрудники"]
    assert cyrillic.rows[-1] == SourceRow(5, ["Отдел кадров", "Приём, увольнение; отпуска", "2020-05-20", "2"])


# -- the formula guard of the export -------------------------------------------------------------------
def test_export_then_import_gives_back_what_was_typed(tmp_path: Path) -> None:
    typed = ["+39 055 123", "=SUM(A1)", "-5", "@home", "\tindented", "=HYPERLINK(\"x\")", "'Tis", "'90s",
             "'=x", "''", "Кухня", "plain"]
    path = tmp_path / "export.csv"
    write_csv(path, ["=name", "value"], [[value, "x"] for value in typed])
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == "'+39 055 123,x"  # guarded on the way out
    table = read_table(path)
    assert table.header == ["=name", "value"]
    assert [row.cells[0] for row in table.rows] == typed


def test_only_what_the_guard_protects_loses_its_quote() -> None:
    assert [unguard(t) for t in ["'+1", "'=A1", "'-", "'@x", "'\tx", "'\rx", "'", "'a", "''=x", "''Tis", "x'=y"]] == [
        "+1", "=A1", "-", "@x", "\tx", "\rx", "'", "'a", "'=x", "'Tis", "x'=y"]


def test_a_guarded_cell_saved_into_a_workbook_comes_back_unguarded(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["phone"])
    workbook.active.append(["'+39 055 123"])  # what Excel keeps from an exported CSV
    workbook.save(path)
    assert cells(read_table(path)) == [["+39 055 123"]]


# -- row numbers as the spreadsheet shows them ---------------------------------------------------------------
def test_blank_rows_are_skipped_but_counted(tmp_path: Path) -> None:
    text = "\n\nname,notes\nA,1\n\n  ,\t\n,,\nB,\"two\nlines\"\nC,3\n"
    source = open_table(write(tmp_path / "x.csv", text, "utf-8"))
    assert (source.header_row, source.header) == (3, ["name", "notes"])
    assert [(r.number, r.cells) for r in source.iter_rows()] == [
        (4, ["A", "1"]), (8, ["B", "two\nlines"]), (9, ["C", "3"])]
    assert list(source.iter_rows()) == list(source.iter_rows())  # each pass starts from the top


def test_an_unclosed_quote_is_reported_at_its_row(tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "name,notes\nA,1\n\n\nB,\"never closed\nC,3\n", "utf-8")
    error = refused(path, r"Row 5 cannot be read: a quote mark")
    assert error.params == {"row": 5}


def test_trailing_empty_cells_are_trimmed_and_other_cells_kept(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "x.csv", "a;b;;\n1;;;\n;2;;x\n", "utf-8"))
    assert (table.header, cells(table)) == (["a", "b"], [["1"], ["", "2", "", "x"]])


def test_header_names_are_tidied(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "x.csv", "\ufeff Name ,\"Job\ntitle\"\nA,B\n", "utf-8"))
    assert table.header == ["Name", "Job title"]


# -- workbooks ---------------------------------------------------------------------------------------------
def workbook(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def test_workbook_cells_come_back_as_text_the_importer_parses(tmp_path: Path) -> None:
    path = workbook(tmp_path / "book.xlsx", {"Staff": [
        ["name", "since", "at", "staff", "hours", "phone", "on duty", "shift"],
        ["Anna", date(2026, 3, 31), datetime(2026, 3, 31, 14, 30), 3, 7.5, 390551234567, True, time(6, 0)],
        ["Марко", datetime(2026, 1, 2), datetime(2026, 1, 2, 8, 5, 9), 4.0, 0.1 + 0.2, "+39 055 123", False, None],
    ]})
    assert cells(read_table(path)) == [
        ["Anna", "2026-03-31", "2026-03-31 14:30", "3", "7.5", "390551234567", "TRUE", "06:00"],
        ["Марко", "2026-01-02", "2026-01-02 08:05:09", "4", "0.3", "+39 055 123", "FALSE"],
    ]


def _with_results(path: Path, results: dict[str, bytes]) -> Path:
    """The workbook as Excel or LibreOffice would save it: each formula cell keeps its result."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    for ref, cell in results.items():
        start = sheet.index(f'<c r="{ref}"'.encode())
        sheet = sheet[:start] + cell + sheet[sheet.index(b"</c>", start) + 4:]
    parts["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_formulas_a_program_never_calculated_are_refused_not_read_as_empty(tmp_path: Path) -> None:
    # openpyxl, like many programs that write workbooks, keeps a formula without its result: the rows
    # read as empty, one vanished and another "had no name"
    path = workbook(tmp_path / "departments.xlsx", {"Reparti": [
        ["name", "description"], ["Laundry", "Washing"],
        ['=CONCATENATE("Spa", " & Wellness")', '="Massages"'], ['=UPPER("garage")', "Cars"]]})
    error = refused(path, "hold formulas whose results")
    assert error.params["cells"] == "A3, B3, A4"
    assert error.params["sheet"] == "Reparti"
    assert "save it, and choose it again" in error.template
    # one cell is said in the singular ("Cells B2 of the sheet … hold formulas" read wrong)
    one = workbook(tmp_path / "one.xlsx", {"Reparti": [["name", "description"], ["Spa", "=1+1"]]})
    error = refused(one, "Cell B2 of the sheet “Reparti” holds a formula whose result")
    assert error.params["cells"] == "B2"


def test_formulas_with_their_results_kept_are_read(tmp_path: Path) -> None:
    path = workbook(tmp_path / "departments.xlsx", {"Sheet": [
        ["name", "staff", "note"], ['=CONCATENATE("Spa", " & Wellness")', "=2+3", '=""']]})
    _with_results(path, {"A2": b'<c r="A2" t="str"><f>CONCATENATE("Spa", " &amp; Wellness")</f>'
                               b'<v>Spa &amp; Wellness</v></c>',
                         "B2": b'<c r="B2"><f>2+3</f><v>5</v></c>',
                         "C2": b'<c r="C2" t="str"><f>""</f><v></v></c>'})  # a result that is empty text
    assert cells(read_table(path)) == [["Spa & Wellness", "5"]]


def test_workbook_rows_keep_their_numbers_and_empty_edges_are_trimmed(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["C5"], sheet["D5"] = "name", "notes"
    sheet["C7"] = "Anna"
    sheet["D9"] = "late"
    sheet["H20"].number_format = "0.00"  # a formatted but empty cell far away
    sheet["H20"].value = ""
    book.save(path)
    source = open_table(path)
    assert (source.header_row, source.header) == (5, ["name", "notes"])
    assert list(source.iter_rows()) == [SourceRow(7, ["Anna"]), SourceRow(9, ["", "late"])]


def test_sheets_are_listed_chosen_and_the_first_with_data_is_the_default(tmp_path: Path) -> None:
    path = workbook(tmp_path / "book.xlsx", {
        "Notes": [], "Reparti": [["nome"], ["Cucina"]], "Persone": [["nome"], ["Anna"]], "Old": [["x"], ["y"]]},
        hidden=("Old",))
    assert sheet_names(path) == ["Notes", "Reparti", "Persone"]
    default = read_table(path)
    assert (default.sheet, default.sheets, cells(default)) == ("Reparti", ["Notes", "Reparti", "Persone"],
                                                               [["Cucina"]])
    assert cells(read_table(path, sheet="Persone")) == [["Anna"]]
    assert cells(read_table(path, sheet="Old")) == [["y"]]  # hidden, but asked for by name
    error = refused(path, "has no sheet called “Staff”", sheet="Staff")
    assert error.field == "sheet"
    refused(path, "The sheet “Notes” of book.xlsx is empty", sheet="Notes")


def test_sheet_names_of_a_csv_is_empty() -> None:
    assert sheet_names(FIXTURES / "departments.csv") == []


def test_a_workbook_renamed_csv_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    shutil.copy(FIXTURES / "departments.xlsx", path)
    assert read_table(path).rows == DEPARTMENTS


# -- bad input: a sentence, never a traceback --------------------------------------------------------------
@pytest.mark.parametrize("name", ["picture.csv", "picture.xlsx", "picture.txt"])
def test_a_picture_is_not_a_table(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(PNG + bytes(range(256)) * 4)
    error = refused(path, "is not a table: choose a CSV file or a spreadsheet")
    assert error.params == {"name": name} and error.field == "file"


@pytest.mark.parametrize("name", ["archive.xlsx", "archive.csv", "letter.docx"])
def test_a_zip_that_holds_no_workbook_is_not_a_table(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml" if name.endswith("docx") else "notes.txt", "hello")
    refused(path, "is not a table")


def test_a_damaged_workbook(tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes((FIXTURES / "departments.xlsx").read_bytes()[:3000])
    refused(path, "looks like a spreadsheet but cannot be read; it may be damaged")


def test_a_damaged_xls(tmp_path: Path) -> None:
    path = tmp_path / "cut.xls"
    path.write_bytes((FIXTURES / "departments.xls").read_bytes()[:2000])
    refused(path, "damaged|is not a table")


@pytest.mark.parametrize("name", ["protected.xlsx", "protected.ods"])
def test_a_password_protected_workbook(name: str) -> None:
    error = refused(FIXTURES / name, "is protected with a password")
    assert error.params == {"name": name}


@pytest.mark.parametrize("content", [b"", b"\n\n \n", b"\xef\xbb\xbf", b";;;\r\n;;\r\n"])
def test_an_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    refused(path, "empty.csv is empty")


def test_an_empty_workbook(tmp_path: Path) -> None:
    refused(workbook(tmp_path / "empty.xlsx", {"Sheet1": []}), "empty.xlsx is empty")


@pytest.mark.parametrize(("name", "content"), [("x.csv", "name,notes\n\n\n"), ("x.xlsx", None)])
def test_a_header_without_rows(tmp_path: Path, name: str, content: str | None) -> None:
    path = tmp_path / name
    if content is None:
        workbook(path, {"S": [["name", "notes"], [None, None]]})
    else:
        path.write_text(content, encoding="utf-8")
    refused(path, f"{name} has a header but no rows of data below it")


def test_a_column_named_twice(tmp_path: Path) -> None:
    error = refused(write(tmp_path / "x.csv", "\nName;E-mail;name\nA;a@x;B\n", "utf-8"), "has “name” twice")
    assert error.params == {"row": 2, "name": "name", "column": "A", "column2": "C"}


def test_a_column_without_a_name(tmp_path: Path) -> None:
    error = refused(write(tmp_path / "x.csv", "name,,email\nA,x,a@x\n", "utf-8"), "Column B has no name")
    assert error.params == {"column": "B", "row": 1}


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_an_unreadable_path(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "nowhere.csv" if kind == "missing" else tmp_path
    error = refused(path, "cannot be read")
    assert error.field == "file"
    with pytest.raises(ValidationError, match="cannot be read"):
        sheet_names(path)


# -- big files stay small in memory ------------------------------------------------------------------------
def test_streaming_a_big_csv_keeps_memory_flat(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        handle.write("name;department;notes\r\n")
        for i in range(60_000):  # ~4 MB
            handle.write(f"Persona {i};Ricevimento;Caffè, già pronto, perché no {i}\r\n")
    tracemalloc.start()
    try:
        source = open_table(path)
        count = sum(1 for _row in source.iter_rows())
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (source.encoding, count) == ("cp1252", 60_000)
    assert peak < 8 * 2**20  # the 1 MB read chunk and samples, not the file


def test_a_sheet_too_big_for_memory_is_refused_with_a_way_out(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = workbook(tmp_path / "book.xlsx", {"Log": [["title"], *[[f"Request {i}"] for i in range(2000)]],
                                             "People": [["name"], ["Anna"]]})
    monkeypatch.setattr("icdesk.services.tabular.WORKBOOK_MEMORY_LIMIT", 40_000)  # the Log sheet's XML is bigger
    error = refused(path, "The sheet “Log” of book.xlsx is too big to read from a workbook; save it as a CSV")
    assert error.params == {"sheet": "Log", "name": "book.xlsx"}
    assert cells(read_table(path, sheet="People")) == [["Anna"]]  # the other sheet still opens
    monkeypatch.setattr("icdesk.services.tabular.WORKBOOK_MEMORY_LIMIT", 1_000)  # below the .ods content.xml
    refused(FIXTURES / "departments.ods", "too big to read from a workbook")


def test_header_problems_name_the_columns_the_sheet_shows(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    book.active["C3"], book.active["D3"], book.active["E3"] = "name", "email", "Name"
    book.active["C4"] = "Anna"
    book.save(path)
    error = refused(path, "twice")
    assert error.params == {"row": 3, "name": "Name", "column": "C", "column2": "E"}


def test_a_one_column_list_keeps_its_commas(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "names.csv", "name\nRossi, Anna\nBianchi, Marco\n", "utf-8"))
    assert (table.header, cells(table)) == (["name"], [["Rossi, Anna"], ["Bianchi, Marco"]])


def test_a_stray_control_character_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes(b"name,notes\r\nIT,line\x0bbreak\r\n\x1a")  # Excel's in-cell break, DOS end-of-file mark
    assert cells(read_table(path)) == [["IT", "line\x0bbreak"]]


def test_random_bytes_are_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes((i * 37 + 11) % 256 for i in range(1, 5000) if (i * 37 + 11) % 256))  # no NUL at all
    refused(path, "is not a table|cannot tell which character set")

"""Read the tables offices really have, as one shape: a header and numbered rows of text.

CSV in whatever regional spreadsheets write (UTF-8 with or without BOM, UTF-16 "Unicode text",
Windows-1252 from Italian, Spanish and Finnish Excel, Windows-1251 from Russian Excel; comma,
semicolon or tab), and workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods). Rows keep the number the
spreadsheet shows (the header is usually row 1; blank rows are skipped but counted), so a
problem is reported where the user will look for it. Bad input is a ValidationError sentence.

Every cell comes back as text the importer parses: dates as 2026-03-31, whole numbers without
".0", and the "'" that exports.neutralise() puts before "=+-@" taken off again (unguard), so an
export imports back as it was typed.

Workbooks are read with python-calamine, not openpyxl. benchmarks/bench_spreadsheet_readers.py,
workbooks written as Excel writes them (shared strings), every cell to text, a fresh process each,
two runs on a shared two-core machine:

    workbook                        openpyxl read-only      python-calamine
    100,000 rows x 8 (5 MB)         12.8-18.0 s, 41 MB      1.1-1.6 s, 67 MB
    1,085,000 rows x 8 (50 MB)      138-176 s, 434 MB       12.5-16.4 s, 729 MB

calamine is ten times faster, and reads .xls, .xlsb and .ods too (openpyxl reads only .xlsx).
Neither keeps a 50 MB workbook under the import's 300 MB: openpyxl streams the cells but keeps
every shared string (in a real sheet, every name and e-mail) as a Python object. So a sheet whose
estimated size passes WORKBOOK_MEMORY_LIMIT (about 250,000 rows of eight columns) is refused with
a sentence asking for CSV, which streams in constant memory: the same rows as a 58 MB CSV are read
in about 4 s with under 2 MB of growth.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

import python_calamine
from charset_normalizer import from_bytes

from icdesk.domain.errors import ValidationError

# What the reader detects and the preview offers (codec -> the name spreadsheets show); the user
# may also pass any other Python codec name.
ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16",
             "utf-16-be": "UTF-16", "cp1252": "Windows-1252", "cp1251": "Windows-1251"}
DELIMITERS = (",", ";", "\t")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
GUARD_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what exports.neutralise() guards with a leading '
# calamine holds the whole sheet in memory: measured, about 2 bytes per byte of an .xlsx sheet's XML
# plus its shared strings, 1 per byte of an .ods's content.xml. A sheet estimated above this limit
# is refused with a sentence (CSV streams in constant memory): an import must stay under 300 MB.
WORKBOOK_MEMORY_LIMIT = 200 * 2**20

_CHUNK = 1 << 20
_SAMPLE = 64 * 1024  # bytes read to find the separator and to tell text from binary
_NON_ASCII_SAMPLE = 256 * 1024  # bytes of non-ASCII lines kept to tell Windows-1252 from -1251
_UNDEFINED = {"cp1252": b"\x81\x8d\x8f\x90\x9d", "cp1251": b"\x98"}  # bytes each code page lacks
_ASCII = bytes(range(128))
# an accented Latin letter as UTF-8 writes it (à–ÿ, À–ß): read as Windows-1252, "Ã" and a symbol, which
# no Italian, Spanish or Finnish word holds
_UTF8_ACCENT = re.compile(rb"\xc3[\x80-\xbf]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_ACCENTED = re.compile(r"[\u00c0-\u024f]")
_WORKBOOK_PARTS = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")
_SEP_LINE = re.compile(r"\ufeff?sep=(.)\r?\n?$")  # Excel's "sep=;" first line names the separator
# a formula cell of an .xlsx with its result missing: "<c r="A3"><f>UPPER(B3)</f><v/></c>". A program that
# writes workbooks without calculating them (openpyxl, many exports) leaves the result out; calamine then
# reads the cell as empty, so rows vanished or a name "could not be empty" that the file plainly shows
_FORMULA_CELL = re.compile(rb'<c\b([^>]*)>\s*<f\b[^>]*(?:/>|>[^<]*</f>)\s*(<v\s*/>|<v>\s*</v>)?\s*</c>')
_CELL_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_TEXT_TYPE = re.compile(rb'\bt="(?:str|inlineStr|s)"')
_UNCALCULATED_SHOWN = 5


@dataclass(frozen=True)
class SourceRow:
    number: int  # as the spreadsheet numbers it: the header is row 1, blank rows count
    cells: list[str]


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[SourceRow]
    encoding: str | None = None  # CSV only: as detected, or as asked for
    delimiter: str | None = None  # CSV only
    sheet: str | None = None  # workbooks only: the sheet read
    sheets: list[str] = field(default_factory=list)  # workbooks only: the visible sheets, for a chooser
    # sentences to show above the preview; ValidationErrors only so that localized() translates them
    warnings: list[ValidationError] = field(default_factory=list)
    header_row: int = 1
    first_column: int = 0  # where the table starts on the sheet (0 = column A), to name columns as it does


@dataclass(frozen=True)
class TableSource:
    """A table whose header is read and checked, and whose rows are read only when iterated.

    iter_rows() starts from the top each time it is called; a 50 MB CSV is never held in memory.
    It raises ValidationError if a row further down cannot be read (a quote never closed, a byte
    the chosen character set does not have).
    """

    path: Path
    header: list[str]
    header_row: int
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    sheets: list[str]
    warnings: list[ValidationError]
    _records: Callable[[], Iterator[tuple[int, list[str]]]] = field(repr=False, compare=False)
    first_column: int = 0  # where the table starts on the sheet (0 = column A)

    def column_letter(self, index: int) -> str:
        """The letter the spreadsheet shows above the header's column ``index`` ("A", "B", ... "AA")."""
        return _column_letter(self.first_column + index)

    def iter_rows(self) -> Iterator[SourceRow]:
        for number, cells in self._records():
            if number > self.header_row and not _blank(cells):
                yield SourceRow(number, _trimmed(cells))

    def read(self) -> Table:
        return Table(self.header, list(self.iter_rows()), self.encoding, self.delimiter, self.sheet,
                     list(self.sheets), list(self.warnings), self.header_row, self.first_column)


def read_table(path: Path, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None) -> Table:
    """The whole table in memory: for previews and ordinary files. See open_table()."""
    return open_table(path, sheet=sheet, encoding=encoding, delimiter=delimiter).read()


def open_table(path: Path, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None) -> TableSource:
    """Detect what the file is, read and check its header, make sure at least one row follows.

    A workbook is recognised by its content, not its name (an .xlsx renamed .csv still opens);
    `sheet` picks a worksheet (default: the first visible one with data). For CSV, `encoding`
    and `delimiter` override what is detected. Raises ValidationError for anything that is not
    a usable table.
    """
    path = Path(path)
    head = _head(path)
    if _is_workbook_bytes(head):
        return _open_workbook(path, sheet)
    return _open_csv(path, head, encoding, delimiter)


def iter_rows(path: Path, *, sheet: str | None = None, encoding: str | None = None,
              delimiter: str | None = None) -> Iterator[SourceRow]:
    """The data rows alone, read as they are needed (the header is checked first)."""
    return open_table(path, sheet=sheet, encoding=encoding, delimiter=delimiter).iter_rows()


def sheet_names(path: Path) -> list[str]:
    """The visible worksheets of a workbook, in workbook order; [] for a CSV file."""
    path = Path(path)
    if not _is_workbook_bytes(_head(path)):
        return []
    workbook, _layout = _load_workbook(path)
    with workbook:
        return _visible_sheets(workbook)


def unguard(text: str) -> str:
    """Undo exports.neutralise(): "'+39 055 123" was "+39 055 123" before it was exported, and
    "''Tis" was "'Tis" (the export doubles a leading quote so that this stays exact).

    Only a quote followed by what the guard protects, or by another quote, is removed; "'Tis" or
    "'90s" stay as typed.
    """
    return text[1:] if text.startswith("'") and text[1:2] in GUARD_STARTS + ("'",) else text


# -- common -----------------------------------------------------------------------------------------
def _head(path: Path) -> bytes:
    if path.exists() and not path.is_file() and not path.is_dir():
        # a device or a pipe (/dev/zero, a FIFO) never ends: reading it for a table would not either
        raise _not_a_table(path)
    try:
        with path.open("rb") as handle:
            return handle.read(_SAMPLE)
    except OSError as error:
        raise _unreadable(path, error) from error


def _unreadable(path: Path, error: OSError) -> ValidationError:
    return ValidationError("{path} cannot be read: {value}.", path=path, value=error.strerror or error, field="file")


def _not_a_table(path: Path) -> ValidationError:
    return ValidationError("{name} is not a table: choose a CSV file or a spreadsheet (.xlsx, .ods or .xls).",
                           name=path.name, field="file")


def _empty(cell: str) -> bool:
    return not cell.strip().strip("\x1a")  # Ctrl+Z: the end-of-file mark old DOS programs add


def _blank(cells: list[str]) -> bool:
    return all(_empty(cell) for cell in cells)


def _trimmed(cells: list[str]) -> list[str]:
    end = len(cells)
    while end and _empty(cells[end - 1]):
        end -= 1
    return cells[:end]


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _checked_header(path: Path, records: Iterator[tuple[int, list[str]]],
                    first_column: int = 0) -> tuple[int, list[str]]:
    """The first non-blank row is the header; at least one non-blank row must follow it.

    `first_column` is where the cells start on the sheet (0 = A), so problems name its columns."""
    header_row, raw = next(((n, cells) for n, cells in records if not _blank(cells)), (0, []))
    if not header_row:
        raise ValidationError("{name} is empty.", name=path.name, field="file")
    # a title typed over two lines in one cell ("Job<Alt+Enter>title") is still one name
    header = [" ".join(cell.split()) for cell in _trimmed(raw)]
    seen: dict[str, int] = {}
    for index, name in enumerate(header):
        if not name:
            raise ValidationError("Column {column} has no name in the header (row {row}); type a name there or "
                                  "delete the column.", column=_column_letter(first_column + index), row=header_row,
                                  field="file")
        first = seen.setdefault(name.casefold(), index)
        if first != index:
            raise ValidationError("The header (row {row}) has “{name}” twice, in columns {column} and {column2}; "
                                  "each column needs its own name.", row=header_row, name=name,
                                  column=_column_letter(first_column + first),
                                  column2=_column_letter(first_column + index), field="file")
    if not any(not _blank(cells) for _n, cells in records):
        raise ValidationError("{name} has a header but no rows of data below it.", name=path.name, field="file")
    return header_row, header


# -- workbooks --------------------------------------------------------------------------------------
def _is_workbook_bytes(head: bytes) -> bool:
    # ZIP (xlsx, xlsm, xlsb, ods) or OLE2 (xls, and any password-protected Office file)
    return head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))


@dataclass(frozen=True)
class _Layout:
    """What a ZIP workbook's directory tells before anything is unpacked."""

    sizes: dict[str, int]  # member -> uncompressed size
    sheet_parts: dict[str, str]  # sheet name -> member holding it (.xlsx and .xlsm)


def _load_workbook(path: Path) -> tuple[python_calamine.CalamineWorkbook, _Layout]:
    layout = _check_zip(path) if _head(path).startswith(b"PK") else _Layout({}, {})
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path)), layout
    except OSError as error:
        raise _unreadable(path, error) from error
    except python_calamine.PasswordError as error:
        raise _protected(path) from error
    except python_calamine.CalamineError as error:
        if layout.sizes:
            raise _damaged(path) from error
        raise _ole_problem(path) from error


def _check_zip(path: Path) -> _Layout:
    """A ZIP archive that holds no workbook is no spreadsheet; one that cannot be opened is damaged."""
    try:
        with zipfile.ZipFile(path) as archive:
            sizes = {info.filename: info.file_size for info in archive.infolist()}
            manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in sizes else b""
            parts = _sheet_parts(archive) if "xl/workbook.xml" in sizes else {}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, EOFError) as error:
        raise _damaged(path) from error
    except OSError as error:
        raise _unreadable(path, error) from error
    if b"encryption-data" in manifest:  # an .ods saved with a password
        raise _protected(path)
    if not sizes.keys() & {"xl/workbook.xml", "xl/workbook.bin", "content.xml"}:
        raise _not_a_table(path)
    return _Layout(sizes, parts)


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> worksheet XML member, from xl/workbook.xml and its relationships."""
    try:
        if max(archive.getinfo(n).file_size for n in _WORKBOOK_PARTS) > 16 * 2**20:
            return {}  # not a workbook index anyone wrote; let calamine judge it
        book = ET.fromstring(archive.read(_WORKBOOK_PARTS[0]))
        rels = ET.fromstring(archive.read(_WORKBOOK_PARTS[1]))
    except (KeyError, ET.ParseError):
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels if r.tag.endswith("Relationship")}
    parts = {}
    for sheet in book.iter():
        if sheet.tag.endswith("}sheet"):
            rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
            target = targets.get(rid, "")
            parts[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return parts


def _check_size(path: Path, layout: _Layout, sheet: str) -> None:
    """Refuse a sheet calamine would need more memory for than the import may use (see WORKBOOK_MEMORY_LIMIT)."""
    if "content.xml" in layout.sizes:
        estimate = layout.sizes["content.xml"]
    elif sheet in layout.sheet_parts:
        xml = layout.sizes.get(layout.sheet_parts[sheet], 0) + layout.sizes.get("xl/sharedStrings.xml", 0)
        estimate = xml * 2
    else:
        return
    if estimate > WORKBOOK_MEMORY_LIMIT:
        raise ValidationError("The sheet “{sheet}” of {name} is too big to read from a workbook; save it as a CSV "
                              "file in your spreadsheet program and import that.", sheet=sheet, name=path.name,
                              field="file")


def _ole_problem(path: Path) -> ValidationError:
    """What an OLE2 file calamine cannot read is: protected .xlsx, damaged .xls, or no spreadsheet."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return _unreadable(path, error)
    # stream names are stored in UTF-16: a password-protected .xlsx keeps its sheets in
    # "EncryptedPackage", an .xls in "Workbook" (or "Book" before Excel 97)
    if "EncryptedPackage".encode("utf-16-le") in data:
        return _protected(path)
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return _damaged(path)
    return _not_a_table(path)


def _protected(path: Path) -> ValidationError:
    return ValidationError("{name} is protected with a password; save a copy without the password and choose "
                           "that.", name=path.name, field="file")


def _damaged(path: Path) -> ValidationError:
    return ValidationError("{name} looks like a spreadsheet but cannot be read; it may be damaged. Open it in "
                           "your spreadsheet program and save it again.", name=path.name, field="file")


def _visible_sheets(workbook: python_calamine.CalamineWorkbook) -> list[str]:
    # chart sheets hold no table, and a hidden sheet is one the user does not know is there
    visible, worksheet = python_calamine.SheetVisibleEnum.Visible, python_calamine.SheetTypeEnum.WorkSheet
    return [m.name for m in workbook.sheets_metadata if m.typ == worksheet and m.visible == visible]


def _open_workbook(path: Path, sheet: str | None) -> TableSource:
    workbook, layout = _load_workbook(path)
    with workbook:
        sheets = _visible_sheets(workbook)
        try:
            if sheet is not None:
                if sheet not in workbook.sheet_names:
                    raise ValidationError("{name} has no sheet called “{sheet}”.", name=path.name, sheet=sheet,
                                          field="sheet")
                _check_size(path, layout, sheet)
                loaded: python_calamine.CalamineSheet | None = workbook.get_sheet_by_name(sheet)
                if loaded is not None and loaded.start is None:
                    raise ValidationError("The sheet “{sheet}” of {name} is empty.", sheet=sheet, name=path.name,
                                          field="sheet")
            else:
                loaded = _first_sheet_with_data(path, workbook, layout, sheets)
        except python_calamine.CalamineError as error:
            raise _damaged(path) from error
    if loaded is None:
        raise ValidationError("{name} is empty.", name=path.name, field="file")
    sheet_data = loaded

    def records() -> Iterator[tuple[int, list[str]]]:
        # calamine yields rows from the sheet's row 1, even when the data starts lower down
        for index, values in enumerate(sheet_data.iter_rows()):
            yield index + 1, [unguard(_cell_text(value)) for value in values]

    if loaded.name in layout.sheet_parts:
        _refuse_uncalculated(path, layout.sheet_parts[loaded.name], loaded.name)
    # calamine leaves out empty columns on the left: the first cell is in column `start`
    first_column = (loaded.start or (0, 0))[1]
    header_row, header = _checked_header(path, records(), first_column=first_column)
    return TableSource(path, header, header_row, None, None, loaded.name, sheets, [], records, first_column)


def uncalculated_cells(path: Path, member: str, most: int = _UNCALCULATED_SHOWN) -> list[str]:
    """The first cells (as "A3") of an .xlsx sheet that hold a formula whose result the file does not keep.

    A formula that gave empty text keeps its type (t="str") and an empty result: that is a result, and
    is read as the empty text it is. The sheet's XML is read in pieces, never whole."""
    found: list[str] = []
    carry = b""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as part:
            while len(found) < most:
                chunk = part.read(_CHUNK)
                if not chunk:
                    break
                text = carry + chunk
                end = text.rfind(b"</c>") + 4  # whole cells only; the rest waits for the next piece
                cells, carry = (text[:end], text[end:]) if end >= 4 else (b"", text)
                if len(carry) > _CHUNK:  # no cell ends in a megabyte: not a sheet anyone wrote
                    carry = carry[-_CHUNK:]
                if b"<f" not in cells:
                    continue
                for match in _FORMULA_CELL.finditer(cells):
                    attributes, result = match.group(1), match.group(2)
                    if result is not None and _TEXT_TYPE.search(attributes):
                        continue  # a formula whose result is empty text
                    ref = _CELL_REF.search(attributes)
                    found.append(ref.group(1).decode("ascii") if ref else "?")
                    if len(found) >= most:
                        break
    except (KeyError, zipfile.BadZipFile, EOFError, OSError):
        return []  # calamine has read the sheet already: whatever this is, it is not a missing result
    return found


def _refuse_uncalculated(path: Path, member: str, sheet: str) -> None:
    cells = uncalculated_cells(path, member)
    if len(cells) == 1:
        raise ValidationError("Cell {cells} of the sheet “{sheet}” holds a formula whose result {name} does not keep "
                              "(the program that wrote it did not calculate it), so it would be read as empty. "
                              "Open the file in your spreadsheet program, save it, and choose it again.",
                              cells=cells[0], sheet=sheet, name=path.name, field="file")
    if cells:
        raise ValidationError("Cells {cells} of the sheet “{sheet}” hold formulas whose results {name} does not keep "
                              "(the program that wrote it did not calculate them), so they would be read as empty. "
                              "Open the file in your spreadsheet program, save it, and choose it again.",
                              cells=", ".join(cells), sheet=sheet, name=path.name, field="file")


def _first_sheet_with_data(path: Path, workbook: python_calamine.CalamineWorkbook, layout: _Layout,
                           sheets: list[str]) -> python_calamine.CalamineSheet | None:
    for name in sheets:
        _check_size(path, layout, name)
        loaded = workbook.get_sheet_by_name(name)
        if loaded.start is not None:
            return loaded
    return None


def _cell_text(value: object) -> str:
    """A cell as the importer parses text: ISO dates, whole numbers without ".0"."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        return f"{value:.15g}"  # what the spreadsheet shows: binary noise past 15 digits dropped
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(" ", "minutes" if value.second == 0 and not value.microsecond else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat("minutes" if value.second == 0 and not value.microsecond else "seconds")
    if isinstance(value, dt.timedelta):  # a duration cell such as [h]:mm
        minutes, seconds = divmod(round(value.total_seconds()), 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}" + (f":{seconds:02d}" if seconds else "")
    return str(value)


# -- CSV --------------------------------------------------------------------------------------------
@dataclass
class _Scan:
    """What one pass over the bytes of a file learns, without keeping the file in memory."""

    utf8: bool = True
    non_ascii: set[int] = field(default_factory=set)
    sample: bytearray = field(default_factory=bytearray)  # lines holding non-ASCII bytes
    nul: bool = False


def _scan(path: Path) -> _Scan:
    scan = _Scan()
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            tail = b""
            while chunk := handle.read(_CHUNK):
                scan.nul = scan.nul or b"\x00" in chunk
                if scan.utf8:
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError:
                        scan.utf8 = False
                high = chunk.translate(None, _ASCII)
                if high:
                    scan.non_ascii.update(high)
                    _collect_lines(scan, tail + chunk)
                tail = chunk[chunk.rfind(b"\n") + 1:][-4096:]
            if scan.utf8:
                decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        scan.utf8 = False
    except OSError as error:
        raise _unreadable(path, error) from error
    return scan


def _collect_lines(scan: _Scan, data: bytes) -> None:
    if len(scan.sample) >= _NON_ASCII_SAMPLE:
        return
    for line in data.split(b"\n"):
        if line.translate(None, _ASCII):
            scan.sample += line + b"\n"
            if len(scan.sample) >= _NON_ASCII_SAMPLE:
                return


def _bom_encoding(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # "Unicode text" without its BOM: every other byte of plain text is zero
    pairs = head[: len(head) // 2 * 2]
    if len(pairs) >= 8:
        odd_zero, even_zero = pairs[1::2].count(0), pairs[0::2].count(0)
        if odd_zero > 0.9 * len(pairs) / 2 and not even_zero:
            return "utf-16-le"
        if even_zero > 0.9 * len(pairs) / 2 and not odd_zero:
            return "utf-16-be"
    return None


def _detect_encoding(path: Path, head: bytes) -> tuple[str, list[ValidationError]]:
    found = _bom_encoding(head)
    if found:
        return found, []
    scan = _scan(path)
    if scan.nul:
        raise _not_a_table(path)
    if scan.utf8:
        return "utf-8", []
    candidates = [enc for enc, missing in _UNDEFINED.items() if not scan.non_ascii & set(missing)]
    if not candidates:
        raise _unknown_encoding(path)
    sample = bytes(scan.sample)
    matches = {m.encoding: m for m in from_bytes(sample, cp_isolation=candidates, threshold=0.3)}
    scored = []
    for rank, enc in enumerate(candidates):  # on a perfect tie, Windows-1252: four of the five languages
        match = matches.get(enc)
        scored.append((_implausible(sample.decode(enc)), match.chaos if match else 1.0,
                       -match.coherence if match else 0.0, rank, enc))
    scored.sort()
    implausible, chaos, _coherence, _rank, best = scored[0]
    if implausible > 0.3 or chaos > 0.3:
        raise _unknown_encoding(path)
    if best == "cp1252" and _UTF8_ACCENT.search(sample):
        # "è" saved as UTF-8 on some lines reads "Ã¨" as Windows-1252: rows pieced together from two programs
        raise ValidationError("{name} mixes two character sets: some lines are UTF-8, others Windows-1252 (rows "
                              "pasted together from two programs). Save it again from the spreadsheet as CSV UTF-8, "
                              "then import it.", name=path.name, field="encoding")
    if len(scored) > 1 and scored[1][:3] == scored[0][:3]:
        guessed = ValidationError("The letters of {name} were read as {encoding}; if accented or Cyrillic "
                                  "letters look wrong in the preview, choose another character set.",
                                  name=path.name, encoding=ENCODINGS[best], field="encoding")
        return best, [guessed]
    return best, []


def _implausible(text: str) -> float:
    """The share of words with non-ASCII letters that no language writes: mojibake.

    Windows-1251 read as 1252 turns "Бухгалтерия" into "Áóõãàëòåðèÿ" (a word of accented letters
    only); 1252 read as 1251 turns "Caffè" into "Caffи" (Latin and Cyrillic in one word).
    """
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 0.0
    bad = 0
    for word in words:
        mixed = _CYRILLIC.search(word) and _LATIN.search(word)
        accented_only = len(word) >= 3 and len(_LATIN_ACCENTED.findall(word)) > len(word) / 2
        bad += bool(mixed or accented_only)
    return bad / len(words)


def _unknown_encoding(path: Path) -> ValidationError:
    return ValidationError("icdesk cannot tell which character set {name} is written in; choose it in the list "
                           "(UTF-8, Windows-1252 or Windows-1251).", name=path.name, field="encoding")


def _chosen_encoding(path: Path, head: bytes, encoding: str) -> str:
    try:
        info = codecs.lookup(encoding)
        if not getattr(info, "_is_text_encoding", True):  # rot13, hex, base64, zlib: codecs, not character sets
            raise LookupError(encoding)
        # a character set that cannot read a line with its unreadable bytes marked (idna, punycode, undefined)
        b"Caf\xc3\xa9 42;\r\n".decode(info.name, "replace")
        name = info.name
    except (LookupError, UnicodeError, TypeError, ValueError) as error:
        raise ValidationError("“{encoding}” is not a character set icdesk knows.", encoding=encoding,
                              field="encoding") from error
    if name == "utf-8" and head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    # without its byte-order mark Python's codec will not start ("does not start with BOM"): the order its
    # zero bytes show, else little-endian, as Windows saves "Unicode" text
    if name == "utf-16" and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        found = _bom_encoding(head)
        return found if found in ("utf-16-le", "utf-16-be") else "utf-16-le"
    if name == "utf-32" and not head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32-le"
    return name


def chosen_delimiter(delimiter: str) -> str:
    if len(delimiter) != 1 or delimiter.isalnum() or delimiter in "\"'\r\n ":
        raise ValidationError("“{delimiter}” cannot separate columns; choose a comma, a semicolon or a tab.",
                              delimiter=delimiter, field="delimiter")
    return delimiter


def _sample_text(head: bytes, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(head, final=False)
    return text[1:] if text.startswith("\ufeff") else text


def _detect_delimiter(text: str, complete: bool) -> str:
    """The separator that splits the header, and the rows below it into as many columns.

    A separator that leaves the header whole is no separator: "name / Rossi, Anna" is one column
    of names with commas in them. If none splits the header, the file has one column, and the
    separator chosen is the one least seen, so that no name is cut in two."""
    lines = text.splitlines(keepends=True)
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the sample may end in the middle of a row
    best: tuple[float, int, int, str] | None = None
    for rank, candidate in enumerate(DELIMITERS):
        try:
            records = [r for r in csv.reader(lines[:200], delimiter=candidate) if r]
        except csv.Error:
            continue
        # the header is the first row with text; ";;;" rows count too (a file of them is empty, not one column)
        top = next((i for i, r in enumerate(records) if not _blank(r)), 0)
        width = len(records[top]) if records else 0
        if width < 2:
            continue
        below = [len(r) for r in records[top + 1:]] or [width]
        score = (below.count(width) / len(below), width, -rank, candidate)
        if best is None or score > best:
            best = score
    if best is not None:
        return best[3]
    return min(DELIMITERS, key=lambda d: (text.count(d), DELIMITERS.index(d)))


def _open_csv(path: Path, head: bytes, encoding: str | None, delimiter: str | None) -> TableSource:
    warnings: list[ValidationError] = []
    if encoding is None:
        encoding, warnings = _detect_encoding(path, head)
    else:
        encoding = _chosen_encoding(path, head, encoding)
    sample = _sample_text(head, encoding)
    # NUL, or control bytes by the dozen: an image, a program, an archive. A stray vertical tab or
    # the old end-of-file mark (Ctrl+Z) is still text.
    if "\x00" in sample or len(_CONTROL.findall(sample)) > 2 + len(sample) / 100:
        raise _not_a_table(path)
    first_line = sample.split("\n", 1)[0]
    sep_line = _SEP_LINE.match(first_line + "\n")
    if delimiter is not None:
        delimiter = chosen_delimiter(delimiter)
    elif sep_line:
        delimiter = chosen_delimiter(sep_line.group(1))
    else:
        delimiter = _detect_delimiter(sample, complete=len(head) < _SAMPLE)
    records = _csv_records(path, encoding, delimiter, skip_first_line=bool(sep_line))
    header_row, header = _checked_header(path, records())
    return TableSource(path, header, header_row, encoding, delimiter, None, [], warnings, records)


def _csv_records(path: Path, encoding: str, delimiter: str,
                 skip_first_line: bool) -> Callable[[], Iterator[tuple[int, list[str]]]]:
    def records() -> Iterator[tuple[int, list[str]]]:
        number = 0
        try:
            with path.open("r", encoding=encoding, newline="") as handle:
                if skip_first_line:
                    handle.readline()  # Excel hides the "sep=;" line: the header stays row 1
                # strict: a quote that never closes is an error, not the rest of the file in one cell
                for number, cells in enumerate(csv.reader(handle, delimiter=delimiter, strict=True), start=1):
                    if number == 1 and cells and cells[0].startswith("\ufeff"):
                        cells[0] = cells[0][1:]
                    yield number, [unguard(cell) for cell in cells]
        except UnicodeDecodeError as error:
            # the text layer decodes ahead of the csv reader: find the row of the bad byte itself
            row = _row_of_bad_byte(path, encoding, delimiter) - skip_first_line
            raise ValidationError("Row {row} cannot be read as {encoding}; choose another character set.",
                                  row=row, encoding=ENCODINGS.get(encoding, encoding), field="encoding") from error
        except csv.Error as error:
            raise _csv_problem(str(error), number + 1) from error
        except OSError as error:
            raise _unreadable(path, error) from error

    return records


def _csv_problem(said: str, row: int) -> ValidationError:
    """What the csv module's complaint means for the person who wrote the file."""
    if "field larger than field limit" in said:
        return ValidationError("Row {row} cannot be read: one of its cells is longer than {limit} characters.",
                               row=row, limit=csv.field_size_limit(), field="file")
    if "expected after" in said:  # "Pi" Room: a quote that ends before the cell does
        return ValidationError("Row {row} cannot be read: a quote mark (\") inside a cell must be doubled (\"\"), "
                               "or the whole cell put in quotes.", row=row, field="file")
    if "NUL" in said:
        return ValidationError("Row {row} cannot be read: it holds a NUL character, which no text has; the file "
                               "may not be a table saved as text.", row=row, field="file")
    return ValidationError("Row {row} cannot be read: a quote mark (\") there opens a cell that is never closed.",
                           row=row, field="file")


def _row_of_bad_byte(path: Path, encoding: str, delimiter: str) -> int:
    """The record that holds the first byte `encoding` cannot decode (only when there is one)."""
    data = path.read_bytes()
    try:
        data.decode(encoding)
        return 1
    except UnicodeDecodeError as error:
        # "?" stands for the bad byte: it lands in the record that byte belongs to
        prefix = data[: error.start].decode(encoding, errors="replace") + "?"
    del data

    def lines() -> Iterator[str]:
        start = 0
        while start < len(prefix):
            end = prefix.find("\n", start)
            end = len(prefix) if end < 0 else end + 1
            yield prefix[start:end]
            start = end

    return sum(1 for _record in csv.reader(lines(), delimiter=delimiter))


__all__ = ["DELIMITERS", "ENCODINGS", "GUARD_STARTS", "WORKBOOK_SUFFIXES", "SourceRow", "Table", "TableSource",
           "iter_rows", "open_table", "read_table", "sheet_names", "unguard"]

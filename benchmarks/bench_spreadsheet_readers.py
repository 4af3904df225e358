"""openpyxl (read-only) against python-calamine: seconds and peak memory to read every cell as text.

Two workbooks, made once in the temp folder as Excel writes them (shared strings, date cells):
  - 100,000 rows x 8 columns (names, departments, e-mails, dates, whole and decimal numbers);
  - a ~50 MB workbook of the same shape (about a million rows);
and a ~50 MB CSV of the same rows as icdesk exports them, read by icdesk's reader only.
Each reading runs in a fresh child process, so one library's memory does not hide the other's:
"peak process" is how far the process's peak resident size (VmHWM, reset before reading; else
ru_maxrss) grew over its size before opening the file, which counts what a compiled library
allocates outside Python's heap (calamine holds the sheet in Rust memory); "peak Python"
(--python-peak) is tracemalloc's peak, the objects Python allocates.

Run: python benchmarks/bench_spreadsheet_readers.py [--rows 100000] [--big-mb 50] [--skip-big]
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

FOLDER = Path(tempfile.gettempdir()) / "icdesk-bench-spreadsheets-sst"
COLUMNS = ["full_name", "department", "kind", "job_title", "email", "joined", "desk", "hours"]
ROWS_PER_MB = 21_700  # measured on this shape: about 46 bytes of xlsx per row
CSV_ROWS_PER_MB = 8_900  # about 112 bytes of CSV per row


def fake_rows(count: int) -> Iterator[list[object]]:
    departments = ["Cucina", "Ricevimento", "Huolto", "Contabilidad", "Бухгалтерия", "IT", "HR", "Spa"]
    first = date(2020, 1, 1)
    for i in range(count):
        yield [f"Persona {i} Rossi-Иванова", departments[i % 8], "full_time" if i % 3 else "part_time",
               f"Addetto {i % 97}", f"p{i}@hotel.example", first + timedelta(days=i % 2000), i, (i % 400) / 8]


def make_workbook(path: Path, rows: int) -> Path:
    """Write the workbook as Excel does (shared strings table, date cells styled as dates), streaming
    the sheet into the archive; openpyxl's write-only mode would inline every string instead."""
    if path.exists():
        return path
    FOLDER.mkdir(exist_ok=True)
    started = time.perf_counter()
    strings: dict[str, int] = {}
    partial = path.with_suffix(".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as raw:
            sheet = io.TextIOWrapper(raw, encoding="utf-8")
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>')
            for number, row in enumerate([COLUMNS, *fake_rows(rows)], start=1):
                sheet.write(f'<row r="{number}">' + "".join(_cell(f"{letter}{number}", v, strings)
                                                            for letter, v in zip("ABCDEFGH", row, strict=True))
                            + "</row>")
            sheet.write("</sheetData></worksheet>")
            sheet.flush()
            sheet.detach()
        shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
        archive.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" '
                                                 f'uniqueCount="{len(strings)}">{shared}</sst>')
    partial.replace(path)
    print(f"made {path} ({path.stat().st_size / 1e6:.1f} MB, {rows} rows) in {time.perf_counter() - started:.0f} s",
          flush=True)
    return path


def _cell(ref: str, value: object, strings: dict[str, int]) -> str:
    if isinstance(value, str):
        return f'<c r="{ref}" t="s"><v>{strings.setdefault(value, len(strings))}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}" s="1"><v>{(value - date(1899, 12, 30)).days}</v></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
PARTS = {
    "[Content_Types].xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_PKG}/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{_REL}"><sheets>'
        '<sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId3" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    "xl/styles.xml": (  # style 1 is the built-in date format 14, as Excel gives a typed date
        f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
        '<cellXfs count="2"><xf/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'),
}


def as_text(value: object) -> str:
    """Roughly the work the reader does per cell, so both libraries pay the same conversion."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_openpyxl(path: Path) -> int:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = 0
    for row in workbook.worksheets[0].iter_rows(values_only=True):
        [as_text(v) for v in row]
        count += 1
    workbook.close()
    return count


def read_calamine(path: Path) -> int:
    import python_calamine

    with python_calamine.CalamineWorkbook.from_path(path) as workbook:
        count = 0
        for row in workbook.get_sheet_by_index(0).iter_rows():
            [as_text(v) for v in row]
            count += 1
    return count


def read_tabular(path: Path) -> int:
    """icdesk's own reader (calamine for workbooks, csv for CSV), as the import will use it."""
    from icdesk.services.tabular import open_table

    return 1 + sum(1 for _row in open_table(path).iter_rows())


def make_csv(path: Path, rows: int) -> Path:
    """The same rows as icdesk's CSV export writes them (UTF-8 with BOM, comma, formula guard)."""
    if path.exists():
        return path
    from icdesk.services.exports import write_csv

    FOLDER.mkdir(exist_ok=True)
    write_csv(path, COLUMNS, fake_rows(rows))
    print(f"made {path} ({path.stat().st_size / 1e6:.1f} MB, {rows} rows)", flush=True)
    return path


def _status_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _peak_reset() -> int:
    """The process's size now (KiB), with the peak mark moved down to it where Linux allows.

    ru_maxrss alone is not enough: after fork and exec it keeps the parent's peak, which here
    includes making the workbook."""
    try:
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
    except OSError:
        pass
    return _status_kib("VmRSS") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak() -> int:
    return _status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(library: str, path: Path, trace: bool) -> None:
    from icdesk.domain.errors import ValidationError
    from icdesk.services import tabular  # noqa: F401 - imported before measuring, like the libraries

    reader = {"openpyxl": read_openpyxl, "calamine": read_calamine, "icdesk": read_tabular}[library]
    # import before measuring: the library's own size is not the file's cost
    __import__("openpyxl" if library == "openpyxl" else "python_calamine")
    before = _peak_reset()
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    try:
        rows = reader(path)
    except ValidationError as refused:
        print(json.dumps({"refused": str(refused), "seconds": time.perf_counter() - started}))
        return
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    grown = _peak() - before
    print(json.dumps({"rows": rows, "seconds": seconds, "python_mb": peak / 2**20, "process_mb": grown / 1024}))


def run_child(library: str, path: Path, trace: bool) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", library, str(path), *(["--trace"] if trace else [])]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def measure(library: str, path: Path, python_peak: bool) -> dict[str, object]:
    """Seconds and process growth from a plain run; Python's own peak, if asked, from a second run
    under tracemalloc (which slows allocation several times and adds its own bookkeeping)."""
    plain = run_child(library, path, trace=False)
    if python_peak and "refused" not in plain:
        plain["python_mb"] = run_child(library, path, trace=True)["python_mb"]
    else:
        plain["python_mb"] = float("nan")
    return plain


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--big-mb", type=int, default=50, help="size of the large workbook in MB")
    parser.add_argument("--skip-big", action="store_true", help="only the 100,000-row workbook")
    parser.add_argument("--python-peak", action="store_true", help="also measure tracemalloc's peak (slow)")
    parser.add_argument("--child", nargs=2, metavar=("LIBRARY", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.trace)
        return
    files = [make_workbook(FOLDER / f"staff-{args.rows}.xlsx", args.rows)]
    if not args.skip_big:
        files.append(make_workbook(FOLDER / f"staff-{args.big_mb}mb.xlsx", args.big_mb * ROWS_PER_MB))
        files.append(make_csv(FOLDER / f"staff-{args.big_mb}mb.csv", args.big_mb * CSV_ROWS_PER_MB))
    print(f"{'file':<28}{'reader':<10}{'rows':>10}{'seconds':>9}{'peak Python MB':>16}{'peak process MB':>17}")
    for path in files:
        label = f"{path.name} ({path.stat().st_size / 1e6:.0f} MB)"
        for library in ("openpyxl", "calamine", "icdesk") if path.suffix == ".xlsx" else ("icdesk",):
            m = measure(library, path, args.python_peak)
            if "refused" in m:
                print(f"{label:<28}{library:<10}  refused: {m['refused']}", flush=True)
                continue
            print(f"{label:<28}{library:<10}{m['rows']:>10.0f}{m['seconds']:>9.1f}{m['python_mb']:>16.0f}"
                  f"{m['process_mb']:>17.0f}", flush=True)
    print("icdesk = icdesk.services.tabular.open_table().iter_rows(): calamine for workbooks, csv for CSV")


if __name__ == "__main__":
    main()

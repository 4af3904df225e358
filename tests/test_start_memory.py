"""Starting light: the window loads only what the screen on view needs, and what it loads later
costs no more than the module itself. Each check runs the window in a fresh interpreter, because
this test process has long imported everything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import demo_file

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str, **env: str) -> str:
    """Run ``code`` in a fresh interpreter on this checkout; what it printed."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]), **env))
    assert done.returncode == 0, done.stderr
    return done.stdout


def run_window(db: Path, script: str, tmp_path: Path) -> str:
    """Open ``db`` in the main window offscreen, run ``script`` (``window``, ``app`` and ``sys`` at
    hand) and return what it printed."""
    return run_python("import sys\nimport icdesk.services\nfrom PySide6.QtCore import QSettings\n"
                      "from icdesk.app import create_application, open_services\n"
                      "from icdesk.ui.main_window import MainWindow\n"
                      "app = create_application(sys.argv[:1])\n"
                      f"services = open_services({str(db)!r})\n"
                      "window = MainWindow(services, settings=QSettings())\nwindow.show()\napp.processEvents()\n"
                      f"{script}\nservices.close()\n",
                      QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "settings"))


# prints which of ReportLab, PIL, QtPdf and Qt's printing are loaded ("LOADED: []": none)
PRINT_PDF_LIBRARIES = ("print('LOADED:', sorted(m for m in sys.modules if m.split('.')[0] in {'reportlab', 'PIL'}"
                       " or m.startswith(('PySide6.QtPdf', 'PySide6.QtPrintSupport'))))\n")


def test_a_module_imported_after_the_window_starts_has_its_source_left_unread(tmp_path: Path) -> None:
    """PySide6 6.12 read the whole source of every module imported after it to see whether it uses
    PySide6 (and kept it in linecache): megabytes and a moment per screen opened."""
    out = run_window(demo_file(tmp_path), "import linecache, tabnanny\n"
                     "print('READ:', any(name.endswith('tabnanny.py') for name in linecache.cache))", tmp_path)
    assert "READ: False" in out


def test_starting_the_window_reads_no_module_source_before_the_first_frame() -> None:
    """The window's start (icdesk.app, as ``icdesk`` runs it) imported Qt first and only then stopped
    PySide6's hook: the sources of ~60 modules imported meanwhile (importlib.metadata, email, zipfile,
    platformdirs...) were read and kept, 3-4 MiB that clearing linecache later does not give back."""
    out = run_python("import linecache\nimport icdesk.cli\nfrom icdesk.app import run_gui\n"
                     "print('READ:', sorted(name.rsplit('/', 1)[-1] for name in linecache.cache "
                     "if not name.endswith(('PySide6/__init__.py', 'shiboken6/__init__.py', '/enum.py'))))\n",
                     QT_QPA_PLATFORM="offscreen")
    assert "READ: []" in out  # only PySide6's own start, read before icdesk can say anything


def test_the_requests_screen_loads_no_pdf_library_until_something_is_printed(tmp_path: Path) -> None:
    out = run_window(demo_file(tmp_path), "window.show_screen('requests')\napp.processEvents()\n"
                     "print('ROWS:', window.screens['requests'].model.rowCount() > 0)\n" + PRINT_PDF_LIBRARIES,
                     tmp_path)
    assert "ROWS: True" in out
    assert "LOADED: []" in out


def test_a_department_s_public_holidays_load_only_its_country(tmp_path: Path) -> None:
    """The holidays package read all ~250 countries for one (8 MiB); the days are the same."""
    import holidays

    code = ("from icdesk.domain.calendar import holiday_names, public_holidays\n"
            "import sys\n"
            "print('DAYS:', sorted(d.isoformat() for d in public_holidays('IT', '', 2026) | "
            "public_holidays('GP', '', 2026) | public_holidays('ES', 'MD', 2027)))\n"
            "print('NAMES:', len(holiday_names('FI', '', __import__('datetime').date(2026, 1, 1), "
            "__import__('datetime').date(2026, 12, 31))))\n"
            "print('LOADED:', sorted(m for m in sys.modules if m.startswith('holidays.countries.')))\n"
            "from holidays.countries import Spain\n"  # the index is still there for whoever asks
            "print('SPAIN:', Spain.__name__)\n")
    out = run_python(code)
    expected = sorted(d.isoformat() for d in {*holidays.country_holidays("IT", years=2026),
                                               *holidays.country_holidays("GP", years=2026),
                                               *holidays.country_holidays("ES", subdiv="MD", years=2027)})
    assert f"DAYS: {expected}" in out
    assert f"NAMES: {len(holidays.country_holidays('FI', years=2026))}" in out
    assert ("LOADED: ['holidays.countries.finland', 'holidays.countries.france', 'holidays.countries.guadeloupe', "
            "'holidays.countries.italy', 'holidays.countries.spain']") in out
    assert "SPAIN: Spain" in out


LUNAR_COUNTRIES = ("IL", "CN", "TR", "IN", "ID", "TH", "KR", "SG", "MN", "ET", "RU", "GR", "MY", "LK", "IR")


def test_a_christian_calendar_loads_no_lunar_calendar_and_every_calendar_keeps_its_days() -> None:
    """The package's calendar and group indexes loaded the Islamic, Chinese, Hebrew, Hindu... tables
    (~4 MiB) for Italy too; each name is now taken from its own module. Countries that do need those
    calendars, loaded after, get the same days as from the whole package."""
    import holidays

    code = ("from icdesk.domain.calendar import public_holidays\nimport sys\n"
            "italy = sorted(d.isoformat() for d in public_holidays('IT', 'TS', 2026))\n"
            "print('LUNAR:', sorted(m for m in sys.modules if m.startswith(('holidays.calendars.',"
            " 'holidays.groups.')) and m.rsplit('.', 1)[1] in {'islamic', 'chinese', 'hebrew', 'hindu'}))\n"
            f"days = {{c: sorted(d.isoformat() for y in (2025, 2026, 2027) for d in public_holidays(c, '', y))"
            f" for c in {LUNAR_COUNTRIES!r}}}\n"
            "print('ITALY:', italy)\nprint('DAYS:', days)\n")
    out = run_python(code)
    assert "LUNAR: []" in out
    assert f"ITALY: {sorted(d.isoformat() for d in holidays.country_holidays('IT', subdiv='TS', years=2026))}" in out
    expected = {country: sorted(d.isoformat() for d in holidays.country_holidays(country, years=(2025, 2026, 2027)))
                for country in LUNAR_COUNTRIES}
    assert f"DAYS: {expected}" in out


def test_country_names_and_regions_load_only_the_country_asked_about(tmp_path: Path) -> None:
    """The Departments list names each calendar's place ("Italy (Trieste)"): that read all ~250 countries."""
    import holidays

    from icdesk.domain.calendar import check_holiday_place, holiday_countries, holiday_regions, place_name

    code = ("from icdesk.domain.calendar import check_holiday_place, holiday_countries, holiday_regions, place_name\n"
            "import sys\n"
            "print('COUNTRIES:', len(holiday_countries()), holiday_countries()['IT'], list(holiday_countries())[:3])\n"
            "print('REGIONS:', sorted(holiday_regions('IT').items()) == sorted(holiday_regions('ITA').items()),"
            " sorted(holiday_regions('IT').items())[:3], holiday_regions('ZZ'))\n"
            "print('PLACE:', place_name('IT', 'TS'), check_holiday_place(' it', 'ts'))\n"
            "print('LOADED:', sorted(m for m in sys.modules if m.startswith('holidays.countries.')))\n")
    out = run_python(code)
    countries = holiday_countries()  # here the whole package is loaded: the answers must be the same
    assert set(countries) == set(holidays.list_supported_countries(include_aliases=False))
    assert f"COUNTRIES: {len(countries)} {countries['IT']} {list(countries)[:3]}" in out
    assert f"REGIONS: True {sorted(holiday_regions('IT').items())[:3]} {{}}" in out
    assert f"PLACE: {place_name('IT', 'TS')} {check_holiday_place(' it', 'ts')}" in out
    assert "LOADED: ['holidays.countries.italy']" in out


def test_the_reports_screen_lists_every_document_before_loading_reportlab_or_the_pdf_view(tmp_path: Path) -> None:
    out = run_window(demo_file(tmp_path), "window.show_screen('reports')\napp.processEvents()\n"
                     "screen = window.screens['reports']\n"
                     "print('KINDS:', screen.kind.count())\n" + PRINT_PDF_LIBRARIES +
                     "screen.kind.setCurrentIndex(screen.kind.findData('summary'))\n"
                     "print('VIEW:', screen.view is None, screen.placeholder.isVisible())", tmp_path)
    assert "KINDS: 8" in out
    assert "LOADED: []" in out
    assert "VIEW: True True" in out  # the PDF view is made with the first document


def test_the_window_on_a_data_file_loads_neither_the_server_dialect_nor_qt_charts(tmp_path: Path) -> None:
    """A partial index declared for the server too loaded SQLAlchemy's PostgreSQL dialect and the
    modules of its four drivers into every start on a file (1.5 MiB); Qt Charts' graphics scenes cost
    2.5 MiB a chart where a painted chart costs a few kilobytes."""
    out = run_window(demo_file(tmp_path), "window.show_screen('dashboard')\nwindow.show_screen('network')\n"
                     "app.processEvents()\n"
                     "print('LOADED:', sorted(m for m in sys.modules if m.startswith("
                     "('sqlalchemy.dialects.postgresql', 'psycopg', 'PySide6.QtCharts'))))\n", tmp_path)
    assert "LOADED: []" in out

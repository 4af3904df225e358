"""Five languages: every string translated, placeholders kept, catalogues up to date, used for real."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGS = ("it", "fi", "es", "ru")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
ACCELERATOR = re.compile(r"&[^\s&;]")
PLURAL_FORMS = {"it": 2, "fi": 2, "es": 2, "ru": 3}


def texts_of(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(FOLDER / f"icdesk_{lang}.ts").getroot()
    out = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((context.findtext("name") or "", message.findtext("source") or "", translation))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_has_a_finished_translation(lang: str) -> None:
    missing = [f"{ctx}: {src!r}" for ctx, src, tr in messages(lang)
               if not all(text.strip() for text in texts_of(tr))
               or tr.get("type") in ("unfinished", "vanished", "obsolete")]
    assert missing == []
    assert len(messages(lang)) > 400
    plurals = [tr for _ctx, src, tr in messages(lang) if "%n" in src]
    assert plurals and all(len(texts_of(tr)) == PLURAL_FORMS[lang] and all("%n" in t for t in texts_of(tr))
                           for tr in plurals)


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_and_accelerators(lang: str) -> None:
    for ctx, source, tr in messages(lang):
        for text in texts_of(tr):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (ctx, source, text)
            # a menu accelerator (&File) must survive; "Departments & People" is just an ampersand
            assert bool(ACCELERATOR.search(source)) == bool(ACCELERATOR.search(text)), (ctx, source, text)
            assert ("%n" in source) == ("%n" in text), (ctx, source, text)
        if len(texts_of(tr)) > 1:  # plural forms: one per form the language has
            assert len(texts_of(tr)) == (3 if lang == "ru" else 2), (ctx, source)


def test_catalogues_list_exactly_the_strings_in_the_code(tmp_path: Path) -> None:
    """Fails when a new tr() string is added without running scripts/update_translations.py."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "icdesk").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)], cwd=ROOT,
                   check=True, capture_output=True, timeout=120)
    in_code = {(c.findtext("name"), m.findtext("source"))
               for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    for lang in LANGS:
        committed = {(ctx, src) for ctx, src, _tr in messages(lang)}
        assert in_code - committed == set(), f"{lang}: new strings not in the catalogue"
        assert committed - in_code == set(), f"{lang}: the catalogue has strings the code no longer uses"


@pytest.mark.parametrize("lang", (*LANGS, "en"))
def test_compiled_catalogues_are_up_to_date(lang: str, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    qm = tmp_path / f"{lang}.qm"
    subprocess.run([lrelease, str(FOLDER / f"icdesk_{lang}.ts"), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=60)
    assert qm.read_bytes() == (FOLDER / f"icdesk_{lang}.qm").read_bytes(), \
        "run: python scripts/update_translations.py --compile-only"


def test_english_plurals_are_written_out(qtbot: QtBot, tmp_path: Path) -> None:
    """The window says "1 department", "2 people", never "1 departments"."""
    from PySide6.QtCore import QSettings

    from icdesk.app import open_services
    from icdesk.ui.language import apply_language
    from icdesk.ui.main_window import MainWindow

    apply_language("en")
    services = open_services(tmp_path / "one.sqlite")
    it = services.departments.create("IT")
    services.people.create("Laura Colombo", department_id=it.id)
    services.people.create("Anna Romano", department_id=it.id)
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    assert window.status_counts.text() == "1 department \u00b7 2 people \u00b7 0 open requests, 0 overdue"
    assert window.dashboard.tiles["open"].caption.text() == "open requests"
    services.close()


def test_russian_plurals_take_three_forms(qtbot: QtBot, tmp_path: Path, russian: None) -> None:
    from PySide6.QtCore import QSettings

    from icdesk.app import open_services
    from icdesk.ui.main_window import MainWindow

    services = open_services(tmp_path / "ru-plural.sqlite")
    for name in ("ИТ", "Кухня", "Бухгалтерия", "Отдел кадров", "Продажи"):
        services.departments.create(name)
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    assert window.status_counts.text().startswith("5 отделов")
    services.departments.archive(services.departments.find_by_name("Продажи").id)
    assert window.status_counts.text().startswith("4 отдела")
    services.close()


def test_glossary_names_every_language() -> None:
    glossary = (FOLDER / "GLOSSARY.md").read_text(encoding="utf-8")
    for word in ("Reparto", "Osasto", "Departamento", "Отдел", "richiesta interna", "sisäinen pyyntö",
                 "solicitud interna", "внутренняя заявка"):
        assert word in glossary


@pytest.fixture
def russian() -> Iterator[None]:
    from icdesk.ui.language import apply_language

    apply_language("ru")
    yield
    apply_language("en")


def test_russian_main_window_shows_cyrillic(qtbot: QtBot, tmp_path: Path, russian: None) -> None:
    from PySide6.QtCore import QSettings

    from icdesk.app import open_services
    from icdesk.ui.main_window import MainWindow

    services = open_services(tmp_path / "ru.sqlite")
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:4] == ["Сводка", "Заявки", "Сеть обслуживания", "Отделы и сотрудники"]
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert window.requests_screen.new_button.text() == "Зарегистрировать заявку"
    assert window.requests_screen.status.itemText(1) == "Открытые (ещё не решены)"
    services.close()


def test_language_switch_from_the_menu_is_immediate_and_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from icdesk.app import open_services
    from icdesk.ui.language import apply_language
    from icdesk.ui.list_screen import ListScreen
    from icdesk.ui.main_window import MainWindow

    services = open_services(tmp_path / "fi.sqlite")
    services.departments.create("Keittiö")
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    try:
        window.show_screen("organisation")
        window.switch_language("fi")
        assert window.nav.item(1).text() == "Pyynnöt" and window.current_screen_key() == "organisation"
        assert QSettings().value("language") == "fi"
        # what is counted speaks Finnish at once, plural forms included, without pressing F5
        assert "1 osasto" in window.status_counts.text() and "department" not in window.status_counts.text()
        counted = [w.count_label.text() for w in window.findChildren(ListScreen) if w.isVisible()]
        assert counted and all(text and "shown" not in text for text in counted), counted
    finally:
        apply_language("en")
        QSettings().remove("language")
    services.close()


@pytest.mark.parametrize("lang,headings", [
    ("fi", ["SOP-käsikirja", "Sisällys", "Palvelulupauksemme", "Vaiheet", "Sivu 2/"]),
    ("ru", ["Справочник СОП", "Содержание", "Наше видение сервиса", "Шаги", "Страница 2 из"]),
])
def test_handbook_in_finnish_and_russian(tmp_path: Path, lang: str, headings: list[str]) -> None:
    from icdesk.db.store import open_data_file
    from icdesk.reports.registry import ReportSpec, build_report
    from icdesk.services import Services
    from icdesk.services.demo import DemoOptions
    from tests.pdf_text import text

    services = Services(open_data_file(tmp_path / "h.sqlite"))
    services.demo.fill(DemoOptions(requests=10))
    body = text(build_report(services, ReportSpec("handbook", lang=lang), tmp_path / "h.pdf"))
    services.close()
    for heading in headings:
        assert heading in body, heading
    assert "SOP handbook" not in body and "Contents" not in body


def test_cli_lang_prints_a_spanish_summary(tmp_path: Path) -> None:
    from icdesk.cli import main
    from tests.pdf_text import text

    db = tmp_path / "h.sqlite"
    main(["--db", str(db), "demo", "--requests", "30"])
    out = tmp_path / "s.pdf"
    assert main(["--db", str(db), "report", "summary", "--lang", "es", "--out", str(out)]) == 0
    body = text(out)
    assert "Resumen del servicio" in body and "Por departamento" in body


def test_a_document_from_the_command_line_is_in_the_window_s_language_unless_told(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from icdesk.cli import main
    from tests.pdf_text import text

    db = tmp_path / "h.sqlite"
    main(["--db", str(db), "demo", "--requests", "30"])
    # as the window's language menu leaves it (the window runs as organisation and application "icdesk")
    window = QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "icdesk", "icdesk")
    window.setValue("language", "fi")
    window.sync()
    try:
        assert main(["--db", str(db), "report", "summary", "--out", str(tmp_path / "fi.pdf")]) == 0
        assert main(["--db", str(db), "report", "summary", "--lang", "en", "--out", str(tmp_path / "en.pdf")]) == 0
    finally:
        window.remove("language")
    assert "Palvelun yhteenveto" in text(tmp_path / "fi.pdf")
    assert "Service summary" in text(tmp_path / "en.pdf")


def test_date_fields_follow_the_language(qtbot: QtBot) -> None:
    from datetime import date

    from icdesk.ui.forms import date_edit
    from icdesk.ui.language import apply_language

    try:
        apply_language("fi")
        assert date_edit(date(2026, 3, 2)).text() == "2.3.2026"
        apply_language("ru")
        assert date_edit(date(2026, 3, 2)).text() == "02.03.2026"
    finally:
        apply_language("en")
    assert date_edit(date(2026, 3, 2)).text() == "02/03/2026"


def test_error_sentences_are_marked_for_translation() -> None:
    """Fails when a service raises a new message without running scripts/update_translations.py."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import error_texts
    finally:
        sys.path.pop(0)
    assert (ROOT / "icdesk" / "ui" / "error_texts.py").read_text(encoding="utf-8") == error_texts.render()


def test_a_broken_rule_is_explained_in_the_users_language(qtbot: QtBot, tmp_path: Path, russian: None) -> None:
    from PySide6.QtCore import Qt

    from icdesk.db.store import open_data_file
    from icdesk.services import Services
    from icdesk.ui.dialogs.organisation import DepartmentDialog

    services = Services(open_data_file(tmp_path / "ru.sqlite"))
    services.departments.create("Кухня")
    dialog = DepartmentDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("КУХНЯ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    duplicate = dialog._errors["name"].text()
    dialog.name.setText("x" * 130)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    too_long = dialog._errors["name"].text()
    dialog.dirty = False  # before the checks: a failed one must not leave a "discard changes?" question open
    services.close()
    assert duplicate == "Отдел «Кухня» уже существует."
    # the count in brackets: no plural form of "символ" to get wrong for 121, 122 or 130
    assert too_long == "Поле «Название отдела» слишком длинное (символов: 130); допускается не более 120."


def test_transition_errors_name_statuses_in_the_users_language(russian: None) -> None:
    from icdesk.domain.enums import RequestStatus
    from icdesk.domain.errors import TransitionError
    from icdesk.domain.rules import check_request_transition
    from icdesk.ui.errors import localized

    with pytest.raises(TransitionError) as err:
        check_request_transition(RequestStatus.NEW, RequestStatus.CLOSED)
    assert localized(err.value) == "Заявку со статусом «новая» нельзя перевести в статус «закрыта»."
    assert str(err.value) == "A request that is new cannot be moved to closed."


def test_qt_standard_buttons_follow_the_language(qtbot: QtBot, russian: None) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(button.text() for button in box.buttons()) == ["Отмена", "Сохранить"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_columns_of_a_printed_table_have_headings_of_their_own(lang: str) -> None:
    """Finnish "who still has to sign" headed a count and a percentage alike: "Ajan tasalla" twice."""
    from icdesk.i18n import Formatter

    t = Formatter(lang)
    headings = [t.translate("AcknowledgementReport", h) for h in
                ("Department", "People", "Current", "Outdated", "Missing", "Current share")]
    assert len({h.casefold() for h in headings}) == len(headings), headings


@pytest.mark.parametrize("lang", LANGS)
def test_the_department_code_example_is_the_code_of_the_name_example(lang: str) -> None:
    """Spanish: "p. ej. Pisos" for the name and "p. ej. HOU" (from the English "Housekeeping") for its code."""
    from icdesk.domain.rules import suggested_code
    from icdesk.i18n import Formatter

    t = Formatter(lang)
    example = t.translate("DepartmentDialog", "e.g. Housekeeping")
    assert example != "e.g. Housekeeping"  # the context is right: a translation, not the source handed back
    name = re.sub(r"^(ad es\.|esim\.|p\. ej\.|напр\.)\s*", "", example)
    code = t.translate("DepartmentDialog", "made from the name, e.g. HOU").split()[-1]
    assert code == suggested_code(name, set()), (name, code)

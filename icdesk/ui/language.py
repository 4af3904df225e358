"""The language of the window: icdesk's own catalogue plus Qt's, for standard dialogs too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from icdesk.i18n import LANGUAGES
from icdesk.i18n.catalog import catalog_file
from icdesk.ui.formatting import fmt, set_language

_installed: list[QTranslator] = []  # kept referenced: Qt does not own installed translators


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def chosen_language(settings: QSettings | None = None) -> str:
    value = (settings or QSettings()).value("language", "", str)
    return value if value in LANGUAGES else system_language()


def apply_language(lang: str) -> str:
    """Install the translators for ``lang`` (replacing any before) and make it the default locale."""
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "en"
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
        _installed.clear()
        ours = QTranslator()
        # English too: its catalogue holds the plural forms ("1 department", "2 people")
        if ours.load(str(catalog_file(lang, "qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        if lang != "en":
            qts = QTranslator()
            if qts.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qts)
                _installed.append(qts)
    set_language(lang)
    QLocale.setDefault(widget_locale(lang))
    return lang


def widget_locale(lang: str) -> QLocale:
    """Qt's own widgets (calendars, number fields) in the language chosen and the person's region:
    a calendar in the United States starts on Sunday, a number field in Germany takes a comma."""
    own = QLocale("en_GB" if lang == "en" else lang)
    region = fmt().region
    if region is None:
        return own
    both = QLocale(own.language(), QLocale(region.name).territory())
    return both if both.language() == own.language() else own

"""Render each main screen of the example hotel at 1280x800 to docs/screenshots/*.png.

Run: python scripts/screenshots.py   (offscreen; no display needed)
     python scripts/screenshots.py --only dashboard,training   (just these screens)
     python scripts/screenshots.py --dark [--out DIR]   (in a dark palette, as dark-NN-name.png)
     python scripts/screenshots.py --font 14 --out DIR   (with a 14 pt application font)
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

# a desktop monitor: windows and dialogs are fitted to the screen they open on, and the pictures
# are taken at 1280x800 on it
_SCREEN = Path(tempfile.gettempdir()) / "icdesk-screenshot-screen.json"
_SCREEN.write_text('{"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1080, '
                   '"logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}', encoding="utf-8")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer  # noqa: E402

from icdesk.app import create_application, open_services  # noqa: E402
from icdesk.services import Services  # noqa: E402
from icdesk.ui.language import apply_language  # noqa: E402
from icdesk.ui.main_window import MainWindow  # noqa: E402
from icdesk.ui.screens.registry import SCREENS  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def network_pictures(app: QCoreApplication, window: MainWindow, services: Services, prefix: str = "") -> None:
    """The service network's four views and a survey round, by name (network-map.png, ...)."""
    from icdesk.ui.dialogs.survey import RoundWindow
    from icdesk.ui.screens.network import NetworkScreen

    window.show_screen("network")
    screen = window.screen_of("network")
    assert isinstance(screen, NetworkScreen)
    screen.period.choose(6)
    trends = screen.trend_page  # housekeeping serving the front office: the breakdown an action fixed
    trends.provider.setCurrentIndex(trends.provider.findText("Housekeeping"))
    trends.customer.setCurrentIndex(trends.customer.findText("Front Office"))
    for page, name in ((screen.map_page, "map"), (screen.matrix_page, "matrix"), (screen.breakdown_page,
                                                                                  "breakdowns"),
                       (screen.trend_page, "trends")):
        screen.tabs.setCurrentWidget(page)
        app.processEvents()
        window.grab().save(str(OUT / f"{prefix}network-{name}.png"))
        print(OUT / f"{prefix}network-{name}.png")
    window.show_screen("surveys")
    app.processEvents()
    window.grab().save(str(OUT / f"{prefix}survey-rounds.png"))
    [survey] = services.surveys.rounds()
    dialog = RoundWindow(services, survey.id, window)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / f"{prefix}survey-round-results.png"))
    dialog.close()
    print(OUT / f"{prefix}survey-rounds.png", OUT / f"{prefix}survey-round-results.png")


def main(argv: list[str]) -> None:
    """No argument: every screen in English. --lang xx: the dashboard and requests in language xx.
    --network: only the service network's views and a survey round."""
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else None
    only = set(argv[argv.index("--only") + 1].split(",")) if "--only" in argv else None
    global OUT
    if "--out" in argv:  # pictures to look at, not for the documentation
        OUT = Path(argv[argv.index("--out") + 1])
    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    if "--font" in argv:  # as a person who chose large fonts sees it
        font = app.font()
        font.setPointSizeF(float(argv[argv.index("--font") + 1]))
        app.setFont(font)
    dark = "--dark" in argv
    if dark:  # as on a system set to dark whose platform hands over no dark palette of its own
        from icdesk.ui.theme import dark_palette

        app.setPalette(dark_palette())
    if lang:
        apply_language(lang)
    folder = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    services = open_services(folder / "hotel.sqlite")
    services.demo.fill()
    window = MainWindow(services, settings=QSettings())
    window.resize(1280, 800)
    window.show()
    if "--network" in argv:
        network_pictures(app, window, services, "dark-" if dark else "")
        services.close()
        return
    for index, spec in enumerate(SCREENS):
        if (lang and spec.key not in ("dashboard", "requests", "organisation")) or (only and spec.key not in only):
            continue
        if not lang and not only and spec.key in ("network", "surveys"):
            continue  # drawn view by view by --network (network-map.png, survey-rounds.png)
        window.show_screen(spec.key)
        if spec.key == "acknowledgements":  # one department: its own standards and those it must read
            screen = window.acknowledgements_screen
            screen.department.setCurrentIndex(screen.department.findData(
                services.departments.find_by_name("Front Office").id))
        if spec.key == "reports":
            reports = window.reports_screen
            reports.kind.setCurrentIndex(reports.kind.findData("summary"))
            loop = QEventLoop()
            reports.generated.connect(lambda _path, quit=loop.quit: QTimer.singleShot(2000, quit))
            reports.generate()
            loop.exec()  # made in the background, then 2 s for QPdfView to render its pages
        app.processEvents()
        name = slug(spec.key) if lang else slug(spec.title)
        path = OUT / (f"{lang}-{index + 1:02d}-{name}.png" if lang else f"{index + 1:02d}-{name}.png")
        if dark:
            path = path.with_name("dark-" + path.name)
        window.grab().save(str(path))
        print(path)
    services.close()


if __name__ == "__main__":
    main(sys.argv)

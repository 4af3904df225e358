"""Draw the application icon: resources/icons/icdesk.svg and its PNG, ICO and ICNS renderings.

Two arrows chasing each other round a desk-blue tile: internal service runs both ways.
Run: python scripts/make_icons.py
"""

from __future__ import annotations

import math
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QByteArray, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
C, R = 128.0, 62.0


def point(angle: float, radius: float = R) -> tuple[float, float]:
    a = math.radians(angle)
    return C + radius * math.cos(a), C + radius * math.sin(a)


def arrow(start: float, end: float, colour: str) -> str:
    x0, y0 = point(start)
    x1, y1 = point(end)
    # arrow head at the end of the arc, pointing along the direction of travel
    tip = point(end + 16)
    left, right = point(end, R + 24), point(end, R - 24)
    return (f'<path d="M{x0:.1f} {y0:.1f} A{R} {R} 0 0 1 {x1:.1f} {y1:.1f}" fill="none" stroke="{colour}" '
            f'stroke-width="20" stroke-linecap="round"/>'
            f'<polygon points="{left[0]:.1f},{left[1]:.1f} {tip[0]:.1f},{tip[1]:.1f} {right[0]:.1f},{right[1]:.1f}" '
            f'fill="{colour}"/>')


def svg() -> str:
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">'
            '<rect x="8" y="8" width="240" height="240" rx="54" fill="#1d5f8a"/>'
            '<rect x="8" y="8" width="240" height="120" rx="54" fill="#ffffff" fill-opacity="0.06"/>'
            + arrow(200, 318, "#ffffff") + arrow(20, 138, "#9fd3f5") +
            '<circle cx="128" cy="128" r="15" fill="#ffffff"/></svg>')


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    text = svg()
    (OUT / "icdesk.svg").write_text(text, encoding="utf-8")
    app = QGuiApplication([])  # noqa: F841 - QImage painting needs the GUI module set up
    renderer = QSvgRenderer(QByteArray(text.encode()))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(OUT / f"icdesk-{size}.png"))
    big = Image.open(OUT / "icdesk-256.png")
    big.save(OUT / "icdesk.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    Image.open(OUT / "icdesk-512.png").save(OUT / "icdesk.icns")
    print("\n".join(sorted(p.name for p in OUT.iterdir())))


if __name__ == "__main__":
    main()

"""The bundled DejaVu Sans, registered once: it draws Latin accents and Cyrillic alike."""

from __future__ import annotations

from functools import cache

from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

from icdesk.paths import resource

REGULAR = "ICDeskSans"
BOLD = "ICDeskSans-Bold"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with characters beyond U+FFFF written as UTF-16 surrogate pairs.

    ReportLab writes "<1F600>" for 😀, which readers reject, so the character copied out of the
    PDF (and searched for in it) was wrong or missing.
    """
    def utf16(code: int) -> str:
        if code <= 0xFFFF:
            return f"{code:04X}"
        code -= 0x10000
        return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *[f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)],
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


@cache
def register_fonts() -> None:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    # a table cell holding a plain string (even an empty one) would otherwise name Helvetica,
    # which is neither embedded nor able to draw Cyrillic
    CellStyle.fontname = REGULAR
    shapes.STATE_DEFAULTS["fontName"] = REGULAR  # the same for a chart's first text state
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    # <b> inside a paragraph, and the family name, both resolve to the bundled faces
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)

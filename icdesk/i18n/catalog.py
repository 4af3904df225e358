"""Translations read from the project's Qt Linguist files, without Qt.

The window installs Qt's compiled ``.qm`` catalogues for its widgets; documents, the command line
and the formatting layer read the same translations from the ``.ts`` sources shipped beside them,
so every layer says the same words and none of them needs Qt below the window.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from icdesk.paths import resource

LANGUAGES: dict[str, str] = {
    "en": "English",
    "it": "Italiano",
    "fi": "Suomi",
    "es": "Español",
    "ru": "Русский",
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation where it is defined; it is translated where it is shown."""
    return text


def catalog_file(lang: str, suffix: str = "ts") -> Path:
    return resource("translations", f"icdesk_{lang}.{suffix}")


Message = str | tuple[str, ...]  # a translation, or its plural forms


class Catalog:
    """(context, source, disambiguation) -> translation, for one language."""

    def __init__(self, messages: dict[tuple[str, str, str], Message]) -> None:
        self.messages = messages

    @classmethod
    def read(cls, path: Path) -> Catalog:
        messages: dict[tuple[str, str, str], Message] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("vanished", "obsolete"):
                    continue
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                if message.get("numerus") == "yes":
                    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                    if any(forms):
                        messages[key] = forms
                elif translation.text:
                    messages[key] = translation.text
        return cls(messages)

    def lookup(self, context: str, text: str, disambiguation: str = "") -> Message | None:
        return self.messages.get((context, text, disambiguation))


@functools.cache
def catalog(lang: str) -> Catalog:
    path = catalog_file(lang)
    return Catalog.read(path) if path.is_file() else Catalog({})

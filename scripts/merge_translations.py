"""Three-way merge of the translation catalogues after a git merge: a translation changed on the
other branch (and not here) is taken over. Run after `git merge`, before update_translations.py.

    python scripts/merge_translations.py OTHER_BRANCH
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("it", "fi", "es", "ru")

Key = tuple[str, str]


def read(text: bytes) -> dict[Key, list[str]]:
    out: dict[Key, list[str]] = {}
    for context in ET.fromstring(text).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            out[(name, message.findtext("source") or "")] = forms or [translation.text or ""]
    return out


def show(ref: str, path: Path) -> bytes:
    return subprocess.run(["git", "show", f"{ref}:{path.relative_to(ROOT)}"], cwd=ROOT, check=True,
                          capture_output=True).stdout


def main(other: str) -> None:
    base_ref = subprocess.run(["git", "merge-base", "HEAD", other], cwd=ROOT, check=True, capture_output=True,
                              text=True).stdout.strip()
    for lang in LANGS:
        path = ROOT / "resources" / "translations" / f"icdesk_{lang}.ts"
        base, theirs = read(show(base_ref, path)), read(show(other, path))
        tree = ET.parse(path)
        taken = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "")
                translation = message.find("translation")
                if translation is None or key not in theirs or theirs[key] == base.get(key):
                    continue
                forms = list(translation.iter("numerusform"))
                ours = [form.text or "" for form in forms] or [translation.text or ""]
                if key in base and ours != base[key]:
                    continue  # changed on both sides: ours stays, say so
                if forms and len(forms) == len(theirs[key]):
                    for form, text in zip(forms, theirs[key], strict=True):
                        form.text = text
                elif not forms:
                    translation.text = theirs[key][0]
                translation.attrib.pop("type", None)
                taken += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        print(f"{lang}: {taken} translations taken from {other}")


if __name__ == "__main__":
    main(sys.argv[1])

"""Refresh the translation sources and compile them.

0. scripts/error_texts.py marks the sentences of domain and storage errors (icdesk/ui/error_texts.py);
1. pyside6-lupdate reads every tr()/translate() string of the package into
   resources/translations/icdesk_{it,fi,es,ru}.ts (translations already made are kept);
2. with --fill TABLE, empty translations are filled from a table of blocks:
       @ [Context|]source text
       it: ...
       fi: ...
   a plural message ("%n request(s)") gets its forms separated by " | ", as many as the language
   has (it, fi, es: one | many; ru: one | few | many).
3. pyside6-lrelease compiles each .ts into the .qm the application loads.

Run after adding or changing user-visible text: python scripts/update_translations.py
Then translate what is new (Qt Linguist, or a --fill table) until the tests pass.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGS = ("it", "fi", "es", "ru")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "icdesk").rglob("*.py"))


def lupdate(lang: str) -> Path:
    ts = FOLDER / f"icdesk_{lang}.ts"
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", lang, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True,
                   capture_output=True)
    return ts


def read_table(path: Path) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    key = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@ "):
            key = line[2:].replace("\\n", "\n")
            table[key] = {}
        elif line[:4] in {f"{lang}: " for lang in LANGS} and key:
            table[key][line[:2]] = line[4:].replace("\\n", "\n")
    return table


def fill(ts: Path, lang: str, table: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.text and translation.get("type") != "unfinished":
                continue
            entry = table.get(f"{name}|{source}") or table.get(source)
            if entry and entry.get(lang):
                forms = list(translation.iter("numerusform"))
                if forms:
                    for form, text in zip(forms, entry[lang].split(" | "), strict=False):
                        form.text = text
                else:
                    translation.text = entry[lang]
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def known_translations(*trees: ET.ElementTree) -> dict[str, str]:
    """source -> a finished translation of it, from any context (plural messages left out)."""
    known: dict[str, str] = {}
    for tree in trees:
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            if (message.get("numerus") != "yes" and translation is not None and translation.text
                    and translation.get("type") not in ("unfinished", "vanished", "obsolete")):
                known.setdefault(message.findtext("source") or "", translation.text)
    return known


def reuse(ts: Path, before: ET.ElementTree | None) -> int:
    """Fill unfinished messages whose source text is already translated in another context (a
    string that moved, or the same word on another screen)."""
    tree = ET.parse(ts)
    known = known_translations(tree, *([before] if before is not None else []))
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        # lupdate guesses such entries itself but leaves them unfinished; the same source text is safe
        if (translation is not None and translation.get("type") == "unfinished"
                and message.get("numerus") != "yes" and source in known):
            translation.text = known[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def untranslated(ts: Path) -> list[tuple[str, str]]:
    return [(context.findtext("name") or "", message.findtext("source") or "")
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")
            if (message.find("translation") is not None
                and message.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fill", type=Path, help="table of translations for empty entries")
    parser.add_argument("--compile-only", action="store_true", help="only rebuild the .qm files")
    parser.add_argument("--reuse-from", metavar="GIT_REF",
                        help="also reuse translations from the catalogues as they were at this commit")
    args = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    table = read_table(args.fill) if args.fill else {}
    if not args.compile_only:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "error_texts.py")], check=True)
    for lang in LANGS:
        ts = FOLDER / f"icdesk_{lang}.ts"
        if not args.compile_only:
            before = ET.parse(ts) if ts.is_file() else None
            ts = lupdate(lang)
            if args.reuse_from:
                old = subprocess.run(["git", "show", f"{args.reuse_from}:{ts.relative_to(ROOT)}"], cwd=ROOT,
                                     check=True, capture_output=True).stdout
                print(f"{lang}: reused {reuse(ts, ET.ElementTree(ET.fromstring(old)))} from {args.reuse_from}")
            print(f"{lang}: reused {reuse(ts, before)} translations made elsewhere")
            if table:
                print(f"{lang}: filled {fill(ts, lang, table)}")
            for context, source in untranslated(ts):
                print(f"{lang}: still to translate: {context}|{source}")
        print(lrelease(ts).relative_to(ROOT))


if __name__ == "__main__":
    main()

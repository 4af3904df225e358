"""An installed icdesk (pip install ., the wheel) holds every one of its packages.

The tests import icdesk from the source tree, where every folder is there anyway; an installed copy
holds only the packages pyproject.toml lists. A folder missing from that list went unnoticed once
(icdesk.i18n): the installed program then stopped at its first date with "No module named ...".
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_of_the_source_tree_is_installed() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    in_tree = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "icdesk").rglob("__init__.py")
               if "__pycache__" not in init.parts}
    assert in_tree - listed == set()
    assert "icdesk.resources" in listed  # installed from resources/ (package-dir)

"""Dependencies point one way: ui/reports/cli -> services -> domain/db."""

from __future__ import annotations

import ast
from pathlib import Path

import icdesk

PACKAGE = Path(icdesk.__file__).parent
FORBIDDEN = {
    "domain": ("icdesk.services", "icdesk.ui", "icdesk.reports", "icdesk.cli", "icdesk.app", "icdesk.db",
               "PySide6"),
    "db": ("icdesk.services", "icdesk.ui", "icdesk.reports", "icdesk.cli", "icdesk.app", "PySide6"),
    "services": ("icdesk.ui", "icdesk.reports", "icdesk.cli", "icdesk.app", "PySide6"),
    "ui": ("sqlalchemy", "icdesk.db.engine"),
    "reports": ("icdesk.ui", "PySide6", "sqlalchemy"),
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_layers_import_only_downwards() -> None:
    offenders = []
    for layer, forbidden in FORBIDDEN.items():
        folder = PACKAGE / layer
        for path in folder.rglob("*.py"):
            for name in imports_of(path):
                if name.startswith(forbidden):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_every_layer_exists() -> None:
    for layer in FORBIDDEN:
        assert (PACKAGE / layer / "__init__.py").exists(), layer

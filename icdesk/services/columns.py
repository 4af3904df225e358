"""The columns a list has in a spreadsheet: declared once, read by both export and import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

R = TypeVar("R")


@dataclass(frozen=True)
class CsvColumn(Generic[R]):
    key: str  # the header written on export, and the field a file's column is mapped to on import
    label: str  # how the import dialog names it
    value: Callable[[R], object]  # what export writes for one row
    required: bool = False
    plain: bool = True  # imported as it is into the draft field of the same name (else resolved by name)

"""Rows of a long list as the store gave them, each made into its DTO the first time it is asked for.

A page of the Requests list read 200 rows and turned each into a ``RequestRow``: six instants parsed
from text, two enums, four names, 19 values per row; that took longer than SQLite took to find the
rows (issue 21: a scroll step cost about three times the raw SQL). A window shows some thirty rows
of a page, so most were made and never looked at. Here a page keeps the driver's plain tuples, and a
row is made when the table (or anyone) reads it, then kept: the same rows, made only when seen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

R = TypeVar("R")


class StoredRows(Sequence[R], Generic[R]):
    """A list of rows read from the store, made by ``make`` on first access and kept."""

    __slots__ = ("_stored", "_made", "_make")

    def __init__(self, stored: list[Any], make: Callable[[Any], R]) -> None:
        self._stored = stored
        self._made: list[R | None] = [None] * len(stored)
        self._make = make

    def __len__(self) -> int:
        return len(self._stored)

    @overload
    def __getitem__(self, index: int) -> R: ...

    @overload
    def __getitem__(self, index: slice) -> list[R]: ...

    def __getitem__(self, index: int | slice) -> R | list[R]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._stored)))]
        made = self._made[index]
        if made is None:
            made = self._made[index] = self._make(self._stored[index])
        return made

    def __iter__(self) -> Iterator[R]:
        return (self[i] for i in range(len(self._stored)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredRows):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return isinstance(other, Sequence) and not isinstance(other, str) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # a list: compared by its rows, not kept in sets

    def __repr__(self) -> str:
        return f"StoredRows({len(self._stored)} rows)"

    def stored(self, index: int) -> Any:
        """The row as the store gave it (compared cheaply: the same stored values make the same row)."""
        return self._stored[index]

    def extend(self, more: Sequence[R]) -> None:
        """Add the rows of the next page; those of ``more`` made already are kept as made."""
        if isinstance(more, StoredRows):
            self._stored.extend(more._stored)
            self._made.extend(more._made)
        else:
            self._stored.extend(more)
            self._made.extend(more)


def stored_rows(rows: Sequence[R]) -> StoredRows[R]:
    """Rows made already (a short list, a test's rows) held the same way as a page read from the store."""
    if isinstance(rows, StoredRows):
        return rows
    made = list(rows)
    out: StoredRows[R] = StoredRows(made, _same)
    out._made = list(made)
    return out


def _same(row: Any) -> Any:
    return row

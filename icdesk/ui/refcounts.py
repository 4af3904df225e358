"""True, False and None that no signal can wear out.

PySide6 6.12.0 takes a reference from ``True`` at every signal emitted from Python, on any thread
(a model's ``dataChanged``, a list's progress, a change notice; earlier, from worker threads, from
``None`` too: see docs/architecture.md). Python 3.11 counts references to these three like any
object's, so after tens of thousands of signals, in a window left open for a day or a long test
run, the count reached zero and Python stopped the program at once ("deallocating True or False"),
losing what the person was typing. Python 3.12 and later make them immortal; here they are given
as many spare references as no session can use up, which is what immortal means. Harmless where
the binding is right: the three objects live as long as the interpreter anyway.
"""

from __future__ import annotations

import ctypes
import sys

SPARE = 1 << 40  # a signal costs one: some thirty-five thousand years of a signal every millisecond
_kept: list[bool] = []


def keep_true_false_and_none() -> None:
    if _kept or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    _kept.append(True)
    for value in (True, False, None):
        # ob_refcnt is the first field of every CPython object: a Py_ssize_t at the object's address
        ctypes.c_ssize_t.from_address(id(value)).value += SPARE

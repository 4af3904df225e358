"""icdesk: the internal customer service desk for small businesses."""

# The one place the version is written: pyproject.toml reads it from here (setuptools' attr:), so the
# installed metadata says the same. A constant, because importlib.metadata cost 40-80 ms of every
# start (the window names the version in its lock note when it opens the file) and a source tree
# never installed still knows its version.
__version__ = "0.1.0"

__all__ = ["__version__"]

"""icdesk: the internal customer service desk for small businesses."""

from functools import cache


@cache
def _installed_version() -> str:
    # importlib.metadata costs more than a quick command such as 'icdesk info' takes: read on first use
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("icdesk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module 'icdesk' has no attribute {name!r}")


__all__ = ["__version__"]

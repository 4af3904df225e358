"""Words and formats in the five languages, without Qt: shared by window, documents and CLI."""

from icdesk.i18n.catalog import LANGUAGES, QT_TRANSLATE_NOOP
from icdesk.i18n.formatter import DASH, Formatter, translate

__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "Formatter", "translate", "DASH"]

"""Server passwords in the operating system's keyring (Windows Credential Manager, the macOS
Keychain, the Secret Service or KWallet on Linux), never in icdesk's settings or its logs.

One entry per login: service "icdesk", account ``user@host:port/database``. A machine without a
keyring (a headless Linux box: keyring's ``fail`` or ``null`` backend) can remember nothing; the
window then asks for the password each time. No keyring failure ever stops icdesk: a password it
cannot read is a password it asks for.
"""

from __future__ import annotations

import getpass
import logging

from sqlalchemy.engine import URL

SERVICE = "icdesk"
DEFAULT_PORT = 5432

log = logging.getLogger(__name__)


def account_of(url: URL) -> str:
    """``user@host:port/database`` as libpq would fill in what the address leaves out."""
    user = url.username or _login_name()
    return f"{user}@{url.host or 'localhost'}:{url.port or DEFAULT_PORT}/{url.database or user}"


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name at all (a container without a passwd entry)
        return ""


def can_remember() -> bool:
    """True when this PC has a keyring that really keeps passwords."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or type(backend).__module__ == "keyring.backends.null":
            return False
        if isinstance(backend, chainer.ChainerBackend):
            return bool(backend.backends)
        return True
    except Exception:  # noqa: BLE001 - a broken keyring is no keyring
        log.warning("the keyring cannot be used", exc_info=True)
        return False


def remembered_password(url: URL) -> str | None:
    """The password kept for this login on this PC, if any."""
    if not can_remember():
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, account_of(url))
    except Exception:  # noqa: BLE001 - locked, refused or broken: the person types it instead
        log.warning("the keyring could not be read", exc_info=True)
        return None


def remember_password(url: URL, password: str) -> bool:
    """Keep ``password`` for this login; False if this PC cannot."""
    if not can_remember():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, account_of(url), password)
        return True
    except Exception:  # noqa: BLE001
        log.warning("the keyring refused the password", exc_info=True)
        return False


def forget_password(url: URL) -> None:
    """No longer keep a password for this login (the person unticked "Remember")."""
    if not can_remember():
        return
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, account_of(url))
        except PasswordDeleteError:
            pass  # there was none
    except Exception:  # noqa: BLE001
        log.warning("the keyring could not forget the password", exc_info=True)


def with_remembered_password(url: URL) -> URL:
    """The address as given if it holds a password, else with the one kept in the keyring; without
    either, libpq still finds one in ~/.pgpass (pgpass.conf on Windows) or PGPASSWORD."""
    if url.password:
        return url
    password = remembered_password(url)
    return url.set(password=password) if password else url

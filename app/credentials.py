"""Database passwords in the OS keyring when one works; otherwise only in memory.

The keyring backend is probed once (write, read back, delete a throw-away entry): some
backends import fine but fail on first use, e.g. a headless Linux session without a
Secret Service. A password is never written to a file in clear.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

log = logging.getLogger(__name__)


def _keyring() -> ModuleType:
    """keyring, imported when a server database asks for a password: an embedded SQLite
    start never needs it (0.05 s of the time before the login window)."""
    import keyring
    import keyring.errors

    return keyring


KEYRING_SERVICE = "Kuaidan database"
_PROBE_USER = "kuaidan-keyring-probe"


def credential_key(url: URL) -> str:
    """What a password is filed under: everything that identifies the login except it."""
    port = f":{url.port}" if url.port else ""
    return f"{url.get_backend_name()}://{url.username or ''}@{url.host or ''}{port}/{url.database}"


@functools.cache
def keyring_available() -> bool:
    keyring = _keyring()
    try:
        backend = keyring.get_keyring()
        if getattr(backend, "priority", 0) <= 0:  # fail.Keyring and null.Keyring have <= 0
            return False
        keyring.set_password(KEYRING_SERVICE, _PROBE_USER, "probe")
        ok: bool = keyring.get_password(KEYRING_SERVICE, _PROBE_USER) == "probe"
        keyring.delete_password(KEYRING_SERVICE, _PROBE_USER)
        return ok
    except Exception as exc:  # any backend failure means "not usable here"
        log.info(
            "OS keyring not usable (%s); database passwords stay in memory", type(exc).__name__
        )
        return False


def load_password(url: URL) -> str | None:
    if not keyring_available():
        return None
    keyring = _keyring()
    try:
        password: str | None = keyring.get_password(KEYRING_SERVICE, credential_key(url))
        return password
    except keyring.errors.KeyringError:
        return None


def store_password(url: URL, password: str) -> bool:
    """Remember the password in the keyring; False means it is held in memory only."""
    if not keyring_available():
        return False
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, credential_key(url), password)
        return True
    except keyring.errors.KeyringError:
        return False


def forget_password(url: URL) -> None:
    if keyring_available():
        keyring = _keyring()
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(KEYRING_SERVICE, credential_key(url))


# The SMTP password of the e-mail alerts: in the keyring of each workstation that sends, filed
# under the server and user (the shared settings hold everything else).
MAIL_KEYRING_SERVICE = "Kuaidan mail"


def mail_credential_key(host: str, user: str) -> str:
    return f"smtp://{user}@{host}"


def load_mail_password(key: str) -> str | None:
    if not keyring_available():
        return None
    keyring = _keyring()
    try:
        password: str | None = keyring.get_password(MAIL_KEYRING_SERVICE, key)
        return password
    except keyring.errors.KeyringError:
        return None


def store_mail_password(key: str, password: str) -> bool:
    """False: no keyring works here (the password is not kept)."""
    if not keyring_available():
        return False
    keyring = _keyring()
    try:
        keyring.set_password(MAIL_KEYRING_SERVICE, key, password)
        return True
    except keyring.errors.KeyringError:
        return False


def forget_mail_password(key: str) -> None:
    if keyring_available():
        keyring = _keyring()
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(MAIL_KEYRING_SERVICE, key)

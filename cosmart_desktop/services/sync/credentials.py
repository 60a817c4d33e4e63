"""Store passwords in the system keyring (``keyring``), never in settings or logs.

Where no keyring backend is available (a headless machine, a locked-down
desktop) nothing is stored and the password is asked for each time."""

from __future__ import annotations

import contextlib
import logging

from .address import StoreAddress

SERVICE = "cosmart-werkstatt-sync"
log = logging.getLogger(__name__)


def _backend() -> object | None:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    try:
        from keyring.backends import chainer

        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return None
    except ImportError:  # pragma: no cover
        pass
    return backend


def keyring_available() -> bool:
    return _backend() is not None


def stored_password(address: StoreAddress) -> str | None:
    if address.kind != "postgresql" or _backend() is None:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, address.credential_key)
    except KeyringError as exc:
        log.warning("keyring not readable: %s", type(exc).__name__)
        return None


def store_password(address: StoreAddress, password: str) -> bool:
    """Keep the password in the keyring; False where there is none."""
    if address.kind != "postgresql" or not password or _backend() is None:
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, address.credential_key, password)
    except KeyringError as exc:
        log.warning("keyring not writable: %s", type(exc).__name__)
        return False
    return True


def forget_password(address: StoreAddress) -> None:
    if _backend() is None:
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, address.credential_key)


def with_stored_password(address: StoreAddress) -> StoreAddress:
    """The address with the keyring's password filled in, where it has none."""
    if address.password or address.kind != "postgresql":
        return address
    password = stored_password(address)
    return address.with_password(password) if password else address

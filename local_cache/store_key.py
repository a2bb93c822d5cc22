"""The key that encrypts a workstation's local store, and where it lives.

One key per data folder: 32 random bytes, made on first use, never written next
to the data.

Where the key is kept, in this order:

1. The operating system's keyring (Windows Credential Manager, macOS Keychain,
   Secret Service on a Linux desktop) through the `keyring` package: service
   "Skranke", user name = the store's random id (`skranke.store-id` in the data
   folder; not secret, it only names the key, and survives moving the folder).
2. Fallback, when no usable keyring exists (headless Linux, CI, a locked or
   absent Secret Service: keyring's `fail.Keyring`, an empty chainer, a backend
   that raises or does not keep what it was given): a key file
   `<user config dir>/keys/<id>.key` (platformdirs'
   `user_config_dir("Skranke", "Jobcenter Koebenhavn")`; on Windows, where that is the
   data folder itself, a folder of its own: `user_config_dir("Skranke-keys", …)`), mode 0600 in a
   0700 folder, so only the same OS user reads it. The data folder and the key
   then sit in different places, so copying the data folder does not copy the
   key; an attacker with the whole disk and that user's login does get both,
   just as with an unlocked keyring.

A key file, once it exists, is used before the keyring is asked: a workstation
that later gets a working keyring keeps its key (and start-up skips the keyring's
backend discovery). The reverse cannot be helped: a key kept in the keyring is
lost to a session without that keyring, and the store then refuses to open
with a clear message instead of starting empty.
`SKRANKE_KEY_DIR` (or the `key_dir` argument) replaces the fallback folder,
for tests and for sites that keep keys on a separate volume.

A key that cannot be read back is an error, never a reason to make a new one:
a new key would leave the existing store unreadable.
"""

from __future__ import annotations

import logging
import os
import secrets
import sys
from pathlib import Path

from app.errors import KnownError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Skranke"
KEY_DIR_ENV = "SKRANKE_KEY_DIR"
KEY_BYTES = 32


class StoreKeyError(KnownError):
    """The local store cannot be opened with the key this workstation has."""


WRONG_KEY_MESSAGE = (
    "Den lokale database kan ikke åbnes med denne arbejdsstations nøgle. "
    "Filen er ikke ændret; kontakt IT-support."
)


STORE_ID_FILE = "skranke.store-id"  # not secret: it only names the key, so a moved folder finds it


def data_dir_id(data_dir: Path) -> str:
    """A stable name for a data folder's store: a random id kept in the folder, made once.

    (Not the folder's path: a moved or renamed data folder must still find its key.)
    """
    id_file = data_dir / STORE_ID_FILE
    try:
        ident = id_file.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        ident = ""
    if len(ident) == 64 and not ident.strip("0123456789abcdef"):
        return ident
    if ident:
        raise StoreKeyError("Filen {id_file} er beskadiget; kontakt IT-support.", id_file=id_file)
    data_dir.mkdir(parents=True, exist_ok=True)
    ident = secrets.token_hex(32)
    id_file.write_text(ident + "\n", encoding="ascii")
    return ident


def default_key_dir() -> Path:
    from platformdirs import user_config_dir

    if sys.platform == "win32":  # there the config and data folders are one: keep apart
        return Path(user_config_dir("Skranke-keys", "Jobcenter Koebenhavn"))
    return Path(user_config_dir("Skranke", "Jobcenter Koebenhavn")) / "keys"


def workstation_store_key(data_dir: Path, *, key_dir: Path | None = None) -> bytes:
    """The store key for `data_dir`: read from the keyring or key file, made on first use."""
    ident = data_dir_id(data_dir)
    folder = key_dir or _env_key_dir() or default_key_dir()
    key_file = folder / f"{ident}.key"
    if key_file.exists():  # first: it skips keyring's backend discovery (~50-100 ms)
        return _decode(key_file.read_text(encoding="ascii"), str(key_file))
    stored = _keyring_get(ident)
    if stored is not None:
        return _decode(stored, "nøgleringen")
    key = secrets.token_bytes(KEY_BYTES)
    if _keyring_put(ident, key.hex()):
        return key
    return _write_key_file(key_file, key)


def _env_key_dir() -> Path | None:
    value = os.environ.get(KEY_DIR_ENV)
    return Path(value) if value else None


def _keyring_get(ident: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, ident)
    except (KeyringError, RuntimeError, OSError) as error:  # NoKeyringError is a RuntimeError
        log.info("no usable keyring (%s): store key from the key file", error)
        return None


def _keyring_put(ident: str, value: str) -> bool:
    """True when the keyring kept the key (read back to be sure: a null backend drops it)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, ident, value)
        return keyring.get_password(KEYRING_SERVICE, ident) == value
    except (KeyringError, RuntimeError, OSError) as error:
        log.info("keyring did not keep the store key (%s): using a key file", error)
        return False


def _write_key_file(key_file: Path, key: bytes) -> bytes:
    folder = key_file.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    temp = folder / f"{key_file.name}.{secrets.token_hex(4)}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key.hex() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temp, key_file)  # never replaces a key another process just made
        except FileExistsError:
            return _decode(key_file.read_text(encoding="ascii"), str(key_file))
    finally:
        temp.unlink(missing_ok=True)
    return key


def _decode(text: str, where: str) -> bytes:
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise StoreKeyError(
            "Nøglen til den lokale database i {where} er beskadiget. Kontakt IT-support.",
            where=where,
        )
    return key

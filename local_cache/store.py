"""The workstation store as one object: engine, units of work, settings.

With a key the file is encrypted (SQLCipher). Before the engine opens it the
file is checked: a plain file from an earlier version is encrypted once, a
file the key does not open raises `StoreKeyError` and is left as it is.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, event

from app.errors import StoreBusyError
from app.reference_seed import ReferenceSeed, load_reference_seed
from app.security.staff_proof import Signer
from local_cache.engine import key_pragma, open_engine
from local_cache.outbox import desk_outbox
from local_cache.store_key import WRONG_KEY_MESSAGE, StoreKeyError
from shared_store.jobshop.seeding import ensure_jobshop_seed
from shared_store.seeding import apply_reference_seed
from shared_store.settings_store import SqlSettings
from shared_store.unit_of_work import WRITE_WAIT_SECONDS, SqlUnitOfWork, unit_of_work_factory
from shared_store.visitation.seeding import ensure_visitation_seed
from shared_store.write_turns import WriteTurns

DB_FILE_NAME = "skranke.sqlite3"
PLAIN_HEADER = b"SQLite format 3\x00"  # an encrypted file starts with its random salt

log = logging.getLogger(__name__)


@dataclass
class LocalStore:
    path: Path
    engine: Engine
    settings: SqlSettings

    # Proves who made each change that enters the outbox (the desk's signed-in person:
    # app.security.session.CurrentStaff.sign); without one, changes carry no proof.
    signer: Signer | None = None
    write_wait: float = WRITE_WAIT_SECONDS  # how long a command waits for the write lock

    def unit_of_work(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(
            self._sessions,
            desk_outbox(self.signer),
            turns=self.turns,
            write_wait=self.write_wait,
        )

    def __post_init__(self) -> None:
        self._sessions = unit_of_work_factory(self.engine)
        # Commands and a pull written in slices take turns at the write lock.
        self.turns = WriteTurns()

    def watch_access(self, check: Callable[[], None]) -> None:
        """`check()` whenever anyone takes a connection to the store (units of work,
        settings, sync): the desk reports use on the GUI thread with it."""
        event.listen(self.engine, "checkout", lambda *_args: check())

    def close(self) -> None:
        self.engine.dispose()


def open_store(
    data_dir: Path, *, seed: ReferenceSeed | None = None, key: bytes | None = None
) -> LocalStore:
    """Open (creating and migrating if needed) the store in `data_dir`.

    `key` (32 bytes, see local_cache.store_key) encrypts the file; without it the
    store is plain SQLite, which only tests and benchmarks use.
    """
    path = data_dir / DB_FILE_NAME
    _prepare_file(path, key)
    engine = open_engine(path, key)
    settings = SqlSettings(engine)
    seed = seed or load_reference_seed()
    if settings.get_setting("seed_version") != _seed_fingerprint(seed):
        apply_reference_seed(engine, seed)
        settings.set_setting("seed_version", _seed_fingerprint(seed))
    ensure_visitation_seed(engine, settings)
    ensure_jobshop_seed(engine, settings)
    return LocalStore(path=path, engine=engine, settings=settings)


def _seed_fingerprint(seed: ReferenceSeed) -> str:
    import hashlib

    return hashlib.sha256(repr(seed).encode("utf-8")).hexdigest()[:16]


def _prepare_file(path: Path, key: bytes | None) -> None:
    """Refuse a file the key does not open; encrypt a plain one when a key is given."""
    if not path.exists() or path.stat().st_size == 0:
        return  # a new store: the engine creates it (encrypted when keyed)
    with path.open("rb") as handle:
        plain = handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    if key is None:
        if not plain:
            raise StoreKeyError(WRONG_KEY_MESSAGE)
    elif plain:
        _encrypt_plain_file(path, key)
    else:
        _check_key(path, key)


def _check_key(path: Path, key: bytes) -> None:
    import sqlcipher3.dbapi2 as sqlcipher  # type: ignore[import-untyped]

    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        # SQLCipher logs a wrong key to stderr as ERROR: expected here, so quiet while probing.
        level = conn.execute("PRAGMA cipher_log_level").fetchone()[0]
        conn.execute("PRAGMA cipher_log_level = NONE")
        try:
            conn.execute(key_pragma(key))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as error:
            raise StoreKeyError(WRONG_KEY_MESSAGE) from error
        finally:
            conn.execute(f"PRAGMA cipher_log_level = {level}")
    finally:
        conn.close()


def _encrypt_plain_file(path: Path, key: bytes) -> None:
    """Encrypt a plain store from an earlier version into a copy, then swap it in."""
    import sqlcipher3.dbapi2 as sqlcipher

    temp = path.with_name(path.name + ".encrypting")
    for leftover in _with_sidecars(temp):  # from an attempt that died half-way
        leftover.unlink(missing_ok=True)
    conn = sqlcipher.connect(str(path), isolation_level=None)  # no key: reads plain SQLite
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise StoreBusyError(
                "Den lokale database er i brug af et andet program og kan ikke krypteres. "
                "Luk det andet program og start Skranke igen."
            )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        attach_key = key_pragma(key).removeprefix("PRAGMA key = ")
        conn.execute(f"ATTACH DATABASE ? AS enc KEY {attach_key}", (str(temp),))
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    _check_key(temp, key)
    _fsync(temp)
    # The WAL was checkpointed into the plain file (which the copy was made from):
    # an old WAL left beside the encrypted file would be replayed into it.
    for sidecar in _with_sidecars(path)[1:]:
        sidecar.unlink(missing_ok=True)
    os.replace(temp, path)
    _fsync_dir(path.parent)
    log.info("local store %s encrypted (it was plain SQLite)", path)


def _with_sidecars(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

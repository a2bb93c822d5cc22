"""Opening the SQLite file: WAL, sane pragmas, schema at HEAD, reference data seeded.

With a key the file is a SQLCipher database (AES-256, HMAC per page): the same
SQLite dialect, but the DB-API module is sqlcipher3 and every new connection
sends the key before anything else touches the file. Without a key it is plain
SQLite (tests and benchmarks that read the file with sqlite3).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from local_cache.migrate import migrate_to_head
from local_cache.store_key import KEY_BYTES
from shared_store.unit_of_work import BUSY_TIMEOUT_MS


def key_pragma(key: bytes) -> str:
    """`PRAGMA key` with a raw 256-bit key: SQLCipher skips PBKDF2, so opening stays fast."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a store key has {KEY_BYTES} bytes, not {len(key)}")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never wait for the writer; NORMAL sync is durable across app crashes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _keying_listener(key: bytes) -> Any:
    statement = key_pragma(key)

    def set_key(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(statement)
        cursor.close()

    return set_key


def sqlite_engine(path: Path, key: bytes | None = None) -> Engine:
    path.parent.mkdir(parents=True, exist_ok=True)
    # hide_parameters: a failed statement's error text (logged, in a crash report) names
    # the statement, never its values — a citizen's name or CPR number.
    if key is None:
        engine = create_engine(f"sqlite:///{path}", hide_parameters=True)
    else:
        import sqlcipher3.dbapi2  # type: ignore[import-untyped]

        # The plain pysqlite dialect on the sqlcipher3 module keeps its QueuePool
        # (the sqlite+pysqlcipher dialect would switch to SingletonThreadPool and
        # wants the key in the URL, where it ends up in Alembic's config).
        engine = create_engine(f"sqlite:///{path}", module=sqlcipher3.dbapi2, hide_parameters=True)
        # insert=True: the key must come before the dialect's own first queries.
        event.listen(engine, "connect", _keying_listener(key), insert=True)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def open_engine(path: Path, key: bytes | None = None) -> Engine:
    """A ready store: the file exists, the schema is current."""
    engine = sqlite_engine(path, key)
    migrate_to_head(engine)
    return engine

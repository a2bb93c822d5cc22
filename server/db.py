"""The server's database: engines for SQLite or PostgreSQL, migrations, seed, epoch.

SQLite: one writer at a time, taken at BEGIN (`BEGIN IMMEDIATE`), so a push
never fails half-way on a lock upgrade; readers use a second engine whose
transactions start deferred and read one WAL snapshot. PostgreSQL: writers in
READ COMMITTED (ordered by row locks), readers in REPEATABLE READ (one snapshot).
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.reference_seed import load_reference_seed
from server import staff_keys
from server.reference_cache import ReferenceMemo
from server.staff_keys import StaffKeys
from server.tables import ServerMetaRow, StreamHeadRow
from server.write_count import count_writes
from shared_store.jobshop.seeding import ensure_jobshop_seed
from shared_store.migrate import alembic_config
from shared_store.seeding import apply_reference_seed
from shared_store.settings_store import SqlSettings
from shared_store.sync.tables import SHARED_STREAM, site_stream
from shared_store.tables import SiteRow
from shared_store.unit_of_work import SqlUnitOfWork
from shared_store.visitation.seeding import ensure_visitation_seed

T = TypeVar("T")

_MIGRATION_LOCK = 7_421_001  # PostgreSQL advisory lock: one instance migrates at a time


def normalise_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_engine(url: str, begin: str, *, connections: int) -> Engine:
    # The writers' engine has ONE connection: SQLite lets one writer in at a time anyway,
    # and waiting for the pool hands the turn over at once, where waiting in SQLite's busy
    # handler sleeps in steps of up to 100 ms (a push's p99 was a second at 150 desks).
    engine = create_engine(  # hide_parameters: no citizen's data in a logged database error
        url, pool_size=connections, max_overflow=0, pool_timeout=60, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we say BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


@dataclass
class Database:
    url: str
    write_engine: Engine
    read_engine: Engine

    def __post_init__(self) -> None:
        count_writes(self.write_engine)  # see server/write_count.py
        self._writes = sessionmaker(self.write_engine, expire_on_commit=False)
        self.reads = sessionmaker(self.read_engine, expire_on_commit=False)
        self.reference_memo = ReferenceMemo()  # seed data, read once per process
        self.staff_keys = StaffKeys()  # what staff proofs are checked with
        self._session_secret: bytes | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.write_engine.dialect.name == "sqlite"

    def unit_of_work(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._writes)

    def writes(self) -> Session:
        return self._writes()

    def session_secret(self) -> bytes:
        """The key staff sessions are signed with, read once (prepare() made it)."""
        if self._session_secret is None:
            with self.reads() as session, session.begin():
                self._session_secret = session_secret(session)
        return self._session_secret

    def dispose(self) -> None:
        self.write_engine.dispose()
        self.read_engine.dispose()


def open_database(url: str) -> Database:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            from pathlib import Path

            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        return Database(
            url,
            _sqlite_engine(url, "BEGIN IMMEDIATE", connections=1),
            # Readers: as many as the request threads (AnyIO's default 40), kept open.
            _sqlite_engine(url, "BEGIN", connections=40),
        )
    # No ping before each use (a round trip on every request): a connection the database
    # dropped fails its request once, SQLAlchemy then discards the pool's older
    # connections, and the request is run again (push's retries, `again_if_lost`).
    # hide_parameters: a logged database error names the statement, not a citizen's data.
    write = create_engine(url, pool_size=10, max_overflow=20, hide_parameters=True)
    read = create_engine(
        url,
        pool_size=10,
        max_overflow=20,
        isolation_level="REPEATABLE READ",
        hide_parameters=True,
    )
    return Database(url, write, read)


def again_if_lost(work: Callable[[], T]) -> T:
    """`work()`, and once more if its connection turned out to be dropped by the database
    (a restart, a failover): the second run gets a new connection."""
    try:
        return work()
    except DBAPIError as error:
        if not error.connection_invalidated:
            raise
    return work()


def _upgrade(conn: Any, config: Any) -> None:
    from alembic import command

    config.attributes["connection"] = conn
    command.upgrade(config, "heads")


def server_alembic_config() -> Any:
    """The server's own chain (server/migrations, version table `server_alembic_version`)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("server.migrations")))
    return config


def migrate(db: Database) -> None:
    """The shared chain (the tables desk and server both hold), then the server's own.
    Never the desk's own chain: no outbox, sync state or search index here."""
    with db.write_engine.begin() as conn:
        _upgrade(conn, alembic_config(db.write_engine))
    with db.write_engine.begin() as conn:
        _upgrade(conn, server_alembic_config())


def prepare(db: Database, *, run_migrations: bool = True, seed: bool = True) -> None:
    """Migrate and seed; with PostgreSQL one instance at a time (an advisory lock), so
    several servers may start together on one database."""
    if db.is_sqlite:  # one file, one writer: the writers' single connection is the lock
        _migrate_and_seed(db, run_migrations=run_migrations, seed=seed)
        return
    with db.write_engine.connect() as lock_conn:
        lock_conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
        lock_conn.commit()
        try:
            _migrate_and_seed(db, run_migrations=run_migrations, seed=seed)
        finally:
            lock_conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
            lock_conn.commit()


def _migrate_and_seed(db: Database, *, run_migrations: bool, seed: bool) -> None:
    if run_migrations:
        migrate(db)
    if seed:
        seed_and_prepare(db)


def seed_and_prepare(db: Database) -> None:
    """Reference data, an epoch, and a head row for every stream (so heads are only updated).

    The same seed data as every workstation store gets, so a command re-run here finds
    the same sites, services, staff, schemes and rules.
    """
    apply_reference_seed(db.write_engine, load_reference_seed())
    ensure_visitation_seed(db.write_engine, SqlSettings(db.write_engine))
    ensure_jobshop_seed(db.write_engine, SqlSettings(db.write_engine))
    with db.writes() as session, session.begin():
        if session.get(ServerMetaRow, "epoch") is None:
            session.add(ServerMetaRow(key="epoch", value=str(uuid.uuid4())))
        if session.get(ServerMetaRow, "staff_session_secret") is None:
            session.add(ServerMetaRow(key="staff_session_secret", value=secrets.token_hex(32)))
        streams = [SHARED_STREAM, *(site_stream(c) for c in session.scalars(select(SiteRow.code)))]
        for stream in streams:
            if session.get(StreamHeadRow, stream) is None:
                session.add(StreamHeadRow(stream=stream, seq=0))


def give_demo_keys(db: Database) -> list[str]:
    """FOR DEMONSTRATION ONLY: every staff member without a key gets the demo PIN's."""
    with db.writes() as session, session.begin():
        return staff_keys.give_demo_keys(session)


def session_secret(session: Session) -> bytes:
    """The key this server signs staff sessions with (the same for every instance)."""
    row = session.get(ServerMetaRow, "staff_session_secret")
    if row is None:
        raise RuntimeError("server database not prepared: no staff session secret")
    return bytes.fromhex(row.value)


def server_epoch(session: Session) -> str:
    row = session.get(ServerMetaRow, "epoch")
    return row.value if row else ""


def new_epoch(db: Database) -> str:
    """After restoring a backup: workstations see the new epoch and download afresh."""
    value = str(uuid.uuid4())
    with db.writes() as session, session.begin():
        session.merge(ServerMetaRow(key="epoch", value=value))
    return value

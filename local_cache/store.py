"""The workstation store as one object: engine, units of work, settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from app.reference_seed import ReferenceSeed, load_reference_seed
from local_cache.engine import open_engine
from local_cache.seeding import apply_reference_seed
from local_cache.settings_store import SqlSettings
from local_cache.unit_of_work import SqlUnitOfWork, unit_of_work_factory
from local_cache.visitation_seeding import ensure_visitation_seed

DB_FILE_NAME = "skranke.sqlite3"


@dataclass
class LocalStore:
    path: Path
    engine: Engine
    settings: SqlSettings

    def unit_of_work(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._sessions)

    def __post_init__(self) -> None:
        self._sessions = unit_of_work_factory(self.engine)

    def close(self) -> None:
        self.engine.dispose()


def open_store(data_dir: Path, *, seed: ReferenceSeed | None = None) -> LocalStore:
    """Open (creating and migrating if needed) the store in `data_dir`."""
    path = data_dir / DB_FILE_NAME
    engine = open_engine(path)
    settings = SqlSettings(engine)
    seed = seed or load_reference_seed()
    if settings.get_setting("seed_version") != _seed_fingerprint(seed):
        apply_reference_seed(engine, seed)
        settings.set_setting("seed_version", _seed_fingerprint(seed))
    ensure_visitation_seed(engine, settings)
    return LocalStore(path=path, engine=engine, settings=settings)


def _seed_fingerprint(seed: ReferenceSeed) -> str:
    import hashlib

    return hashlib.sha256(repr(seed).encode("utf-8")).hexdigest()[:16]

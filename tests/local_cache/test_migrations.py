"""The schema is Alembic's, and start-up knows when it is current."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import text

from local_cache.engine import open_engine, sqlite_engine
from local_cache.migrate import alembic_config, current_revisions, migrate_to_head
from local_cache.migrations import HEADS


def test_heads_constant_names_alembic_heads() -> None:
    script = ScriptDirectory.from_config(alembic_config())  # type: ignore[arg-type]
    assert frozenset(script.get_heads()) == HEADS


def test_new_store_is_migrated_once_and_uses_wal(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "s.sqlite3")
    assert current_revisions(engine) == HEADS
    assert migrate_to_head(engine) is False  # already current: nothing ran
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


def test_empty_file_has_no_revision(tmp_path: Path) -> None:
    engine = sqlite_engine(tmp_path / "empty.sqlite3")
    assert current_revisions(engine) == frozenset()
    engine.dispose()


def test_a_data_folder_with_danish_letters_and_percent_opens(tmp_path: Path) -> None:
    from local_cache.store import open_store

    store = open_store(tmp_path / "Søren Ågård 100%")
    with store.unit_of_work() as uow:
        assert [s.code for s in uow.reference.sites()]
    store.close()

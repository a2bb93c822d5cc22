"""Bring a store's schema to HEAD with Alembic, on start."""

from __future__ import annotations

from importlib import resources

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from local_cache.migrations import HEAD


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError:  # no alembic_version table: a new, empty store
        return None


def alembic_config(engine: Engine | None = None) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("local_cache.migrations")))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def migrate_to_head(engine: Engine) -> bool:
    """Upgrade when needed; returns True when a migration ran."""
    if current_revision(engine) == HEAD:
        return False
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn  # type: ignore[attr-defined]
        command.upgrade(config, "head")  # type: ignore[arg-type]
    return True

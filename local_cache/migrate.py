"""Bring a store's schema to HEAD with Alembic, on start."""

from __future__ import annotations

from importlib import resources

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from local_cache.migrations import HEADS


def current_revisions(engine: Engine) -> frozenset[str]:
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            return frozenset(rows)
    except OperationalError:  # no alembic_version table: a new, empty store
        return frozenset()


def alembic_config(engine: Engine | None = None) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("local_cache.migrations")))
    if engine is not None:
        url = engine.url.render_as_string(hide_password=False)
        # ConfigParser reads % as interpolation; a data folder named "Søren" is percent-encoded.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate_to_head(engine: Engine) -> bool:
    """Upgrade when needed; returns True when a migration ran."""
    if current_revisions(engine) == HEADS:
        return False
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn  # type: ignore[attr-defined]
        command.upgrade(config, "heads")  # type: ignore[arg-type]
    return True

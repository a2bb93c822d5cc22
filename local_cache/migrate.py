"""Bring a store's schema to HEAD with Alembic, on start.

Two chains, each with its own version table: the shared one (local_cache/migrations,
`alembic_version`: the tables the server holds too, and runs itself) and the desk's
own (local_cache/desk_migrations, `alembic_version_desk`: outbox, sync state, search
indexes). A desk's store runs both, the shared one first; the server only the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from local_cache import desk_migrations, migrations


@dataclass(frozen=True, slots=True)
class Chain:
    package: str  # holds env.py and versions/
    version_table: str
    heads: frozenset[str]


SHARED_CHAIN = Chain("local_cache.migrations", "alembic_version", migrations.HEADS)
DESK_CHAIN = Chain(
    "local_cache.desk_migrations", desk_migrations.VERSION_TABLE, desk_migrations.HEADS
)


def current_revisions(engine: Engine, chain: Chain = SHARED_CHAIN) -> frozenset[str]:
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(f"SELECT version_num FROM {chain.version_table}")).scalars()
            return frozenset(rows)
    except OperationalError:  # no version table: a new, empty store (or one before the chain)
        return frozenset()


def alembic_config(engine: Engine | None = None, chain: Chain = SHARED_CHAIN) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files(chain.package)))
    if engine is not None:
        url = engine.url.render_as_string(hide_password=False)
        # ConfigParser reads % as interpolation; a data folder named "Søren" is percent-encoded.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate_to_head(engine: Engine) -> bool:
    """Upgrade the desk's store when needed, both chains in one transaction (a crash
    leaves the store as it was); returns True when a migration ran."""
    behind = [c for c in (SHARED_CHAIN, DESK_CHAIN) if current_revisions(engine, c) != c.heads]
    if not behind:
        return False
    from alembic import command

    with engine.begin() as conn:
        for chain in behind:
            config = alembic_config(engine, chain)
            config.attributes["connection"] = conn  # type: ignore[attr-defined]
            command.upgrade(config, "heads")  # type: ignore[arg-type]
    return True

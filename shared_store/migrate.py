"""Alembic chains and how to bring a database to their heads.

The shared chain (shared_store/migrations, version table `alembic_version`) holds the
tables desk and server both have; the desk and the server each add a chain of their own
(local_cache/desk_migrations, server/migrations) with its own version table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from shared_store import migrations


@dataclass(frozen=True, slots=True)
class Chain:
    package: str  # holds env.py and versions/
    version_table: str
    heads: frozenset[str]


SHARED_CHAIN = Chain("shared_store.migrations", "alembic_version", migrations.HEADS)


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


def upgrade_chains(engine: Engine, chains: Sequence[Chain]) -> bool:
    """Upgrade every chain that is behind, in one transaction (a crash leaves the
    database as it was); returns True when a migration ran."""
    behind = [c for c in chains if current_revisions(engine, c) != c.heads]
    if not behind:
        return False
    from alembic import command

    with engine.begin() as conn:
        for chain in behind:
            config = alembic_config(engine, chain)
            config.attributes["connection"] = conn  # type: ignore[attr-defined]
            command.upgrade(config, "heads")  # type: ignore[arg-type]
    return True

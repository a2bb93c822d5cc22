"""The sync tests use the server tests' fixtures (real server processes, real PostgreSQL)."""

from tests.server.conftest import (  # noqa: F401
    desks,
    pg_cluster,
    pg_server,
    server,
    sqlite_server,
)

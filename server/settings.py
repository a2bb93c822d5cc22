"""The server's settings, declared once with their types and defaults."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

from app.sync.protocol import PROTOCOL_VERSION, SCHEMA_VERSION


def default_database_url() -> str:
    return f"sqlite:///{Path(user_data_dir('skranke-server')) / 'server.sqlite3'}"


@dataclass(frozen=True, slots=True)
class ServerSettings:
    database_url: str = field(default_factory=default_database_url)
    admin_token: str | None = None  # enables /v1/admin/*; never stored, compared in constant time
    protocol_window: tuple[int, int] = (PROTOCOL_VERSION, PROTOCOL_VERSION)
    schema_window: tuple[int, int] = (SCHEMA_VERSION, SCHEMA_VERSION)
    max_body_bytes: int = 4 * 1024 * 1024
    max_args_bytes: int = 16 * 1024
    max_outcomes: int = 5000  # outcomes per pull page (more: has_more)
    keepalive_seconds: float = 15.0  # SSE comment lines keep proxies from closing the stream
    head_poll_seconds: float = 2.0  # sees other instances' commits (several servers, one database)
    migrate: bool = True
    # FOR DEMONSTRATION ONLY: staff without a key get the demo PIN's (as `skranke --demo`).
    demo_staff_keys: bool = False
    seed: bool = True
    faults: str = ""  # test-only fault injection, e.g. "push.after_commit:1" (server/faults.py)

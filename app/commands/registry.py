"""Where command names and versions meet their handlers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.errors import UnknownCommandError

if TYPE_CHECKING:
    from app.commands.envelope import CommandEnvelope
    from app.ports import UnitOfWork

Handler = Callable[["UnitOfWork", "CommandEnvelope"], dict[str, Any]]

_HANDLERS: dict[tuple[str, int], Handler] = {}
_LOADED = False


def command(name: str, version: int) -> Callable[[Handler], Handler]:
    """Register a handler. A changed meaning gets a new version; old versions stay."""

    def register(handler: Handler) -> Handler:
        key = (name, version)
        if key in _HANDLERS:
            raise RuntimeError(f"command {name} v{version} registered twice")
        _HANDLERS[key] = handler
        return handler

    return register


def handler_for(name: str, version: int) -> Handler:
    if not _LOADED:  # the imports cost ~15 µs even when cached: once per process is enough
        _load_handlers()
    try:
        return _HANDLERS[(name, version)]
    except KeyError:
        raise UnknownCommandError(
            f"Kommandoen «{name}» version {version} kendes ikke af denne version af Skranke."
        ) from None


def known_commands() -> list[tuple[str, int]]:
    _load_handlers()
    return sorted(_HANDLERS)


def _load_handlers() -> None:
    # Importing the modules registers their handlers.
    global _LOADED
    from app.commands import citizen_commands, ticket_commands, visit_commands  # noqa: F401
    from app.jobshop import handlers as jobshop_handlers  # noqa: F401
    from app.queue import commands as queue_commands  # noqa: F401
    from app.queue import counter_commands, transfer_commands  # noqa: F401
    from app.security import audit_commands  # noqa: F401
    from app.visitation import handlers  # noqa: F401

    _LOADED = True

"""A catalogue: command names and versions, each with the one handler that gives it meaning.

The product's catalogue is `app.catalogue.CATALOGUE`, put together from each feature
package's table (`HANDLERS` in its `handlers` module). It is passed to whatever runs
commands (the desk's `CommandBus`, the sync rebase, the server's push), so the desk
and the server mean the same by every command. Nothing registers itself on import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from app.errors import UnknownCommandError

if TYPE_CHECKING:
    from app.commands.envelope import CommandEnvelope
    from app.ports import UnitOfWork

Handler = Callable[["UnitOfWork", "CommandEnvelope"], dict[str, Any]]
CommandKey = tuple[str, int]  # (name, version): a changed meaning gets a new version
Handlers = Mapping[CommandKey, Handler]


class Catalogue(Mapping[CommandKey, Handler]):
    """Immutable; made from one or more tables, none of which may name a command twice."""

    def __init__(self, *tables: Handlers) -> None:
        handlers: dict[CommandKey, Handler] = {}
        for table in tables:
            for (name, version), handler in table.items():
                if (name, version) in handlers:
                    raise ValueError(f"command {name} v{version} is in the catalogue twice")
                handlers[(name, version)] = handler
        self._handlers = MappingProxyType(handlers)

    def handler_for(self, name: str, version: int) -> Handler:
        try:
            return self._handlers[(name, version)]
        except KeyError:
            raise UnknownCommandError(
                "Kommandoen «{name}» version {version} kendes ikke af denne version af Skranke.",
                name=name,
                version=version,
            ) from None

    def known(self) -> list[CommandKey]:
        return sorted(self._handlers)

    def __getitem__(self, key: CommandKey) -> Handler:
        return self._handlers[key]

    def __iter__(self) -> Iterator[CommandKey]:
        return iter(self._handlers)

    def __len__(self) -> int:
        return len(self._handlers)

"""What a workstation may do: checked by the server before it runs a command.

A refusal is a rejection of that one mutation (with a Danish reason), not of the
request: the number advances, so the outbox drains and the user sees why.
"""

from __future__ import annotations

from app.commands.envelope import CommandEnvelope
from app.commands.registry import handler_for
from app.errors import KnownError, UnknownCommandError
from app.ports import UnitOfWork
from app.security.roles import PermissionDeniedError, require
from server.auth import Caller


class PermissionDenied(KnownError):
    """The authenticated workstation may not do this."""


def check(uow: UnitOfWork, caller: Caller, env: CommandEnvelope) -> PermissionDenied | None:
    if env.workstation_id != caller.workstation_id:
        return PermissionDenied("Kommandoen er udstedt af en anden arbejdsstation end afsenderen.")
    if env.site_code != caller.site_code:
        return PermissionDenied(
            f"Arbejdsstationen hører til afdelingen {caller.site_code} "
            f"og kan ikke handle for {env.site_code}."
        )
    staff = uow.reference.staff_member(env.staff_id)
    if staff is None:
        return PermissionDenied(f"Medarbejderen «{env.staff_id}» kendes ikke af serveren.")
    refused = _role_check(staff.role, env)
    if refused is not None:
        return refused
    if env.name == "issue_ticket" and env.args.get("series") != caller.series:
        return PermissionDenied(
            f"Denne arbejdsstation udsteder billetter i nummerserie {caller.series}, "
            f"ikke {env.args.get('series')}.",
            field="series",
        )
    return None


def _role_check(role: str, env: CommandEnvelope) -> PermissionDenied | None:
    """The role table once more, before the command runs at all (defence in depth)."""
    try:
        handler_for(env.name, env.version)
    except UnknownCommandError:
        return None  # not known here yet: the mutation waits for a newer server
    try:
        require(role, env.name)
    except PermissionDeniedError as exc:
        return PermissionDenied(exc.message)
    return None

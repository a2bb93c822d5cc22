"""What a workstation may do: checked by the server before it runs a command.

Whether the staff member's ROLE may do it is the role table's business, checked by
`apply_command` itself (the same call on the desk and here), so not repeated here.

A refusal is a rejection of that one mutation (with a Danish reason), not of the
request: the number advances, so the outbox drains and the user sees why.
"""

from __future__ import annotations

from app.commands.envelope import CommandEnvelope
from app.errors import KnownError
from app.ports import UnitOfWork
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
    if uow.reference.staff_member(env.staff_id) is None:
        return PermissionDenied(f"Medarbejderen «{env.staff_id}» kendes ikke af serveren.")
    if env.name == "issue_ticket" and env.args.get("series") != caller.series:
        return PermissionDenied(
            f"Denne arbejdsstation udsteder billetter i nummerserie {caller.series}, "
            f"ikke {env.args.get('series')}.",
            field="series",
        )
    return None

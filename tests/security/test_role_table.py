"""Every role × every action: the one table decides, at the command layer and at the server."""

from __future__ import annotations

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.commands.envelope import CommandEnvelope
from app.errors import KnownError
from app.security.roles import (
    NON_COMMAND_ACTIONS,
    PERMISSIONS,
    PermissionDeniedError,
    Role,
    allowed,
)
from local_cache.store import LocalStore
from tests.server.harness import ServerProcess
from tests.server.raw import RawStation

STAFF_OF = {  # one seeded staff member per role
    Role.RECEPTIONIST: "mus-bbj",
    Role.COUNSELLOR: "mus-aan",
    Role.SUPERVISOR: "mus-ljp",
    Role.ADMINISTRATOR: "nyr-ihc",
    Role.CALL_CENTER: "nyr-tlf",
}
# Where each one's desk is: a staff member acts only at their own site (the administrator
# anywhere), and the server checks the site before the role.
SITE_OF = {Role.CALL_CENTER: "NYR"}  # the others at MUS
COMMANDS = sorted({name for name, _version in CATALOGUE.known()})


def test_the_table_names_every_command_and_every_role_has_a_known_entry() -> None:
    assert set(COMMANDS) - set(PERMISSIONS) == set()
    assert set(PERMISSIONS) - set(COMMANDS) == NON_COMMAND_ACTIONS
    for action, (roles, what) in PERMISSIONS.items():
        assert roles and what, action


def test_the_examples_of_the_issue_hold() -> None:
    assert allowed(Role.SUPERVISOR, "decide_referral_approval")
    assert not allowed(Role.RECEPTIONIST, "decide_referral_approval")
    assert allowed(Role.SUPERVISOR, "view_other_sites")
    assert not allowed(Role.COUNSELLOR, "view_other_sites")
    assert allowed(Role.ADMINISTRATOR, "manage_staff")
    assert not allowed(Role.SUPERVISOR, "manage_staff")
    assert allowed(Role.ADMINISTRATOR, "publish_categorisation_scheme")
    assert not allowed(Role.SUPERVISOR, "publish_categorisation_scheme")


def _envelope(name: str, staff: str) -> CommandEnvelope:
    version = max(v for n, v in CATALOGUE.known() if n == name)
    return CommandEnvelope(name, version, {}, "ws-roles", "MUS", staff)


@pytest.mark.parametrize("role", list(Role))
def test_the_command_layer_refuses_exactly_what_the_table_refuses(
    store: LocalStore, role: Role
) -> None:
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    for name in COMMANDS:
        try:
            bus.execute_one(_envelope(name, STAFF_OF[role]))
            outcome = "ran"
        except PermissionDeniedError as exc:
            outcome = exc.message
        except KnownError:
            outcome = "ran"  # got past the role check; the empty arguments were refused
        if allowed(role, name):
            assert outcome == "ran", (role, name, outcome)
        else:
            assert "Det kræver rollen" in outcome, (role, name, outcome)


def test_the_server_refuses_exactly_what_the_table_refuses(sqlite_server: ServerProcess) -> None:
    for site in sorted({SITE_OF.get(role, "MUS") for role in Role}):
        _server_refuses_what_the_table_refuses(
            RawStation(sqlite_server, site=site).enrol(),
            [role for role in Role if SITE_OF.get(role, "MUS") == site],
        )


def _server_refuses_what_the_table_refuses(station: RawStation, roles: list[Role]) -> None:
    pairs = [(role, name) for role in roles for name in COMMANDS]
    mutations = [
        station.mutation(
            number,
            name,
            {"series": 1} if name == "issue_ticket" else {},  # this desk's own series
            staff_id=STAFF_OF[role],
            version=max(v for n, v in CATALOGUE.known() if n == name),
        )
        for number, (role, name) in enumerate(pairs, start=1)
    ]
    outcomes = station.push(*mutations).json()["outcomes"]
    assert len(outcomes) == len(pairs)
    for (role, name), outcome in zip(pairs, outcomes, strict=True):
        refused_by_role = "Det kræver rollen" in outcome.get("message", "")
        assert refused_by_role is (not allowed(role, name)), (role, name, outcome)
        if refused_by_role:
            assert outcome["status"] == "rejected"

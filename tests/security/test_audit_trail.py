"""The audit trail: every change and look-up logged, chained by hash, checked, exported, synced."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.errors import ValidationError
from app.registration import NewCitizen, RegistrationService
from app.security.audit import chain_hash, verify_chain
from app.security.audit_query import AuditQueryService
from app.security.audit_trail import AuditTrail, audit_change
from app.security.ports import AuditFilter
from app.security.roles import PermissionDeniedError
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.server.harness import ServerProcess
from tests.server.raw import RawStation, signed


def trail(store: LocalStore, ws: WorkstationConfig, staff: str = "mus-bbj") -> AuditTrail:
    return AuditTrail(
        store.unit_of_work,
        workstation_id=ws.workstation_id,
        site_code=ws.site_code,
        staff_id=lambda: staff,
    )


def chain(store: LocalStore, ws: WorkstationConfig) -> list[object]:
    with store.unit_of_work() as uow:
        return list(uow.audit.chain(ws.workstation_id))


@pytest.fixture
def audited(store: LocalStore, workstation: WorkstationConfig) -> RegistrationService:
    bus = CommandBus(store.unit_of_work, CATALOGUE, audit=audit_change)
    return RegistrationService(store.unit_of_work, bus, workstation)


def test_every_change_and_look_up_is_appended_with_who_where_when_and_whom(
    store: LocalStore, workstation: WorkstationConfig, audited: RegistrationService
) -> None:
    citizen = audited.register_citizen(
        NewCitizen("211062-5629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    log = trail(store, workstation)
    log.viewed_citizen(citizen.id, "Henvendelse ved skranken")
    log.revealed_cpr(citizen.id, "Identifikation")
    log.searched("211062-5629", hits=1)
    log.printed("billet", citizen.id)
    entries = chain(store, workstation)
    assert [(e.seq, e.action, e.citizen_id) for e in entries] == [  # type: ignore[attr-defined]
        (1, "register_citizen", citizen.id),
        (2, "view_citizen", citizen.id),
        (3, "reveal_cpr", citizen.id),
        (4, "search", ""),
        (5, "print", citizen.id),
    ]
    first = entries[0]
    assert (first.staff_id, first.workstation_id, first.site_code) == (  # type: ignore[attr-defined]
        "mus-bbj",
        workstation.workstation_id,
        "MUS",
    )
    assert "211062-5629" not in entries[3].detail and "211062-xxxx" in entries[3].detail  # type: ignore[attr-defined]
    assert verify_chain(entries).intact  # type: ignore[arg-type]
    with store.unit_of_work() as uow:  # each entry travels as a command of its own
        names = [env.name for _seq, env in uow.outbox.pending()]
    assert names.count("record_audit") == 5


def test_a_look_up_is_refused_to_a_role_that_may_not_see_citizens(
    store: LocalStore, workstation: WorkstationConfig
) -> None:
    with pytest.raises(PermissionDeniedError, match="Som administrator må du ikke se"):
        trail(store, workstation, staff="nyr-ihc").viewed_citizen("c-1")
    assert chain(store, workstation) == []


def _three_entries(store: LocalStore, workstation: WorkstationConfig) -> None:
    log = trail(store, workstation)
    for n in range(3):
        log.viewed_citizen(f"c-{n}", "Henvendelse")


def test_verification_finds_an_edited_entry(
    store: LocalStore, workstation: WorkstationConfig
) -> None:
    _three_entries(store, workstation)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET citizen_id = 'c-9' WHERE seq = 2"))
    verdict = AuditQueryService(store.unit_of_work, role=lambda: "supervisor").verify()
    assert [(p.seq, p.kind) for p in verdict.problems] == [(2, "edited")]
    assert "Post nr. 2" in verdict.problems[0].message


def test_verification_finds_a_deleted_entry_and_a_recomputed_one(
    store: LocalStore, workstation: WorkstationConfig
) -> None:
    _three_entries(store, workstation)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE seq = 2"))
    verdict = AuditQueryService(store.unit_of_work, role=lambda: "administrator").verify()
    assert [(p.seq, p.kind) for p in verdict.problems] == [(3, "deleted")]
    assert "nr. 2 mangler" in verdict.problems[0].message


def test_an_edit_that_recomputes_its_own_hash_breaks_the_next_link(
    store: LocalStore, workstation: WorkstationConfig
) -> None:
    _three_entries(store, workstation)
    entries = chain(store, workstation)
    forged = replace(entries[0], purpose="Noget andet")  # type: ignore[type-var]
    forged = replace(forged, hash=chain_hash(forged.prev_hash, forged.content()))
    verdict = verify_chain([forged, *entries[1:]])  # type: ignore[list-item]
    assert [(p.seq, p.kind) for p in verdict.problems] == [(2, "relinked")]


def test_only_supervisors_and_administrators_read_and_export_the_trail(
    store: LocalStore, workstation: WorkstationConfig
) -> None:
    _three_entries(store, workstation)
    with pytest.raises(PermissionDeniedError, match="se revisionsloggen"):
        AuditQueryService(store.unit_of_work, role=lambda: "receptionist").find(AuditFilter())
    supervisor = AuditQueryService(
        store.unit_of_work, role=lambda: "supervisor", trail=trail(store, workstation, "mus-ljp")
    )
    assert len(supervisor.find(AuditFilter(citizen_id="c-1"))) == 1
    csv_text = supervisor.export_csv(AuditFilter(action="view_citizen"))
    assert csv_text.splitlines()[0].startswith("Tid;Medarbejder;Afdeling")
    assert len(csv_text.splitlines()) == 4
    assert chain(store, workstation)[-1].action == "export_audit"  # type: ignore[attr-defined]


def test_the_server_keeps_each_chain_and_refuses_an_entry_altered_on_the_way(
    store: LocalStore, workstation: WorkstationConfig, sqlite_server: ServerProcess
) -> None:
    _three_entries(store, workstation)
    with store.unit_of_work() as uow:
        envelopes = [env for _seq, env in uow.outbox.pending() if env.name == "record_audit"]
    station = RawStation(sqlite_server, workstation_id=workstation.workstation_id).enrol()
    mutations = [
        station.mutation(
            n,
            env.name,
            dict(env.args),
            command_id=env.command_id,
            issued_at=env.issued_at,
            staff_id=env.staff_id,
        )
        for n, env in enumerate(envelopes, start=1)
    ]
    altered = {k: v for k, v in mutations[1].items() if k != "staff_proof"}
    altered["args"] = {**altered["args"], "purpose": "Ændret i udbakken"}
    # Signed again with the desk person's own key (an unsigned change is refused before
    # anything else): the hash chain still tells that the entry was altered.
    mutations[1] = signed(altered)
    outcomes = station.push(*mutations).json()["outcomes"]
    assert [o["status"] for o in outcomes] == ["applied", "rejected", "applied"]
    assert "ændret undervejs" in outcomes[1]["message"]
    assert outcomes[2]["result"]["linked"] is False  # the server saw the gap it left


def test_retention_removes_the_oldest_entries_and_the_rest_still_verifies(
    store: LocalStore, workstation: WorkstationConfig
) -> None:
    import datetime as dt

    from app.security.audit_query import purge_expired, set_retention_days

    moments = iter(
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=d) for d in (0, 10, 300)
    )
    log = AuditTrail(
        store.unit_of_work,
        workstation_id=workstation.workstation_id,
        site_code="MUS",
        staff_id=lambda: "mus-bbj",
        clock=lambda: next(moments),
    )
    for n in range(3):
        log.viewed_citizen(f"c-{n}")
    set_retention_days(store.settings, 100)
    with pytest.raises(ValidationError, match="mindst 30 dage"):
        set_retention_days(store.settings, 7)
    admin = WorkstationConfig(workstation.workstation_id, "MUS", 1, "nyr-ihc")
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with pytest.raises(PermissionDeniedError, match="administrator"):
        purge_expired(bus, workstation.envelope, store.settings, now=now)
    assert purge_expired(bus, admin.envelope, store.settings, now=now) == 2
    left = chain(store, workstation)
    assert [e.seq for e in left] == [3]  # type: ignore[attr-defined]
    verdict = AuditQueryService(store.unit_of_work, role=lambda: "administrator").verify()
    assert verdict.intact  # from the anchor the purge left behind

"""Two desks of a site give the same self-service PC away offline for overlapping time:
the server re-runs both commands, the one it sees second is refused and undone at its
desk, and every desk of the site ends with one citizen at the PC (SQLite and PostgreSQL)."""

from __future__ import annotations

from app.selfservice.service import SelfServiceService
from tests.server.harness import ServerProcess
from tests.sync.desk import DeskMaker, SyncedDesk


def pcs_of(desk: SyncedDesk) -> SelfServiceService:
    return SelfServiceService(desk.store.unit_of_work, desk.bus, desk.config)


def taken(desk: SyncedDesk) -> dict[str, str]:
    return {ln.pc.code: ln.citizen_name for ln in pcs_of(desk).board() if ln.slot}


def test_two_offline_desks_give_the_same_pc_away_and_only_the_first_wins(
    server: ServerProcess, desks: DeskMaker
) -> None:
    counter, job_shop = desks("MUS", 1, "mus-bbj"), desks("MUS", 2, "mus-aan")
    for desk in (counter, job_shop):
        desk.enrol(server)
    ali = counter.register(1, "Ali", "Østergård")
    bo = counter.register(2, "Bo", "Ågård")
    counter.sync()
    job_shop.sync()

    # Both offline: each gives PC 1 away for the next half hour.
    first = pcs_of(counter).assign(ali.id, "pc1")
    pcs_of(job_shop).assign(bo.id, "pc1", minutes=45)
    assert taken(job_shop) == {"pc1": "Bo Ågård"}  # locally it looks given
    counter.sync()  # reaches the server first
    job_shop.sync()
    job_shop.sync()  # the refusal settles; the local slot is undone

    [rejection] = job_shop.sync_store.rejections()
    assert rejection.name == "assign_selfservice_pc"
    assert "PC 1 er optaget" in rejection.message
    for desk in (counter, job_shop):
        assert taken(desk) == {"pc1": "Ali Østergård"}

    # Freed at one desk, the other sees it free and may give it to Bo.
    pcs_of(job_shop).release(first)
    job_shop.sync()
    counter.sync()
    assert taken(counter) == {}
    pcs_of(counter).assign(bo.id, "pc1")
    counter.sync()
    job_shop.sync()
    assert taken(job_shop) == {"pc1": "Bo Ågård"}
    assert counter.checksum() == job_shop.checksum()

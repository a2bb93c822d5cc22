"""What the server will do: re-run the outbox elsewhere and reach the same state."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from app.catalogue import CATALOGUE
from app.commands.bus import apply_command
from app.visitation.records import MeetingKind
from local_cache.store import LocalStore, open_store
from shared_store.visitation.seeding import ensure_visitation_seed
from tests.app.visitation.conftest import VisitationDesk, plan_for

QUERIES = {
    "decision": "SELECT id, scheme_code, scheme_version, category, answers_json, reason FROM categorisation_decision ORDER BY id",
    "follow_up": "SELECT id, kind, due, site_code, status FROM follow_up ORDER BY id",
    "anchor": "SELECT citizen_id, target, site_code FROM anchor ORDER BY citizen_id",
    "referral": "SELECT id, to_target, to_site, anchor_moved, day FROM referral ORDER BY id",
    "seats": "SELECT id, seats_taken FROM group_session ORDER BY id",
}


def snapshot(store: LocalStore) -> dict[str, list[tuple[object, ...]]]:
    with store.unit_of_work() as uow:
        return {
            name: [tuple(row) for row in uow.session.execute(text(sql))]
            for name, sql in QUERIES.items()
        }


def test_the_outbox_replayed_on_another_store_gives_the_same_state(
    desk: VisitationDesk, tmp_path: Path
) -> None:
    citizen = desk.citizen()
    session = desk.visitation.sessions_for_booking(MeetingKind.JOB_MEETING)[0]
    desk.visitation.complete(
        plan_for(desk, citizen, answers={"kan_tage_job": "ja"}, session_id=session.id)
    )
    desk.clock.advance(days=1)
    desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)
    desk.follow_ups.register_absence(citizen.id, desk.visitation.today())
    with desk.store.unit_of_work() as uow:
        envelopes = [env for _seq, env in uow.outbox.pending()]
        local_results = [uow.applied.result_of(env.command_id) for env in envelopes]

    server = open_store(tmp_path / "server")
    try:
        ensure_visitation_seed(server.engine, server.settings)
        with server.unit_of_work() as uow:
            remote_results = [
                apply_command(uow, env, CATALOGUE, to_outbox=False) for env in envelopes
            ]
            uow.commit()
        assert remote_results == local_results
        assert snapshot(server) == snapshot(desk.store)
        assert len(snapshot(server)["follow_up"]) == 2  # contact interview and hearing
    finally:
        server.close()

"""Model test: several workstations of a site, random commands, offline periods, a faulty network.

Hypothesis drives three workstations (real stores, each behind its own faulty
proxy) against one real server. After the network heals, every workstation
syncs until it succeeds, and then:

- exactly once, in order: the server's mutations of each workstation are its
  outbox, number for number and command for command;
- nothing confirmed lost: what a workstation holds as confirmed, the server
  applied; what it holds as rejected, the server rejected;
- every outbox drained, every workstation equal to the server (checksum).

Runs are replayable: `pytest tests/sync/test_model.py --hypothesis-seed=N`;
the proxies' fault choices come from a drawn seed. SKRANKE_MODEL_EXAMPLES
raises the number of examples (CI keeps it small).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import create_engine, text

from app.errors import KnownError
from app.sync.client import SyncError
from server.db import normalise_url
from shared_store.sync.tables import streams_for_site
from tests.server.harness import ServerProcess
from tests.sync.desk import SyncedDesk
from tests.sync.faulty_proxy import FaultRates, FaultyProxy

DESKS = 3
EXAMPLES = int(os.environ.get("SKRANKE_MODEL_EXAMPLES", "8"))
_server: ServerProcess | None = None
_next_person = iter(range(10_000, 160_000))


@pytest.fixture(scope="module", autouse=True)
def model_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    global _server
    root = tmp_path_factory.mktemp("model-server")
    _server = ServerProcess(f"sqlite:///{root / 'server.sqlite3'}", root / "server.log").start()
    try:
        yield _server
    finally:
        _server.stop()
        _server = None


def server_rows(sql: str, **params: object) -> list[tuple[object, ...]]:
    assert _server is not None
    engine = create_engine(normalise_url(_server.database_url))
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


class SiteModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="skranke-model-"))
        self.desks: list[SyncedDesk] = []
        self.proxies: list[FaultyProxy] = []
        self.issued: list[list[str]] = []  # command ids each workstation made, in order
        self.people: list[int] = []  # CPR seeds registered somewhere (for duplicates)

    @initialize(seed=st.integers(0, 2**16))
    def setup(self, seed: int) -> None:
        assert _server is not None
        rates = FaultRates(
            drop_request=0.15, drop_response=0.15, duplicate=0.15, cut_response=0.1, delay=0.1
        )
        for i in range(DESKS):
            desk = SyncedDesk(self.root / f"ws{i}", "MUS", i + 1)
            proxy = FaultyProxy(_server.port, seed=seed + i, rates=rates, faulty=False).start()
            code = _server.enrolment_code(
                "MUS", i + 1, replace=True
            )  # earlier examples' desks retire
            desk.enrol(_server, code=code, via=proxy.url)
            proxy.faulty = True
            self.desks.append(desk)
            self.proxies.append(proxy)
            self.issued.append([])

    def _note(self, i: int, made: int) -> None:
        """The outbox grew by exactly the commands just made, and lost nothing before them."""
        with self.desks[i].store.engine.connect() as conn:
            outbox = [
                str(r[0]) for r in conn.execute(text("SELECT command_id FROM outbox ORDER BY seq"))
            ]
        assert outbox[: len(self.issued[i])] == self.issued[i]
        assert len(outbox) == len(self.issued[i]) + made
        self.issued[i] = outbox

    def _local_citizens(self, i: int) -> list[str]:
        with self.desks[i].store.engine.connect() as conn:
            return [str(r[0]) for r in conn.execute(text("SELECT id FROM citizen ORDER BY id"))]

    @rule(i=st.integers(0, DESKS - 1))
    def register_new_citizen(self, i: int) -> None:
        person = next(_next_person)
        self.desks[i].register(person)
        self.people.append(person)
        self._note(i, 1)

    @rule(i=st.integers(0, DESKS - 1), pick=st.integers(0, 10_000))
    def register_someone_already_registered_elsewhere(self, i: int, pick: int) -> None:
        if not self.people:
            return
        try:
            self.desks[i].register(self.people[pick % len(self.people)])
        except KnownError:
            return  # this workstation already knows the person: refused locally
        self._note(i, 1)

    @rule(i=st.integers(0, DESKS - 1), pick=st.integers(0, 10_000))
    def issue_a_ticket(self, i: int, pick: int) -> None:
        citizens = self._local_citizens(i)
        if citizens:
            self.desks[i].ticket(citizens[pick % len(citizens)])
            self._note(i, 2)  # start_visit and issue_ticket

    @rule(
        i=st.integers(0, DESKS - 1),
        pick=st.integers(0, 10_000),
        phone=st.sampled_from(["11111111", "22222222"]),
    )
    def change_a_phone_number(self, i: int, pick: int, phone: str) -> None:
        citizens = self._local_citizens(i)
        if citizens:
            self.desks[i].update(citizens[pick % len(citizens)], phone=phone)
            self._note(i, 1)

    @rule(i=st.integers(0, DESKS - 1), offline=st.booleans())
    def network_goes(self, i: int, offline: bool) -> None:
        self.proxies[i].set_offline(offline)

    @rule(i=st.integers(0, DESKS - 1))
    def sync(self, i: int) -> None:
        try:
            self.desks[i].sync()
        except SyncError:
            pass  # the faulty network; tried again later

    @rule()
    def everyone_syncs(self) -> None:
        for i in range(DESKS):
            self.sync(i)

    @invariant()
    def nothing_made_is_lost_locally(self) -> None:
        for desk, issued in zip(self.desks, self.issued, strict=True):
            with desk.store.engine.connect() as conn:
                outbox = [
                    str(r[0])
                    for r in conn.execute(text("SELECT command_id FROM outbox ORDER BY seq"))
                ]
                pending = conn.execute(
                    text("SELECT count(*) FROM outbox WHERE state='pending'")
                ).scalar()
                undo = conn.execute(text("SELECT count(*) FROM sync_pending")).scalar()
            assert outbox == issued
            assert pending == undo  # every waiting command keeps its undo log

    def teardown(self) -> None:
        try:
            if self.desks:
                self._heal_and_check()
        finally:
            for proxy in self.proxies:
                proxy.stop()
            for desk in self.desks:
                desk.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _heal_and_check(self) -> None:
        for proxy in self.proxies:
            proxy.heal()
        for _round in range(2):  # the second round brings everyone the others' last changes
            for desk in self.desks:
                for _attempt in range(20):
                    try:
                        desk.sync()
                        break
                    except SyncError:
                        continue
                else:
                    raise AssertionError("a workstation could not sync on a healed network")
        checksums = set()
        for desk, issued in zip(self.desks, self.issued, strict=True):
            ws = desk.config.workstation_id
            server_side = server_rows(
                "SELECT mutation, command_id, status FROM mutation_result "
                "WHERE workstation_id = :ws ORDER BY mutation",
                ws=ws,
            )
            with desk.store.engine.connect() as conn:
                local = [
                    tuple(r)
                    for r in conn.execute(
                        text("SELECT seq, command_id, state FROM outbox ORDER BY seq")
                    )
                ]
            assert [(m, c) for m, c, _ in server_side] == [
                (s, c) for s, c, _ in local
            ]  # once, in order
            assert [c for _, c, _ in local] == issued
            for (_, _, status), (_, _, state) in zip(server_side, local, strict=True):
                assert {"applied": "confirmed", "rejected": "rejected"}[str(status)] == state
            assert desk.sync_store.counts().pending == 0
            checksums.add(desk.sync_store.checksum(streams_for_site("MUS")))
        assert len(checksums) == 1
        rejected = sum(len(d.sync_store.rejections(include_acknowledged=True)) for d in self.desks)
        faults = sum(sum(p.stats.values()) for p in self.proxies)
        event(f"rejected commands: {'some' if rejected else 'none'}")
        event(f"network faults injected: {'some' if faults else 'none'}")
        applied = server_rows("SELECT count(*) FROM applied_command")[0][0]
        decided = server_rows("SELECT count(*) FROM mutation_result WHERE status = 'applied'")[0][0]
        assert applied == decided  # no command took effect twice on the server


SiteModel.TestCase.settings = settings(
    max_examples=EXAMPLES,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    print_blob=True,
)
test_site_model = SiteModel.TestCase

"""The sync loop: push the outbox, pull the changes, listen for news — never stuck, never blocking.

Async (one long-lived HTTP client, opened by app/sync/client.py; usable from qasync
or plain asyncio); every store call runs on one database thread so the event loop
never waits on SQLite. Any failure is retried with backoff and jitter; only a person can
unstop a workstation the server says is a copy of another (its waiting commands
are then set aside and shown, never dropped).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import random
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, TypeVar

from app.change_kinds import EVERYTHING, OUTBOX
from app.commands.envelope import utc_now
from app.management_info.figures import ProductionFigures
from app.queue.overview import Overview
from app.queue.statistics_wire import StatisticsReport
from app.sync.backoff import retry_delay
from app.sync.client import (
    HttpClient,
    MutationGap,
    Offline,
    Refused,
    Revoked,
    SyncApi,
    SyncError,
    Unauthorised,
    WorkstationFork,
)
from app.sync.ports import ApplyReport, Enrolment, ForkDetected, SyncStore
from app.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    MAX_PUSH_BATCH,
    Announcement,
    ProtocolError,
    PullPage,
)
from app.sync.staff_sessions import ProvenStaff, StaffSessions
from app.sync.status import Observer, StatusBoard, SyncState, SyncStatus

log = logging.getLogger(__name__)
T = TypeVar("T")

ENGINE_CLOSED_MESSAGE = "Synkroniseringen er stoppet: programmet lukker."
FORK_MESSAGE_DA = (
    "Serveren har andre ændringer under denne arbejdsstations numre: databasen er "
    "formentlig kopieret fra en anden arbejdsstation. Ventende ændringer er sat til side "
    "(de er ikke slettet); arbejdsstationen skal tilmeldes igen."
)


@dataclass(frozen=True, slots=True)
class SyncSettings:
    push_batch: int = 200
    pull_limit: int = DEFAULT_PULL_LIMIT
    poll_interval: float = 30.0  # pull this often even when no event arrives
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    listen: bool = True  # keep a server-sent-events connection open
    events_read_timeout: float = 45.0  # no byte (not even a keepalive) for this long: reconnect
    min_event_interval: float = 0.25  # event-driven pulls at most this often (own changes: at once)


class SyncStopped(Exception):
    """Syncing waits for a person (see the status message)."""


class SyncEngine:
    def __init__(
        self,
        store: SyncStore,
        http: HttpClient,
        settings: SyncSettings | None = None,
        *,
        rng: random.Random | None = None,
        executor: ThreadPoolExecutor | None = None,
    ) -> None:
        self._store = store
        self._http = http
        self.settings = settings or SyncSettings()
        self._rng = rng or random.Random()
        self._executor = executor or ThreadPoolExecutor(1, thread_name_prefix="skranke-sync-db")
        self._owns_executor = executor is None
        self._board = StatusBoard()
        self._wake = asyncio.Event()  # a local change: push at once
        self._remote = asyncio.Event()  # the server announced news: pull, rate-limited
        self._stopping = asyncio.Event()
        self._lock = asyncio.Lock()
        self._staff_sessions = StaffSessions()
        self._cursors: dict[str, int] = {}
        self._revoked = ""  # the server's reason while it refuses our token; "" after enrolment
        self._changed: list[Callable[[frozenset[str]], None]] = []

    # --- for the UI -----------------------------------------------------------------
    @property
    def status(self) -> SyncStatus:
        return self._board.current

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        return self._board.subscribe(observer)

    def on_changes(self, listener: Callable[[frozenset[str]], None]) -> Callable[[], None]:
        """`listener(tables)` on the loop's thread whenever sync changed the store: the tables
        a pull wrote, "outbox" when the server settled waiting commands, and "*" when a
        command that was waiting no longer applies (it may have touched anything)."""
        self._changed.append(listener)
        return lambda: self._changed.remove(listener)

    def _announce(self, tables: frozenset[str]) -> None:
        if not tables:
            return
        for listener in list(self._changed):
            try:
                listener(tables)
            except Exception:  # a screen's failure must not stop the sync loop
                log.exception("a listener failed on changes from the server")

    def _announce_report(self, page: PullPage, report: ApplyReport) -> None:
        tables = {change.table for change in page.changes}
        if report.confirmed or report.rejected:
            tables.add(OUTBOX)
        if report.rejected or report.local_failures:
            tables.add(EVERYTHING)
        self._announce(frozenset(tables))

    def poke(self) -> None:
        """A local command was made (or the user asked): sync soon. Call on the loop's thread."""
        self._wake.set()

    async def enrol(self, server_url: str, code: str, workstation_id: str) -> Enrolment:
        first = await self._db(self._store.next_mutation)
        data = await SyncApi(self._http, server_url).enrol(code, workstation_id, first)
        enrolment = Enrolment(
            server_url=server_url,
            workstation_id=str(data["workstation_id"]),
            token=str(data["token"]),
            site_code=str(data["site_code"]),
            counter_number=int(data["counter_number"]),
            server_epoch=str(data["server_epoch"]),
        )
        await self._db(self._store.save_enrolment, enrolment)
        self._revoked = ""
        await self.refresh_status(state=SyncState.OFFLINE)
        self.poke()
        return enrolment

    async def enrol_until_answered(
        self, server_url: str, code: str, workstation_id: str
    ) -> Enrolment | None:
        """`enrol`, again with backoff while no answer comes (None after `stop()`). The
        server gives the same code and id a fresh token while the first one was never
        used, so a lost reply (or a crash before the token was stored) heals itself;
        a refusal is raised."""
        failures = 0
        while not self._stopping.is_set():
            try:
                return await self.enrol(server_url, code, workstation_id)
            except Offline as exc:
                failures += 1
                await self.refresh_status(state=SyncState.NOT_ENROLLED, message=exc.message_da)
                await self._pause(self._retry_delay(failures))
        return None

    async def enrolment(self) -> Enrolment | None:
        """Who this workstation is to the server (None before enrolment), read on the
        engine's database thread."""
        return await self._db(self._store.enrolment)

    async def acknowledge(self, seq: int) -> None:
        await self._db(self._store.acknowledge, seq)
        await self.refresh_status()

    async def refresh_status(self, **changes: Any) -> None:
        counts = await self._db(self._store.counts)
        rejected = await self._db(self._store.rejections)
        self._board.update(
            pending=counts.pending,
            quarantined=counts.quarantined,
            rejected=tuple(rejected),
            **changes,
        )

    async def _enrolled_api(self) -> tuple[SyncApi, Enrolment]:
        enrolment = await self._db(self._store.enrolment)
        if enrolment is None:
            raise Offline("Arbejdsstationen er ikke tilmeldt en server.", "not_enrolled")
        return SyncApi(self._http, enrolment.server_url, enrolment.token), enrolment

    async def confirm_staff(self, staff: ProvenStaff) -> bool:
        """Whether the server recognises the key of the person signed in here (their
        changes' proofs will hold); raises Offline when it cannot tell."""
        api, enrolment = await self._enrolled_api()
        try:
            await self._staff_sessions.session(api, enrolment.workstation_id, staff)
        except Unauthorised as exc:
            if exc.code != "staff_session_invalid":
                raise
            return False
        return True

    async def queue_overview(self, staff: ProvenStaff | None = None) -> Overview:
        """The queues as the server sees them (every site when `staff`, the person signed
        in here, is a supervisor — proven by a staff session); raises Offline when it
        cannot tell."""
        api, enrolment = await self._enrolled_api()
        return await self._staff_sessions.read(
            api, enrolment.workstation_id, staff, api.queue_overview
        )

    async def queue_statistics(
        self, first_day: dt.date, last_day: dt.date, staff: ProvenStaff | None = None
    ) -> StatisticsReport:
        """Queue statistics from the server (every site for a supervisor); raises Offline."""
        api, enrolment = await self._enrolled_api()
        return await self._staff_sessions.read(
            api,
            enrolment.workstation_id,
            staff,
            lambda session: api.queue_statistics(first_day, last_day, session),
        )

    async def production_figures(
        self,
        first_day: dt.date,
        last_day: dt.date,
        sites: Sequence[str],
        per_staff: bool,
        staff: ProvenStaff | None = None,
    ) -> ProductionFigures:
        """Production figures from the server (a supervisor's staff session); raises Offline."""
        api, enrolment = await self._enrolled_api()
        return await self._staff_sessions.read(
            api,
            enrolment.workstation_id,
            staff,
            lambda session: api.production_figures(first_day, last_day, sites, per_staff, session),
        )

    # --- one round ------------------------------------------------------------------
    async def sync_once(self) -> None:
        """Push everything waiting, then pull until caught up. Raises on failure."""
        async with self._lock:
            enrolment = await self._db(self._store.enrolment)
            if enrolment is None:
                await self.refresh_status(state=SyncState.NOT_ENROLLED)
                return
            stopped = await self._db(self._store.stopped_reason)
            if stopped:
                await self.refresh_status(state=SyncState.STOPPED, message=stopped)
                raise SyncStopped(stopped)
            if self._revoked:  # no use asking again: only a new enrolment helps
                await self.refresh_status(state=SyncState.STOPPED, message=self._revoked)
                raise SyncStopped(self._revoked)
            api = SyncApi(self._http, enrolment.server_url, enrolment.token)
            self._board.update(state=SyncState.SYNCING)
            try:
                held_back = await self._push_all(api)
                await self._pull_all(api, enrolment)
            except Revoked as exc:  # the outbox stays as it is, for a person to decide
                self._revoked = exc.message_da
                await self.refresh_status(state=SyncState.STOPPED, message=exc.message_da)
                raise SyncStopped(exc.message_da) from exc
            await self.refresh_status(
                state=SyncState.ONLINE, last_sync=utc_now(), message=held_back, download=None
            )

    async def pull_once(self) -> None:
        """Pull until caught up, without pushing (the waiting commands stay on top)."""
        async with self._lock:
            enrolment = await self._db(self._store.enrolment)
            if enrolment is None:
                return
            await self._pull_all(
                SyncApi(self._http, enrolment.server_url, enrolment.token), enrolment
            )

    async def _push_all(self, api: SyncApi) -> str:
        """Send the outbox in batches; returns why something still waits ("" if nothing)."""
        first = await self._db(self._store.push_from)
        while True:
            batch = await self._db(
                self._store.mutations, first, limit=min(self.settings.push_batch, MAX_PUSH_BATCH)
            )
            if not batch:
                return ""
            try:
                reply = await api.push(batch)
            except MutationGap as gap:
                if gap.expected >= first:
                    raise ProtocolError(f"gap answer {gap.expected} for {first}") from None
                # The server lost numbers we had settled (restored backup): send them again.
                await self._db(self._store.request_resend, gap.expected)
                first = gap.expected
                continue
            except WorkstationFork:
                await self._stop_for_fork()
            await self._db(self._store.record_acknowledged, reply.last_mutation)
            self._announce(frozenset({OUTBOX}))
            if reply.stopped_code:
                return reply.stopped_message  # the rest waits (a command the server lacks)
            if reply.last_mutation < batch[-1].mutation:
                raise ProtocolError("push reply did not cover the batch")
            first = reply.last_mutation + 1

    async def _pull_all(self, api: SyncApi, enrolment: Enrolment) -> None:
        start: dict[str, int] | None = None
        while True:
            cursors = await self._db(self._store.cursors)
            confirmed = await self._db(self._store.confirmed_mutation)
            waiting = (await self._db(self._store.counts)).pending
            # Large pages while many commands wait: each page settles the ones it completes.
            limit = self.settings.pull_limit
            if waiting:
                limit = min(MAX_PULL_LIMIT, max(limit, waiting + 100))
            page = await api.pull(cursors, confirmed, limit)
            if page.server_epoch and page.server_epoch != enrolment.server_epoch:
                log.warning("server epoch changed: downloading everything again")
                await self._db(self._store.reset_cursors, page.server_epoch)
                enrolment = replace(enrolment, server_epoch=page.server_epoch)
                start = None
                continue
            try:
                report = await self._db(self._store.apply_pull, page)
            except ForkDetected:
                await self._stop_for_fork()
            self._announce_report(page, report)
            self._cursors = dict(page.cursors)
            if report.rejected:
                await self.refresh_status()
            if not page.has_more:
                return
            start = start if start is not None else cursors
            got = sum(page.cursors[s] - start.get(s, 0) for s in page.cursors)
            total = sum(page.heads[s] - start.get(s, 0) for s in page.heads)
            self._board.update(download=(got, total))

    async def _stop_for_fork(self) -> Any:
        await self._db(self._store.quarantine_pending, FORK_MESSAGE_DA)
        await self.refresh_status(state=SyncState.STOPPED, message=FORK_MESSAGE_DA)
        raise SyncStopped(FORK_MESSAGE_DA)

    # --- forever ----------------------------------------------------------------------
    async def run(self) -> None:
        """Sync until `stop()`: after local changes, on server events, and every poll interval."""
        listener = asyncio.create_task(self._listen()) if self.settings.listen else None
        failures = 0
        loop = asyncio.get_running_loop()
        try:
            while not self._stopping.is_set():
                self._wake.clear()
                self._remote.clear()
                started = loop.time()
                try:
                    await self.sync_once()
                    failures = 0
                except SyncStopped:
                    failures = 0  # wait for a person (or a poke after re-enrolment)
                except Offline as exc:
                    failures += 1
                    await self.refresh_status(state=SyncState.OFFLINE, message=exc.message_da)
                except (Refused, SyncError, ProtocolError) as exc:
                    failures += 1
                    message = getattr(
                        exc, "message_da", "Serveren gav et svar, der ikke kan læses."
                    )
                    await self.refresh_status(state=SyncState.OFFLINE, message=message)
                except Exception:  # noqa: BLE001 - a bug must not stop syncing for good
                    failures += 1
                    log.exception("sync round failed")
                    await self.refresh_status(
                        state=SyncState.OFFLINE, message="Uventet fejl under synkronisering."
                    )
                if failures:
                    await self._pause(self._retry_delay(failures))
                else:
                    await self._idle(started)
        finally:
            if listener is not None:
                listener.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await listener

    async def _idle(self, last_round: float) -> None:
        """Until a local change, server news (at most one pull a `min_event_interval`: with
        many workstations, news comes often) or the poll interval."""
        await self._pause(self.settings.poll_interval, self._wake, self._remote)
        if self._remote.is_set() and not self._wake.is_set():
            elapsed = asyncio.get_running_loop().time() - last_round
            await self._pause(self.settings.min_event_interval - elapsed, self._wake)

    async def _listen(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            enrolment = await self._db(self._store.enrolment)
            if enrolment is not None and not self._revoked:
                api = SyncApi(self._http, enrolment.server_url, enrolment.token)
                try:
                    async for news in api.events(read_timeout=self.settings.events_read_timeout):
                        failures = 0
                        if not any(seq > self._cursors.get(s, -1) for s, seq in news.heads.items()):
                            continue
                        if not await self._apply_announced(news):
                            self._remote.set()
                except SyncError:
                    pass
                except Exception:  # noqa: BLE001 - reconnect whatever happened
                    log.exception("event stream failed")
            failures += 1
            await self._pause(self._retry_delay(failures))

    async def _apply_announced(self, news: Announcement) -> bool:
        """Changes that came with an event, applied at once when this workstation stands
        where they start (or within them); True too when a round that was running (its
        own push, then a pull) brought them already. False: the usual pull must fetch them.
        Without the wait for that round, the announcement of its own push (numbers only)
        and every event during its pull cost the desk a second pull."""
        async with self._lock:
            if not any(seq > self._cursors.get(s, -1) for s, seq in news.heads.items()):
                return True
            page = news.as_page()
            if page is None or news.after is None:
                return False
            report = await self._db(self._store.apply_announced, news.after, page)
            if report is None:
                return False
            self._announce_report(page, report)
            for stream, seq in page.cursors.items():
                self._cursors[stream] = max(seq, self._cursors.get(stream, 0))
        await self.refresh_status(last_sync=utc_now())
        return True

    def stop(self) -> None:
        """Ask `run()` to finish (it returns after the current round). Loop thread only."""
        self._stopping.set()
        self._wake.set()

    def close(self) -> None:
        """Release the database thread; after `run()` has returned."""
        if self._owns_executor:
            self._executor.shutdown(wait=True)

    # --- helpers ------------------------------------------------------------------------
    def _retry_delay(self, failures: int) -> float:
        s = self.settings
        return retry_delay(failures, base=s.backoff_base, cap=s.backoff_cap, rng=self._rng)

    async def _pause(self, seconds: float, *events: asyncio.Event) -> None:
        """Sleep up to `seconds`; `stop()` or any of `events` ends it early."""
        if seconds <= 0:
            return
        waits = [asyncio.ensure_future(e.wait()) for e in (self._stopping, *events)]
        try:
            await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waits:
                w.cancel()

    async def _db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        try:
            future = loop.run_in_executor(self._executor, partial(fn, *args, **kwargs))
        except RuntimeError as closed:  # the desk is shutting down: a late request is offline
            raise Offline(ENGINE_CLOSED_MESSAGE) from closed
        return await future

"""The server's HTTP API as typed calls; every failure becomes one of a few errors.

The only module of app/ that speaks HTTP (an import-linter contract holds it to
that): it opens the workstation's one long-lived HTTP client (`open_http_client`),
which the sync engine keeps and hands to each `SyncApi` without knowing what it is.

Offline (no answer, a cut connection, a 5xx): try again later; an untrusted
certificate is Offline too, with its own message (it may be a network that
intercepts traffic). Refused (a 4xx with the server's Danish reason): a person
must look; Revoked is the server refusing this workstation's token for good.
Gap and Fork are the two push answers the engine acts on.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import ssl
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any, TypeAlias
from urllib.parse import urlencode

import httpx

from app.management_info import wire as figures_wire
from app.management_info.figures import ProductionFigures
from app.queue import statistics_wire
from app.queue.overview import Overview, from_wire
from app.queue.statistics_wire import StatisticsReport
from app.sync import hlc
from app.sync.errors import SyncError as SyncError  # the client's errors, one family
from app.sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    SCHEMA_VERSION,
    STAFF_SESSION_HEADER,
    Announcement,
    Mutation,
    ProtocolError,
    PullPage,
    PushReply,
    parse_announcement,
    parse_pull_page,
    parse_push_reply,
)

log = logging.getLogger(__name__)

# The workstation's one long-lived HTTP client, for the life of the app (closed with
# `aclose`): the engine holds it, `SyncApi` uses it.
HttpClient: TypeAlias = httpx.AsyncClient


def _trusting_only(ca_file: str | Path) -> ssl.SSLContext:
    """Verify against this CA bundle alone; an unreadable bundle trusts nothing (so the
    status says the certificate could not be verified) rather than stopping the app."""
    try:
        return ssl.create_default_context(cafile=str(ca_file))  # not the system's CAs then
    except (OSError, ssl.SSLError) as exc:
        log.warning("the CA file %s cannot be read (%s): no server will be trusted", ca_file, exc)
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies, and trusts no CA


def open_http_client(*, ca_file: str | Path | None = None) -> HttpClient:
    """Certificates are always verified: against the system's trusted CAs, or only
    against `ca_file` when the municipality runs its own CA."""
    verify: ssl.SSLContext | bool = True
    if ca_file is not None:
        verify = _trusting_only(ca_file)
    # No overall timeout: the server-sent-events stream stays open; the engine
    # reconnects when no keepalive arrives in time.
    return httpx.AsyncClient(timeout=httpx.Timeout(10.0, read=60.0), verify=verify)


class Offline(SyncError):
    """No usable answer: the network, a proxy or the server is down or busy."""


class Refused(SyncError):
    """The server understood and said no (4xx); retrying the same will not help soon."""


class CertificateRejected(Offline):
    """The server's TLS certificate could not be verified: nothing was sent."""


class Unauthorised(Refused):
    pass


class Revoked(Unauthorised):
    """An administrator revoked this workstation: syncing stops, the outbox is kept."""


class VersionNotSupported(Refused):
    pass


class MutationGap(SyncError):
    def __init__(self, message_da: str, expected: int) -> None:
        super().__init__(message_da, "mutation_gap")
        self.expected = expected


class WorkstationFork(SyncError):
    def __init__(self, message_da: str, mutation: int) -> None:
        super().__init__(message_da, "workstation_fork")
        self.mutation = mutation


_OFFLINE_DA = "Serveren kan ikke nås; ændringerne gemmes her og sendes senere."
_CERTIFICATE_DA = (
    "Serverens certifikat kunne ikke bekræftes, så der er intet sendt; ændringerne "
    "gemmes her. Kontakt IT, hvis det varer ved (forkert server eller manglende CA-fil)."
)


def _unreachable(exc: httpx.HTTPError) -> Offline:
    """The transport failed: an untrusted certificate, or the server cannot be reached."""
    cause: BaseException | None = exc
    for _ in range(8):  # httpx wraps httpcore's error, which wraps the ssl module's
        if cause is None:
            break
        if isinstance(cause, ssl.SSLCertVerificationError):
            return CertificateRejected(_CERTIFICATE_DA, "certificate_rejected")
        cause = cause.__cause__ or cause.__context__
    return Offline(_OFFLINE_DA, type(exc).__name__)


def _error(response: httpx.Response) -> SyncError:
    try:
        body = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    code = str(body.get("code", ""))
    message = str(body.get("message_da") or f"Serveren svarede {response.status_code}.")
    status = response.status_code
    if status >= 500 or status in (408, 429):
        return Offline(message, code)
    if code == "mutation_gap" and isinstance(body.get("expected"), int):
        return MutationGap(message, body["expected"])
    if code == "workstation_fork" and isinstance(body.get("mutation"), int):
        return WorkstationFork(message, body["mutation"])
    if status == 401 and code == "workstation_revoked":
        return Revoked(message, code)
    if status == 401:
        return Unauthorised(message, code)
    if status == 426:
        return VersionNotSupported(message, code)
    return Refused(message, code)


def _sendable(mutation: Mutation) -> dict[str, Any]:
    """The mutation as sent. A stamp of a malformed form (stamped while an older version
    adopted a poisoned server stamp) goes as none: the server would refuse the whole push,
    and a stamp is no part of what the command means."""
    wire = mutation.to_wire()
    if not hlc.well_formed(wire["hlc"]):
        wire["hlc"] = ""
    return wire


class SyncApi:
    def __init__(self, http: HttpClient, base_url: str, token: str | None = None) -> None:
        self._http = http
        self._base = base_url.rstrip("/")
        self.token = token

    def _headers(self, staff_session: str | None = None) -> dict[str, str]:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: str(SCHEMA_VERSION)}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if staff_session:
            headers[STAFF_SESSION_HEADER] = staff_session
        return headers

    async def _post(self, path: str, body: dict[str, Any], timeout: float = 30.0) -> Any:
        try:
            response = await self._http.post(
                self._base + path, json=body, headers=self._headers(), timeout=timeout
            )
        except httpx.HTTPError as exc:
            raise _unreachable(exc) from exc
        if response.status_code != 200:
            raise _error(response)
        try:
            return response.json()
        except ValueError as exc:
            raise Offline("Svaret fra serveren kom ikke helt frem.", "bad_json") from exc

    async def enrol(self, code: str, workstation_id: str, first_mutation: int) -> dict[str, Any]:
        body = {"code": code, "workstation_id": workstation_id, "first_mutation": first_mutation}
        data = await self._post("/v1/enrol", body)
        if not isinstance(data, dict) or not isinstance(data.get("token"), str):
            raise ProtocolError("enrolment reply without a token")
        return data

    async def push(self, mutations: Sequence[Mutation]) -> PushReply:
        data = await self._post("/v1/push", {"mutations": [_sendable(m) for m in mutations]})
        return parse_push_reply(data)

    async def pull(self, cursors: dict[str, int], confirmed: int, limit: int) -> PullPage:
        body = {"cursors": cursors, "confirmed": confirmed, "limit": limit}
        return parse_pull_page(await self._post("/v1/pull", body, timeout=60.0))

    async def _get(self, path: str, timeout: float = 60.0, staff_session: str | None = None) -> Any:
        try:
            response = await self._http.get(
                self._base + path, headers=self._headers(staff_session), timeout=timeout
            )
        except httpx.HTTPError as exc:
            raise _unreachable(exc) from exc
        if response.status_code != 200:
            raise _error(response)
        try:
            return response.json()
        except ValueError as exc:
            raise Offline("Svaret fra serveren kom ikke helt frem.", "bad_json") from exc

    async def checksum(self) -> str:
        return str((await self._get("/v1/checksum"))["checksum"])

    async def staff_challenge(self) -> str:
        data = await self._get("/v1/staff/challenge", timeout=15.0)
        if not isinstance(data, dict) or not isinstance(data.get("challenge"), str):
            raise ProtocolError("staff challenge reply without a challenge")
        return str(data["challenge"])

    async def open_staff_session(self, staff_id: str, challenge: str, proof: str) -> str:
        """A session the server signs for the person signed in here (their key's proof)."""
        body = {"staff_id": staff_id, "challenge": challenge, "proof": proof}
        data = await self._post("/v1/staff/sessions", body, timeout=15.0)
        if not isinstance(data, dict) or not isinstance(data.get("session"), str):
            raise ProtocolError("staff session reply without a session")
        return str(data["session"])

    async def queue_overview(self, staff_session: str | None = None) -> Overview:
        """Every site's queues with a supervisor's staff session; the own site otherwise."""
        try:
            return from_wire(
                await self._get("/v1/queue/overview", timeout=15.0, staff_session=staff_session)
            )
        except ValueError as exc:
            raise Offline("Køoversigten fra serveren kunne ikke læses.", "bad_overview") from exc

    async def queue_statistics(
        self, first_day: dt.date, last_day: dt.date, staff_session: str | None = None
    ) -> StatisticsReport:
        """Every site's statistics with a supervisor's staff session; the own site otherwise."""
        query = {"first": first_day.isoformat(), "last": last_day.isoformat()}
        data = await self._get(
            "/v1/queue/statistics?" + urlencode(query), timeout=60.0, staff_session=staff_session
        )
        try:
            return statistics_wire.from_wire(data)
        except ValueError as exc:
            raise Offline("Statistikken fra serveren kunne ikke læses.", "bad_statistics") from exc

    async def production_figures(
        self,
        first_day: dt.date,
        last_day: dt.date,
        sites: Sequence[str],
        per_staff: bool,
        staff_session: str | None = None,
    ) -> ProductionFigures:
        """Production figures of `sites` (every site: empty); a supervisor's session only."""
        query = [
            ("first", first_day.isoformat()),
            ("last", last_day.isoformat()),
            ("per_staff", "true" if per_staff else "false"),
            *(("site", code) for code in sites),
        ]
        data = await self._get(
            "/v1/management/production-figures?" + urlencode(query),
            timeout=60.0,
            staff_session=staff_session,
        )
        try:
            return figures_wire.from_wire(data)
        except ValueError as exc:
            raise Offline(
                "Ledelsesinformationen fra serveren kunne ikke læses.", "bad_production_figures"
            ) from exc

    async def events(self, *, read_timeout: float) -> AsyncIterator[Announcement]:
        """Server-sent `change` events (stream heads, perhaps the changes) until the
        connection ends."""
        timeout = httpx.Timeout(10.0, read=read_timeout)
        try:
            async with self._http.stream(
                "GET", self._base + "/v1/events", headers=self._headers(), timeout=timeout
            ) as response:
                if response.status_code != 200:
                    await response.aread()
                    raise _error(response)
                event, data = "", ""
                async for line in response.aiter_lines():
                    if line.startswith("event:"):
                        event = line[6:].strip()
                    elif line.startswith("data:"):
                        data += line[5:].strip()
                    elif line == "":
                        if event == "change" and data:
                            yield parse_announcement(json.loads(data))
                        event, data = "", ""
        except httpx.HTTPError as exc:
            raise _unreachable(exc) from exc
        except (ValueError, ProtocolError) as exc:
            raise Offline("Hændelsesstrømmen fra serveren kunne ikke læses.", "bad_event") from exc

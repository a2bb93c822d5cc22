"""GET /v1/management/production-figures against a real server, as hostile enrolled desks
would try it: generated activity pushed through the real commands by three sites'
workstations, then read back with a supervisor's staff session — every figure equal to
the generator's count — and refused to anyone else, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from app.commands.envelope import CommandEnvelope
from app.management_info.figures import FiguresOrigin, Measure, Section
from app.management_info.month_generator import SITES, Expected, generate_month
from app.management_info.wire import from_wire
from app.security import staff_proof
from app.security.demo_credentials import demo_key
from app.sync.protocol import STAFF_SESSION_HEADER
from local_cache.store import open_store
from tests.server.harness import ServerProcess
from tests.server.raw import RawStation, signed

FIRST = dt.date(2026, 11, 5)  # Thursday
DAYS = 5  # Thu, Fri, (weekend), Mon: three working days
UNTIL = FIRST + dt.timedelta(days=45)
FRONT = {"MUS": "mus-bbj", "SKB": "skb-mhl", "NYR": "nyr-ajm"}


class Stations:
    """One enrolled workstation per site, pushing each generated batch as its mutations."""

    def __init__(self, server: ServerProcess) -> None:
        self.by_site = {s: RawStation(server, site=s, staff=FRONT[s]).enrol() for s in SITES}
        self.numbers = dict.fromkeys(SITES, 0)

    def execute(self, envelopes: Sequence[CommandEnvelope]) -> None:
        """In order, each site's run of envelopes by that site's workstation."""
        for _, run in itertools.groupby(envelopes, key=lambda e: e.site_code):
            batch = list(run)
            for start in range(0, len(batch), 200):
                self._push(batch[start : start + 200])

    def _push(self, envelopes: Sequence[CommandEnvelope]) -> None:
        [site] = {e.site_code for e in envelopes}
        station = self.by_site[site]
        bodies = []
        for env in envelopes:
            self.numbers[site] += 1
            bodies.append(
                signed(
                    {
                        "mutation": self.numbers[site],
                        "command_id": env.command_id,
                        "name": env.name,
                        "version": env.version,
                        "args": env.args,
                        "workstation_id": station.workstation_id,
                        "site_code": site,
                        "staff_id": env.staff_id,
                        "issued_at": env.issued_at,
                        "hlc": "",
                    }
                )
            )
        response = station.push(*bodies)
        assert response.status_code == 200, response.text
        refused = [o for o in response.json()["outcomes"] if o["status"] != "applied"]
        assert not refused, refused


def _generate(server: ServerProcess, tmp_path: Path) -> tuple[Stations, Expected]:
    stations = Stations(server)
    reference = open_store(tmp_path / "reference")  # the seed's reference data, read only
    try:
        expected = generate_month(
            reference.unit_of_work,
            stations.execute,
            first_day=FIRST,
            days=DAYS,
            visits_per_day=6,
            seed=5,
        )
    finally:
        reference.close()
    return stations, expected


def _session(station: RawStation, staff_id: str) -> str:
    challenge = httpx.get(station.server.url + "/v1/staff/challenge", headers=station.headers)
    assert challenge.status_code == 200, challenge.text
    text = challenge.json()["challenge"]
    proof = staff_proof.prove(
        demo_key(staff_id),
        staff_proof.SESSION,
        staff_proof.session_message(station.workstation_id, staff_id, text),
    )
    response = httpx.post(
        station.server.url + "/v1/staff/sessions",
        json={"staff_id": staff_id, "challenge": text, "proof": proof},
        headers=station.headers,
    )
    assert response.status_code == 200, response.text
    return str(response.json()["session"])


def _figures(
    station: RawStation, session: str | None, *, per_staff: bool = False, **extra: Any
) -> httpx.Response:
    headers = dict(station.headers)
    if session is not None:
        headers[STAFF_SESSION_HEADER] = session
    params: dict[str, Any] = {
        "first": FIRST.isoformat(),
        "last": UNTIL.isoformat(),
        "per_staff": str(per_staff).lower(),
        **extra,
    }
    return httpx.get(
        station.server.url + "/v1/management/production-figures",
        headers=headers,
        params=params,
        timeout=30,
    )


def _keyed(data: object) -> dict[tuple[object, ...], int]:
    figures = from_wire(data)
    return {
        (r.section, r.measure, r.day, r.site_code, r.unit, r.staff_id, r.group, r.breakdown): (
            r.value
        )
        for r in figures.rows
    }


def test_a_supervisor_reads_every_sites_figures_equal_to_the_generated_counts(
    server: ServerProcess, tmp_path: Path
) -> None:
    stations, expected = _generate(server, tmp_path)
    mus = stations.by_site["MUS"]
    supervisor = _session(mus, "mus-ljp")
    for per_staff in (False, True):
        response = _figures(mus, supervisor, per_staff=per_staff)
        assert response.status_code == 200, response.text
        figures = from_wire(response.json())
        assert figures.origin is FiguresOrigin.SERVER and figures.sites == ("MUS", "NYR", "SKB")
        assert _keyed(response.json()) == expected.rows(FIRST, UNTIL, per_staff=per_staff)
        assert figures.total(Section.REGISTRATION, Measure.VISITS) == expected.visits == 3 * 3 * 6
    # Two sites named: those two, exactly.
    response = _figures(mus, supervisor, site=["SKB", "NYR"])
    assert response.status_code == 200, response.text
    assert from_wire(response.json()).sites == ("NYR", "SKB")
    assert _keyed(response.json()) == expected.rows(FIRST, UNTIL, sites=["SKB", "NYR"])


def test_only_a_supervisors_own_session_reads_the_figures(server: ServerProcess) -> None:
    station = RawStation(server).enrol()  # Musvågevej, a receptionist's workstation
    other = RawStation(server, counter=2).enrol()

    def refused(response: httpx.Response) -> tuple[int, str]:
        return response.status_code, response.json()["code"]

    # No staff session: parameters naming a supervisor or a role are not believed.
    assert refused(_figures(station, None, staff="mus-ljp", role="supervisor")) == (
        401,
        "staff_session_required",
    )
    # A receptionist's and a counsellor's real sessions: not a supervisor.
    for staff_id in ("mus-bbj", "mus-aan"):
        response = _figures(station, _session(station, staff_id), per_staff=True)
        assert refused(response) == (403, "not_a_supervisor")
    supervisor = _session(station, "mus-ljp")
    assert _figures(station, supervisor).status_code == 200
    # His session is this workstation's, not another's; a made-up or altered one is refused.
    assert refused(_figures(other, supervisor)) == (401, "staff_session_invalid")
    assert refused(_figures(station, "e30." + supervisor.split(".")[1])) == (
        401,
        "staff_session_invalid",
    )
    assert refused(_figures(station, "x" + supervisor)) == (401, "staff_session_invalid")
    # A site the server does not know is refused, not left out; so is a backwards period.
    assert refused(_figures(station, supervisor, site=["MUS", "XXX"])) == (422, "unknown_site")
    backwards = _figures(station, supervisor, first="2026-11-30", last="2026-11-01")
    assert refused(backwards) == (422, "bad_range")
    assert str(uuid.UUID(station.workstation_id))  # the station stayed enrolled throughout

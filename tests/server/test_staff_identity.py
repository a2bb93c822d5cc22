"""The server believes a staff id only with that person's proof — tried as a hostile
enrolled desk would, with raw HTTP against a real server on SQLite and PostgreSQL."""

from __future__ import annotations

import socket
import subprocess
import sys
import uuid
from typing import Any

import httpx
from sqlalchemy import create_engine, text

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.security import staff_proof
from app.security.audit_trail import audit_change
from app.security.demo_credentials import demo_key
from app.security.sign_in import Approver
from app.sync.protocol import STAFF_SESSION_HEADER
from app.visitation.referral_service import ReferralService
from server.db import normalise_url
from tests.server.harness import ROOT, ServerProcess, child_env
from tests.server.raw import RawStation, signed
from tests.sync.desk import DeskMaker
from tests.waiting import wait_until


def forged(body: dict[str, Any], key_of: str) -> dict[str, Any]:
    """`body` signed with `key_of`'s key instead of its own staff member's."""
    unsigned = {k: v for k, v in body.items() if k not in ("staff_proof", "approval_proof")}
    return signed(unsigned, key=demo_key(key_of))


def outcomes(response: httpx.Response) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.text
    return [(o["status"], o["message"]) for o in response.json()["outcomes"]]


def test_a_change_is_believed_only_with_the_named_persons_proof(server: ServerProcess) -> None:
    desk = RawStation(server).enrol()  # Musvågevej, receptionist mus-bbj signed in
    replies = outcomes(
        desk.push(
            # The attack: a Skelbækgade supervisor's id, signed with the receptionist's key.
            forged(desk.register(1, 1, staff_id="skb-hkn"), key_of="mus-bbj"),
            # Even with that supervisor's real key: she does not work at Musvågevej.
            desk.register(2, 2, staff_id="skb-hkn"),
            # Musvågevej's own supervisor, without his key.
            forged(desk.register(3, 3, staff_id="mus-ljp"), key_of="mus-bbj"),
            desk.register(4, 4, staff_proof=""),  # no proof at all
            # The proof covers every field: the same proof on changed arguments fails.
            {**desk.register(5, 5), "args": desk.register(5, 6)["args"]},
            desk.register(6, 7),  # the honest change
        )
    )
    assert [status for status, _ in replies] == ["rejected"] * 5 + ["applied"]
    assert "bevis" in replies[0][1] and "var logget ind" in replies[0][1]
    assert "arbejder i afdelingen SKB" in replies[1][1]
    assert all("bevis" in message for _, message in replies[2:5])
    # The refusals advanced the numbers: the desk goes on pushing, nothing is stuck.
    assert outcomes(desk.push(desk.register(7, 8))) == [("applied", "")]


def _set_secret(server: ServerProcess, staff_id: str, secret: str, *options: str) -> None:
    """IT's command, as IT runs it: `skranke-server staff-secret` on the server's database."""
    subprocess.run(
        [sys.executable, "-m", "server", "staff-secret", "--staff", staff_id, *options]
        + ["--database-url", server.database_url],
        input=secret + "\n",
        text=True,
        check=True,
        capture_output=True,
        cwd=ROOT,
        env=child_env(),
    )


def _signed_with(body: dict[str, Any], key: bytes) -> dict[str, Any]:
    return signed({k: v for k, v in body.items() if k != "staff_proof"}, key)


def _until_refused(desk: RawStation, first: int, key: bytes) -> int:
    """Push changes made now with `key` until the server refuses one (its kept keys last
    a few seconds); returns the next free number."""
    tried = [first]

    def refused() -> bool:
        number = tried[-1]
        [(status, _)] = outcomes(desk.push(_signed_with(desk.register(number, 100 + number), key)))
        tried.append(number + 1)
        return status == "rejected"

    wait_until(refused, timeout=60, interval=0.2, what="the replaced secret to stop counting")
    return tried[-1]


def test_a_replaced_secret_stops_counting_except_for_changes_made_before(
    server: ServerProcess,
) -> None:
    desk = RawStation(server).enrol()
    demo, new = demo_key("mus-bbj"), staff_proof.derive_key("mus-bbj", "ny-hemmelig-kode")
    made_offline = desk.register(1, 11)  # made before the change, sent after it
    _set_secret(server, "mus-bbj", "ny-hemmelig-kode")
    number = _until_refused(desk, 1, demo)
    # A change made with the old secret before it was replaced (the desk was offline).
    assert outcomes(desk.push({**made_offline, "mutation": number})) == [("applied", "")]
    assert outcomes(desk.push(_signed_with(desk.register(number + 1, 13), new))) == [
        ("applied", "")
    ]
    # Replaced because others knew it: changes made with it no longer count at all, not
    # even one made before the change.
    made_before = _signed_with(desk.register(1, 14), new)
    _set_secret(server, "mus-bbj", "tredje-kode", "--forget-old")
    number = _until_refused(desk, number + 2, new)
    [(status, message)] = outcomes(desk.push({**made_before, "mutation": number}))
    assert status == "rejected" and "bevis" in message


def _session(desk: RawStation, staff_id: str, key_of: str | None = None) -> httpx.Response:
    challenge = httpx.get(desk.server.url + "/v1/staff/challenge", headers=desk.headers)
    assert challenge.status_code == 200, challenge.text
    text = challenge.json()["challenge"]
    proof = staff_proof.prove(
        demo_key(key_of or staff_id),
        staff_proof.SESSION,
        staff_proof.session_message(desk.workstation_id, staff_id, text),
    )
    return httpx.post(
        desk.server.url + "/v1/staff/sessions",
        json={"staff_id": staff_id, "challenge": text, "proof": proof},
        headers=desk.headers,
    )


def _sites(desk: RawStation, session: str | None, path: str = "/v1/queue/overview") -> Any:
    headers = dict(desk.headers)
    if session is not None:
        headers[STAFF_SESSION_HEADER] = session
    params = {"staff": "mus-ljp"}  # a parameter the server must not believe
    if "statistics" in path:
        params |= {"first": "2026-12-01", "last": "2026-12-04"}
    response = httpx.get(desk.server.url + path, headers=headers, params=params)
    if response.status_code != 200:
        return response.status_code, response.json()["code"]
    sites = response.json()["sites"]
    return sorted(s if isinstance(s, str) else s["site_code"] for s in sites)


def test_reads_take_the_role_from_a_session_the_server_signed(server: ServerProcess) -> None:
    desk = RawStation(server).enrol()  # a receptionist's workstation at Musvågevej
    other = RawStation(server, counter=2).enrol()
    for path in ("/v1/queue/overview", "/v1/queue/statistics"):
        # `?staff=<a supervisor>` with no session: the own site only.
        assert _sites(desk, None, path) == ["MUS"]
        receptionist = _session(desk, "mus-bbj")
        assert receptionist.status_code == 200, receptionist.text
        assert receptionist.json()["role"] == "receptionist"
        assert _sites(desk, receptionist.json()["session"], path) == ["MUS"]
        supervisor = _session(desk, "mus-ljp")  # he signed in here: his key answered
        assert _sites(desk, supervisor.json()["session"], path) == ["MUS", "NYR", "SKB"]
        # The supervisor's session is this workstation's, not another's.
        assert _sites(other, supervisor.json()["session"], path) == (401, "staff_session_invalid")
        # A session the desk made up, or one with a changed body, is refused.
        token = supervisor.json()["session"]
        assert _sites(desk, "e30." + token.split(".")[1], path) == (401, "staff_session_invalid")
        assert _sites(desk, "x" + token, path) == (401, "staff_session_invalid")
    # A session needs the person's own key, and a person of this site.
    assert _session(desk, "mus-ljp", key_of="mus-bbj").status_code == 401
    assert _session(desk, "skb-hkn").status_code == 401
    # A challenge is this workstation's and cannot be made up.
    made_up = httpx.post(
        desk.server.url + "/v1/staff/sessions",
        json={
            "staff_id": "mus-ljp",
            "challenge": "1900000000.abc.def",
            "proof": staff_proof.prove(
                demo_key("mus-ljp"),
                staff_proof.SESSION,
                staff_proof.session_message(desk.workstation_id, "mus-ljp", "1900000000.abc.def"),
            ),
        },
        headers=desk.headers,
    )
    assert made_up.status_code == 401


def _refer(
    desk: RawStation, number: int, citizen_id: str, target: str, **extra: Any
) -> dict[str, Any]:
    args = {
        "referral_id": str(uuid.uuid4()),
        "citizen_id": citizen_id,
        "target": target,
        "target_site": "",
        "move_anchor": True,
        "note": "",
    } | extra
    return desk.mutation(number, "refer_citizen", args)


def _approved(body: dict[str, Any], approver_key_of: str) -> dict[str, Any]:
    from app.commands.envelope import CommandEnvelope

    env = CommandEnvelope.from_dict(body)
    proof = staff_proof.approved_by(env, demo_key(approver_key_of)).approval_proof
    return {**body, "approval_proof": proof}


def test_an_override_needs_a_second_person_who_proves_it_themselves(
    server: ServerProcess,
) -> None:
    desk = RawStation(server).enrol()
    register = desk.register(1, 21)
    citizen = register["args"]["citizen_id"]
    setup = outcomes(
        desk.push(
            register,
            _refer(desk, 2, citizen, "sprog_integration"),
            _refer(desk, 3, citizen, "mvu_lvu"),
        )
    )
    assert [s for s, _ in setup] == ["applied"] * 3
    reason = {"approval_reason": "Ung uden uddannelse; hører hjemme i U&U"}
    ljp = {"supervisor_id": "mus-ljp", **reason}
    replies = outcomes(
        desk.push(
            _refer(desk, 4, citizen, "unge_uddannelse"),  # the third move: held
            # She names the supervisor, who never signed in: no approval proof.
            _refer(desk, 5, citizen, "unge_uddannelse", **ljp),
            # She signs the approval herself.
            _approved(_refer(desk, 6, citizen, "unge_uddannelse", **ljp), "mus-bbj"),
            # She names herself, with her own approval proof: she is no supervisor.
            _approved(
                _refer(desk, 7, citizen, "unge_uddannelse", supervisor_id="mus-bbj", **reason),
                "mus-bbj",
            ),
            # Another site's supervisor, with her real proof: not at this site.
            _approved(
                _refer(desk, 8, citizen, "unge_uddannelse", supervisor_id="skb-hkn", **reason),
                "skb-hkn",
            ),
        )
    )
    assert [s for s, _ in replies] == ["rejected"] * 5
    assert "leders godkendelse" in replies[0][1]
    assert "Godkendelsen bærer ikke Lars Juul Pedersens bevis" in replies[1][1]
    assert "Godkendelsen bærer ikke Lars Juul Pedersens bevis" in replies[2][1]
    assert "ikke en leder" in replies[3][1]
    assert "leder i afdelingen SKB" in replies[4][1]
    # The supervisor signs in at the desk for this one decision: both proofs, applied.
    good = _approved(_refer(desk, 9, citizen, "unge_uddannelse", **ljp), "mus-ljp")
    assert outcomes(desk.push(good)) == [("applied", "")]
    # A supervisor cannot be her own second pair of eyes.
    boss = RawStation(server, counter=3, staff="mus-ljp").enrol()
    self_approved = _approved(_refer(boss, 1, citizen, "jobcenter_team", **ljp), "mus-ljp")
    [(status, message)] = outcomes(boss.push(self_approved))
    assert status == "rejected" and "fire øjne" in message


def test_both_people_of_an_override_reach_the_servers_audit_trail(
    server: ServerProcess, desks: DeskMaker
) -> None:
    """The whole road: a real desk (its bus writes the audit trail), the supervisor signed
    in for the one decision, pushed to the server, which keeps both names."""
    desk = desks("MUS", 1)
    desk.enrol(server)
    bus = CommandBus(desk.store.unit_of_work, CATALOGUE, audit=audit_change)
    referrals = ReferralService(desk.store.unit_of_work, bus, desk.config)
    citizen = desk.register(31)
    referrals.refer(citizen.id, "sprog_integration", move_anchor=True)
    referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)
    ljp = Approver("mus-ljp", "Lars Juul Pedersen", demo_key("mus-ljp"))
    referrals.refer(
        citizen.id, "unge_uddannelse", move_anchor=True, approver=ljp, approval_reason="Ung"
    )
    desk.sync()
    assert desk.sync_store.rejections() == []
    assert desk.sync_store.counts().pending == 0
    engine = create_engine(normalise_url(server.database_url))
    try:
        with engine.connect() as conn:
            audited = conn.execute(
                text(
                    "SELECT staff_id, detail FROM audit_entry "
                    "WHERE action = 'refer_citizen' ORDER BY seq"
                )
            ).all()
            referral = conn.execute(
                text("SELECT staff_id, approved_by FROM referral WHERE approved_by <> ''")
            ).one()
    finally:
        engine.dispose()
    assert [(staff, "godkendt af mus-ljp" in detail) for staff, detail in audited] == [
        ("mus-bbj", False),
        ("mus-bbj", False),
        ("mus-bbj", True),
    ]
    assert tuple(referral) == ("mus-bbj", "mus-ljp")


def test_a_session_or_challenge_in_any_bytes_is_refused_never_a_server_error(
    server: ServerProcess,
) -> None:
    desk = RawStation(server).enrol()
    for value in (b"\xe6\xf8.\xff", b"\xc3\xa6.x", b"e30.\xe6", b"."):
        with socket.create_connection(("127.0.0.1", server.port)) as raw:
            raw.sendall(
                b"GET /v1/queue/overview HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + b"".join(f"{k}: {v}\r\n".encode() for k, v in desk.headers.items())
                + STAFF_SESSION_HEADER.encode()
                + b": "
                + value
                + b"\r\n\r\n"
            )
            status_line = raw.makefile("rb").readline()
        assert status_line.split()[1] == b"401", (value, status_line)
    for challenge in ("1.x.æøå", "١٢٣.x.y", "9" * 12 + ".x.y", "..", "x" * 120):
        answer = httpx.post(
            desk.server.url + "/v1/staff/sessions",
            json={"staff_id": "mus-ljp", "challenge": challenge, "proof": "A" * 43},
            headers=desk.headers,
        )
        assert answer.status_code == 401, (challenge, answer.text)

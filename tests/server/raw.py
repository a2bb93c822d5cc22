"""A hand-driven workstation for API tests: enrol over HTTP, push handmade mutations, pull."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from app.commands.envelope import CommandEnvelope
from app.errors import ValidationError
from app.security import staff_proof
from app.security.demo_credentials import demo_key
from tests.server.harness import VERSION_HEADERS, ServerProcess
from tests.sync.desk import cpr


def signed(body: dict[str, Any], key: bytes | None = None) -> dict[str, Any]:
    """`body` with the staff proof of its staff member's demo key (or `key`): the proof
    an honest desk adds. A test that forges passes over=... and signs with another key."""
    if "staff_proof" in body:
        return body  # the test's own (forged) proof
    try:
        env = CommandEnvelope.from_dict(body)
    except ValidationError:
        return body  # a malformed mutation: nothing an honest desk could sign
    proof = staff_proof.signed_by_staff(env, key or demo_key(env.staff_id)).staff_proof
    return {**body, "staff_proof": proof}


@dataclass
class RawStation:
    server: ServerProcess
    site: str = "MUS"
    counter: int = 1
    staff: str = "mus-bbj"
    workstation_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    token: str = ""

    def enrol(self, first_mutation: int = 1) -> RawStation:
        code = self.server.enrolment_code(self.site, self.counter)
        response = httpx.post(
            self.server.url + "/v1/enrol",
            json={
                "code": code,
                "workstation_id": self.workstation_id,
                "first_mutation": first_mutation,
            },
            headers=VERSION_HEADERS,
        )
        assert response.status_code == 200, response.text
        self.token = response.json()["token"]
        return self

    @property
    def headers(self) -> dict[str, str]:
        return {**VERSION_HEADERS, "Authorization": f"Bearer {self.token}"}

    def mutation(self, number: int, name: str, args: dict[str, Any], **over: Any) -> dict[str, Any]:
        body = {
            "mutation": number,
            "command_id": str(uuid.uuid4()),
            "name": name,
            "version": 1,
            "args": args,
            "workstation_id": self.workstation_id,
            "site_code": self.site,
            "staff_id": self.staff,
            "issued_at": dt.datetime.now(dt.UTC).isoformat(),
            "hlc": "",
        }
        body.update(over)
        return signed(body)

    def register(self, number: int, n: int, **over: Any) -> dict[str, Any]:
        args = {
            "citizen_id": str(uuid.uuid4()),
            "cpr": cpr(n),
            "given_name": "Test",
            "family_name": f"Borger {n}",
            "support_basis": "kontanthjaelp",
        }
        return self.mutation(number, "register_citizen", args, **over)

    def push(self, *mutations: dict[str, Any]) -> httpx.Response:
        return httpx.post(
            self.server.url + "/v1/push",
            json={"mutations": list(mutations)},
            headers=self.headers,
            timeout=30,
        )

    def pull(
        self, cursors: dict[str, int] | None = None, confirmed: int = 0, limit: int = 2000
    ) -> dict[str, Any]:
        response = httpx.post(
            self.server.url + "/v1/pull",
            json={"cursors": cursors or {}, "confirmed": confirmed, "limit": limit},
            headers=self.headers,
            timeout=30,
        )
        assert response.status_code == 200, response.text
        return dict(response.json())

    def pull_all(self, limit: int = 2000) -> list[dict[str, Any]]:
        cursors: dict[str, int] = {}
        changes: list[dict[str, Any]] = []
        while True:
            page = self.pull(cursors, limit=limit)
            changes.extend(page["changes"])
            cursors = page["cursors"]
            if not page["has_more"]:
                return changes

"""The administrator's categorisation schemes: a draft's JSON and rules checked with a
line to look at, what a new version changes, published through the command — and a
receptionist refused by the bus."""

from __future__ import annotations

import json

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.errors import KnownError, ValidationError
from app.visitation.scheme_admin import SchemeAdminService, SchemeChangeKind
from local_cache.store import LocalStore
from shared_store.visitation.seeding import ensure_visitation_seed
from tests.app.conftest import Clock
from tests.conftest import configure


def service(store: LocalStore, clock: Clock, staff: str) -> SchemeAdminService:
    ensure_visitation_seed(store.engine, store.settings)
    site = "NYR" if staff.startswith("nyr") else "MUS"
    ws = configure(store, site=site, counter=1, staff=staff)
    return SchemeAdminService(
        store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws, clock=clock
    )


def test_a_draft_is_checked_compared_and_published(store: LocalStore, clock: Clock) -> None:
    admin = service(store, clock, "nyr-ihc")
    entries = admin.entries()
    reform = next(e for e in entries if e.code == "reform2027")
    draft = json.loads(admin.draft_of(reform))
    assert draft["version"] == reform.version + 1

    with pytest.raises(ValidationError) as broken:
        admin.check('{"code": "reform2027",\n  "version": 2,,\n}')
    assert broken.value.values["line"] == 2

    with pytest.raises(KnownError):
        admin.check(json.dumps(dict(reform.body)))  # the same version again

    # A category the criteria still name cannot go: the scheme's own rules say so.
    referenced = {c["category"] for c in draft.get("criteria", [])}
    if referenced:
        without = dict(draft)
        without["categories"] = [c for c in draft["categories"] if c["code"] not in referenced]
        with pytest.raises(ValidationError, match="ukendt kategori"):
            admin.check(json.dumps(without))

    draft["label_da"] = "Reformen 2027 (rettet)"
    added = dict(draft["categories"][0]) | {"code": "ny_kategori", "label_da": "Ny kategori"}
    draft["categories"] = [*draft["categories"], added]
    preview = admin.check(json.dumps(draft))
    kinds = {(c.kind, c.subject) for c in preview.changes}
    assert (SchemeChangeKind.LABEL, "") in kinds
    assert (SchemeChangeKind.CATEGORY_ADDED, "ny_kategori") in kinds
    assert preview.follows is not None and preview.follows.version == reform.version

    admin.publish(json.dumps(draft))
    after = {(e.code, e.version) for e in admin.entries()}
    assert ("reform2027", reform.version + 1) in after


def test_a_receptionist_may_not_publish_a_scheme(store: LocalStore, clock: Clock) -> None:
    front = service(store, clock, "mus-bbj")
    reform = front.entries()[0]
    with pytest.raises(KnownError):
        front.publish(front.draft_of(reform))
    assert {e.version for e in front.entries() if e.code == reform.code} == {reform.version}

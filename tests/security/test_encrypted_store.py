"""The local store is encrypted at rest: without the key the file reveals no CPR or name."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from sqlalchemy import text

from local_cache.demo_data import ensure_demo_population
from local_cache.store import DB_FILE_NAME, PLAIN_HEADER, LocalStore, open_store
from local_cache.store_key import (
    KEY_DIR_ENV,
    KEYRING_SERVICE,
    StoreKeyError,
    data_dir_id,
    workstation_store_key,
)

WRONG_KEY = "Den lokale database kan ikke åbnes med denne arbejdsstations nøgle"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict (as a desktop keyring would)."""

    priority = -1  # never picked by keyring's own discovery

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def no_user_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep the user's own keyring and config folder out of every test here."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv(KEY_DIR_ENV, str(tmp_path / "env-keys"))
    yield
    keyring.set_keyring(previous)


def _demo_store(data_dir: Path, key: bytes | None) -> tuple[LocalStore, list[bytes], list[bytes]]:
    """A store with 200 demo citizens; returns it with needles for 50 of them."""
    store = open_store(data_dir, key=key)
    assert ensure_demo_population(store, count=200) == 200
    with store.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT cpr, given_name, family_name FROM citizen ORDER BY pk LIMIT 50")
        ).all()
    assert len(rows) == 50
    cprs = [cpr.encode() for cpr, _, _ in rows]
    # Short names are left out: any 4-5 bytes occur in a megabyte of ciphertext by chance.
    names = [
        part.encode("utf-8")
        for _, given, family in rows
        for part in (given, family, f"{given} {family}")
        if len(part.encode("utf-8")) >= 6
    ]
    return store, cprs, names


def _store_bytes(data_dir: Path) -> bytes:
    """Everything on disk for the store: the file, its WAL and shared memory."""
    return b"".join(p.read_bytes() for p in sorted(data_dir.glob(f"{DB_FILE_NAME}*")))


def _found(data: bytes, needles: list[bytes]) -> set[bytes]:
    # Stricter than `strings`: any occurrence counts, not only runs of 4+ printable bytes.
    return {needle for needle in needles if needle in data}


def _cpr_needles(cprs: list[bytes]) -> list[bytes]:
    return [*cprs, *(c[:6] + b"-" + c[6:] for c in cprs)]


def _close_checkpointed(store: LocalStore) -> None:
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def test_keyed_store_on_disk_holds_no_cpr_or_name(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store, cprs, names = _demo_store(data_dir, os.urandom(32))
    assert len(names) >= 50
    open_bytes = _store_bytes(data_dir)  # as a laptop taken while the app runs: WAL included
    _close_checkpointed(store)
    closed_bytes = _store_bytes(data_dir)

    assert not closed_bytes.startswith(PLAIN_HEADER)
    for data in (open_bytes, closed_bytes):
        assert _found(data, _cpr_needles(cprs)) == set()
        assert _found(data, names) == set()


def test_the_same_scan_finds_them_in_a_plain_store(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store, cprs, names = _demo_store(data_dir, None)
    _close_checkpointed(store)
    data = _store_bytes(data_dir)

    assert data.startswith(PLAIN_HEADER)
    assert _found(data, cprs) == set(cprs)
    family_names = [n for n in names if b" " not in n]
    assert family_names and _found(data, family_names) == set(family_names)


@pytest.mark.parametrize("other_key", [None, b"\x01" * 32], ids=["no key", "another key"])
def test_wrong_or_missing_key_is_refused_and_leaves_the_file(
    tmp_path: Path, other_key: bytes | None
) -> None:
    data_dir = tmp_path / "data"
    store, cprs, _ = _demo_store(data_dir, os.urandom(32))
    _close_checkpointed(store)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}

    with pytest.raises(StoreKeyError) as refused:
        open_store(data_dir, key=other_key)

    assert WRONG_KEY in refused.value.message
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before


def test_plain_store_from_an_earlier_version_is_encrypted_on_first_keyed_open(
    tmp_path: Path,
) -> None:
    running = tmp_path / "running"
    store, cprs, names = _demo_store(running, None)
    # The earlier version's folder as a crash left it: recent writes only in the WAL.
    old = tmp_path / "old"
    old.mkdir()
    for name in (DB_FILE_NAME, f"{DB_FILE_NAME}-wal"):
        if (running / name).exists():
            shutil.copy2(running / name, old / name)
    store.close()
    key = os.urandom(32)

    migrated = open_store(old, key=key)
    with migrated.unit_of_work() as uow:
        kept = [uow.citizens.by_cpr(cpr.decode()) for cpr in cprs]
    with migrated.engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM citizen")).scalar()
    _close_checkpointed(migrated)

    assert count == 200
    assert all(citizen is not None for citizen in kept)
    assert sorted(p.name for p in old.iterdir()) == [DB_FILE_NAME]  # no temp copy, no old WAL
    data = _store_bytes(old)
    assert not data.startswith(PLAIN_HEADER)
    assert _found(data, _cpr_needles(cprs)) == set()
    assert _found(data, names) == set()
    with pytest.raises(StoreKeyError):
        open_store(old)  # the plain version cannot read it any more
    open_store(old, key=key).close()  # and the key still does, without a second migration


def test_fallback_key_file_is_private_and_outside_the_data_folder(tmp_path: Path) -> None:
    data_dir, key_dir = tmp_path / "data", tmp_path / "keys"

    key = workstation_store_key(data_dir, key_dir=key_dir)

    key_file = key_dir / f"{data_dir_id(data_dir)}.key"
    assert len(key) == 32
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_dir.stat().st_mode) == 0o700
    assert [p.name for p in key_dir.iterdir()] == [key_file.name]  # no temp file left
    assert [p.name for p in data_dir.iterdir()] == ["skranke.store-id"]  # names it, no key
    assert key.hex() not in (data_dir / "skranke.store-id").read_text()
    assert workstation_store_key(data_dir, key_dir=key_dir) == key
    moved = tmp_path / "moved"
    data_dir.rename(moved)  # a moved data folder still finds its key
    assert workstation_store_key(moved, key_dir=key_dir) == key
    assert workstation_store_key(tmp_path / "other", key_dir=key_dir) != key


def test_key_dir_comes_from_the_environment(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    key = workstation_store_key(data_dir)
    assert (tmp_path / "env-keys" / f"{data_dir_id(data_dir)}.key").is_file()
    assert workstation_store_key(data_dir) == key


def test_keyring_that_drops_what_it_is_given_falls_back_to_the_file(tmp_path: Path) -> None:
    keyring.set_keyring(null.Keyring())
    data_dir, key_dir = tmp_path / "data", tmp_path / "keys"
    key = workstation_store_key(data_dir, key_dir=key_dir)
    assert (key_dir / f"{data_dir_id(data_dir)}.key").is_file()
    assert workstation_store_key(data_dir, key_dir=key_dir) == key


def test_key_lives_in_the_keyring_when_there_is_one(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    data_dir, key_dir = tmp_path / "data", tmp_path / "keys"

    key = workstation_store_key(data_dir, key_dir=key_dir)

    ident = data_dir_id(data_dir)
    assert backend.passwords == {(KEYRING_SERVICE, ident): key.hex()}
    assert not key_dir.exists()
    assert workstation_store_key(data_dir, key_dir=key_dir) == key


def test_an_existing_key_file_wins_over_the_keyring(tmp_path: Path) -> None:
    data_dir, key_dir = tmp_path / "data", tmp_path / "keys"
    key = workstation_store_key(data_dir, key_dir=key_dir)
    keyring.set_keyring(MemoryKeyring())  # e.g. the desktop keyring became available
    assert workstation_store_key(data_dir, key_dir=key_dir) == key


def test_damaged_key_file_is_an_error_not_a_new_key(tmp_path: Path) -> None:
    data_dir, key_dir = tmp_path / "data", tmp_path / "keys"
    key_file = key_dir / f"{data_dir_id(data_dir)}.key"
    workstation_store_key(data_dir, key_dir=key_dir)
    key_file.write_text("not a key\n", encoding="ascii")

    with pytest.raises(StoreKeyError, match="beskadiget"):
        workstation_store_key(data_dir, key_dir=key_dir)
    assert key_file.read_text(encoding="ascii") == "not a key\n"


def test_store_opens_again_with_the_workstation_key(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = open_store(data_dir, key=workstation_store_key(data_dir))
    store.settings.set_setting("probe", "gemt")
    store.close()

    again = open_store(data_dir, key=workstation_store_key(data_dir))
    try:
        assert again.settings.get_setting("probe") == "gemt"
    finally:
        again.close()

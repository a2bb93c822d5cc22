"""One checksum over the synced rows of some streams: equal on both sides means equal data.

The server and a workstation compute it the same way (same columns, same
encoding, rows sorted by table and key), so a test — or a support person — can
tell at a glance whether a drained workstation holds exactly the server's data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from sqlalchemy import Connection, select

from shared_store.sync.tables import SYNCED, encode_row, row_key


def synced_rows(conn: Connection, streams: Iterable[str]) -> list[tuple[str, str, str]]:
    """(table, key, canonical JSON) of every synced row in the streams, sorted."""
    wanted = set(streams)
    out: list[tuple[str, str, str]] = []
    for spec in SYNCED.values():
        for mapping in conn.execute(select(*spec.wire_columns)).mappings():
            row = dict(mapping)
            if spec.stream(row) not in wanted:
                continue
            text = json.dumps(encode_row(spec, row), sort_keys=True, ensure_ascii=False)
            out.append((spec.name, row_key(spec, row), text))
    out.sort()
    return out


def checksum(conn: Connection, streams: Iterable[str]) -> str:
    digest = hashlib.sha256()
    count = 0
    for table, key, text in synced_rows(conn, streams):
        digest.update(f"{table}\x1f{key}\x1f{text}\x1e".encode())
        count += 1
    return f"{count}:{digest.hexdigest()[:32]}"

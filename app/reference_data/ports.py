"""What reference data needs from storage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from app.reference_data.model import Kind, ReferenceVersion


class ReferenceVersionRepository(Protocol):
    def versions(self, kind: Kind) -> Sequence[ReferenceVersion]: ...
    def add(self, version: ReferenceVersion) -> None: ...

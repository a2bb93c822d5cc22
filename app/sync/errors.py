"""The sync client's base error, apart from the client: whoever shows a failure can know it
without loading the HTTP stack."""

from __future__ import annotations


class SyncError(Exception):
    def __init__(self, message_da: str, code: str = "") -> None:
        super().__init__(message_da)
        self.message_da = message_da
        self.code = code

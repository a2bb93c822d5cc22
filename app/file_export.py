"""Writing a file the user asked for: atomically, with the reason in Danish when it fails.

Used by the statistics export and the audit-trail export.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from app.errors import KnownError


class ExportError(KnownError):
    """The file could not be written where the user asked (the message says where and why)."""


_REASONS = {  # the OS says why in English; the user reads Danish
    errno.ENOENT: "mappen findes ikke",
    errno.EACCES: "du har ikke lov til at skrive der",
    errno.EPERM: "du har ikke lov til at skrive der",
    errno.EROFS: "drevet er skrivebeskyttet",
    errno.ENOSPC: "der er ikke plads på drevet",
    errno.EISDIR: "der ligger en mappe med det navn",
}


def reason_da(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, "filen kunne ikke skrives")


def write_atomically(path: Path, data: bytes, *, what: str, mode: int) -> Path:
    """`what` names the content in Danish ("Statistikken"); `mode` the file's permissions
    (mkstemp makes 0600; colleagues may need to read it, or may not)."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".skranke-", suffix=".tmp")
    except OSError as exc:
        raise ExportError(
            "{what} kunne ikke gemmes i mappen {parent}: {exc}.",
            what=what,
            parent=path.parent,
            exc=reason_da(exc),
        ) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(
            "{what} kunne ikke gemmes som {path}: {exc}.", what=what, path=path, exc=reason_da(exc)
        ) from exc
    return path

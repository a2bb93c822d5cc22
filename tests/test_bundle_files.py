"""What build_installer.spec puts into skranke.exe besides the program: the Windows version
resource (scripts/bundle_version.py, from pyproject.toml) and the icon (scripts/make_icon.py).

PyInstaller reads both only on Windows; these tests check them on any platform. The
bundle itself is built and started by scripts/build_bundle.py and scripts/smoke_bundle.py
(a step of test.sh)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bundle_version  # noqa: E402


def _parse(text: str) -> dict[str, Any]:
    """Evaluate the version file as PyInstaller does, with recorders for its classes
    (PyInstaller's own need pefile, which is installed on Windows only)."""
    found: dict[str, Any] = {"strings": {}}

    def fixed(**kwargs: Any) -> dict[str, Any]:
        found["fixed"] = kwargs
        return kwargs

    def string_struct(name: str, value: str) -> None:
        found["strings"][name] = value

    def keep(*args: Any, **kwargs: Any) -> tuple[Any, ...]:
        return args

    names = {
        "VSVersionInfo": keep,
        "FixedFileInfo": fixed,
        "StringFileInfo": keep,
        "StringTable": keep,
        "StringStruct": string_struct,
        "VarFileInfo": keep,
        "VarStruct": keep,
    }
    eval(text, names)  # noqa: S307 - our own generated file, as PyInstaller reads it
    return found


def test_version_resource_carries_the_projects_version(tmp_path: Path) -> None:
    version = bundle_version.project_version()
    path = bundle_version.write_version_file(tmp_path / "skranke-version.txt")
    parsed = _parse(path.read_text(encoding="utf-8"))
    four = bundle_version.version_tuple(version)
    assert parsed["fixed"]["filevers"] == four == parsed["fixed"]["prodvers"]
    assert parsed["strings"]["ProductVersion"] == version
    assert parsed["strings"]["FileVersion"] == ".".join(map(str, four))
    assert parsed["strings"]["OriginalFilename"] == "skranke.exe"


@pytest.mark.parametrize(
    ("version", "four"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.3.4rc1", (2, 3, 4, 0)),
     ("1.0.0+local.7", (1, 0, 0, 0)), ("1.2.3.4.5", (1, 2, 3, 4))],
)  # fmt: skip
def test_windows_version_is_four_numbers(version: str, four: tuple[int, ...]) -> None:
    assert bundle_version.version_tuple(version) == four


def test_a_version_part_beyond_16_bits_is_refused() -> None:
    with pytest.raises(ValueError, match="65535"):
        bundle_version.version_tuple("2026.70000")


def test_icon_holds_every_size_windows_asks_for() -> None:
    data = (ROOT / "resources" / "icons" / "skranke.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)  # an icon, not a cursor
    sizes = set()
    for index in range(count):
        width, height, _c, _r, _p, _b, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height
        sizes.add(width or 256)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
    assert {16, 32, 48, 256} <= sizes

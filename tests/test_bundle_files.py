"""What build_installer.spec puts into skranke.exe besides the program: the Windows version
resource (scripts/bundle_version.py, from pyproject.toml) and the icon (scripts/make_icon.py);
and the Linux bundle's two steps of scripts/bundle_linux.py: ICU's data cut to what Qt
Core uses, and the libraries only left-out parts needed.

PyInstaller reads the version and icon only on Windows; these tests check them on any
platform. The bundle itself is built and started by scripts/build_bundle.py and
scripts/smoke_bundle.py (a step of test.sh)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bundle_linux  # noqa: E402
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


def _common_data(items: list[tuple[str, bytes]]) -> bytes:
    """A little ICU common-data file: a 32-byte header ("CmnD"), then the items."""
    info = struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD" + bytes(8)  # UDataInfo
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + info
    return bundle_linux.write_items(header + bytes(32 - len(header)), items)


def _code_page(bytes_per_char: int) -> bytes:
    """A code-page table's start: a 16-byte header, then its static data (96 bytes)."""
    static = struct.pack("<i60sibbbb", 100, b"test", 1252, 0, 0, 1, bytes_per_char)
    return struct.pack("<HBB", 16, 0xDA, 0x27) + bytes(12) + static + bytes(8)


@pytest.mark.parametrize(
    ("name", "kept"),
    [("root.res", True), ("da.res", True), ("da_DK.res", True), ("en_150.res", True),
     ("coll/da.res", True), ("coll/ucadata.icu", True), ("zone/en_GB.res", True),
     ("pool.res", True), ("coll/res_index.res", True), ("zoneinfo64.res", True),
     ("supplementalData.res", True), ("metaZones.res", True), ("unames.icu", True),
     ("af.res", False), ("sv_SE.res", False), ("coll/de__PHONEBOOK.res", False),
     ("zone/ja.res", False), ("sr_Latn_BA.res", False), ("brkitr/word.brk", False),
     ("brkitr/cjdict.dict", False), ("rbnf/da.res", False), ("translit/root.res", False)],
)  # fmt: skip
def test_icu_keeps_danish_english_root_and_what_belongs_to_no_locale(name: str, kept: bool) -> None:
    assert bundle_linux.keep_item(name) is kept


def test_icu_common_data_keeps_its_items_intact() -> None:
    items = [
        # items of 16-byte multiples: an item read back runs to the next one's start
        ("icudt73l/af.res", b"af" * 8),
        ("icudt73l/brkitr/word.brk", b"w" * 48),
        ("icudt73l/coll/da.res", b"danish collation"),
        ("icudt73l/da.res", b"da" * 16),
        ("icudt73l/gb18030.cnv", _code_page(4)),
        ("icudt73l/ibm-865_P100-1995.cnv", _code_page(1)),
        ("icudt73l/root.res", b"r" * 16),
    ]
    data = _common_data(items)
    assert bundle_linux.read_items(data)[1] == items
    trimmed, kept, dropped = bundle_linux.trim(data)
    assert (kept, dropped) == (4, 3)
    header, left = bundle_linux.read_items(trimmed)
    assert left == [items[2], items[3], items[5], items[6]]
    assert header == data[:32]
    toc = struct.unpack_from(f"<I{2 * len(left)}I", trimmed, 32)
    assert all((32 + offset) % 16 == 0 for offset in toc[2::2])  # items at 16-byte bounds


def test_icu_refuses_what_is_not_common_data() -> None:
    with pytest.raises(bundle_linux.IcuDataError):
        bundle_linux.read_items(b"\x7fELF" + bytes(60))


def test_only_what_left_out_parts_needed_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    needs = {
        "theme.so": ["libgtk.so", "libQtCore.so"],
        "libgtk.so": ["libcairo.so", "libglib.so"],
        "printing.so": ["libcups.so", "libglib.so"],
        "libcups.so": [],
        "libcairo.so": [],
        "libglib.so": [],
        "libQtCore.so": [],
        "libusb.so": [],  # found by ctypes, needed by no one: stays
    }
    monkeypatch.setattr(bundle_linux, "needed", lambda path: needs[path.name])
    collected = [
        ("PySide6/plugins/theme.so", "/x/theme.so", "BINARY"),
        ("PySide6/plugins/printing.so", "/x/printing.so", "BINARY"),
        ("PySide6/lib/libQtCore.so", "/x/libQtCore.so", "BINARY"),
    ] + [(name, f"/lib/{name}", "BINARY") for name in needs if name.startswith("lib")]
    kept = [entry for entry in collected if "theme" not in entry[0]]
    assert bundle_linux.orphans(collected, kept) == {"libgtk.so", "libcairo.so"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries: Linux")
def test_needed_reads_an_elf_files_libraries() -> None:
    python = Path(sys.executable).resolve()
    assert any(name.startswith("libc.so") for name in bundle_linux.needed(python)) or (
        bundle_linux.needed(python) == []  # a statically linked interpreter needs nothing
    )
    assert bundle_linux.needed(ROOT / "pyproject.toml") == []

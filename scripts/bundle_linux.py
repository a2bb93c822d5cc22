"""Two steps of the Linux desk bundle (build_installer.spec): ICU's data cut to what Qt
Core asks of it, and the libraries only left-out parts needed.

**ICU.**
PySide6's Linux wheels carry ICU 73, and its data library `libicudata.so.73` is 32 MB:
the data of some 860 locales, break-iterator dictionaries, transliterators and
190 code-page tables. Qt Core is ICU's only user in the bundle, and it calls four
parts of ICU (`nm -D --undefined-only libQt6Core.so.6`): code-page converters
(`ucnv_*`, for `QStringConverter` with a codec name Qt has no converter of its own for),
collation (`ucol_*`, `QCollator`), time-zone ids and names (`ucal_*`, `QTimeZone`)
and case mapping (`u_strToUpper` / `u_strToLower`, whose tables are compiled into
`libicuuc`). So the bundle's `libicudata.so.73` keeps:

- every item that belongs to no locale (the root collation table `coll/ucadata.icu`,
  the time-zone database, likely subtags, plural rules, normalisation …);
- the locale items of the root locale, Danish (`da*`) and English (`en*`, with `en_001`
  and `en_150`, the parents of `en_DK` and `en_GB`) in every tree;
- the single-byte code pages (Western and Nordic ones among them), and the algorithmic
  converters that live in `libicuuc` (UTF-8/16/32, Latin-1, ASCII …);

and leaves out the other locales, the multi-byte (East Asian) code-page tables, and
the break-iterator, number-spell-out and transliteration trees (`brkitr/`, `rbnf/`,
`translit/`), which Qt never opens. A locale left out falls back to the root locale,
as ICU does for any locale it has no data for.

The data library is ICU's "common data" file (`icudt73l.dat`) in a read-only section
under the symbol `icudt73_dat`. This module reads it out of the wheel's library, writes
a common-data file with fewer items (the same format: header, table of contents, items
at 16-byte boundaries), and links it into a new `libicudata.so.73` with the C compiler
(`cc`: the assembler's `.incbin`). Without a C compiler the bundle keeps the full
library and the build says so.

**Libraries of left-out parts.** PyInstaller collects the libraries every collected
binary needs (ELF `DT_NEEDED`) from the build machine, before the spec drops plugins
and libraries the desk never loads. What only those dropped binaries needed — GTK and
its libraries for Qt's GTK theme plugin, when the build machine has GTK — goes too
(`orphans`); a library any kept binary needs, directly or through another, stays.

    python scripts/bundle_linux.py LIBICUDATA OUT_DIR   # writes OUT_DIR/libicudata.so.NN
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

KEEP_LANGUAGES = ("da", "en")
UNUSED_TREES = ("brkitr", "rbnf", "translit")
_LOCALE = re.compile(r"^(root|[a-z]{2,3}(_.*)?)$")  # af, af_NA, sr_Latn_BA, de_ (aliases) …
_NOT_LOCALES = ("res_index", "pool")  # every tree's index and shared string pool
_MAGIC = b"\xda\x27"
_ALIGN = 16
Entry = tuple[str, str, str]  # PyInstaller's binaries: (name in the bundle, source, kind)


class IcuDataError(Exception):
    pass


def keep_item(name: str) -> bool:
    """Whether the bundle keeps the item `name` (`coll/da.res`, `ibm-1252_P100-2000.cnv` …;
    package prefix removed). Converters are judged by `keep_converter`."""
    tree, _, base = name.rpartition("/")
    if tree.split("/", 1)[0] in UNUSED_TREES:
        return False
    stem, _, suffix = base.rpartition(".")
    if suffix == "res" and stem not in _NOT_LOCALES and _LOCALE.match(stem):
        return stem == "root" or stem.split("_", 1)[0] in KEEP_LANGUAGES
    return True


def keep_converter(item: bytes) -> bool:
    """A code-page table (`.cnv`) is kept when its code page has one byte per character.
    The table's static data follows its header: size, name[60], code page, platform,
    conversion type, min and max bytes per character."""
    header_size = struct.unpack_from("<H", item, 0)[0]
    max_bytes: int = struct.unpack_from("<b", item, header_size + 4 + 60 + 4 + 3)[0]
    return max_bytes == 1


def read_items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common-data file (little-endian)."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != _MAGIC or data[12:16] != b"CmnD":
        raise IcuDataError("not an ICU common-data file")
    if data[8] != 0:  # UDataInfo.isBigEndian
        raise IcuDataError("big-endian ICU data")
    toc = header_size
    count = struct.unpack_from("<I", data, toc)[0]
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(entries):
        end_name = data.index(b"\0", toc + name_at)
        name = data[toc + name_at : end_name].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(data) - toc
        items.append((name, data[toc + data_at : toc + end]))
    return data[:header_size], items


def write_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common-data file with `items`, in the given (sorted) order: ICU finds an item
    by a binary search of the names."""
    count = len(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_at = 4 + 8 * count
    data_at = _aligned(names_at + len(names))
    toc = bytearray(struct.pack("<I", count))
    body = bytearray()
    name_offset = names_at
    for name, item in items:
        toc += struct.pack("<II", name_offset, data_at + len(body))
        name_offset += len(name) + 1
        body += item + b"\0" * (_aligned(len(item)) - len(item))
    toc += names + b"\0" * (data_at - names_at - len(names))
    return bytes(header) + bytes(toc) + bytes(body)


def _aligned(size: int) -> int:
    return (size + _ALIGN - 1) // _ALIGN * _ALIGN


def trim(data: bytes, keep: Callable[[str], bool] = keep_item) -> tuple[bytes, int, int]:
    """The common data with only the items the bundle keeps: (data, kept, dropped)."""
    header, items = read_items(data)
    kept = []
    for name, item in items:
        short = name.split("/", 1)[1]
        if keep(short) and (not short.endswith(".cnv") or keep_converter(item)):
            kept.append((name, item))
    return write_items(header, kept), len(kept), len(items) - len(kept)


def _section(library: bytes, wanted: str) -> bytes:
    """The contents of one section of a 64-bit little-endian ELF file."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise IcuDataError("not a 64-bit little-endian ELF library")
    shoff = struct.unpack_from("<Q", library, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", library, 0x3A)
    headers = [struct.unpack_from("<IIQQQQ", library, shoff + i * shentsize) for i in range(shnum)]
    strtab_at = headers[shstrndx][4]
    for name_at, _kind, _flags, _addr, offset, size in headers:
        end = library.index(b"\0", strtab_at + name_at)
        if library[strtab_at + name_at : end].decode() == wanted:
            return library[offset : offset + size]
    raise IcuDataError(f"no {wanted} section")


def needed(path: Path) -> list[str]:
    """The libraries an ELF file names as needed (`DT_NEEDED`); [] for anything else."""
    try:
        data = path.read_bytes()
        dynamic, names = _section(data, ".dynamic"), _section(data, ".dynstr")
    except (OSError, IcuDataError):
        return []
    found = []
    for at in range(0, len(dynamic) - 15, 16):
        tag, value = struct.unpack_from("<qQ", dynamic, at)
        if tag == 0:  # DT_NULL
            break
        if tag == 1:  # DT_NEEDED
            found.append(names[value : names.index(b"\0", value)].decode())
    return found


def orphans(collected: list[Entry], kept: list[Entry]) -> set[str]:
    """Names (`libgtk-3.so.0` …) of the libraries in the bundle's top folder that only
    binaries left out need: `collected` is PyInstaller's binaries list (dest, source,
    kind) before the spec's filter, `kept` after it."""
    graph: dict[str, set[str]] = {}
    for dest, source, kind in collected:
        if kind != "SYMLINK":
            graph.setdefault(Path(dest).name, set()).update(needed(Path(source)))

    def reach(entries: list[Entry]) -> set[str]:
        seen: set[str] = set()
        todo = [Path(dest).name for dest, _source, _kind in entries]
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(graph.get(name, ()))
        return seen

    kept_names = {dest for dest, _source, _kind in kept}
    dropped = [entry for entry in collected if entry[0] not in kept_names]
    # What is loaded by its own path, not as another's need: Python's extension modules,
    # libpython (the bootloader opens it), Qt's libraries and plugins, Pillow's libraries.
    roots = [
        (dest, source, kind)
        for dest, source, kind in kept
        if "/" in dest or kind == "EXTENSION" or dest.startswith("libpython")
    ]
    top_level = {dest for dest, _source, _kind in collected if "/" not in dest}
    return (reach(dropped) - reach(roots)) & top_level


def build_library(source: Path, out_dir: Path) -> Path | None:
    """A smaller `libicudata.so.NN` in `out_dir` from the wheel's `source`; None (with a
    line on standard error) when there is no C compiler to link it."""
    version = re.fullmatch(r"libicudata\.so\.(\d+)", source.name)
    if version is None:
        raise IcuDataError(f"not an ICU data library: {source.name}")
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        print(f"no C compiler: the bundle keeps the full {source.name}", file=sys.stderr)
        return None
    data = _section(source.read_bytes(), ".rodata")
    package = f"icudt{version.group(1)}l/"
    if not read_items(data)[1][0][0].startswith(package):
        raise IcuDataError(f"{source.name} does not hold the package {package}")
    trimmed, kept, dropped = trim(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "icudata.dat").write_bytes(trimmed)
    symbol = f"icudt{version.group(1)}_dat"
    (out_dir / "icudata.S").write_text(
        f"\t.section .rodata\n\t.balign 16\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
        f'{symbol}:\n\t.incbin "icudata.dat"\n\t.size {symbol}, .-{symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    target = out_dir / source.name
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-Wl,-z,noexecstack",
         "-o", str(target), "icudata.S"],
        cwd=out_dir,
        check=True,
    )  # fmt: skip
    print(
        f"{source.name}: {kept} ICU data items kept, {dropped} left out "
        f"({len(data) / 1e6:.1f} → {len(trimmed) / 1e6:.1f} MB)",
        flush=True,
    )
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.rsplit("\n\n", 1)[-1].strip())
    built = build_library(Path(sys.argv[1]), Path(sys.argv[2]))
    sys.exit(0 if built else 1)

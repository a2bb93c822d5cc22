"""The Windows version resource of skranke.exe, made from pyproject.toml's version.

build_installer.spec calls `write_version_file` and hands the file to PyInstaller's
EXE(version=...), so Explorer's *Properties → Details* shows the version the package
was built from. PyInstaller ignores the resource on Linux (with a warning); the file
is written on every platform so it can be checked anywhere (tests/build/).

Usage: python3 scripts/bundle_version.py [OUT]   (default build/skranke-version.txt)
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPANY = "Jobcenter København"
PRODUCT = "Skranke"
DESCRIPTION = "Skranke – modtagelsen i Jobcenter København"


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    with pyproject.open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """`0.1.0` → (0, 1, 0, 0); a pre-release or local suffix (`1.2.0rc1`, `+abc`) is
    dropped: a Windows version is four 16-bit numbers."""
    release = re.match(r"^\d+(?:\.\d+)*", version)
    if release is None:
        raise ValueError(f"not a release version: {version!r}")
    numbers = [int(part) for part in release.group(0).split(".")][:4]
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"a Windows version part is at most 65535: {version!r}")
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_text(version: str) -> str:
    """The resource in PyInstaller's version-file syntax (the repr of a VSVersionInfo)."""
    four = version_tuple(version)
    dotted = ".".join(map(str, four))
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": dotted,
        "InternalName": "skranke",
        "LegalCopyright": f"© {COMPANY}",
        "OriginalFilename": "skranke.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({name!r}, {value!r})" for name, value in strings.items()
    )
    return f"""# UTF-8
# The Windows version resource of skranke.exe; written by scripts/bundle_version.py
# from pyproject.toml (version {version}). Do not edit: it is made on every build.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={four!r},
    prodvers={four!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040604b0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0406, 1200])])
  ]
)
"""


def write_version_file(out: Path, version: str | None = None) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(version_text(version or project_version()), encoding="utf-8")
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "skranke-version.txt"
    print(write_version_file(target))

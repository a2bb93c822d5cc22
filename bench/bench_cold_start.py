"""Start-up of the desk as shipped: the PyInstaller bundle beside the desk from the venv
and a bare QApplication window, on the same encrypted store.

    python3 scripts/build_bundle.py                        # dist/skranke/ first
    python3 bench/bench_cold_start.py                      # 1,000,000 citizens, 5 runs
    python3 bench/bench_cold_start.py --citizens 20000 --runs 3

Every start is a fresh process, timed as bench/startup.py times it: from the spawn to the
`interactive_ms=` line on its stdout (the sign-in page takes keys; the bare window when
its line edit has focus). The three commands start in turns, after one unmeasured round
(in which the venv desk encrypts the copy of the bench store). The store is the one
bench/bench_store.py builds and caches in bench/out/store-<N>/. See bench/README.md
("Start-up of the bundle").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE), str(ROOT / "scripts")]

import bench_store  # noqa: E402
import startup  # noqa: E402
from build_bundle import folder_size  # noqa: E402

SOURCES = ("app", "ui", "local_cache", "shared_store", "resources")


def bundle_executable(bundle: Path) -> Path | None:
    for name in ("skranke.exe", "skranke"):
        if (bundle / name).is_file():
            return bundle / name
    return None


def newer_sources(exe: Path) -> list[Path]:
    """Source files changed after the bundle was built: its figures would not be theirs."""
    built = exe.stat().st_mtime
    return [
        path
        for folder in SOURCES
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.stat().st_mtime > built
    ]


def bundle_command(exe: Path, data_dir: Path, key_dir: Path) -> startup.Command:
    return startup.Command(
        "desk (bundle)",
        [str(exe), "--data-dir", str(data_dir), "--benchmark-startup"],
        {startup.KEY_DIR_ENV: str(key_dir)},
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--citizens", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "skranke")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="where stores are cached")
    args = parser.parse_args(argv)
    exe = bundle_executable(args.bundle)
    if exe is None:
        print(f"no bundle in {args.bundle}: python3 scripts/build_bundle.py", file=sys.stderr)
        return 2
    stale = newer_sources(exe)
    if stale:
        print(
            f"the bundle is older than {len(stale)} source file(s), e.g. "
            f"{stale[0].relative_to(ROOT)}: rebuild it (python3 scripts/build_bundle.py)",
            file=sys.stderr,
        )
        return 2

    out = args.out / f"store-{args.citizens}"
    print(
        f"Skranke start-up, bundle beside venv — {args.citizens:,} citizens, encrypted store, "
        f"{args.runs} runs"
    )
    print(f"  bundle {args.bundle}: {folder_size(args.bundle) / 1e6:.0f} MB")
    bench_store.cached_store(out, args.citizens, args.seed)
    bare = startup.bare_window_command()
    with startup.encrypted_copy(out) as (copy, keys):
        commands = [bare, startup.desk_command(copy, keys), bundle_command(exe, copy, keys)]
        results = startup.measure_in_turns(commands, args.runs)
    startup.report(results, bare.label)
    venv, bundled = results["desk (venv)"], results["desk (bundle)"]
    if venv.wall_ms and bundled.wall_ms:
        ratio = startup.p50(bundled.wall_ms) / startup.p50(venv.wall_ms)
        print(f"\n  bundle / venv, spawn → sign-in page takes keys (p50): {ratio:.2f}")
    return 1 if venv.failure or bundled.failure else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The catalogue of messages the desk shows from app/ and below, for the translation.

`KnownError`s carry a Danish template (app/errors.py) and `ui/failures.py` translates it
in the context «Fejl». lupdate reads only ui/, so this script collects, from the source
of app/, shared_store/, local_cache/, server/ and ui/:

* the template (first argument) of every call to a `KnownError` class, and of
  `super().__init__(…)` inside one;
* module-level Danish constants named `*_MESSAGE` or `*_DA`;
* `Phrase("…")` and `Fragment("…", …)` literals, and the label argument of app/commands/args.py's readers
  (`a.text(args, "note", "Bemærkningen")`), which are put into templates;
* the Danish reason of the server's `ApiError`s and `"message_da": "…"` entries.

and writes them as `QT_TRANSLATE_NOOP("Fejl", …)` lines to ui/_error_catalogue_tr.py,
which lupdate reads with the rest of ui/.

Usage: python3 scripts/error_catalogue.py [--check]
  --check: write nothing; exit 1 when the file is out of date or a `KnownError` is
  given a message that cannot be collected (an f-string, a `+`, a `%`). Without it
  such messages are reported and left out (they stay Danish).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "shared_store", "local_cache", "server", "ui")
OUTPUT = ROOT / "ui" / "_error_catalogue_tr.py"
CONTEXT = "Fejl"

# readers whose argument at this position is a label put into a message
LABEL_AT = {
    "text": 2,
    "integer": 2,
    "date": 2,
    "moment": 2,
    "choice": 2,
    "bool_arg": 2,
    "staff_known": 3,
}


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts or path == OUTPUT:
                continue
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def known_error_classes(trees: list[tuple[Path, ast.Module]]) -> set[str]:
    """KnownError and every class that derives from it, by name, across the packages."""
    known = {"KnownError"}
    classes = [
        (node.name, {_name(b) for b in node.bases})
        for _, tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]
    grew = True
    while grew:
        grew = False
        for name, bases in classes:
            if name not in known and bases & known:
                known.add(name)
                grew = True
    return known


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def collect() -> tuple[list[str], list[str]]:
    """(the messages in the order first met, the problems: uncollectable messages)."""
    trees = list(_sources())
    errors = known_error_classes(trees)
    found: dict[str, None] = {}
    problems: list[str] = []

    def add(text: str | None) -> None:
        if text and text.strip():
            found.setdefault(text, None)

    for path, tree in trees:
        where = path.relative_to(ROOT)
        for node in tree.body:  # module-level constants
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = _name(node.targets[0])
                if target.endswith(("_MESSAGE", "_DA")):
                    add(_literal(node.value))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            if cls.name not in errors:
                continue
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                if (
                    isinstance(func, ast.Attribute)
                    and func.attr == "__init__"
                    and isinstance(func.value, ast.Call)
                    and _name(func.value.func) == "super"
                    and call.args
                ):
                    first = call.args[0]
                    if isinstance(first, ast.JoinedStr | ast.BinOp):
                        problems.append(f"{where}:{call.lineno}: super().__init__ builds its text")
                    add(_literal(first))
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = _name(call.func)
            if name in errors and call.args:
                first = call.args[0]
                if isinstance(first, ast.JoinedStr | ast.BinOp):
                    problems.append(
                        f"{where}:{call.lineno}: {name} is given a built text, not a template"
                    )
                add(_literal(first))
            elif name in ("Phrase", "Fragment") and call.args:
                add(_literal(call.args[0]))
            elif name in LABEL_AT and len(call.args) > LABEL_AT[name]:
                add(_literal(call.args[LABEL_AT[name]]))
            elif name == "ApiError" and len(call.args) > 2:
                add(_literal(call.args[2]))
            for keyword in call.keywords:
                if keyword.arg == "label" and name in LABEL_AT:
                    add(_literal(keyword.value))
        for dict_node in (n for n in ast.walk(tree) if isinstance(n, ast.Dict)):
            for key, value in zip(dict_node.keys, dict_node.values, strict=True):
                if key is not None and _literal(key) == "message_da":
                    add(_literal(value))
    return list(found), problems


def render(messages: list[str]) -> str:
    lines = [
        '"""Generated by scripts/error_catalogue.py: the messages of app/ and below, for',
        'lupdate (context «Fejl»). Do not edit; run scripts/update_translations.sh."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "# fmt: off",
        "MESSAGES = (",
        *(f'    QT_TRANSLATE_NOOP("{CONTEXT}", {_quoted(m)}),' for m in messages),
        ")",
        "# fmt: on",
        "",
    ]
    return "\n".join(lines)


def _quoted(text: str) -> str:
    # double quotes always (lupdate's Python parser reads those most reliably)
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{body}"'


def main(argv: list[str]) -> int:
    messages, problems = collect()
    for problem in problems:
        print(problem, file=sys.stderr)
    text = render(messages)
    if "--check" in argv:
        stale = not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text
        if stale:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date", file=sys.stderr)
        return 1 if stale or problems else 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"error_catalogue.py: {len(messages)} messages, {len(problems)} not collectable")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

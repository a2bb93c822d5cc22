"""The English translation is complete and current.

Fails on a message that is unfinished, missing from the shipped .ts (a new tr() not
yet extracted), or vanished (a source text no longer in ui/), on placeholders that
differ between the Danish and the English text, on a .qm older than its .ts, on a
catalogue of app/'s messages (ui/_error_catalogue_tr.py) that is out of date, and on a
translate() call lupdate cannot read. scripts/update_translations.sh fixes all but the
missing English: add it to scripts/english.py and run the script.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "skranke_en.ts"
QM = ROOT / "resources" / "translations" / "skranke_en.qm"
FIX = "run scripts/update_translations.sh (and add the English to scripts/english.py)"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <message> element."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in ui/ now, with the same arguments as update_translations.sh."""
    ts = tmp_path_factory.mktemp("lupdate") / "skranke_en.ts"
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *_ui_sources(),
            "-source-language",
            "da_DK",
            "-target-language",
            "en_GB",
            "-no-obsolete",
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return _messages(ts)


@pytest.fixture(scope="module")
def shipped() -> dict[tuple[str, str], ET.Element]:
    return _messages(TS)


def _shown(keys: Iterable[tuple[str, str]]) -> str:
    return "\n".join(f"  {context}: {source!r}" for context, source in sorted(keys))


def test_no_message_is_missing_from_the_shipped_translation(
    extracted: dict[tuple[str, str], ET.Element], shipped: dict[tuple[str, str], ET.Element]
) -> None:
    missing = extracted.keys() - shipped.keys()
    assert not missing, f"texts in ui/ not in {TS.name} ({FIX}):\n{_shown(missing)}"


def test_no_message_in_the_translation_has_vanished_from_the_source(
    extracted: dict[tuple[str, str], ET.Element], shipped: dict[tuple[str, str], ET.Element]
) -> None:
    vanished = shipped.keys() - extracted.keys()
    assert not vanished, f"texts in {TS.name} no longer in ui/ ({FIX}):\n{_shown(vanished)}"


def test_every_message_has_a_finished_english_translation(
    shipped: dict[tuple[str, str], ET.Element],
) -> None:
    unfinished = {
        key
        for key, message in shipped.items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    }
    assert not unfinished, f"{len(unfinished)} texts without English ({FIX}):\n{_shown(unfinished)}"


_PLACEHOLDER = re.compile(r"%\d|\{[^{}]*\}")


def test_placeholders_match_between_danish_and_english(
    shipped: dict[tuple[str, str], ET.Element],
) -> None:
    wrong = []
    for (context, source), message in shipped.items():
        english = message.findtext("translation") or ""
        if english and sorted(_PLACEHOLDER.findall(source)) != sorted(
            _PLACEHOLDER.findall(english)
        ):
            wrong.append(f"  {context}: {source!r} → {english!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_the_qm_is_compiled_from_the_shipped_ts(tmp_path: Path) -> None:
    qm = tmp_path / "skranke_en.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == QM.read_bytes(), f"{QM.name} is older than {TS.name}: {FIX}"


def test_the_catalogue_of_app_messages_is_current_and_complete() -> None:
    """Every KnownError's template is a literal the catalogue can collect, and
    ui/_error_catalogue_tr.py holds exactly what scripts/error_catalogue.py collects."""
    result = subprocess.run(
        [sys.executable, "scripts/error_catalogue.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_every_translate_call_names_its_context_literally() -> None:
    """lupdate reads only literal contexts: QCoreApplication.translate(_CONTEXT, "…")
    would never reach the .ts. Looking up a variable text (marked with a literal
    QT_TRANSLATE_NOOP elsewhere) under a variable context is fine."""
    hidden = []
    for name in _ui_sources():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            func = call.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if isinstance(func, ast.Name) and called == "tr" and len(call.args) > 1:
                # `tr = QCoreApplication.translate; tr("Ctx", "tekst")`: lupdate reads it
                # as self.tr("Ctx") with "tekst" as the disambiguation
                hidden.append(f"  {name}:{call.lineno} (an alias named tr)")
                continue
            if called not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            context, text = call.args[0], call.args[1] if len(call.args) > 1 else None
            literal_text = isinstance(text, ast.Constant) and isinstance(text.value, str)
            literal_context = isinstance(context, ast.Constant) and isinstance(context.value, str)
            if literal_text and not literal_context:
                hidden.append(f"  {name}:{call.lineno}")
    assert not hidden, "translate() with a context lupdate cannot read:\n" + "\n".join(hidden)

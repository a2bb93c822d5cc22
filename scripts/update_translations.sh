#!/usr/bin/env bash
# Re-extracts every tr() string from ui/ into the English .ts, with the catalogue of
# app/'s messages (scripts/error_catalogue.py writes ui/_error_catalogue_tr.py, which
# lupdate reads like the rest of ui/), fills what scripts/english.py knows, and
# compiles the .qm the app loads with --lang en.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=resources/translations/skranke_en.ts
python3 scripts/error_catalogue.py
pyside6-lupdate $(find ui -name '*.py' | sort) -source-language da_DK -target-language en_GB -no-obsolete -ts "$ts"
python3 scripts/english.py "$ts"
pyside6-lrelease "$ts" -qm resources/translations/skranke_en.qm
# Qt's own texts its Danish translation leaves in English (ui/i18n.py loads it after Qt's).
pyside6-lrelease resources/translations/qt_da_extra.ts -qm resources/translations/qt_da_extra.qm

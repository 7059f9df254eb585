"""Fill the catalogues after `make messages`: Indonesian from a JSON file, English = msgid.

    .venv/bin/python scripts/translate.py new-strings.json

The JSON maps each English msgid to its Indonesian text (plural entries: a list of forms).
English entries are filled with their msgid. Fuzzy flags are cleared. Prints what is still
missing in Indonesian, and exits 1 if anything is.
"""

import json
import sys
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def fill(translations: dict) -> list[str]:
    missing = []
    for language in ("id", "en"):
        path = LOCALE / language / "LC_MESSAGES" / "django.po"
        catalogue = polib.pofile(str(path), wrapwidth=79)
        for entry in catalogue:
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
                entry.msgstr = ""
                entry.msgstr_plural = {k: "" for k in entry.msgstr_plural}
            if language == "en":
                if entry.msgid_plural:
                    entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                else:
                    entry.msgstr = entry.msgid
                continue
            given = translations.get(entry.msgid)
            if entry.msgid_plural:
                if given:
                    forms = given if isinstance(given, list) else [given]
                    entry.msgstr_plural = dict(enumerate(forms[:1]))
                if not entry.msgstr_plural.get(0):
                    missing.append(entry.msgid)
            else:
                if given:
                    entry.msgstr = given
                if not entry.msgstr:
                    missing.append(entry.msgid)
        catalogue.save(str(path))
    return missing


if __name__ == "__main__":
    source = json.loads(Path(sys.argv[1]).read_text()) if len(sys.argv) > 1 else {}
    missing = fill(source)
    for msgid in missing:
        print(f"missing in id: {msgid!r}")
    sys.exit(1 if missing else 0)

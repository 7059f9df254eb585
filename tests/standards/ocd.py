"""The Open Civic Data event schema as Open States validates scraped events.

The schema itself is vendored in tests/standards/vendor/openstates/ (see its README): the
`openstates` package cannot be installed next to this project (it pins Django 3.2).
"""

import datetime
import importlib.util
import sys
from pathlib import Path

import jsonschema
from jsonschema import Draft3Validator, FormatChecker

VENDOR = Path(__file__).resolve().parent / "vendor" / "openstates"


def _load_event_schema() -> dict:
    # event.py does `from .common import ...`: load both as one small package.
    name = "openstates_event_schema"
    if name not in sys.modules:
        package = importlib.util.module_from_spec(
            importlib.util.spec_from_loader(name, loader=None, is_package=True)
        )
        package.__path__ = [str(VENDOR)]
        sys.modules[name] = package
    for module in ("common", "event"):
        full = f"{name}.{module}"
        if full not in sys.modules:
            spec = importlib.util.spec_from_file_location(full, VENDOR / f"{module}.py")
            loaded = importlib.util.module_from_spec(spec)
            sys.modules[full] = loaded
            spec.loader.exec_module(loaded)
    return sys.modules[f"{name}.event"].schema


def event_errors(event: dict) -> list[str]:
    """Errors as openstates.scrape.base.BaseModel.validate reports them (Draft 3, with its
    "date" and "datetime" types; a string matching the fuzzy-date patterns passes too)."""
    checker = Draft3Validator.TYPE_CHECKER.redefine(
        "datetime", lambda _c, value: isinstance(value, datetime.datetime | datetime.date)
    ).redefine(
        "date",
        lambda _c, value: (
            isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
        ),
    )
    validator_class = jsonschema.validators.extend(Draft3Validator, type_checker=checker)
    validator = validator_class(_load_event_schema(), format_checker=FormatChecker())
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(event)
    ]

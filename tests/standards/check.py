"""Runs each standard's own validator over the live outputs of a running tracker and prints one
line per output and tool. Used by .ci/standards, which starts the server; exits 1 on any failure.

    python tests/standards/check.py BASE_URL CASES_JSON WORK_DIR REPORT_FILE
"""

import csv
import io
import json
import os
import re
import subprocess
import sys
import traceback
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.standards.dcat import catalog_errors, ckan_package  # noqa: E402
from tests.standards.ocd import event_errors  # noqa: E402

HERE = ROOT / "tests" / "standards"
NODE_MODULES = HERE / "node_modules"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
ATOM_RNC = HERE / "vendor" / "atom" / "atom.rnc"
ATOM = "{http://www.w3.org/2005/Atom}"
DATASETS = ["meetings", "agenda-items", "attendance", "commitments"]


class Checks:
    def __init__(self, base: str, work: Path):
        self.base = base.rstrip("/")
        self.work = work
        self.lines: list[str] = []
        self.failures = 0

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(self.base + path, timeout=60) as answer:
            if answer.status != 200:
                raise RuntimeError(f"HTTP {answer.status}")
            return answer.read()

    def save(self, path: str, suffix: str) -> Path:
        name = re.sub(r"[^A-Za-z0-9]+", "_", path).strip("_") or "home"
        file = self.work / f"{name}{suffix}"
        file.write_bytes(self.get(path))
        return file

    def record(self, kind: str, path: str, tool: str, errors: list[str]) -> None:
        status = "FAIL" if errors else "PASS"
        line = f"{status:<5} {kind:<9} {path:<44} {tool}"
        if errors:
            self.failures += 1
            shown = "; ".join(errors[:5]) + (
                f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""
            )
            line += f"\n      {shown}"
        self.lines.append(line)
        print(line, flush=True)

    def run(self, kind: str, path: str, tool: str, check) -> None:
        try:
            errors = check()
        except Exception as error:  # a crash of a check is a failure of that line
            errors = [f"{type(error).__name__}: {error}"]
            traceback.print_exc(file=sys.stderr)
        self.record(kind, path, tool, errors)


# --- Calendars -------------------------------------------------------------------------------


def icalendar_errors(data: bytes) -> list[str]:
    import icalendar

    calendar = icalendar.Calendar.from_ical(data)
    errors = [f"calendar without {key}" for key in ("VERSION", "PRODID") if key not in calendar]
    events = calendar.walk("VEVENT")
    for event in events:
        for key in ("UID", "DTSTAMP", "DTSTART"):
            if key not in event:
                errors.append(f"{event.get('UID', '?')}: no {key}")
        if "DTEND" in event and "DURATION" in event:
            errors.append(f"{event['UID']}: both DTEND and DURATION")
        # Every zone an event names must be in the file (RFC 5545 3.2.19).
        zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
        for key in ("DTSTART", "DTEND"):
            tzid = event[key].params.get("TZID") if key in event else None
            if tzid and tzid not in zones:
                errors.append(f"{event['UID']}: {key} in {tzid} without its VTIMEZONE")
    for component in calendar.walk():
        errors += [f"{component.name}: {e}" for e in getattr(component, "errors", [])]
    return errors


def check_calendars(checks: Checks, paths: list[str]) -> None:
    files = {}
    for path in paths:
        try:
            files[path] = checks.save(path, ".ics")
        except Exception as error:
            checks.record("calendar", path, "fetch", [str(error)])
    for path, file in files.items():
        checks.run(
            "calendar", path, "icalendar", lambda file=file: icalendar_errors(file.read_bytes())
        )
    answer = subprocess.run(
        ["node", str(HERE / "ical_check.mjs"), *map(str, files.values())],
        capture_output=True,
        text=True,
        cwd=HERE,
        timeout=120,
    )
    by_file = {}
    for line in answer.stdout.splitlines():
        result = json.loads(line)
        by_file[result["file"]] = result
    for path, file in files.items():
        result = by_file.get(str(file))
        if result is None:
            checks.record(
                "calendar", path, "ical.js", [answer.stderr.strip()[-300:] or "no result"]
            )
        else:
            errors = result["errors"] or ([] if result["events"] else ["no events"])
            checks.record("calendar", path, "ical.js", errors)


# --- Feeds -----------------------------------------------------------------------------------


def feedparser_errors(data: bytes, version_prefix: str) -> list[str]:
    import feedparser

    parsed = feedparser.parse(data)
    errors = [f"not well-formed: {parsed.bozo_exception}"] if parsed.bozo else []
    if not parsed.version.startswith(version_prefix):
        errors.append(f"read as {parsed.version or 'unknown'}")
    if not parsed.entries:
        errors.append("no entries")
    for entry in parsed.entries:
        if not entry.get("title") or not entry.get("link"):
            errors.append(f"entry without title or link: {entry.get('id')}")
    return errors


def atom_schema_errors(file: Path) -> list[str]:
    """RFC 4287's RELAX NG schema through Jing, then its Schematron rules, which Jing skips."""
    from lxml import etree

    answer = subprocess.run(
        [
            "java",
            "-cp",
            str(VNU),
            "nu.validator.vendor.thaiopensource.relaxng.util.Driver",
            "-c",
            str(ATOM_RNC),
            str(file),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    errors = [line for line in (answer.stdout + answer.stderr).splitlines() if line.strip()]
    if answer.returncode and not errors:
        errors = [f"jing exited {answer.returncode}"]
    feed = etree.parse(str(file)).getroot()
    ns = {"atom": ATOM.strip("{}")}
    if not feed.xpath("atom:author", namespaces=ns):
        errors += [
            f"entry without author: {entry.findtext(ATOM + 'id')}"
            for entry in feed.xpath("atom:entry[not(atom:author)]", namespaces=ns)
        ]
    errors += [
        f"entry without alternate link or content: {entry.findtext(ATOM + 'id')}"
        for entry in feed.xpath(
            "atom:entry[not(atom:link[@rel='alternate'] or atom:link[not(@rel)] or atom:content)]",
            namespaces=ns,
        )
    ]
    # The W3C feed validator's "summary should not be plain text with line breaks" concern:
    # an HTML summary is rendered as HTML, so its lines must be marked up.
    for summary in feed.iter(ATOM + "summary"):
        if (
            summary.get("type") == "html"
            and "\n" in (summary.text or "")
            and "<br" not in summary.text
        ):
            errors.append("html summary with bare newlines")
    return errors


def check_feeds(checks: Checks) -> None:
    rss = "/feeds/meetings.rss"
    checks.run("rss", rss, "feedparser", lambda: feedparser_errors(checks.get(rss), "rss"))
    atom = "/feeds/meetings.atom"
    checks.run("atom", atom, "feedparser", lambda: feedparser_errors(checks.get(atom), "atom"))
    checks.run(
        "atom",
        atom,
        "RFC 4287 schema (jing)",
        lambda: atom_schema_errors(checks.save(atom, ".xml")),
    )


# --- OpenAPI ---------------------------------------------------------------------------------


def check_openapi(checks: Checks) -> None:
    path = "/api/schema/?format=json"

    def spec_errors():
        from openapi_spec_validator import validate
        from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

        schema = json.loads(checks.get(path))
        try:
            validate(schema)
        except OpenAPIValidationError as error:
            return [str(error).splitlines()[0]]
        errors = []
        for name, component in schema["components"]["schemas"].items():
            for field, spec in component.get("properties", {}).items():
                if spec.get("default") == "" and spec.get("minLength", 0) > 0:
                    errors.append(f"{name}.{field}: default '' below minLength")
        return errors

    checks.run("openapi", path, "openapi-spec-validator", spec_errors)


def check_schemathesis(checks: Checks, st: str) -> None:
    """Responses match the schema: the read operations, anonymously, a few cases each (the
    full fuzz run with every check is .ci/fuzz-api)."""
    path = "/api/schema/"

    def conformance():
        report = checks.work / "st.json"
        answer = subprocess.run(
            [
                st,
                "run",
                checks.base + path,
                "--url",
                checks.base + "/",
                "--checks",
                "not_a_server_error,status_code_conformance,content_type_conformance,"
                "response_schema_conformance",
                "--include-method",
                "GET",
                "--max-examples",
                "5",
                "--workers",
                "2",
                "--seed",
                "17",
                "--generation-database",
                "none",
                "--max-redirects",
                "0",
                "--no-color",
                "--report",
                "json",
                "--report-json-path",
                str(report),
            ],
            capture_output=True,
            text=True,
            cwd=checks.work,
            timeout=300,
        )
        if answer.returncode == 0:
            return []
        failures = []
        if report.exists():
            failures = [
                f"{f.get('code', '?')}x{f.get('count', '?')}"
                for f in json.loads(report.read_text()).get("failures", [])
            ]
        tail = [line for line in answer.stdout.splitlines() if line.strip()][-3:]
        return failures or tail or [f"exit {answer.returncode}"]

    checks.run("openapi", path, "schemathesis (response conformance)", conformance)


# --- Open Civic Data ------------------------------------------------------------------------


def check_ocd(checks: Checks, meetings: dict) -> None:
    path = "/data/meetings.ocd.json"

    def listed():
        events = json.loads(checks.get(path))
        errors = [] if events else ["no events"]
        for event in events:
            if event.get("_id") != event.get("id"):
                errors.append(f"{event.get('id')}: _id missing")
            errors += [f"{event['name']}: {e}" for e in event_errors(event)]
        return errors

    checks.run("ocd", path, "openstates event schema", listed)
    for name, pk in meetings.items():
        single = f"/data/meetings.ocd/{pk}.json"
        if name == "closed":
            # Not open data: the file must not exist.
            def absent(single=single):
                try:
                    checks.get(single)
                except urllib.error.HTTPError as error:
                    return [] if error.code == 404 else [f"HTTP {error.code}"]
                return ["a closed meeting is published"]

            checks.run("ocd", single, "closed: 404", absent)
        else:
            checks.run(
                "ocd",
                single,
                f"openstates event schema ({name})",
                lambda single=single: event_errors(json.loads(checks.get(single))),
            )


# --- CSV, Data Package ----------------------------------------------------------------------


def check_tables(checks: Checks) -> None:
    import frictionless

    path = "/data/datapackage.json"
    package = json.loads(checks.get(path))
    described = [resource["name"] for resource in package["resources"]]
    checks.record(
        "csv",
        path,
        "describes every CSV",
        [] if described == DATASETS else [f"resources {described}"],
    )
    # Frictionless reads the package from its address, then each CSV it points to.
    report = frictionless.Package(checks.base + path).validate()
    for task in report.tasks:
        errors = [
            f"row {row} {field}: {kind}: {note}"
            for row, field, kind, note in task.flatten(["rowNumber", "fieldName", "type", "note"])
        ]
        if not task.valid and not errors:
            errors = [str(error.message) for error in task.errors]
        checks.record("csv", f"/data/{task.name}.csv", "frictionless (datapackage)", errors)
    if not report.tasks or report.errors:
        checks.record(
            "csv",
            path,
            "frictionless (package)",
            [str(e.message) for e in report.errors]
            or ["no resource validated"] * (not report.tasks),
        )
    for slug in DATASETS:
        excel = f"/data/{slug}.csv?excel=1"

        def spreadsheet(excel=excel, slug=slug):
            data = checks.get(excel)
            plain = checks.get(f"/data/{slug}.csv")
            errors = [] if data.startswith(b"\xef\xbb\xbf") else ["no byte-order mark"]
            text = data.decode("utf-8-sig")
            if "\n" in text.replace("\r\n", ""):
                errors.append("line endings are not CRLF")
            if list(csv.reader(io.StringIO(text))) != list(csv.reader(io.StringIO(plain.decode()))):
                errors.append("cells differ from the plain CSV")
            return errors

        checks.run("csv", excel, "UTF-8 BOM + CRLF (Excel)", spreadsheet)


# --- DCAT ------------------------------------------------------------------------------------


def check_dcat(checks: Checks) -> None:
    path = "/data/catalog.json"
    checks.run(
        "dcat",
        path,
        "DCAT-US v1.1 non-federal schema",
        lambda: catalog_errors(json.loads(checks.get(path))),
    )

    def harvested():
        catalog = json.loads(checks.get(path))
        errors = []
        host = urllib.request.urlparse(checks.base).netloc
        for entry in catalog["dataset"]:
            package = ckan_package(entry)
            if not package["license_url"]:
                errors.append(f"{package['guid']}: licence dropped")
            if not package["guid"] or host in package["guid"]:
                errors.append(f"{package['guid']}: identifier holds the host")
            if not re.fullmatch(r"[^@\s]+@[\w-]+(\.[\w-]+)+", package["contact_email"]):
                errors.append(f"{package['guid']}: contact {package['contact_email']!r}")
            if not all(resource["url"] for resource in package["resources"]):
                errors.append(f"{package['guid']}: resource without URL")
        return errors

    checks.run("dcat", path, "CKAN ckanext-dcat mapping", harvested)


# --- HTML ------------------------------------------------------------------------------------


def check_html(checks: Checks, pages: list[str]) -> None:
    files = {}
    for path in pages:
        try:
            files[path] = checks.save(path, ".html")
        except Exception as error:
            checks.record("html", path, "fetch", [str(error)])
    answer = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files.values())],
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        messages = json.loads(answer.stderr or answer.stdout)["messages"]
    except (ValueError, KeyError):
        for path in files:
            checks.record("html", path, "W3C Nu (vnu.jar)", [answer.stderr.strip()[-300:]])
        return
    by_file = {}
    for message in messages:
        file = Path(urllib.request.url2pathname(message.get("url", "").removeprefix("file:")))
        by_file.setdefault(file.name, []).append(
            f"line {message.get('lastLine', '?')}: {message.get('message', '')}"
        )
    for path, file in files.items():
        checks.record("html", path, "W3C Nu (vnu.jar)", by_file.get(file.name, []))


def main() -> int:
    base, cases_file, work, report = sys.argv[1:5]
    st = sys.argv[5] if len(sys.argv) > 5 else str(ROOT / ".venv" / "bin" / "st")
    cases = json.loads(Path(cases_file).read_text())
    meetings = cases["meetings"]
    checks = Checks(base, Path(work))
    # STANDARDS_ONLY=html,dcat runs those groups alone (when working on one output).
    only = set(filter(None, os.environ.get("STANDARDS_ONLY", "").split(",")))

    def wanted(group: str) -> bool:
        return not only or group in only

    def guarded(group: str, check, *args) -> None:
        # A check that cannot even start (an output missing) fails its group, not the run.
        if not wanted(group):
            return
        try:
            check(checks, *args)
        except Exception as error:
            traceback.print_exc(file=sys.stderr)
            checks.record(group, "-", check.__name__, [f"{type(error).__name__}: {error}"])

    guarded(
        "calendar",
        check_calendars,
        ["/calendar.ics", f"/calendar/{cases['body']}.ics", f"/calendar/{cases['agency']}.ics"]
        + [f"/meetings/{pk}.ics" for pk in meetings.values()],
    )
    guarded("feeds", check_feeds)
    guarded("openapi", check_openapi)
    guarded("schemathesis", check_schemathesis, st)
    guarded("ocd", check_ocd, meetings)
    guarded("csv", check_tables)
    guarded("dcat", check_dcat)
    guarded(
        "html",
        check_html,
        [
            "/",
            "/calendar/",
            "/calendar/list/",
            *[f"/meetings/{pk}/" for pk in meetings.values()],
            "/commitments/",
            f"/commitments/{cases['commitment']}/",
            f"/agencies/{cases['agency']}/",
            f"/bodies/{cases['body']}/",
            "/scoreboard/",
            "/search/?q=rapat",
            "/data/",
            "/data/meetings/",
            "/api/docs/",
        ],
    )
    passed = len(checks.lines) - checks.failures
    summary = f"{passed} passed, {checks.failures} failed"
    print(summary)
    Path(report).write_text("\n".join(checks.lines) + "\n" + summary + "\n")
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())

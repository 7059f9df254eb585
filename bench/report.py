"""docs/benchmarks.md from a run of bench/api.py or bench/load.py: figures, ratios, machine,
versions, date, each run in its own marked section."""

import datetime
import os
import platform
import sqlite3
import sys
from importlib import metadata
from pathlib import Path


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def database_label() -> str:
    """The database the run used, e.g. "SQLite 3.40.1" or "PostgreSQL 15.20"."""
    from django.db import connection

    if connection.vendor == "sqlite":
        return f"SQLite {sqlite3.sqlite_version}"
    if connection.vendor == "postgresql":
        version = connection.pg_version
        return f"PostgreSQL {version // 10000}.{version % 10000}"
    return connection.vendor


def versions() -> str:
    import django
    import orjson
    import rest_framework

    text = (
        f"Python {sys.version.split()[0]}, Django {django.__version__}, "
        f"DRF {rest_framework.VERSION}, orjson {orjson.__version__}, {database_label()}"
    )
    try:
        text += f", django-ical {metadata.version('django-ical')}"
    except metadata.PackageNotFoundError:
        pass
    return text


def replace_section(path: Path, key: str, section: str) -> None:
    """Write `section` between `<!-- key -->` and `<!-- /key -->` in the file, in place of what
    was there, or at the end when the markers are not there yet."""
    start, end = f"<!-- {key} -->", f"<!-- /{key} -->"
    body = f"{start}\n{section.rstrip()}\n{end}\n"
    text = path.read_text() if path.exists() else ""
    if start in text and end in text:
        head, rest = text.split(start, 1)
        tail = rest.split(end, 1)[1].lstrip("\n")
        text = head + body + ("\n" + tail if tail else "")
    else:
        text += ("\n" if text else "") + body
    path.write_text(text)


def _ms(result: dict | None) -> str:
    return f"{result['median_ms']:,.1f}" if result else ""


def report_write(path: Path, rows: list[dict], command: str, group: str, load) -> None:
    lines = [
        "| measurement | ours: median / p95 (ms) | queries | DRF serializers (before): median "
        "| baseline: median (queries) | ratio | before ÷ baseline |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ours, base, before = row["ours"], row.get("baseline"), row.get("serializer")
        ratio = f"**{ours['median_ms'] / base['median_ms']:.2f}**" if base else ""
        before_ratio = f"{before['median_ms'] / base['median_ms']:.2f}" if base and before else ""
        base_text = f"{_ms(base)} ({base['queries']})" if base else ""
        lines.append(
            f"| {row['name']} | {_ms(ours)} / {ours['p95_ms']:,.1f} | {ours['queries']} | "
            f"{_ms(before)} | {base_text} | {ratio} | {before_ratio} |"
        )
        if "cached" in row:
            hit = row["cached"]
            lines.append(
                f"| ↳ repeat request (body from the cache) | "
                f"{_ms(hit)} / {hit['p95_ms']:,.1f} | {hit['queries']} | | | | |"
            )
        if "not_modified" in row:
            nm = row["not_modified"]
            lines.append(
                f"| ↳ {ours['events']:,} events, {ours['bytes'] / 1e6:.1f} MB; 304 answer | "
                f"{_ms(nm)} / {nm['p95_ms']:,.1f} | {nm['queries']} | | | | |"
            )
    title = {"api": "API lists", "public": "calendar feed and public pages"}.get(group, group)
    database = database_label()
    stamp = datetime.date.today().isoformat()
    section = (
        f"## In process (Django test client): {title}, {database.split()[0]}\n\n"
        f"Run {stamp}: `{command}`  \nMachine: {_machine()}; load average {load[0]:.2f} at the "
        f"start, {load[1]:.2f} at the end (2 shared cores: absolute times are noisy, the URLs "
        "of a row take turns in each run, so their ratios are side by side)  \n"
        f"Versions: {versions()}\n\n" + "\n".join(lines) + "\n"
    )
    replace_section(path, f"bench/api.py:{group}:{database.split()[0].lower()}", section)


def _load_cell(result: dict | None) -> str:
    if not result:
        return ""
    return (
        f"{result['median_ms']:,.1f} / {result['p95_ms']:,.1f} | {result['rps']:,.0f} | "
        f"{result['errors']}"
    )


def load_report_write(path: Path, rows: list[dict], command: str, options, load) -> None:
    """The section of bench/load.py for the database it ran on."""
    lines = [
        "| measurement | server | median / p95 (ms) | requests/s | errors | "
        "median ÷ floor | req/s ÷ floor |",
        "|---|---|---|---|---|---|---|",
    ]
    labels = {"ours": "the API", "serializer": "DRF serializers (before)", "baseline": "floor"}
    for row in rows:
        floor = row.get("baseline")
        for key in ("ours", "serializer", "baseline"):
            result = row.get(key)
            if not result:
                continue
            ratio = speed = ""
            if floor and key != "baseline":
                ratio = f"{result['median_ms'] / floor['median_ms']:.2f}"
                speed = f"{result['rps'] / floor['rps']:.2f}"
                if key == "ours":
                    ratio = f"**{ratio}**"
            name = row["name"] if key == "ours" else "↳"
            lines.append(
                f"| {name} | {labels[key]} `{result['path']}` | {_load_cell(result)} | "
                f"{ratio} | {speed} |"
            )
    database = database_label()
    stamp = datetime.date.today().isoformat()
    section = (
        f"## Under load (gunicorn + wrk), {database.split()[0]}\n\n"
        f"Run {stamp}: `{command}`  \n"
        f"Server: gunicorn, {options.workers} sync workers on 127.0.0.1, debug off, "
        f"`DATABASE_CONN_MAX_AGE={options.conn_max_age}`; wrk {options.connections} connections, "
        f"{options.threads} threads, {options.duration} s per URL after a {options.warmup} s "
        "warm-up, one URL after the other; wrk runs on the same 2 cores as the server.  \n"
        f"Machine: {_machine()}; load average {load[0]:.2f} at the start, {load[1]:.2f} at the "
        "end  \n"
        f"Versions: {versions()}\n\n"
        "Errors: connection errors, timeouts and answers >= 400. Latency is per request as wrk "
        "sees it, queueing for a free worker included.\n\n" + "\n".join(lines) + "\n"
    )
    replace_section(path, f"bench/load.py:{database.split()[0].lower()}", section)

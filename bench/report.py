"""docs/benchmarks.md from a run of bench/api.py: figures, ratios, machine, versions, date."""

import datetime
import os
import platform
import sqlite3
import sys
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


def _versions() -> str:
    import django
    import rest_framework
    from django.db import connection

    database = connection.vendor
    if database == "sqlite":
        database += f" {sqlite3.sqlite_version}"
    return (
        f"Python {sys.version.split()[0]}, Django {django.__version__}, "
        f"DRF {rest_framework.VERSION}, database {database}"
    )


def report_write(path: Path, rows: list[dict], command: str) -> None:
    lines = [
        "| measurement | ours: median / p95 (ms) | queries | baseline: median (ms) | ratio |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        ours, base = row["ours"], row.get("baseline")
        ratio = f"{ours['median_ms'] / base['median_ms']:.2f}" if base else ""
        base_text = f"{base['median_ms']:.1f} ({base['queries']} queries)" if base else ""
        lines.append(
            f"| {row['name']} | {ours['median_ms']:.1f} / {ours['p95_ms']:.1f} | "
            f"{ours['queries']} | {base_text} | {ratio} |"
        )
        if "not_modified" in row:
            nm = row["not_modified"]
            lines.append(
                f"| ↳ {ours['events']:,} events, {ours['bytes'] / 1e6:.1f} MB; 304 answer | "
                f"{nm['median_ms']:.1f} / {nm['p95_ms']:.1f} | {nm['queries']} | | |"
            )
    block = "\n".join(lines)
    stamp = datetime.date.today().isoformat()
    section = (
        f"<!-- bench/api.py -->\n## In process (Django test client), {stamp}\n\n"
        f"Command: `{command}`  \nMachine: {_machine()}  \nVersions: {_versions()}\n\n"
        f"{block}\n<!-- /bench/api.py -->\n"
    )
    text = path.read_text() if path.exists() else ""
    if "<!-- bench/api.py -->" in text:
        head, rest = text.split("<!-- bench/api.py -->", 1)
        tail = rest.split("<!-- /bench/api.py -->\n", 1)[-1]
        text = head + section + tail
    else:
        text += ("\n" if text else "") + section
    path.write_text(text)

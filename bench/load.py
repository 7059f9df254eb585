"""The API lists under a real server: gunicorn on 127.0.0.1 and wrk, each list beside its floor.

    .venv/bin/python bench/load.py --var-dir /tmp/scale-100k
    .venv/bin/python bench/load.py --var-dir /tmp/scale-pg \\
        --database-url postgres://postgres@127.0.0.1:5432/bench_scale_100k
    ... --write docs/benchmarks.md     # also write this database's section of the report

Starts gunicorn like the README's deployment (sync workers, 3 by default) on a free port, with
bench.settings so the floors (bench.floor, under /bench-floor/) are served too, then runs wrk
(20 connections, 2 threads, 60 s, after a 5 s warm-up) against each URL in turn: the meetings
list (page 1) beside the floor and the DRF serializers (what the API used before), and the
commitments filter beside its floor. Prints and writes median, p95, requests per second and
errors (connection errors, timeouts and responses >= 400), read from a small Lua script's
report. Needs wrk (Debian: apt-get install wrk). Requests only ever go to 127.0.0.1.
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ERROR_KINDS = ("connect", "read", "write", "status", "timeout")
# wrk calls done() once at the end; one parseable line with what the report needs.
REPORT_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %d %d %d %d %.0f %.0f %.0f %.0f\\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""


def server_environment(options) -> dict:
    """The server's environment: debug off like production, nothing external (cache, broker,
    mail, proxy), the benchmark settings, the given dataset."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.lower().endswith("_proxy")
        and key
        not in {"DJANGO_DEBUG", "DATABASE_URL", "CACHE_URL", "CELERY_BROKER_URL", "API_NUM_PROXIES"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        TRACKER_VAR_DIR=options.var_dir,
        DJANGO_SECRET_KEY=env.get("DJANGO_SECRET_KEY", "bench-only"),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_LOG_LEVEL="WARNING",
        DATABASE_CONN_MAX_AGE=str(options.conn_max_age),
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        NO_PROXY="127.0.0.1",
        PYTHONUNBUFFERED="1",
    )
    if options.database_url:
        env["DATABASE_URL"] = options.database_url
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(options, work: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [
        str(ROOT / ".venv/bin/gunicorn"),
        "tracker.wsgi",
        f"--bind=127.0.0.1:{port}",
        f"--workers={options.workers}",
        "--worker-class=sync",
        "--timeout=120",
        "--no-control-socket",
        f"--error-logfile={work / 'gunicorn-error.log'}",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=server_environment(options))
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        if server.poll() is not None:
            break
        try:
            with urllib.request.urlopen(f"{base}/bench-floor/meetings/", timeout=10) as answer:
                if answer.status == 200:
                    return server, base
        except OSError:
            time.sleep(0.5)
    stop_server(server)
    sys.exit(f"gunicorn did not come up; see {work / 'gunicorn-error.log'}")


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wrk(url: str, options, seconds: int, script: Path) -> dict:
    command = [
        "wrk",
        f"--threads={options.threads}",
        f"--connections={options.connections}",
        f"--duration={seconds}s",
        "--timeout=30s",
        f"--script={script}",
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(row for row in output.splitlines() if row.startswith("BENCH "))
    requests, duration, *errors, p50, p95, p99, slowest = (int(n) for n in line.split()[1:])
    return {
        "requests": requests,
        "rps": requests / (duration / 1e6),
        "errors": sum(errors),
        "error_kinds": dict(zip(ERROR_KINDS, errors, strict=True)),
        "median_ms": p50 / 1000,
        "p95_ms": p95 / 1000,
        "p99_ms": p99 / 1000,
        "max_ms": slowest / 1000,
    }


def scenarios() -> list[tuple[str, str, str, str]]:
    """(name, ours, DRF serializers, floor): the same agency and filter as bench/api.py."""
    from meetings.models import Organization

    agency = Organization.objects.filter(kind="opd").order_by("pk").first()
    owner = f"commitments/?owner={agency.slug}&status=in_progress"
    return [
        (
            "API meetings list, page 1",
            "/api/meetings/",
            "/bench-floor/serializer/meetings/",
            "/bench-floor/meetings/",
        ),
        ("API commitments filter (agency + status)", f"/api/{owner}", "", f"/bench-floor/{owner}"),
    ]


def setup_django(options) -> None:
    """Django in this process too (read only): the scenarios' slugs and the report's versions."""
    for key, value in server_environment(options).items():
        os.environ[key] = value
    if not options.database_url:
        os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()


def run(options, base: str, script: Path) -> list[dict]:
    rows = []
    for name, ours, serializer, floor in scenarios():
        row = {"name": name}
        for key, path in (("ours", ours), ("serializer", serializer), ("baseline", floor)):
            if not path:
                continue
            wrk(base + path, options, options.warmup, script)
            row[key] = result = wrk(base + path, options, options.duration, script)
            result["path"] = path
            print(
                f"{name} [{key}] {path}: median {result['median_ms']:.1f} ms, "
                f"p95 {result['p95_ms']:.1f} ms, {result['rps']:.1f} req/s, "
                f"{result['requests']} requests, {result['errors']} errors",
                flush=True,
            )
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--var-dir", required=True, help="TRACKER_VAR_DIR of a scale dataset")
    parser.add_argument("--database-url", default="", help="PostgreSQL; SQLite when empty")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--conn-max-age", type=int, default=60, help="DATABASE_CONN_MAX_AGE")
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--duration", type=int, default=60, help="seconds per URL")
    parser.add_argument("--warmup", type=int, default=5, help="seconds per URL, not recorded")
    parser.add_argument("--write", type=Path, default=None)
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing (Debian: apt-get install wrk).")
    setup_django(options)
    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    script = work / "report.lua"
    script.write_text(REPORT_LUA)
    load_before = os.getloadavg()[0]
    server, base = start_server(options, work)
    try:
        rows = run(options, base, script)
    finally:
        stop_server(server)
    load = (load_before, os.getloadavg()[0])
    if options.write:
        from bench.report import load_report_write

        command = " ".join(["bench/load.py", *sys.argv[1:]])
        load_report_write(options.write, rows, command, options, load)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

# Development and CI tasks for the DPRD-OPD tracker (POSIX make; tested with GNU make).
# `make` alone prints the list of targets.
#
# Variables (override on the command line or in the environment):
#   PORT          port of the development server for `make run` (default 8000)
#   PYTEST_ARGS   extra pytest arguments, e.g. PYTEST_ARGS="-k meetings --cov"
#   WORKERS       parallel pytest processes for `make test` and `make test-postgres` (pytest-xdist;
#                 default auto = one per core; WORKERS=0 runs in one process)
#   POSTGRES_URL  database used by `make test-postgres`
#   PYTHON        interpreter that creates .venv (default: python3.11, else python3)

PORT ?= 8000
PYTEST_ARGS ?=
WORKERS ?= auto
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/tracker
PYTHON ?=

VENV = .venv
PY = $(VENV)/bin/python
STAMP = $(VENV)/.installed
RUN_STAMP = $(VENV)/.installed-runtime
# Tests run with debug off, exactly like production; the settings then need a secret key.
TEST_ENV = unset DJANGO_DEBUG; DJANGO_SECRET_KEY=test-only-secret; export DJANGO_SECRET_KEY;

.PHONY: help venv install run test test-slow test-postgres test-delivery-redis test-browser fuzz-api lint format messages clean

help:
	@echo "make run            migrate, load demo data, start web + worker + beat (http://127.0.0.1:$(PORT)/)"
	@echo "make test           run the test suite on SQLite (PYTEST_ARGS=... for extra pytest arguments)"
	@echo "make test-slow      the slow end-to-end suites make test leaves out: delivery with real"
	@echo "                    workers, the in-process fuzz run, the leak scan (SQLite)"
	@echo "make test-postgres  run the test suite on PostgreSQL (POSTGRES_URL=$(POSTGRES_URL))"
	@echo "make test-delivery-redis  reminders end to end on Redis and PostgreSQL (needs redis-server)"
	@echo "make test-browser   the public site and staff workspaces in headless Debian chromium, with"
	@echo "                    axe-core accessibility checks (needs chromium and npm)"
	@echo "make fuzz-api       fuzz the API with schemathesis on a throwaway server (reports in var/ci/)"
	@echo "make lint           ruff check and ruff format --check"
	@echo "make format         apply ruff's formatting and safe fixes"
	@echo "make messages       update and compile translations in locale/ (needs GNU gettext)"
	@echo "make install        create .venv and install requirements-dev.txt (alias: make venv;"
	@echo "                    make run installs requirements.txt only)"
	@echo "make clean          delete var/ (development database, broker folders, uploads); keeps .venv"

venv install: $(STAMP)

# Two stamps: running the app needs requirements.txt only (`make run` on a fresh clone does not
# wait for Playwright, schemathesis and the linters); tests and tools add requirements-dev.txt.
# Each re-installs only when its requirements file is newer than its stamp.
$(RUN_STAMP): requirements.txt
	@if ! $(PY) -m pip --version >/dev/null 2>&1; then \
		  py="$(PYTHON)"; \
		  if [ -z "$$py" ]; then py=$$(command -v python3.11 || command -v python3 || true); fi; \
		  if [ -z "$$py" ]; then echo "No python3.11 or python3 found; install Python 3.11+." >&2; exit 1; fi; \
		  echo "Creating $(VENV) with $$py"; \
		  "$$py" -m venv --clear $(VENV) || { echo "Creating the venv failed; on Debian/Ubuntu: apt-get install python3-venv" >&2; exit 1; }; \
		fi
	$(PY) -m pip install --disable-pip-version-check -r requirements.txt
	touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP) requirements-dev.txt
	$(PY) -m pip install --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

# Development server. honcho loads .env (if present) into every step; see .env.example.
run: $(RUN_STAMP)
	DJANGO_DEBUG=true $(VENV)/bin/honcho run $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=true $(VENV)/bin/honcho run $(PY) manage.py load_demo --base-url http://127.0.0.1:$(PORT)
	@echo ""
	@echo "Tracker: http://127.0.0.1:$(PORT)/  log in: http://127.0.0.1:$(PORT)/login/  (the accounts above; Ctrl-C stops web, worker and beat)"
	@echo ""
	DJANGO_DEBUG=true PYTHONUNBUFFERED=1 $(VENV)/bin/honcho start -f Procfile.dev -p $(PORT)

# Always SQLite: a DATABASE_URL from the shell is ignored here (use test-postgres for PostgreSQL).
# The slow end-to-end suites (marker `slow`) run with test-slow, which CI runs too.
test: $(STAMP)
	$(TEST_ENV) unset DATABASE_URL; $(PY) -m pytest -n $(WORKERS) -m 'not redis and not browser and not slow' $(PYTEST_ARGS)

test-slow: $(STAMP)
	$(TEST_ENV) unset DATABASE_URL; $(PY) -m pytest -n $(WORKERS) -m 'slow and not redis and not browser' $(PYTEST_ARGS)

# The delivery tests make their own databases and the in-process fuzz run (10,000 requests) is
# about the code, not the database: `make test-slow` already runs both on the embedded default.
test-postgres: $(STAMP)
	$(TEST_ENV) DATABASE_URL='$(POSTGRES_URL)' $(PY) -m pytest -n $(WORKERS) -m 'not redis and not browser and not delivery and not fuzz' $(PYTEST_ARGS)

# Worker, beat, SMTP server and webhook receiver as processes, on a private redis-server (so a test
# can stop it) and a throwaway database on the PostgreSQL server of POSTGRES_URL.
test-delivery-redis: $(STAMP)
	$(TEST_ENV) unset DATABASE_URL; POSTGRES_URL='$(POSTGRES_URL)' $(PY) -m pytest -m redis tests/delivery $(PYTEST_ARGS)

# Screenshots go to var/ci/screenshots/. axe-core (accessibility checks) comes from npm, installed
# with `npm ci` from tests/browser/package-lock.json when the lock file is newer than the install.
AXE = tests/browser/node_modules/axe-core/axe.min.js

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "npm is missing: apt-get install nodejs npm" >&2; exit 1; }
	npm ci --prefix tests/browser --no-audit --no-fund
	touch $@

test-browser: $(STAMP) $(AXE)
	$(TEST_ENV) unset DATABASE_URL; $(PY) -m pytest -m browser tests/browser $(PYTEST_ARGS)

# Demo data in a temporary folder, gunicorn on 127.0.0.1, schemathesis as anonymous and as the
# secretariat; FUZZ_MAX_EXAMPLES, FUZZ_SEED, ... tune it (see the script's header).
fuzz-api: $(STAMP)
	.ci/fuzz-api

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Needs GNU gettext (xgettext, msgmerge, msgfmt): apt-get install gettext.
# The compiled .mo files are committed, so tests and deployments do not need gettext.
messages: $(STAMP)
	@command -v msgfmt >/dev/null 2>&1 || { echo "GNU gettext is missing: apt-get install gettext" >&2; exit 1; }
	DJANGO_DEBUG=true $(PY) manage.py makemessages -l id -l en --no-obsolete --ignore=.venv --ignore=var
	DJANGO_DEBUG=true $(PY) manage.py compilemessages --ignore=.venv --ignore=var

clean:
	rm -rf var

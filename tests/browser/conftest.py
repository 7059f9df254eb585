"""Real headless Chromium (Debian's `chromium`) driven by Playwright, against a live server
holding the demo data. Set SKIP_BROWSER_TESTS=1 to skip; a missing browser fails the run."""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

# Playwright's sync API keeps an event loop running in this thread, which Django would take for
# async code; the tests' own ORM calls (loading the demo, flushing) are ordinary sync code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "ci" / "screenshots"


def pytest_collection_modifyitems(items):
    if os.environ.get("SKIP_BROWSER_TESTS") == "1":
        skip = pytest.mark.skip(reason="SKIP_BROWSER_TESTS=1")
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    assert executable, "Debian's chromium is needed: apt-get install -y chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def demo(transactional_db, settings):
    call_command("load_demo", "--force", verbosity=0)


@pytest.fixture
def page(browser, live_server, demo, settings):
    # The live server speaks plain HTTP on 127.0.0.1: cookies marked Secure would never return.
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_server.url)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def shoot(page):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(name: str) -> None:
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return save


@pytest.fixture
def axe():
    """Runs axe-core (from tests/browser/node_modules) on a page: its violations and the
    results it could not decide, as returned by `axe.run()`."""
    from tests.browser.accessibility import axe_run, serve_axe

    served = []

    def run(page) -> dict:
        if page.context not in served:
            serve_axe(page.context)
            served.append(page.context)
        return axe_run(page)

    return run


@pytest.fixture
def staff(browser, live_server, demo, settings, width, axe, request):
    """A fresh browser at `width` px (parametrize the test with `width`) for a member of staff."""
    from tests.browser.staff import StaffVisit

    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(
        viewport={"width": width, "height": 900}, base_url=live_server.url
    )
    context.set_default_timeout(15_000)
    name = request.node.originalname.removeprefix("test_").replace("_", "-")
    visit = StaffVisit(context.new_page(), width=width, name=name, axe=axe, screenshots=SCREENSHOTS)
    yield visit
    context.close()

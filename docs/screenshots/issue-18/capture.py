"""Captures the issue's screenshots from a running server (demo data loaded):

    .venv/bin/python docs/screenshots/issue-18/capture.py http://127.0.0.1:PORT before|after

Full page, clipped to the first three screens of a tall page; saved as palette PNGs."""

import io
import shutil
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

PAGES = {
    "home": "/",
    "meeting": "/meetings/4/",
    "followups": "/commitments/",
    "scoreboard": "/scoreboard/",
}
WIDTHS = {390: 844, 1280: 800}
SCREENS = 3
HERE = Path(__file__).resolve().parent


def capture(base_url: str, label: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
            ],
        )
        for width, height in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            page = context.new_page()
            for name, path in PAGES.items():
                page.goto(base_url + path, wait_until="networkidle")
                full = page.evaluate("document.documentElement.scrollHeight")
                clip = {"x": 0, "y": 0, "width": width, "height": min(full, height * SCREENS)}
                png = page.screenshot(full_page=True, clip=clip)
                image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=128)
                image.save(HERE / f"{label}-{name}-{width}.png", optimize=True)
            context.close()
        browser.close()


if __name__ == "__main__":
    capture(sys.argv[1].rstrip("/"), sys.argv[2])

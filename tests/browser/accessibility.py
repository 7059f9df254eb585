"""Accessibility checks with axe-core, installed from npm into tests/browser/node_modules.

`make test-browser` runs `npm ci` from tests/browser/package-lock.json first. axe.min.js is read
from that folder and never from a CDN. The pages' Content-Security-Policy allows scripts from
their own origin only (no inline script), so the file is served under a same-origin address
that the browser context answers itself (`serve_axe`) and added with a script tag from that
address: the policy stays on, and a page that breaks it still logs a console error.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
AXE_URL = "/__axe-core__/axe.min.js"
# Impacts that fail a test; "moderate" and "minor" are printed but tolerated.
FAILING_IMPACTS = ("serious", "critical")


@dataclass(frozen=True)
class KnownIssue:
    """A violation whose fix belongs to a file these tests' authors may not change now. A test
    that meets only known issues ends as an expected failure naming them, after its flow
    has been checked in full; once the file is fixed the test simply passes."""

    rule: str
    inside: str  # CSS selector of the element that holds every offending node
    where: str
    fix: str
    path: str = ""  # a regular expression the page's path must match ("" for any page)


KNOWN_ISSUES: list[KnownIssue] = []

_RUN = """() => axe.run(document, {resultTypes: ["violations", "incomplete"]}).then(r => ({
    violations: r.violations, incomplete: r.incomplete, version: r.testEngine.version}))"""


def serve_axe(context) -> None:
    """Answer AXE_URL on every page of `context` with the installed axe.min.js."""
    assert AXE_JS.is_file(), (
        f"{AXE_JS} is missing: run `npm ci --prefix tests/browser` (make test-browser does)"
    )
    context.route(
        f"**{AXE_URL}",
        lambda route: route.fulfill(path=str(AXE_JS), content_type="text/javascript"),
    )


def axe_run(page) -> dict:
    """axe-core's results for the page as it is now: "violations" and "incomplete" (to review)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(url=AXE_URL)
    return page.evaluate(_RUN)


# Outermost elements sticking out of the viewport, outside any box that scrolls on its own.
_STICKING_OUT = """() => {
  const limit = document.documentElement.clientWidth + 1;
  if (document.documentElement.scrollWidth <= limit) return [];
  const scrolled = el => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (["auto", "scroll", "hidden"].includes(getComputedStyle(up).overflowX)) return true;
    }
    return false;
  };
  const out = el => el.getBoundingClientRect().right > limit && !scrolled(el);
  const path = el => {
    const parts = [];
    for (; el.parentElement; el = el.parentElement) {
      let n = 1;
      for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
        if (s.tagName === el.tagName) n++;
      }
      parts.unshift(`${el.tagName.toLowerCase()}:nth-of-type(${n})`);
    }
    return parts.join(" > ");
  };
  return [...document.body.querySelectorAll("*")]
    .filter(el => out(el) && !(el.parentElement !== document.body && out(el.parentElement)))
    .slice(0, 10).map(path);
}"""


def reflow_violation(page) -> dict | None:
    """Content must fit the width without scrolling sideways (WCAG 1.4.10, reflow), which axe
    does not check: a violation in axe's shape naming the elements that stick out, or None."""
    targets = page.evaluate(_STICKING_OUT)
    if not targets:
        return None
    width = page.evaluate("() => document.documentElement.clientWidth")
    return {
        "id": "reflow",
        "impact": "serious",
        "help": f"Content must fit {width} px without scrolling sideways",
        "nodes": [{"target": [target]} for target in targets],
    }


def known_issue(page, violation: dict) -> KnownIssue | None:
    """The known issue this violation is, if all its nodes sit inside that issue's element."""
    for issue in KNOWN_ISSUES:
        if issue.rule != violation["id"]:
            continue
        if not re.search(issue.path, urlsplit(page.url).path):
            continue
        targets = [node["target"][0] for node in violation["nodes"] if len(node["target"]) == 1]
        if len(targets) == len(violation["nodes"]) and page.evaluate(
            "([targets, inside]) => targets.every("
            "t => document.querySelector(t) && document.querySelector(t).closest(inside))",
            [targets, issue.inside],
        ):
            return issue
    return None


def failing(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v.get("impact") in FAILING_IMPACTS]


def describe(violations: list[dict]) -> str:
    """One line per rule (impact, id, help) and one per element (its selectors)."""
    lines = []
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"      at {' '.join(map(str, node['target']))}")
    return "\n".join(lines)


def assert_no_serious_violations(results: dict, where: str) -> None:
    """Fails listing each serious or critical violation with its id, help and targets."""
    bad = failing(results["violations"])
    assert not bad, f"Serious or critical accessibility violations on {where}:\n{describe(bad)}"

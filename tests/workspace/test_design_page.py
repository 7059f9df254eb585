"""The design system's page: every component drawn for the secretariat, refused to everyone else;
every declared colour pair of the site's tokens meets WCAG AA, computed from the stylesheet."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

COMPONENTS = [
    "type-scale",
    "spacing",
    "colours",
    "meeting-card",
    "follow-up-card",
    "badges",
    "table",
    "table-phone",
    "filters",
    "chart",
    "empty",
    "messages",
    "buttons",
    "pagination",
]
STYLESHEET = Path(__file__).resolve().parents[2] / "static" / "public" / "site.css"


def test_the_page_draws_every_component_with_the_pages_own_markup(client, clerk, directory):
    client.force_login(clerk)
    response = client.get(reverse("workspace:design"))
    assert response.status_code == 200
    html = response.content.decode()
    assert re.findall(r'data-component="([^"]+)"', html) == COMPONENTS
    # Each component by the markup its include writes.
    for marker in [
        '<article class="card',  # meeting card
        "card-closed",  # a closed meeting's card
        'class="card commitment-card card-overdue"',  # follow-up card
        'class="table-scroll" tabindex="0"',  # table, with its phone form
        '<form class="filters"',
        '<figure class="chart-figure"',
        "<svg",
        '<p class="empty">',
        '<ul class="messages">',
        '<nav class="pagination"',
        'rel="prev"',
        'class="danger"',
    ]:
        assert marker in html, marker
    for status in [
        "not_started",
        "in_progress",
        "awaiting_verification",
        "done",
        "cannot_follow_up",
        "overdue",
        "scheduled",
        "held",
        "postponed",
        "cancelled",
        "closed",
        "verification-pending",
        "verification-sent_back",
        "verification-verified",
        "outbox-sent",
        "outbox-failed",
    ]:
        assert f'class="badge badge-{status}"' in html, status
    assert html.count('class="design-pair"') >= 20
    assert '<strong class="error">' not in html  # no pair below its minimum


def test_the_public_is_sent_to_log_in_and_other_roles_are_refused(client, agency_user, body_user):
    url = reverse("workspace:design")
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("public:login"))
    for user in (agency_user, body_user):
        client.force_login(user)
        assert client.get(url).status_code == 403


def test_the_page_reads_the_database_only_for_the_filter_choices(
    client, clerk, directory, django_assert_max_num_queries
):
    client.force_login(clerk)
    with django_assert_max_num_queries(8):
        client.get(reverse("workspace:design"))


# --- Contrast, computed here from the stylesheet's text (independently of the page's code) ----


def _luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _ratio(first: str, second: str) -> float:
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _stylesheet():
    css = STYLESHEET.read_text(encoding="utf-8")
    root = re.search(r":root\s*\{(.*?)\}", css, re.S)[1]
    tokens = dict(re.findall(r"--([a-z0-9-]+):\s*(#[0-9a-fA-F]{3,6})\s*;", root))
    declared = {
        kind: line.split() for kind, line in re.findall(r"@(text|ui|decorative) ([^\n]+)", css)
    }
    return css, tokens, declared


def test_every_declared_colour_pair_meets_wcag_aa():
    """Text pairs 4.5:1 (normal and large text alike); user-interface parts (focus rings, field
    borders, the edges of notices) 3:1."""
    _, tokens, declared = _stylesheet()
    failures = []
    for kind, minimum in (("text", 4.5), ("ui", 3.0)):
        for pair in declared[kind]:
            foreground, background = pair.split("/")
            ratio = _ratio(tokens[foreground], tokens[background])
            if ratio < minimum:
                failures.append(f"{pair}: {ratio:.2f} < {minimum}")
    assert not failures
    assert len(declared["text"]) >= 20


def test_every_colour_token_is_in_a_checked_pair_or_declared_decorative():
    css, tokens, declared = _stylesheet()
    paired = {
        name for kind in ("text", "ui") for pair in declared[kind] for name in pair.split("/")
    }
    assert set(tokens) == paired | set(declared["decorative"])
    # Colours are written once, as tokens: no rule below the tokens names a colour of its own.
    rules = css[css.index("}", css.index(":root")) :]
    assert not re.findall(r"#[0-9a-fA-F]{3,6}\b", rules)


def test_the_workspace_styles_use_the_tokens_only():
    workspace = STYLESHEET.parents[1] / "workspace" / "workspace.css"
    assert not re.findall(r"#[0-9a-fA-F]{3,6}\b", workspace.read_text(encoding="utf-8"))

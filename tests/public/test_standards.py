"""The public pages and feeds as other people's tools read them: an Atom feed with an author and
an HTML summary (RFC 4287, the W3C feed validator), forms with a real action (W3C Nu)."""

import re
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed_has_an_author(client, world):
    feed = ET.fromstring(client.get("/feeds/meetings.atom").content)
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    feed_author = feed.find(f"{ATOM}author/{ATOM}name")
    # RFC 4287 4.1.1: an author on the feed, or on every entry.
    assert (feed_author is not None and feed_author.text) or all(
        entry.find(f"{ATOM}author/{ATOM}name") is not None for entry in entries
    )


def test_atom_summary_is_html_with_its_line_breaks(client, world):
    feed = ET.fromstring(client.get("/feeds/meetings.atom").content)
    summaries = [entry.find(f"{ATOM}summary") for entry in feed.findall(f"{ATOM}entry")]
    assert all(summary.get("type") == "html" for summary in summaries)
    # Readers collapse newlines in HTML: each line ends in <br> instead.
    assert all("\n" not in summary.text for summary in summaries)
    assert any("<br>" in summary.text for summary in summaries)


def test_atom_summary_escapes_the_text(client, world):
    world.open_meeting.outcomes.create(kind="conclusion", text="a < b & <i>c</i>", order=1)
    feed = ET.fromstring(client.get("/feeds/meetings.atom").content)
    summaries = [entry.find(f"{ATOM}summary").text for entry in feed.findall(f"{ATOM}entry")]
    # The HTML summary shows the text as typed: markup in it is escaped, not interpreted.
    assert any("a &lt; b &amp; &lt;i&gt;c&lt;/i&gt;" in summary for summary in summaries)


def test_feedparser_reads_author_and_summary(client, world):
    feedparser = pytest.importorskip("feedparser")
    parsed = feedparser.parse(client.get("/feeds/meetings.atom").content)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.feed.author
    assert all(entry.summary_detail.type == "text/html" for entry in parsed.entries)


PAGES_WITH_FORMS = ["/calendar/", "/calendar/list/", "/commitments/", "/search/?q=Komisi"]


@pytest.mark.parametrize("url", PAGES_WITH_FORMS + ["/scoreboard/"])
def test_no_form_has_an_empty_action(client, world, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert not re.search(r"<form\b[^>]*\saction=\"\"", page)
    actions = re.findall(r"<form\b[^>]*\saction=\"([^\"]*)\"", page)
    assert actions and all(action.startswith("/") for action in actions)


def test_time_elements_hold_no_microseconds(client, world):
    # A start with microseconds (an API client's "09:00:00.123456+07:00") gave
    # datetime="...:00.123456+07:00", which HTML refuses (three digits of a fraction at most).
    world.open_meeting.start = world.open_meeting.start.replace(microsecond=123456)
    world.open_meeting.save()
    for url in ("/", f"/meetings/{world.open_meeting.pk}/", "/calendar/list/"):
        page = client.get(url).content.decode()
        values = re.findall(r'<time datetime="([^"]+)"', page)
        assert values, url
        assert not [v for v in values if re.search(r"\.\d{4,}", v)], url

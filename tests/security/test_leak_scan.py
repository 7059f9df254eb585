"""The leak scan: distinct secret strings in every field of a closed meeting and of its agenda
items, outcomes, documents, participants and follow-ups; then every page, feed, export, recap
and API answer is crawled as each kind of reader, and no secret may appear where that reader
may not see it.

Readers: the public; an agency not invited that owes a follow-up of the meeting; the invited
agency, which owes another; a member of another body, to which the outsider's follow-up
answers. Surfaces: the URL list (every route of the URLconf, filled with the world's ids and
slugs), the links of every page reached from the home page (HTML href/src, JSON urls,
iCalendar URLs), each list endpoint, the search and filters queried with each secret, each
reader's private calendar, and the recaps of each reader's organization.
"""

import datetime
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from accountability.periods import Period
from accountability.services.content import recap_content
from accountability.services.files import recap_csv, recap_html
from commitments.services import commitment_create, commitment_submit
from meetings.access import actor_for
from meetings.models import (
    Attendance,
    DocumentKind,
    MeetingKind,
    MeetingStatus,
    Openness,
    OutcomeKind,
)
from meetings.services import (
    AgendaItemInput,
    OutcomeInput,
    ParticipantInput,
    document_add,
    meeting_create,
)
from public.services import calendar_token_create
from tests.api.conftest import START
from tests.factories import AgencyFactory, PersonFactory

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

PUBLIC, OUTSIDER, INVITED, OTHER_BODY = "public", "outsider_opd", "invited_opd", "other_body"
READERS = (PUBLIC, OUTSIDER, INVITED, OTHER_BODY)
MAX_PAGES = 700

# secret -> the readers who may see it. The invited agency takes part in the meeting: it reads
# the meeting in full, hidden agenda included, and its own follow-up. The outsider agency and
# the other body see the follow-up they owe or verify, never the meeting's contents.
SECRETS = {
    "QZTITLE91": {INVITED},
    "QZSUMMARY92": {INVITED},
    "QZREASON93": {INVITED},
    "QZAGENDAPUB94": {INVITED},
    "QZAGENDADESC95": {INVITED},
    "QZAGENDAHID96": {INVITED},
    "QZHIDDENDESC97": {INVITED},
    "QZOUTCOME98": {INVITED},
    "QZHIDOUTCOME99": {INVITED},
    "QZDOCPUB81": {INVITED},
    "QZDOCHID82": {INVITED},
    "QZREPTITLE83": {INVITED},
    "QZLETTER84": {INVITED},
    "QZABSENT85": {INVITED},
    "QZNUMBER86": {INVITED},
    "QZFUINVITED71": {INVITED},
    "QZQUOTEINV72": {INVITED},
    "QZFUOUTSIDER73": {OUTSIDER, OTHER_BODY},
    "QZQUOTEOUT74": {OUTSIDER, OTHER_BODY},
}
FINDER = re.compile("|".join(SECRETS))


@pytest.fixture
def planted(world, users):
    """A postponed-then-kept closed meeting of Komisi I, joint with nobody, every field secret."""
    meeting = meeting_create(
        title="QZTITLE91 rapat",
        kind=MeetingKind.RDP,
        lead_body=world.komisi,
        start=START + datetime.timedelta(days=3),
        end=START + datetime.timedelta(days=3, hours=2),
        openness=Openness.CLOSED,
        status=MeetingStatus.HELD,
        summary="QZSUMMARY92 ringkasan",
        online_url="https://meet.example.org/QZONLINE",
        source_url="https://news.example.org/QZSOURCE",
        invited_organizations=[world.agency],
        agenda_items=[
            AgendaItemInput(
                title="QZAGENDAPUB94",
                number="QZNUMBER86",
                description="QZAGENDADESC95",
                outcomes=[OutcomeInput(text="QZOUTCOME98", kind=OutcomeKind.CONCLUSION)],
            ),
            AgendaItemInput(
                title="QZAGENDAHID96",
                description="QZHIDDENDESC97",
                is_public=False,
                outcomes=[OutcomeInput(text="QZHIDOUTCOME99", kind=OutcomeKind.DECISION)],
            ),
        ],
        participants=[
            ParticipantInput(
                organization=world.agency,
                attendance=Attendance.REPRESENTED,
                represented_by=PersonFactory(name="Wakil contoh"),
                representative_title="QZREPTITLE83",
                assignment_letter="QZLETTER84",
            ),
            ParticipantInput(
                organization=AgencyFactory(), attendance=Attendance.ABSENT, reason="QZABSENT85"
            ),
        ],
    )
    meeting.status_reason = "QZREASON93"
    meeting.save(update_fields=["status_reason"])
    public_item, hidden_item = meeting.agenda_items.order_by("order")
    document_add(
        meeting=meeting,
        title="QZDOCPUB81",
        kind=DocumentKind.INVITATION,
        url="https://d.example.org/a",
        is_public=True,
    )
    document_add(
        meeting=meeting,
        title="QZDOCHID82",
        kind=DocumentKind.MINUTES,
        url="https://d.example.org/b",
        agenda_item=hidden_item,
    )
    invited = commitment_create(
        meeting=meeting,
        owner=world.agency,
        agenda_item=public_item,
        text="QZFUINVITED71 janji",
        source_quote="QZQUOTEINV72",
        due_date=datetime.date(2025, 4, 1),
        is_public=False,
    )
    outsider = commitment_create(
        meeting=meeting,
        owner=world.other_agency,
        answers_to=world.other_komisi,
        agenda_item=hidden_item,
        text="QZFUOUTSIDER73 janji",
        source_quote="QZQUOTEOUT74",
        due_date=datetime.date(2025, 4, 2),
        is_public=False,
    )
    commitment_submit(commitment=outsider, author=None)
    return meeting, [invited, outsider]


def reader_users(users):
    return {
        PUBLIC: None,
        OUTSIDER: users["other_agency"],
        INVITED: users["agency"],
        OTHER_BODY: users["other_body_member"],
    }


def routes(resolver=None, prefix=""):
    """Every route of the URLconf as a template string, e.g. 'meetings/<int:pk>/'."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from routes(pattern, route)
        elif isinstance(pattern, URLPattern):
            yield route


SKIPPED = ("admin/", "i18n/", "logout/", "notifications/", "static/", "media/")
SKIPPED_PATHS = tuple("/" + route for route in SKIPPED)


def url_list(world, meeting, commitments, secret):
    """The URL list: each route with its parameters filled from the world."""
    values = {
        "pk": [meeting.pk, world.closed_meeting.pk, *[c.pk for c in commitments]],
        "slug": [
            world.komisi.slug,
            world.other_komisi.slug,
            world.agency.slug,
            world.other_agency.slug,
            "meetings",
            "agenda-items",
            "attendance",
            "commitments",
        ],
        "secret": [secret],
        "kind": ["csv", "pdf"],
    }
    found = set()
    for route in routes():
        if route.startswith(SKIPPED) or "^" in route or "(?P" in route:
            continue
        names = re.findall(r"<(?:\w+:)?(\w+)>", route)
        filled = [route]
        for name in names:
            filled = [
                re.sub(rf"<(?:\w+:)?{name}>", str(value), url, count=1)
                for url in filled
                for value in values.get(name, ["1"])
            ]
        found.update("/" + url for url in filled)
    return found


def seeds(world, meeting, commitments):
    day = meeting.start.date()
    frm, to = (day - datetime.timedelta(days=40)).isoformat(), (day + datetime.timedelta(days=40))
    urls = {
        "/",
        "/calendar/?month=2025-02",
        "/calendar/?month=2025-03",
        "/calendar/list/?month=2025-03",
        f"/calendar.ics?from={frm}&to={to}",
        f"/meetings/{meeting.pk}/",
        f"/meetings/{meeting.pk}.ics",
        "/commitments/",
        "/feeds/meetings.rss",
        "/feeds/meetings.atom",
        "/scoreboard/",
        "/data/",
        "/data/catalog.json",
        "/data/meetings.ocd.json",
        "/api/",
        "/api/schema/",
        "/workspace/",
        "/workspace/agency/",
        "/workspace/body/",
        "/calendar/private/",
    }
    for slug in (
        world.komisi.slug,
        world.other_komisi.slug,
        world.agency.slug,
        world.other_agency.slug,
    ):
        urls.add(f"/calendar/{slug}.ics?from={frm}&to={to}")
        urls.add(f"/calendar/list/?month=2025-03&body={slug}")
        urls.add(f"/calendar/list/?month=2025-03&organization={slug}")
        urls.add(f"/commitments/?owner={slug}")
        urls.add(f"/commitments/?body={slug}")
        urls.add(f"/api/meetings/?body={slug}")
        urls.add(f"/api/meetings/?organization={slug}")
        urls.add(f"/scoreboard/?body={slug}")
    for endpoint in ("meetings", "commitments", "organizations", "people", "venues", "legislation"):
        urls.add(f"/api/{endpoint}/?page_size=200")
    urls.add(f"/api/meetings/{meeting.pk}/")
    urls.add("/api/meetings/?ordering=updated_at")
    for commitment in commitments:
        urls |= {
            f"/commitments/{commitment.pk}/",
            f"/workspace/commitments/{commitment.pk}/",
            f"/api/commitments/{commitment.pk}/",
            f"/api/commitments/{commitment.pk}/updates/",
            f"/api/commitments/?meeting={meeting.pk}",
        }
    # Every filter that searches words, asked for every secret: it must not find the meeting.
    for secret in SECRETS:
        urls |= {
            f"/search/?q={secret}",
            f"/api/meetings/?q={secret}",
            f"/api/commitments/?q={secret}",
        }
    return urls


LINK = re.compile(r"""(?:href|src|action)=["']([^"'#]+)""")
ICS_URL = re.compile(r"^URL(?:;[^:]*)?:(\S+)", re.MULTILINE)


def links(base: str, content_type: str, text: str) -> set[str]:
    found: set[str] = set()
    if "json" in content_type:
        found |= set(re.findall(r'"(https?://testserver/[^"]+|/[^"\s]*)"', text))
    elif "calendar" in content_type:
        found |= set(ICS_URL.findall(text.replace("\r\n ", "")))
    else:
        found |= set(LINK.findall(text))
    paths = set()
    for link in found:
        parts = urlsplit(urljoin("http://testserver" + base, link.replace("&amp;", "&")))
        if parts.netloc not in ("testserver", "") or parts.scheme not in ("http", "https", ""):
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path.startswith(SKIPPED_PATHS):
            continue
        paths.add(path)
    return paths


def crawl(client: Client, start: set[str]) -> dict[str, str]:
    """Breadth-first over the site from the seeds; returns path -> decoded body of every 200."""
    seen, bodies, queue = set(start), {}, deque(sorted(start))
    while queue and len(seen) <= MAX_PAGES:
        path = queue.popleft()
        response = client.get(path, HTTP_ACCEPT="text/html,application/json;q=0.9,*/*;q=0.8")
        assert response.status_code < 500, (path, response.status_code)
        if response.status_code != 200 or response.streaming:
            continue
        content_type = response.get("Content-Type", "")
        if "pdf" in content_type:
            continue  # PDFs are checked through the HTML they are printed from
        text = response.content.decode("utf-8", "replace")
        bodies[path] = text
        for link in links(path, content_type, text):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return bodies


# The words a reader searched for, repeated by the search page and by the follow page it links
# to (/follow/?words=...).
ECHO = re.compile(r"[?&](?:q|words)=(\w+)")


def leaks(reader: str, where: str, text: str) -> list[str]:
    # A search or follow page repeats the words asked for: that echo is the reader's own, not
    # a leak.
    echoed = ECHO.search(where)
    if echoed:
        text = text.replace(echoed.group(1), "")
    return [
        f"{secret} in {where}" for secret in FINDER.findall(text) if reader not in SECRETS[secret]
    ]


def found_by_search(reader: str, path: str, text: str, meeting) -> list[str]:
    """A word search for a secret the reader may not see must not find the meeting."""
    echoed = ECHO.search(path)
    if not echoed or reader in SECRETS[echoed.group(1)] or "/api/commitments/" in path:
        return []
    if f"/meetings/{meeting.pk}/" in text:
        return [f"{reader}: {path} finds the closed meeting"]
    return []


def test_no_secret_of_a_closed_meeting_reaches_a_reader_outside_it(world, users, planted):
    meeting, commitments = planted
    found, coverage, seen_secrets = [], {}, {reader: set() for reader in READERS}
    organizations = {
        OUTSIDER: world.other_agency,
        INVITED: world.agency,
        OTHER_BODY: world.other_komisi,
    }
    for reader, user in reader_users(users).items():
        client = Client()
        secret = "no-such-secret"
        if user is not None:
            client.force_login(user)
            _, secret = calendar_token_create(
                user=user, actor=actor_for(user), organization=organizations[reader]
            )
        start = seeds(world, meeting, commitments) | url_list(world, meeting, commitments, secret)
        bodies = crawl(client, start)
        coverage[reader] = len(bodies)
        for path, text in bodies.items():
            found += leaks(reader, f"{reader}: {path}", text)
            found += found_by_search(reader, path, text, meeting)
            seen_secrets[reader] |= set(FINDER.findall(text))
        if reader in organizations:
            period = Period(datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))
            content = recap_content(organization=organizations[reader], period=period)
            found += leaks(reader, f"{reader}: recap CSV", recap_csv(content).decode("utf-8"))
            found += leaks(reader, f"{reader}: recap PDF", recap_html(content))
    print(f"\nleak scan: pages read per reader {coverage}")
    assert not found, "\n".join(sorted(set(found)))
    # The scan reached the places where each secret is allowed: it can see a leak if one exists.
    assert coverage[PUBLIC] >= 50 and min(coverage.values()) >= 50, coverage
    assert {"QZTITLE91", "QZAGENDAHID96", "QZFUINVITED71", "QZOUTCOME98"} <= seen_secrets[INVITED]
    assert (
        "QZFUOUTSIDER73" in seen_secrets[OUTSIDER] and "QZFUOUTSIDER73" in seen_secrets[OTHER_BODY]
    )

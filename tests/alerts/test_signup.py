"""Sign-up with double opt-in, limits, the same answer for everyone, and unsubscribing."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from alerts import policy
from alerts.models import Subscription, Target
from meetings.services import meeting_cancel
from notifications.models import Kind, Notification, Status
from notifications.services import notification_deliver
from tests.alerts.conftest import follow

pytestmark = pytest.mark.django_db

FOLLOW = reverse("alerts:follow")


def sign_up(client, address="warga@example.org", ip="203.0.113.5", **choice):
    data = {"address": address, "frequency": "each", "language": "id", **choice}
    return client.post(FOLLOW, data, REMOTE_ADDR=ip)


def deliver_all() -> None:
    for pk in Notification.objects.filter(status=Status.PENDING).values_list("pk", flat=True):
        notification_deliver(notification_id=pk)


def confirm_link(message) -> str:
    return re.search(r"https://tracker\.example\.org(/follow/confirm/\S+/)", message.body)[1]


def without_csrf_token(page: bytes) -> bytes:
    # The logout form's token is masked anew on every response.
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]*"', b"", page)


def test_nothing_but_the_confirmation_is_sent_until_confirmed(
    client, meeting, komisi, django_capture_on_commit_callbacks
):
    response = sign_up(client, body=komisi.slug)
    assert response.status_code == 302
    assert response["Location"] == reverse("alerts:check-inbox")
    with django_capture_on_commit_callbacks(execute=True):
        meeting_cancel(meeting=meeting, reason="batal")
    deliver_all()
    [confirmation] = mail.outbox
    assert confirmation.to == ["warga@example.org"]
    assert "Komisi I" in confirmation.subject
    assert "48" in confirmation.body  # how long the link works
    assert not Notification.objects.filter(kind=Kind.ALERT).exists()

    link = confirm_link(confirmation)
    assert client.get(link).status_code == 200  # a mail scanner's visit confirms nothing
    assert not Subscription.objects.get().is_confirmed
    assert client.post(link).status_code == 200
    assert Subscription.objects.get().is_confirmed


def test_the_confirmation_link_expires(client, komisi):
    sign_up(client, body=komisi.slug)
    deliver_all()
    link = confirm_link(mail.outbox[0])
    later = timezone.now() + policy.CONFIRMATION_VALID + datetime.timedelta(minutes=1)
    with time_machine.travel(later):
        response = client.post(link)
    assert response.status_code == 200
    assert not Subscription.objects.get().is_confirmed


def test_the_answer_does_not_tell_whether_an_address_already_follows(client, komisi):
    follow("sudah@example.org", target=Target.BODY, organization=komisi)
    known = sign_up(client, "sudah@example.org", body=komisi.slug)
    unknown = sign_up(client, "baru@example.org", body=komisi.slug)
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    page_known = without_csrf_token(client.get(known["Location"]).content)
    page_unknown = without_csrf_token(client.get(unknown["Location"]).content)
    assert page_known == page_unknown
    # The follower already confirmed gets no new mail; the new address gets its confirmation.
    confirmations = Notification.objects.filter(kind=Kind.ALERT_CONFIRM)
    assert list(confirmations.values_list("address", flat=True)) == ["baru@example.org"]


def test_an_address_has_at_most_a_few_pending_confirmations(client, komisi, agency, raperda):
    for number, choice in enumerate(
        [{"body": komisi.slug}, {"agency": agency.slug}, {"legislation": raperda.slug}]
        + [{"words": "jalan"}]
    ):
        response = sign_up(client, "target@example.org", ip=f"198.51.100.{number}", **choice)
        assert response.status_code == 302
    assert Notification.objects.filter(kind=Kind.ALERT_CONFIRM).count() == (
        policy.MAX_PENDING_PER_ADDRESS
    )


def test_sign_ups_are_limited_per_address_in_the_cache(client, komisi):
    for number in range(policy.SIGNUPS_PER_ADDRESS + 2):
        sign_up(client, "target@example.org", ip=f"198.51.100.{number}", body=komisi.slug)
    # A repeated sign-up renews the pending one (one row, one new token per request) ...
    assert Subscription.objects.count() == 1
    # ... but only as often as the limit allows.
    assert Notification.objects.filter(kind=Kind.ALERT_CONFIRM).count() == (
        policy.SIGNUPS_PER_ADDRESS
    )


def test_sign_ups_are_limited_per_ip(client, komisi):
    for number in range(policy.SIGNUPS_PER_IP):
        assert sign_up(client, f"orang{number}@example.org", body=komisi.slug).status_code == 302
    response = sign_up(client, "satu.lagi@example.org", body=komisi.slug)
    assert response.status_code == 429
    assert not Subscription.objects.filter(address="satu.lagi@example.org").exists()


def test_one_thing_to_follow_is_required(client, komisi, agency):
    assert sign_up(client).status_code == 200
    assert sign_up(client, body=komisi.slug, agency=agency.slug).status_code == 200
    assert not Subscription.objects.exists()


def test_the_form_needs_its_csrf_token(komisi):
    client = Client(enforce_csrf_checks=True)
    assert sign_up(client, body=komisi.slug).status_code == 403


def test_unsubscribe_get_asks_and_post_deletes(client, komisi):
    subscription = follow("warga@example.org", target=Target.BODY, organization=komisi)
    url = reverse("alerts:unsubscribe", kwargs={"token": subscription.token})
    page = client.get(url)
    assert page.status_code == 200 and b"<form" in page.content
    assert Subscription.objects.exists()
    assert client.post(url).status_code == 200
    assert not Subscription.objects.exists()
    assert client.post(url).status_code == 200  # twice is fine


def test_one_click_unsubscribe_needs_no_csrf_token(komisi):
    subscription = follow("warga@example.org", target=Target.BODY, organization=komisi)
    url = reverse("alerts:unsubscribe", kwargs={"token": subscription.token})
    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscription.objects.exists()


def test_alerts_waiting_in_the_outbox_are_dropped_after_unsubscribing(
    client, meeting, komisi, django_capture_on_commit_callbacks
):
    subscription = follow("warga@example.org", target=Target.BODY, organization=komisi)
    with django_capture_on_commit_callbacks(execute=True):
        meeting_cancel(meeting=meeting, reason="batal")
    row = Notification.objects.get(kind=Kind.ALERT)
    client.post(reverse("alerts:unsubscribe", kwargs={"token": subscription.token}))
    assert notification_deliver(notification_id=row.pk) == Status.SKIPPED
    assert mail.outbox == []


def test_every_alert_carries_one_click_unsubscribe_headers(
    meeting, komisi, django_capture_on_commit_callbacks
):
    subscription = follow("warga@example.org", target=Target.BODY, organization=komisi)
    with django_capture_on_commit_callbacks(execute=True):
        meeting_cancel(meeting=meeting, reason="batal")
    deliver_all()
    [message] = mail.outbox
    url = f"https://tracker.example.org/follow/unsubscribe/{subscription.token}/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in message.body


@pytest.mark.parametrize(("language", "month"), [("id", "Maret"), ("en", "March")])
def test_messages_are_in_the_language_chosen_on_the_page(
    language, month, client, komisi, django_capture_on_commit_callbacks
):
    from tests.factories import MeetingFactory

    data = {"address": "warga@example.org", "frequency": "each", "language": language}
    client.post(FOLLOW, {**data, "body": komisi.slug})
    subscription = Subscription.objects.get()
    assert subscription.language == language
    Subscription.objects.update(confirmed_at=timezone.now())
    with time_machine.travel(datetime.datetime(2030, 3, 1, tzinfo=datetime.UTC)):
        with django_capture_on_commit_callbacks(execute=True):
            MeetingFactory(
                lead_body=komisi, start=datetime.datetime(2030, 3, 10, 2, tzinfo=datetime.UTC)
            )
        deliver_all()
    alert = mail.outbox[-1]
    assert Notification.objects.get(kind=Kind.ALERT).language == language
    assert month in alert.body


def test_the_language_defaults_to_indonesian(client):
    page = client.get(FOLLOW).content.decode()
    assert re.search(r'value="id"[^>]*checked', page)


def test_the_follow_page_costs_a_fixed_number_of_queries(
    client, komisi, agency, raperda, django_assert_num_queries
):
    from tests.factories import AgencyFactory, BodyFactory, LegislationFactory

    with django_assert_num_queries(3):  # bodies, agencies, legislation
        client.get(FOLLOW, {"body": komisi.slug})
    BodyFactory.create_batch(5)
    AgencyFactory.create_batch(5)
    LegislationFactory.create_batch(5)
    with django_assert_num_queries(3):
        page = client.get(FOLLOW, {"body": komisi.slug})
    assert f'value="{komisi.slug}" selected' in page.content.decode()


def test_the_body_agency_and_search_pages_link_to_follow(client, komisi, agency):
    body = client.get(reverse("public:body", kwargs={"slug": komisi.slug})).content.decode()
    assert f"/follow/?body={komisi.slug}" in body
    page = client.get(reverse("public:agency", kwargs={"slug": agency.slug})).content.decode()
    assert f"/follow/?agency={agency.slug}" in page
    search = client.get(reverse("public:search"), {"q": "jalan rusak"}).content.decode()
    assert "/follow/?words=jalan%20rusak" in search


def test_the_confirm_and_unsubscribe_pages_cost_one_query_each(
    client, komisi, django_assert_num_queries
):
    subscription = follow("warga@example.org", target=Target.BODY, organization=komisi)
    with django_assert_num_queries(0):
        client.get(reverse("alerts:confirm", kwargs={"token": subscription.token}))
    with django_assert_num_queries(1):  # the subscription with what it follows
        page = client.get(reverse("alerts:unsubscribe", kwargs={"token": subscription.token}))
    assert "Komisi I" in page.content.decode()


def test_the_secretariat_outbox_lists_alert_rows(
    client, meeting, komisi, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group

    from meetings.roles import SECRETARIAT
    from tests.factories import UserFactory

    sign_up(client, "baru@example.org", body=komisi.slug)
    follow("warga@example.org", target=Target.BODY, organization=komisi)
    with django_capture_on_commit_callbacks(execute=True):
        meeting_cancel(meeting=meeting, reason="batal")
    clerk = UserFactory()
    clerk.groups.add(Group.objects.get_or_create(name=SECRETARIAT)[0])
    client.force_login(clerk)
    page = client.get("/workspace/outbox/")
    assert page.status_code == 200
    assert "baru@example.org" in page.content.decode()
    assert "warga@example.org" in page.content.decode()

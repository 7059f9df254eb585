"""Accounts: invite one for a role, change its role or organization, deactivate it.

The password is never chosen by the secretariat: an invitation e-mails a set-password link
(Django's reset token, valid PASSWORD_RESET_TIMEOUT seconds), so only the person holds it."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.roles import ROLE_GROUPS
from audit.models import EventKind
from audit.services import audit_record
from meetings.models import Membership, OfficeRole, Organization, OrganizationKind, Person
from meetings.models.choices import BODY_KINDS

User = get_user_model()


@dataclass(frozen=True)
class AccountRole:
    role: str  # a key of ROLE_GROUPS
    organization: Organization | None


def account_role(user) -> AccountRole | None:
    """The account's role key and the organization it acts for (None when it has no role)."""
    groups = {group.name for group in user.groups.all()}
    role = next((key for key, name in ROLE_GROUPS.items() if name in groups), None)
    if role is None:
        return None
    membership = (
        Membership.objects.filter(person__user=user, end_date__isnull=True)
        .select_related("organization")
        .order_by("pk")
        .first()
    )
    return AccountRole(role, membership.organization if membership else None)


def _check_role(role: str, organization: Organization | None) -> None:
    if role not in ROLE_GROUPS:
        raise ValidationError({"role": _("Choose secretariat, opd or body.")})
    if role == "secretariat":
        return
    if organization is None:
        raise ValidationError(
            {"organization": _("An agency or body account needs its organization.")}
        )
    if role == "opd" and organization.kind != OrganizationKind.OPD:
        raise ValidationError(
            {"organization": _("An agency account belongs to a government agency (OPD).")}
        )
    if role == "body" and organization.kind not in BODY_KINDS:
        raise ValidationError({"organization": _("A body account belongs to a DPRD body.")})


def _place(user, role: str, organization: Organization | None) -> None:
    """Give the account exactly one role group and, for agencies and bodies, one office."""
    user.groups.remove(*Group.objects.filter(name__in=ROLE_GROUPS.values()))
    user.groups.add(Group.objects.get_or_create(name=ROLE_GROUPS[role])[0])
    if organization is None:
        return  # the secretariat acts for everything; no directory entry needed
    person = Person.objects.filter(user=user).first()
    if person is None:
        person = Person.objects.filter(email__iexact=user.email, user__isnull=True).first()
        if person is None or not user.email:
            person = Person.objects.create(
                name=user.get_full_name() or user.username,
                slug=_free_slug(f"akun-{user.username}"),
                email=user.email,
                is_verified=False,
            )
        person.user = user
        person.save(update_fields=["user"])
    # The account acts for the organizations of its open offices: an office this module made
    # for another organization (unverified staff or member) goes; directory offices stay.
    Membership.objects.filter(
        person=person,
        end_date__isnull=True,
        is_verified=False,
        role__in=[OfficeRole.STAFF, OfficeRole.MEMBER],
    ).exclude(organization=organization).delete()
    if not Membership.objects.filter(
        person=person, organization=organization, end_date__isnull=True
    ).exists():
        Membership.objects.create(
            person=person,
            organization=organization,
            role=OfficeRole.STAFF if role == "opd" else OfficeRole.MEMBER,
            label=str(organization)[:200],
            is_verified=False,
        )


def _free_slug(base: str) -> str:
    base = slugify(base)[:70] or "akun"
    slug, n = base, 1
    while Person.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def account_create(
    *,
    username: str,
    email: str,
    role: str,
    organization: Organization | None = None,
    full_name: str = "",
    invited_by=None,
    request=None,
) -> User:
    """A new account without a usable password; send it `account_invitation_send`."""
    _check_role(role, organization)
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": _("This username is taken.")})
    if not email:
        raise ValidationError({"email": _("An invitation needs an e-mail address.")})
    first, _sep, last = full_name.partition(" ")
    user = User(username=username, email=email, first_name=first[:150], last_name=last[:150])
    user.full_clean(exclude=["password"])
    user.set_unusable_password()
    user.save()
    _place(user, role, organization)
    audit_record(
        kind=EventKind.ACCOUNT,
        request=request,
        user=invited_by,
        detail={"action": "create", "account": username, "role": role},
    )
    return user


@transaction.atomic
def account_update(
    *,
    account,
    role: str,
    organization: Organization | None,
    is_active: bool,
    changed_by=None,
    request=None,
) -> None:
    _check_role(role, organization)
    if account.pk == getattr(changed_by, "pk", None) and not is_active:
        raise ValidationError({"is_active": _("You cannot deactivate your own account.")})
    _place(account, role, organization)
    if account.is_active != is_active:
        account.is_active = is_active
        account.save(update_fields=["is_active"])
        if not is_active:
            _revoke_access(account)
    audit_record(
        kind=EventKind.ACCOUNT,
        request=request,
        user=changed_by,
        detail={"action": "update", "account": account.username, "role": role, "active": is_active},
    )


def _revoke_access(account) -> None:
    # A deactivated account keeps no API token and no private calendar address.
    from knox.models import AuthToken

    from public.models import CalendarFeedToken

    AuthToken.objects.filter(user=account).delete()
    CalendarFeedToken.objects.filter(user=account, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def set_password_link(user) -> str:
    """An absolute link to choose a password (the reset token: one use, time-limited)."""
    path = reverse(
        "accounts:reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.SITE_URL.rstrip("/") + path


def account_invitation_send(*, user) -> str:
    """E-mail the set-password link; returns it (the command prints it on the console backend)."""
    link = set_password_link(user)
    context = {
        "user": user,
        "link": link,
        "site_url": settings.SITE_URL,
        "role": account_role(user),
        "days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
    }
    subject = render_to_string("accounts/email/invitation_subject.txt", context).strip()
    body = render_to_string("accounts/email/invitation.txt", context)
    message = EmailMultiAlternatives(subject, body, to=[user.email])
    message.send()
    return link

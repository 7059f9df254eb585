"""Accounts as the secretariat manages them: invite one, change its role, deactivate it.

Every view is secretariat-only on the server; the services check roles and organizations."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.roles import ROLE_GROUPS
from accounts.services import (
    account_create,
    account_invitation_send,
    account_update,
)
from meetings.models import Membership
from workspace.access import secretariat_required
from workspace.secretariat.forms_accounts import AccountChangeForm, AccountInviteForm

User = get_user_model()
ROLE_OF_GROUP = {name: key for key, name in ROLE_GROUPS.items()}


def _accounts():
    open_offices = Membership.objects.filter(end_date__isnull=True).select_related("organization")
    return (
        User.objects.order_by("username")
        .prefetch_related("groups")
        .select_related("person")
        .prefetch_related(Prefetch("person__memberships", queryset=open_offices))
    )


def _row(user) -> dict:
    role = next((ROLE_OF_GROUP[g.name] for g in user.groups.all() if g.name in ROLE_OF_GROUP), "")
    person = getattr(user, "person", None)
    offices = list(person.memberships.all()) if person else []
    return {
        "user": user,
        "role": role,
        "organizations": [office.organization for office in offices],
    }


def _errors_to_form(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, problems in error.message_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error.messages)


@secretariat_required
def accounts(request):
    form = AccountInviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = account_create(
                username=data["username"],
                email=data["email"],
                full_name=data["full_name"],
                role=data["role"],
                organization=data["organization"],
                invited_by=request.user,
                request=request,
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            account_invitation_send(user=user)
            messages.success(
                request,
                _("Account %(username)s made; the invitation was e-mailed to %(email)s.")
                % {"username": user.username, "email": user.email},
            )
            return redirect("workspace:accounts")
    rows = [_row(user) for user in _accounts()]
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "workspace/secretariat/accounts.html",
        {"form": form, "rows": rows, "roles": dict(AccountInviteForm.base_fields["role"].choices)},
        status=status,
    )


def _account(pk: int):
    user = _accounts().filter(pk=pk).first()
    if user is None:
        raise Http404
    return user


@secretariat_required
def account_edit(request, pk: int):
    user = _account(pk)
    row = _row(user)
    initial = {
        "role": row["role"],
        "organization": row["organizations"][0] if row["organizations"] else None,
        "is_active": user.is_active,
    }
    form = AccountChangeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            account_update(
                account=user,
                role=data["role"],
                organization=data["organization"],
                is_active=data["is_active"],
                changed_by=request.user,
                request=request,
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(
                request, _("Account %(username)s saved.") % {"username": user.username}
            )
            return redirect("workspace:accounts")
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "workspace/secretariat/account_edit.html",
        {"form": form, "account": user},
        status=status,
    )


@require_POST
@secretariat_required
def account_invite_again(request, pk: int):
    user = _account(pk)
    if not user.is_active or not user.email:
        messages.error(request, _("Only an active account with an e-mail address can be invited."))
    else:
        account_invitation_send(user=user)
        messages.success(request, _("Invitation sent again to %(email)s.") % {"email": user.email})
    return redirect("workspace:accounts")

"""Auth events into the audit log and the lock-out counter. Signals are the right hook here:
logins happen in Django's and knox's own views, which this project does not write."""

from django.conf import settings
from django.contrib.auth import get_user_model, user_logged_in, user_logged_out, user_login_failed
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.dispatch import receiver

from audit import lockout
from audit.models import EventKind
from audit.services import audit_record

User = get_user_model()
PRIVILEGE_FLAGS = ("is_staff", "is_superuser", "is_active")


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    lockout.failures_clear(user.get_username(), request)
    audit_record(kind=EventKind.LOGIN, request=request, user=user)


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        audit_record(kind=EventKind.LOGOUT, request=request, user=user)


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    # `credentials` arrives with the password already masked; only the username is kept.
    username = str(credentials.get(User.USERNAME_FIELD) or credentials.get("username") or "")
    was_locked = lockout.is_locked(username, request)
    count = lockout.failure_record(username, request)
    locked = count >= settings.LOGIN_LOCKOUT_ATTEMPTS
    kind = EventKind.LOCKED_OUT if locked and not was_locked else EventKind.LOGIN_FAILED
    audit_record(
        kind=kind,
        request=request,
        user=User.objects.filter(**{User.USERNAME_FIELD: username}).first(),
        username=username,
        detail={"failures": count},
    )


def _changed(action: str, pk_set, names) -> dict | None:
    if action not in ("post_add", "post_remove", "post_clear"):
        return None
    return {"action": action.removeprefix("post_"), "items": sorted(names(pk_set or ()))}


def _group_names(pks):
    return Group.objects.filter(pk__in=pks).values_list("name", flat=True)


def _permission_names(pks):
    from django.contrib.auth.models import Permission

    rows = Permission.objects.filter(pk__in=pks).values_list("content_type__app_label", "codename")
    return [f"{app}.{codename}" for app, codename in rows]


@receiver(m2m_changed, sender=User.groups.through)
def _user_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if reverse:  # group.user_set.add(...): `instance` is the group, pk_set the users
        for user in User.objects.filter(pk__in=pk_set or ()):
            change = _changed(action, {instance.pk}, _group_names)
            if change:
                audit_record(kind=EventKind.PERMISSIONS, user=user, detail={"groups": change})
        return
    change = _changed(action, pk_set, _group_names)
    if change:
        audit_record(kind=EventKind.PERMISSIONS, user=instance, detail={"groups": change})


@receiver(m2m_changed, sender=User.user_permissions.through)
def _user_permissions_changed(sender, instance, action, reverse, pk_set, **kwargs):
    change = _changed(action, pk_set, _permission_names)
    if change and not reverse:
        audit_record(kind=EventKind.PERMISSIONS, user=instance, detail={"permissions": change})


@receiver(m2m_changed, sender=Group.permissions.through)
def _group_permissions_changed(sender, instance, action, reverse, pk_set, **kwargs):
    change = _changed(action, pk_set, _permission_names)
    if change and not reverse:
        audit_record(
            kind=EventKind.PERMISSIONS, detail={"group": instance.name, "permissions": change}
        )


@receiver(pre_save, sender=User)
def _remember_flags(sender, instance, update_fields=None, **kwargs):
    # Logging in saves last_login only: no need to look the flags up for that.
    if update_fields is not None and not set(update_fields) & set(PRIVILEGE_FLAGS):
        return
    if instance.pk:
        instance._audit_flags = (
            User.objects.filter(pk=instance.pk).values(*PRIVILEGE_FLAGS).first() or {}
        )


@receiver(post_save, sender=User)
def _flags_changed(sender, instance, created, **kwargs):
    before = getattr(instance, "_audit_flags", None)
    if created or not before:
        return
    changes = {
        flag: getattr(instance, flag)
        for flag in PRIVILEGE_FLAGS
        if before.get(flag) != getattr(instance, flag)
    }
    if changes:
        audit_record(kind=EventKind.PERMISSIONS, user=instance, detail={"flags": changes})

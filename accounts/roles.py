"""The role groups and what the secretariat may change: part of the schema, not of the demo.

A data migration creates them on every database; after each later `migrate` the secretariat's
permissions are brought up to date, so a model added to a domain app is covered too."""

from django.db.models import Q

from meetings.roles import AGENCY, BODY_MEMBER, SECRETARIAT

# The roles an account can be given, by the name used on the command line and in forms.
ROLE_GROUPS = {"secretariat": SECRETARIAT, "opd": AGENCY, "body": BODY_MEMBER}

# The secretariat keeps the record, so it edits everything in the domain apps.
SECRETARIAT_PERMISSIONS = Q(content_type__app_label__in=["meetings", "commitments"]) | Q(
    content_type__app_label="auth", codename="view_user"
)


def role_groups_sync(apps) -> None:
    """Create the three groups and give the secretariat its permissions (idempotent)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name in ROLE_GROUPS.values():
        Group.objects.get_or_create(name=name)
    secretariat = Group.objects.get(name=SECRETARIAT)
    wanted = set(Permission.objects.filter(SECRETARIAT_PERMISSIONS).values_list("pk", flat=True))
    have = set(secretariat.permissions.values_list("pk", flat=True))
    if wanted - have:
        secretariat.permissions.add(*(wanted - have))


def role_groups_after_migrate(sender, app_config=None, using="default", apps=None, **kwargs):
    # Runs once per app; the last app's call sees every permission. Skipped before the
    # migration that creates the groups has run (e.g. migrating to an earlier state).
    if apps is None or app_config is None or app_config.label != "accounts":
        return
    try:
        apps.get_model("auth", "Group")
    except LookupError:
        return
    from django.contrib.auth.models import Group

    if not Group.objects.using(using).filter(name=SECRETARIAT).exists():
        return
    from django.apps import apps as global_apps

    role_groups_sync(global_apps)

"""The roles people have in the tracker, as Django groups.

The API and the workspaces decide what each role may do; this module only names them.
"""

from django.utils.translation import gettext_lazy as _

SECRETARIAT = "Sekretariat DPRD"
AGENCY = "OPD"
BODY_MEMBER = "Alat Kelengkapan DPRD"

ROLE_LABELS = {
    SECRETARIAT: _("DPRD secretariat"),
    AGENCY: _("Government agency (OPD)"),
    BODY_MEMBER: _("DPRD body member"),
}

# The inactive account that loaded the demo data: its changes are shown as "Demo data".
DEMO_USERNAME = "demo-data"

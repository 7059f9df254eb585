# The API's small world (two commissions, two agencies, one account per role) serves here too.
from tests.api.conftest import client_for, users, world  # noqa: F401

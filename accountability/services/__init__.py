from accountability.services.recap import (
    recap_build,
    recap_request,
    recaps_create_for_semester,
)

__all__ = ["recap_build", "recap_request", "recaps_create_for_semester"]

from meetings.access import Actor, actor_for


def actor_of(request) -> Actor:
    """The caller's role and organizations, worked out once per request."""
    if not hasattr(request, "_tracker_actor"):
        request._tracker_actor = actor_for(request.user)
    return request._tracker_actor

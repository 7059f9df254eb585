from meetings.access import actor_of


def workspace_actor(request) -> dict:
    """The workspace navigation needs the role; other pages never pay for it."""
    if request.path.startswith("/workspace/") and request.user.is_authenticated:
        return {"workspace_actor": actor_of(request)}
    return {}

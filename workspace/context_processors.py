from workspace.access import actor


def workspace_actor(request) -> dict:
    """The workspace navigation needs the role; other pages never pay for it."""
    if request.path.startswith("/workspace/") and request.user.is_authenticated:
        return {"workspace_actor": actor(request)}
    return {}

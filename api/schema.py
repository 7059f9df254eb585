"""The OpenAPI schema names every error answer an operation can give, with its shape.

Added by a post-processing hook so it holds for every operation, decorated or not.
"""

ERROR_SCHEMAS = {
    "ErrorDetail": {
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
    "FieldErrors": {
        "type": "object",
        "description": "Each key names a field (nested ones as `participants[1].role`), or "
        "`__all__` / `non_field_errors` for the record as a whole; each value lists messages "
        "in the caller's language (Accept-Language: id or en).",
        "additionalProperties": {
            "oneOf": [
                {"type": "array", "items": {"type": "string"}},
                {"type": "object"},
                {"type": "string"},
            ]
        },
    },
}


def _response(schema: str, description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def _errors_for(path: str, method: str, operation: dict) -> dict:
    errors = {
        "400": _response("FieldErrors", "Invalid input or filter, by field."),
        "401": _response("ErrorDetail", "Not logged in, or the token is invalid or expired."),
        "403": _response("ErrorDetail", "The caller's role may not do this."),
    }
    errors["404"] = _response(
        "ErrorDetail", "No such record or page, or not visible to the caller."
    )
    if method != "get":
        errors["409"] = _response("FieldErrors", "Not allowed in the record's current state.")
    if path.endswith("/auth/login/"):
        errors["429"] = _response("ErrorDetail", "Too many login attempts; wait and retry.")
    return errors


# Filters the server reads as "no filter" when sent empty (`?due_before=`), as an HTML form sends
# them: the schema says so, so clients and validators expect it.
NO_NUL = "^[^\\u0000]*$"
EMPTY_MEANS_UNFILTERED = {"page", "page_size", "format"}


def add_error_responses(result, generator, request, public):
    result.setdefault("components", {}).setdefault("schemas", {}).update(ERROR_SCHEMAS)
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            operation["responses"] = _errors_for(path, method, operation) | operation["responses"]
            for parameter in operation.get("parameters", []):
                if parameter.get("in") != "query":
                    continue
                if parameter["name"] not in EMPTY_MEANS_UNFILTERED:
                    parameter["allowEmptyValue"] = True
                schema = parameter.get("schema", {})
                if schema.get("type") == "string" and not schema.keys() & {"enum", "pattern"}:
                    # Text filters refuse the NUL character (a 400; PostgreSQL cannot hold it).
                    schema["pattern"] = NO_NUL
    return result

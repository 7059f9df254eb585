"""gunicorn's access log with secrets masked (core.security.redact): a private calendar's
address carries its secret in the path, which the access log would otherwise keep in clear."""

from gunicorn.glogging import Logger

from core.security import redact


class RedactingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        # Every text atom: the request line, path, query, referrer, headers and environ values.
        return {
            key: redact(value) if isinstance(value, str) else value for key, value in atoms.items()
        }

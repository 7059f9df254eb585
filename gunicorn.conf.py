# Read by gunicorn when started from the project folder (its default configuration file).
# The access log masks secrets: private calendar addresses carry theirs in the path.
logger_class = "tracker.gunicorn.RedactingLogger"
# Access lines like the application's: time, level, logger, request id (the X-Request-ID the app
# answered with, the proxy's own when it sent one), then the request.
access_log_format = (
    '%(t)s INFO gunicorn.access [%({x-request-id}o)s] %(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
)

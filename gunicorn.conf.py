# Read by gunicorn when started from the project folder (its default configuration file).
# The access log masks secrets: private calendar addresses carry theirs in the path.
logger_class = "tracker.gunicorn.RedactingLogger"

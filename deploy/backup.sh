#!/usr/bin/env bash
# Backs up the tracker on PostgreSQL as operators do: pg_dump of the database (custom format)
# and the uploaded files, into a new folder:
#
#   deploy/backup.sh /etc/tracker/tracker.env /var/backups/tracker
#   -> /var/backups/tracker/tracker-20250226-070000/{database.pgdump,media.tar.gz,SHA256SUMS}
#
# Safe while the site runs (pg_dump reads one consistent snapshot; a file uploaded during the
# backup may be missing from media.tar.gz). Restore with deploy/restore.sh. For SQLite use
# `manage.py dump_all` instead. Needs pg_dump of the server's major version or newer
# (Debian: postgresql-client).
set -euo pipefail

if [ "$#" -ne 2 ]; then
    echo "usage: $0 ENV_FILE BACKUP_ROOT" >&2
    exit 2
fi
deploy_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
env_file=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
backup_root=$(mkdir -p "$2" && cd "$2" && pwd)

if [ -z "${TRACKER_BACKING_UP:-}" ]; then
    TRACKER_BACKING_UP=1 exec "$deploy_dir/with-env" "$env_file" "$deploy_dir/backup.sh" "$env_file" "$backup_root"
fi

case "${DATABASE_URL:-}" in
    postgres://* | postgresql://* | pgsql://*) ;;
    *)
        echo "$0: DATABASE_URL is not PostgreSQL; use manage.py dump_all for SQLite." >&2
        exit 2
        ;;
esac
database_url=${DATABASE_URL/#pgsql:/postgresql:}
media=${DJANGO_MEDIA_ROOT:-${TRACKER_VAR_DIR:?}/media}

target="$backup_root/tracker-$(date -u +%Y%m%d-%H%M%S)"
mkdir "$target"
trap 'rm -rf "$target.partial"' EXIT
mv "$target" "$target.partial"

pg_dump --format=custom --no-owner --no-privileges --file="$target.partial/database.pgdump" \
    --dbname="$database_url"
mkdir -p "$media"
tar -C "$media" -czf "$target.partial/media.tar.gz" .
(cd "$target.partial" && sha256sum database.pgdump media.tar.gz >SHA256SUMS)
mv "$target.partial" "$target"
trap - EXIT

files=$(tar -tzf "$target/media.tar.gz" | grep -vc '/$' || true)
echo "Backed up to $target ($(du -sh "$target" | cut -f1), $files uploaded files)"

#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into the database and media folder of an
# environment file:
#
#   supervisorctl stop tracker:*                      # nothing may write meanwhile
#   deploy/restore.sh /etc/tracker/tracker.env /var/backups/tracker/tracker-20250226-070000
#   supervisorctl start tracker:*
#
# The database must exist (createdb -O tracker tracker). One that already holds tables is only
# replaced with --replace; the restore runs in one transaction, so a failed one changes
# nothing. The media folder is replaced too; the one before is kept beside it as
# <media>.before-<time>, to delete once the site looks right.
set -euo pipefail

replace=0
if [ "${1:-}" = "--replace" ]; then
    replace=1
    shift
fi
if [ "$#" -ne 2 ]; then
    echo "usage: $0 [--replace] ENV_FILE BACKUP_DIR" >&2
    exit 2
fi
deploy_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
env_file=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
backup=$(cd "$2" && pwd)

if [ -z "${TRACKER_RESTORING:-}" ]; then
    flag=()
    if [ "$replace" -eq 1 ]; then flag=(--replace); fi
    TRACKER_RESTORING=1 exec "$deploy_dir/with-env" "$env_file" "$deploy_dir/restore.sh" "${flag[@]}" "$env_file" "$backup"
fi

case "${DATABASE_URL:-}" in
    postgres://* | postgresql://* | pgsql://*) ;;
    *)
        echo "$0: DATABASE_URL is not PostgreSQL; use manage.py restore_all for SQLite." >&2
        exit 2
        ;;
esac
database_url=${DATABASE_URL/#pgsql:/postgresql:}
media=${DJANGO_MEDIA_ROOT:-${TRACKER_VAR_DIR:?}/media}

(cd "$backup" && sha256sum --check --quiet SHA256SUMS) || {
    echo "$0: $backup does not match its SHA256SUMS" >&2
    exit 1
}

tables=$(psql --dbname="$database_url" -Atqc \
    "select count(*) from pg_tables where schemaname = current_schema()")
if [ "$tables" -gt 0 ] && [ "$replace" -eq 0 ]; then
    echo "$0: the database already holds $tables tables; add --replace to overwrite it." >&2
    exit 1
fi

pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
    --dbname="$database_url" "$backup/database.pgdump"

incoming="$media.restoring-$$"
rm -rf "$incoming"
mkdir -p "$incoming"
tar -C "$incoming" -xzf "$backup/media.tar.gz" --no-same-owner
if [ -d "$media" ]; then
    mv "$media" "$media.before-$(date -u +%Y%m%d-%H%M%S)"
fi
mv "$incoming" "$media"

files=$(find "$media" -type f | wc -l)
echo "Restored $backup: the database and $files uploaded files into $media"

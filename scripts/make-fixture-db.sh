#!/usr/bin/env bash
# Builds tests/data/db/schema-N.db: a database at schema version N (migrations 0001..N applied
# with the sqlite3 shell) holding tests/data/db/schema-N.rows.sql, at least one row in every table.
#
#   scripts/make-fixture-db.sh N [--force]
#
# Run it for the newest schema *before* adding the next migration, and commit both files: the
# tests then open a copy of every schema-N.db with the current code and check that every row
# survived (tests/storage/MigrationTest.cpp). A fixture stands for databases clinics already
# have, so an existing one is never rebuilt without --force. See docs/database.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

usage() { echo "usage: $0 N [--force]" >&2; exit 1; }
[ $# -ge 1 ] || usage
version=$1
force=${2:-}
[[ $version =~ ^[1-9][0-9]*$ ]] || usage
[ -z "$force" ] || [ "$force" = "--force" ] || usage
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }

rows="$ROOT/tests/data/db/schema-$version.rows.sql"
out="$ROOT/tests/data/db/schema-$version.db"
[ -f "$rows" ] || { echo "missing $rows: write the rows for schema $version first" >&2; exit 1; }
if [ -e "$out" ] && [ "$force" != "--force" ]; then
  echo "$out exists; fixtures of released schemas never change (--force to rebuild anyway)" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/fixture.db"
for n in $(seq 1 "$version"); do
  file=$(printf '%s/resources/migrations/%04d_' "$ROOT" "$n")
  matches=("$file"*.sql)
  [ -f "${matches[0]}" ] || { echo "no migration numbered $n in resources/migrations" >&2; exit 1; }
  { echo "BEGIN;"; cat "${matches[0]}"; echo; echo "UPDATE schema_version SET version = $n;"; echo "COMMIT;"; } \
    | sqlite3 -bail "$db"
done
{ echo "PRAGMA foreign_keys = ON;"; echo "BEGIN;"; cat "$rows"; echo; echo "COMMIT;"; } | sqlite3 -bail "$db"

problems=$(sqlite3 "$db" "PRAGMA foreign_key_check;")
[ -z "$problems" ] || { echo "rows break foreign keys: $problems" >&2; exit 1; }
[ "$(sqlite3 "$db" "PRAGMA integrity_check;")" = "ok" ] || { echo "integrity check failed" >&2; exit 1; }
empty=$(sqlite3 "$db" "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual')
                        AND name NOT LIKE 'sqlite_%'" | while read -r table; do
  [ "$(sqlite3 "$db" "SELECT count(*) FROM \"$table\"")" -gt 0 ] || echo "$table"
done)
[ -z "$empty" ] || { echo "every table needs a row; empty: $empty" >&2; exit 1; }

# One self-contained, compact file (rollback journal, as a database copied off a clinic's disk).
sqlite3 "$db" "PRAGMA journal_mode = DELETE; VACUUM;" >/dev/null
mkdir -p "$(dirname "$out")"
mv "$db" "$out"
echo "wrote $out ($(stat -c %s "$out") bytes, schema $version)"

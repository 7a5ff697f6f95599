#!/bin/sh
# The snapshot-and-rollback tutorial (docs/snapshot-tutorial.md), replayed with lifeboat-cli
# against any MongoDB-compatible server:
#
#   MONGO_URI='mongodb://user:password@host:27017/?authSource=admin' docs/examples/safe-upgrade.sh
#
# It builds a small shop in database $DB (v1.0: 5 products with 4 fields), takes a pre-upgrade
# snapshot, "upgrades" it to v2.0 (7 products with 8 fields, a reviews collection), finds the
# upgrade bad, verifies the snapshot in a scratch database and rolls the database back, then
# checks that it holds exactly the 5 original products again.
#
# Settings (environment):
#   MONGO_URI      the server (required)
#   DB             the database to use (default: lifeboat_tutorial). It is REPLACED: the script
#                  refuses a database that already holds collections unless ALLOW_EXISTING=1.
#   SNAPSHOT_DIR   the snapshot folder (default: ./tutorial-snapshots)
#   LIFEBOAT_CLI   the lifeboat-cli to run (default: lifeboat-cli on PATH, else build/src/cli/lifeboat-cli)
#
# Needs only a POSIX shell, tar and lifeboat-cli (no mongosh).
set -eu

: "${MONGO_URI:?set MONGO_URI to the server to use}"
DB=${DB:-lifeboat_tutorial}
SNAPSHOT_DIR=${SNAPSHOT_DIR:-./tutorial-snapshots}
if [ -z "${LIFEBOAT_CLI:-}" ]; then
    if command -v lifeboat-cli >/dev/null 2>&1; then
        LIFEBOAT_CLI=lifeboat-cli
    else
        LIFEBOAT_CLI=$(dirname "$0")/../../build/src/cli/lifeboat-cli
    fi
fi
export MONGO_URI
cli() { "$LIFEBOAT_CLI" "$@"; }
say() { printf '\n=== %s\n' "$*"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Data is loaded the way any archive is: the runbook's layout, one JSON document per line.
pack() { # pack <folder> <file.jsonl>...: an archive of these files in $work/<folder>.tar
    folder=$1; shift
    mkdir -p "$work/$folder"
    for f in "$@"; do cp "$work/$f" "$work/$folder/"; done
    tar -cf "$work/$folder.tar" -C "$work" "$folder"
}
load() { # load <folder>: replaces $DB's collections with the archive's
    cli restore "$work/$1.tar" --target-db "$DB" --replace-existing --no-snapshot --yes --quiet >/dev/null
}

say "Phase 1: deploy v1.0 (5 products, 4 fields) into $DB"
cat > "$work/products.jsonl" <<'JSON'
{"_id": 1, "name": "Gaming Laptop", "price": 1500, "stock": 20}
{"_id": 2, "name": "Wireless Mouse", "price": 30, "stock": 150}
{"_id": 3, "name": "Mechanical Keyboard", "price": 120, "stock": 80}
{"_id": 4, "name": "4K Monitor", "price": 400, "stock": 45}
{"_id": 5, "name": "USB-C Hub", "price": 50, "stock": 200}
JSON
pack v1 products.jsonl
# The plan of a dry run says whether $DB holds anything already.
if cli restore "$work/v1.tar" --target-db "$DB" --dry-run --json | grep -q '"targetExists":true' && [ "${ALLOW_EXISTING:-0}" != 1 ]; then
    echo "$DB already holds collections; this script would replace them. Choose another DB=, or set ALLOW_EXISTING=1." >&2
    exit 1
fi
load v1
echo "v1.0 deployed: 5 products"

say "Phase 2: snapshot before the upgrade"
name="pre_upgrade_v1.0_$(date +%Y%m%d_%H%M%S)"
cli snapshot create --snapshot-dir "$SNAPSHOT_DIR" --mongo-db "$DB" --name "$name" \
    --purpose pre_upgrade --version-before 1.0 --version-target 2.0 \
    --description "Before the v2.0 upgrade: categories, ratings, reviews" --tag tutorial --keep-for 30d --quiet
cli snapshot info "$name" --snapshot-dir "$SNAPSHOT_DIR"

say "Phase 3: upgrade to v2.0 (4 new fields, 2 new products, reviews)"
# In real life this is your migration; here it is v2.0's data loaded in its place.
cat > "$work/products.jsonl" <<'JSON'
{"_id": 1, "name": "Gaming Laptop", "category": "Electronics", "description": "Description for Gaming Laptop", "price": 1500, "stock": 20, "rating": 4.5, "review_count": 0}
{"_id": 2, "name": "Wireless Mouse", "category": "Electronics", "description": "Description for Wireless Mouse", "price": 30, "stock": 150, "rating": 4.5, "review_count": 0}
{"_id": 3, "name": "Mechanical Keyboard", "category": "Electronics", "description": "Description for Mechanical Keyboard", "price": 120, "stock": 80, "rating": 4.5, "review_count": 0}
{"_id": 4, "name": "4K Monitor", "category": "Electronics", "description": "Description for 4K Monitor", "price": 400, "stock": 45, "rating": 4.5, "review_count": 0}
{"_id": 5, "name": "USB-C Hub", "category": "Electronics", "description": "Description for USB-C Hub", "price": 50, "stock": 200, "rating": 4.5, "review_count": 0}
{"_id": 6, "name": "Noise Cancelling Headphones", "category": "Audio", "description": "Over-ear, 30 h battery", "price": 250, "stock": 35, "rating": 4.7, "review_count": 12}
{"_id": 7, "name": "Smart Watch", "category": "Wearables", "description": "Heart rate, GPS", "price": 300, "stock": 25, "rating": 4.2, "review_count": 8}
JSON
cat > "$work/reviews.jsonl" <<'JSON'
{"_id": 1, "product": 6, "stars": 5, "text": "Quiet at last"}
{"_id": 2, "product": 7, "stars": 4, "text": "Good battery"}
JSON
pack v2 products.jsonl reviews.jsonl
load v2
echo "upgraded: 7 products with 8 fields, and reviews"

say "Phase 4: validate the upgrade"
# The tutorial's checks fail (integrity errors, category issues); here the check is that the
# database still matches the v1.0 snapshot, which a schema migration of course breaks.
if cli verify "$SNAPSHOT_DIR/$name.tar.gz" --target-db "$DB" --json >/dev/null 2>&1; then
    echo "unexpected: the database still matches the v1.0 snapshot" >&2
    exit 1
fi
echo "CRITICAL: upgrade validation failed. Decision: roll back to v1.0 with the snapshot"

say "Phase 5 and 6: verify the snapshot in a scratch database, then roll back"
cli snapshot restore "$name" --snapshot-dir "$SNAPSHOT_DIR" --target-db "$DB" --verify-first --yes --quiet

say "Check: $DB holds exactly the snapshot again (every document's digest)"
cli verify "$SNAPSHOT_DIR/$name.tar.gz" --target-db "$DB" --verify full
cli snapshot list --snapshot-dir "$SNAPSHOT_DIR"

say "Cleanup: delete the tutorial's snapshot (the safety snapshot of v2.0 stays for prune)"
cli snapshot delete "$name" --snapshot-dir "$SNAPSHOT_DIR" --yes
cli snapshot prune --snapshot-dir "$SNAPSHOT_DIR" --purpose pre_restore --keep-last 1

echo
echo "Done: $DB was upgraded, found bad, and rolled back to v1.0 (5 products, 4 fields)."

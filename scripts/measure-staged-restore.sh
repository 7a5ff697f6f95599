#!/bin/bash
# Staged vs --in-place restore of a 200,000-document archive into a database that holds the
# same 200,000 documents (--replace-existing), 3 runs each, against a local FerretDB (SQLite).
# Usage: scripts/measure-staged-restore.sh STATE_DIR ARCHIVE DROPDB
#   STATE_DIR: a FerretDB started by tests/integration/test-server.sh start STATE_DIR
#   ARCHIVE:   a backup of a 200,000-document database (lifeboat-cli backup)
#   DROPDB:    a program run as `DROPDB <uri> <db>` that drops a database
set -u
STATE=$1; ARCHIVE=$2; DROPDB=$3
U=$(cat "$STATE/uri"); CLI=${LIFEBOAT_CLI:-build/src/cli/lifeboat-cli}; DATA=$STATE/data
size() { du -sb --apparent-size $DATA/perfdst.sqlite* 2>/dev/null | awk '{s+=$1} END {print s+0}'; }
for run in 1 2 3; do
  for mode in staged in-place; do
    "$DROPDB" "$U" perfdst
    $CLI restore "$ARCHIVE" --mongo-uri $U --target-db perfdst --yes --no-snapshot --quiet --in-place > /dev/null
    base=$(size); peak=$base
    extra=""; [ $mode = in-place ] && extra=--in-place
    start=$(date +%s.%N)
    $CLI restore "$ARCHIVE" --mongo-uri $U --target-db perfdst --replace-existing --yes --no-snapshot --quiet $extra > /dev/null &
    pid=$!
    while kill -0 $pid 2>/dev/null; do s=$(size); [ $s -gt $peak ] && peak=$s; sleep 0.1; done
    wait $pid; rc=$?
    end=$(date +%s.%N)
    echo "$mode run=$run rc=$rc wall=$(echo "$end - $start" | bc) base=$base peak=$peak final=$(size)"
  done
done

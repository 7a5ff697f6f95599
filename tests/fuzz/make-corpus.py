#!/usr/bin/env python3
"""Writes the fuzz seed corpus (tests/fuzz/corpus/): a few documents of every BSON type from
MongoDB's BSON corpus, a few lines of the sample data sets, and hand-written edge cases
(int64 limits, the raw BSON wrapper, JSON Lines streams). Run from the repository root:
    tests/fuzz/make-corpus.py [../shared]
Small on purpose (< 200 files): libFuzzer grows its own working corpus from these."""
import hashlib, json, os, pathlib, sys

shared = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
out = pathlib.Path("tests/fuzz/corpus")
seeds = []

# MongoDB's BSON corpus: the first valid case of each type, in each Extended JSON form, and
# one parse error.
for suite in sorted((shared / "corpora/bson-corpus").glob("*.json")):
    data = json.loads(suite.read_text())
    for case in data.get("valid", [])[:2]:
        for field in ("canonical_extjson", "relaxed_extjson", "degenerate_extjson"):
            if field in case:
                seeds.append(case[field])
    for case in data.get("parseErrors", [])[:1]:
        seeds.append('{"x": ' + case["string"] + "}")

# A few real documents as JSON Lines: two lines of a few sample data sets.
samples = sorted((shared / "corpora/datasets").rglob("*.json"))[:12]
for path in samples:
    lines = [l for l in path.read_text(errors="replace").splitlines() if l.startswith("{")][:2]
    if lines:
        seeds.append("\n".join(lines) + "\n")

# Hand-written: the edges Lifeboat decides on its own.
seeds += [
    '{"a": 9223372036854775807, "b": -9223372036854775808}',
    '{"a": 99999999999999999999}',
    '{"a": 18446744073709551616}',
    '{"a": -9223372036854775809}',
    '{"a": {"$numberLong": "99999999999999999999"}}',
    '{"d": {"$date": 99999999999999999999}}',
    '{"t": {"$timestamp": {"t": 4294967295, "i": 1}}}',
    '{"$lifeboatRawBson": "DAAAABBhAAEAAAAA"}',
    '{"$lifeboatRawBson": "DAAAABBhAAEAAAAA", "extra": 1}',
    '{"a": "$lifeboatRawBson", "b": 1}',
    '{"a": "x\\u0000y"}',
    '{"s": "\\ud83d\\ude00 \\" \\\\ \\/ \\b\\f\\n\\r\\t"}',
    '{"_id": 1}\n{"_id": 2}\n\n{"_id": 3}\r\n',
    '{\n  "_id": 1,\n  "nested": {"a": [1, 2, {"b": null}]}\n}\n{"_id": 2} {"_id": 3}\n',
    '\ufeff{"bom": true}\n',
    '{"r": {"$regex": "^a", "$options": "i"}, "o": {"$oid": "5f1d7a8b9c0d1e2f3a4b5c6d"}}',
    '{"bin": {"$binary": {"base64": "AQID", "subType": "00"}}, "legacy": {"$binary": "AQID", "$type": "00"}}',
    '{"n": {"$numberDecimal": "1.5E+3"}, "d": {"$numberDouble": "-Infinity"}}',
]

out.mkdir(parents=True, exist_ok=True)
for old in out.iterdir():
    old.unlink()
for text in seeds:
    blob = text.encode("utf-8")
    (out / hashlib.sha1(blob).hexdigest()[:16]).write_bytes(blob)
print(f"{len(list(out.iterdir()))} seeds in {out}")

#!/usr/bin/env python3
"""Writes the "undo a bad delete" orders as two runbook-layout archives (bench/surgical/run):
before.tar.gz (N orders) and after.tar.gz (the same minus the 37 orders of customer C-TARGET,
with five other orders' status changed to "refunded"). Same documents as
tests/integration/TestSurgicalRestore.cpp."""
import io, json, sys, tarfile

def orders(n):
    targets = {3 + k * (n // 37) for k in range(37)}
    updated = {10, n // 5 + 1, n // 2 + 7, (3 * n) // 4 + 2, n - 2}
    for i in range(n):
        customer = "C-TARGET" if i in targets else "C-%05d" % (i % 4999)
        total = 10 + (i % 1000) * 0.25
        doc = {"_id": {"$oid": "65a00000%016x" % i}, "customer": customer,
               "total": {"$numberDouble": repr(float(total)) if total != int(total) else str(int(total))},
               "status": "shipped" if i % 3 == 0 else "paid",
               "items": [{"sku": "S-%d" % (i % 97), "qty": {"$numberInt": str(1 + i % 4)}},
                         {"sku": "S-%d" % (i % 31), "qty": {"$numberInt": "1"}}],
               "createdAt": {"$date": {"$numberLong": str(1700000000000 + i * 60000)}}}
        yield i, i in targets, i in updated, doc

def pack(path, top, lines):
    data = "".join(lines).encode()
    with tarfile.open(path, "w:gz", compresslevel=1) as tar:
        info = tarfile.TarInfo(top + "/orders.jsonl")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))

def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    before, after = [], []
    for i, target, updated, doc in orders(n):
        line = json.dumps(doc, separators=(",", ":")) + "\n"
        before.append(line)
        if target:
            continue
        if updated:
            doc["status"] = "refunded"
            line = json.dumps(doc, separators=(",", ":")) + "\n"
        after.append(line)
    pack(out + "/before.tar.gz", "shop", before)
    pack(out + "/after.tar.gz", "shop", after)

main()

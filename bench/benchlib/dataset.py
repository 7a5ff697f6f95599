"""The benchmark's data set: four collections of different shapes and sizes, 1,002,000
documents in all, generated deterministically (fixed seed) as canonical Extended JSON lines
that mongoimport loads.

Only types FerretDB 1.x (SQLite backend) stores are used: no Decimal128 (money is a double),
no MinKey/MaxKey, no JavaScript code, no $-prefixed or dotted keys, no arrays inside arrays.

  events    700,000  small flat documents (~150 B BSON): ObjectId, date, int32, int64,
                     double, bool, short strings. One collection holding most of the
                     documents, for the "whatever the collection size" memory check.
  orders    250,000  medium nested documents (~0.7 KB): sub-documents two levels deep,
                     arrays of sub-documents, arrays of strings, dates, nulls, ObjectIds,
                     UUID binaries, int64, doubles.
  profiles   50,000  text-heavy documents (~2.5 KB): string _id, long strings, arrays of
                     doubles, arrays of sub-documents, nested settings.
  blobs       2,000  mixed sizes: every 40th document large (~400 KB: incompressible binary
                     payload, long text, an array of 2,000 doubles), the others ~4 KB of the
                     same shape.

Change anything here and bump VERSION: the cached fill is keyed on it.
"""

import base64
import json
import os
import random

VERSION = 2
SEED = 20250801

# In blobs, every LARGE_EVERY-th document is large (~400 KB), the others ~4 KB. FerretDB 1.24
# does not cap a reply batch at 16 MB as MongoDB does (its default getMore batch is 250
# documents, whatever their size), and every client rejects a reply above the 48 MB message
# limit; version 1 of this data set (500 documents of ~210 KB each) made mongodump,
# mongoexport and lifeboat-cli all fail for that reason. Mixing sizes keeps any 1,000
# consecutive documents (lifeboat's default batch) near 15 MB.
LARGE_EVERY = 40

# name -> document count at scale 1.0
COLLECTIONS = [
    ("events", 700_000),
    ("orders", 250_000),
    ("profiles", 50_000),
    ("blobs", 2_000),
]

BASE_MS = 1_700_000_000_000  # 2023-11-14, dates spread over the following ~2 years
WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud "
         "exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure "
         "in reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint "
         "occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est "
         "laborum Zürich Kraków São Paulo 東京 données naïve café").split()
KINDS = ["click", "view", "purchase", "signup", "login", "logout", "search", "error"]
STATUSES = ["new", "paid", "packed", "shipped", "delivered", "returned", "cancelled"]
CITIES = ["Berlin", "Lyon", "Porto", "Kraków", "Zürich", "Oslo", "Austin", "Osaka", "Lagos", "Lima"]
COUNTRIES = ["DE", "FR", "PT", "PL", "CH", "NO", "US", "JP", "NG", "PE"]
LANGS = ["en", "de", "fr", "pt", "pl", "ja", "es", "it"]


def counts(scale=1.0):
    return [(name, max(1, int(round(n * scale)))) for name, n in COLLECTIONS]


def total_documents(scale=1.0):
    return sum(n for _, n in counts(scale))


def cache_key(scale=1.0):
    return "v%d-seed%d-%s" % (VERSION, SEED, "-".join("%s%d" % c for c in counts(scale)))


# Canonical Extended JSON helpers.
def i32(v):
    return {"$numberInt": str(v)}


def i64(v):
    return {"$numberLong": str(v)}


def dbl(v):
    return {"$numberDouble": repr(float(v))}


def date(ms):
    return {"$date": {"$numberLong": str(ms)}}


def oid(counter, salt):
    # 4-byte time, 5-byte "process", 3-byte counter, like a driver would make them.
    secs = 1_700_000_000 + counter // 50
    return {"$oid": "%08x%010x%06x" % (secs, salt, counter & 0xFFFFFF)}


def binary(data, subtype="00"):
    return {"$binary": {"base64": base64.b64encode(data).decode("ascii"), "subType": subtype}}


def text(rng, n_words):
    return " ".join(rng.choice(WORDS) for _ in range(n_words))


def gen_events(rng, n):
    for i in range(n):
        yield {
            "_id": oid(i, 0x0A0B0C0D01),
            "ts": date(BASE_MS + i * 83 + rng.randrange(1000)),
            "seq": i64(i),
            "user": i32(rng.randrange(200_000)),
            "kind": rng.choice(KINDS),
            "value": dbl(round(rng.uniform(0, 1000), 4)),
            "ok": rng.random() > 0.05,
            "src": "app-%d" % rng.randrange(12),
        }


def gen_orders(rng, n):
    for i in range(n):
        created = BASE_MS + i * 240_000 + rng.randrange(60_000)
        items = []
        total = 0.0
        for _ in range(rng.randint(1, 8)):
            price = round(rng.uniform(0.5, 400), 2)
            qty = rng.randint(1, 5)
            total += price * qty
            items.append({
                "sku": "SKU-%05d" % rng.randrange(50_000),
                "qty": i32(qty),
                "price": dbl(price),
                "discount": dbl(round(rng.choice([0, 0, 0, 0.05, 0.1, 0.25]), 2)),
            })
        city = rng.randrange(len(CITIES))
        status = rng.choice(STATUSES)
        yield {
            "_id": oid(i, 0x0A0B0C0D02),
            "orderNo": i64(10_000_000_000 + i),
            "createdAt": date(created),
            "updatedAt": date(created + rng.randrange(10_000_000)) if status != "new" else None,
            "status": status,
            "customer": {
                "id": oid(rng.randrange(80_000), 0x0A0B0C0D03),
                "name": "%s %s" % (rng.choice(WORDS).title(), rng.choice(WORDS).title()),
                "email": "user%d@example.%s" % (rng.randrange(80_000), rng.choice(["com", "org", "net"])),
                "address": {
                    "street": "%d %s Street" % (rng.randint(1, 999), rng.choice(WORDS).title()),
                    "city": CITIES[city],
                    "zip": "%05d" % rng.randrange(100_000),
                    "country": COUNTRIES[city],
                },
                "vip": rng.random() < 0.1,
            },
            "items": items,
            "total": dbl(round(total, 2)),
            "tags": rng.sample(["gift", "express", "bulk", "promo", "fragile", "repeat"], rng.randint(0, 4)),
            "notes": text(rng, rng.randint(0, 30)),
            "payment": {
                "method": rng.choice(["card", "paypal", "invoice", "cash"]),
                "paidAt": date(created + rng.randrange(3_600_000)),
                "ref": binary(rng.randbytes(16), "04"),
            },
        }


def gen_profiles(rng, n):
    for i in range(n):
        yield {
            "_id": "user-%07d" % i,
            "name": "%s %s" % (rng.choice(WORDS).title(), rng.choice(WORDS).title()),
            "bio": text(rng, rng.randint(80, 300)),
            "langs": rng.sample(LANGS, rng.randint(1, 4)),
            "scores": [dbl(round(rng.gauss(50, 15), 3)) for _ in range(20)],
            "history": [
                {
                    "at": date(BASE_MS + rng.randrange(60_000_000_000)),
                    "event": rng.choice(KINDS),
                    "ip": "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(256)),
                }
                for _ in range(rng.randint(5, 15))
            ],
            "settings": {
                "theme": rng.choice(["light", "dark", "auto"]),
                "notify": {"email": rng.random() < 0.5, "push": rng.random() < 0.5,
                           "digest": {"weekly": rng.random() < 0.3, "hour": i32(rng.randrange(24))}},
                "quota": i64(rng.randrange(1 << 40)),
            },
            "createdAt": date(BASE_MS + i * 1_000_000),
            "active": rng.random() < 0.8,
            "karma": i32(rng.randrange(-100, 10_000)),
        }


def gen_blobs(rng, n):
    for i in range(n):
        large = i % LARGE_EVERY == 0
        yield {
            "_id": i32(i),
            "name": "blob-%05d.bin" % i,
            "createdAt": date(BASE_MS + i * 3_600_000),
            "large": large,
            "payload": binary(rng.randbytes(rng.randint(192 * 1024, 448 * 1024) if large
                                            else rng.randint(1024, 4096))),
            "text": text(rng, rng.randint(4_000, 8_000) if large else rng.randint(50, 200)),
            "samples": [dbl(round(rng.uniform(-1, 1), 6)) for _ in range(2000 if large else 100)],
            "meta": {"encoder": rng.choice(["x", "y", "z"]), "version": i32(rng.randint(1, 9)),
                     "checksum": "%064x" % rng.getrandbits(256)},
        }


GENERATORS = {"events": gen_events, "orders": gen_orders, "profiles": gen_profiles, "blobs": gen_blobs}


def write_collection(name, n, path):
    """Writes n documents of collection `name` as canonical Extended JSON lines to path."""
    rng = random.Random("%d/%s" % (SEED, name))
    tmp = path + ".tmp"
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with open(tmp, "w", encoding="utf-8", buffering=1 << 20) as f:
        for doc in GENERATORS[name](rng, n):
            f.write(dumps(doc))
            f.write("\n")
    os.replace(tmp, path)
    return os.path.getsize(path)

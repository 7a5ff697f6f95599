#!/usr/bin/env python3
"""Copies every member of a Lifeboat archive into a new .tar.gz, changed in one way, for the
hostile-archive tests (TestHostileArchives). Usage: rebuild_archive.py SRC DST OP [ARGS]
  add NAME TEXT           a member more (any path: deeper, absolute, with ..)
  drop NAME               a member left out
  symlink NAME            the member replaced by a symbolic link to itself's neighbour
  set NAME TEXT           the member's content replaced
  flip NAME               one digit of the member changed for another (same size)
  manifest FIELD COLL VAL the manifest's record of collection COLL gets FIELD = VAL (JSON)
"""
import io, json, sys, tarfile

src, dst, op, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]


def content(member, data):
    if op == "set" and member.name == args[0]:
        return args[1].encode().decode("unicode_escape").encode("latin-1")
    if op == "flip" and member.name == args[0]:
        at = data.index(b'"n":{"$numberLong":"') + len(b'"n":{"$numberLong":"')
        return data[:at] + (b"8" if data[at:at + 1] != b"8" else b"9") + data[at + 1:]
    if op == "manifest" and member.name.endswith("/manifest.json"):
        manifest = json.loads(data)
        for c in manifest["collections"]:
            if c["name"] == args[1]:
                c[args[0]] = json.loads(args[2])
        return json.dumps(manifest, indent=2).encode()
    return data


with tarfile.open(src, "r:gz") as tin, tarfile.open(dst, "w:gz", format=tarfile.PAX_FORMAT) as tout:
    for m in tin.getmembers():
        if op == "drop" and m.name == args[0]:
            continue
        if op == "symlink" and m.name == args[0]:
            link = tarfile.TarInfo(m.name)
            link.type = tarfile.SYMTYPE
            link.linkname = "manifest.json"
            tout.addfile(link)
            continue
        if not m.isfile():
            tout.addfile(m)
            continue
        data = content(m, tin.extractfile(m).read())
        m.size = len(data)
        tout.addfile(m, io.BytesIO(data))
    if op == "add":
        extra = tarfile.TarInfo(args[0])
        data = args[1].encode()
        extra.size = len(data)
        tout.addfile(extra, io.BytesIO(data))

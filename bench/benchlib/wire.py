"""A minimal MongoDB wire-protocol client (OP_MSG, no auth, no TLS) for the benchmark's own
checks: document counts, buildInfo. Stdlib only, so the harness needs no pymongo."""

import socket
import struct
import urllib.parse


def _cstring(s):
    b = s.encode("utf-8")
    if b"\x00" in b:
        raise ValueError("NUL in key")
    return b + b"\x00"


class Int64(int):
    """An int always sent as a BSON int64 (cursor ids: getMore rejects an int32)."""


def encode(doc):
    out = bytearray()
    for key, value in doc.items():
        k = _cstring(key)
        if isinstance(value, Int64):
            out += b"\x12" + k + struct.pack("<q", value)
        elif isinstance(value, bool):
            out += b"\x08" + k + (b"\x01" if value else b"\x00")
        elif isinstance(value, int):
            if -(1 << 31) <= value < (1 << 31):
                out += b"\x10" + k + struct.pack("<i", value)
            else:
                out += b"\x12" + k + struct.pack("<q", value)
        elif isinstance(value, float):
            out += b"\x01" + k + struct.pack("<d", value)
        elif isinstance(value, str):
            b = value.encode("utf-8")
            out += b"\x02" + k + struct.pack("<i", len(b) + 1) + b + b"\x00"
        elif value is None:
            out += b"\x0a" + k
        elif isinstance(value, dict):
            out += b"\x03" + k + encode(value)
        elif isinstance(value, (list, tuple)):
            out += b"\x04" + k + encode({str(i): v for i, v in enumerate(value)})
        else:
            raise TypeError("cannot encode %r" % type(value))
    return struct.pack("<i", len(out) + 5) + bytes(out) + b"\x00"


def decode(data, pos=0):
    (length,) = struct.unpack_from("<i", data, pos)
    end = pos + length - 1
    pos += 4
    doc = {}
    while pos < end:
        t = data[pos]
        pos += 1
        z = data.index(b"\x00", pos)
        key = data[pos:z].decode("utf-8")
        pos = z + 1
        if t == 0x01:
            (v,) = struct.unpack_from("<d", data, pos); pos += 8
        elif t in (0x02, 0x0D, 0x0E):
            (n,) = struct.unpack_from("<i", data, pos)
            v = data[pos + 4:pos + 3 + n].decode("utf-8"); pos += 4 + n
        elif t in (0x03, 0x04):
            (n,) = struct.unpack_from("<i", data, pos)
            v = decode(data, pos); pos += n
            if t == 0x04:
                v = list(v.values())
        elif t == 0x05:
            (n,) = struct.unpack_from("<i", data, pos)
            v = bytes(data[pos + 5:pos + 5 + n]); pos += 5 + n
        elif t == 0x07:
            v = data[pos:pos + 12].hex(); pos += 12
        elif t == 0x08:
            v = data[pos] != 0; pos += 1
        elif t in (0x09, 0x11, 0x12):
            (v,) = struct.unpack_from("<q", data, pos); pos += 8
        elif t in (0x0A, 0x06, 0xFF, 0x7F):
            v = None
        elif t == 0x0B:
            z1 = data.index(b"\x00", pos); z2 = data.index(b"\x00", z1 + 1)
            v = (data[pos:z1].decode(), data[z1 + 1:z2].decode()); pos = z2 + 1
        elif t == 0x10:
            (v,) = struct.unpack_from("<i", data, pos); pos += 4
        elif t == 0x13:
            v = bytes(data[pos:pos + 16]); pos += 16
        else:
            raise ValueError("BSON type 0x%02x not supported here" % t)
        doc[key] = v
    return doc


class Client:
    def __init__(self, uri, timeout=600):
        u = urllib.parse.urlsplit(uri)
        host = u.hostname or "127.0.0.1"
        port = u.port or 27017
        self._sock = socket.create_connection((host, port), timeout=timeout)
        self._id = 0

    def close(self):
        self._sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _recv(self, n):
        buf = bytearray()
        while len(buf) < n:
            chunk = self._sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("server closed the connection")
            buf += chunk
        return bytes(buf)

    def command(self, db, cmd):
        self._id += 1
        body = dict(cmd)
        body["$db"] = db
        payload = struct.pack("<I", 0) + b"\x00" + encode(body)
        header = struct.pack("<iiii", 16 + len(payload), self._id, 0, 2013)
        self._sock.sendall(header + payload)
        length, _, _, opcode = struct.unpack("<iiii", self._recv(16))
        data = self._recv(length - 16)
        if opcode != 2013:
            raise ValueError("unexpected reply opcode %d" % opcode)
        if data[4] != 0:
            raise ValueError("unexpected OP_MSG section kind %d" % data[4])
        reply = decode(data, 5)
        if reply.get("ok") not in (1, 1.0, True):
            raise RuntimeError("%s failed: %s" % (next(iter(cmd)), reply.get("errmsg", reply)))
        return reply

    def count(self, db, collection):
        return int(self.command(db, {"count": collection})["n"])

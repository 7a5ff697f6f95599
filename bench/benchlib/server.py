"""Prerequisites and the benchmark's own FerretDB.

The filled SQLite data folder is cached under $LIFEBOAT_CACHE/bench/fill-<key>/ (key: data set
version, seed and counts), so only the first run pays for generating and importing a million
documents. Every run starts FerretDB on a copy of the cache, through the project's
tests/integration/test-server.sh (same flags as the tests); since that script always starts on
an empty data folder, FerretDB is started through a small wrapper (LIFEBOAT_FERRETDB) that
first moves the copied files into that folder.
"""

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import time

from . import dataset, wire

DB = "bench"


def log(msg):
    print("[bench %s] %s" % (time.strftime("%H:%M:%S"), msg), flush=True)


def _last_line(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, text=True, check=True)
    lines = [l for l in p.stdout.splitlines() if l.strip()]
    return lines[-1].strip()


class Prerequisites:
    def __init__(self, repo, build_dir, work, build=True):
        self.repo = repo
        self.build_dir = build_dir
        self.work = work
        self.build = build

    def prepare(self):
        if self.build:
            log("building lifeboat-cli (cmake --build %s --target lifeboat-cli)" % self.build_dir)
            subprocess.run(["cmake", "--build", self.build_dir, "-j2", "--target", "lifeboat-cli"], check=True,
                           stdout=subprocess.DEVNULL)
        built = os.path.join(self.build_dir, "src", "cli", "lifeboat-cli")
        if not os.access(built, os.X_OK):
            raise SystemExit("lifeboat-cli not found at %s" % built)
        # Measure a private copy: the build tree may be rebuilt while the benchmark runs.
        self.lifeboat = os.path.join(self.work, "bin", "lifeboat-cli")
        os.makedirs(os.path.dirname(self.lifeboat), exist_ok=True)
        shutil.copy2(built, self.lifeboat)
        with open(self.lifeboat, "rb") as f:
            self.lifeboat_sha256 = hashlib.sha256(f.read()).hexdigest()
        self.lifeboat_mtime = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(os.path.getmtime(built)))
        try:
            self.lifeboat_commit = subprocess.run(["git", "-C", self.repo, "describe", "--always", "--dirty"],
                                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                                  text=True).stdout.strip()
        except OSError:
            self.lifeboat_commit = "?"
        log("building/finding peer tools (scripts/build-peer-tools)")
        peer = _last_line([os.path.join(self.repo, "scripts", "build-peer-tools")], self.repo)
        self.mongodump = os.path.join(peer, "mongodump")
        self.mongorestore = os.path.join(peer, "mongorestore")
        self.mongoexport = os.path.join(peer, "mongoexport")
        self.mongoimport = os.path.join(peer, "mongoimport")
        v = subprocess.run([self.mongodump, "--version"], stdout=subprocess.PIPE, text=True).stdout
        self.mongo_tools_version = v.splitlines()[0].split(":", 1)[-1].strip() if v else "?"
        log("building/finding FerretDB (scripts/build-ferretdb)")
        self.ferretdb = _last_line([os.path.join(self.repo, "scripts", "build-ferretdb")], self.repo)
        self.test_server = os.path.join(self.repo, "tests", "integration", "test-server.sh")
        if not os.access("/usr/bin/time", os.X_OK):
            raise SystemExit("/usr/bin/time (GNU time) is missing: apt-get install -y --no-install-recommends time")
        return self


WRAPPER = """#!/bin/sh
# Written by the Lifeboat benchmark: moves a copy of the cached, filled data folder into the
# data folder test-server.sh gives FerretDB, then runs FerretDB.
data=
for a in "$@"; do
  case "$a" in --sqlite-url=file:*) data=${a#--sqlite-url=file:} ;; esac
done
if [ -n "$data" ] && [ -d "$BENCH_SEED_DIR" ]; then
  mv "$BENCH_SEED_DIR"/* "$data" && rmdir "$BENCH_SEED_DIR" || exit 1
fi
exec "$BENCH_FERRETDB" "$@"
"""


class Server:
    """One FerretDB started by test-server.sh in its own state folder."""

    def __init__(self, prereq, state_dir, seed_dir=None):
        self.prereq = prereq
        self.state = state_dir
        self.seed = seed_dir
        self.uri = None
        self.pid = None

    def start(self):
        env = dict(os.environ)
        env.pop("LIFEBOAT_TEST_MONGODB_URI", None)  # always our own server
        if self.seed:
            wrapper = self.state + "-ferretdb-seeded"
            with open(wrapper, "w") as f:
                f.write(WRAPPER)
            os.chmod(wrapper, 0o755)
            env["LIFEBOAT_FERRETDB"] = wrapper
            env["BENCH_SEED_DIR"] = self.seed
            env["BENCH_FERRETDB"] = self.prereq.ferretdb
        else:
            env["LIFEBOAT_FERRETDB"] = self.prereq.ferretdb
        subprocess.run([self.prereq.test_server, "start", self.state], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        with open(os.path.join(self.state, "uri")) as f:
            self.uri = f.read().strip()
        with open(os.path.join(self.state, "pid")) as f:
            self.pid = int(f.read().strip())
        with wire.Client(self.uri) as c:
            info = c.command("admin", {"buildInfo": 1})
        self.version = "FerretDB %s (wire version of MongoDB %s)" % (info.get("ferretdbVersion", "?"),
                                                                    info.get("version", "?"))
        log("server %s at %s (pid %d)" % (self.version, self.uri, self.pid))
        return self

    def halt(self):
        """Stops FerretDB but leaves its state folder (to copy the data folder)."""
        if not self.pid:
            return
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        for _ in range(300):
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
        os.kill(self.pid, signal.SIGKILL)

    def stop(self, keep_log=None):
        """Stops FerretDB and removes its state folder (keeping its log at keep_log)."""
        self.halt()
        if keep_log:
            try:
                shutil.copy(os.path.join(self.state, "ferretdb.log"), keep_log)
            except OSError:
                pass
        subprocess.run([self.prereq.test_server, "stop", self.state], check=False)
        self.pid = None

    def data_dir(self):
        return os.path.join(self.state, "data")


def _dir_size(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                pass
    return total


def fill_cache(prereq, work, cache_root, scale, refill=False):
    """Returns (cache folder, fill record, reused). Generates and imports the data set unless a cached
    fill with the same key exists."""
    key = dataset.cache_key(scale)
    cache = os.path.join(cache_root, "fill-" + key)
    record_path = os.path.join(cache, "fill.json")
    if refill and os.path.isdir(cache):
        shutil.rmtree(cache)
    if os.path.isfile(record_path):
        with open(record_path) as f:
            record = json.load(f)
        log("reusing the cached fill %s (%d documents, filled in %.0f s on %s)"
            % (cache, record["documents"], record["fill_s"], record["filled_at"]))
        return cache, record, True

    log("no cached fill for %s: generating and importing %d documents" % (key, dataset.total_documents(scale)))
    gen = os.path.join(work, "gen")
    os.makedirs(gen, exist_ok=True)
    t0 = time.monotonic()
    files = {}
    for name, n in dataset.counts(scale):
        path = os.path.join(gen, name + ".json")
        t = time.monotonic()
        size = dataset.write_collection(name, n, path)
        files[name] = path
        log("  generated %-8s %9d docs %8.1f MB of Extended JSON in %.0f s" % (name, n, size / 1e6, time.monotonic() - t))
    gen_s = time.monotonic() - t0

    server = Server(prereq, os.path.join(work, "fill-state")).start()
    imports = {}
    try:
        t1 = time.monotonic()
        for name, n in dataset.counts(scale):
            t = time.monotonic()
            p = subprocess.run([prereq.mongoimport, "--uri", server.uri, "--db", DB, "--collection", name,
                                "--file", files[name], "--numInsertionWorkers", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            imports[name] = time.monotonic() - t
            ok = re.findall(r"(\d+) document\(s\) imported successfully\. (\d+) document\(s\) failed", p.stdout)
            # mongoimport's own count, not a server-side count: FerretDB answers `count` by
            # scanning the whole collection (about 2 minutes for this data set).
            if p.returncode != 0 or not ok or int(ok[-1][0]) != n or int(ok[-1][1]) != 0:
                raise SystemExit("mongoimport of %s failed (expected %d documents):\n%s" % (name, n, p.stdout[-3000:]))
            log("  imported  %-8s %9d docs in %.0f s (%.0f docs/s)" % (name, n, imports[name], n / imports[name]))
            os.remove(files[name])
        import_s = time.monotonic() - t1
        server.halt()
        tmp = cache + ".tmp"
        if os.path.exists(tmp):
            shutil.rmtree(tmp)
        os.makedirs(cache_root, exist_ok=True)
        shutil.copytree(server.data_dir(), os.path.join(tmp, "data"))
        record = {
            "key": key,
            "documents": dataset.total_documents(scale),
            "collections": dict(dataset.counts(scale)),
            "generate_s": round(gen_s, 1),
            "import_s": round(import_s, 1),
            "import_per_collection_s": {k: round(v, 1) for k, v in imports.items()},
            "fill_s": round(gen_s + import_s, 1),
            "total_s": round(time.monotonic() - t0, 1),
            "sqlite_bytes": _dir_size(os.path.join(tmp, "data")),
            "filled_at": time.strftime("%Y-%m-%d %H:%M:%S"),
            "server": server.version,
        }
        with open(os.path.join(tmp, "fill.json"), "w") as f:
            json.dump(record, f, indent=2)
        os.rename(tmp, cache)
    finally:
        server.stop()
        shutil.rmtree(gen, ignore_errors=True)
    log("fill done in %.0f s (generate %.0f s, import %.0f s; %.0f s with copying into the cache); cached in %s"
        % (record["fill_s"], record["generate_s"], record["import_s"], record["total_s"], cache))
    return cache, record, False


def start_from_cache(prereq, work, cache, name="state"):
    """Starts FerretDB on a fresh copy of the cached data folder, in work/<name>."""
    seed = os.path.join(work, name + "-seed")
    if os.path.exists(seed):
        shutil.rmtree(seed)
    t = time.monotonic()
    shutil.copytree(os.path.join(cache, "data"), seed)
    log("copied the cached data folder (%.0f MB) in %.0f s" % (_dir_size(seed) / 1e6, time.monotonic() - t))
    server = Server(prereq, os.path.join(work, name), seed_dir=seed).start()
    # Read the SQLite files once so the first measured run does not pay for a cold page cache.
    for name in os.listdir(server.data_dir()):
        with open(os.path.join(server.data_dir(), name), "rb") as f:
            while f.read(1 << 24):
                pass
    # The counts are those mongoimport reported when the cache was filled: a server-side count
    # would scan every collection (FerretDB has no cheap exact count). Every measured tool's
    # output is checked against them.
    with open(os.path.join(cache, "fill.json")) as f:
        server.counts = dict(json.load(f)["collections"])
    log("server holds %s" % ", ".join("%s %d" % kv for kv in server.counts.items()))
    return server

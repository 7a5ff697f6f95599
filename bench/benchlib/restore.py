"""The restore section: lifeboat-cli restore vs mongorestore --gzip vs mongoimport (one process
per collection, one after another, --numInsertionWorkers as lifeboat's --jobs).

Every measured run restores into a FRESH, empty FerretDB (its own state folder), so no run pays
for another's data and each tool meets the same empty server. The inputs are made once from the
benchmark's filled server and cached beside the fill (they are not measured):
  - lifeboat: the .tar.gz that `lifeboat-cli backup` writes,
  - mongorestore: the folder that `mongodump --gzip` writes,
  - mongoimport: the canonical Extended JSON files the data set was generated as (the very files
    that were imported to fill the server).
Each run's result is checked: the documents each tool says it restored, and for lifeboat its own
verification report (counts and sample hashes read back from the server) must be all ok."""

import json
import os
import re
import shutil
import time

from . import dataset, measure, report, server
from .backup import Lifeboat as LifeboatBackup, _tree_size
from .server import DB, log

INPUTS_VERSION = 1
# The lifeboat archive is made again (and only it) when the archive format gains something a
# restore uses: 2 = the .tar.gz index (docs/archive-format.md, "Index").
LIFEBOAT_ARCHIVE_REVISION = 2


def _phases(progress_path):
    """Seconds from the start of lifeboat-cli's --json progress to each phase's first line."""
    first = {}
    with open(progress_path, errors="replace") as f:
        for line in f:
            try:
                d = json.loads(line)
            except ValueError:
                continue
            ph, ms = d.get("phase"), d.get("elapsedMs")
            if ph is not None and ms is not None:
                first.setdefault(ph, ms / 1000.0)
    return first


def _make_lifeboat_archive(ctx, out, record):
    log("restore inputs: lifeboat-cli backup")
    t = time.monotonic()
    tool = LifeboatBackup(ctx, "inputs", ctx.args.jobs)
    p = measure.run(tool.command(out), os.path.join(ctx.logs, "inputs-lifeboat"), server_pid=ctx.server.pid)
    if p.get("failed"):
        raise SystemExit("making the lifeboat archive failed: %s" % p["failed"])
    with open(os.path.join(ctx.logs, "inputs-lifeboat.out")) as f:
        result = json.loads(f.read().strip().splitlines()[-1])
    os.rename(result["archive"], os.path.join(out, "archive.tar.gz"))
    record["lifeboat_archive"] = "lifeboat/archive.tar.gz"
    record["lifeboat_bytes"] = os.path.getsize(os.path.join(out, "archive.tar.gz"))
    record["lifeboat_s"] = round(time.monotonic() - t, 1)
    record["lifeboat_revision"] = LIFEBOAT_ARCHIVE_REVISION


def prepare_inputs(ctx):
    """Returns the folder holding lifeboat/, dump/ and json/ for the benchmark's data set, making
    it (from the running filled server) the first time."""
    key = "%s-v%d-%s" % (dataset.cache_key(ctx.args.scale), INPUTS_VERSION,
                         re.sub(r"[^A-Za-z0-9.]+", "_", ctx.prereq.mongo_tools_version))
    folder = os.path.join(ctx.cache_root, "restore-inputs-" + key)
    record_path = os.path.join(folder, "inputs.json")
    if os.path.isfile(record_path):
        with open(record_path) as f:
            record = json.load(f)
        if record.get("lifeboat_revision", 1) < LIFEBOAT_ARCHIVE_REVISION:
            log("the cached lifeboat archive predates archive revision %d: making it again" % LIFEBOAT_ARCHIVE_REVISION)
            out = os.path.join(folder, "lifeboat")
            shutil.rmtree(out, ignore_errors=True)
            _make_lifeboat_archive(ctx, out, record)
            with open(record_path + ".tmp", "w") as f:
                json.dump(record, f, indent=2)
            os.replace(record_path + ".tmp", record_path)
        log("reusing the cached restore inputs in %s" % folder)
        return folder, record
    tmp = folder + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    record = {"made_at": time.strftime("%Y-%m-%d %H:%M:%S")}
    srv = ctx.server

    _make_lifeboat_archive(ctx, os.path.join(tmp, "lifeboat"), record)

    log("restore inputs: mongodump --gzip")
    t = time.monotonic()
    dump = os.path.join(tmp, "dump")
    p = measure.run([ctx.prereq.mongodump, "--uri", srv.uri, "--db", DB, "--gzip",
                     "--numParallelCollections", str(ctx.args.jobs), "--out", dump],
                    os.path.join(ctx.logs, "inputs-mongodump"), server_pid=srv.pid)
    if p.get("failed"):
        raise SystemExit("making the mongodump folder failed: %s" % p["failed"])
    record["dump_bytes"] = _tree_size(dump)
    record["dump_s"] = round(time.monotonic() - t, 1)

    log("restore inputs: the data set's Extended JSON files (for mongoimport)")
    t = time.monotonic()
    js = os.path.join(tmp, "json")
    os.makedirs(js)
    size = 0
    for name, n in dataset.counts(ctx.args.scale):
        size += dataset.write_collection(name, n, os.path.join(js, name + ".json"))
    record["json_bytes"] = size
    record["json_s"] = round(time.monotonic() - t, 1)
    with open(os.path.join(tmp, "inputs.json"), "w") as f:
        json.dump(record, f, indent=2)
    os.rename(tmp, folder)
    log("restore inputs ready in %s (lifeboat %.0f MB, dump %.0f MB, json %.0f MB)"
        % (folder, record["lifeboat_bytes"] / 1e6, record["dump_bytes"] / 1e6, record["json_bytes"] / 1e6))
    return folder, record


class _FreshServer:
    """An empty FerretDB for one measured run."""

    def __init__(self, ctx, tag):
        self.ctx = ctx
        self.tag = tag
        self.srv = None

    def __enter__(self):
        state = os.path.join(self.ctx.work, "state-restore")
        if os.path.exists(os.path.join(state, "pid")):
            server.Server(self.ctx.prereq, state).stop()
        shutil.rmtree(state, ignore_errors=True)
        self.srv = server.Server(self.ctx.prereq, state).start()
        return self.srv

    def __exit__(self, *exc):
        self.srv.stop(keep_log=os.path.join(self.ctx.logs, "ferretdb-%s.log" % self.tag))


class LifeboatRestore:
    def __init__(self, ctx, label, jobs, archive, extra=None):
        self.ctx = ctx
        self.label = label
        self.jobs = jobs
        self.archive = archive
        self.extra = list(extra or [])

    def expected(self):
        return sum(self.ctx.server.counts.values())

    def measure(self, tag):
        logp = os.path.join(self.ctx.logs, tag)
        with _FreshServer(self.ctx, tag) as srv:
            cmd = [self.ctx.prereq.lifeboat, "restore", self.archive, "--mongo-uri", srv.uri, "--target-db", DB,
                   "--yes", "--no-snapshot", "--jobs", str(self.jobs), "--json"] + self.extra
            m = measure.run(cmd, logp, server_pid=srv.pid)
        ph = _phases(logp + ".err")
        for name, key in (("restoring", "load_start_s"), ("indexing", "index_start_s"), ("verifying", "verify_start_s"),
                          ("done", "done_s")):
            if name in ph:
                m[key] = ph[name]
        try:
            with open(logp + ".out") as f:
                result = json.loads(f.read().strip().splitlines()[-1])
        except (OSError, ValueError, IndexError):
            m.setdefault("failed", "no JSON result on stdout")
            return m
        rows = result.get("report", [])
        docs = sum(r.get("db_count", 0) for r in rows)
        m["documents"] = docs
        bad = [r for r in rows if r.get("status") != "ok"]
        if not m.get("failed"):
            if not result.get("ok") or bad:
                m["failed"] = "lifeboat's verification: %s" % "; ".join(
                    "%s %s (%s)" % (r.get("collection"), r.get("status"), ", ".join(r.get("notes", []))) for r in bad)
            elif docs != self.expected():
                m["failed"] = "restored %d documents, expected %d" % (docs, self.expected())
        return m


class Mongorestore:
    def __init__(self, ctx, label, parallel, dump):
        self.ctx = ctx
        self.label = label
        self.parallel = parallel
        self.dump = dump

    def expected(self):
        return sum(self.ctx.server.counts.values())

    def measure(self, tag):
        logp = os.path.join(self.ctx.logs, tag)
        with _FreshServer(self.ctx, tag) as srv:
            cmd = [self.ctx.prereq.mongorestore, "--uri", srv.uri, "--gzip", "--numParallelCollections",
                   str(self.parallel), "--dir", self.dump]
            m = measure.run(cmd, logp, server_pid=srv.pid)
        with open(logp + ".err", errors="replace") as f:
            text = f.read()
        ok = re.findall(r"(\d+) document\(s\) restored successfully\. (\d+) document\(s\) failed", text)
        m["documents"] = int(ok[-1][0]) if ok else -1
        if not m.get("failed"):
            if not ok or int(ok[-1][1]) != 0 or m["documents"] != self.expected():
                m["failed"] = "mongorestore says %s, expected %d documents" % (ok[-1] if ok else "nothing", self.expected())
        return m


class Mongoimport:
    """One mongoimport per collection, one after another, into one fresh server: times add up,
    the peak is the largest."""

    def __init__(self, ctx, label, workers, json_dir):
        self.ctx = ctx
        self.label = label
        self.workers = workers
        self.json_dir = json_dir

    def expected(self):
        return sum(self.ctx.server.counts.values())

    def measure(self, tag):
        parts = []
        docs = 0
        with _FreshServer(self.ctx, tag) as srv:
            for name in self.ctx.server.counts:
                logp = os.path.join(self.ctx.logs, "%s-%s" % (tag, name))
                cmd = [self.ctx.prereq.mongoimport, "--uri", srv.uri, "--db", DB, "--collection", name,
                       "--file", os.path.join(self.json_dir, name + ".json"),
                       "--numInsertionWorkers", str(self.workers)]
                p = measure.run(cmd, logp, server_pid=srv.pid)
                p["collection"] = name
                parts.append(p)
                if p.get("failed"):
                    break
                with open(logp + ".err", errors="replace") as f:
                    ok = re.findall(r"(\d+) document\(s\) imported successfully\. (\d+) document\(s\) failed", f.read())
                got = int(ok[-1][0]) if ok else -1
                docs += max(got, 0)
                if not ok or int(ok[-1][1]) != 0 or got != self.ctx.server.counts[name]:
                    p["failed"] = "mongoimport of %s says %s, expected %d" % (
                        name, ok[-1] if ok else "nothing", self.ctx.server.counts[name])
                    break
        m = measure.combine_sequential(parts)
        m["documents"] = docs
        return m


def run(ctx):
    """Measures, records into ctx.results["restore"], returns the Markdown tables."""
    from .backup import _measure_all
    a = ctx.args
    folder, inputs = prepare_inputs(ctx)
    total = sum(ctx.server.counts.values())
    archive = os.path.join(folder, inputs["lifeboat_archive"])
    tools = [
        LifeboatRestore(ctx, "lifeboat-cli restore", a.jobs, archive),
        Mongorestore(ctx, "mongorestore --gzip", a.jobs, os.path.join(folder, "dump")),
        Mongoimport(ctx, "mongoimport", a.jobs, os.path.join(folder, "json")),
    ]
    res = ctx.results.setdefault("restore", {})
    res["jobs"] = a.jobs
    res["documents"] = total
    res["inputs"] = inputs
    res["samples"] = {}
    if a.runs > 0:
        _measure_all(ctx, tools, a.runs, "restore", res["samples"], "samples", section="restore")
    res["summary"] = {label: report.summarize(s, total) for label, s in res["samples"].items()}
    if a.diagnostics:
        diag = [
            LifeboatRestore(ctx, "lifeboat-cli restore --jobs 1", 1, archive),
            LifeboatRestore(ctx, "lifeboat-cli restore --verify full", a.jobs, archive, extra=["--verify", "full"]),
            Mongorestore(ctx, "mongorestore --gzip --numParallelCollections 1", 1, os.path.join(folder, "dump")),
        ]
        res["diagnostic_samples"] = {}
        _measure_all(ctx, diag, a.diagnostic_runs, "rdiag", res["diagnostic_samples"], "diagnostic_samples",
                     section="restore")
        res["diagnostic_summary"] = {t.label: report.summarize(res["diagnostic_samples"][t.label], total) for t in diag}
    ctx.save()
    return tables(ctx)


SAMPLE_HEADER = ["Run", "Wall", "Client CPU", "user + sys", "CPU µs/doc", "Peak RSS", "Server CPU",
                 "Other CPU on machine"]


def _row(i, s, documents):
    mark = " FAILED" if s.get("failed") else " (disturbed)" if s.get("disturbed") else ""
    return [str(i) + mark, report.fmt_s(s["wall_s"]), report.fmt_s(s["cpu_s"]), "%.2f + %.2f" % (s["user_s"], s["sys_s"]),
            "-" if s.get("failed") else report.fmt_us(s["cpu_s"] / documents * 1e6), report.fmt_mb(s["max_rss_kb"]),
            report.fmt_s(s["server_cpu_s"]), report.fmt_s(s["background_cpu_s"])]


def tables(ctx):
    res = ctx.results["restore"]
    total = res["documents"]
    jobs = res["jobs"]
    out = []
    rows = []
    for label, s in res["summary"].items():
        if not s["runs"]:
            rows.append([label, "0 (+%d failed)" % s["failed_runs"]] + ["failed"] * 5)
            continue
        rows.append([label, "%d" % s["runs"] + (" (+%d failed)" % s["failed_runs"] if s["failed_runs"] else ""),
                     "%s (%.1f–%.1f)" % (report.fmt_s(s["wall_s"]), s["wall_min_s"], s["wall_max_s"]),
                     report.fmt_s(s["cpu_s"]), report.fmt_us(s["cpu_us_per_doc"]), report.fmt_mb(s["max_rss_kb"]),
                     report.fmt_s(s["server_cpu_s"])])
    inp = res["inputs"]
    out.append(report.Table(
        "Restore of %d documents into an empty server: medians of the successful runs" % total,
        ["Tool", "Runs", "Wall (min–max)", "Client CPU", "CPU µs/doc", "Peak RSS", "Server CPU"], rows,
        ["lifeboat-cli: `restore ARCHIVE --target-db bench --yes --no-snapshot --jobs %d --json` (default "
         "verification included: counts and a 100-document sample hash per collection, read back from the "
         "server); mongorestore: `--gzip --numParallelCollections %d` (no verification); mongoimport: one "
         "process per collection, one after another, `--numInsertionWorkers %d` (times and CPU summed, peak "
         "RSS = largest; no verification). Inputs: lifeboat's .tar.gz (%.0f MB), mongodump's folder of .bson.gz "
         "(%.0f MB), the data set's canonical Extended JSON (%.0f MB). Each run starts a fresh, empty FerretDB."
         % (jobs, jobs, jobs, inp["lifeboat_bytes"] / 1e6, inp["dump_bytes"] / 1e6, inp["json_bytes"] / 1e6)]))
    for label, samples in res["samples"].items():
        notes = ["Run %d failed: %s" % (i + 1, s["failed"]) for i, s in enumerate(samples) if s.get("failed")]
        if label.startswith("lifeboat") and any("load_start_s" in s for s in samples):
            notes.append("Phases (from `--json` progress, ±0.2 s): " + "; ".join(
                "run %d: load from %.1f s, indexes from %s s, verification %s–%s s" % (
                    i + 1, s.get("load_start_s", 0), s.get("index_start_s", "?"), s.get("verify_start_s", "?"),
                    s.get("done_s", "?")) for i, s in enumerate(samples)))
        out.append(report.Table("Runs: " + label, SAMPLE_HEADER,
                                [_row(i + 1, s, total) for i, s in enumerate(samples)], notes))
    if "diagnostic_summary" in res:
        rows = []
        for label, s in res["diagnostic_summary"].items():
            if not s["runs"]:
                rows.append([label, "FAILED: " + "; ".join(s["failures"])] + [""] * 4)
                continue
            rows.append([label, report.fmt_s(s["wall_s"]), report.fmt_s(s["cpu_s"]), report.fmt_us(s["cpu_us_per_doc"]),
                         report.fmt_mb(s["max_rss_kb"]), report.fmt_s(s["server_cpu_s"])])
        out.append(report.Table("Restore diagnostics (median of %d run(s) each)" % ctx.args.diagnostic_runs,
                                ["Variant", "Wall", "Client CPU", "CPU µs/doc", "Peak RSS", "Server CPU"], rows))
    out.append(verdicts(ctx))
    return out


def verdicts(ctx):
    res = ctx.results["restore"]
    summary = res["summary"]
    rows = []
    lb = summary.get("lifeboat-cli restore")
    mr = summary.get("mongorestore --gzip")
    if not (lb and mr and lb["runs"] and mr["runs"]):
        rows.append(["all", "lifeboat-cli restore or mongorestore did not complete a run", "not measurable"])
        return report.Table("Restore targets", ["Target", "Measured (medians)", "Verdict"], rows)
    ok = lb["wall_s"] <= mr["wall_s"]
    rows.append(["Wall time ≤ mongorestore's", "%.1f s vs %.1f s (%+.0f%%)" % (
        lb["wall_s"], mr["wall_s"], (lb["wall_s"] / mr["wall_s"] - 1) * 100), "met" if ok else "NOT met"])
    peaks = [s["max_rss_kb"] for label, samples in list(res["samples"].items()) + list(
        res.get("diagnostic_samples", {}).items()) if label.startswith("lifeboat") for s in samples]
    peak = max(peaks)
    rows.append(["Peak memory < 256 MB", "largest peak RSS %.1f MB over all %d lifeboat-cli restore runs"
                 % (peak / 1024, len(peaks)), "met" if peak < 256 * 1024 else "NOT met"])
    return report.Table("Restore targets", ["Target", "Measured (medians)", "Verdict"], rows)

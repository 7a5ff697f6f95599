"""The backup section: lifeboat-cli backup vs mongodump --gzip vs mongoexport
--jsonFormat=canonical (one run per collection, one after another).

Each tool's output is checked (document counts) and then deleted, so a run needs free disk
space for one output at a time only."""

import glob
import json
import os
import re
import shutil

from . import dataset, measure, report, server
from .server import DB, log


def _tree_size(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total


def _phases(progress_path):
    """Seconds spent per phase of lifeboat-cli, from its --json progress lines (which come
    every 200 ms, so each boundary is known to within 0.2 s)."""
    first = {}
    last_ms = 0
    with open(progress_path, errors="replace") as f:
        for line in f:
            try:
                d = json.loads(line)
            except ValueError:
                continue
            ph, ms = d.get("phase"), d.get("elapsedMs")
            if ph is None or ms is None:
                continue
            first.setdefault(ph, ms)
            last_ms = max(last_ms, ms)
    out = {}
    copy, verify, done = first.get("copying"), first.get("verifying"), first.get("done", last_ms)
    if copy is not None:
        out["before_copy_s"] = copy / 1000.0
        if verify is not None:
            out["copy_s"] = (verify - copy) / 1000.0
            out["verify_s"] = (done - verify) / 1000.0
    return out


class Lifeboat:
    def __init__(self, ctx, label, jobs, compression="gzip", collections=None, batch_size=None, srv=None,
                 extra=None, binary=None):
        self.ctx = ctx
        self.binary = binary  # another lifeboat-cli than the one built (--baseline-lifeboat)
        self.extra = list(extra or [])
        self.srv = srv or ctx.server
        self.label = label
        self.jobs = jobs
        self.compression = compression
        self.collections = collections or []
        self.batch_size = batch_size

    def expected(self):
        counts = self.srv.counts
        names = self.collections or list(counts)
        return sum(counts[n] for n in names)

    def command(self, out):
        cmd = [self.binary or self.ctx.prereq.lifeboat, "backup", "--mongo-uri", self.srv.uri, "--mongo-db", DB,
               "--out-dir", out, "--jobs", str(self.jobs), "--compression", self.compression, "--json"]
        for c in self.collections:
            cmd += ["--collection", c]
        if self.batch_size:
            cmd += ["--batch-size", str(self.batch_size)]
        return cmd + self.extra

    def measure(self, tag):
        out = os.path.join(self.ctx.outputs, tag)
        shutil.rmtree(out, ignore_errors=True)
        logp = os.path.join(self.ctx.logs, tag)
        m = measure.run(self.command(out), logp, server_pid=self.srv.pid)
        m.update(_phases(logp + ".err"))
        if "copy_s" in m and m.get("rss_samples"):
            # Sampled peak RSS per phase (the process starts ~when its own clock does).
            b, c = m["before_copy_s"], m["before_copy_s"] + m["copy_s"]
            for key, lo, hi in (("before_copy", 0, b), ("copy", b, c), ("verify", c, 1e9)):
                kb = [k for t, k in m["rss_samples"] if lo <= t < hi]
                m["rss_%s_kb" % key] = max(kb) if kb else None
        if not m.get("failed"):
            with open(logp + ".out") as f:
                result = json.loads(f.read().strip().splitlines()[-1])
            names = [c["name"] for c in result["manifest"]["collections"]]
            docs = sum(c.get("documents", 0) for c in result["manifest"]["collections"])
            m["documents"] = docs
            m["output_bytes"] = os.path.getsize(result["archive"])
            if docs != self.expected():
                m["failed"] = "the archive holds %d documents (collections %s), expected %d" % (
                    docs, ", ".join(names), self.expected())
        shutil.rmtree(out, ignore_errors=True)
        return m


class Mongodump:
    def __init__(self, ctx, label, parallel, gzip=True):
        self.ctx = ctx
        self.label = label
        self.parallel = parallel
        self.gzip = gzip  # False: plain BSON files, a raw drain of the cursors to disk

    def expected(self):
        return sum(self.ctx.server.counts.values())

    def measure(self, tag):
        out = os.path.join(self.ctx.outputs, tag)
        shutil.rmtree(out, ignore_errors=True)
        logp = os.path.join(self.ctx.logs, tag)
        cmd = [self.ctx.prereq.mongodump, "--uri", self.ctx.server.uri, "--db", DB] + (["--gzip"] if self.gzip else []) + [
               "--numParallelCollections", str(self.parallel), "--out", out]
        m = measure.run(cmd, logp, server_pid=self.ctx.server.pid)
        if not m.get("failed"):
            with open(logp + ".err", errors="replace") as f:
                docs = sum(int(n) for n in re.findall(r"done dumping \S+ \((\d+) documents?\)", f.read()))
            m["documents"] = docs
            m["output_bytes"] = _tree_size(out)
            if docs != self.expected():
                m["failed"] = "dumped %d documents, expected %d" % (docs, self.expected())
        shutil.rmtree(out, ignore_errors=True)
        return m


class Mongoexport:
    """One mongoexport per collection, one after another: times add up, peak is the largest."""

    def __init__(self, ctx, label):
        self.ctx = ctx
        self.label = label

    def expected(self):
        return sum(self.ctx.server.counts.values())

    def measure(self, tag):
        out = os.path.join(self.ctx.outputs, tag)
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        parts = []
        docs = 0
        size = 0
        for name in self.ctx.server.counts:
            if self.ctx.args.max_quiet_wait > 0:
                measure.wait_for_quiet(self.ctx.args.max_quiet_wait, log=log)
            logp = os.path.join(self.ctx.logs, "%s-%s" % (tag, name))
            path = os.path.join(out, name + ".json")
            cmd = [self.ctx.prereq.mongoexport, "--uri", self.ctx.server.uri, "--db", DB, "--collection", name,
                   "--jsonFormat=canonical", "--out", path]
            p = measure.run(cmd, logp, server_pid=self.ctx.server.pid)
            p["collection"] = name
            parts.append(p)
            if p.get("failed"):
                break
            with open(logp + ".err", errors="replace") as f:
                n = re.findall(r"exported (\d+) records?", f.read())
            got = int(n[-1]) if n else -1
            p["output_bytes"] = os.path.getsize(path)
            docs += got
            size += p["output_bytes"]
            os.remove(path)
            if got != self.ctx.server.counts[name]:
                p["failed"] = "exported %d documents of %s, expected %d" % (got, name, self.ctx.server.counts[name])
                break
        m = measure.combine_sequential(parts)
        m["documents"] = docs
        m["output_bytes"] = size
        shutil.rmtree(out, ignore_errors=True)
        return m


def _sample_row(i, s, documents):
    mark = " FAILED" if s.get("failed") else " (disturbed)" if s.get("disturbed") else ""
    row = [str(i) + mark, report.fmt_s(s["wall_s"]), report.fmt_s(s["cpu_s"]),
           "%.2f + %.2f" % (s["user_s"], s["sys_s"]),
           "-" if s.get("failed") else report.fmt_us(s["cpu_s"] / documents * 1e6), report.fmt_mb(s["max_rss_kb"]),
           report.fmt_bytes(s.get("output_bytes")), report.fmt_s(s["server_cpu_s"]),
           report.fmt_s(s["background_cpu_s"])]
    return row


SAMPLE_HEADER = ["Run", "Wall", "Client CPU", "user + sys", "CPU µs/doc", "Peak RSS", "Output",
                 "Server CPU", "Other CPU on machine"]


def _measure_all(ctx, tools, runs, name, store, group, section="backup"):
    """Measures each tool `runs` times, round-robin, into store[label] (saved after each
    measurement). With --resume, successful measurements of an interrupted run of the same
    binary (ctx.previous) are taken over instead of repeated."""
    for t in tools:
        store[t.label] = []
    for r in range(1, runs + 1):
        for t in tools:
            prev = ctx.previous.get(section, {}).get(group, {}).get(t.label, [])
            if len(prev) >= r and not prev[r - 1].get("failed"):
                log("%s run %d/%d: %s: taken over from the interrupted run" % (name, r, runs, t.label))
                store[t.label].append(dict(prev[r - 1], resumed=True))
                continue
            if ctx.args.max_quiet_wait > 0:
                measure.wait_for_quiet(ctx.args.max_quiet_wait, log=log)
            tag = "%s-%s-r%d" % (name, re.sub(r"[^a-z0-9]+", "-", t.label.lower()).strip("-"), r)
            for attempt in range(1, ctx.args.retries + 2):
                log("%s run %d/%d: %s%s" % (name, r, runs, t.label, "" if attempt == 1 else " (again)"))
                m = t.measure(tag)
                other = m["background_cpu_s"] / max(m["wall_s"], 0.001)
                log("  wall %.1f s, client CPU %.2f s, peak RSS %.1f MB, server CPU %.1f s, other processes %.1f s"
                    % (m["wall_s"], m["cpu_s"], m["max_rss_kb"] / 1024, m["server_cpu_s"], m["background_cpu_s"]))
                m["attempt"] = attempt
                if m.get("failed"):
                    log("  FAILED: %s" % m["failed"])
                    break
                if other <= ctx.args.max_background:
                    break
                log("  other processes used %.2f cores on average (limit %.2f): %s"
                    % (other, ctx.args.max_background,
                       "measuring again" if attempt <= ctx.args.retries else "keeping it, flagged"))
                m["disturbed"] = True
            store[t.label].append(m)
            ctx.save()
    return store


def run(ctx):
    """Measures, records into ctx.results["backup"], returns the Markdown tables."""
    a = ctx.args
    total = sum(ctx.server.counts.values())
    lifeboat = Lifeboat(ctx, "lifeboat-cli backup", a.jobs)
    dump = Mongodump(ctx, "mongodump --gzip", a.jobs)
    export = Mongoexport(ctx, "mongoexport --jsonFormat=canonical")
    main_tools = [lifeboat, dump, export]
    res = ctx.results.setdefault("backup", {})
    res["jobs"] = a.jobs
    res["documents"] = total
    res["samples"] = {}
    if a.runs > 0:
        _measure_all(ctx, main_tools, a.runs, "backup", res["samples"], "samples")
    res["summary"] = {label: report.summarize(s, total) for label, s in res["samples"].items()}

    if a.diagnostics:
        diag = [
            Lifeboat(ctx, "lifeboat-cli backup --jobs 1", 1),
            Lifeboat(ctx, "lifeboat-cli backup --compression none", a.jobs, compression="none"),
            Lifeboat(ctx, "lifeboat-cli backup --compression zstd", a.jobs, compression="zstd"),
            Lifeboat(ctx, "lifeboat-cli backup --compression-level 6", a.jobs, extra=["--compression-level", "6"]),
            Mongodump(ctx, "mongodump --gzip --numParallelCollections 1", 1),
        ]
        res["diagnostic_samples"] = {}
        _measure_all(ctx, diag, a.diagnostic_runs, "diag", res["diagnostic_samples"], "diagnostic_samples")
        res["diagnostic_summary"] = {
            t.label: report.summarize(res["diagnostic_samples"][t.label], t.expected()) for t in diag}
        # Memory against collection size: the same data set at smaller scales, on their own
        # servers (the largest collection, events, holds 70% of the documents at every scale).
        for scale in a.memory_scales:
            if scale == a.scale:
                continue
            cache, _, _ = server.fill_cache(ctx.prereq, ctx.work, ctx.cache_root, scale)
            small = server.start_from_cache(ctx.prereq, ctx.work, cache, name="state-scale")
            try:
                t = Lifeboat(ctx, "lifeboat-cli backup, data set x%g (%d documents, events %d)"
                             % (scale, sum(small.counts.values()), small.counts["events"]), a.jobs, srv=small)
                _measure_all(ctx, [t], a.diagnostic_runs, "scale", res["diagnostic_samples"], "diagnostic_samples")
            finally:
                small.stop(keep_log=os.path.join(ctx.logs, "ferretdb-scale-%g.log" % scale))
            res["diagnostic_summary"][t.label] = report.summarize(res["diagnostic_samples"][t.label], t.expected())
    ctx.save()
    return tables(ctx)


def tables(ctx):
    res = ctx.results["backup"]
    total = res["documents"]
    summary = res["summary"]
    jobs = res["jobs"]
    out = []
    rows = []
    if not summary:
        out.append(report.Table("Backup of %d documents" % total, ["Tool"], [], ["(--runs 0: not measured)"]))
    for label, s in summary.items():
        runs = "%d" % s["runs"] + (" (+%d failed)" % s["failed_runs"] if s["failed_runs"] else "")
        if not s["runs"]:
            rows.append([label, runs] + ["failed"] * 6)
            continue
        rows.append([label, runs, "%s (%.1f–%.1f)" % (report.fmt_s(s["wall_s"]), s["wall_min_s"], s["wall_max_s"]),
                     report.fmt_s(s["cpu_s"]), report.fmt_us(s["cpu_us_per_doc"]), report.fmt_mb(s["max_rss_kb"]),
                     report.fmt_bytes(s["output_bytes"]), report.fmt_s(s["server_cpu_s"])])
    out.append(report.Table(
        "Backup of %d documents: medians of the successful runs" % total,
        ["Tool", "Runs", "Wall (min–max)", "Client CPU", "CPU µs/doc", "Peak RSS", "Output", "Server CPU"], rows,
        ["lifeboat-cli: `--jobs %d --compression gzip --json`; mongodump: `--gzip --numParallelCollections %d`; "
         "mongoexport: one process per collection, run one after another (times and CPU summed, peak RSS = "
         "largest). Output: lifeboat's .tar.gz, mongodump's folder of .bson.gz, mongoexport's uncompressed "
         ".json files. Client CPU = user + sys of the tool's process; Server CPU = FerretDB's CPU during "
         "the run." % (jobs, jobs)]))

    for label, samples in res["samples"].items():
        rows = [_sample_row(i + 1, s, total) for i, s in enumerate(samples)]
        notes = ["Run %d failed: %s" % (i + 1, s["failed"]) for i, s in enumerate(samples) if s.get("failed")]
        if label.startswith("lifeboat") and any("copy_s" in s for s in samples):
            notes.append("Phases (from `--json` progress, ±0.2 s): " + "; ".join(
                "run %d: before copy %.1f s, copy %.1f s, verify %.1f s"
                % (i + 1, s.get("before_copy_s", 0), s.get("copy_s", 0), s.get("verify_s", 0))
                for i, s in enumerate(samples)))
            if any(s.get("rss_copy_kb") for s in samples):
                notes.append("Sampled RSS peak per phase (every 0.25 s): " + "; ".join(
                    "run %d: before copy %s, copy %s, verify %s" % (
                        i + 1, report.fmt_mb(s.get("rss_before_copy_kb")), report.fmt_mb(s.get("rss_copy_kb")),
                        report.fmt_mb(s.get("rss_verify_kb")))
                    for i, s in enumerate(samples) if s.get("rss_copy_kb")))
        if label.startswith("mongoexport"):
            per = {}
            for s in samples:
                if s.get("failed"):
                    continue
                for p in s["parts"]:
                    per.setdefault(p["collection"], []).append(p)
            notes.append("Per collection (medians): " + "; ".join(
                "%s %.1f s wall, %.2f s CPU, %.1f MB peak" % (
                    c, report.median([p["wall_s"] for p in ps]), report.median([p["cpu_s"] for p in ps]),
                    report.median([p["max_rss_kb"] for p in ps]) / 1024) for c, ps in per.items()))
        out.append(report.Table("Runs: " + label, SAMPLE_HEADER, rows, notes))

    if "diagnostic_summary" in res:
        rows = []
        for label, s in res["diagnostic_summary"].items():
            samples = res["diagnostic_samples"][label]
            if not s["runs"]:
                rows.append([label, "%d" % s["documents"], "FAILED: " + "; ".join(s["failures"])] + [""] * 6)
                continue
            samples = [x for x in samples if not x.get("failed")]
            ph = ""
            if any("copy_s" in x for x in samples):
                ph = "%.1f / %.1f / %.1f" % (report.median([x.get("before_copy_s") for x in samples]),
                                             report.median([x.get("copy_s") for x in samples]),
                                             report.median([x.get("verify_s") for x in samples]))
            rows.append([label, "%d" % s["documents"], report.fmt_s(s["wall_s"]), report.fmt_s(s["cpu_s"]),
                         report.fmt_us(s["cpu_us_per_doc"]), report.fmt_mb(s["max_rss_kb"]),
                         report.fmt_bytes(s["output_bytes"]), report.fmt_s(s["server_cpu_s"]), ph])
        out.append(report.Table(
            "Diagnostics (median of %d run(s) each)" % ctx.args.diagnostic_runs,
            ["Variant", "Documents", "Wall", "Client CPU", "CPU µs/doc", "Peak RSS", "Output", "Server CPU",
             "Phases: before copy / copy / verify"], rows))

    if summary:
        out.append(verdicts(ctx))
    return out


def verdicts(ctx):
    res = ctx.results["backup"]
    summary = res["summary"]
    lb = summary["lifeboat-cli backup"]
    dump = summary["mongodump --gzip"]
    exp = summary["mongoexport --jsonFormat=canonical"]
    rows = []
    if not (lb["runs"] and dump["runs"] and exp["runs"]):
        bad = [label for label, s in summary.items() if not s["runs"]]
        rows.append(["all", "every run of %s failed" % ", ".join(bad), "not measurable"])
        return report.Table("Targets", ["Target", "Measured (medians)", "Verdict"], rows)
    ok = lb["wall_s"] <= dump["wall_s"]
    rows.append(["Wall time ≤ mongodump's", "%.1f s vs %.1f s (%+.0f%%)" % (
        lb["wall_s"], dump["wall_s"], (lb["wall_s"] / dump["wall_s"] - 1) * 100), "met" if ok else "NOT met"])
    ok = lb["cpu_us_per_doc"] <= 0.5 * exp["cpu_us_per_doc"]
    rows.append(["Client CPU per document ≤ ½ mongoexport's", "%.1f µs vs %.1f µs (ratio %.2f; target ≤ 0.50)" % (
        lb["cpu_us_per_doc"], exp["cpu_us_per_doc"], lb["cpu_us_per_doc"] / exp["cpu_us_per_doc"]),
        "met" if ok else "NOT met"])
    # Peak memory over every lifeboat-cli run, failed ones included (they ran as far as they got).
    peaks = [s["max_rss_kb"] for s in res["samples"]["lifeboat-cli backup"]]
    where = "all %d backup runs" % len(peaks)
    for label, samples in res.get("diagnostic_samples", {}).items():
        if label.startswith("lifeboat"):
            peaks += [s["max_rss_kb"] for s in samples]
            where = "all %d lifeboat-cli runs, diagnostics included" % len(peaks)
    peak = max(peaks)
    rows.append(["Peak memory < 256 MB", "largest peak RSS %.1f MB over %s" % (peak / 1024, where),
                 "met" if peak < 256 * 1024 else "NOT met"])
    if lb["failed_runs"]:
        rows.append(["(reliability)", "%d of %d lifeboat-cli backup runs failed: %s" % (
            lb["failed_runs"], lb["failed_runs"] + lb["runs"], "; ".join(lb["failures"])), "see the runs table"])
    return report.Table("Targets", ["Target", "Measured (medians)", "Verdict"], rows)

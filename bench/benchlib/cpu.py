"""The "cpu" section: client CPU per document of a backup, side by side in one run (issue 13's
targets): lifeboat-cli backup with the default compression (gzip) and with zstd (levels 3 and 1), optionally a
baseline lifeboat-cli (--baseline-lifeboat, e.g. the main branch's build) for before/after,
mongodump --gzip and plain mongodump (a raw drain of the cursors to disk). Every command runs
under /usr/bin/time -v like the backup section's; the archive is verified as lifeboat-cli
always does after a backup. Round-robin, --runs times each.

Targets: lifeboat-cli's CPU per document at most 0.5x mongodump --gzip's and at most 2x
plain mongodump's."""

from . import backup, report


def run(ctx):
    a = ctx.args
    total = sum(ctx.server.counts.values())
    tools = [backup.Lifeboat(ctx, "lifeboat-cli backup (gzip, the default)", a.jobs)]
    if a.baseline_lifeboat:
        tools.append(backup.Lifeboat(ctx, "lifeboat-cli backup, baseline (%s)" % a.baseline_label, a.jobs,
                                     binary=a.baseline_lifeboat))
    tools += [
        backup.Lifeboat(ctx, "lifeboat-cli backup --compression zstd", a.jobs, compression="zstd"),
        backup.Lifeboat(ctx, "lifeboat-cli backup --compression zstd --compression-level 1", a.jobs, compression="zstd",
                        extra=["--compression-level", "1"]),
        backup.Mongodump(ctx, "mongodump --gzip", a.jobs),
        backup.Mongodump(ctx, "mongodump (plain BSON)", a.jobs, gzip=False),
    ]
    res = ctx.results.setdefault("cpu", {})
    res["documents"] = total
    res["samples"] = {}
    backup._measure_all(ctx, tools, a.runs, "cpu", res["samples"], "samples", section="cpu")
    res["summary"] = {label: report.summarize(s, total) for label, s in res["samples"].items()}
    ctx.save()
    return tables(ctx)


def tables(ctx):
    res = ctx.results["cpu"]
    total = res["documents"]
    summary = res["summary"]
    gz = summary.get("mongodump --gzip", {}).get("cpu_us_per_doc")
    plain = summary.get("mongodump (plain BSON)", {}).get("cpu_us_per_doc")
    rows = []
    for label, s in summary.items():
        if not s["runs"]:
            rows.append([label, "failed"] + [""] * 8)
            continue
        us = s["cpu_us_per_doc"]
        rows.append([label, "%d" % s["runs"], report.fmt_s(s["wall_s"]), report.fmt_s(s["cpu_s"]), report.fmt_us(us),
                     "%.2f" % (us / gz) if gz else "-", "%.2f" % (us / plain) if plain else "-",
                     report.fmt_mb(s["max_rss_kb"]), report.fmt_bytes(s["output_bytes"]),
                     report.fmt_s(s["server_cpu_s"])])
    notes = ["Medians of the successful runs. --jobs %d (mongodump: --numParallelCollections). Client CPU = user + sys "
             "of the tool's process (/usr/bin/time -v); lifeboat-cli's includes the read-back verification of the "
             "archive." % ctx.args.jobs]
    life = summary.get("lifeboat-cli backup (gzip, the default)", {})
    if life.get("runs") and gz and plain:
        us = life["cpu_us_per_doc"]
        notes.append("Targets: ≤ 0.5× mongodump --gzip: %.2f× (%s); ≤ 2× plain mongodump: %.2f× (%s)." % (
            us / gz, "met" if us <= 0.5 * gz else "not met", us / plain, "met" if us <= 2 * plain else "not met"))
    table = report.Table("Backup client CPU of %d documents, side by side" % total,
                         ["Tool", "Runs", "Wall", "Client CPU", "CPU µs/doc", "× mongodump --gzip",
                          "× plain mongodump", "Peak RSS", "Output", "Server CPU"], rows, notes)
    samples = []
    for label, ss in res["samples"].items():
        samples.append(report.Table("Runs: " + label, backup.SAMPLE_HEADER,
                                    [backup._sample_row(i + 1, s, total) for i, s in enumerate(ss)]))
    return [table] + samples

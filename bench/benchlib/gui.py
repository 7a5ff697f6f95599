"""The gui section: how long the desktop app's GUI event loop stands still while it backs up the
benchmark database and restores it into a clone (issue target: every stall under 50 ms).

bench/gui-stall/lifeboat-gui-stall-bench (CMake target lifeboat-gui-stall-bench) opens the real
MainWindow with a workspace of its own (temporary INI settings, one profile for the benchmark's
server), backs up database "bench" through the BackupDialog ("Back up" clicked, the job waited
for) and restores the archive into a new database through the RestoreWizard (check, target,
options, preview, confirm, progress, report). Two probes watch the GUI thread meanwhile: a 5 ms
precise QTimer (the gap between consecutive timeouts; a gap of 5 ms means no stall at all) and
a queued call posted from another thread every 10 ms (how long it waited to run). It writes
JSON; this module runs it, checks it, and makes the tables.

It runs on the "xcb" platform under Xvfb (xvfb-run -a), so windows are really painted, inside
scripts/with-keyring (the profile's password lookup needs a Secret Service); --gui-platform
offscreen runs it without X. The restored clone is dropped after each run."""

import hashlib
import json
import os
import re
import shutil
import subprocess

from . import measure, report, wire
from .server import DB, log

TARGET = "lifeboat-gui-stall-bench"
STALL_MS = 50


def _program(ctx):
    """Builds the program (unless --no-build) and returns a private copy of it and its sha256."""
    a = ctx.args
    if not a.no_build:
        log("building %s (cmake --build %s --target %s)" % (TARGET, a.build_dir, TARGET))
        subprocess.run(["cmake", "--build", a.build_dir, "-j2", "--target", TARGET], check=True,
                       stdout=subprocess.DEVNULL)
    built = os.path.join(a.build_dir, "bench", "gui-stall", TARGET)
    if not os.access(built, os.X_OK):
        raise SystemExit("%s not found at %s (configured with LIFEBOAT_BUILD_GUI=ON?)" % (TARGET, built))
    copy = os.path.join(ctx.work, "bin", TARGET)
    os.makedirs(os.path.dirname(copy), exist_ok=True)
    shutil.copy2(built, copy)
    with open(copy, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    return copy, sha


def _command(ctx, program, target_db, out_json, work_dir):
    a = ctx.args
    repo = ctx.prereq.repo
    cmd = [program, "-platform", a.gui_platform, "--uri", ctx.server.uri, "--database", DB,
           "--restore-database", target_db, "--jobs", str(a.jobs), "--timer-interval", str(a.gui_timer_interval),
           "--post-interval", "10", "--output", out_json, "--work-dir", work_dir]
    if a.gui_platform == "xcb":
        if not shutil.which("xvfb-run"):
            raise SystemExit("xvfb-run is missing (package xvfb, installed by scripts/setup); "
                             "or use --gui-platform offscreen")
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"] + cmd
    return [os.path.join(repo, "scripts", "with-keyring")] + cmd


def _drop(ctx, db):
    try:
        with wire.Client(ctx.server.uri) as c:
            c.command(db, {"dropDatabase": 1})
    except Exception as e:  # noqa: BLE001 - only tidying up; a failure is logged, not fatal
        log("could not drop %s: %s" % (db, e))


def _measure(ctx, program, r, attempt):
    total = sum(ctx.server.counts.values())
    tag = "gui-r%d-a%d" % (r, attempt)
    target_db = "%s_gui_restored" % DB
    work_dir = os.path.join(ctx.outputs, tag)
    out_json = os.path.join(ctx.logs, tag + ".json")
    shutil.rmtree(work_dir, ignore_errors=True)
    _drop(ctx, target_db)
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # -platform says which
    try:
        m = measure.run(_command(ctx, program, target_db, out_json, work_dir), os.path.join(ctx.logs, tag),
                        server_pid=ctx.server.pid, env=env)
    finally:
        _drop(ctx, target_db)
        shutil.rmtree(work_dir, ignore_errors=True)
    m.pop("rss_samples", None)
    try:
        with open(out_json) as f:
            m["result"] = json.load(f)
    except (OSError, ValueError) as e:
        m.setdefault("failed", "no JSON from %s: %s" % (TARGET, e))
        return m
    res = m["result"]
    if not res.get("ok"):
        m["failed"] = res.get("error", "the program says not ok")
    elif res["backup"].get("documents") != total or res["restore"].get("documents_in_db") != total:
        m["failed"] = "backed up %s and restored %s documents, expected %d" % (
            res["backup"].get("documents"), res["restore"].get("documents_in_db"), total)
    return m


def run(ctx):
    """Measures --runs times, records into ctx.results["gui"], returns the Markdown tables."""
    a = ctx.args
    program, sha = _program(ctx)
    res = ctx.results.setdefault("gui", {})
    res["documents"] = sum(ctx.server.counts.values())
    res["platform"] = a.gui_platform
    res["timer_interval_ms"] = a.gui_timer_interval
    res["program_sha256"] = sha
    res["samples"] = []
    prev = ctx.previous.get("gui", {})
    same = (prev.get("program_sha256") == sha and prev.get("platform") == a.gui_platform
            and prev.get("timer_interval_ms") == a.gui_timer_interval)
    for r in range(1, a.runs + 1):
        old = prev.get("samples", []) if same else []
        if len(old) >= r and not old[r - 1].get("failed"):
            log("gui run %d/%d: taken over from the interrupted run" % (r, a.runs))
            res["samples"].append(dict(old[r - 1], resumed=True))
            continue
        if a.max_quiet_wait > 0:
            measure.wait_for_quiet(a.max_quiet_wait, log=log)
        attempts = []
        for attempt in range(1, a.retries + 2):
            log("gui run %d/%d: backup and restore through the app (%s)%s"
                % (r, a.runs, a.gui_platform, "" if attempt == 1 else " (again)"))
            m = _measure(ctx, program, r, attempt)
            m["attempt"] = attempt
            if m.get("failed"):
                log("  FAILED: %s" % m["failed"])
                break
            g = m["result"]["groups"]
            log("  longest stall: backup %.1f ms, restore %.1f ms (timer); posted call waited at most %.1f / %.1f ms; "
                "jobs %.1f s + %.1f s; other processes %.1f s"
                % (g["backup"]["timer"]["max_ms"], g["restore"]["timer"]["max_ms"], g["backup"]["posted"]["max_ms"],
                   g["restore"]["posted"]["max_ms"], m["result"]["backup"]["job_ms"] / 1000,
                   m["result"]["restore"]["job_ms"] / 1000, m["background_cpu_s"]))
            m["other_cores"] = m["background_cpu_s"] / max(m["wall_s"], 0.001)
            attempts.append(m)
            if m["other_cores"] <= a.max_background:
                break
            m["disturbed"] = True
            log("  other processes used %.2f cores on average (limit %.2f): %s"
                % (m["other_cores"], a.max_background,
                   "measuring again" if attempt <= a.retries else "keeping the least disturbed attempt, flagged"))
        if attempts and not m.get("failed"):
            # A stall is a maximum: of repeated attempts keep the least disturbed, not the last.
            m = min(attempts, key=lambda x: x["other_cores"])
            m["other_attempts_cores"] = [round(x["other_cores"], 2) for x in attempts]
        res["samples"].append(m)
        ctx.save()
    return tables(ctx)


def _longest(result, group):
    g = result["groups"][group]
    return max(g["timer"].get("max_ms", 0), g["posted"].get("max_ms", 0))


def _cells(st):
    if not st.get("samples"):
        return ["-"] * 4
    return ["%.1f ms" % st["max_ms"], "%.1f ms" % st["p99_ms"], "%.1f ms" % st["p999_ms"], "%d" % st["over_50ms"]]


def _describe(w):
    text = "%s %.1f ms at %.1f s in %s" % (w["probe"], w["ms"], w["ended_at_ms"] / 1000, w["phase"])
    if "gui_cpu_ms" in w:
        text += " (GUI thread: %.1f ms CPU, preempted %d×, waited %d×)" % (
            w["gui_cpu_ms"], w["gui_preempted"], w["gui_waits"])
    return text


def _frame(f):
    """"QWidget::repaint() (libQt6Widgets.so.6)" -> "QWidget::repaint"."""
    name = re.sub(r" \([^()]*\)$", "", f)
    return re.sub(r"\(.*\)( const)?$", "", name) if "(" in name else name


def _where(w):
    """What the StallSampler saw during a timer gap: state and call counts, the innermost frames of the
    first stack, and the innermost frame of the app's own code (lifeboat::) in any stack."""
    samples = w.get("samples") or []
    if not samples:
        return None
    calls = {}
    for smp in samples:
        key = "%s %s" % (smp["state"], smp["syscall"])
        calls[key] = calls.get(key, 0) + 1
    text = "sampled %d× while late: %s" % (len(samples), ", ".join("%s ×%d" % kv for kv in calls.items()))
    stacks = [smp["stack"] for smp in samples if smp.get("stack") and not smp["stack"][0].startswith("(no stack")]
    if stacks:
        # The innermost named frames of the last sample (the longest into the stall).
        named = [_frame(f) for f in stacks[-1] if not re.search(r"\+0x[0-9a-f]+$", f)]
        text += "; stack: " + " ← ".join(named[:8])
        app = [next((_frame(f) for f in st if "lifeboat::" in f), None) for st in stacks]
        app = [a for a in app if a]
        if app:
            text += "; innermost app frame: " + ", ".join(sorted(set(app)))
    return text


def tables(ctx):
    res = ctx.results["gui"]
    total = res["documents"]
    samples = res["samples"]
    where = ("xcb under Xvfb, 1920x1080x24" if res["platform"] == "xcb"
             else "%s (no window system)" % res["platform"])
    probes = ("Timer: a %d ms Qt::PreciseTimer on the GUI thread, the gap between consecutive timeouts "
              "(so %d ms is no stall at all); posted: a queued call posted from another thread every 10 ms, the time "
              "until it ran." % (res["timer_interval_ms"], res["timer_interval_ms"]))
    out = []
    rows = []
    for i, s in enumerate(samples):
        mark = " FAILED" if s.get("failed") else " (disturbed)" if s.get("disturbed") else ""
        if s.get("failed") and "result" not in s:
            rows.append(["%d%s" % (i + 1, mark)] + ["-"] * 9)
            continue
        r = s["result"]
        for group, label, job in (("idle", "window alone (baseline)", None), ("backup", "backup", "backup"),
                                  ("restore", "restore", "restore")):
            g = r["groups"][group]
            jt = "%.1f s" % (r[job]["job_ms"] / 1000) if job and "job_ms" in r.get(job, {}) else "-"
            rows.append(["%d%s" % (i + 1, mark), label, "%.1f s" % (g["wall_ms"] / 1000), jt]
                        + _cells(g["timer"]) + ["%.1f ms" % g["posted"]["max_ms"] if g["posted"].get("samples") else "-",
                                                "%d" % g["posted"].get("over_50ms", 0)])
    notes = [probes, "",
             "Backup: from opening the backup dialog (database and collection lists loaded off the GUI thread) "
             "through \"Back up\" (%d parallel readers, gzip) to the outcome shown and the backups view updated. "
             "Restore: from opening the restore wizard on the new archive (integrity check) through target, "
             "options, preview, Restore, progress to the report, into a new database. Job: the job's own wall "
             "time." % ctx.args.jobs]
    notes += ["Run %d failed: %s" % (i + 1, s["failed"]) for i, s in enumerate(samples) if s.get("failed")]
    out.append(report.Table(
        "GUI event loop during a backup and a restore of %d documents (%s)" % (total, where),
        ["Run", "Phase", "Wall", "Job", "Longest gap", "p99", "p99.9", "Gaps > 50 ms", "Posted call max",
         "Posted > 50 ms"], rows, notes))

    # Where the time goes: every phase of the run with the longest stall, and the stalls of every run.
    ok = [s for s in samples if not s.get("failed")]
    if ok:
        worst_run = max(ok, key=lambda s: max(_longest(s["result"], "backup"), _longest(s["result"], "restore")))
        r = worst_run["result"]
        rows = []
        for name in r["phase_order"]:
            p = r["phases"][name]
            rows.append([name, "%.1f s" % (p["wall_ms"] / 1000)] + _cells(p["timer"])
                        + ["%.1f ms" % p["posted"]["max_ms"] if p["posted"].get("samples") else "-"])
        notes = []
        for s in ok:
            run = samples.index(s) + 1
            worst = [_describe(w) for w in s["result"]["worst"]]
            notes += ["Run %d%s, longest (≥ 16 ms, up to 10 per probe): %s." % (
                run, " (disturbed)" if s.get("disturbed") else "", "; ".join(worst) if worst else "none"), ""]
            where = ["- %s: %s" % (_describe(w), _where(w)) for w in s["result"]["worst"] if w["ms"] >= 30 and _where(w)]
            if where:
                notes += where[:5] + [""]
        notes.append(
            "For a timer gap, what the GUI thread did meanwhile (getrusage(RUSAGE_THREAD)): its CPU time, "
            "how often it was preempted (another thread had the CPU: the machine is short of cores) and how "
            "often it waited (the event loop's poll, a lock, the disk, the X server). A gap mostly of GUI CPU is "
            "the app's own work on the GUI thread; one with little CPU and a preemption is the scheduler's. For "
            "gaps of 30 ms or more, the stall sampler's look at the GUI thread while it was late (every 10 ms once "
            "it is 20 ms late): its state (R running or runnable, S sleeping, D disk), system call and stack "
            "(see bench/README.md, \"Finding the cause of a stall\").")
        out.append(report.Table(
            "GUI phases (run %d, the one with the longest stall)" % (samples.index(worst_run) + 1),
            ["Phase", "Wall", "Longest gap", "p99", "p99.9", "Gaps > 50 ms", "Posted call max"], rows, notes))
    out.append(verdicts(ctx))
    return out


def verdicts(ctx):
    """The verdict over the undisturbed runs when there are any (a run during which other processes used
    more than --max-background cores measures them as much as the app); the disturbed ones are named."""
    res = ctx.results["gui"]
    ok = [s for s in res["samples"] if not s.get("failed")]
    if not ok:
        return report.Table("GUI target", ["Target", "Measured", "Verdict"],
                            [["Longest GUI stall < 50 ms", "no run completed", "not measurable"]])
    quiet = [s for s in ok if not s.get("disturbed")]
    basis = quiet or ok
    backup = max(_longest(s["result"], "backup") for s in basis)
    restore = max(_longest(s["result"], "restore") for s in basis)
    idle = max(_longest(s["result"], "idle") for s in basis)
    longest = max(backup, restore)
    measured = ("%.1f ms (backup %.1f ms, restore %.1f ms; window alone %.1f ms), the larger of both probes over "
                "%d %srun(s)" % (longest, backup, restore, idle, len(basis), "undisturbed " if quiet else ""))
    if not quiet:
        measured += ", every one of them disturbed by other processes"
    elif len(quiet) < len(ok):
        measured += "; %.1f ms with the %d disturbed run(s)" % (
            max(max(_longest(s["result"], "backup"), _longest(s["result"], "restore")) for s in ok),
            len(ok) - len(quiet))
    rows = [["Longest GUI stall < 50 ms during a backup and a restore", measured,
             "met" if longest < STALL_MS else "NOT met"]]
    failed = len(res["samples"]) - len(ok)
    if failed:
        rows.append(["(reliability)", "%d of %d runs failed" % (failed, len(res["samples"])), "see the runs table"])
    return report.Table("GUI target", ["Target", "Measured", "Verdict"], rows)

"""Runs one command under GNU time (/usr/bin/time -v) and reads back wall time, client CPU
(user + sys of the command and its waited-for children) and peak RSS (the largest of the
process tree's members, as getrusage reports it).

Also samples, around the run, the server's own CPU time (/proc/<pid>/stat) and the whole
machine's busy time (/proc/stat), so a report can say how much of the machine the server used
and whether anything else was running (background = machine - client - server)."""

import os
import re
import subprocess
import time

TIME = "/usr/bin/time"
TICK = os.sysconf("SC_CLK_TCK")


class CommandFailed(RuntimeError):
    pass


def process_cpu_seconds(pid):
    """utime + stime of a running process, in seconds (children not included)."""
    if not pid:
        return 0.0
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # fields[0] is state (field 3); utime/stime are fields 14/15.
    return (int(fields[11]) + int(fields[12])) / TICK


def machine_busy_seconds():
    with open("/proc/stat") as f:
        parts = f.readline().split()[1:]
    v = [int(x) for x in parts]
    user, nice, system, idle, iowait, irq, softirq, steal = (v + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / TICK


def wait_for_quiet(max_wait, threshold=0.25, window=3.0, log=None):
    """Waits (up to max_wait seconds) until the machine's busy time over `window` seconds is
    below `threshold` cores, so a measurement does not start in the middle of someone's
    build. Returns the seconds waited."""
    start = time.monotonic()
    warned = False
    while True:
        a = machine_busy_seconds()
        time.sleep(window)
        load = (machine_busy_seconds() - a) / window
        if load < threshold:
            return time.monotonic() - start
        if time.monotonic() - start >= max_wait:
            if log:
                log("machine still busy (%.2f cores) after %.0f s; measuring anyway" % (load, max_wait))
            return time.monotonic() - start
        if log and not warned:
            log("machine busy (%.2f cores used by other processes); waiting up to %.0f s" % (load, max_wait))
            warned = True


class RssSampler:
    """Samples the measured command's resident set (VmRSS of GNU time's child) every 0.25 s,
    to tell when during a run the peak happens. /usr/bin/time's maximum stays the figure of
    record; samples can miss short peaks."""

    def __init__(self, time_pid, t0, interval=0.25):
        import threading
        self.samples = []  # (seconds since start, kB)
        self._time_pid = time_pid
        self._t0 = t0
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _child(self):
        try:
            with open("/proc/%d/task/%d/children" % (self._time_pid, self._time_pid)) as f:
                kids = f.read().split()
            return int(kids[0]) if kids else None
        except OSError:
            return None

    def _run(self):
        pid = None
        while not self._stop.wait(self._interval):
            pid = pid or self._child()
            if not pid:
                continue
            try:
                with open("/proc/%d/status" % pid) as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            self.samples.append((round(time.monotonic() - self._t0, 2), int(line.split()[1])))
                            break
            except OSError:
                pid = None

    def stop(self):
        self._stop.set()
        self._thread.join()


_FIELDS = {
    "User time (seconds)": ("user_s", float),
    "System time (seconds)": ("sys_s", float),
    "Maximum resident set size (kbytes)": ("max_rss_kb", int),
    "Exit status": ("exit_status", int),
    "Major (requiring I/O) page faults": ("major_faults", int),
    "Voluntary context switches": ("vol_cs", int),
    "Involuntary context switches": ("invol_cs", int),
    "File system outputs": ("fs_outputs", int),
}


def _parse_elapsed(s):
    # "h:mm:ss" or "m:ss.ss"
    parts = [float(p) for p in s.split(":")]
    secs = 0.0
    for p in parts:
        secs = secs * 60 + p
    return secs


def parse_time_v(text):
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if ":" not in line:
            continue
        if line.startswith("Elapsed (wall clock) time"):
            out["time_wall_s"] = _parse_elapsed(line.rsplit(" ", 1)[1])
            continue
        key, _, value = line.rpartition(": ")
        if key in _FIELDS:
            name, conv = _FIELDS[key]
            try:
                out[name] = conv(value)
            except ValueError:
                pass
    return out


def run(cmd, log_prefix, server_pid=None, env=None, cwd=None):
    """Runs cmd (a list) under /usr/bin/time -v. Its stdout/stderr go to log_prefix.out/.err,
    the time report to log_prefix.time. Returns a dict of measurements; on a non-zero exit it
    also holds "failed" (the exit status and the end of stderr)."""
    tfile = log_prefix + ".time"
    server0 = process_cpu_seconds(server_pid)
    busy0 = machine_busy_seconds()
    t0 = time.monotonic()
    with open(log_prefix + ".out", "wb") as out, open(log_prefix + ".err", "wb") as err:
        proc = subprocess.Popen([TIME, "-v", "-o", tfile] + list(cmd), stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL, env=env, cwd=cwd)
        sampler = RssSampler(proc.pid, t0)
        rc = proc.wait()
        sampler.stop()
    wall = time.monotonic() - t0
    busy = machine_busy_seconds() - busy0
    server = process_cpu_seconds(server_pid) - server0
    with open(tfile) as f:
        m = parse_time_v(f.read())
    m["wall_s"] = wall
    m["cpu_s"] = m.get("user_s", 0.0) + m.get("sys_s", 0.0)
    m["server_cpu_s"] = server
    m["machine_busy_s"] = busy
    m["background_cpu_s"] = max(0.0, busy - m["cpu_s"] - server)
    m["cmd"] = list(cmd)
    m["exit_status"] = rc
    m["rss_samples"] = sampler.samples
    if sampler.samples:
        t_peak, kb_peak = max(sampler.samples, key=lambda x: x[1])
        m["rss_sampled_peak_kb"] = kb_peak
        m["rss_sampled_peak_at_s"] = t_peak
    if rc != 0:
        with open(log_prefix + ".err", "rb") as f:
            lines = f.read()[-4000:].decode("utf-8", "replace").strip().splitlines()
        m["failed"] = "%s exited with %d: %s" % (os.path.basename(cmd[0]), rc, lines[-1] if lines else "")
    return m


def combine_sequential(parts):
    """One measurement from commands run one after another (mongoexport per collection):
    times and CPU add up, peak memory is the largest."""
    out = {"parts": parts}
    for key in ("wall_s", "time_wall_s", "user_s", "sys_s", "cpu_s", "server_cpu_s", "machine_busy_s",
                "background_cpu_s", "major_faults", "vol_cs", "invol_cs", "fs_outputs"):
        out[key] = sum(p.get(key, 0) for p in parts)
    out["max_rss_kb"] = max(p.get("max_rss_kb", 0) for p in parts)
    failed = [p["failed"] for p in parts if p.get("failed")]
    if failed:
        out["failed"] = "; ".join(failed)
    return out

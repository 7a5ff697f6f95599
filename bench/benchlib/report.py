"""Medians and Markdown tables."""

import statistics


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt_s(v):
    return "-" if v is None else "%.1f s" % v


def fmt_mb(kb):
    return "-" if kb is None else "%.1f MB" % (kb / 1024.0)


def fmt_bytes(b):
    if b is None:
        return "-"
    if b >= 1e9:
        return "%.2f GB" % (b / 1e9)
    return "%.1f MB" % (b / 1e6)


def fmt_us(v):
    return "-" if v is None else "%.1f" % v


class Table:
    def __init__(self, title, header, rows, notes=None):
        self.title = title
        self.header = header
        self.rows = rows
        self.notes = notes or []

    def markdown(self, level=3):
        out = ["%s %s" % ("#" * level, self.title), ""]
        out.append("| " + " | ".join(self.header) + " |")
        out.append("|" + "|".join("---" if i == 0 else "--:" for i in range(len(self.header))) + "|")
        for r in self.rows:
            out.append("| " + " | ".join(str(c) for c in r) + " |")
        if self.notes:
            out.append("")
            out.extend(self.notes)
        out.append("")
        return "\n".join(out)


def summarize(samples, documents):
    """Median of each quantity over a tool's successful runs (each quantity on its own), or
    None when every run failed."""
    failed = [s for s in samples if s.get("failed")]
    samples = [s for s in samples if not s.get("failed")]
    if not samples:
        return {"runs": 0, "failed_runs": len(failed), "failures": [s["failed"] for s in failed],
                "documents": documents}
    wall = [s["wall_s"] for s in samples]
    cpu = [s["cpu_s"] for s in samples]
    s = {
        "runs": len(samples),
        "failed_runs": len(failed),
        "failures": [x["failed"] for x in failed],
        "wall_s": median(wall),
        "wall_min_s": min(wall),
        "wall_max_s": max(wall),
        "cpu_s": median(cpu),
        "user_s": median([x["user_s"] for x in samples]),
        "sys_s": median([x["sys_s"] for x in samples]),
        "cpu_min_s": min(cpu),
        "cpu_max_s": max(cpu),
        "max_rss_kb": median([x["max_rss_kb"] for x in samples]),
        "max_rss_kb_max": max(x["max_rss_kb"] for x in samples),
        "output_bytes": median([x.get("output_bytes") for x in samples]),
        "server_cpu_s": median([x["server_cpu_s"] for x in samples]),
        "background_cpu_s": median([x["background_cpu_s"] for x in samples]),
        "documents": documents,
    }
    s["cpu_us_per_doc"] = s["cpu_s"] / documents * 1e6 if documents else None
    return s

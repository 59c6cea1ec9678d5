"""Turns raw results into the tables between the markers in BENCHMARKS.md.

Usage: report.py <results dir> <sizes> <runs> <seconds> <connections> <heap> <table>
         (bench/run; the table is the name in the markers, "results" or "before")
       report.py --jmh <JMH result JSON> [<table>]  (after mvn -Pbench ... exec:exec@jmh;
         the table is the name in the markers, "jmh" unless given)
"""
import json
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys


CALLS = [
    ("spc", "GET /ServiceProviderConfig (static)"),
    ("get_user", "GET /Users/{id}"),
    ("filter", "GET /Users?filter=userName eq \"...\""),
    ("deep_page", "GET /Users?startIndex=(last tenth)&count=100"),
    ("cursor", "GET /Users?cursor=(last tenth)&count=100"),
    ("create", "POST /Users (license, mail, audit)"),
    ("deactivate", "PATCH /Users/{id} active false/true (Okta)"),
]
GROUP_CALLS = [
    ("get_group_", "GET /Groups/{id}?excludedAttributes=members, %s members"),
    ("member_add_", "PATCH /Groups/{id} add a member, %s members"),
    ("member_remove_", "PATCH /Groups/{id} remove a member, %s members"),
]
READS = {"get_user", "filter", "deep_page", "cursor"}


def load(path):
    rows = {}
    with open(path) as results:
        for line in results:
            tenant, call, run, fields = line.rstrip("\n").split("\t")
            if run == "warmup":
                continue
            values = dict(pair.split("=") for pair in fields.split())
            rows.setdefault((tenant, call), {})[run] = {k: float(v) for k, v in values.items()}
    return rows


def median(values):
    return statistics.median(values) if values else None


def fmt(value, digits=0):
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def command_output(*command):
    try:
        return subprocess.run(command, capture_output=True, text=True).stderr.strip() or \
            subprocess.run(command, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "not found"


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as info:
        memory = int(info.readline().split()[1]) // (1024 * 1024)
    java = command_output("java", "-version").splitlines()[0]
    liberty = "unknown"
    props = "target/liberty/wlp/lib/versions/openliberty.properties"
    if os.path.exists(props):
        with open(props) as f:
            for line in f:
                if line.startswith("com.ibm.websphere.productVersion"):
                    liberty = line.split("=", 1)[1].strip()
    wrk = command_output("wrk", "-v").splitlines()[0].split(" [")[0]
    with open("pom.xml") as pom:
        text = pom.read()
    hibernate = re.search(r"<hibernate.version>(.*?)<", text).group(1)
    h2 = re.search(r"<h2.version>(.*?)<", text).group(1)
    return cpu, os.cpu_count(), memory, java, liberty, wrk, hibernate, h2


def main(out, sizes, runs, seconds, connections, heap, table, calls="all"):
    rows = load(os.path.join(out, "results.tsv"))
    finished = datetime.datetime.fromtimestamp(
        os.path.getmtime(os.path.join(out, "results.tsv")), datetime.timezone.utc)
    tenants = ["t" + size for size in sizes.split()]
    smallest, largest = tenants[0], tenants[-1]
    cpu, cores, memory, java, liberty, wrk, hibernate, h2 = machine()
    start, end = f"<!-- {table}:start -->", f"<!-- {table}:end -->"
    lines = [
        start,
        "",
        f"Measured {finished:%Y-%m-%d %H:%M} UTC (end of the run) on "
        f"{cpu}, {cores} cores, {memory} GiB; {platform.system()} {platform.release()}.",
        f"{java}; Open Liberty {liberty}; Hibernate {hibernate}; H2 {h2} (embedded file); "
        f"{wrk}.",
        f"Command: `BENCH_SIZES=\"{sizes}\" BENCH_RUNS={runs} BENCH_DURATION={seconds} "
        f"BENCH_CONNECTIONS={connections}"
        + ("" if table == "results" else f" BENCH_TABLE={table} BENCH_CALLS=\"{calls}\"")
        + f" bench/run`: server heap -Xms{heap} -Xmx{heap}, "
        f"wrk with 2 threads and {connections} connections on loopback, {runs} runs of "
        f"{seconds} s per call after a warm-up run; each figure is the median of the runs.",
        "",
    ]
    header = "| call | " + " | ".join(
        f"{t[1:]} req/s | {t[1:]} p50 ms | {t[1:]} p99 ms | {t[1:]} ratio" for t in tenants)
    lines += [header + " |", "|" + " --- |" * (1 + 4 * len(tenants))]

    def spc_ratio(tenant, call):
        own, spc = rows.get((tenant, call), {}), rows.get((tenant, "spc"), {})
        ratios = [own[r]["rps"] / spc[r]["rps"] for r in own if r in spc and spc[r]["rps"]]
        return median(ratios)

    def figure(tenant, call, key):
        """The median over the runs; latencies only of runs in which a request finished."""
        runs_of = rows.get((tenant, call), {}).values()
        if key.endswith("_us"):
            runs_of = [run for run in runs_of if run["requests"] > 0]
        return median([run[key] for run in runs_of])

    calls = list(CALLS)
    group_sizes = sorted({int(call.rsplit("_", 1)[1]) for (_, call) in rows
                          if call.startswith("get_group_")})
    for prefix, label in GROUP_CALLS:
        calls += [(prefix + str(size), label % f"{size:,}") for size in group_sizes]
    for call, label in calls:
        if not any((t, call) in rows for t in tenants):
            continue
        cells = []
        for tenant in tenants:
            if (tenant, call) not in rows:
                cells.append("- | - | - | -")
                continue
            p50 = figure(tenant, call, "p50_us")
            p99 = figure(tenant, call, "p99_us")
            errors = figure(tenant, call, "non2xx") + figure(tenant, call, "socket_errors")
            rps = fmt(figure(tenant, call, "rps"))
            if errors:
                rps += f" ({fmt(errors)} errors)"
            if p50 is None:
                cells.append(f"{rps} (none finished within {seconds} s) | - | - | 0")
                continue
            cells.append(f"{rps} | {fmt(p50 / 1000, 2)} | {fmt(p99 / 1000, 1)} | "
                         f"{fmt(spc_ratio(tenant, call), 2)}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "*ratio*: the call's requests/s divided by ServiceProviderConfig's in the same round "
        "(median over the rounds).",
        "",
    ]

    if smallest != largest:
        lines += [f"At {largest[1:]} users against {smallest[1:]}, same server, same run:", "",
                  "| call | req/s ratio | p50 ratio | p99 ratio |", "| --- | --- | --- | --- |"]
        for call, label in calls:
            if (smallest, call) in rows and (largest, call) in rows:
                def scaled(key):
                    low, high = figure(smallest, call, key), figure(largest, call, key)
                    return high / low if low and high is not None else None
                lines.append(f"| {label} | {fmt(scaled('rps'), 2)} | {fmt(scaled('p50_us'), 2)}"
                             f" | {fmt(scaled('p99_us'), 2)} |")
        lines.append("")

    extras = []
    server = os.path.join(out, "server.txt")
    if os.path.exists(server):
        with open(server) as f:
            kib = int(f.read().split()[1])
        extras.append(f"Peak RSS of the server over the whole run (VmHWM): {kib // 1024} MiB.")
    walk = os.path.join(out, "import.txt")
    if os.path.exists(walk):
        with open(walk) as f:
            extras.append(f"Import walk of {largest[1:]} by cursor, 100 a page: "
                          f"`{f.read().strip()}`.")
        extras.append(heap_summary(os.path.join(out, "import-heap.txt")))
    seed = os.path.join(out, "seed.log")
    if os.path.exists(seed):
        with open(seed) as f:
            extras += [f"Seeding: `{line.strip()}`." for line in f
                       if line.startswith(("seeded", "indexes"))]
    lines += extras + ["", end]

    replace_between(start, end, lines)


def replace_between(start, end, lines):
    with open("BENCHMARKS.md") as f:
        text = f.read()
    before, rest = text.split(start, 1)
    after = rest.split(end, 1)[1]
    with open("BENCHMARKS.md", "w") as f:
        f.write(before + "\n".join(lines) + after)


def jmh(path, table="jmh"):
    with open(path) as f:
        results = json.load(f)
    cpu, cores, memory, java, _, _, hibernate, _ = machine()
    first = results[0]
    start, end = f"<!-- {table}:start -->", f"<!-- {table}:end -->"
    lines = [
        start,
        "",
        f"Measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on "
        f"{cpu}, {cores} cores, {memory} GiB; {java}; JMH {first['jmhVersion']}, "
        f"{first['forks']} fork, {first['warmupIterations']} warm-up iterations of "
        f"{first['warmupTime']} and {first['measurementIterations']} of "
        f"{first['measurementTime']}. Error: JMH's 99.9% confidence half-width.",
        "",
        "| benchmark | parameter | ns/op | ± |",
        "| --- | --- | --- | --- |",
    ]
    for result in results:
        name = result["benchmark"].rsplit(".", 2)
        param = ", ".join(f"`{v}`" for v in result.get("params", {}).values()) or "-"
        metric = result["primaryMetric"]
        lines.append(f"| {name[-2]}.{name[-1]} | {param} | {metric['score']:,.0f} | "
                     f"{metric['scoreError']:,.0f} |")
    lines += ["", end]
    replace_between(start, end, lines)


def heap_summary(path):
    """Used heap (survivors, eden and old generation) sampled each second during the walk."""
    samples, old = [], []
    with open(path) as f:
        header = None
        for line in f:
            fields = line.split()
            if not fields:
                continue
            if fields[0] == "S0C":
                header = fields
                continue
            values = dict(zip(header, map(float, fields)))
            samples.append(values["S0U"] + values["S1U"] + values["EU"] + values["OU"])
            old.append(values["OU"])
    if not samples:
        return "No heap samples."
    third = max(1, len(old) // 3)
    return (f"Heap during the walk ({len(samples)} samples, one a second): peak used "
            f"{max(samples) / 1024:.0f} MiB; old generation used, median of the first third "
            f"{statistics.median(old[:third]) / 1024:.0f} MiB, of the last third "
            f"{statistics.median(old[-third:]) / 1024:.0f} MiB.")


if __name__ == "__main__":
    if sys.argv[1] == "--jmh":
        jmh(*sys.argv[2:4])
        sys.exit(0)
    main(*sys.argv[1:9])

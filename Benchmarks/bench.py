#!/usr/bin/env python3
"""`make bench`: PolicyGuide against Hugo and a cmark-gfm floor on a seeded synthetic corpus.

For each size N (default 1,000 and 10,000 policies of about 7.7 KB; see corpus.py) this
writes the corpus to /dev/shm, checks it once with `policyguide check` (must be 0 errors),
then measures, alternating the tools, R rounds (default 3) of:

  pg-cold     policyguide build, output folder absent, to tmpfs
  hugo-cold   hugo --quiet -s SITE -d OUT, OUT absent, to tmpfs
  floor       one cmark-gfm process over every body concatenated (5 GFM extensions) > /dev/null
  pg-noop     policyguide build again into the same folder, nothing changed
  pg-edit     policyguide build after appending a sentence to one policy
  pg-disk     policyguide build, output folder absent, on the real disk
  hugo-disk   hugo cold build on the real disk

and checks that the pg-edit output is byte-identical (diff -r) to pg-disk, which is a cold build
of the same edited corpus. Wall time by the clock around the process; peak RSS from
/usr/bin/time -v. Prints and writes Benchmarks/results.md: medians, the target ratios with
PASS/FAIL, PolicyGuide's own per-step timings, and the machine.

Exit status: 0 when every tool ran (even if targets fail: this is a report); 1 when a tool
failed, the corpus did not check clean, or a required tool is missing.

Runtime: round 1 always runs completely. Later rounds skip a measurement whose last duration
would take the whole run past --budget-minutes (default 15), and say so; --budget-minutes 0
runs every round in full.
"""

import argparse
import datetime
import hashlib
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import corpus  # noqa: E402

GFM = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist"]
# Files in a PolicyGuide output folder that are build bookkeeping, not the published site.
BOOKKEEPING = [".policyguide-cache", ".policyguide-cache-policies"]

WORKS = [  # key, description (in table order)
    ("pg-cold", "policyguide build, cold, tmpfs"),
    ("pg-noop", "policyguide build, nothing changed, tmpfs"),
    ("pg-edit", "policyguide build, one policy edited, tmpfs"),
    ("hugo-cold", "hugo, cold, tmpfs"),
    ("floor", "cmark-gfm floor: one process, all bodies, 5 GFM extensions"),
    ("pg-disk", "policyguide build, cold, disk"),
    ("hugo-disk", "hugo, cold, disk"),
]


class ToolError(Exception):
    pass


def log(msg):
    print("[%s] %s" % (time.strftime("%H:%M:%S"), msg), flush=True)


def sh(cmd):
    return subprocess.run(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True).stdout.rstrip()


def fstype(path):
    out = subprocess.run(["df", "--output=fstype", path], stdout=subprocess.PIPE, text=True).stdout.split()
    return out[-1] if out else "?"


def rmtree(path):
    if os.path.lexists(path):
        shutil.rmtree(path)


class Runner:
    def __init__(self, args):
        self.args = args
        self.start = time.monotonic()
        self.results = {}      # (key, n) -> list of (seconds, rss_kb)
        self.steps = {}        # (key, n) -> list of (seconds, [progress lines])
        self.identical = {}    # n -> list of (ok, detail)
        self.skipped = {}      # (key, n) -> count
        self.checks = {}       # n -> summary line of `policyguide check`
        self.corpora = {}      # n -> corpus info

    def elapsed(self):
        return time.monotonic() - self.start

    # --- one measured process ------------------------------------------------------------

    def measure(self, key, n, cmd, stdout=subprocess.DEVNULL):
        subprocess.run(["sync"])   # no earlier writes are flushed during the timed run
        tfile = os.path.join(self.work, "time.txt")
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-v", "-o", tfile] + cmd, stdout=stdout,
                           stderr=subprocess.PIPE, text=True)
        secs = time.perf_counter() - t0
        with open(tfile) as f:
            tv = f.read()
        if p.returncode != 0:
            raise ToolError("%s (N=%d) failed with exit status %d:\n  %s\n%s" % (
                key, n, p.returncode, " ".join(cmd), (p.stderr or tv)[-3000:]))
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", tv)
        rss = int(m.group(1)) if m else 0
        self.results.setdefault((key, n), []).append((secs, rss))
        if key.startswith("pg-"):
            lines = [l for l in p.stderr.splitlines() if l.startswith("build:")]
            self.steps.setdefault((key, n), []).append((secs, lines))
        log("  %-9s N=%-6d %8.2f s  %7.0f MB   (load %.1f)" % (key, n, secs, rss / 1024, os.getloadavg()[0]))
        return secs

    def due(self, key, n, first_round):
        """Whether to run this measurement now, within the time budget."""
        if first_round or self.args.budget_minutes <= 0:
            return True
        last = self.results.get((key, n), [(0, 0)])[-1][0]
        if self.elapsed() + last <= self.args.budget_minutes * 60:
            return True
        self.skipped[(key, n)] = self.skipped.get((key, n), 0) + 1
        log("  %-9s N=%-6d skipped: another run (%.0f s) would pass the %g-minute budget"
            % (key, n, last, self.args.budget_minutes))
        return False

    # --- the benchmark -------------------------------------------------------------------

    def setup(self):
        a = self.args
        for tool in ("hugo", "cmark-gfm", "diff", "sync", "df"):
            if not shutil.which(tool):
                raise ToolError("missing '%s' (Debian: apt-get install -y %s)" % (tool, tool))
        if not os.path.exists("/usr/bin/time"):
            if os.geteuid() == 0:
                log("installing Debian package 'time' for /usr/bin/time -v")
                subprocess.run("apt-get install -y -qq time || (apt-get update -qq && apt-get install -y -qq time)",
                               shell=True, check=False)
            if not os.path.exists("/usr/bin/time"):
                raise ToolError("missing /usr/bin/time: run apt-get install -y time")
        if not os.path.exists(a.binary):
            raise ToolError("no policyguide binary at %s: run 'make build' first" % a.binary)
        if fstype("/dev/shm") != "tmpfs":
            raise ToolError("/dev/shm is not tmpfs (%s)" % fstype("/dev/shm"))
        disk_parent = None
        for cand in ([a.disk_dir] if a.disk_dir else ["/tmp", "/var/tmp", ROOT]):
            if os.path.isdir(cand) and fstype(cand) not in ("tmpfs", "ramfs", "devtmpfs"):
                disk_parent = cand
                break
        if not disk_parent:
            raise ToolError("no folder on a real disk for the disk builds: pass --disk-dir")
        tag = "policyguide-bench-%d" % os.getpid()
        self.work = os.path.join("/dev/shm", tag)
        self.disk = os.path.join(disk_parent, tag)
        os.makedirs(self.work)
        os.makedirs(self.disk)
        self.disk_fs = "%s (%s)" % (disk_parent, fstype(disk_parent))
        # A private copy of the binary: another build replacing .build/release mid-run must not
        # mix two versions of the tool in one report.
        self.pg = os.path.join(self.work, "policyguide")
        shutil.copy2(a.binary, self.pg)
        with open(self.pg, "rb") as f:
            self.pg_sha = hashlib.sha256(f.read()).hexdigest()[:16]
        self.pg_mtime = datetime.datetime.fromtimestamp(os.path.getmtime(a.binary)).isoformat(timespec="seconds")
        log("workdir %s (tmpfs), disk builds in %s, binary %s (sha256 %s…, built %s)"
            % (self.work, self.disk_fs, a.binary, self.pg_sha, self.pg_mtime))

    def make_corpus(self, n):
        root = os.path.join(self.work, "n%d" % n)
        t0 = time.perf_counter()
        info = corpus.generate(root, n, self.args.seed, os.path.join(ROOT, "content"))
        info["root"] = root
        info["gen_seconds"] = time.perf_counter() - t0
        info["bodies_bytes"] = os.path.getsize(os.path.join(root, "bodies.md"))
        self.corpora[n] = info
        log("corpus N=%d: %.1f MB of policies (mean %.0f bytes), generated in %.1f s"
            % (n, info["policy_bytes"] / 1e6, info["mean_bytes"], info["gen_seconds"]))
        p = subprocess.run([self.pg, "check", "--content", os.path.join(root, "content")],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        summary = (p.stdout.strip().splitlines() or [""])[-1]
        self.checks[n] = summary
        m = re.search(r"(\d+) errors?", summary)
        if p.returncode != 0 or not m or int(m.group(1)) != 0:
            raise ToolError("the generated corpus N=%d does not check clean (exit %d):\n%s"
                            % (n, p.returncode, p.stdout[-3000:]))
        log("corpus N=%d: policyguide check: %s" % (n, summary))

    def round(self, r, n):
        first = r == 0
        c = self.corpora[n]
        content = os.path.join(c["root"], "content")
        hugo_site = os.path.join(c["root"], "hugo")
        out = os.path.join(self.work, "out-%d" % n, "site")      # PolicyGuide's tmpfs output
        os.makedirs(os.path.dirname(out), exist_ok=True)
        # --incremental: the cache is what makes the no-change and one-edit rebuilds fast.
        pg = lambda dest: [self.pg, "build", "--incremental", "--content", content, "--output", dest]
        log("round %d/%d, N=%d (elapsed %.0f s)" % (r + 1, self.args.runs, n, self.elapsed()))

        if self.due("pg-cold", n, first):
            rmtree(out)
            self.measure("pg-cold", n, pg(out))
        if self.due("hugo-cold", n, first):
            dest = os.path.join(self.work, "hugo-out-%d" % n)
            rmtree(dest)
            rmtree(os.path.join(hugo_site, "resources"))
            self.measure("hugo-cold", n, ["hugo", "--quiet", "-s", hugo_site, "-d", dest])
            rmtree(dest)
        if self.due("floor", n, first):
            self.measure("floor", n, ["cmark-gfm"] + GFM + [os.path.join(c["root"], "bodies.md")])
        # `out` holds a build of the current corpus here whatever was skipped above.
        if self.due("pg-noop", n, first):
            self.measure("pg-noop", n, pg(out))
        if self.due("pg-edit", n, first):
            with open(c["edit_target"], "a", encoding="utf-8") as f:
                f.write("\nThe benchmark added this sentence in round %d to time a one-file rebuild.\n" % (r + 1))
            self.measure("pg-edit", n, pg(out))
        if self.due("pg-disk", n, first):
            dest = os.path.join(self.disk, "pg-%d" % n)
            rmtree(dest)
            self.measure("pg-disk", n, pg(dest))
            self.compare(n, out, dest)
            rmtree(dest)
        if self.due("hugo-disk", n, first):
            dest = os.path.join(self.disk, "hugo-%d" % n)
            rmtree(dest)
            rmtree(os.path.join(hugo_site, "resources"))
            self.measure("hugo-disk", n, ["hugo", "--quiet", "-s", hugo_site, "-d", dest])
            rmtree(dest)

    def compare(self, n, incremental, cold):
        """diff -r of the tmpfs output (after the edit rebuild) and a cold build of the same
        edited corpus. Build bookkeeping files are reported but do not decide the verdict."""
        cmd = ["diff", "-rq"] + ["--exclude=%s" % b for b in BOOKKEEPING] + [incremental, cold]
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if p.returncode > 1:
            raise ToolError("diff failed: %s" % p.stdout[-2000:])
        ok = p.returncode == 0
        notes = []
        for b in BOOKKEEPING:
            x, y = os.path.join(incremental, b), os.path.join(cold, b)
            if os.path.exists(x) or os.path.exists(y):
                same = os.path.exists(x) and os.path.exists(y) and \
                    subprocess.run(["cmp", "-s", x, y]).returncode == 0
                notes.append("%s %s" % (b, "identical too" if same else "differs (bookkeeping, excluded)"))
        lines = p.stdout.strip().splitlines()
        detail = "identical" if ok else "%d difference(s), e.g. %s" % (len(lines), "; ".join(lines[:3]))
        if notes:
            detail += " (%s)" % ", ".join(notes)
        self.identical.setdefault(n, []).append((ok, detail))
        log("  edit output vs cold build of the edited corpus: %s" % detail)

    def run(self):
        a = self.args
        self.setup()
        self.load_start = os.getloadavg()
        try:
            for n in a.sizes:
                self.make_corpus(n)
            for r in range(a.runs):
                for n in a.sizes:
                    self.round(r, n)
        finally:
            self.load_end = os.getloadavg()
            if not a.keep:
                rmtree(self.work)
                rmtree(self.disk)
            else:
                log("kept %s and %s" % (self.work, self.disk))

    # --- report --------------------------------------------------------------------------

    def med(self, key, n):
        runs = self.results.get((key, n))
        return statistics.median(s for s, _ in runs) if runs else None

    def peak(self, key, n):
        runs = self.results.get((key, n))
        return max(m for _, m in runs) / 1024 if runs else None

    def report(self):
        a = self.args
        small, big = min(a.sizes), max(a.sizes)
        L = []
        L.append("# PolicyGuide benchmark")
        L.append("")
        L.append("Generated by `make bench` (Benchmarks/bench.py) on %s. Seed %d; %d round(s) requested; "
                 "budget %s. Every PolicyGuide run used the same binary (sha256 %s…, built %s)."
                 % (datetime.datetime.now().isoformat(timespec="seconds"), a.seed, a.runs,
                    ("%g minutes" % a.budget_minutes) if a.budget_minutes > 0 else "none", self.pg_sha, self.pg_mtime))
        L.append("")
        L.append("## Results")
        L.append("")
        L.append("Wall seconds (median over runs, with the range) and peak resident memory (largest over runs).")
        L.append("")
        L.append("| work | N | runs | median s | min–max s | peak RSS MB |")
        L.append("|---|---:|---:|---:|---:|---:|")
        for key, desc in WORKS:
            for n in a.sizes:
                runs = self.results.get((key, n))
                if not runs:
                    continue
                secs = [s for s, _ in runs]
                L.append("| %s | %d | %d | %.2f | %.2f–%.2f | %.0f |" % (
                    desc, n, len(runs), statistics.median(secs), min(secs), max(secs), self.peak(key, n)))
        L.append("")
        L.append("## Targets")
        L.append("")
        L.append("| target | measured | verdict |")
        L.append("|---|---|---|")
        verdicts = []

        def target(name, ok, measured):
            verdicts.append((name, ok))
            L.append("| %s | %s | %s |" % (name, measured, "PASS" if ok else "FAIL"))

        def ratio(name, num, den, limit):
            if num is None or den is None or den == 0:
                L.append("| %s | not measured | – |" % name)
                return
            q = num / den
            target(name, q <= limit, "%.3g / %.3g = **%.3g** (limit %g)" % (num, den, q, limit))

        big_s = "N=%d" % big
        ratio("cold build %s ≤ 0.25 × Hugo cold (tmpfs)" % big_s, self.med("pg-cold", big), self.med("hugo-cold", big), 0.25)
        ratio("cold build %s ≤ 1.5 × cmark-gfm floor" % big_s, self.med("pg-cold", big), self.med("floor", big), 1.5)
        ratio("disk cold build %s ≤ 0.5 × Hugo disk cold" % big_s, self.med("pg-disk", big), self.med("hugo-disk", big), 0.5)
        ratio("peak memory %s ≤ 0.25 × Hugo's (cold, tmpfs)" % big_s, self.peak("pg-cold", big), self.peak("hugo-cold", big), 0.25)
        if big != small:
            lim = 1.2 * big / small
            ratio("time(%d)/time(%d) ≤ %g (cold, tmpfs)" % (big, small, lim), self.med("pg-cold", big), self.med("pg-cold", small), lim)
            ratio("mem(%d)/mem(%d) ≤ %g (cold, tmpfs)" % (big, small, lim), self.peak("pg-cold", big), self.peak("pg-cold", small), lim)
        for n in a.sizes:
            ratio("no-change rebuild ≤ 0.05 × cold, N=%d" % n, self.med("pg-noop", n), self.med("pg-cold", n), 0.05)
        for n in a.sizes:
            ratio("one-file-edit rebuild ≤ 0.1 × cold, N=%d" % n, self.med("pg-edit", n), self.med("pg-cold", n), 0.1)
        for n in a.sizes:
            checks = self.identical.get(n, [])
            if checks:
                bad = [d for ok, d in checks if not ok]
                target("one-file-edit output byte-identical to a cold build of the edited corpus (diff -r), N=%d" % n,
                       not bad, "%d/%d runs identical%s" % (len(checks) - len(bad), len(checks),
                                                            (": " + bad[0]) if bad else (" — " + checks[-1][1] if "(" in checks[-1][1] else "")))
        failed = [name for name, ok in verdicts if not ok]
        L.append("")
        L.append("%d of %d targets pass%s." % (len(verdicts) - len(failed), len(verdicts),
                                              ("; failing: " + "; ".join(failed)) if failed else ""))
        if self.skipped:
            L.append("")
            L.append("Runs skipped to stay within the time budget: " + ", ".join(
                "%s N=%d ×%d" % (k, n, c) for (k, n), c in sorted(self.skipped.items())) +
                ". Their medians are over fewer runs (see the runs column); `--budget-minutes 0` runs every round.")
        L.append("")
        L.append("## Where PolicyGuide's time goes")
        L.append("")
        L.append("`policyguide build` progress lines (stderr) from the median run of each kind, with the time "
                 "outside the reported steps (process start, argument parsing, exit and freeing memory).")
        L.append("")
        for key, desc in WORKS:
            if not key.startswith("pg-"):
                continue
            for n in a.sizes:
                runs = self.steps.get((key, n))
                if not runs:
                    continue
                runs = sorted(runs, key=lambda x: x[0])
                secs, lines = runs[(len(runs) - 1) // 2]
                ms = sum(int(x) for l in lines for x in re.findall(r"\((\d+) ms\)", l))
                L.append("- **%s, N=%d** (%.2f s wall):" % (desc, n, secs))
                for l in lines:
                    L.append("  - `%s`" % l.replace("`", "'"))
                L.append("  - outside the steps: %.2f s" % max(0.0, secs - ms / 1000))
        L.append("")
        L.append("## Corpus")
        L.append("")
        for n in a.sizes:
            c = self.corpora[n]
            L.append("- N=%d: %.1f MB of policy.md (mean %.0f bytes per policy), 3 checklists, site.yml, "
                     "glossary.yml and wording copied from content/; cmark-gfm input %.1f MB; `policyguide check`: %s; "
                     "generated in %.1f s." % (n, c["policy_bytes"] / 1e6, c["mean_bytes"], c["bodies_bytes"] / 1e6,
                                                self.checks[n], c["gen_seconds"]))
        L.append("- The edit: one sentence appended to policies/%s/policy.md each round."
                 % os.path.basename(os.path.dirname(self.corpora[big]["edit_target"])))
        L.append("- Hugo site: the same bodies, one page per policy under content/policies/, one list page per "
                 "section, layouts that print only .Title and .Content, goldmark unsafe = false, "
                 "disableKinds sitemap, RSS, taxonomy, term.")
        L.append("")
        L.append("## Machine")
        L.append("")
        cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-").strip()
        L.append("- date: %s" % sh("date").strip())
        L.append("- nproc: %s" % sh("nproc"))
        L.append("- CPU: %s" % cpu)
        L.append("- kernel: %s" % platform.release())
        L.append("- free -g:")
        L.append("")
        L.append("```")
        L.append(sh("free -g"))
        L.append("```")
        L.append("")
        L.append("- load average at start %s, at end %s (other work on the machine shows up here and in the "
                 "min–max ranges)" % ("/".join("%.2f" % x for x in self.load_start),
                                      "/".join("%.2f" % x for x in self.load_end)))
        L.append("- tmpfs: /dev/shm (corpora and tmpfs outputs); disk: %s" % self.disk_fs)
        L.append("- tools: %s; %s; Python %s" % (sh("hugo version").split(" BuildDate")[0],
                                                sh("cmark-gfm --version").splitlines()[0], platform.python_version()))
        L.append("- source tree: %s" % sh("cd %s && git describe --always --dirty 2>/dev/null" % ROOT))
        L.append("- total benchmark time: %.0f s" % self.elapsed())
        L.append("")
        return "\n".join(L)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="policy counts, comma-separated (default 1000,10000)")
    ap.add_argument("--runs", type=int, default=3, help="rounds per measurement; medians are reported (default 3)")
    ap.add_argument("--seed", type=int, default=20261122, help="corpus seed (default 20261122)")
    ap.add_argument("--budget-minutes", type=float, default=15,
                    help="skip repeat runs (after round 1) that would pass this many minutes; 0 = no budget (default 15)")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "policyguide"))
    ap.add_argument("--disk-dir", help="folder on a real disk for the disk builds (default: /tmp if not tmpfs)")
    ap.add_argument("--output", default=os.path.join(HERE, "results.md"), help="where to write the report")
    ap.add_argument("--keep", action="store_true", help="keep the corpora and outputs")
    args = ap.parse_args()
    try:
        args.sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        ap.error("--sizes takes numbers, e.g. 1000,10000")
    if not args.sizes or min(args.sizes) < 2 or args.runs < 1:
        ap.error("need sizes of at least 2 policies and at least one run")

    runner = Runner(args)
    try:
        runner.run()
    except ToolError as e:
        print("bench: error: %s" % e, file=sys.stderr, flush=True)
        return 1
    text = runner.report()
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)
    print()
    print(text, flush=True)
    log("wrote %s" % args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Speed and memory of the terms work, on ../shared/datasets/ungdc/speeches (2,520 UN
General Debate speeches, 32.5 MB) unless another corpus is given.

Printed, all measured in the same run:

1. **Baseline**: a bare scikit-learn ``CountVectorizer(ngram_range=(1, 2))`` fit on the
   corpus' document texts (in its own process; loading the texts is not timed).
2. **Export**: ``analysis.load_corpus`` + ``analysis.analyze`` + ``write_frames`` (CSV),
   cold (no cache), in its own process, with a per-stage breakdown (loading, attribution,
   terms, themes, frames, writing; from the pipeline's progress reports) and peak memory:
   the largest single process (``getrusage(RUSAGE_CHILDREN).ru_maxrss``) and the peak sum
   over the process tree (attribution and the term scan use forked worker processes),
   polled from /proc: PSS, which splits pages shared after a fork between the processes
   that share them (the RSS sum, also printed, counts them once per process).
   The goal: export time within 2x the baseline, peak memory under 1 GiB.
3. **Filter recompute**, on the analysed corpus (in the export's process, after it is
   timed): for typical sidebar filters, the time to recompute the top terms
   (frequencies with document counts and TF-IDF) and the distinctive terms (the
   selection against the rest of the corpus; and per speaker inside the selection, as
   the Terms page shows them). Goal: under 50 ms. Minimum and median of repeated runs.

Run from the repository root::

    .venv/bin/python benchmarks/bench_terms.py [CORPUS] [--repeat 15]

The corpus is read in place; the export goes to a temporary folder, removed at the end.
Other processes on the machine slow every figure: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "datasets" / "ungdc" / "speeches"


# --------------------------------------------------------------------------- child processes

def child_baseline(corpus: str) -> None:
    sys.path.insert(0, str(ROOT))
    from sklearn.feature_extraction.text import CountVectorizer

    from analysis import load_corpus

    texts = [d.text for d in load_corpus(corpus).documents]
    start = time.perf_counter()
    vectorizer = CountVectorizer(ngram_range=(1, 2)).fit(texts)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "documents": len(texts), "vocabulary": len(vectorizer.vocabulary_),
                      "mb": sum(len(t.encode()) for t in texts) / 1e6,
                      "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)


def child_export(corpus: str, out: str, repeat: int) -> None:
    sys.path.insert(0, str(ROOT))
    from analysis import analyze, load_corpus
    from analysis.export import write_frames

    marks: list[tuple[str, float, float]] = []

    def rss() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def progress(stage: str, fraction: float) -> None:
        if not marks or marks[-1][0] != stage:
            marks.append((stage, time.perf_counter(), rss()))

    t0 = time.perf_counter()
    loaded = load_corpus(corpus)
    t1 = time.perf_counter()
    peak_loaded = rss()
    result = analyze(loaded, progress=progress)
    t2 = time.perf_counter()
    peak_analysed = rss()
    write_frames(result, out)
    t3 = time.perf_counter()
    # Stages from the pipeline's progress reports; analyze() begins with attribution (its
    # first report comes once the first documents are attributed).
    names = {"Attributing speakers": "attribution", "Counting terms": "terms", "Finding themes": "themes",
             "Done": "frames and speakers"}
    bounds = [("attribution", t1, peak_loaded)] + [(names.get(s, s), t, m) for s, t, m in marks
                                                    if names.get(s, s) != "attribution"]
    bounds.append(("end", t2, peak_analysed))
    stages = {"loading": t1 - t0}
    stage_peaks = {"loading": peak_loaded}
    for (name, start, _), (_, end, peak_after) in zip(bounds[:-1], bounds[1:]):
        stages[name] = stages.get(name, 0.0) + end - start
        stage_peaks[name] = peak_after
    stages["writing"] = t3 - t2
    stage_peaks["writing"] = rss()
    print(json.dumps({
        "seconds": t3 - t0, "stages": stages, "stage_peaks": stage_peaks, "documents": len(result.documents),
        "statements": len(result.statements), "terms": int(result.term_matrix.n_terms),
        "nonzero": int(result.term_matrix.matrix.nnz),
        "maxrss_self_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "maxrss_children_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }), flush=True)
    print(json.dumps({"filters": filter_recompute(result, repeat)}), flush=True)


def filter_recompute(result, repeat: int) -> list[dict]:
    """Time the recompute for typical filters (statement masks as the sidebar makes them)."""
    import numpy as np

    from analysis import Filters
    from analysis.terms import distinctive_terms, selection_terms, term_frequencies

    st = result.statements
    tm = result.term_matrix
    doc_ids = st["doc_id"]
    speakers = st["speaker"]
    dates = st["date"].dropna()
    named = speakers[speakers != ""].value_counts()
    cases = {"no filter": Filters()}
    if len(named):
        cases["one speaker"] = Filters(speaker=(named.index[0],))
    if not dates.empty:
        year = int(dates.dt.year.mode().iloc[0])
        import datetime as dt

        cases["one year"] = Filters(date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31))
    themes = st["theme_label"].value_counts()
    if len(themes):
        cases["one theme"] = Filters(theme=(themes.index[0],))
    cases["one document"] = Filters(doc=(st["doc_id"].iloc[len(st) // 2],))
    tm.csc()
    tm.idf(doc_ids)  # built once per corpus, like the matrix
    out = []
    for name, filters in cases.items():
        mask = filters.mask(st)
        timings: dict[str, list[float]] = {"mask": [], "frequencies": [], "vs rest": [], "per speaker": []}
        cpu: dict[str, list[float]] = {k: [] for k in timings}

        def timed(key, fn):
            w, c = time.perf_counter(), time.process_time()
            out = fn()
            timings[key].append(time.perf_counter() - w)
            cpu[key].append(time.process_time() - c)
            return out

        for _ in range(repeat):
            mask = timed("mask", lambda: filters.mask(st))
            timed("frequencies", lambda: term_frequencies(tm, mask, doc_ids=doc_ids, top=50))
            timed("vs rest", lambda: selection_terms(tm, mask, top=20) if not mask.all() else None)
            timed("per speaker", lambda: distinctive_terms(tm, speakers, mask=mask, top=15))
        row = {"filter": name, "statements": int(mask.sum())}
        for key, values in timings.items():
            values = np.array(values) * 1000
            row[key] = {"min_ms": float(values.min()), "median_ms": float(np.median(values)),
                        "cpu_median_ms": float(np.median(cpu[key]) * 1000)}
        out.append(row)
    return out


# --------------------------------------------------------------------------- the parent

def _tree_rss_mib(pid: int) -> tuple[float, float]:
    """Memory of a process and all its descendants, from /proc: (RSS sum, PSS sum).

    Forked workers share their parent's pages until they write to them: the RSS sum
    counts those pages once per process, the PSS (proportional set size) sum splits each
    shared page between the processes that map it, so it adds up to the memory used."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    rss, pss, todo = 0, 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/smaps_rollup", encoding="ascii", errors="replace") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue
    return rss / 1024, pss / 1024


def run_child(args: list[str], *, watch: bool) -> tuple[list[dict], tuple[float, float]]:
    """Run this script as a child; its JSON lines, and the peak tree memory (RSS sum, PSS
    sum) while the first line was not yet printed."""
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    peak = [0.0, 0.0]
    done = threading.Event()

    def poll():
        while not done.is_set():
            rss, pss = _tree_rss_mib(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.05)

    thread = threading.Thread(target=poll, daemon=True)
    if watch:
        thread.start()
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip().startswith("{"):
            lines.append(json.loads(line))
            done.set()
    proc.wait()
    done.set()
    if proc.returncode:
        raise SystemExit(f"the child process {args[0]} failed with exit code {proc.returncode}")
    return lines, (peak[0], peak[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--repeat", type=int, default=15, help="runs per filter timing")
    parser.add_argument("--child", choices=("baseline", "export"), help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "baseline":
        return child_baseline(args.corpus)
    if args.child == "export":
        return child_export(args.corpus, args.out, args.repeat)
    if not Path(args.corpus).exists():
        raise SystemExit(f"{args.corpus} does not exist: give a corpus folder, or put ../shared/datasets beside "
                         "the repository.")
    print(f"corpus: {args.corpus}")
    print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores; other processes slow every figure)")
    (baseline,), _ = run_child(["--child", "baseline", args.corpus], watch=False)
    print(f"\nBaseline CountVectorizer(ngram_range=(1, 2)).fit: {baseline['seconds']:.1f} s "
          f"({baseline['documents']:,} documents, {baseline['mb']:.1f} MB, "
          f"{baseline['vocabulary']:,} n-grams; peak {baseline['maxrss_mib']:.0f} MiB)")
    with tempfile.TemporaryDirectory(prefix="bench-terms-") as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        lines, tree_peak = run_child(["--child", "export", args.corpus, "--out", out, "--repeat",
                                      str(args.repeat)], watch=True)
        children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    export, filters = lines[0], lines[1]["filters"]
    ratio = export["seconds"] / baseline["seconds"]
    print(f"\nExport (load_corpus + analyze + write CSV), cold: {export['seconds']:.1f} s = "
          f"{ratio:.2f} x the baseline (goal: at most 2 x) — {export['documents']:,} documents, "
          f"{export['statements']:,} statements, {export['terms']:,} terms, {export['nonzero']:,} non-zero counts")
    for stage, seconds in export["stages"].items():
        print(f"  {stage:<22}{seconds:7.1f} s  ({seconds / export['seconds']:5.1%})   peak so far "
              f"{export['stage_peaks'].get(stage, float('nan')):5.0f} MiB (main process)")
    largest = max(children_peak, export["maxrss_self_mib"]) if children_peak > before else export["maxrss_self_mib"]
    print(f"  peak memory: largest process {largest:.0f} MiB (ru_maxrss); whole process tree "
          f"{tree_peak[1]:.0f} MiB PSS (polled every 50 ms; goal: under 1024 MiB); the tree's RSS sum, "
          f"{tree_peak[0]:.0f} MiB, counts pages that forked workers share with their parent once per process")
    print(f"\nFilter recompute (ms of wall time: min / median of {args.repeat} runs; cpu: median CPU time "
          "of this process, unaffected by other processes):")
    print(f"  {'filter':<13}{'statements':>11}{'mask':>15}{'frequencies':>15}{'vs rest':>15}"
          f"{'total':>15}{'total cpu':>10}{'per speaker':>15}{'cpu':>6}")
    for row in filters:
        total_min = row["frequencies"]["min_ms"] + row["vs rest"]["min_ms"]
        total_med = row["frequencies"]["median_ms"] + row["vs rest"]["median_ms"]
        total_cpu = row["frequencies"]["cpu_median_ms"] + row["vs rest"]["cpu_median_ms"]

        def cell(key):
            return f"{row[key]['min_ms']:5.1f} / {row[key]['median_ms']:5.1f}"

        print(f"  {row['filter']:<13}{row['statements']:>11,}{cell('mask'):>15}{cell('frequencies'):>15}"
              f"{cell('vs rest'):>15}{total_min:7.1f} / {total_med:5.1f}{total_cpu:10.1f}{cell('per speaker'):>15}"
              f"{row['per speaker']['cpu_median_ms']:6.1f}")
    print("  total = frequencies (top 50, with document counts and TF-IDF) + distinctive terms of the "
          "selection against the rest of the corpus; goal: under 50 ms. per speaker = distinctive terms "
          "of every speaker inside the selection (the Terms page's default view).")
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

"""Theme quality, stability and speed, at document level, through the real pipeline.

Each document's dominant theme (``documents.theme_id`` from ``analysis.analyze``, i.e. the
path of ``python -m analysis export FILE --themes K``) is compared with the dataset's
labels:

* BBC News (../shared/datasets/bbc-news/bbc_news.csv), de-duplicated on title + text
  (2,127 articles; the loader then also drops articles whose text repeats under another
  title), k = 5;
* AG News test split (../shared/datasets/ag-news-test/test.csv), title + description,
  literal backslashes -> space, HTML entities unescaped (also the broken "#39;" form),
  k = 4.

Printed: NMI, ARI and V-measure against the labels; NMI between the themes of two
random seeds (statements and documents); the time to load, to analyse (attribution,
terms, themes) and to fit the themes alone (the :class:`analysis.themes.ThemeModel` fit
on the pipeline's term matrix, measured on its own). ``--peers`` also runs the peers
quoted in the issue (TF-IDF + KMeans, TF-IDF + NMF on whole documents) in the same run.

``--ungdc`` (alone, or with the others) times the automatic number of themes at scale, on
the UN General Debate corpus (../shared/datasets/ungdc/speeches, 2,520 speeches, about
223,000 statements), as ``python -m analysis export`` runs it: the pipeline's theme stage
(from its progress reports: the fit plus the frames made of it), then the
:class:`~analysis.themes.ThemeModel` fit alone on the pipeline's term matrix (best of
``--repeat``), the k chosen, the balance of each k tried, the themes' sizes and labels,
and the NMI between the statements' themes under two random seeds. No labels to compare
with: the themes are printed to be read.

Run from the repository root::

    .venv/bin/python benchmarks/bench_themes.py [--only bbc|ag] [--peers] [--ungdc [--repeat N]]

Needs ../shared/datasets; the texts are read in place and a temporary CSV is written
to the system's temporary folder (removed at the end), never into the repository.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score, v_measure_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATASETS = ROOT.parent / "shared" / "datasets"

from analysis import analyze, load_corpus  # noqa: E402
from analysis.themes import ThemeModel  # noqa: E402


def bbc_frame() -> pd.DataFrame:
    frame = pd.read_csv(DATASETS / "bbc-news" / "bbc_news.csv")
    frame = frame.drop_duplicates(["title", "text"]).reset_index(drop=True)
    return frame.rename(columns={"doc_id": "id"})[["id", "title", "text", "label"]]


_BROKEN_ENTITY = re.compile(r"(?<![&\w])#(\d{1,5});")


def _ag_clean(value: str) -> str:
    value = str(value).replace("\\n", " ").replace("\\", " ")
    value = _BROKEN_ENTITY.sub(r"&#\1;", value)
    return re.sub(r"\s+", " ", html.unescape(html.unescape(value))).strip()


def ag_frame() -> pd.DataFrame:
    frame = pd.read_csv(DATASETS / "ag-news-test" / "test.csv", header=None,
                        names=["label", "title", "description"], dtype=str, keep_default_na=False)
    return pd.DataFrame({
        "id": [f"ag-{i + 1}" for i in range(len(frame))],
        "title": frame["title"].map(_ag_clean),
        "text": frame["description"].map(_ag_clean),
        "label": frame["label"],
    })


def measure(name: str, frame: pd.DataFrame, k: int, *, peers: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        path = Path(tmp) / f"{name}.csv"
        frame[["id", "title", "text"]].to_csv(path, index=False)
        t0 = time.perf_counter()
        corpus = load_corpus(path)
        t_load = time.perf_counter() - t0
        stages: dict[str, float] = {}

        def progress(stage: str, fraction: float) -> None:
            stages.setdefault(stage, time.perf_counter())

        t0 = time.perf_counter()
        result = analyze(corpus, n_themes=k, progress=progress)
        t_analyze = time.perf_counter() - t0
    truth = dict(zip(frame["id"], frame["label"]))
    docs = result.documents
    y = docs["doc_id"].map(truth).to_numpy()
    pred = docs["theme_id"].to_numpy()
    st = result.statements
    titles = dict(zip(docs["doc_id"], docs["title"]))
    texts = st["content"].tolist()

    def fit(seed: int) -> tuple[ThemeModel, float, float]:
        c0, w0 = time.process_time(), time.perf_counter()
        model = ThemeModel(n_themes=k, random_state=seed).fit(
            result.term_matrix, doc_ids=st["doc_id"].to_numpy(), titles=titles, texts=texts)
        return model, time.perf_counter() - w0, time.process_time() - c0

    m0, wall0, cpu0 = fit(0)
    m1, wall1, cpu1 = fit(1)
    dom0 = _dominant(m0, st["doc_id"].to_numpy(), docs["doc_id"])
    dom1 = _dominant(m1, st["doc_id"].to_numpy(), docs["doc_id"])
    out = {
        "dataset": name, "k": k, "documents_in": len(frame), "documents": len(docs),
        "statements": len(st), "nmi": normalized_mutual_info_score(y, pred),
        "ari": adjusted_rand_score(y, pred), "v_measure": v_measure_score(y, pred),
        "seed_nmi_statements": normalized_mutual_info_score(m0.labels_, m1.labels_),
        "seed_nmi_documents": normalized_mutual_info_score(dom0, dom1),
        "pipeline_equals_refit": bool((dom0 == pred).all()),
        "load_s": t_load, "analyze_s": t_analyze,
        "fit_wall_s": min(wall0, wall1), "fit_cpu_s": min(cpu0, cpu1),
        "labels": m0.theme_labels_,
    }
    c0 = time.perf_counter()
    auto = ThemeModel(n_themes=None).fit(result.term_matrix, doc_ids=st["doc_id"].to_numpy(),
                                         titles=titles, texts=texts)
    out["auto_k"] = auto.n_themes_
    out["auto_s"] = time.perf_counter() - c0
    out["auto_nmi"] = normalized_mutual_info_score(y, _dominant(auto, st["doc_id"].to_numpy(), docs["doc_id"]))
    if peers:
        out.update(_peers(frame.set_index("id").loc[docs["doc_id"]], y, k))
    return out


def measure_automatic(path: Path, *, repeat: int) -> dict:
    """The automatic number of themes on a large unlabelled corpus (``--ungdc``)."""
    corpus = load_corpus(path)
    marks: list[tuple[str, float]] = []

    def progress(stage: str, fraction: float) -> None:
        if not marks or marks[-1][0] != stage:
            marks.append((stage, time.perf_counter()))

    t0 = time.perf_counter()
    result = analyze(corpus, progress=progress)
    end = time.perf_counter()
    stages = {name: (marks[i + 1][1] if i + 1 < len(marks) else end) - start
              for i, (name, start) in enumerate(marks)}
    st, docs = result.statements, result.documents
    args = {"doc_ids": st["doc_id"].to_numpy(), "titles": dict(zip(docs["doc_id"], docs["title"])),
            "texts": st["content"].tolist()}
    walls, cpus, models = [], [], []
    for seed in [0] * max(1, repeat) + [1]:
        c0, w0 = time.process_time(), time.perf_counter()
        models.append(ThemeModel(random_state=seed).fit(result.term_matrix, **args))
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    model = models[0]
    return {
        "documents": len(docs), "statements": len(st), "terms": result.term_matrix.n_terms,
        "analyze_s": end - t0, "theme_stage_s": stages.get("Finding themes", float("nan")),
        "fit_wall_s": min(walls[:-1]), "fit_cpu_s": min(cpus[:-1]),
        "k": model.n_themes_, "scores": model.scores_,
        "sizes": np.bincount(model.labels_[model.labels_ >= 0], minlength=model.n_themes_).tolist(),
        "labels": model.theme_labels_,
        "pipeline_equals_refit": bool((st["theme_id"].to_numpy() == model.labels_).all()),
        "seed_nmi_statements": normalized_mutual_info_score(model.labels_, models[-1].labels_),
    }


def _dominant(model: ThemeModel, statement_docs: np.ndarray, doc_order: pd.Series) -> np.ndarray:
    weights = pd.DataFrame(model.weights_, index=statement_docs).groupby(level=0, sort=False).sum()
    return weights.reindex(doc_order).to_numpy().argmax(axis=1)


def _peers(frame: pd.DataFrame, y: np.ndarray, k: int) -> dict:
    from sklearn.cluster import KMeans
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = (frame["title"] + ". " + frame["text"]).tolist()
    X = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=2, max_df=0.5).fit_transform(texts)
    out = {}
    km = [KMeans(k, n_init=10, random_state=s).fit_predict(X) for s in (0, 1)]
    out["peer_kmeans_nmi"] = normalized_mutual_info_score(y, km[0])
    out["peer_kmeans_seed_nmi"] = normalized_mutual_info_score(km[0], km[1])
    nmf = [NMF(k, init="nndsvd", random_state=s, max_iter=400).fit_transform(X).argmax(axis=1) for s in (0, 1)]
    out["peer_nmf_nmi"] = normalized_mutual_info_score(y, nmf[0])
    out["peer_nmf_seed_nmi"] = normalized_mutual_info_score(nmf[0], nmf[1])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("bbc", "ag"), default=None)
    parser.add_argument("--peers", action="store_true", help="also run TF-IDF + KMeans and + NMF")
    parser.add_argument("--ungdc", action="store_true",
                        help="time the automatic number of themes on the UN General Debate corpus "
                             "(alone unless --only or --peers is given too)")
    parser.add_argument("--repeat", type=int, default=3, help="--ungdc: fits timed (the best is shown)")
    args = parser.parse_args(argv)
    if not DATASETS.is_dir():
        print(f"{DATASETS} is absent: nothing to measure.", file=sys.stderr)
        return 1
    runs = [("bbc", bbc_frame, 5), ("ag", ag_frame, 4)]
    for name, load, k in runs:
        if (args.only and name != args.only) or (args.ungdc and not args.only and not args.peers):
            continue
        r = measure(name, load(), k, peers=args.peers)
        print(f"\n{name}: {r['documents']} documents analysed (of {r['documents_in']} after "
              f"de-duplication), {r['statements']} statements, k = {k}")
        print(f"  document NMI {r['nmi']:.4f}   ARI {r['ari']:.3f}   V-measure {r['v_measure']:.3f}")
        print(f"  seed 0 vs seed 1 NMI: statements {r['seed_nmi_statements']:.3f}, "
              f"documents {r['seed_nmi_documents']:.3f} (refit equals pipeline: {r['pipeline_equals_refit']})")
        print(f"  time: load {r['load_s']:.2f} s, analyze {r['analyze_s']:.2f} s, "
              f"theme fit {r['fit_wall_s']:.2f} s wall / {r['fit_cpu_s']:.2f} s CPU")
        print("  labels: " + " | ".join(r["labels"]))
        print(f"  automatic number of themes: {r['auto_k']} (document NMI {r['auto_nmi']:.3f}, "
              f"fit {r['auto_s']:.2f} s)")
        if args.peers:
            print(f"  peers (same run): TF-IDF+KMeans NMI {r['peer_kmeans_nmi']:.3f} "
                  f"(seed NMI {r['peer_kmeans_seed_nmi']:.3f}); TF-IDF+NMF NMI {r['peer_nmf_nmi']:.3f} "
                  f"(seed NMI {r['peer_nmf_seed_nmi']:.3f})")
    if args.ungdc:
        r = measure_automatic(DATASETS / "ungdc" / "speeches", repeat=args.repeat)
        print(f"\nungdc: {r['documents']} documents, {r['statements']} statements, {r['terms']} terms, "
              f"automatic number of themes")
        print(f"  time: analyze {r['analyze_s']:.2f} s, of which the theme stage {r['theme_stage_s']:.2f} s; "
              f"theme fit alone {r['fit_wall_s']:.2f} s wall / {r['fit_cpu_s']:.2f} s CPU "
              f"(best of {max(1, args.repeat)}; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores)")
        print(f"  k = {r['k']}; smallest theme over an even share, per k tried: "
              + ", ".join(f"{k}: {v:.3f}" for k, v in r["scores"].items()))
        print(f"  seed 0 vs seed 1 NMI (statements) {r['seed_nmi_statements']:.3f} "
              f"(refit equals pipeline: {r['pipeline_equals_refit']})")
        for label, size in zip(r["labels"], r["sizes"]):
            print(f"  {size:7,d}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

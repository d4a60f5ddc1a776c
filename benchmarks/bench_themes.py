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

Run from the repository root::

    .venv/bin/python benchmarks/bench_themes.py [--only bbc|ag] [--peers]

Needs ../shared/datasets; the texts are read in place and a temporary CSV is written
to the system's temporary folder (removed at the end), never into the repository.
"""

from __future__ import annotations

import argparse
import html
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
    args = parser.parse_args(argv)
    if not DATASETS.is_dir():
        print(f"{DATASETS} is absent: nothing to measure.", file=sys.stderr)
        return 1
    runs = [("bbc", bbc_frame, 5), ("ag", ag_frame, 4)]
    for name, load, k in runs:
        if args.only and name != args.only:
            continue
        r = measure(name, load(), k, peers=args.peers)
        print(f"\n{name}: {r['documents']} documents analysed (of {r['documents_in']} after "
              f"de-duplication), {r['statements']} statements, k = {k}")
        print(f"  document NMI {r['nmi']:.3f}   ARI {r['ari']:.3f}   V-measure {r['v_measure']:.3f}")
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

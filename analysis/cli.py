"""Command line: ``python -m analysis export CORPUS ... --out DIR``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .cache import CACHE_ENV, _inside
from .corpus import ColumnMap, CorpusError, LoadLimits, load_corpus
from .export import write_frames
from .pipeline import analyze

__all__ = ["main", "build_parser"]


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Communiqué: who said what, about which themes, in which words.",
    )
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _add_export_parser(sub)
    from . import chartset

    chartset.add_parser(sub)
    return parser


def _add_export_parser(sub: argparse._SubParsersAction) -> None:
    limits = LoadLimits()
    export = sub.add_parser(
        "export",
        help="analyse a corpus and write its frames (documents, statements, speakers, terms, themes)",
        description="Analyse one or more folders or files and write documents, statements, "
                    "speakers, terms and themes, the load report (every file, loaded or "
                    "skipped with the reason) and manifest.json into --out. Files that "
                    "cannot be used are listed on stderr; the corpus folder is only read. "
                    "Results are cached by content and settings outside the corpus "
                    f"(${CACHE_ENV}, default ~/.cache/communique), so a second run is instant.",
    )
    export.add_argument("corpus", nargs="+", metavar="CORPUS",
                        help="folder(s) or file(s): .txt .md .html .pdf .docx .csv .jsonl "
                             ".parquet, or .zip archives of them")
    export.add_argument("--out", required=True, metavar="DIR",
                        help="folder to write into (created; must be outside the corpus)")
    export.add_argument("--format", choices=("csv", "parquet"), default="csv")
    export.add_argument("--themes", type=_positive_int, default=None, metavar="K",
                        help="number of themes (default: chosen from the corpus size)")
    export.add_argument("--random-state", type=int, default=0, metavar="N")
    export.add_argument("--name", default=None, help="corpus name shown in charts")
    tables = export.add_argument_group(
        "table columns", "for .csv/.jsonl/.parquet files whose columns have other names "
                         "(default: text/content/body, title/headline, date, source, "
                         "speaker, id, url)")
    for role in ("text", "id", "title", "date", "source", "speaker", "url"):
        tables.add_argument(f"--{role}-column", default=None, metavar="COL",
                            help=f"column holding the {role}")
    guard = export.add_argument_group("limits", "files past a limit are skipped and reported")
    guard.add_argument("--max-file-mb", type=_positive_float, metavar="MB",
                       default=limits.max_file_bytes / 1e6,
                       help="largest file, or zip member once inflated (default: %(default)g)")
    guard.add_argument("--max-total-mb", type=_positive_float, metavar="MB",
                       default=limits.max_total_bytes / 1e6,
                       help="most bytes read in all (default: %(default)g)")
    guard.add_argument("--max-files", type=_positive_int, metavar="N", default=limits.max_files,
                       help="most files read (default: %(default)d)")
    export.add_argument("--codebook", metavar="FILE", default=None,
                        help="YAML or CSV codebook of your own themes (name -> words, phrases, "
                             "patterns); writes codebook.csv: each matching statement with the "
                             "matched words as the reason")
    cache = export.add_argument_group("cache")
    cache.add_argument("--cache-dir", default=None, metavar="DIR",
                       help=f"where analyses are kept (default: ${CACHE_ENV} or "
                            "~/.cache/communique)")
    cache.add_argument("--no-cache", action="store_true",
                       help="analyse from scratch and store nothing")


def _positive_float(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not x > 0 or x == float("inf"):
        raise argparse.ArgumentTypeError("must be a number above 0")
    return x


class _ProgressBar:
    """Stages and a bar on stderr: redrawn in place on a terminal, one line per stage
    otherwise (logs, CI)."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.stage = None
        self.started = time.perf_counter()

    def __call__(self, stage: str, fraction: float) -> None:
        fraction = min(max(float(fraction), 0.0), 1.0)
        if self.tty:
            filled = int(round(fraction * 24))
            self.stream.write(f"\r[{'#' * filled}{'.' * (24 - filled)}] {fraction:4.0%} "
                              f"{stage[:40]:<40}")
            if stage == "Done":
                self.stream.write("\n")
        elif stage != self.stage:
            self.stream.write(f"{stage} ... ({time.perf_counter() - self.started:.1f} s)\n")
        self.stage = stage
        self.stream.flush()

    def close(self) -> None:
        """Clear an unfinished bar, so that what follows starts on a clean line."""
        if self.tty and self.stage not in (None, "Done"):
            self.stream.write("\r" + " " * 72 + "\r")
            self.stream.flush()
        self.stage = None


def _print_report(report, stream) -> None:
    skipped = report[report["status"] == "skipped"]
    for row in skipped.itertuples(index=False):
        stream.write(f"skipped {row.path}: {row.reason} [{row.kind}]\n")
    loaded = report[report["status"] == "loaded"]
    stream.write(f"Load report: {len(loaded)} file(s) loaded "
                 f"({int(loaded['documents'].sum())} documents), {len(skipped)} skipped.\n")


def _export(args: argparse.Namespace) -> int:
    import warnings

    from .cache import CacheError, open_cached

    columns = ColumnMap(text=args.text_column, id=args.id_column, title=args.title_column,
                        date=args.date_column, source=args.source_column,
                        speaker=args.speaker_column, url=args.url_column)
    limits = LoadLimits(max_file_bytes=max(1, int(args.max_file_mb * 1e6)),
                        max_total_bytes=max(1, int(args.max_total_mb * 1e6)),
                        max_files=args.max_files)
    out = Path(args.out).expanduser()
    for root in args.corpus:
        folder = Path(root).expanduser()
        if folder.is_dir() and _inside(out, folder):
            raise CorpusError(f"--out {out} is inside the corpus folder {folder}; "
                              "choose a folder outside it (the corpus is never written to).")
    codebook = None
    if args.codebook:
        from .codebook import load_codebook

        codebook = load_codebook(args.codebook)  # fails fast, before any analysis
    progress = _ProgressBar()
    notes: list[str] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = None
            if not args.no_cache:
                try:
                    result = open_cached(args.corpus, name=args.name, columns=columns,
                                         limits=limits, n_themes=args.themes,
                                         random_state=args.random_state,
                                         cache_dir=args.cache_dir, progress=progress)
                except (CacheError, PermissionError) as exc:
                    notes.append(f"not using the cache: {exc}")
            if result is None:
                corpus = load_corpus(args.corpus, name=args.name, columns=columns, limits=limits)
                result = analyze(corpus, n_themes=args.themes, random_state=args.random_state,
                                 progress=progress)
        for w in caught:
            note = f"{w.category.__name__}: {str(w.message).splitlines()[0] if str(w.message) else ''}"
            if note not in notes:
                notes.append(note)
        _print_report(result.issues, sys.stderr)
        for note in notes:
            sys.stderr.write(f"note: {note}\n")
        paths = write_frames(result, out, fmt=args.format)
        if codebook is not None:
            from .codebook import apply_codebook
            from .export import safe_csv

            matches = apply_codebook(result.statements, codebook)
            target = out / f"codebook.{args.format}"
            if args.format == "csv":
                target.write_bytes(safe_csv(matches))
            else:
                matches.to_parquet(target, index=False)
            paths.append(target)
            _note_codebook(out / "manifest.json", args.codebook, len(matches))
    except (CorpusError, OSError):
        progress.close()
        raise
    except KeyboardInterrupt:
        sys.stderr.write("\ninterrupted\n")
        return 130
    except MemoryError:
        progress.close()
        sys.stderr.write("error: out of memory; lower --max-total-mb or analyse fewer files\n")
        return 1
    except Exception as exc:  # noqa: BLE001 - the command line never shows a traceback
        progress.close()
        first = str(exc).splitlines()[0] if str(exc) else ""
        sys.stderr.write(f"error: the analysis failed ({exc.__class__.__name__}: {first}). "
                         "Please report it with the command you ran.\n")
        return 1
    n_skipped = int((result.issues["status"] == "skipped").sum())
    print(f"{len(result.documents)} documents, {len(result.statements)} statements, "
          f"{len(result.speakers)} speakers, {len(result.themes)} themes; "
          f"{n_skipped} skipped. Wrote {len(paths)} files to {out}")
    return 0


def _note_codebook(manifest: Path, codebook: str, n_matches: int) -> None:
    import json

    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["codebook"] = {"file": Path(codebook).name, "matches": n_matches}
    data["files"].append(f"codebook.{data['format']}")
    manifest.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "export":
            return _export(args)
        if args.command == "charts":
            from . import chartset

            return chartset.run(args)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    parser.error(f"unknown command {args.command}")
    return 2

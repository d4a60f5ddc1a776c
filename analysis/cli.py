"""Command line: ``python -m analysis export CORPUS ... --out DIR``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .corpus import ColumnMap, CorpusError, load_corpus
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

    export = sub.add_parser(
        "export",
        help="analyse a corpus and write its frames (documents, statements, speakers, terms, themes)",
        description="Analyse one or more folders or files and write documents, statements, "
                    "speakers, terms and themes, a load report and manifest.json into --out.",
    )
    export.add_argument("corpus", nargs="+", metavar="CORPUS", help="folder(s) or file(s)")
    export.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created)")
    export.add_argument("--format", choices=("csv", "parquet"), default="csv")
    export.add_argument("--themes", type=_positive_int, default=None, metavar="K",
                        help="number of themes (default: chosen from the corpus size)")
    export.add_argument("--random-state", type=int, default=0, metavar="N")
    export.add_argument("--name", default=None, help="corpus name shown in charts")
    for role in ("text", "id", "title", "date", "source", "speaker"):
        export.add_argument(f"--{role}-column", default=None, metavar="COL",
                            help=f"table column holding the {role}")
    from . import chartset

    chartset.add_parser(sub)
    return parser


def _progress(stage: str, fraction: float) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{stage}: {fraction:4.0%}   ")
        if fraction >= 1:
            sys.stderr.write("\n")


def _export(args: argparse.Namespace) -> int:
    columns = ColumnMap(text=args.text_column, id=args.id_column, title=args.title_column,
                        date=args.date_column, source=args.source_column,
                        speaker=args.speaker_column)
    corpus = load_corpus(args.corpus, name=args.name, columns=columns)
    for issue in corpus.issues:
        print(f"skipped {issue.path}: {issue.reason}", file=sys.stderr)
    result = analyze(corpus, n_themes=args.themes, random_state=args.random_state,
                     progress=_progress)
    paths = write_frames(result, args.out, fmt=args.format)
    print(f"{len(corpus.documents)} documents, {len(result.statements)} statements, "
          f"{len(result.speakers)} speakers, {len(result.themes)} themes; "
          f"{len(corpus.issues)} skipped. Wrote {len(paths)} files to {args.out}")
    return 0


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

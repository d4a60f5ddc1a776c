"""Writing frames to disk: CSV that spreadsheets cannot run, Parquet, and a manifest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from .pipeline import Analysis

__all__ = ["safe_csv", "neutralise_formulas", "write_frames"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy in which text cells that a spreadsheet would run as a formula
    (starting with = + - @ tab or CR) are prefixed with an apostrophe."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            values = out[col]
            if pd.api.types.is_string_dtype(values) and values.dtype != object:
                risky = values.str.startswith(_FORMULA_START).fillna(False).astype(bool)
            else:
                risky = values.map(lambda v: isinstance(v, str) and v.startswith(_FORMULA_START)).astype(bool)
            if risky.any():
                out[col] = values.where(~risky, "'" + values[risky].astype(str))
    return out


def safe_csv(frame: pd.DataFrame) -> bytes:
    """CSV bytes (UTF-8 with BOM, so spreadsheets read accents) with formulas neutralised."""
    return neutralise_formulas(frame).to_csv(index=False).encode("utf-8-sig")


def _write_csv(frame: pd.DataFrame, path: Path, *, chunk: int = 50_000) -> None:
    """Like ``safe_csv`` but streamed in chunks through Arrow's CSV writer (about ten times
    pandas' ``to_csv``), so a large frame is never copied whole. Dates are written as
    ``YYYY-MM-DD`` when they carry no time of day, as ``to_csv`` does."""
    with open(path, "wb") as handle:
        handle.write("\ufeff".encode("utf-8"))  # BOM: spreadsheets then read accents
        writer = None
        for start in range(0, max(len(frame), 1), chunk):
            part = _csv_ready(neutralise_formulas(frame.iloc[start:start + chunk]))
            table = pa.Table.from_pandas(part, preserve_index=False).replace_schema_metadata(None)
            if writer is None:
                # Columns empty in the first chunk are text (Arrow would call them "null").
                schema = pa.schema([pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f
                                    for f in table.schema])
                writer = pacsv.CSVWriter(handle, schema,
                                         write_options=pacsv.WriteOptions(quoting_style="needed"))
            writer.write_table(table if table.schema == schema else table.cast(schema))
        if writer is not None:
            writer.close()


def _csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates as text; every other column as Arrow writes it."""
    out = frame
    for col in frame.columns:
        values = frame[col]
        if pd.api.types.is_datetime64_any_dtype(values):
            day_only = bool((values.dropna() == values.dropna().dt.normalize()).all())
            text = values.dt.strftime("%Y-%m-%d" if day_only else "%Y-%m-%d %H:%M:%S")
            out = out.assign(**{col: text.astype("str")})
        elif values.dtype == object:
            out = out.assign(**{col: values.map(lambda v: v if v is None or isinstance(v, str) else str(v))
                                .astype("str")})
    return out


def write_frames(
    analysis: Analysis,
    out: str | Path,
    *,
    fmt: Literal["csv", "parquet"] = "csv",
) -> list[Path]:
    """Write the five frames, the load report and ``manifest.json`` into ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    frames = analysis.frames() | {"load_report": analysis.issues}
    for name, frame in frames.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            _write_csv(frame, path)
        else:
            frame.to_parquet(path, index=False)
        written.append(path)
    manifest = {
        "corpus": analysis.corpus_name,
        "fingerprint": analysis.fingerprint,
        "settings": analysis.settings,
        "version": analysis.settings.get("version"),
        "format": fmt,
        "rows": {name: int(len(frame)) for name, frame in frames.items()},
        "files": [p.name for p in written],
    }
    path = out / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written.append(path)
    return written

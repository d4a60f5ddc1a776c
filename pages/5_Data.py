"""Data: which corpus is shown, uploads, table columns, limits and the load report."""

import streamlit as st

from analysis import ColumnMap, CorpusError, LoadLimits
from ui import download_table
from ui.data import (
    LoadSettings,
    analysis_for,
    corpus_source,
    escape_markdown,
    folder_source,
    load_settings,
    table_columns_of,
    upload_source,
    use_load_settings,
    use_source,
)
from analysis.filters import Filters

st.set_page_config(page_title="Communiqué · Data", page_icon="🗞️", layout="wide")
st.title("Data")
st.caption("Which corpus is analysed, how its files are read, and what could not be used. "
           "Files are only read: nothing is written into or beside your folder.")

source = corpus_source()
settings = load_settings()
st.caption("Corpus now analysed")
st.code(source.describe(), language=None, wrap_lines=True)

open_folder, upload = st.tabs(["Open a folder", "Upload files"])
with open_folder:
    path_text = st.text_input("Folder or file on this computer", key="data_folder",
                              placeholder="/home/me/readouts")
    if st.button("Open folder", key="data_open_folder"):
        try:
            use_source(folder_source(path_text))
            st.rerun()
        except CorpusError as exc:
            st.error(escape_markdown(exc))
with upload:
    files = st.file_uploader(
        "Drop files here: .txt .md .html .pdf .docx .csv .jsonl .parquet, or a .zip of them",
        accept_multiple_files=True, key="data_uploads")
    if st.button("Analyse the uploaded files", key="data_use_uploads", disabled=not files):
        try:
            use_source(upload_source([(f.name, f.getvalue()) for f in files or []], settings))
            st.rerun()
        except CorpusError as exc:
            st.error(escape_markdown(exc))

with st.expander("Table columns (CSV, JSON Lines, Parquet)"):
    found = table_columns_of(source)
    if not found:
        st.caption("This corpus has no table files.")
    else:
        names = sorted({c for cols in found.values() for c in cols})
        st.text("Columns found: " + ", ".join(names[:60]))
        options = ["(automatic)"] + names
        current = settings.columns
        chosen = {}
        cols = st.columns(3)
        for i, role in enumerate(("text", "title", "date", "speaker", "source", "id")):
            value = getattr(current, role)
            chosen[role] = cols[i % 3].selectbox(
                f"{role.capitalize()} column", options, key=f"data_col_{role}",
                index=options.index(value) if value in options else 0)
        if st.button("Apply columns", key="data_apply_columns"):
            use_load_settings(LoadSettings(
                columns=ColumnMap(**{r: (None if v == "(automatic)" else v) for r, v in chosen.items()}),
                limits=settings.limits))
            st.rerun()

with st.expander("Limits"):
    lim = settings.limits
    c1, c2, c3 = st.columns(3)
    file_mb = c1.number_input("Largest file (MB)", min_value=0.0001, value=lim.max_file_bytes / 1e6,
                              format="%.4g",
                              key="data_max_file_mb", help="Larger files, or zip members once "
                              "inflated, are skipped.")
    total_mb = c2.number_input("All files (MB)", min_value=0.0001, value=lim.max_total_bytes / 1e6,
                               format="%.4g",
                               key="data_max_total_mb")
    n_files = c3.number_input("Number of files", min_value=1, value=lim.max_files, step=100,
                              key="data_max_files")
    if st.button("Apply limits", key="data_apply_limits"):
        use_load_settings(LoadSettings(columns=settings.columns, limits=LoadLimits(
            max_file_bytes=max(1, int(file_mb * 1e6)), max_total_bytes=max(1, int(total_mb * 1e6)),
            max_files=int(n_files))))
        st.rerun()

st.subheader("Load report")
try:
    analysis = analysis_for(source, load_settings(), st.session_state.get("n_themes"))
except CorpusError as exc:
    st.error(f"The corpus could not be opened. {escape_markdown(exc)}")
    st.stop()

report = analysis.issues
loaded = report[report["status"] == "loaded"]
skipped = report[report["status"] == "skipped"]
st.text(f"{len(analysis.documents):,} documents from {len(loaded):,} file(s); "
        f"{len(skipped):,} file(s) or rows skipped.")
if len(skipped):
    st.warning(f"{len(skipped):,} file(s) or rows could not be used; the reasons are below.")
show = st.segmented_control("Show", ["skipped", "loaded", "all"], default="skipped" if len(skipped) else "all",
                            key="data_report_show")
table = report if show in (None, "all") else report[report["status"] == show]
st.dataframe(table, hide_index=True, width="stretch", height=min(36 * (len(table) + 1) + 3, 640),
             column_config={"reason": st.column_config.TextColumn(width="large")})
download_table(report, page="data", name="load-report", filters=Filters())

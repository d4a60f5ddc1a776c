"""Chart: one chart alone, large type, no sidebar, for a clean screenshot.

Opened from a chart's Share menu; the URL names the chart, its settings and filters,
e.g. ``/Chart?chart=top-terms&n=2&speaker=Park%20Jin``. Without ``chart`` in the URL:
pick a chart under the sidebar filters, then "Present" it.
"""

import streamlit as st

from ui import current_analysis
from ui.show import presentation_view

presenting = "chart" in st.query_params  # one chart alone: no sidebar
st.set_page_config(page_title="Communiqué · Chart", page_icon="🗞️", layout="wide",
                   initial_sidebar_state="collapsed" if presenting else "auto")

analysis = current_analysis()
if analysis is None:
    st.stop()
presentation_view(analysis)

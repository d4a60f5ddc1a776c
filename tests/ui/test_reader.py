import pandas as pd

from ui.reader import reader_html


def test_statements_are_marked_and_text_is_escaped():
    text = "Intro line.\n\nAna said <script>alert(1)</script> works. Then more."
    p2 = text.index("Ana")
    rows = pd.DataFrame({
        "start": [0, p2], "end": [len("Intro line."), p2 + len("Ana said <script>alert(1)</script> works.")],
        "speaker": ["", "Ana Lopes"], "cue": ["", "said"], "theme_label": ["t1", "t2"],
        "statement_id": [0, 1],
    })
    out = reader_html(text, rows, {"Ana Lopes": "#0072B2"})
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert out.count("<p") == 2
    assert 'title="Ana Lopes · said · t2"' in out
    assert "#0072B2" in out
    assert "Then more." in out


def test_statements_outside_the_filter_are_greyed_and_unlabelled():
    text = "Ana said yes. Ben said no."
    rows = pd.DataFrame({"start": [0, 14], "end": [13, 26], "speaker": ["Ana", "Ben"],
                         "cue": ["said", "said"], "theme_label": ["t", "t"], "statement_id": [0, 1]})
    out = reader_html(text, rows, {"Ana": "#0072B2", "Ben": "#D55E00"}, active={1})
    assert "#0072B2" not in out and "#D55E00" in out
    assert ">Ana said yes.</span>" in out

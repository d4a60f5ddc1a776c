"""The five frames: columns, one row per unit, offsets, determinism."""

import pandas as pd
import pytest

from analysis import FRAME_COLUMNS, NO_THEME, analyze, load_corpus
from analysis.corpus import Corpus, Document
from analysis.pipeline import statements_of


def test_frames_have_the_documented_columns(seed_analysis):
    for name, columns in FRAME_COLUMNS.items():
        assert list(getattr(seed_analysis, name).columns) == columns, name


def test_one_statement_per_body_sentence_with_offsets(seed_analysis, seed_corpus):
    st = seed_analysis.statements
    text = seed_corpus.documents[0].text
    assert len(st) == 17
    assert st["statement_id"].is_unique
    for row in st.itertuples():
        assert text[row.start:row.end] == row.text
    # The dateline is not part of any statement.
    assert not st["text"].str.contains("(Xinhua)", regex=False).any()
    assert st["text"].iloc[0].startswith("China and South Korea on Sunday reaffirmed")


def test_content_drops_the_attribution_frame(seed_analysis):
    for row in seed_analysis.statements.itertuples():
        if row.speaker_kind == "person":
            assert "said that" not in row.content.lower()
            assert not row.content.endswith(("he said.", "he added."))


def test_documents_frame(seed_analysis):
    docs = seed_analysis.documents
    assert len(docs) == 1
    row = docs.iloc[0]
    assert row["title"] == "China, S. Korea reaffirm bilateral strategic cooperative partnership"
    assert row["date"] == pd.Timestamp("2023-11-27")
    assert row["source"] == "Xinhua"
    assert row["place"] == "BUSAN, South Korea"
    assert row["n_statements"] == 17
    assert row["theme_id"] in set(seed_analysis.themes["theme_id"])


def test_speakers_frame(seed_analysis):
    sp = seed_analysis.speakers.set_index("speaker")
    assert sp.loc["Wang Yi", "kind"] == "person"
    assert sp.loc["Wang Yi", "role"] == "Foreign Minister"
    assert sp.loc["Wang Yi", "affiliation"] == "China"
    assert sp.loc["Park Jin", "affiliation"] == "South Korea"
    assert sp.loc["Wang Yi", "n_statements"] == 10
    assert sp.loc["The two sides", "kind"] == "group"
    assert (sp["n_docs"] == 1).all()


def test_terms_and_themes_frames(seed_analysis):
    terms = seed_analysis.terms
    assert {"said", "Xinhua", "said that", "he said"}.isdisjoint(set(terms["term"]))
    assert (terms["count"] >= terms["doc_count"]).all()
    themes = seed_analysis.themes
    assert themes["n_statements"].sum() + (seed_analysis.statements["theme_label"] == NO_THEME).sum() == 17
    assert themes["share"].sum() == pytest.approx(themes["n_statements"].sum() / 17)


def test_same_corpus_same_results():
    corpus = load_corpus(pytest.importorskip("pathlib").Path(__file__).resolve().parents[2] / "seeds")
    a, b = analyze(corpus), analyze(corpus)
    pd.testing.assert_frame_equal(a.statements, b.statements)
    pd.testing.assert_frame_equal(a.themes, b.themes)


def test_more_themes_requested_than_statements():
    corpus = Corpus("tiny", [Document("a", "Minister Ana Lopes said peace matters. She added trade matters.")])
    result = analyze(corpus, n_themes=10)
    assert len(result.themes) <= 2
    assert result.statements["theme_label"].notna().all()


def test_progress_is_reported(seed_corpus):
    stages = []
    analyze(seed_corpus, progress=lambda stage, fraction: stages.append(stage))
    assert stages[0] == "Attributing speakers" and stages[-1] == "Done"


def test_one_person_across_documents_is_one_speaker():
    corpus = Corpus("two", [
        Document("a", "President Joseph R. Biden, Jr. met Chancellor Olaf Scholz. President Biden said trade matters."),
        Document("b", "President Biden spoke with First Lady Jill Biden. Biden welcomed the news."),
        Document("c", "First Lady Jill Biden visited Ohio. Dr. Jill Biden said schools matter."),
    ])
    speakers = analyze(corpus).statements["speaker"]
    assert "Joseph R. Biden Jr." in set(speakers)
    assert "Biden" not in set(speakers)
    assert "Jill Biden" in set(speakers)


def test_a_speech_under_its_heading_is_its_speakers_up_to_the_sign_off():
    text = "\n\n".join([
        "Minister for Foreign Affairs Dr Ana Lima attended the Ocean Forum in Colombo on 11 October.",
        "The transcript of Minister Lima's statement is appended.",
        "STATEMENT BY MINISTER FOR FOREIGN AFFAIRS DR ANA LIMA AT THE OCEAN FORUM, 11 OCTOBER 2023",
        "Excellencies. We meet at a critical point. The ocean has warmed faster than any other waters. "
        "Third, cooperation is critical.",
        "MINISTRY OF FOREIGN AFFAIRS",
        "The ocean is home to three billion people.",
        "REMARKS BY DEPUTY MINISTER TOM REED KOWALSKI AT THE CLOSING SESSION",
        "Thank you all for coming.",
    ])
    rows, _ = statements_of(Document(doc_id="d", text=text))
    by_text = {r["text"]: (r["speaker_kind"], r["speaker"]) for r in rows}
    for sentence in ("We meet at a critical point.", "The ocean has warmed faster than any other waters.",
                     "Third, cooperation is critical."):
        assert by_text[sentence] == ("person", "Ana Lima")
    assert by_text["The transcript of Minister Lima's statement is appended."][0] == "none"
    assert by_text["The ocean is home to three billion people."][0] == "none"  # after the sign-off
    # a heading whose speaker the body never names: the name before the venue
    assert by_text["Thank you all for coming."] == ("person", "Tom Reed Kowalski")


def test_a_printed_transcript_gives_each_turn_to_its_speaker():
    text = "\n\n".join([
        "Minister for Foreign Affairs Dr Ana Lima spoke at the Tech Forum.",
        "TRANSCRIPT OF MINISTER FOR FOREIGN AFFAIRS DR ANA LIMAS’S FIRESIDE CHAT WITH HOST JON BERG AT THE FORUM",
        "Minister: Thank you, Jon. Small states must stay open.",
        "Jon Berg: Indeed. How will you do it?",
        "Minister: By staying open.",
        "Jon: Thank you.",
        "Question: What about trade?",
    ])
    rows, _ = statements_of(Document(doc_id="d", text=text))
    speakers = [r["speaker"] for r in rows[2:]]
    # the misspelt heading ("LIMAS") still names the person the body spells right
    assert speakers == ["Ana Lima", "Ana Lima", "Jon Berg", "Jon Berg", "Ana Lima", "Jon Berg", "Reporter"]


def test_a_title_case_transcript_heading_and_an_about_section_after_the_speech():
    text = "\n\n".join([
        "Minister Ana Lima co-hosted a reception in Helsinki.",
        "Transcript of Minister for Foreign Affairs Dr Ana Lima’s Remarks at the Joint Reception",
        "It is a great pleasure for me to be here tonight. Our populations are about the same size.",
        "Impact of Climate Change",
        "The ice is melting faster than we thought.",
        "About Ruritania-Finland Relations",
        "Ruritania and Finland established diplomatic relations in 1973.",
    ])
    rows, _ = statements_of(Document(doc_id="d", text=text))
    by_text = {r["text"]: r["speaker"] for r in rows}
    assert by_text["Our populations are about the same size."] == "Ana Lima"
    assert by_text["The ice is melting faster than we thought."] == "Ana Lima"  # (a section of the speech)
    assert by_text["Ruritania and Finland established diplomatic relations in 1973."] == ""


def test_a_quotation_after_reported_speech_is_the_speakers_and_passive_briefings_are_narration():
    text = "\n\n".join([
        "Associate Attorney General Ida Park emphasized the need for action. “It will take all of us — lawyers, "
        "bar associations, public interest groups — to protect access to care.”",
        "President Tom Reed spoke with Prime Minister Ana Lima on the unmanned object in the air space. The object "
        "was closely tracked by the air defense command and the President has been briefed by his team.",
    ])
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert (rows[1]["speaker_kind"], rows[1]["speaker"]) == ("person", "Ida Park")
    assert (rows[2]["speaker_kind"], rows[2]["speaker"]) == ("person", "Tom Reed")
    assert rows[3]["speaker_kind"] == "none"


def test_the_items_of_a_list_a_speaker_introduces_are_the_speakers_until_the_list_ends():
    text = "\n\n".join([
        "The President highlighted several examples of savings for consumers:",
        "1.  The Bureau has taken steps to cut fees. Spurred by its actions, most banks are getting rid of such charges.",
        "2.  Airlines now cover hotels and meals.",
        "The Council is comprised of ten members.",
        "- Its members met twice.",
    ])
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert [r["speaker"] for r in rows] == ["the President"] * 4 + ["", ""]


def test_announced_actions_with_their_own_actor_are_narration_announced_principles_are_not():
    text = "\n\n".join([
        "To accelerate progress, the Administration is announcing several new actions:",
        "-   **The White House is launching a new Task Force on supply chains.**",
        "-   **GSA partnered with the Postal Service to display posters.**",
        "-   **The Department of Energy will share resources with developers.**",
        "The Administration also announced core principles for reform:",
        "1. Promote competition in the technology sector.",
        "2. Increase transparency about algorithms.",
    ])
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert [r["speaker_kind"] for r in rows[1:4]] == ["none"] * 3
    assert [r["speaker"] for r in rows[5:]] == ["Administration"] * 2


def test_a_labelled_quotation_and_a_name_in_apposition_speak_to_the_quotations_end():
    text = "\n\n".join([
        "Governor Ned Lamont of Connecticut and Utility President and CEO Jerry Norcia joined the call.",
        "Governor Lamont of Connecticut: “The Act has been a lifeline. In CT, we are using the funds.”",
        "Utility President and CEO Jerry Norcia: “We partnered with the state.”",
        "Online Safety Advocate, Ana Mani, said: “A strong law is crucial. That is real protection.”",
        "Senator Ted Cruz, commented: “Victims deserve help. I am honored to be here.”",
        "From today’s conversation: “Collaboration will make it possible.”",
    ])
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert [r["speaker"] for r in rows[1:]] == ["Ned Lamont"] * 2 + ["Jerry Norcia"] + ["Ana Mani"] * 2 + \
        ["Ted Cruz"] * 2 + [""]
    assert rows[1]["content"].startswith("“The Act")  # (the label is the frame)


def test_a_state_is_no_titled_person():
    text = ("Governor Ned Lamont of Connecticut joined. The utility works with the State of Connecticut.\n\n"
            "Governor Lamont of Connecticut: “It has been a lifeline.”")
    rows, people = statements_of(Document(doc_id="d", text=text))
    assert "Connecticut" not in {p.name for p in people}
    assert rows[-1]["speaker"] == "Ned Lamont"


def test_what_another_named_body_did_ends_an_account():
    text = ("Secretaries Walsh and Buttigieg discussed the progress their agencies are making on trucking. "
            "The Department of Labor has reduced the red tape for apprenticeships. "
            "Within the past week, the IRS issued new guidance for employers. "
            "The White House announced new commitments from landlords. "
            "The [Department of Housing](https://example.gov/a) also [issued a new white paper](https://example.gov/b) "
            "on rental fees. "
            "President Joe Biden knows that states can act. "
            "To support state leaders, today the White House released a new guide for states.")
    rows, _ = statements_of(Document(doc_id="d", text=text))
    # (also when the body and what it did are Markdown links, or after an opener and "today")
    assert [r["speaker_kind"] for r in rows] == ["group", "none", "none", "organization", "none", "person", "none"]


def test_the_narrators_we_is_the_administration_the_document_names_after_its_people():
    text = ("President Joe Biden and Vice President Kamala Harris lead the Biden-Harris Administration. "
            "The Small Business Administration announced loans. We have also seen key provisions deliver results.")
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert (rows[2]["speaker_kind"], rows[2]["speaker"]) == ("organization", "Biden-Harris Administration")


def test_a_quotation_closed_by_said_and_a_name_and_a_label_without_a_colon():
    text = "\n\n".join([
        "First Lady Ana Marsh and Utility CEO Neale F. Lunn joined the call.",
        "“It is heartbreaking to witness. This environment can be damaging. Every young person deserves a "
        "safe space,” said First Lady Ana Marsh.",
        "Utility CEO Neale F. Lunn “As the largest provider, we support this initiative. We are committed.”",
        "This convening comes as the Administration marks “Month of Action on Care” in April.",
    ])
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert [r["speaker"] for r in rows[1:]] == ["Ana Marsh"] * 3 + ["Neale F. Lunn"] * 2 + [""]


def test_a_label_on_a_line_of_its_own_gives_the_next_quotation_its_speaker():
    text = "\n\n".join(["Governor Ned Lamont of Connecticut joined the call.", "**Governor Lamont of Connecticut:**",
                        "“It has been a lifeline. We are using the funds.”", "The call ended.", "Background:",
                        "“Quoted text.”"])
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert [r["speaker"] for r in rows] == ["", "", "Ned Lamont", "Ned Lamont", "", "", ""]


def test_why_the_narrator_says_something_happened_ends_an_account():
    text = ("President Tom Reed knows how critical child care is for families. That’s why his budget includes an "
            "investment in early care. To date, 46 states have done so.")
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert [r["speaker_kind"] for r in rows] == ["person", "none", "none"]


def test_a_label_that_gives_a_name_then_who_they_are_names_the_quotations_speaker():
    text = "\n\n".join([
        "Tom Palmer, President and CEO, Newmont Corporation: “Newmont was honored to take part. We appreciate it.”",
        "**Jo Britt, Executive Director, Zero Emission Association**: “We had a great conversation today.”",
        "**Jon Rupp, Professor of Law (Research) & Wallace Stegner Center Fellow, S.J. Quinney College of Law, "
        "University of Utah**: “The law is like driving a stagecoach.”",
        "In Washington, DC: “A quote.”",
    ])
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert [r["speaker"] for r in rows] == ["Tom Palmer", "Tom Palmer", "Jo Britt", "Jon Rupp", ""]


def test_a_quotation_opened_with_a_straight_mark_runs_to_its_close():
    text = ('Senior Minister of State Ali Noor witnessed the flight. Minister Noor said, "The air force continues '
            'to support the aid effort. The air force will continue to bring in supplies. We would like to thank '
            'all who took part." The aircraft left at noon.')
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert [(r["speaker"], r["cue"]) for r in rows] == [
        ("", ""), ("Ali Noor", "said"), ("Ali Noor", "(quote)"), ("Ali Noor", "(quote)"), ("", "")]


def test_a_sentence_nobody_speaks_keeps_its_whole_text_and_no_cue():
    rows, _ = statements_of(Document(doc_id="d", text="Prime Minister Ana Ruiz will visit Japan. The visit underscores "
                                                      "the excellent relations between the two countries."))
    assert [(r["speaker_kind"], r["cue"]) for r in rows] == [("none", "")] * 2
    assert rows[1]["content"] == rows[1]["text"]


def test_a_short_name_in_brackets_after_a_possessive_body():
    text = "Mercy Aid’s (MA) Executive Director, Mr Ali Noor, said: “We are glad to continue our partnership.”"
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert (rows[0]["speaker"], rows[0]["cue"]) == ("Ali Noor", "said")


def test_a_consular_advisory_does_not_continue_the_issuers_statement():
    text = ("Singapore strongly condemns the attack. Such attacks cannot be justified. Singaporeans in the country are "
            "advised to remain vigilant and monitor local news. Those who need consular assistance should contact the "
            "Embassy.")
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert [r["speaker_kind"] for r in rows] == ["organization", "organization", "none", "none"]


def test_mixed_quotation_marks_do_not_carry_a_quotation_into_the_next_paragraphs():
    # News copy mixes straight and curly marks: '..."more hours” ...' closes what it opens, and a
    # quotation opened inside a sentence runs on only into a paragraph that opens with a mark.
    text = ('Mayor Ana Ruiz spoke at a press conference.\n\n'
            '"We see no link to terrorism," the mayor said, adding that it would take "more hours” to know.\n\n'
            'The explosion went off at 8:30 p.m. on a busy street.\n\n'
            'Police Chief Tom Lee said, "We are looking at every camera.\n\n'
            '"We will find who did this."\n\n'
            'Firefighters arrived within minutes.')
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert [(r["speaker"], r["cue"]) for r in rows] == [
        ("", ""), ("Ana Ruiz", "said"), ("", ""), ("Tom Lee", "said"), ("Tom Lee", "(quote)"), ("", "")]


def test_a_quotation_introduced_by_a_colon_runs_on_over_paragraphs_without_marks():
    text = ('The Spokesperson said:\n\n“Singapore welcomes the agreement. It is a milestone.\n\n'
            'We look forward to its early entry into force.”\n\nPhoto caption: The signing ceremony.')
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert [r["speaker_kind"] for r in rows] == ["person", "person", "person", "person", "none"]

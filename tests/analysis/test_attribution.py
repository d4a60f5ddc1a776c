"""Speaker attribution on tiny hand-made readouts whose right answers are obvious,
and on the seed article's gold labels."""

import pytest

from analysis.attribution import DocumentAttributor, find_turn_label, speaker_from_label
from analysis.corpus import Document
from analysis.pipeline import statements_of


def attribute(*sentences: str):
    at = DocumentAttributor()
    at.scan_people(list(sentences))
    return [at.attribute(s) for s in sentences]


def test_subject_first_and_reporting_clause_after():
    out = attribute(
        "Japanese Prime Minister Taro Sato met with Canadian Foreign Minister Anne Leclerc in Ottawa.",
        "Sato said that Japan values the partnership.",
        "The two countries share democratic values, he added.",
        "Both economies should deepen trade, said Leclerc.",
        "Noting that the talks were frank, Leclerc said she expected progress.",
    )
    assert [(a.kind, a.speaker) for a in out] == [
        ("none", ""),
        ("person", "Taro Sato"),
        ("person", "Taro Sato"),
        ("person", "Anne Leclerc"),
        ("person", "Anne Leclerc"),
    ]
    assert [a.cue for a in out[1:]] == ["said", "added", "said", "said"]


def test_surname_never_resolves_to_another_person_of_that_surname():
    out = attribute(
        "Foreign Minister Maria Silva met Trade Minister Jorge Silva and Ambassador Ana Costa.",
        "Minister Jorge Silva stressed the need for open markets.",
        "Costa welcomed the agreement.",
    )
    assert out[1].speaker == "Jorge Silva"
    assert out[2].speaker == "Ana Costa"


def test_pronoun_follows_the_last_speaker():
    out = attribute(
        "Chancellor Olaf Brandt spoke with President Lena Holm.",
        "President Holm underscored the importance of energy security.",
        "She also welcomed new investment.",
        "Brandt reiterated his support.",
        "He called for restraint.",
    )
    assert [a.speaker for a in out[1:]] == ["Lena Holm", "Lena Holm", "Olaf Brandt", "Olaf Brandt"]
    assert out[4].cue == "called for"


def test_role_nouns_resolve_to_the_person_with_that_role():
    out = attribute(
        "Vice President Kamala Harris met Prime Minister Rishi Sunak of the United Kingdom.",
        "The Vice President emphasized the importance of aid.",
        "The Prime Minister thanked her.",
    )
    assert out[1].speaker == "Kamala Harris"
    assert out[2].speaker == "Rishi Sunak"


def test_unnamed_role_noun_is_kept_as_written():
    (out,) = attribute("The President looks forward to continued engagement.")
    assert (out.kind, out.speaker, out.cue) == ("person", "the President", "looks forward")


def test_groups_with_members():
    out = attribute(
        "Minister Ana Lopes met Minister Ravi Kumar in Delhi.",
        "The two sides exchanged views on regional security.",
        "They agreed to meet again.",
        "Minister Lopes and Minister Kumar discussed climate finance.",
        "White House officials thanked the legislators.",
    )
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("group", "The two sides", "exchanged views")
    assert set(out[1].members) == {"Ana Lopes", "Ravi Kumar"}
    assert out[2].kind == "group" and set(out[2].members) == {"Ana Lopes", "Ravi Kumar"}
    assert out[3].kind == "group" and set(out[3].members) == {"Ana Lopes", "Ravi Kumar"}
    assert (out[4].kind, out[4].speaker) == ("group", "White House officials")


def test_states_and_bodies_are_organizations():
    out = attribute(
        "The United States condemned the attack.",
        "Singapore welcomes the adoption of the resolution.",
        "We remain deeply concerned.",
        "The Ministry said the embassy remains open.",
    )
    assert [(a.kind, a.speaker) for a in out] == [
        ("organization", "United States"),
        ("organization", "Singapore"),
        ("organization", "Singapore"),
        ("organization", "Ministry"),
    ]


def test_narration_stays_none():
    out = attribute(
        "President Ana Duarte hosted Prime Minister Jonas Berg at the palace.",
        "The visit was the first since 2019.",
        "Photo: Ministry of Information.",
        "Later, the leaders will travel to the coast.",
    )
    assert all(a.kind == "none" and a.speaker == "" for a in out)


def test_the_attribution_frame_is_marked():
    (a,) = attribute("Wang said that China is ready to work with South Korea.")
    (start, end), = a.frame
    assert "Wang said that China is ready"[start:end] == "Wang said that"


def test_turn_labels():
    assert find_turn_label("MS. JEAN-PIERRE:  Good afternoon.").group("label") == "MS. JEAN-PIERRE"
    assert find_turn_label("Q\u00a0\u00a0 Thanks, Karine.").group("label") == "Q"
    assert find_turn_label("The meeting: a summary") is None
    assert speaker_from_label("Q") == "Reporter"
    assert speaker_from_label("MODERATOR") == "Moderator"


def test_transcript_turns_go_to_their_speakers():
    text = ("MS. NAVARRO:  Good afternoon. I have two announcements.\n\n"
            "Q\u00a0\u00a0 Thanks. What about the summit?\n\n"
            "MS. NAVARRO:  The President will attend.\n\n(Laughter.)\n\n"
            "Q\u00a0\u00a0 And trade?\n\nMS. NAVARRO:  We will see.")
    rows, _ = statements_of(Document(doc_id="b", text=text))
    got = [(r["text"], r["speaker"]) for r in rows]
    assert ("I have two announcements.", "Navarro") in got
    assert ("What about the summit?", "Reporter") in got
    assert ("The President will attend.", "Navarro") in got
    assert ("(Laughter.)", "") in got
    assert not any(r["text"].startswith(("MS.", "Q")) for r in rows)


def test_metadata_speaker_applies_unless_the_text_says_otherwise():
    text = ("Mr. President, we gather in difficult times. Our nation stands for peace.\n\n"
            "As the Secretary-General António Guterres said, the world is at a crossroads.")
    rows, _ = statements_of(Document(doc_id="s", text=text, speaker="Amina Yusuf"))
    assert [r["speaker"] for r in rows[:2]] == ["Amina Yusuf", "Amina Yusuf"]


def test_seed_gold_all_body_sentences(seed_corpus, seed_gold):
    rows, _ = statements_of(seed_corpus.documents[0])
    assert len(rows) == len(seed_gold) == 17
    for gold in seed_gold:
        matches = [r for r in rows if gold["sentence_contains"] in r["text"]]
        assert len(matches) == 1, gold["sentence_contains"]
        row = matches[0]
        assert row["speaker_kind"] == gold["kind"], gold["sentence_contains"]
        assert row["speaker"] == (gold["speaker"] or ""), gold["sentence_contains"]
        if gold["cue"]:
            assert row["cue"] == gold["cue"], gold["sentence_contains"]
        if gold["members"]:
            assert set(row["members"].split("; ")) == set(gold["members"])


def test_seed_counts_by_speaker(seed_analysis):
    st = seed_analysis.statements
    counts = st.groupby("speaker_kind").size().to_dict()
    assert st["speaker"].value_counts()[["Wang Yi", "Park Jin"]].tolist() == [10, 4]
    assert counts == {"person": 14, "group": 2, "none": 1}


@pytest.mark.parametrize("sentence", [
    "It remains committed to peace, which they welcomed.",
    "The report that the ministers discussed was released.",
])
def test_relative_clauses_do_not_make_speakers(sentence):
    (a,) = attribute(sentence)
    assert a.kind == "none"


def test_purpose_clause_is_a_speech_act_but_an_agenda_is_not():
    out = attribute(
        "President Mara Quist spoke with Prime Minister Ian Dorr to congratulate him on his election.",
        "President Mara Quist convened legislators to discuss the budget.",
    )
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("person", "Mara Quist", "congratulate")
    assert out[1].kind == "none"


def test_a_second_infinitive_after_an_agenda_speaks():
    out = attribute(
        "Today, President Mara Quist convened a roundtable with farmers, ranchers, a grain trader, and members "
        "of her Cabinet to discuss the need for competition in beef, pork and poultry processing and to "
        "announce a new action plan.",
        "This afternoon, President Mara Quist met with the Council in the State Dining Room to discuss the "
        "progress made since she signed the order a year ago, and to call on the Council to keep acting.",
        "President Mara Quist met with farmers to discuss drought and to review the budget.",
    )
    assert [(a.kind, a.speaker, a.cue) for a in out[:2]] == [("person", "Mara Quist", "announce"),
                                                            ("person", "Mara Quist", "call on")]
    assert out[2].kind == "none"  # (two agendas: nothing said)


def test_welcoming_a_body_of_people_is_hosting():
    out = attribute(
        "This week, the White House welcomed the Board of Directors of the Lenders Network, a network of lenders.",
        "Minister Ravi Menon welcomed a delegation from Japan.",
        "Minister Ravi Menon welcomed the delegation’s commitment to the region.",
    )
    assert [a.kind for a in out[:2]] == ["none", "none"]
    assert (out[2].kind, out[2].cue) == ("person", "welcomed")  # (a possessive: what they committed to)


def test_one_of_several_is_one_person_or_one_organization():
    out = attribute(
        "One of the large grantee organizations remarked on how the model has worked.",
        "One of the participants noted that prices rose.",
        "One of the CEOs noted that prices rose.",
    )
    assert [(a.kind, a.speaker) for a in out] == [
        ("organization", "One of the large grantee organizations"), ("person", "One of the participants"),
        ("person", "One of the CEOs")]


def test_member_states_after_a_bloc_are_one_plural():
    out = attribute(
        "The United States and CARICOM member states support national action plans.",
        "ASEAN partner countries reaffirmed their commitment.",
    )
    assert [(a.kind, a.speaker, a.cue) for a in out] == [
        ("group", "The United States and CARICOM member states", "support"),
        ("group", "ASEAN partner countries", "reaffirmed")]


def test_speaking_with_someone_to_honor_the_dead_is_a_speech_act_meeting_to_honor_is_not():
    out = attribute(
        "Vice President Ana Lima spoke today with President Omar Haddad of Jordan to honor the lives lost in the attack.",
        "President Tom Reed met today with President Ivan Berg of Norway to honor President Berg as his term ends.",
    )
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("person", "Ana Lima", "honor")
    assert out[1].kind == "none"


def test_a_role_in_apposition_with_as_before_the_verb():
    out = attribute(
        "National Climate Advisor Gina Moore opened the meeting.",
        "In response, **National Climate Advisor Moore, as Chair of the Climate Task Force, requested that the "
        "Secretary form a working group.**",
    )
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("person", "Gina Moore", "requested")


def test_challenging_someone_to_act_is_a_speech_act():
    out = attribute("As part of this event, the White House challenged utility companies to do their part.")
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("organization", "White House", "challenged")


def test_an_earlier_announcement_as_background_and_a_letter_to_encourage():
    out = attribute(
        "As announced by President Tom Reed at the 2023 G7 Summit in Hiroshima, the Investor Forum aims to grow.",
        "As highlighted by MOH in its press release of 18 May 2021, there is no new variant.",
        "Also today, Housing Secretary Ana Lima released an open letter to landlords to encourage them to act.",
    )
    assert out[0].kind == "none"
    assert (out[1].kind, out[1].speaker) == ("organization", "MOH")
    assert (out[2].kind, out[2].speaker, out[2].cue) == ("person", "Ana Lima", "encourage")


def test_people_in_a_relative_clause_with_a_phrasal_cue():
    out = attribute("The roundtable included a bipartisan group of state officials who spoke about their successes.")
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("group", "a bipartisan group of state officials", "spoke about")


def test_an_invitation_as_purpose_also_after_a_relative_clause_on_the_person():
    out = attribute(
        "This afternoon, President Tom Reed called Speaker Ana Lima, who is leading a delegation in Israel, "
        "to invite her to a meeting at the White House.",
        "President Tom Reed took the opportunity of the King's visit to invite him to join the call.",
    )
    assert [(a.kind, a.speaker, a.cue) for a in out] == [("person", "Tom Reed", "invite")] * 2


def test_a_later_clause_with_a_group_after_and_without_a_comma():
    out = attribute("The first joint training was conducted in June and the three leaders reaffirmed its importance.")
    assert (out[0].kind, out[0].cue) == ("group", "reaffirmed")


def test_a_meeting_that_considered_options_speaks_weighing_legislation_does_not():
    out = attribute(
        "Participants considered strategies to meet clean energy requirements.",
        "Several other states are considering new legislation this session.",
        "Senator Ana Lima considered running for governor.",
        "China is North Korea's only ally and considered the only country that can restrain it.",
    )
    assert (out[0].kind, out[0].cue) == ("group", "considered")
    assert [a.kind for a in out[1:]] == ["none"] * 3


def test_inline_html_tags_are_read_as_spaces_and_a_clear_case_is_made():
    out = attribute("The state participants in the October 27<sup>th</sup> meeting made a clear case for the program.")
    assert (out[0].kind, out[0].cue) == ("group", "made a clear case")
    assert out[0].speaker.startswith("The state participants in the October 27")


def test_news_constructions():
    out = attribute(
        '"The race is over," said spokesman John Kirby, the campaign adviser.',
        "Stephen Moore, a conservative economist, said he is considering an endorsement.",
        "Some party strategists said none of the attempts will work.",
        "The rally drew thousands, according to press reports.",
        '"We will win," Moore told reporters.',
    )
    assert (out[0].kind, out[0].speaker) == ("person", "John Kirby")
    assert (out[1].kind, out[1].speaker) == ("person", "Stephen Moore")
    assert (out[2].kind, out[2].speaker) == ("group", "Some party strategists")
    assert (out[3].kind, out[3].cue) == ("organization", "according to")
    assert (out[4].speaker, out[4].cue) == ("Stephen Moore", "told")
    sentence = '"We will win," Moore told reporters.'
    s, e = out[4].source_span
    assert sentence[s:e] == "Moore"


def test_a_noun_after_a_possessive_is_not_a_cue():
    (a,) = attribute("The full text of Minister Ana Lopes's remarks is appended.")
    assert a.kind == "none"


def test_a_quotation_after_a_colon_belongs_to_its_speaker():
    text = ("An MFA Spokesperson said:\n\n“Singapore welcomes the agreement. It is a step forward.”\n\n"
            "The conference ended on Friday.")
    rows, _ = statements_of(Document(doc_id="q", text=text))
    assert [r["speaker"] for r in rows] == ["an MFA Spokesperson"] * 3 + [""]
    assert rows[1]["cue"] == "(quote)"


def test_participle_and_long_discussion_cues():
    out = attribute(
        "President Ana Duarte spoke today with Chancellor Jonas Berg, conveying her wish to deepen ties.",
        "President Duarte and Chancellor Berg had candid, constructive, and substantive discussions on trade.",
        "She re-affirmed her support.",
    )
    assert (out[0].speaker, out[0].cue) == ("Ana Duarte", "conveying")
    assert out[1].kind == "group" and out[1].cue.endswith("discussions")
    assert (out[2].speaker, out[2].cue) == ("Ana Duarte", "re-affirmed")


def test_spoke_about_and_counterparts_and_they_after_a_call():
    out = attribute(
        "President Ana Duarte spoke with Leader Ian Roth and Leader Eva Kim by phone about the budget.",
        "They discussed the deficit.",
        "Minister Jonas Berg and his French counterparts reaffirmed the ties.",
        "We are honoured to take part.",
    )
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("person", "Ana Duarte", "spoke")
    assert out[1].kind == "group" and set(out[1].members) == {"Ana Duarte", "Ian Roth", "Eva Kim"}
    assert out[2].kind == "group" and "Jonas Berg" in out[2].members


def test_updates_topics_after_an_apposition_and_untitled_full_names():
    out = attribute(
        "Today Vice President Mara Quist spoke to Leo Brandt, Chair of the Fund, about migration.",
        "Mr. Brandt provided an update on the Fund's work.",
        "President Quist spoke on Monday with the troops.",
    )
    assert (out[0].speaker, out[0].cue) == ("Mara Quist", "spoke")
    assert (out[1].speaker, out[1].cue) == ("Leo Brandt", "provided an update")
    assert out[2].kind == "none"


def test_event_subjects_are_narration_but_gatherings_speak():
    out = attribute(
        "Minister Ana Ruiz met Minister Piet Dekker in Lisbon.",
        "The discussions reaffirmed the excellent relations between both countries.",
        "The transfer of the two patrol vessels reflects their close cooperation.",
        "The Meeting reaffirmed the importance of multilateralism.",
    )
    assert [a.kind for a in out[1:3]] == ["none", "none"]
    assert out[3].kind == "group"


def test_bare_title_is_the_person_who_carried_it():
    out = attribute(
        "Deputy Prime Minister and Minister for Finance Tomas Lind visited Oslo.",
        "DPM Lind spoke about the partnership.",
        "DPM stressed the need to work together.",
    )
    assert (out[2].kind, out[2].speaker, out[2].cue) == ("person", "Tomas Lind", "stressed")


def test_called_on_is_a_visit_unless_it_urges():
    out = attribute(
        "PM Lee Wen called on and was hosted to lunch by President Omar Haddad at the palace.",
        "PM Lee called on both sides to exercise restraint.",
    )
    assert out[0].kind == "none"
    assert (out[1].speaker, out[1].cue) == ("Lee Wen", "called on")


def test_purpose_clause_after_place_and_date():
    out = attribute("Minister for Foreign Affairs Dr Ravi Menon visited Johor, Malaysia on "
                    "2 December 2021, to reaffirm the warm relations between the two sides.")
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("person", "Ravi Menon", "reaffirm")


def test_re_prefixed_speech_verbs_and_to_openers():
    out = attribute(
        "National Security Advisor Jake Moore met President Ali Karim.",
        "Mr. Moore reemphasized the longstanding vision for the region.",
        "To this end, he raised the importance of debt relief.",
    )
    assert [(a.speaker, a.cue) for a in out[1:]] == [("Jake Moore", "reemphasized"), ("Jake Moore", "raised")]


def test_share_is_speech_only_with_views():
    out = attribute(
        "Minister Ravi Menon met Minister Omar Haddad.",
        "As fellow small states, Singapore and Bahrain share a mutual interest in multilateralism.",
        "The two ministers shared their views on regional developments.",
    )
    assert out[1].cue != "share"
    assert (out[2].kind, out[2].cue) == ("group", "shared")


def test_states_as_a_noun_is_not_a_reporting_verb():
    out = attribute(
        "United States Senator Todd Young is visiting Singapore.",
        "Several other states are considering similar legislation.",
        "The statement states that exports grew.",
    )
    assert [a.kind for a in out[:2]] == ["none", "none"]
    assert out[2].cue == "states"


def test_a_state_will_continue_to_is_its_statement():
    out = attribute("Singapore will continue to work with regional partners to deliver aid.")
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("organization", "Singapore", "continue")


def test_they_after_one_named_person_and_unnamed_counterparts():
    out = attribute(
        "National Security Advisor Jake Moore met today with his counterparts from Estonia and Latvia.",
        "They exchanged views on European security.",
    )
    assert (out[1].kind, out[1].members) == ("group", ("Jake Moore",))


def test_country_inside_a_title_is_not_part_of_the_name():
    out = attribute(
        "Prime Minister Lee Wen hosted President of Sri Lanka Ranil Perera.",
        "President Perera provided an update on developments at home.",
    )
    assert out[1].speaker == "Ranil Perera"


def test_continuation_chains_within_a_paragraph():
    doc = Document(doc_id="d", title="t", text=(
        "Minister Ravi Menon met Minister Omar Haddad. Minister Menon affirmed the warm ties. "
        "As fellow small states, the two countries share a mutual interest in a rules-based order. "
        "We share a common belief in sovereignty for all countries, big or small."))
    rows, _ = statements_of(doc)
    assert [r["speaker"] for r in rows[1:]] == ["Ravi Menon"] * 3


def test_given_views_are_speech_but_opening_remarks_are_not():
    out = attribute(
        "President Joe Lane met civic leaders.",
        "In addition, the leaders provided the President with their ideas on outreach.",
        "Officials provided opening remarks.",
    )
    assert (out[1].kind, out[1].cue) == ("group", "provided")
    assert out[2].kind == "none"


def test_visit_with_a_purpose_and_follow_up_by_speaking():
    out = attribute(
        "During the meeting, President Joe Lane stopped by for a surprise visit to thank the group.",
        "Administration officials followed up by emphasizing the commitment to growth.",
        "Minister Sim Ann delivered a statement expressing readiness to keep working with partners.",
    )
    assert [(a.kind, a.cue) for a in out] == [("person", "thank"), ("group", "emphasizing"),
                                              ("person", "expressing")]


def test_the_group_the_meeting_and_both_are_groups():
    out = attribute(
        "National Security Advisor Jake Moore met Chairperson Musa Faki.",
        "Chairperson Faki and Mr. Moore discussed regional security.",
        "The group discussed the agenda.",
        "The meeting reviewed the progress of the council.",
        "Both agreed to maintain close coordination.",
    )
    assert [a.kind for a in out[2:]] == ["group", "group", "group"]
    assert set(out[4].members) == {"Jake Moore", "Musa Faki"}


def test_honorific_subjects_are_the_person_so_styled():
    out = attribute(
        "Minister Omar Said had an audience with His Majesty Sultan Karim Hassan.",
        "His Majesty and Minister Said reaffirmed the special relationship.",
    )
    assert (out[1].kind, set(out[1].members)) == ("group", {"Karim Hassan", "Omar Said"})


def test_as_x_made_clear_parenthetical():
    out = attribute(
        "President Joe Lane met President Xi Ming.",
        "This discussion, as President Lane made clear, was part of an ongoing effort.",
    )
    assert (out[1].speaker, out[1].cue) == ("Joe Lane", "made clear")


def test_news_reports_is_a_noun():
    out = attribute("Already, news reports from across the country show the impact of the bans.")
    assert out[0].kind == "none"


def test_backshifted_continuation_but_not_passive_narration():
    doc = Document(doc_id="d", title="t", text=(
        "Minister Ravi Menon attended the meeting. Minister Menon emphasised that cybercrime was a threat. "
        "In this regard, international cooperation was essential to stop it. "
        "The chairmanship was handed over to Norway."))
    rows, _ = statements_of(doc)
    assert [r["speaker"] for r in rows[1:]] == ["Ravi Menon", "Ravi Menon", ""]


def test_quotation_running_over_sentences_keeps_its_speaker():
    doc = Document(doc_id="d", title="t", text=(
        "Officials met in Geneva. “Our actions today matter” said Jon Fine. "
        "“It is more critical than ever to lead. When we invest, the world is safer.” "
        "The meeting was held at the Palais."))
    rows, _ = statements_of(doc)
    assert [r["speaker"] for r in rows] == ["", "Jon Fine", "Jon Fine", "Jon Fine", ""]


def test_long_titled_coordination_and_spoke_on_a_topic():
    out = attribute(
        "National Economic Advisor Lael Brown, Director of Policy for the First Lady Mala Ade, "
        "and Assistant Secretary of Labor José Ruiz discussed the agenda.",
        "President Joe Lane spoke today with President Marc Roux of France on a number of global matters.",
        "President Joseph R. Lane, Jr., spoke today with President Marc Roux to underscore support.",
    )
    assert set(out[0].members) == {"Lael Brown", "Mala Ade", "José Ruiz"}
    assert (out[1].kind, out[1].cue) == ("person", "spoke")
    assert (out[2].kind, out[2].cue) == ("person", "underscore")


def test_reasoning_after_an_agreement_continues_it():
    doc = Document(doc_id="d", title="t", text=(
        "Minister Ravi Menon met Minister Omar Haddad. Singapore and Bahrain agreed to set up a scholarship. "
        "This will promote exchanges between our youth. Minister Menon will travel to Rome next."))
    rows, _ = statements_of(doc)
    assert rows[2]["speaker"] == rows[1]["speaker"] != ""
    assert rows[3]["speaker_kind"] == "none"


def test_later_main_clause_and_short_titles():
    out = attribute(
        "Senior Minister Teo Chee Hean met French Minister Anne Roux.",
        "The Administration has worked tirelessly on a deal, and the Senior Minister also assured the families.",
        "SM had discussions with researchers from French think tanks.",
        "The Climate Task Force discussed the costs of the crisis.",
        "As Minister Roux has said, the partnership remains strong.",
    )
    assert (out[1].speaker, out[1].cue) == ("Teo Chee Hean", "assured")
    assert (out[2].kind, out[2].speaker) == ("person", "Teo Chee Hean")
    assert (out[3].kind, out[3].speaker) == ("organization", "Climate Task Force")
    assert (out[4].speaker, out[4].cue) == ("Anne Roux", "said")


def test_addressed_letters_unnamed_participants_and_plural_titles():
    out = attribute(
        "Vice President Kamala Harris convened a meeting with experts.",
        "The Vice President addressed the importance of access to care.",
        "He conveyed a letter from Prime Minister Lee Wen inviting her to visit.",
        "As one round table participant shared, it feels scary.",
        "The CEOs discussed state specific disparities.",
        "The United States looks forward to depositing its instrument.",
        "As fellow small states, Singapore and Bahrain share a mutual interest.",
    )
    assert (out[1].speaker, out[1].cue) == ("Kamala Harris", "addressed")
    assert out[2].kind == "none"
    assert (out[3].kind, out[3].speaker) == ("person", "one round table participant")
    assert out[4].kind == "group"
    assert (out[5].kind, out[5].speaker) == ("organization", "United States")
    assert out[6].cue != "states"


def test_a_speech_first_person_sentences_are_the_speakers_own_words():
    doc = Document(doc_id="d", title="t", speaker="Ana Lima", text=(
        "We welcome the report of the Secretary-General. In that regard, we support reform. "
        "Secretary-General Antonio Gomez said that peace matters."))
    rows, _ = statements_of(doc)
    assert [r["speaker"] for r in rows] == ["Ana Lima", "Ana Lima", "Antonio Gomez"]
    assert rows[0]["content"].startswith("We welcome")


def test_i_outside_a_quotation_is_not_the_last_person_reported():
    out = attribute(
        "Foreign Minister Ana Lima said that the talks were useful.",
        "I would like to thank the organisers.",
    )
    assert (out[1].kind, out[1].speaker) == ("person", "I")  # the author as written, not Ana Lima


def test_short_titles_need_their_full_stop():
    out = attribute(
        "Minister Ravi Menon called on Cambodian Prime Minister Hun Sen.",
        "During the call, the Prime Minister shared his insights.",
        "Sen. Bob Casey met the Minister.",
        "Senator Casey said that it went well.",
    )
    assert out[1].speaker == "Hun Sen"
    assert out[3].speaker == "Bob Casey"


def test_opportunity_to_speak_coordination_and_family_name_first():
    out = attribute(
        "Senior Minister of State, Ministry of Foreign Affairs, Sim Ann is in Doha for the conference.",
        "SMS Sim delivered a statement at the general debate.",
        "She expressed Singapore's commitment to the LDCs.",
        "President Joe Lane met President Frank Stein.",
        "The two leaders coordinated on support for Ukraine.",
        "Following this overview, the President had the opportunity to discuss recovery.",
        "Their meeting underscored the role of faith communities.",
    )
    assert out[2].speaker == "Sim Ann"
    assert (out[4].kind, out[4].cue) == ("group", "coordinated on")
    assert (out[5].speaker, out[5].cue) == ("Joe Lane", "discuss")
    assert out[6].kind == "none"


def test_engaged_in_an_exchange_is_speech():
    out = attribute("The Members of Congress engaged in a productive exchange of ideas on the plan.")
    assert (out[0].kind, out[0].speaker) == ("group", "The Members of Congress")


def test_glued_sentences_hyphenated_titles_and_they_after_an_opener():
    doc = Document(doc_id="d", title="t", text=(
        "Minister Ravi Menon met Deputy Prime Minister Prak Sok. They stressed regional integration."
        "Minister Menon expressed support for the chairmanship.\n\n"
        "Separately, Prince Faisal met Second Minister for Health and Minister-in-charge of Muslim "
        "Affairs Masagos Zulkifli. Minister Masagos noted that ties remain good.\n\n"
        "During Vice President Han Zheng's meeting with Deputy Prime Minister Heng Swee Keat, they "
        "discussed cooperation."))
    rows, _ = statements_of(doc)
    by_text = {r["text"][:20]: r for r in rows}
    assert by_text["Minister Menon expre"]["speaker"] == "Ravi Menon"
    assert by_text["Minister Masagos not"]["speaker"] == "Masagos Zulkifli"
    they = by_text["During Vice Presiden"]
    assert they["speaker_kind"] == "group" and set(they["members"].split("; ")) == {"Han Zheng", "Heng Swee Keat"}


def test_bodies_progressives_and_purposes_of_the_readout_genre():
    out = attribute(
        "Vice President Kamala Harris met NAACP youth leaders.",
        "The Vice President and young leaders also discussed democracy.",
        "President Joe Lane joined President Ivan Petro in urging Russia to cease its activities.",
        "As part of the Moonshot, the Department of Health and Human Services committed to screening.",
        "Assistant to the President for National Security Affairs Jake Moore called Dr. Ana Ruiz today "
        "to congratulate her on her appointment.",
        "Both sides are discussing ways to advance cooperation in science.",
        "President Lane joined the caucus lunch today to make the case for speedy passage of the plan.",
    )
    assert (out[1].kind, out[1].members) == ("group", ("Kamala Harris",))
    assert (out[2].speaker, out[2].cue) == ("Joe Lane", "urging")
    assert (out[3].kind, out[3].speaker) == ("organization", "Department of Health and Human Services")
    assert (out[4].speaker, out[4].cue) == ("Jake Moore", "congratulate")
    assert (out[5].kind, out[5].cue) == ("group", "discussing")
    assert (out[6].speaker, out[6].cue) == ("Joe Lane", "make the case")


def test_greeting_a_visitor_places_and_proposals():
    out = attribute(
        "Advisor Jon Fine and Secretary Ali Mayor welcomed Colombian Foreign Minister Alvaro Leon to the White House.",
        "The ministers welcomed President Leon's decision to visit.",
        "President Joe Lane spoke today with Prime Minister Ravi Modi, committing that both will work together.",
        "The convening took place as the President traveled to Austin to underscore the record.",
        "Prime Minister Hun Sen made some proposals on how to coordinate a ceasefire.",
    )
    assert out[0].kind == "none"
    assert out[1].cue == "welcomed"
    assert (out[2].speaker, out[2].cue) == ("Joe Lane", "committing")
    assert out[3].kind == "none"
    assert (out[4].speaker, out[4].cue) == ("Hun Sen", "made some proposals")


def test_call_on_coordinated_lists_and_roundtables():
    out = attribute(
        "Foreign Minister Ana Lima met Minister Jo Park.",
        "She called on the international community to act.",
        "Advisor Jake Moore and Director Brian Dees met the Secretary of Commerce.",
        "Moore, Dees, and the cabinet members stressed the importance of resilient supply chains.",
        "Today, Vice President Kamala Harris held a roundtable discussion with young organizers.",
        "Among other things, the workers talked about fair pay.",
        "President Halimah Yacob met the new President of the Republic of Korea (ROK) Yoon Suk-yeol in Seoul.",
        "President Yoon agreed to look into more flights.",
    )
    assert (out[1].speaker, out[1].cue) == ("Ana Lima", "called on")
    assert (out[3].speaker, set(out[3].members)) == ("Moore, Dees, and the cabinet members", {"Jake Moore", "Brian Dees"})
    assert out[4].kind == "none"
    assert (out[5].kind, out[5].cue) == ("group", "talked about")
    assert out[7].speaker == "Yoon Suk-yeol"


def test_where_clauses_perfects_with_adverbs_and_as_clauses_with_adjuncts():
    out = attribute(
        "Today, Vice President Ana Ruiz was joined by President Kim Min Ho of the Republic of Korea "
        "at the space center, where they reaffirmed their commitment to cooperation.",
        "This builds on their meeting in Seoul, where the two leaders discussed joint work.",
    )
    assert (out[0].kind, out[0].cue, set(out[0].members)) == ("group", "reaffirmed", {"Ana Ruiz", "Kim Min Ho"})
    assert (out[1].speaker, set(out[1].members)) == ("The two leaders", {"Ana Ruiz", "Kim Min Ho"})
    out = attribute(
        "President Ana Ruiz met the families of victims.",
        "President Ruiz has repeatedly and forcefully called for Congress to act.",
        "As the President said in the Rose Garden this past April, “We cannot wait.”",
        "From the first days of the crisis, the Administration has been deeply concerned by the reports.",
        "As President Ruiz has again underscored, the world cannot look away.",
    )
    assert out[0].kind == "none"
    assert (out[1].speaker, out[1].cue) == ("Ana Ruiz", "called for")
    assert (out[2].speaker, out[2].cue) == ("Ana Ruiz", "said")
    assert out[3].kind == "organization"
    assert (out[4].speaker, out[4].cue) == ("Ana Ruiz", "underscored")


def test_plural_subjects_with_postmodifiers_and_topics_addressed():
    out = attribute(
        "Today, Advisor Susan Reed hosted a convening with attorneys general from seven states.",
        "During the discussion, attorneys general shared how the law has served as a barrier.",
        "Afterwards, participants in the convening also discussed how to hold dealers accountable.",
        "Leaders from states with paid leave programs spoke with officials about their work.",
        "They also addressed efforts to bolster economic cooperation.",
        "The President addressed the conference.",
        "Today's announcement reflects the long-standing relations between the two countries.",
        "Envoy Sam Lee spoke at a dialogue on “Arctic Partners” on 29 March.",
    )
    assert (out[1].kind, out[1].speaker) == ("group", "attorneys general")
    assert (out[2].kind, out[2].speaker, out[2].cue) == ("group", "participants in the convening", "discussed")
    assert (out[3].kind, out[3].speaker) == ("group", "Leaders from states with paid leave programs")
    assert (out[4].kind, out[4].cue) == ("group", "addressed")
    assert out[5].kind == "none"
    assert out[6].kind == "none"
    assert out[7].kind == "none"


def test_a_sentence_about_a_person_that_reports_nothing_ends_a_continuation():
    doc = Document(doc_id="d", title="t", text=(
        "Senior Minister Li Wei met Governor Ana Costa and Mayor Joao Lima. They discussed ways to "
        "deepen cooperation. Senior Minister Li also engaged business leaders and toured the port. "
        "Such ties would benefit both peoples."))
    rows, _ = statements_of(doc)
    assert [r["speaker_kind"] for r in rows] == ["none", "group", "none", "none"]
    doc = Document(doc_id="d", title="t", text=(
        "President Tom Reed met federal officials. Federal officials reaffirmed their commitment to the program. "
        "Through the Safer Communities Act and last year’s omnibus budget, President Reed secured the first "
        "federal funding stream for the program."))
    rows, _ = statements_of(doc)
    assert [r["speaker_kind"] for r in rows] == ["none", "group", "none"]  # (the person after a long opener)
    doc = Document(doc_id="d", title="t", text=(
        "Both sides affirmed that the group will play an integral role. Both countries could also share best "
        "practices. To that end, both sides established a range of workstreams.\n\nBoth sides agreed to meet again. "
        "Both sides are also resuming telephone conversations between commanders."))
    rows, _ = statements_of(doc)
    # (what the parties did ends the account; a view with a modal continues it)
    assert [r["speaker_kind"] for r in rows] == ["group", "group", "none", "group", "none"]


def test_instructions_informing_clarity_and_a_role_noun_as_he():
    out = attribute(
        "The President met with his economic team today.",
        "The President reiterated his commitment to bring down prices.",
        "He also directed the team to press the industry.",
        "He was clear: inaction endangers national security.",
        "Senior Minister Sam Teo informed the Prime Minister that aid would follow.",
        "The Vice President also spoke to how the climate crisis affects health.",
        "The Vice President addressed the worsening crisis in the region.",
    )
    assert [(a.speaker, a.cue) for a in out[1:4]] == [
        ("the President", "reiterated"), ("the President", "directed"), ("the President", "was clear")]
    assert (out[4].speaker, out[4].cue) == ("Sam Teo", "informed")
    assert out[5].cue == "spoke to how"
    assert out[6].cue == "addressed"


def test_two_titles_of_one_person_and_two_people_by_their_titles():
    out = attribute(
        "Senior Advisor and Infrastructure Coordinator Mark Lane met arts leaders.",
        "Senior Advisor and Infrastructure Coordinator Lane discussed the arts economy.",
        "Chilean DPM and Foreign Minister Rosa Vidal briefed the Ministers.",
    )
    assert [(a.kind, a.speaker) for a in out[1:]] == [("person", "Mark Lane"), ("person", "Rosa Vidal")]
    out = attribute(
        "Prime Minister Tan Wei met Deputy Prime Minister Lim Hong.",
        "PM and DPM Lim welcomed the continued engagement.",
    )
    assert (out[1].kind, set(out[1].members)) == ("group", {"Tan Wei", "Lim Hong"})


def test_lists_blocs_and_as_clauses_name_groups():
    out = attribute(
        "Today, President Joe Lane and Vice President Kay Hill met Members of Congress who have been "
        "leaders in supporting research.",
        "As the President, Vice President, and Members of Congress discussed, this is personal.",
        "The Vice President, state legislators, and advocates committed themselves to the fight.",
        "ASEAN Member States and Russia reaffirmed their commitment to the partnership.",
        "State legislative leaders shared the steps they have taken.",
        "The roundtable included lesbian and queer advocates, community leaders and officials.",
    )
    assert out[0].kind == "none"
    assert (out[1].speaker, set(out[1].members)) == (
        "The President, Vice President, and Members of Congress", {"Joe Lane", "Kay Hill"})
    assert (out[2].speaker, out[2].members) == ("The Vice President, state legislators, and advocates", ("Kay Hill",))
    assert (out[3].kind, out[3].speaker) == ("group", "ASEAN Member States and Russia")
    assert (out[4].kind, out[4].speaker) == ("group", "State legislative leaders")
    assert out[5].kind == "none"


def test_they_after_meeting_people_the_text_does_not_name():
    out = attribute(
        "Minister Omar Said met Minister Ana Ruiz.",
        "The Ministers welcomed the exchange of experience.",
        "Minister Said also met representatives from a port company.",
        "They discussed the company's plans.",
    )
    assert (out[3].speaker, out[3].members) == ("They", ("Omar Said",))


def test_an_unattributed_quotation_goes_to_the_speaker_named_where_it_closes():
    doc = Document(doc_id="q", title="t", text=(
        "Prime Minister Lee Wen and Prime Minister Dato’ Sri Aziz Rahman agreed to reopen the border. "
        "PM Dato’ Sri Aziz Rahman said “We will achieve a milestone. This will help recovery”. "
        "“Our two countries enjoy deep ties. Today’s announcement is a milestone. "
        "It reflects our collaboration,” PM Lee Wen said."))
    rows, _ = statements_of(doc)
    assert [r["speaker"] for r in rows[1:]] == ["Aziz Rahman"] * 2 + ["Lee Wen"] * 3


def test_openers_plural_titles_and_relative_clauses():
    out = attribute(
        "President Paul Kay met President Felix Tomba.",
        "Acknowledging the history of conflict, Presidents Kay and Tomba plan to take steps.",
        "Together they discussed the bilateral relationship.",
        "Welcoming the delegation, Minister Ana Lima hosted a lunch.",
        "The delegation met Foreign Minister Ana Lima, who stressed the need for aid.",
        "The committee includes experts who advised the agency.",
    )
    assert (out[1].speaker, out[1].cue, set(out[1].members)) == (
        "Presidents Kay and Tomba", "Acknowledging", {"Paul Kay", "Felix Tomba"})
    assert (out[2].kind, out[2].cue) == ("group", "discussed")
    assert out[3].kind == "none"
    assert (out[4].speaker, out[4].cue) == ("Ana Lima", "stressed")
    assert out[5].kind == "none"


def test_unusual_plural_subjects_and_names_given_in_apposition():
    out = attribute(
        "During the meeting, three LGBTQ+ gun violence survivors discussed their lives.",
        "Many delegations had recognised the advances made.",
        "Representatives from the Department of Justice and the Centers for Disease Control and "
        "Prevention presented on the resources their agencies offer.",
        "Guests were welcomed by the Second Gentleman who reiterated the commitment.",
        "Douglas Emhoff, Second Gentleman of the United States",
    )
    assert (out[0].kind, out[0].speaker) == ("group", "three LGBTQ+ gun violence survivors")
    assert (out[1].speaker, out[1].cue) == ("Many delegations", "recognised")
    assert (out[2].kind, out[2].cue) == ("group", "presented on")
    assert (out[3].speaker, out[3].cue) == ("Douglas Emhoff", "reiterated")


def test_they_with_a_possessive_and_with_unnamed_counterparts():
    out = attribute(
        "Prime Minister Lee Wen met Vice President Han Bo and Deputy Prime Minister Heng Tai.",
        "During Vice President Han’s meeting with Deputy Prime Minister Heng, they discussed trade.",
        "Minister Lee Wen also held meetings with his counterparts from Sweden and Chile, where they "
        "discussed global developments.",
    )
    assert set(out[1].members) == {"Han Bo", "Heng Tai"}
    assert out[2].members == ("Lee Wen",)


def test_lists_with_other_openers_without_commas_and_wishes():
    out = attribute(
        "Today, President Joe Lane met virtually with G7 Leaders.",
        "President Ana Ruiz joined the meeting, and President Lane and other G7 Leaders reiterated their support.",
        "Among other things, the workers talked about fair pay.",
        "Today Vice President Kay Hill spoke to Ray Chambers, Vice Chair of the Partnership, about migration.",
    )
    assert (out[1].speaker, out[1].cue) == ("President Lane and other G7 Leaders", "reiterated")
    assert (out[2].speaker, out[2].cue) == ("the workers", "talked about")
    assert (out[3].speaker, out[3].cue) == ("Kay Hill", "spoke")
    at = DocumentAttributor(issuer="Singapore")
    we = at.attribute("We would like to acknowledge the constructive participation of Member States.")
    assert (we.kind, we.speaker, we.cue) == ("organization", "Singapore", "acknowledge")


def test_positions_held_topics_covered_and_absolute_with_clauses():
    out = attribute(
        "Singapore is spearheading a transition to green fuel, and will continue to share best practices.",
        "Singapore has a longstanding and principled support for a negotiated settlement.",
        "Singapore has a population of six million.",
        "President Joe Lane met Speaker Kim Ward.",
        "They covered a range of issues.",
        "The meeting covered a range of issues.",
        "The meeting concluded with all sides agreeing to continue close coordination.",
        "Advisor Anne Noor met with state officials to speak to the cybersecurity challenges they face.",
    )
    assert [(a.kind, a.speaker) for a in out[:3]] == [
        ("organization", "Singapore"), ("organization", "Singapore"), ("none", "")]
    assert (out[4].kind, out[4].cue) == ("group", "covered")
    assert out[5].kind == "none"
    assert (out[6].kind, out[6].cue) == ("group", "agreeing")
    assert (out[7].speaker, out[7].cue) == ("Anne Noor", "speak to")


def test_dashes_titles_that_look_like_adverbs_and_events_of_a_day():
    out = attribute(
        "During the meeting – which also included Rep. Gallagher and Rep. Turner – National Security "
        "Advisor Jake Sullivan discussed a range of issues.",
        "Second Gentleman Douglas Emhoff met faith leaders.",
        "At today’s meeting, Second Gentleman Emhoff spoke about the need for a strategy.",
        "White House Domestic Policy Advisor Ambassador Susan Rice met mayors.",
        "White House Domestic Policy Advisor Ambassador Susan Rice provided an overview of resources.",
        "The mayors and mayors-elect discussed key initiatives.",
        "Friday’s meeting highlighted the importance of working with mayors.",
        "The Meeting continued discussions on related issues.",
        "Minister Jo Teo also attended a discussion where business leaders from both sides exchanged views.",
    )
    assert (out[0].speaker, out[0].cue) == ("Jake Sullivan", "discussed")
    assert (out[2].speaker, out[2].cue) == ("Douglas Emhoff", "spoke about")
    assert (out[4].kind, out[4].speaker) == ("person", "Susan Rice")
    assert (out[5].kind, out[5].speaker) == ("group", "The mayors and mayors-elect")
    assert out[6].kind == "none"
    assert (out[7].kind, out[7].cue) == ("group", "continued discussions")
    assert (out[8].speaker, out[8].cue) == ("business leaders from both sides", "exchanged views")


def test_figures_and_plans_in_progress_do_not_continue_reported_speech():
    doc = Document(doc_id="f", title="t", text=(
        "Minister Ana Lima met Minister Rui Costa. Both Ministers welcomed the growth in trade. "
        "Trade between the two countries amounted to S$1.6 billion in 2022, a 71.6% increase. "
        "Such trade would benefit both peoples.\n\n"
        "The delegation expressed interest in green finance. The delegation is also meeting the "
        "Minister for Trade during the visit."))
    rows, _ = statements_of(doc)
    assert [r["speaker_kind"] for r in rows] == ["none", "group", "none", "none", "group", "none"]


def test_letters_of_congratulation_and_compound_titles_inside_lists():
    out = attribute(
        "President Ana Lima, Deputy Prime Minister and Coordinating Minister for Economic Policies Rui "
        "Costa, and Minister Jo Park have written to congratulate the new leaders.",
        "Prime Minister Lawrence Ng met Federal Chancellor Olaf Berg.",
        "During Prime Minister Ng’s call on Federal Chancellor Berg on 9 April, they took stock of ties.",
    )
    assert (out[0].cue, out[0].members) == ("congratulate", ("Ana Lima", "Rui Costa", "Jo Park"))
    assert (out[2].cue, set(out[2].members)) == ("took stock", {"Lawrence Ng", "Olaf Berg"})


def test_together_is_an_opener_and_all_of_the_leaders_a_group():
    out = attribute(
        "National Security Advisor Jake Sullivan met party leaders.",
        "Looking ahead, Mr. Sullivan and all of the party leaders discussed the importance of investment.",
        "Together, the United States and South Africa are committed to deepening our cooperation.",
    )
    assert (out[1].speaker, out[1].members) == ("Mr. Sullivan and all of the party leaders", ("Jake Sullivan",))
    assert out[2].speaker == "The United States and South Africa"


def test_they_after_engaging_unnamed_people_in_a_sentence_without_a_cue():
    out = attribute(
        "Minister Ana Lima met Minister Rui Costa.",
        "Both Ministers also discussed regional developments.",
        "Minister Lima was hosted to lunch by Secretary Jo Park and Secretary Li Wen.",
        "At the lunch, Minister Lima engaged business leaders from the shipping industry.",
        "They discussed opportunities for collaboration.",
    )
    assert out[4].members == ("Ana Lima",)


def test_time_openers_unnamed_president_and_people_of_one_surname_told_apart_by_title():
    out = attribute(
        "This afternoon the President thanked the Senate caucus for its work.",
        "He also touted the benefits of the framework.",
        "The President credited the Senators for their work.",
        "And he also spoke to the urgent need to overcome restrictive laws.",
        "The President referred to his statement with other leaders.",
    )
    assert [(a.speaker, a.cue) for a in out] == [
        ("the President", "thanked"), ("the President", "touted"), ("the President", "credited"),
        ("the President", "spoke to"), ("the President", "referred to")]
    out = attribute(
        "Prime Minister Lee Wen Hao met Chief Executive John Lee.",
        "Chief Executive Lee thanked him for the visit.",
        "Prime Minister Lee expressed confidence in the city's development.",
        "Participating activists highlighted the resilience of the community.",
        "Administration leadership expressed the urgent priority of passing the plan.",
    )
    assert [a.speaker for a in out[1:3]] == ["John Lee", "Lee Wen Hao"]
    assert (out[3].kind, out[3].speaker) == ("group", "Participating activists")
    assert (out[4].kind, out[4].speaker) == ("group", "Administration leadership")


def test_a_purpose_after_an_apposition_of_the_subject():
    out = attribute(
        "President Joe Lane, joined by Vice President Kay Hill, spoke today with President Ivan Petrov "
        "to underscore that the annexation will never be recognized.")
    assert (out[0].speaker, out[0].cue) == ("Joe Lane", "underscore")


def test_a_bare_title_before_a_second_title_belongs_to_the_person_named_after_it():
    out = attribute(
        "The delegation called on Prime Minister (PM) Lee Wen Hao and Deputy Prime Minister (DPM) and "
        "Minister for Finance Lawrence Ng.",
        "Deputy Prime Minister Ng had a good discussion with Minister Penny Ng.",
        "PM and DPM Ng welcomed the engagement.",
    )
    assert out[1].speaker == "Lawrence Ng"
    assert set(out[2].members) == {"Lee Wen Hao", "Lawrence Ng"}


def test_visions_put_forward_later_stances_information_given_and_passive_as_clauses():
    out = attribute(
        "President Joe Lane met regional leaders.",
        "He put forward a vision for the region.",
        "Governor Roy Cole provided video remarks, and Congresswoman Kay Mann also participated in the event.",
        "Administration leaders provided information about best practices.",
        "During the forum, participants spoke with officials – including Administrator Mia Reg, Director "
        "Tom Perl, and Advisor Li Ann – about their priorities.",
        "As highlighted by MOH in its press release, there is no new variant.",
        "As outlined by President Lane’s Executive Order, agencies will act.",
    )
    assert out[1].cue == "put forward"
    assert out[2].kind == "none"
    assert (out[3].kind, out[3].cue) == ("group", "provided")
    assert (out[4].kind, out[4].cue) == ("group", "spoke")
    assert (out[5].kind, out[5].speaker, out[5].cue) == ("organization", "MOH", "highlighted")
    assert out[6].kind == "none"
    we = DocumentAttributor(issuer="Singapore").attribute(
        "We were among the first countries to ratify the Agreement, and are committed to doing our part.")
    assert (we.speaker, we.cue) == ("Singapore", "are committed")


def test_relative_and_in_which_clauses_pairs_with_a_pronoun_and_openers_without_commas():
    out = attribute(
        "On Saturday, President Don Ray received a call from President Abdel Fattah el-Sisi of Egypt, "
        "in which President el-Sisi congratulated President Ray.",
        "Senior officials heard from a panel of survivors and experts, who shared personal stories.",
    )
    assert (out[0].speaker, out[0].cue) == ("Abdel Fattah el-Sisi", "congratulated")
    assert (out[1].speaker, out[1].cue) == ("a panel of survivors and experts", "shared")
    out = attribute(
        "National Security Advisor Jake Sullivan met Dr. Hamdullah Mohib.",
        "He and Dr. Mohib reaffirmed the strength of the partnership.",
        "Advisor Phil Gordon heard participants’ views and reiterated the commitment.",
        "Dr. Liz Randall, General Stephen Town, and Mr. Chris Maier visited Kenya.",
        "Throughout their visit they discussed counterterrorism.",
    )
    assert (out[1].speaker, set(out[1].members)) == ("He and Dr. Mohib", {"Jake Sullivan", "Hamdullah Mohib"})
    assert (out[2].speaker, out[2].cue) == ("Phil Gordon", "reiterated")
    assert (out[4].kind, out[4].cue) == ("group", "discussed")


def test_events_hand_overs_links_and_two_bodies():
    out = attribute(
        "Advisor Jake Sullivan met Secretary Gustavo Beliz.",
        "They focused on joint efforts to address the climate crisis.",
        "The dialogue focused on vaccination.",
        "They [outlined key actions](https://example.gov/x) the Administration is taking.",
        "Minister Ana Lima conveyed a special healthcare assistance package worth S$750,000.",
        "Separately, the Ministry of Communications and the Jordanian Ministry of Digital Economy agreed to cooperate.",
        "President Joe Lane also addressed pressing regional and global challenges.",
        "The Office of Public Engagement convened a roundtable with business leaders to highlight investments.",
    )
    assert (out[1].kind, out[1].cue) == ("group", "focused on")
    assert out[2].kind == "none"
    assert out[3].cue == "outlined"
    assert out[4].kind == "none"
    assert (out[5].kind, out[5].cue) == ("group", "agreed")
    assert out[6].cue == "addressed"
    assert out[7].kind == "none"


def test_names_in_captions_and_annexes_do_not_lengthen_the_body_s_names():
    doc = Document(doc_id="c", title="t", text=(
        "Minister Balakrishnan met Minister Ana Lima. Minister Balakrishnan welcomed the visit.\n\n"
        "Minister for Foreign Affairs Dr Vivian Balakrishnan with Minister Ana Lima, 13 October 2022"))
    rows, _ = statements_of(doc)
    assert rows[1]["speaker"] == "Balakrishnan"


def test_participles_commas_dashes_particles_and_plural_nouns_that_look_like_verbs():
    out = attribute(
        "The economists briefing the President underscored the strength of the job market.",
        "Governor Eric Holm and Governor Greta Whit, spoke to the economic imperative of the bill.",
        "The governors and business leaders—which included leading firms—discussed the bill.",
        "President Joe Lane met President Ursula von der Leyen.",
        "Von der Leyen emphasized the importance of support.",
        "The frequent exchanges of visits between leaders underscore the friendship.",
        "State rights advocates and legislators who participated included:",
        "The Task Force will coordinate outreach and will continue to monitor shipping.",
        "This afternoon, Advisor Liz Rand held a call with mayors to brief them on preparations.",
    )
    assert (out[0].kind, out[0].speaker) == ("group", "The economists")
    assert (out[1].kind, out[1].cue) == ("group", "spoke to")
    assert (out[2].speaker, out[2].cue) == ("The governors and business leaders", "discussed")
    assert out[4].speaker == "Ursula von der Leyen"
    assert [a.kind for a in out[5:8]] == ["none", "none", "none"]
    assert (out[8].speaker, out[8].cue) == ("Liz Rand", "brief")


def test_resources_available_do_not_continue_reported_speech():
    doc = Document(doc_id="r", title="t", text=(
        "Senior officials met mayors. Officials highlighted federal resources for cities. "
        "A summary of these resources is available here."))
    rows, _ = statements_of(doc)
    assert rows[2]["speaker_kind"] == "none"


def test_news_sources_say_and_appositions_with_and_stay_one_person():
    out = attribute(
        "The company says it no longer tolerates such practices.",
        "The data suggests annual growth of just 0.2%.",
        "Minister Kamal Nath, Commerce and Industry Minister announced the decision in Delhi.",
        "The EC has launched an information campaign in airports to inform passengers of their rights.",
    )
    assert [(a.kind, a.cue) for a in out[:2]] == [("organization", "says"), ("organization", "suggests")]
    assert (out[2].kind, out[2].speaker) == ("person", "Kamal Nath")
    assert out[3].kind == "none"


def test_under_secretaries_delivered_statements_and_states_that_stand_in_solidarity():
    out = attribute(
        "Under Secretary for Trade Maria Lopez and Ambassador Tom Reed hosted a call with growers.",
        "Under Secretary Lopez emphasized how the new fund supports small farms.",
        "Additionally, Ambassador Reed engaged the growers during the call in a conversation about export rules.",
        "Senior Minister of State Amy Tan attended the Regional Ministerial Conference in Bali.",
        "SMS Tan delivered a statement at the Regional Ministerial Conference expressing support for the process.",
        "Norway stands in solidarity with Chile after the floods.",
        "The United States remains unyielding in its commitment to the alliance.",
    )
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("person", "Maria Lopez", "emphasized")
    assert (out[2].speaker, out[2].kind) == ("Tom Reed", "person")
    assert (out[4].speaker, out[4].cue) == ("Amy Tan", "expressing")
    assert (out[5].kind, out[5].speaker) == ("organization", "Norway")
    assert out[6].kind == "organization" and out[6].cue == "remains unyielding"
    # a preposition that opens a sentence is no title: "Under the plan, ..."
    assert attribute("Under the plan, the ministry will open ten clinics.")[0].kind == "none"


def test_names_after_lower_case_titles_and_nouns_after_a_tail_comma():
    out = attribute(
        "Advisor Jane Roe met yesterday with opposition leader Anna Kovac of Freedonia.",
        "They discussed the regime’s pressure on the press, continued detention of journalists, and new laws.",
    )
    assert out[1].kind == "group" and set(out[1].members) == {"Jane Roe", "Anna Kovac"}


def test_lists_of_bare_titles_teams_and_the_leadership_of_a_body():
    out = attribute(
        "President Maria Alvarez met with Vice President Tom Grant and Secretary Lee Park.",
        "The President, Vice President, and Secretary also shared their vision for new roads.",
        "The President and this group discussed rural broadband.",
        "The President and his staff highlighted ways to speed up permits.",
        "The leadership of the National Water Office thanked the mayors for their work.",
        "Senior officials and county executives explored ways to share data.",
    )
    assert out[1].kind == "group" and set(out[1].members) == {"Maria Alvarez", "Tom Grant", "Lee Park"}
    assert (out[2].kind, out[2].members) == ("group", ("Maria Alvarez",))
    assert (out[3].kind, out[3].members) == ("group", ("Maria Alvarez",))
    assert (out[4].kind, out[4].cue) == ("group", "thanked")
    assert out[5].kind == "group"


def test_purposes_that_speak_and_aims_of_events():
    out = attribute(
        "This morning, President Ana Ruiz spoke with Prime Minister Ola Berg to provide an update on aid deliveries.",
        "She detailed the shipments that had arrived.",
        "The Office of Rural Affairs hosted a Convening of County Leaders to highlight the new grants.",
    )
    assert (out[0].speaker, out[0].cue) == ("Ana Ruiz", "provide an update")
    assert (out[1].speaker, out[1].cue) == ("Ana Ruiz", "detailed")
    assert out[2].kind == "none"


def test_plural_people_subjects_asides_and_time_adverbials():
    out = attribute(
        "These water utilities – which together serve two million homes – offered their support for the plan.",
        "The CEOs in attendance spoke about how the credits would lower costs.",
        "As a result, growers earlier this month committed to planting more trees.",
        "The executives also expressed their intent to hire locally.",
        "Other participants also reaffirmed the value of regional cooperation.",
    )
    assert [a.kind for a in out] == ["group"] * 5
    assert [a.speaker for a in out[:2]] == ["These water utilities", "The CEOs in attendance"]


def test_later_clauses_with_whom_and_dated_events_and_noun_pairs():
    out = attribute(
        "Minister Sara Ng also met members of the national assembly, with whom she discussed youth exchanges.",
        "Minister Ng had the opportunity to meet Governor Paul Diaz and they discussed new investments.",
        "Minister Ng also conveyed signed copies of the treaty to the depositary.",
        "Advisor Ken Ito met with Director Li Wei.",
        "Their meeting followed up on the March 3 call between President Jon Bell and President Xu Ming "
        "in which the leaders discussed trade.",
        "Today, Advisor Ken Ito held a virtual meeting with bankers and advocates focused on climate risks.",
    )
    assert (out[0].speaker, out[0].cue) == ("Sara Ng", "discussed")
    assert out[1].kind == "group" and set(out[1].members) == {"Sara Ng", "Paul Diaz"}
    assert out[2].kind == "none"
    assert out[4].kind == "none"
    assert out[5].kind == "none"
    # an undated call is this one: "..., in which the leaders discussed" is what was said
    assert attribute("President Jon Bell spoke with President Xu Ming, in which the leaders discussed trade."
                     )[0].kind == "group"


def test_they_after_a_team_met_or_a_subject_that_engaged_with_others():
    out = attribute(
        "The President met today with his economic team to receive a briefing on markets.",
        "Despite the slowdown abroad, they reported that hiring remains strong.",
    )
    assert (out[1].kind, out[1].speaker) == ("group", "his economic team")
    out = attribute(
        "Dr. Ruth Hale led a delegation to Quito.",
        "Dr. Hale and the delegation also engaged with the Minister of Economy and business leaders to discuss growth.",
        "They discussed ways to mobilize private investment.",
    )
    assert out[1].kind == "none"
    assert (out[2].kind, out[2].speaker) == ("group", "Dr. Hale and the delegation")


def test_names_with_state_possessives_and_a_second_titled_name():
    out = attribute(
        "Minister of Foreign Affairs of the People’s Republic of China Zhao Lin called on Prime Minister Tan Wei Ming.",
        "Prime Minister Tan Wei Ming and German Federal Chancellor Karl Weber met in Kiel during Prime Minister "
        "Tan’s Official Visit to Germany.",
        "Minister Zhao updated Prime Minister Tan on regional issues.",
        "Prime Minister Tan thanked Chancellor Weber for his hospitality.",
    )
    assert (out[2].speaker, out[3].speaker) == ("Zhao Lin", "Tan Wei Ming")
    assert out[1].kind == "none"


def test_segments_after_a_link_and_facts_that_end_an_account():
    doc = Document(doc_id="f", title="t", text=(
        "Earlier this year the office met [state leaders.](https://example.org/a)At the meeting, "
        "Governor Ann Kay called on lawmakers to act.\n\n"
        "Minister Raj Das welcomed the new trade pact. Portugal is Singapore’s largest partner in the region. "
        "He noted that talks would continue.\n\n"
        "Singapore supports the relief effort. In response to the request, the Government has provided medical "
        "supplies to the region."))
    rows, _ = statements_of(doc)
    texts = [r["text"] for r in rows]
    assert texts[1].startswith("At the meeting") and rows[1]["speaker"] == "Ann Kay"
    assert [r["speaker_kind"] for r in rows[2:5]] == ["person", "none", "person"]
    assert rows[6]["speaker_kind"] == "none"


def test_guests_with_two_word_demonyms_relatives_with_lists_and_compound_plurals():
    out = attribute(
        "Advisor Joe Kent welcomed Saudi Arabian Defense Minister Prince Fahd bin Ali to the White House.",
        "Participants, who included executives from Acme, Globex, and Initech, discussed hiring plans.",
        "In addition, water policy experts from Oxfam, Care, and the Red Cross discussed drought relief.",
    )
    assert out[0].kind == "none"
    assert (out[1].kind, out[1].speaker) == ("group", "Participants")
    assert (out[2].kind, out[2].speaker) == ("group", "water policy experts from Oxfam, Care, and the Red Cross")


def test_events_after_an_opener_and_named_things_end_an_account():
    doc = Document(doc_id="e", title="t", text=(
        "Advisor Joe Kent spoke with President Ali Musa. He conveyed support for the reforms. "
        "In this spirit, the call focused on the timetable for elections. "
        "The steps are drawn from earlier agreements."))
    rows, _ = statements_of(doc)
    assert [r["speaker_kind"] for r in rows] == ["none", "person", "none", "none"]


def test_an_apposition_about_the_speaker_stays_content():
    text = "Maya Reyes, who coaches the national rugby team, said the squad was ready."
    (a,) = attribute(text)
    assert [text[s:e] for s, e in a.frame] == ["Maya Reyes", "said"]
    rows, _ = statements_of(Document(doc_id="a", title="t", text=text))
    assert rows[0]["content"] == "who coaches the national rugby team, the squad was ready."


def test_titles_need_a_head_and_sentence_initial_common_words_are_no_speakers():
    at = DocumentAttributor()
    at.scan_people([
        "The Global Peace Index ranks the country highly.",
        "Deputy Advisor for Cyber and Emerging Technology Ana Lind spoke with Press Secretary Tom Ray "
        "and Infrastructure Implementation Coordinator Lee Moss.",
        "Minister of Environment and Climate Change Rosa Silva attended.",
    ])
    assert [p.name for p in at.people] == ["Ana Lind", "Tom Ray", "Lee Moss", "Rosa Silva"]
    out = attribute(
        "Silence encourages the tormentor, never the tormented.",
        "Rest assured that we will stand with you.",
        "Okafor said the vote would go ahead.",
    )
    assert [a.kind for a in out] == ["none", "none", "person"]


def test_an_unnamed_plural_in_a_list_of_speakers():
    (a,) = attribute("Representatives from donor countries, the Government of Ruritania, and the "
                     "international financial institutions discussed the recovery plan.")
    assert (a.kind, a.cue) == ("group", "discussed")


def test_more_cues_plural_common_words_and_panels():
    out = attribute(
        "Deputy Advisor Omar Reid reiterated support for the plan.",
        "He concurred with the committee on the next steps.",
        "He also previewed his announcement on grants.",
        "Administration officials communicated the need for faster payments.",
        "Landlords also offered their feedback on the program.",
        "The forum featured a panel with teachers and parents who discussed school safety.",
        "Topics discussed included, but were not limited to:",
        "The Ruritanian Administration will continue prioritizing partnership with states.",
    )
    assert [(a.kind, a.cue) for a in out[1:4]] == [("person", "concurred"), ("person", "previewed"),
                                                  ("group", "communicated")]
    assert (out[4].kind, out[4].speaker) == ("group", "Landlords")
    assert (out[5].kind, out[5].speaker) == ("group", "teachers and parents")
    assert out[6].kind == "none"
    assert out[7].kind == "organization"


def test_convened_to_announce_or_underscoring_and_lists_with_elect_and_modifier_titles():
    out = attribute(
        "Today, Advisor Ana Ruiz and Secretary Tom Bell convened 50 mayors to announce a housing fund.",
        "Advisor Ana Ruiz convened business leaders, underscoring how the law creates jobs.",
        "Advisor Ana Ruiz convened a roundtable of mayors to highlight the housing fund.",
        "The President, Vice President, mayors, and mayors-elect discussed the housing fund.",
        "Administrator Ruiz and Development Minister Ali Noor of Canada described their programs.",
    )
    assert [(a.kind, a.cue) for a in out[:3]] == [("group", "announce"), ("person", "underscoring"), ("none", "")]
    assert out[3].kind == "group"
    assert out[4].kind == "group" and set(out[4].members) == {"Ana Ruiz", "Ali Noor"}


def test_they_after_members_of_a_team_and_bodies_at_work_end_an_account():
    out = attribute(
        "The President met with members of his economic team to discuss prices.",
        "They reported that growth remains strong.",
    )
    assert out[1].speaker == "members of his economic team"
    doc = Document(doc_id="w", title="t", text=(
        "The United States also announced new aid to Ruritania. "
        "In addition, the Department of Transport is deploying engineers to rebuild bridges."))
    rows, _ = statements_of(doc)
    assert [r["speaker_kind"] for r in rows] == ["organization", "none"]


def test_an_and_inside_a_title_within_a_list_of_speakers():
    (a,) = attribute("Yesterday, Advisor Ana Ruiz, Secretary of Energy Tom Bell, and Senior Advisor for Clean "
                     "Energy Innovation and Implementation Lee Moss convened a roundtable on heat pumps, "
                     "underscoring how the law creates jobs.")
    assert (a.kind, a.cue) == ("group", "underscoring")
    assert set(a.members) == {"Ana Ruiz", "Tom Bell", "Lee Moss"}


def test_continued_consultations_meetings_with_adjectives_aims_and_long_plural_subjects():
    out = attribute(
        "Advisor Ravi Singh met Indian officials.",
        "Singh also continued our close consultations with Indian counterparts about energy.",
        "Singh and his counterparts also advanced ongoing discussions on trade.",
        "Following the roundtable, participants continued the conversation at the ministry.",
        "This afternoon, Advisor Ravi Singh had a constructive virtual meeting with mayors about how to build.",
        "The Administration has sought to accelerate the expansion of broadband.",
        "Officials sought feedback on the plan.",
        "During the meeting, the featured local elected leaders shared their priorities.",
        "The group also discussed the need to act.",
    )
    assert [a.kind for a in out[1:]] == ["person", "group", "none", "none", "none", "group", "group", "group"]
    assert out[8].speaker == "The group"
    assert out[7].speaker == "The featured local elected leaders"


def test_a_message_delivered_from_someone_and_a_letter_handed_over():
    out = attribute(
        "Deputy Advisor Jon Reed visited Beirut.",
        "During the visit, he delivered a message from President Ana Ruiz reaffirming support for the army.",
        "He conveyed a letter from President Ana Ruiz inviting the Speaker to visit.",
    )
    assert (out[1].speaker, out[1].cue) == ("Jon Reed", "reaffirming")
    assert out[2].kind == "none"


def test_guests_welcomed_agendas_parenthetical_abbreviations_and_sentence_openers():
    out = attribute(
        "On Thursday, the White House welcomed small business owners from Arizona for a discussion.",
        "President Ana Ruiz welcomed Ruritanian companies to explore opportunities in the region.",
        "Yesterday, President Ana Ruiz spoke with Governor Tom Bell to discuss flood damage and what more "
        "can be done to offer support.",
        "Also today, the Department of Education (Department) highlighted that it issued new guidance.",
    )
    assert [a.kind for a in out] == ["none", "person", "none", "organization"]
    from analysis.segment import split_sentences
    text = "The leaders met in Washington, D.C. To ensure progress, they agreed to meet again."
    assert len(split_sentences(text)) == 2


def test_title_abbreviations_several_plurals_and_long_talks():
    out = attribute(
        "Principal Deputy National Security Advisor Jon Reed spoke with Director-General Ana Lima.",
        "PDNSA Reed reaffirmed support for the agency.",
        "DG Lima highlighted the role of the agency.",
        "Several mayors in attendance highlighted their efforts.",
        "The two leaders spoke at length about climate.",
        "Participants in today’s Working Group meeting discussed housing.",
    )
    assert [a.speaker for a in out[1:3]] == ["Jon Reed", "Ana Lima"]
    assert [(a.kind, a.speaker) for a in out[3:]] == [
        ("group", "Several mayors in attendance"), ("group", "The two leaders"),
        ("group", "Participants in today’s Working Group meeting")]


def test_we_speaks_for_a_named_body_not_for_a_report():
    out = attribute(
        "Norway welcomes the agreement.",
        "The report says that crime rose last year.",
        "We will continue to support the mission.",
    )
    assert (out[1].kind, out[1].speaker) == ("organization", "The report")
    assert (out[2].kind, out[2].speaker) == ("organization", "Norway")


def test_people_plurals_after_and_and_a_time_word_before_the_subject():
    out = attribute(
        "Senior officials and manufacturers also pledged to continue the talks.",
        "Deputy Prime Minister Ana Lima and her interlocutors also affirmed the partnership.",
        "In addition, today the United States announced a new package of sanctions.",
        "Today the Ministry announced new steps.",
    )
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("group", "Senior officials and manufacturers", "pledged")
    assert (out[1].kind, out[1].speaker) == ("group", "Deputy Prime Minister Ana Lima and her interlocutors")
    assert out[1].members == ("Ana Lima",)
    assert (out[2].kind, out[2].speaker, out[2].cue) == ("organization", "United States", "announced")
    assert (out[3].kind, out[3].cue) == ("organization", "announced")


def test_decisions_instructions_and_echoes_are_speech_acts():
    out = attribute(
        "President Ana Lima met Prime Minister Jon Berg.",
        "The two leaders tasked their teams to follow up on the talks.",
        "Both decided to maintain close coordination.",
        "The Prime Minister echoed President Lima in expressing the need for a deal.",
        "President Lima tasked the new office with four responsibilities.",
    )
    assert [(a.kind, a.cue) for a in out[1:4]] == [("group", "tasked"), ("group", "decided"), ("person", "echoed")]
    assert out[3].speaker == "Jon Berg"
    assert out[4].kind == "none"


def test_passive_agents_and_a_hosts_relative_clause_speak():
    out = attribute(
        "Minister Ana Lima met Deputy Secretary Maria Silva and Prime Minister Jon Berg.",
        "This was welcomed by Deputy Secretary Maria Silva.",
        "The proposal was supported by Prime Minister Berg.",
        "They were welcomed by Prime Minister Berg.",
        "The delegation was briefed by Minister Lima.",
        "Minister Lima also called on Prime Minister Berg, who welcomed the new links, and underscored his commitment.",
    )
    assert [(a.kind, a.speaker, a.cue) for a in out[1:3]] == [
        ("person", "Maria Silva", "welcomed"), ("person", "Jon Berg", "supported")]
    assert out[3].kind == out[4].kind == "none"
    assert (out[5].speaker, out[5].cue) == ("Jon Berg", "welcomed")


def test_events_and_framing_end_a_continuation():
    text = ("Senior officials from both countries reviewed progress and discussed next steps. "
            "Discussions focused on ways to strengthen coordination. "
            "Manufacturers confirmed that they will make more doses available. "
            "This announcement comes on top of the doses released last month. "
            "The sessions have covered a wide range of issues.")
    rows, _ = statements_of(Document(doc_id="e", text=text))
    assert [r["speaker_kind"] for r in rows] == ["group", "none", "group", "none", "none"]


def test_a_speech_act_coordinated_after_an_agenda_and_recognition_purposes():
    out = attribute(
        "Deputy Advisor Ana Lima spoke today with President Jon Berg to discuss efforts to strengthen ties, "
        "and reaffirm the commitment of both countries to security.",
        "President Berg spoke with Prime Minister Tom Ode today to recognize his years of service.",
        "Deputy Advisor Lima spoke with Minister Ode to discuss what more can be done to offer support.",
    )
    assert [(a.kind, a.cue) for a in out] == [("person", "reaffirm"), ("person", "recognize"), ("none", "")]


def test_formal_state_names_quantified_states_and_unnamed_bodies():
    out = attribute(
        "The State of Qatar and the Republic of Singapore welcomed the signing of two agreements.",
        "Several States also called on Singapore to accede to more treaties.",
        "The private sector and the Administration committed to close coordination.",
        "The delegation, led by Ambassador Ana Lima, explained the unique national context.",
    )
    assert (out[0].kind, out[0].cue) == ("group", "welcomed")
    assert (out[1].kind, out[1].speaker) == ("group", "Several States")
    assert (out[2].kind, out[2].speaker) == ("group", "The private sector and the Administration")
    assert (out[3].kind, out[3].speaker) == ("group", "The delegation")


def test_a_commitment_with_will_continues_but_a_planned_event_does_not():
    text = ("The two leaders welcomed the new green economy agreement. "
            "Both countries will explore avenues for further collaboration. "
            "They will meet again next week in Lima.")
    rows, _ = statements_of(Document(doc_id="w", text=text))
    assert [r["speaker_kind"] for r in rows] == ["group", "group", "none"]
    assert rows[1]["speaker"] == "The two leaders"


def test_they_after_a_meeting_of_people_the_text_does_not_name():
    out = attribute(
        "On Wednesday, senior officials met again with manufacturers of vaccines.",
        "They discussed the need to work quickly.",
    )
    assert (out[1].kind, out[1].speaker, out[1].members) == ("group", "They", ())


def test_small_states_and_continents_are_bodies_not_people():
    out = attribute("Saint Lucia welcomes the resolution of the dispute.", "Africa has decided to establish a free trade zone.")
    assert [(a.kind, a.speaker) for a in out] == [("organization", "Saint Lucia"), ("organization", "Africa")]


def test_we_is_the_body_that_said_we_of_itself_whatever_its_verb():
    out = attribute(
        "Norway announced last month that we will raise our climate target.",
        "ASEAN is exploring how best to combat marine debris.",
        "We had launched a national strategy on marine litter in June.",
        "Even though Norway accounts for a small share of emissions, we want to do our part.",
    )
    assert (out[1].kind, out[1].speaker) == ("organization", "ASEAN")
    assert [(a.kind, a.speaker) for a in out[2:]] == [("organization", "Norway"), ("organization", "Norway")]
    assert out[3].cue == "want"


def test_words_run_together_by_a_scraper_are_read_apart():
    out = attribute(
        "Foreign Minister Ana Lima met Foreign Minister Jon Berg.",
        "Minister Lima alsoannounced the launch of a package.",
        "Minister Lima and Minister Berghad a fruitful discussion on bilateral relations.",
        "Minister Lima welcomedthe new presidency of the conference.",
    )
    assert [(a.kind, a.cue) for a in out[1:]] == [
        ("person", "announced"), ("group", "had a fruitful discussion"), ("person", "welcomed")]


def test_names_with_inner_honorifics_acronyms_bodies_and_long_openers():
    out = attribute(
        "President Ana Lima met with President Hassan Sheikh Mohamud of Somalia.",
        "President Hassan Sheikh thanked the United States for the partnership.",
        "Prime Minister Jon Berg met Foreign Minister Wang Yi and Chairman of the CPPCC Wang Huning.",
        "Chairman Wang updated Prime Minister Berg on the CPPCC's work.",
        "In addition, today, the U.S. Department of Health and Human Services announced new funding.",
        "In discussion with experts from the Department of Defense, the Department of Justice, and victim "
        "advocates, the White House highlighted the new reforms.",
    )
    assert out[1].speaker == "Hassan Sheikh Mohamud"
    assert out[3].speaker == "Wang Huning"
    assert (out[4].kind, out[4].speaker) == ("organization", "U.S. Department of Health and Human Services")
    assert (out[5].kind, out[5].speaker) == ("organization", "White House")


def test_role_descriptions_in_news_still_speak():
    out = attribute(
        "Senator Bernie Sanders spoke in Vermont on Monday.",
        "Later, the Vermont senator acknowledged that there was still anger.",
        "At a forum on Monday, one questioner claimed that the force was weak.",
        "One family member noted spending more than $2,000 a month on child care.",
        "The Clean Power Plan assigned each state a target and tasked it with designing a plan to cut emissions.",
    )
    assert out[1].kind == "person"
    assert [(a.kind, a.speaker) for a in out[2:4]] == [("person", "one questioner"), ("person", "One family member")]
    assert out[4].kind == "none"


def test_a_plural_with_an_across_postmodifier_and_its_they():
    out = attribute(
        "Numerous States across all regional groupings commended the new policies.",
        "They also welcomed the ratification of the convention.",
    )
    assert [(a.kind, a.speaker) for a in out] == [("group", "Numerous States across all regional groupings")] * 2


def test_a_body_whose_name_starts_with_a_digit_and_a_date_line():
    text = ("The 3G noted the G20's assessment that crises have posed challenges to growth. "
            "The 3G Ministers thanked Indonesia for its assessment. "
            "2. "
            "20 September 2023")
    rows, _ = statements_of(Document(doc_id="g", text=text))
    assert [(r["speaker_kind"], r["speaker"]) for r in rows] == [
        ("organization", "3G"), ("group", "The 3G Ministers"), ("none", ""), ("none", "")]


def test_senior_officials_both_sides_after_and_presented_initiatives_and_will_commitments():
    out = attribute(
        "Also in the meeting, senior Administration officials and manufacturers continued conversations on supply.",
        "The conversations were productive and both sides committed to continue their close consultations.",
        "The delegation presented a number of new initiatives on security.",
        "President Ana Lima met Prime Minister Jon Berg.",
        "The United States and United Kingdom will work together to drive the clean energy transition.",
    )
    assert (out[0].kind, out[0].cue) == ("group", "continued conversations")
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("group", "Both sides", "committed")
    assert (out[2].kind, out[2].cue) == ("group", "presented")
    assert (out[4].kind, out[4].speaker, out[4].cue) == ("group", "The United States and United Kingdom", "work")


def test_an_unnamed_speakers_own_i_in_a_printed_speech():
    out = attribute(
        "Allow me to first congratulate Bangladesh for its Chairmanship over the past year.",
        "I would also like to thank our hosts.",
        "I am glad to see that the Association is doing its part.",
        "The 18th JCBC meeting reviewed bilateral cooperation.",
    )
    assert [(a.kind, a.speaker, a.cue) for a in out[:3]] == [
        ("person", "I", "congratulate"), ("person", "I", "thank"), ("person", "I", "am glad")]
    assert (out[3].kind, out[3].speaker) == ("group", "The 18th JCBC meeting")
    at = DocumentAttributor(default_speaker="Ana Lima")
    found = at.attribute("Allow me to congratulate the President.")
    assert (found.speaker, found.kind) == ("Ana Lima", "person")


def test_appositive_names_openers_without_commas_and_quantifier_subjects():
    out = attribute(
        "President Ana Lima was briefed by Dr. Jon Berg, the Center's new director.",
        "The Center's new director, Dr. Jon Berg, previewed the new forecast system.",
        "During the meeting leaders discussed the new agenda.",
        "Following these talks, last week manufacturers confirmed that more doses would come.",
        "Many also underscored the importance of access.",
        "She also used the opportunity to thank the first responders.",
        "She directed her adviser, Dr. Jon Berg, to travel to Lima.",
        "She asked Vice President Tom Hale to attend the summit on her behalf.",
    )
    assert (out[1].kind, out[1].speaker) == ("person", "Jon Berg")
    assert [(a.kind, a.cue) for a in out[2:6]] == [
        ("group", "discussed"), ("group", "confirmed"), ("group", "underscored"), ("person", "thank")]
    assert out[6].kind == "none"  # (directing someone to go is an action; asking them is a request)
    assert (out[7].kind, out[7].cue) == ("person", "asked")


def test_numbered_statements_footnote_marks_and_the_we_of_a_defined_short_name_or_a_joint_statement():
    out = attribute(
        "1 The Global Governance Group (3G)[1] welcomes the outcome of the Summit.",
        "2 The 3G further notes the assessment of the G20.",
        "We note that the G20 will reinforce global strategies.",
    )
    assert [(a.kind, a.speaker) for a in out] == [
        ("organization", "Global Governance Group"), ("organization", "3G"), ("organization", "3G")]
    out = attribute(
        "The United States and Singapore reaffirmed our shared commitment to cooperation.",
        "We will bolster scientific and research ties across our governments.",
    )
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("group", "The United States and Singapore", "bolster")


def test_what_an_agreement_or_a_state_remains_ends_an_account():
    text = ("Prime Minister Ana Lima and President Jon Berg welcomed the new trade deal. "
            "The Lima-Berg Free Trade Agreement (LBFTA) continues to be a high-performing agreement. "
            "Prime Minister Lima and President Berg agreed to meet again. "
            "The US also remains Singapore’s top trading partner in services. "
            "More information on the partnership is at Appendix II")
    rows, _ = statements_of(Document(doc_id="f", text=text))
    assert [r["speaker_kind"] for r in rows] == ["group", "none", "group", "none", "none"]


def test_a_dated_earlier_discussion_after_a_noun_is_background():
    out = attribute(
        "This meeting was part of ongoing efforts to manage the relationship, as discussed by President Ana Lima "
        "and President Jon Berg at the November 2023 Summit.",
        "As highlighted by the Ministry in its press release of 18 May 2021, there is no new variant.",
    )
    assert out[0].kind == "none"
    assert (out[1].kind, out[1].cue) == ("organization", "highlighted")


def test_a_title_that_names_a_body_before_the_name_and_thus():
    out = attribute(
        "Minister Ana Lima met Director of the Taiwan Affairs Office of the State Council Song Tao today.",
        "Director Song updated Minister Lima on the priorities of the Office.",
        "Department of Agriculture Under Secretary for Farm Production and Conservation Robert Bonnie joined.",
        "Under Secretary Bonnie emphasized the new program.",
        "The Ministry thus welcomes the outcome.",
    )
    assert out[1].speaker == "Song Tao"
    assert out[3].speaker == "Robert Bonnie"
    assert (out[4].kind, out[4].cue) == ("organization", "welcomes")


def test_titled_names_with_a_body_continuing_speech_and_dated_documents():
    out = attribute(
        "Chair of the Federal Communications Commission Jessica Rosenworcel shared the plans to stop scam calls.",
        "National Security Advisor Jake Sullivan spoke on May 7 with Secretary General Irwin LaRocque.",
        "President Joe Biden met leaders.",
        "President Biden is also calling on Congress for immediate action.",
        "This meeting is the result of President Biden's May 2023 op-ed, in which he outlined a roadmap.",
    )
    assert (out[0].kind, out[0].speaker) == ("person", "Jessica Rosenworcel")
    assert out[1].kind == "none"
    assert (out[3].kind, out[3].speaker) == ("person", "Joe Biden")
    assert out[4].kind == "none"
    rows, _ = statements_of(Document(doc_id="a", text=(
        "Senior officials discussed the new investments. Attendees included local officials, labor leaders, "
        "and advocates who work to leverage the investments.")))
    assert [r["speaker_kind"] for r in rows] == ["group", "none"]


def test_together_the_leaders_stated_plans_identified_and_references():
    out = attribute(
        "President Ana Lima hosted leaders from six countries.",
        "Together the leaders discussed the challenges of holding elections.",
        "Working with Congress, the United States plans to provide $165 million for elections.",
        "The group identified near- and long-term opportunities to advance equity.",
        "She made special reference to the role of the Peshmerga.",
    )
    assert [(a.kind, a.cue) for a in out[1:4]] == [("group", "discussed"), ("organization", "plans"),
                                                   ("group", "identified")]
    assert (out[4].kind, out[4].cue) == ("person", "made special reference")


def test_lists_of_unnamed_people_and_their_postmodifiers_are_one_subject():
    out = attribute(
        "Governor Ana Lima met advocates in Des Moines.",
        "State legislators, advocates, providers, and students shared how they defend access to care.",
        "Stakeholders from the auto, energy, chemical, and industrial sectors spoke with federal officials "
        "and offered suggestions.",
        "Representatives from the energy, chemical, and industrial sectors also reported minimal impacts.",
        "These sessions followed two listening sessions, one led by Secretary Ortiz with ports, labor groups, "
        "and industry partners focused on shipping diversions.",
        "Discussions focused around recommendations detailed in the April report.",
    )
    assert [(a.kind, a.speaker) for a in out[1:4]] == [
        ("group", "State legislators, advocates, providers, and students"),
        ("group", "Stakeholders from the auto, energy, chemical, and industrial sectors"),
        ("group", "Representatives from the energy, chemical, and industrial sectors"),
    ]
    assert [a.kind for a in out[4:]] == ["none", "none"]


def test_hyphenated_openers_framing_verbs_and_purposes_that_speak():
    out = attribute(
        "Vice President Ana Lima met with Prime Minister Jon Berg.",
        "Following-up on the Vice President's meeting with executives, the Vice President and the Prime Minister "
        "discussed economic security.",
        "Ms. Lima and Mr. Berg also conferred on additional details about the visit.",
        "The Vice President concluded the call by reiterating her gratitude to Governor Tom Reed.",
        "She also spoke with the Governors of Ohio, Iowa, and Utah on Friday to make clear that states have "
        "full support.",
        "The King conferred on him the Order of the Crown.",
    )
    assert [(a.kind, a.cue) for a in out[1:5]] == [
        ("group", "discussed"), ("group", "conferred on"), ("person", "reiterating"), ("person", "make clear")]
    assert out[1].members == ("Ana Lima", "Jon Berg")
    assert out[3].speaker == out[4].speaker == "Ana Lima"
    assert out[5].kind == "none"


def test_they_after_a_narration_about_unnamed_people_is_those_people():
    out = attribute(
        "The President met the Governor of Ohio.",
        "The mayors were at the White House to meet with Senior Advisor Ana Lima to discuss housing.",
        "They also discussed the positive impact of the new agenda in their communities.",
    )
    assert out[1].kind == "none"
    assert (out[2].kind, out[2].speaker, out[2].members) == ("group", "The mayors", ())


def test_relative_clause_subjects_and_what_hosts_say_to_their_guests():
    out = attribute(
        "Officials met advocates.",
        "Advocates who work with survivors of domestic violence indicated how consent is crucial.",
        "On Thursday, legislators from states where access remains protected discussed their efforts.",
        "Leaders who participated represented national organizations.",
        "Today, the White House hosted a roundtable with nurses to thank them for their efforts.",
        "Advisor Ana Ruiz convened calls with members of Congress to update them on the storm.",
        "Advisor Ana Ruiz hosted a livestreamed event with college leaders to unveil a new report.",
        "The Office of Rural Affairs convened a roundtable with mayors to highlight the new grants.",
    )
    assert [(a.kind, a.speaker, a.cue) for a in out[1:3]] == [
        ("group", "Advocates who work with survivors of domestic violence", "indicated"),
        ("group", "legislators from states where access remains protected", "discussed"),
    ]
    assert [(a.kind, a.cue) for a in out[3:]] == [
        ("none", ""), ("organization", "thank"), ("person", "update"), ("none", ""), ("none", "")]


def test_who_gave_a_briefing_speaks_and_the_listeners_are_they():
    out = attribute(
        "The Council of Governors met at the Pentagon.",
        "The Council also received an overview of budget trends from Under Secretary of Defense Mark Ford.",
        "President Ana Ruiz and Vice President Tom Bell received an update from the negotiation team on the talks.",
        "They discussed next steps.",
        "Since August, members of the Task Force have received briefings from a diverse set of stakeholders.",
    )
    assert [(a.kind, a.speaker, a.cue) for a in out[1:3]] == [
        ("person", "Mark Ford", "received an overview"),
        ("group", "The negotiation team", "received an update"),
    ]
    assert (out[3].kind, set(out[3].members)) == ("group", {"Ana Ruiz", "Tom Bell"})
    assert out[4].kind == "none"


def test_staff_of_a_body_reasons_openers_and_abbreviated_titles():
    out = attribute(
        "Yesterday, the White House hosted local leaders and National Security Advisor Jon Reed.",
        "White House staff from the Office of Intergovernmental Affairs and the Infrastructure Law implementation "
        "teams provided an overview of the resources.",
        "That’s why the Administration officials urged Congress to move quickly.",
        "During the meeting, NSA Reed detailed the mission.",
    )
    assert (out[1].kind, out[1].speaker) == (
        "group", "White House staff from the Office of Intergovernmental Affairs and the Infrastructure Law "
                 "implementation teams")
    assert (out[2].kind, out[2].speaker, out[2].cue) == ("group", "The Administration officials", "urged")
    assert (out[3].kind, out[3].speaker) == ("person", "Jon Reed")


def test_concluding_by_thanking_confidence_and_nouns_that_are_not_names():
    out = attribute(
        "Minister Ana Lima attended the meeting.",
        "I would like to conclude by thanking Bangladesh once again for hosting the meeting.",
        "On that note, allow me to conclude by thanking Bangladesh for hosting this meeting.",
        "Under your Chairmanship, I have every confidence that the association will grow.",
        "I would like to conclude my visit tomorrow.",
    )
    assert [(a.kind, a.speaker, a.cue) for a in out[1:4]] == [
        ("person", "I", "thanking"), ("person", "I", "thanking"), ("person", "I", "have every confidence")]
    assert out[4].kind == "none"
    at = DocumentAttributor()
    at.scan_people(["Singapore welcomes the resumption of the 10th Emergency Special Session of the Assembly."])
    assert [p.name for p in at.people] == []


def test_she_after_a_narration_about_one_named_person_is_that_person():
    out = attribute(
        "Minister Tom Reed met Minister Ana Lima.",
        "Minister Reed said that the two countries share values.",
        "4 Minister for Communications Ana Lima also delivered a plenary address.",
        "Speaking about governance, she shared how Ruritania is refreshing its social compact.",
    )
    assert (out[3].kind, out[3].speaker, out[3].cue) == ("person", "Ana Lima", "shared")


def test_a_pronoun_never_goes_to_a_person_whose_honorific_says_otherwise():
    out = attribute(
        "Prime Minister Tom Reed wrote to Mrs Ana Lima.",
        "Prime Minister Reed said that her husband was a great statesman.",
        "Mrs Ana Lima attended the memorial with her family.",
        "He said that the ties would endure.",
    )
    assert (out[3].kind, out[3].speaker) == ("person", "Tom Reed")


def test_talks_of_a_stated_quality_and_people_named_by_an_adjective():
    out = attribute(
        "Coordinator Jon Reed and Envoy Ana Lima traveled to Riyadh.",
        "They held constructive talks with the Crown Prince.",
        "They held talks with the Crown Prince.",
        "Transgender kids and their parents traveled to the White House from three states, and shared the "
        "effects of the new laws.",
        "The Secretary met the Governor, providing updates on the recovery.",
    )
    assert (out[1].kind, out[1].cue) == ("group", "held constructive talks")
    assert out[2].kind == "none"
    assert (out[3].kind, out[3].speaker, out[3].cue) == ("group", "Transgender kids and their parents", "shared")
    assert (out[4].kind, out[4].cue) == ("person", "providing updates")


def test_one_side_of_a_meeting_is_a_delegation_and_not_they():
    out = attribute(
        "Coordinator Jon Reed met Crown Prince Ali Faisal in Riyadh.",
        "Both sides welcomed their close coordination.",
        "The U.S. side confirmed its support for the defense of Ruritania.",
        "They also discussed regional matters.",
    )
    assert (out[2].kind, out[2].speaker) == ("group", "The U.S. side")
    assert (out[3].kind, out[3].speaker) == ("group", "Both sides")


def test_a_report_speaks_for_its_author_and_unnamed_people_are_groups():
    out = attribute(
        "Officials unveiled a new Department of Education report on college diversity.",
        "The report calls on states to prioritize outreach.",
        "We welcome its findings.",
        "During a panel moderated by Advisor Tom Reed, Black entrepreneurs had the opportunity to discuss their journeys.",
        "President Tom Reed met President Volodymyr Zelenskyy.",
        "President Zelenskky shared his plans to address corruption.",
    )
    assert (out[1].kind, out[1].speaker) == ("organization", "Department of Education")
    assert out[2].speaker != "Department of Education"  # (a report's author is not the text's "we")
    assert (out[3].kind, out[3].speaker) == ("group", "Black entrepreneurs")
    assert (out[5].kind, out[5].speaker) == ("person", "Volodymyr Zelenskyy")


def test_a_toolkit_speaks_for_the_body_that_issued_it_by_its_short_name():
    out = attribute(
        "Additionally, the United States Agency for International Development (USAID) issued a toolkit "
        "to Mission leaders that will help workers.",
        "The toolkit outlines key measures Missions can take to prepare for extreme heat.",
    )
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("organization", "USAID", "outlines")


def test_a_where_clause_with_its_own_subject_keeps_it_for_its_later_verbs():
    out = attribute(
        "First Lady Ana Lima traveled to Mexico City.",
        "The First Lady and Ambassador Tom Reed also attended a dinner hosted by President Eva Cruz, where she "
        "met with and congratulated President Cruz.",
    )
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("person", "Ana Lima", "congratulated")
    rows, _ = statements_of(Document(doc_id="c", text=(
        "The Vice President and Prime Minister Tom Reed discussed security. "
        "On April 29, the Vice President convened Caribbean leaders virtually.")))
    assert [r["speaker_kind"] for r in rows] == ["group", "none"]


def test_an_adverb_inside_a_purpose_that_speaks():
    out = attribute("President Tom Reed spoke today with Commander Ana Lima to personally thank her for the rescue.")
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("person", "Tom Reed", "thank")


def test_a_list_of_speakers_that_opens_the_sentence_is_one_group():
    out = attribute(
        "Cabinet officials, leadership from the White House, the Office of Management and Budget, and numerous "
        "agencies discussed their efforts to address barriers to equity.",
    )
    assert (out[0].kind, out[0].cue, out[0].members) == ("group", "discussed", ())
    assert out[0].speaker == ("Cabinet officials, leadership from the White House, the Office of Management and "
                              "Budget, and numerous agencies")


def test_lgbtq_plus_is_one_word_and_a_participle_before_is_not_the_verb():
    out = attribute(
        "Today, officials hosted advocates.",
        "During the meeting, LGBTQ+ advocates and leaders also briefed senior officials on new state laws.",
        "The legislation discussed today is just a sample of the restrictions.",
    )
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("group", "LGBTQ+ advocates and leaders", "briefed")
    assert out[2].kind == "none"


def test_the_pair_is_the_two_people_of_the_meeting():
    out = attribute(
        "Advisor Jon Reed met today with Prime Minister Ana Lima to underscore support.",
        "Prime Minister Lima thanked the people of Ruritania for their support.",
        "The pair also discussed continued reforms.",
    )
    assert (out[2].kind, out[2].speaker, out[2].members) == ("group", "The pair", ("Jon Reed", "Ana Lima"))


def test_continued_to_discuss_taking_the_opportunity_and_names_that_are_not_people():
    out = attribute(
        "During the meeting, manufacturers and senior administration officials also continued to discuss supply.",
        "Let me take this opportunity to thank the outgoing President.",
        "Nevertheless, Dominica continues to stress the importance of the Kyoto Protocol.",
    )
    assert (out[0].kind, out[0].cue) == ("group", "continued to discuss")
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("person", "I", "thank")
    assert (out[2].kind, out[2].speaker) == ("organization", "Dominica")
    at = DocumentAttributor()
    at.scan_people(["Mr. President, Let me begin.", "The Prime Minister of Dominica spoke."])
    assert [p.name for p in at.people] == []


def test_late_session_six_rules_on_hand_made_readouts():
    out = attribute(
        "President Tom Reed met Prime Minister Ana Lima.",
        "This meeting reaffirmed the strong bond between the two countries, as the leaders agreed to continue "
        "working together.",
        "In addition, Coordinator for the Middle East and North Africa Jon Berg provided information about aid.",
        "Senior administration officials and manufacturers also discussed the supply of vaccines.",
        "He articulated how the two countries can work together.",
        "President Reed also let Administrator Eva Cruz know that he was ready to help.",
        "The convening follows President Reed's remarks at a rally in which he underscored his commitment.",
        "The United Nations recently estimated that the region will need more aid.",
    )
    assert (out[1].kind, out[1].cue, set(out[1].members)) == ("group", "agreed", {"Tom Reed", "Ana Lima"})
    assert (out[2].kind, out[2].speaker) == ("person", "Jon Berg")
    assert (out[3].kind, out[3].speaker) == ("group", "Senior administration officials and manufacturers")
    assert (out[4].kind, out[4].cue) == ("person", "articulated")
    assert (out[5].kind, out[5].speaker, out[5].cue) == ("person", "Tom Reed", "let know")
    assert out[6].kind == "none"
    assert (out[7].kind, out[7].speaker) == ("organization", "United Nations")


def test_session_seven_cues_titles_and_roster_headings():
    out = attribute(
        "On Friday, White House Counsel Eli Moss and Attorney General Ann Vale, joined by Second Gentleman "
        "Tom Reed and Associate Attorney General Ida Park, convened a meeting.",
        "White House Counsel Moss also underscored the role of lawyers.",
        "He noted that lawyers can help.",
        "The Second Gentleman closed the event with a call for lawyers to join the fight.",
        "Policy Advisor Ana Lima and Intergovernmental Affairs Director Jo Cruz called upon mayors – including "
        "leaders, police, and funders – to deploy these dollars.",
        "Director Lima closed the meeting by outlining how the council will work together.",
        "The President kicked off the meeting with remarks noting progress on supply chains.",
        "Secretary Park provided details on the investment.",
        "To date, cities have committed more than $300 million of relief funds to public safety.",
        "The cities committed to working together.",
    )
    assert (out[1].kind, out[1].speaker) == ("person", "Eli Moss")  # "Counsel" is a title
    assert (out[2].kind, out[2].speaker) == ("person", "Eli Moss")
    assert (out[3].kind, out[3].speaker, out[3].cue) == ("person", "Tom Reed", "call for")
    assert (out[4].kind, out[4].cue, out[4].members) == ("group", "called upon", ("Ana Lima", "Jo Cruz"))
    assert (out[5].kind, out[5].speaker, out[5].cue) == ("person", "Ana Lima", "outlining")
    assert (out[6].kind, out[6].cue) == ("person", "noting")
    assert (out[7].kind, out[7].cue) == ("person", "provided details")
    assert out[8].kind == "none"  # money committed is an action, not a statement
    assert (out[9].kind, out[9].cue) == ("group", "committed")
    at = DocumentAttributor()
    at.scan_people(["Biden-Harris Administration Officials In Attendance Included:", "Officials emphasized growth."])
    assert at.people == []
    assert (at.attribute("Officials emphasized growth.").kind) == "group"


def test_spoke_with_someone_on_a_topic_but_not_on_the_phone():
    out = attribute(
        "Earlier today, President Tom Reed spoke with Prime Minister Ana Lima on the unmanned object in the air space.",
        "President Reed spoke with Prime Minister Lima on the phone.",
        "President Reed spoke with Prime Minister Lima on the margins of the summit.",
    )
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("person", "Tom Reed", "spoke")
    assert out[1].kind == out[2].kind == "none"


def test_those_heard_from_are_the_speakers_and_department_titles_keep_the_person():
    out = attribute(
        "Yesterday, participants heard from six state leaders who are championing legislative proposals.",
        "Officials heard directly from Interior Secretary Ana Lima about the plan.",
        "The White House has heard from mayors on their workforce challenges.",
        "During the forum, participants heard from Administration officials including:",
        "Department of Energy Secretary Jo Cruz discussed the grid.",
        "White House Council on Environmental Quality Chair Eva Moss discussed the plan.",
    )
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("group", "Six state leaders", "heard from")
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("person", "Ana Lima", "heard directly from")
    assert out[2].kind == "none"  # what was heard before: background
    assert (out[3].kind, out[3].speaker) == ("group", "Administration officials")
    assert (out[4].kind, out[4].speaker) == ("person", "Jo Cruz")
    assert (out[5].kind, out[5].speaker) == ("person", "Eva Moss")


def test_list_items_markdown_bold_and_bodies_named_with_and():
    out = attribute(
        "- The President called on Congress to act on junk fees.",
        "1. The President called on Congress to act on junk fees.",
        "- Secretary of Transportation Jo Cruz and **EPA Administrator Eva Moss** discussed the rules.",
        "Earlier this week, the National Oceanic and Atmospheric Administration announced a record.",
        "Both sides agreed to meet again.",
        "Each side committed to take the necessary steps.",
    )
    assert out[0].kind == out[1].kind == "person"
    assert (out[2].kind, out[2].members) == ("group", ("Jo Cruz", "Eva Moss"))
    assert "*" not in out[2].speaker
    assert (out[3].kind, out[3].speaker) == ("organization", "National Oceanic and Atmospheric Administration")
    assert (out[5].kind, out[5].speaker) == ("group", "Each side")


def test_spoke_to_a_topic_time_used_to_discuss_and_documents_speak_for_their_authors():
    out = attribute(
        "President Tom Reed met Secretary Ana Lima.",
        "Secretary Lima then spoke to a new enforcement partnership with state attorneys general.",
        "The President spoke to reporters after the meeting.",
        "The President spoke to the families of the victims.",
        "The Council members used the rest of the meeting to discuss strategic priorities.",
        "The President's Executive Order called on the Council of Economic Advisers to act.",
        "Competition is a core part of the agenda, as underscored by the President's July Executive Order.",
    )
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("person", "Ana Lima", "spoke to")
    assert out[2].kind == out[3].kind == "none"  # an audience, not a topic
    assert (out[4].kind, out[4].cue) == ("group", "discuss")
    assert (out[5].kind, out[5].speaker, out[5].cue) == ("person", "Tom Reed", "called on")
    assert out[6].kind == "none"  # the narrator's framing, not the order speaking


def test_quantified_subjects_company_names_with_ampersands_and_second_appositions():
    out = attribute(
        "In commemoration of the week, several organizations also announced commitments.",
        "One company elaborated that this deprives consumers of choice.",
        "One central fact informed this convening: the risk is real.",
        "AT&T CEO Jo Cruz discussed how the company trains its workforce.",
        "Eva Moss, CEO of The Superior Group, an electrical contractor in Ohio, emphasized their efforts.",
        "The Administration understands that forecasts matter.",
    )
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("group", "Several organizations", "announced")
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("organization", "One company", "elaborated")
    assert out[2].kind == "none"  # a fact is nobody
    assert (out[3].kind, out[3].speaker) == ("person", "Jo Cruz")
    assert (out[4].kind, out[4].speaker) == ("person", "Eva Moss")
    assert (out[5].kind, out[5].cue) == ("organization", "understands")


def test_bodies_named_by_one_word_or_with_for_and_light_verbs_of_announcing():
    out = attribute(
        "The plan covers Medicare and Medicaid.",
        "On August 29, Medicare announced the first ten drugs selected for negotiation.",
        "Colorado, New Mexico, and Nevada will continue to take steps.",
        "CFPB released a report highlighting the challenges families face.",
        "At the convening, SBA made two landmark announcements about licensing milestones.",
        "The Centers for Disease Control estimates that most women go untreated.",
        "The President knows that we must take bold action.",
    )
    assert (out[1].kind, out[1].speaker) == ("organization", "Medicare")
    assert out[2].kind == "none"  # states in a list, doing things
    assert (out[3].kind, out[3].speaker, out[3].cue) == ("organization", "CFPB", "highlighting")
    assert (out[4].kind, out[4].speaker, out[4].cue) == ("organization", "SBA", "made two landmark announcements")
    assert (out[5].kind, out[5].speaker) == ("organization", "Centers for Disease Control")
    assert (out[6].kind, out[6].cue) == ("person", "knows")


def test_markdown_links_read_as_their_text_and_bodies_named_by_what_they_are_of():
    out = attribute(
        "The [Council of Economic Advisers explained](https://example.gov/cea) that the guidelines are sound.",
        "President Tom Reed met.",
        "To support this effort, the President's [Executive Order on Climate Risk](https://example.gov/eo) "
        "called on the Office of Management and Budget to act.",
        "The Department of Justice answered President Reed's call to action and released new guidelines.",
        "The Council of Governors members provided updates on cybersecurity.",
    )
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("organization", "Council of Economic Advisers", "explained")
    assert (out[2].kind, out[2].speaker, out[2].cue) == ("person", "Tom Reed", "called on")
    assert out[3].kind == "none"  # answering a call is acting on it
    assert (out[4].kind, out[4].speaker) == ("group", "The Council of Governors members")


def test_rulemaking_is_an_action_and_each_member_clergy_called_out_made_the_case():
    out = attribute(
        "- The FTC proposed a rule that would prohibit hidden fees.",
        "- Today, the Department of Transportation finalized rules requiring automatic refunds.",
        "The President has also requested supplemental funding from Congress.",
        "Each member agency spoke to their top competition priorities.",
        "Clergy stressed the need to treat everyone with dignity.",
        "Adviser Jo Cruz made the case for why diversion programs work.",
        "Adviser Cruz called out extremists for their assault on the freedom to vote.",
        "The FTC proposed that companies disclose all fees.",
    )
    assert out[0].kind == out[1].kind == out[2].kind == "none"
    assert (out[3].kind, out[3].speaker) == ("group", "Each member agency")
    assert (out[4].kind, out[4].speaker) == ("group", "Clergy")
    assert (out[5].kind, out[5].cue) == ("person", "made the case")
    assert (out[6].kind, out[6].cue) == ("person", "called out")
    assert (out[7].kind, out[7].cue) == ("organization", "proposed")  # a proposal, not a rule


def test_capitalised_words_inside_names_are_not_verbs_and_welcoming_people_is_receiving():
    out = attribute(
        "Operation Allies Welcome is the Administration's effort to resettle our Afghan allies.",
        "*Task Force Discussed Tackling Extreme Heat and Lowering Energy Costs*",
        "Since the initiative started, the United States has welcomed more than 2,000 refugees.",
        "The leaders also welcomed nearly $1 billion of new investments.",
    )
    assert out[0].kind == "none"
    assert (out[1].kind, out[1].cue) == ("organization", "Discussed")
    assert out[2].kind == "none"
    assert (out[3].kind, out[3].cue) == ("group", "welcomed")


def test_shared_objectives_and_respect_are_stances():
    out = attribute(
        "The United States and Mexico share the objective of making North America prosperous.",
        "The United States respects the right of nations to make sovereign decisions.",
        "Singapore and the Pacific Islands share a mutual interest in the oceans.",
    )
    assert (out[0].kind, out[0].cue) == ("group", "share")
    assert (out[1].kind, out[1].cue) == ("organization", "respects")
    assert out[2].kind == "none"  # what they have in common, not what they said


def test_according_to_data_unnamed_workers_findings_and_made_it_clear():
    out = attribute(
        "According to 2023 FBI data, there has been a significant drop in crime.",
        "According to analysis from the Department of Labor, child care prices ranged widely.",
        "A home health care professional described how her employer's system makes care harder.",
        "The Brookings Institution and the Urban Institute presented a new report on investment.",
        "Minister Ana Lima presented a letter from the Prime Minister.",
        "During the convening, Minister Lima made it clear that health care is a right.",
    )
    assert (out[0].kind, out[0].speaker) == ("organization", "FBI")
    assert (out[1].kind, out[1].speaker) == ("organization", "Department of Labor")
    assert (out[2].kind, out[2].speaker) == ("person", "A home health care professional")
    assert (out[3].kind, out[3].cue) == ("group", "presented")
    assert out[4].kind == "none"  # handing over a letter
    assert (out[5].kind, out[5].speaker, out[5].cue) == ("person", "Ana Lima", "made it clear")


def test_whose_clauses_quantified_adjective_plurals_and_topics_owned_by_a_body():
    out = attribute(
        "President Tom Reed met President Ana Lima.",
        "The two leaders, whose meeting followed President Lima's meeting with the Vice President, discussed trade.",
        "Several state leaders highlighted how they have used funds.",
        "Officials from the Domestic Policy Council spoke to the Administration's commitment to free college.",
    )
    assert (out[1].kind, out[1].cue, out[1].members) == ("group", "discussed", ("Tom Reed", "Ana Lima"))
    assert (out[2].kind, out[2].speaker) == ("group", "Several state leaders")
    assert (out[3].kind, out[3].cue) == ("group", "spoke to")


def test_company_and_club_names_are_bodies_not_people():
    out = attribute(
        "- Sierra Club commits to developing informational materials.",
        "- Plug In America commits to working with the dealers.",
        "- As an automotive retail agency, **Maritz Automotive Solutions** commits to working with dealers.",
        "Minister Ana Lima said that trade matters.",
    )
    assert [(a.kind, a.speaker) for a in out[:3]] == [
        ("organization", "Sierra Club"), ("organization", "Plug In America"),
        ("organization", "Maritz Automotive Solutions")]
    assert (out[3].kind, out[3].speaker) == ("person", "Ana Lima")


def test_commitments_made_are_announced():
    out = attribute(
        "The leaders made commitments to reduce emissions.",
        "The leaders made progress on the agenda.",
    )
    assert (out[0].kind, out[0].cue) == ("group", "made commitments")
    assert out[1].kind == "none"


def test_short_names_in_brackets_inside_a_list_subject():
    out = attribute(
        "Representatives of the Department of the Treasury (Treasury), the Internal Revenue Service (IRS), "
        "and Department of Labor (DOL) reported on their efforts.",
        "Centers for Medicare and Medicaid Services (CMS) Administrator Ana Lima announced the model.",
    )
    assert (out[0].kind, out[0].speaker) == (
        "group", "Representatives of the Department of the Treasury, the Internal Revenue Service, and Department of Labor")
    assert (out[1].kind, out[1].speaker) == ("person", "Ana Lima")


def test_a_named_dialogue_held_is_an_event_and_calls_on_many_bodies_to_act():
    out = attribute(
        "Following up on the visit, the two countries held the first high-level strategic dialogue to discuss "
        "a range of issues.",
        "The two leaders held candid discussions on trade.",
        "President Tom Reed met.",
        "The President's Executive Order called on the Council of Economic Advisers and the Office of Management "
        "and Budget to “identify the primary sources of risk.”",
        "Minister Jo Cruz called on Federal President Ana Lima and Federal Chancellor Eva Moss during his visit to Berlin.",
    )
    assert out[0].kind == "none"
    assert (out[1].kind, out[1].cue) == ("group", "held candid discussions")
    assert (out[3].kind, out[3].speaker, out[3].cue) == ("person", "Tom Reed", "called on")
    assert out[4].kind == "none"  # a courtesy call


def test_addressed_a_topic_or_how_but_not_an_audience_and_titles_of_a_named_body():
    out = attribute(
        "Director Ana Ruiz (Co-Chair) addressed the geopolitical competition in semiconductors.",
        "The Director of the National Science Foundation Omar Tafari addressed how the country will invest.",
        "Participants also addressed the possible harms from a lack of competition.",
        "Senior officials addressed the group of fellows.",
        "The Secretary addressed the students of the university on Monday.",
        "The Administrator of the Small Business Administration Lena Moss said that capital is scarce.",
        "Secretary of Commerce Gina Park and Council Director Ben Ode said that supply chains improved.",
    )
    assert [(a.speaker, a.cue) for a in out[:3]] == [
        ("Ana Ruiz", "addressed"), ("Omar Tafari", "addressed"), ("Participants", "addressed")]
    assert [a.kind for a in out[3:5]] == ["none", "none"]  # (an audience: a speech without its content)
    assert (out[5].kind, out[5].speaker) == ("person", "Lena Moss")
    assert (out[6].kind, set(out[6].members)) == ("group", {"Gina Park", "Ben Ode"})


def test_plural_people_with_a_present_tense_cue_and_a_noun_after_have():
    out = attribute(
        "Fund managers recognize this as well.",
        "Managers stress that this matters.",
        "Participants have support available through the agency.",
    )
    assert [(a.kind, a.speaker) for a in out[:2]] == [("group", "Fund managers"), ("group", "Managers")]
    assert out[2].kind == "none"  # ("have support": a noun, not "have supported")


def test_attention_topics_of_a_body_principals_states_and_newspapers():
    out = attribute(
        "Today Vice President Ana Ruiz met officials.",
        "She called attention to the focus on supply chains.",
        "Attorney General Tom Gold spoke to the Justice Department’s commitment to competition.",
        "White House principals emphasized that AI brings benefits.",
        "The State of Maine highlighted how it is bringing heat pumps to rural communities.",
        "The New York Times reported today that most packages arrived on time.",
    )
    assert [(a.kind, a.speaker) for a in out[1:]] == [
        ("person", "Ana Ruiz"), ("person", "Tom Gold"), ("group", "White House principals"),
        ("organization", "State of Maine"), ("organization", "New York Times")]


def test_departments_with_and_companies_and_items_of_a_list_of_participants():
    out = attribute(
        "- Health and Human Services Secretary Xavier Bell emphasized that heat waves are a threat.",
        "- Hecate Energy described its plans to use the tax credits.",
        "- Malta Inc. announced the initial findings of a study.",
        "- The Coalfield Development Corporation, who described the efforts of the coalition.",
        "- The Just Transition Fund which announced a new initiative.",
        "The Coalfield Development Corporation, which employs miners, is growing.",
    )
    assert [(a.kind, a.speaker) for a in out[:5]] == [
        ("person", "Xavier Bell"), ("organization", "Hecate Energy"), ("organization", "Malta Inc"),
        ("organization", "Coalfield Development Corporation"), ("organization", "Just Transition Fund")]
    assert out[5].kind == "none"


def test_staff_insurers_and_a_mayor_of_a_city_in_a_state():
    out = attribute(
        "White House staff shared updates on efforts.",
        "During the meeting, Mayor Mel Carter of St. Paul, Minnesota outlined his belief that interventions work.",
        "Allstate Insurance also spoke to how access to parts can save money.",
    )
    assert [(a.kind, a.speaker) for a in out] == [
        ("group", "White House staff"), ("person", "Mel Carter"), ("organization", "Allstate Insurance")]


def test_a_body_with_a_partner_in_apposition_brands_that_commit_and_bodies_named_for_a_cause():
    out = attribute(
        "In January, the Office of Gun Safety, in partnership with the U.S. Department of Education, also "
        "announced new actions.",
        "- Carvana commits to fully integrating the credit into its checkout.",
        "Doctors for America discussed the ways in which doctors can help.",
        "Secretary for Energy Tom Lee said that prices fell.",
    )
    assert [(a.kind, a.speaker) for a in out] == [
        ("organization", "Office of Gun Safety"), ("organization", "Carvana"),
        ("organization", "Doctors for America"), ("person", "Tom Lee")]


def test_a_call_years_ago_and_looking_ahead():
    out = attribute(
        "Vice President Ana Ruiz has long fought for maternal health.",
        "Two years ago, she called on states to expand coverage.",
        "Participants, including Envoy Tom Kerr, also looked ahead to the summit on April 22.",
    )
    assert [(a.speaker, a.cue) for a in out[1:]] == [("Ana Ruiz", "called on"), ("Participants", "looked ahead")]


def test_people_and_bodies_with_a_that_clause_and_alarms_sounded():
    out = attribute(
        "Leaders of organizations that support youth civic engagement highlighted their work.",
        "Several large employers that have been early adopters of these programs said that it works.",
        "Other participants sounded the alarm about risks for reproductive rights.",
        "Participants who run programs observed how savings improve resilience.",
        "Bedrock is one of several private sector initiatives that were announced at the Summit.",
    )
    assert [a.kind for a in out] == ["group"] * 4 + ["none"]
    assert out[1].speaker == "Several large employers that have been early adopters of these programs"


def test_proposed_investments_are_the_narrators_news():
    out = attribute("The Administration has proposed transformational investments that would expand child care.",
                    "The Administration proposed that Congress act now.")
    assert [a.kind for a in out] == ["none", "organization"]


def test_welcoming_a_persons_announcement_is_speech_welcoming_the_person_is_not():
    out = attribute("Vice President Ana Ruiz met President Ferdinand Marcos.",
                    "The Vice President welcomed President Marcos’ announcement of four new sites.",
                    "The Vice President welcomed President Marcos to the White House.")
    assert [(a.kind, a.cue) for a in out[1:]] == [("person", "welcomed"), ("none", "")]


def test_an_office_with_and_before_a_name_is_no_part_of_the_name():
    out = attribute("Acting Under Secretary of Defense for Acquisition and Sustainment Stacy Cumm emphasized that "
                    "climate change is a destabilizing force.")
    assert (out[0].kind, out[0].speaker) == ("person", "Stacy Cumm")


def test_they_right_after_a_body_spoke_is_that_body():
    out = attribute("Administration officials discussed the plans.",
                    "- Malta Inc. announced the initial findings of a study.",
                    "They noted how the funds will let them demonstrate their technology.")
    assert (out[2].kind, out[2].speaker) == ("organization", "Malta Inc")


def test_a_white_house_title_before_a_name_is_the_person():
    out = attribute("The White House Coordinator for CHIPS Implementation Ronnie Chatt provided an overview of the "
                    "implementation process.")
    assert (out[0].kind, out[0].speaker) == ("person", "Ronnie Chatt")


def test_plural_subjects_with_also_postposed_adjectives_and_an_aside_between_dashes():
    out = attribute(
        "Trucking companies also discussed the potential to bring recent veterans into the industry.",
        "As part of today’s convening, companies large and small made new voluntary commitments.",
        "Representatives from a number of financial services firms – providing recordkeeping and consulting "
        "services – discussed their plans.",
    )
    assert [(a.kind, a.speaker) for a in out] == [
        ("group", "Trucking companies"), ("group", "companies large and small"),
        ("group", "Representatives from a number of financial services firms")]


def test_a_body_that_will_work_with_others_states_a_plan_not_a_position():
    out = attribute("In September, the Administration will work with New York State on a month of action.",
                    "Singapore will continue to work with regional partners.")
    assert [a.kind for a in out] == ["none", "organization"]


def test_issuing_a_statement_is_speech():
    out = attribute("Later the day, White House Press Secretary Karin Jean issued a statement on the bill.")
    assert (out[0].speaker, out[0].cue) == ("Karin Jean", "issued a statement")


def test_two_leaders_one_of_a_country_and_after_a_participle_opener():
    out = attribute(
        "Prime Minister Jacinda Ardo of New Zealand and Vice President Ana Ruiz met at the White House and "
        "jointly reaffirmed the strong relationship.",
        "Seized with these challenges, President Tom Reed and Vice President Ruiz committed to working together.",
    )
    assert [(a.kind, set(a.members)) for a in out] == [
        ("group", {"Jacinda Ardo", "Ana Ruiz"}), ("group", {"Tom Reed", "Ana Ruiz"})]


def test_letters_with_a_purpose_speak_and_gifts_announced_with_will_are_narration():
    out = attribute(
        "President Ana Ruiz and Prime Minister Tom Reed have written to President Joko Lim of Indonesia to convey "
        "their condolences over the crash.",
        "Minister for Foreign Affairs Dr Ida Park has also written to her counterpart to express her sympathies.",
        "Prime Minister Reed has written condolence letters to the families.",
        "The Singapore Government will contribute US$60,000 as seed money to support the Red Cross.",
        "The Singapore Government will contribute a humanitarian assistance package comprising nine ambulances.",
        "In exchange, Australia will provide the same quantity of vaccines back to Singapore.",
        "Singapore will contribute to global efforts against climate change.",
    )
    assert [(a.kind, a.cue) for a in out] == [
        ("group", "convey"), ("person", "express"), ("none", ""), ("none", ""), ("none", ""), ("none", ""),
        ("organization", "contribute")]
    assert set(out[0].members) == {"Ana Ruiz", "Tom Reed"}


def test_a_bodys_founding_a_disease_and_a_clause_before_a_title_in_quotes_do_not_speak():
    out = attribute(
        "Established in 1991, the LKYEF invites outstanding individuals for visits to Singapore.",
        "Minister Ida Park highlighted four lessons. First, COVID-19 underscored the importance of supply chains.",
        "Special Envoy Tom Tan will participate in a luncheon titled “An Indo-Pacific Arctic: New Interests”.",
    )
    assert [a.kind for a in out] == ["none", "person", "none"]


def test_a_passive_agent_after_a_possessive_country():
    out = attribute("The upgrade was conveyed by Singapore’s Minister for Foreign Affairs Dr Ida Park to her "
                    "counterpart in a letter.")
    assert (out[0].kind, out[0].speaker, out[0].cue) == ("person", "Ida Park", "conveyed")


def test_a_generic_body_that_will_do_something_states_its_remit_not_a_position():
    out = attribute("The Office will support the work of the Representative to the Authority.",
                    "The Council will continue to coordinate with Tribal Nations.",
                    "Singapore will continue to support the work of the Council.")
    assert [a.kind for a in out] == ["none", "none", "organization"]


def test_a_funeral_or_a_panel_is_nobody_and_they_after_a_couple_is_the_couple():
    out = attribute(
        "Prime Minister Tom Reed and Mrs Reed attended the State Funeral of former Prime Minister Ali Noor in Tokyo.",
        "They paid their respects and offered their condolences to Mrs Noor.",
        "These include the recommendations by the G20 High Level Independent Panel on Pandemic Preparedness and "
        "Response.",
    )
    assert (out[1].kind, out[1].cue) == ("group", "offered")
    assert "Tom Reed" in out[1].members and "Ali Noor" not in out[1].members
    at = DocumentAttributor()
    at.scan_people(["They attended the State Funeral of Prime Minister Ali Noor.",
                    "The G20 High Level Independent Panel on Pandemic Preparedness and Response met."])
    assert {p.name for p in at.people} == {"Ali Noor"}


def test_a_participle_after_a_plural_subject_before_its_verb_is_no_cue():
    out = attribute("New milestones announced represent the Administration’s commitment to small businesses.",
                    "The actions announced today include new funding.",
                    "Leaders discussed help for farmers.")
    assert [a.kind for a in out] == ["none", "none", "group"]


def test_a_reporting_verb_that_is_a_plural_noun_in_a_list_is_no_cue():
    out = attribute("The Summit included breakout sessions for court officials, landlord associations, tenant "
                    "advocates, and community groups.",
                    "Ana Ruiz, a tenant advocate, comments.")
    assert [a.kind for a in out] == ["none", "person"]


def test_news_forms_a_name_after_a_lower_case_descriptor_and_somebody_unnamed_by_role():
    out = attribute(
        "Republican presidential candidate Tom Reed said the talks would continue.",
        "Democratic front-runner Ana Ruiz told reporters that she was confident.",
        "A spokesman for the ministry said that the talks would continue.",
        "An aide to Reed told reporters that the campaign would go on.",
        "A senior administration official said the visit was productive.",
        "A member of the delegation met the press.",
    )
    assert [(a.kind, a.speaker) for a in out] == [
        ("person", "Tom Reed"), ("person", "Ana Ruiz"), ("person", "A spokesman for the ministry"),
        ("person", "An aide to Reed"), ("person", "A senior administration official"), ("none", "")]
    sentence = "Republican presidential candidate Tom Reed said the talks would continue."
    assert out[0].source_span == (0, sentence.index(" said"))  # (the whole subject is the source)


def test_plural_people_with_a_present_tense_say():
    out = attribute("Critics say the plan is flawed.", "Reed’s aides say the talks will continue.",
                    "Aides to Reed say he is shifting his tack.", "Allies of the President said the plan would pass.")
    assert [(a.kind, a.speaker) for a in out] == [
        ("group", "Critics"), ("group", "Reed’s aides"), ("group", "Aides to Reed"),
        ("group", "Allies of the President")]


def test_news_outlets_are_organizations():
    out = attribute("The talks ended early, the Times said.", "The Washington Post reported that the talks ended.",
                    "The Associated Press reported that the vote was close.")
    assert [(a.kind, a.speaker) for a in out] == [
        ("organization", "Times"), ("organization", "Washington Post"), ("organization", "Associated Press")]


def test_news_quote_tails_with_an_apposition_judgements_with_called_and_says_before_a_colon():
    out = attribute(
        "Senator Lindsey Gray spoke on Monday.",
        "“It’s not my favorite by any means,” Gray, a former candidate, told CBS News on Tuesday.",
        "Former Governor Jeb Bosh called the plan “unhinged.”",
        "President Ana Ruiz called Prime Minister Tom Reed to discuss the “Quad”.",
        "Minister Ali Noor says: “Well, it is bad.”",
    )
    assert [(a.kind, a.speaker, a.cue) for a in out[1:]] == [
        ("person", "Lindsey Gray", "told"), ("person", "Jeb Bosh", "called"), ("none", "", ""),
        ("person", "Ali Noor", "says")]


def test_a_share_of_people_in_a_survey_speaks_as_a_group():
    out = attribute("Six in 10 say he is at least somewhat decisive.",
                    "In a survey conducted in 2022, 27% of respondents reported being threatened.",
                    "47 percent said they would vote for her.",
                    "The ministry said 47 percent of the budget was spent.")
    assert [(a.kind, a.speaker) for a in out] == [
        ("group", "Six in 10"), ("group", "27% of respondents"), ("group", "47 percent"),
        ("organization", "Ministry")]


def test_speaker_strings_a_report_by_a_body_a_consensus_and_they_in_a_clause():
    out = attribute(
        "Third, according to a recent OECD report, the funding gap is 3.7 trillion US dollars.",
        "The resulting Five-Point Consensus calls for the immediate cessation of violence.",
        "As President Tom Reed and President Ana Ruiz celebrate the anniversary, they reaffirmed the partnership.",
    )
    assert [(a.kind, a.speaker) for a in out] == [
        ("organization", "OECD"), ("none", ""), ("group", "They")]


def test_he_after_an_opening_clause_is_its_subject():
    out = attribute(
        "President Vuk Jerem spoke first.",
        "Jerem thanked the members.",
        "When Secretary-General Ban Kim visited the town with me this July, he said that the world had failed.",
        "He also stressed the need for peace.",
    )
    assert [a.speaker for a in out[1:]] == ["Vuk Jerem", "Ban Kim", "Ban Kim"]


def test_a_body_or_a_plural_is_no_titled_person_and_the_narrators_we_is_seeing():
    at = DocumentAttributor()
    at.scan_people(["Officials from the Departments and the National Aeronautics and Space Administration joined.",
                    "Deputy and Under Secretaries from five agencies joined the summit.",
                    "Participants in the Industrial Strategy for Domestic Manufacturers event included:"])
    assert at.people == []
    text = ("President Tom Biden and Vice President Ana Harris hosted the event. The Biden-Harris Administration "
            "acted. We are already seeing the positive impacts of the President’s strategy.")
    rows, _ = statements_of(Document(doc_id="d", text=text))
    assert (rows[-1]["speaker_kind"], rows[-1]["speaker"], rows[-1]["cue"]) == (
        "organization", "Biden-Harris Administration", "seeing")


def test_an_office_between_a_title_and_a_name_and_a_medal_are_no_part_of_a_name():
    at = DocumentAttributor()
    at.scan_people(["Director of Gun Violence Prevention Stef Feld spoke to the group.",
                    "He received the Public Service Administration Medal."])
    assert [(p.name, p.role) for p in at.people] == [("Stef Feld", "Director")]


def test_a_reporters_title_is_no_part_of_the_name():
    out = attribute("Reporter Jane Dole says the attack was bad.", "CNN correspondent Tom Reed reported that it ended.")
    assert [(a.kind, a.speaker) for a in out] == [("person", "Jane Dole"), ("person", "Tom Reed")]


def test_news_tails_a_name_then_where_and_somebody_unnamed_and_a_name_that_opens_a_sentence():
    out = attribute(
        "Tom Brown spoke to voters in Iowa.",
        "The talks were useful, said Brown in his speech.",
        "The talks were useful, a Chinese official said, adding that more were needed.",
        "Utility CEOs talked about their efforts.",
    )
    assert [(a.kind, a.speaker) for a in out[1:]] == [
        ("person", "Tom Brown"), ("person", "a Chinese official"), ("group", "Utility CEOs")]


def test_a_bodys_word_before_a_name_goes_to_the_title_and_an_opening_word_is_no_name():
    at = DocumentAttributor()
    at.scan_people(["They met Members of the House of Representatives Kamo Yoko, Shin Yoshi, and Kiwa Hito.",
                    "When Singapore hosted the summit, leaders met."])
    assert "Kamo Yoko" in [p.name for p in at.people]
    assert not any("Representatives" in p.name or "Singapore" in p.name for p in at.people)


def test_a_role_noun_after_a_quotation_speaks():
    out = attribute("Mayor Ana Ruiz visited the site.", '"We see no link to terrorism," the mayor said.')
    assert (out[1].kind, out[1].speaker, out[1].cue) == ("person", "Ana Ruiz", "said")


def test_a_described_name_with_an_aside_before_its_verb():
    out = attribute("Hillary Clinton toured the site.",
                    "Democratic nominee Hillary Clinton, at a later press gaggle, said she had been briefed.")
    assert (out[1].speaker, out[1].cue) == ("Hillary Clinton", "said")
    assert out[1].source_span == (0, len("Democratic nominee Hillary Clinton"))


def test_a_title_word_after_an_honorific_is_a_surname():
    out = attribute("Mr. King said that he was not familiar with the programming.",
                    "Mr. President, thank you for the invitation.")
    assert (out[0].kind, out[0].speaker) == ("person", "King")
    assert out[1].kind == "none"


def test_coordinated_levels_of_officials_are_one_unnamed_group():
    out = attribute("Federal and state officials said the two raised $350 million.",
                    "State, local, and tribal leaders discussed the wildfire season.",
                    "In attendance were scholars, policymakers, and civic and business leaders focused on climate.")
    assert [(a.kind, a.speaker, a.members) for a in out] == [
        ("group", "Federal and state officials", ()), ("group", "State, local, and tribal leaders", ()),
        ("none", "", ())]


def test_news_tails_with_an_apposition_or_a_descriptor_before_the_name():
    out = attribute('"This campaign is changing politics," Jeff Weaver, Sanders’ campaign manager, said in a statement.',
                    '"Wages may be rising," the economist Jared Bernstein, a former adviser in the White House, wrote.',
                    '"This will appear in some ad," said pollster Frank Luntz.')
    assert [(a.speaker, a.cue) for a in out] == [("Jeff Weaver", "said"), ("Jared Bernstein", "wrote"),
                                                 ("Frank Luntz", "said")]


def test_unnamed_sources_of_news_speak_as_written():
    out = attribute("Another delegate on the Cruz slate, Jim Poolman, said he was only leaning Cruz.",
                    "“This is eerily similar to the first debate,” said one longtime adviser to Bill Clinton.",
                    "“It is over,” said a person close to the Clintons.")
    assert [(a.kind, a.speaker) for a in out] == [
        ("person", "Jim Poolman"), ("person", "one longtime adviser to Bill Clinton"),
        ("person", "a person close to the Clintons")]


def test_an_aside_with_a_place_and_its_state_before_the_verb():
    out = attribute("Hillary Clinton, during a town hall meeting in Columbus, Ohio, said she would invest in coal country.")
    assert (out[0].speaker, out[0].cue) == ("Hillary Clinton", "said")


def test_a_reporting_clause_after_but():
    out = attribute("Senator Jane Doe spoke at the firm.",
                    "She left in 2000 to care for her family, but she said she did feel frustrated by the barriers.")
    assert (out[1].speaker, out[1].cue) == ("Jane Doe", "said")


def test_plural_people_of_a_party_or_a_persuasion_say_as_a_group():
    out = attribute("Social conservatives say the bills are necessary.", "Most Republicans say they are embarrassed.",
                    "Friends say he has not lived in Washington for years.")
    assert [(a.kind, a.speaker, a.cue) for a in out] == [
        ("group", "Social conservatives", "say"), ("group", "Most Republicans", "say"), ("group", "Friends", "say")]


def test_a_described_name_after_a_quotation_speaks_with_or_without_an_adjunct():
    out = attribute('"This is simple," said Clinton campaign manager Robby Mook in a statement.',
                    '"Our friends no longer trust us," former Florida governor Jeb Bush said.',
                    '“We should lay off Bernie,” Senate minority leader Harry Reid told reporters in Washington.',
                    '"Somebody entered the country," the White House spokesman, Josh Earnest, said on Thursday.')
    assert [(a.kind, a.speaker) for a in out] == [
        ("person", "Robby Mook"), ("person", "Jeb Bush"), ("person", "Harry Reid"), ("person", "Josh Earnest")]


def test_a_list_of_titled_names_is_no_tail_after_a_quotation():
    out = attribute("Today, Secretary Ana Ruiz, Senior Response Official at Operation Allies Welcome Bob Fenton, and "
                    "Director Tom Lee visited the base.")
    assert out[0].kind == "none"


def test_a_source_named_only_by_what_it_is_speaks_as_written_not_as_the_last_speaker():
    out = attribute("Prime Minister Ana Ruiz said she was pleased.",
                    '"The flight was on time," the airline said Thursday.',
                    '"He is fun," the host said.',
                    '"Mr. Trump refused to say," the letter says.',
                    "The Democratic presidential candidate said the meeting was private.")
    assert [(a.kind, a.speaker) for a in out[1:]] == [
        ("organization", "the airline"), ("person", "the host"), ("organization", "the letter"),
        ("person", "The Democratic presidential candidate")]


def test_money_raised_and_a_lead_kept_are_not_words():
    out = attribute("Senator Ted Cruz raised $23 million in the last quarter.",
                    "Senator Ted Cruz raised concerns about the deal.",
                    "Hillary Clinton is adding to her delegate lead over Bernie Sanders.",
                    "Senator Marco Rubio still maintains an overwhelming lead in endorsements.",
                    "Senator Marco Rubio maintained that the deal was flawed.",
                    "The foundation has accepted tens of millions of dollars from donors.")
    assert [(a.kind, a.cue) for a in out] == [
        ("none", ""), ("person", "raised"), ("none", ""), ("none", ""), ("person", "maintained"), ("none", "")]


def test_a_verb_that_is_also_a_plural_noun_after_a_number_is_a_noun():
    out = attribute("The first four states that vote hold few delegates.", "The two states reiterated their support.")
    assert [(a.kind, a.cue) for a in out] == [("none", ""), ("group", "reiterated")]


def test_passive_participles_and_raised_rates_are_not_words():
    out = attribute("The man accused of purchasing two of the guns will remain in custody.",
                    "Senator Ana Ruiz accused the regime of lying.",
                    "Mr. Obama raised tax rates on the rich.",
                    "Minister Ana Ruiz raised the issue of rates.")
    assert [(a.kind, a.cue) for a in out] == [("none", ""), ("person", "accused"), ("none", ""), ("person", "raised")]


def test_the_source_of_a_relative_clause_runs_to_its_who():
    text = "The deal was negotiated with help from Labor Secretary Tom Perez, who said he expects it to be ratified."
    out = attribute(text)
    assert (out[0].speaker, out[0].cue) == ("Tom Perez", "said")
    start, end = out[0].source_span
    assert text[start:end] == "Labor Secretary Tom Perez, who"


def test_a_plural_noun_before_its_verb_and_idioms_are_no_cues():
    out = attribute("Abortion rights advocates said the ruling made it critical.",
                    "But FEC reports show that four groups spent $1.1 million.",
                    "All told, the group met last week.",
                    "As they say in baseball, he boat-raced her.",
                    "The two young reporters who raised their hands are Anna Palmer and Jake Sherman.")
    assert [(a.kind, a.speaker, a.cue) for a in out] == [
        ("group", "Abortion rights advocates", "said"), ("none", "", ""), ("none", "", ""), ("none", "", ""),
        ("none", "", "")]


def test_an_unnamed_subject_speaks_only_if_it_can_be_someone():
    out = attribute("The implication is clear: she will not win.", "The businessman said he would sue.",
                    "The coalition said it would sue.", "The number shows growth.")
    assert [(a.kind, a.speaker) for a in out] == [
        ("none", ""), ("person", "The businessman"), ("organization", "Coalition"), ("none", "")]


def test_news_subjects_with_a_day_a_capitalised_name_word_or_a_later_and_said():
    out = attribute("Senator Hillary Clinton spoke.",
                    'He looks forward to his day in court," Trump campaign spokeswoman Hope Hicks said in the statement.',
                    "RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.",
                    "Clinton celebrated in Florida with supporters and said it was another step closer.",
                    "Gary Emineth, a former state party chairman, became a delegate and said he is leaning toward Trump.",
                    "*Task Force Discussed Tackling Extreme Heat and Lowering Energy Costs*")
    assert [(a.speaker, a.cue) for a in out[1:5]] == [
        ("Hope Hicks", "said"), ("Sean Spicer", "said"), ("Hillary Clinton", "said"), ("Gary Emineth", "said")]
    assert (out[5].speaker, out[5].cue) == ("Task Force", "Discussed")


def test_a_who_apposition_with_a_quotation_and_a_day_that_opens_the_sentence():
    out = attribute("Senator Tom Humphrey spoke.",
                    "Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort needs an alternative.",
                    "Tuesday at Baldwin Wallace University, the governor said he was ready.")
    assert (out[1].speaker, out[1].cue) == ("Tom Humphrey", "said")
    assert "Tuesday" not in out[2].speaker


def test_news_names_keep_no_description_possession_or_adverb():
    out = attribute("Senator Ted Cruz and Hillary Clinton spoke.",
                    "Donald Trump’s campaign is defending his tweets.",
                    "Democrat Hillary Clinton says she opposes the deal.",
                    "Republican nominee Donald Trump has called for the repeal of the law.",
                    "Cruz himself said he was ready.",
                    "Pagliano’s lawyer has said he will refuse to answer.",
                    "Twelve percent indicated that they were not sure.")
    assert [(a.kind, a.speaker) for a in out[1:]] == [
        ("organization", "Donald Trump’s campaign"), ("person", "Hillary Clinton"), ("person", "Donald Trump"),
        ("person", "Ted Cruz"), ("person", "Pagliano’s lawyer"), ("group", "Twelve percent")]


def test_no_person_is_named_after_a_lower_case_word_or_a_body():
    at = DocumentAttributor()
    sentences = ["Members of the Congressional Black Caucus met.", "Republican nominee Donald Trump said so.",
                 "Cruz himself said he was ready."]
    at.scan_people(sentences)
    for s in sentences:
        at.attribute(s)
    names = {p.name for p in at.people}
    assert names & {"Congressional Black Caucus", "Republican nominee Donald Trump", "Cruz himself"} == set()
    assert "Donald Trump" in names


def test_a_described_body_or_group_keeps_its_description():
    out = attribute("Rover bosses said the deal would be signed.", "Nationwide economist Alex Bannister said prices fell.")
    assert [(a.kind, a.speaker) for a in out] == [("group", "Rover bosses"), ("person", "Alex Bannister")]

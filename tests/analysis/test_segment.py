from analysis.segment import join_wrapped_lines, split_paragraphs, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_genre_abbreviations_do_not_end_sentences():
    text = ("BUSAN, S. Korea, Nov. 26 (Xinhua) -- Mr. Park met the U.S. envoy at No. 10 Downing St. "
            "on Sunday. President Joseph R. Biden, Jr. spoke with Dr. Kim. He left.")
    assert sentences(text) == [
        "BUSAN, S. Korea, Nov. 26 (Xinhua) -- Mr. Park met the U.S. envoy at No. 10 Downing St. on Sunday.",
        "President Joseph R. Biden, Jr. spoke with Dr. Kim.",
        "He left.",
    ]


def test_dotted_acronym_ends_a_sentence_before_an_opener():
    assert sentences("The talks were held in the U.S. The leaders agreed.") == [
        "The talks were held in the U.S.", "The leaders agreed."]


def test_question_exclamation_and_closing_quotes_and_emphasis():
    assert sentences('Is it over? "Yes." It is *done.* Then we left!') == [
        "Is it over?", '"Yes."', "It is *done.*", "Then we left!"]


def test_offsets_slice_the_original_text():
    text = "  First one.  Second one follows. "
    for s, e in split_sentences(text):
        assert text[s:e] == text[s:e].strip()
        assert text[s:e].endswith(".")


def test_hard_wrapped_lines_join_into_paragraphs():
    text = "One line\nwrapped here.\n\n \u00a0\nNew paragraph\r\nagain.\n"
    assert split_paragraphs(text) == ["One line wrapped here.", "New paragraph again."]
    assert join_wrapped_lines(" a\n  b\u00a0 c ") == "a b c"


def test_a_title_abbreviation_before_a_pronoun_ends_a_sentence():
    p = "SM Teo called on Prime Minister Hun Sen. They reaffirmed the ties. Sen. Warren spoke."
    assert [p[s:e] for s, e in split_sentences(p)] == [
        "SM Teo called on Prime Minister Hun Sen.", "They reaffirmed the ties.", "Sen. Warren spoke."]


def test_a_web_address_ends_a_sentence_but_a_dotted_acronym_needs_an_opener():
    text = ("Borrowers can report scams to ReportFraud.ftc.gov. Secretary Ana Lima discussed the plan. "
            "She met officials in Washington, D.C. Secretary Lima left.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Borrowers can report scams to ReportFraud.ftc.gov.",
        "Secretary Ana Lima discussed the plan.",
        "She met officials in Washington, D.C. Secretary Lima left.",
    ]


def test_each_item_of_a_list_is_a_paragraph_of_its_own():
    text = ("Recent actions include:\n\n-   On December 7, the President\n    announced new actions.\n"
            "-   On December 6, the Department announced\n    more.\n1. A numbered item.\n\n"
            "The plan costs\n2 million dollars.")
    assert split_paragraphs(text) == [
        "Recent actions include:",
        "- On December 7, the President announced new actions.",
        "- On December 6, the Department announced more.",
        "1. A numbered item.",
        "The plan costs 2 million dollars.",
    ]


def test_a_list_items_number_starts_its_first_sentence():
    assert sentences("1.  The Bureau has taken steps. Banks act.") == ["1.  The Bureau has taken steps.", "Banks act."]
    assert sentences("12. Minister Tan said so. He added more.") == ["12. Minister Tan said so.", "He added more."]
    assert sentences("It rose in 2023. The end.") == ["It rose in 2023.", "The end."]


def test_the_lines_of_a_roster_with_hard_breaks_are_paragraphs_but_wrapped_sentences_are_not():
    text = ("Attendees included:\n\nAgriculture Secretary Tom Vilsack  \nCommerce Secretary Gina Raimondo  \n"
            "Port Envoy John Porcari\n\nGovernor Mills of Maine:  \n“Maine is putting the funds\nto good use,”"
            " said the Governor.  \n  \nThe end.")
    assert split_paragraphs(text) == [
        "Attendees included:", "Agriculture Secretary Tom Vilsack", "Commerce Secretary Gina Raimondo",
        "Port Envoy John Porcari", "Governor Mills of Maine: “Maine is putting the funds to good use,” said the Governor.",
        "The end."]

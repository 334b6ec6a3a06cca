"""Which kind of answer a question asks for, and which sentences hold one."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_qa.chroma_records import decode_names, encode_names
from index.attribution import Reading, read_documents
from index.chunking import sentences
from index.corpus import Document
from retrieval.answer_types import (
    AnswerType,
    NameKind,
    Wanted,
    expected_name,
    expected_type,
    holds,
    holds_in_sentence,
    holds_wanted,
    instance_asked,
    introduction_asked,
    lacking_note,
    names_an_instance,
    names_new,
    only_a_time,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many people died in the fire?", AnswerType.COUNT),
        ("How many weeks did it last?", AnswerType.NUMBER),
        ("How much did the deal cost?", AnswerType.MONEY),
        ("How much money do the winners get?", AnswerType.MONEY),
        ("How much did the charity receive?", AnswerType.MONEY),
        ("How much did Sky bid for the rights?", AnswerType.MONEY),
        ("How much did the bank lend them?", AnswerType.MONEY),
        ("How much rain fell?", AnswerType.NUMBER),
        ("How old was the driver?", AnswerType.AGE),
        ("How long did the flight take?", AnswerType.DURATION),
        ("How long is the bridge?", AnswerType.NUMBER),
        ("How long will the pipeline be?", AnswerType.NUMBER),
        ("What time did the fire start?", AnswerType.CLOCK),
        ("What is the mass of the black hole?", AnswerType.MEASURE),
        ("On what date did they talk?", AnswerType.DATE),
        ("What day did the pipe burst?", AnswerType.DATE),
        ("How much of its budget did it spend on defence?", AnswerType.NUMBER),
        ("How far from the coast was the storm?", AnswerType.MEASURE),
        ("How big was the loan?", AnswerType.NUMBER),
        ("How did the two climbers die?", AnswerType.CAUSE_OF_DEATH),
        ("What killed the fish in the lake?", AnswerType.CAUSE_OF_DEATH),
        ("What did the senator die of?", AnswerType.CAUSE_OF_DEATH),
        ("When did the climbers die?", AnswerType.TIME),
        ("When did the shutdown begin?", AnswerType.TIME),
        ("On what date was the bill signed?", AnswerType.DATE),
        ("By what year should the pipeline be built?", AnswerType.YEAR),
        ("Who owned the boat?", None),
        ("Why did the company cut power?", AnswerType.REASON),
        ("What was the reason for the strike?", AnswerType.REASON),
        ("What did the company cut?", None),
        ("What was the vote count in the council?", AnswerType.NUMBER),
        ("What were the vote counts?", AnswerType.NUMBER),
        ("What's the death toll of the flood?", AnswerType.NUMBER),
        ("What is the population of Port Vale?", AnswerType.NUMBER),
        ("What is the name of the town?", None),
    ],
)
def test_the_question_says_what_kind_of_answer_it_wants(
    question: str, kind: AnswerType | None
) -> None:
    assert expected_type(question) is kind


def test_a_year_is_asked_for_as_a_year_not_any_date() -> None:
    assert holds("Greece wants to build the pipeline by 2025.", AnswerType.YEAR)
    assert not holds("The bill was signed on December 20.", AnswerType.YEAR)
    assert holds("The bill was signed on December 20.", AnswerType.TIME)


def test_numbers_in_digits_and_words() -> None:
    assert holds("At least seventeen people died.", AnswerType.NUMBER)
    assert holds("The pipeline is 2000 km long.", AnswerType.NUMBER)
    assert not holds("Olympiad participants complete a theory test.", AnswerType.NUMBER)


def test_an_age_a_span_of_time_and_a_sum_of_money_are_not_just_any_number() -> None:
    for text in (
        "Police believe him to be aged 25.",
        "The 15-year-old was taken to hospital.",
        "Emily Spanton, 39, met the officers.",
        "The suspects range in age from 21 to 78.",
        "The mathematician died on Monday at 103 years of age.",
        "The actor dies at 97.",
        "James Fields, now 22, was sentenced on Friday.",
        "She left the stage when she was about 57.",
    ):
        assert holds(text, AnswerType.AGE), text
    assert not holds("Twelve people were arrested on Monday.", AnswerType.AGE)
    assert not holds("He was paid $5,479,761 in 2019.", AnswerType.AGE), "a group of digits"
    assert holds("The 22-mile journey took 22 minutes.", AnswerType.DURATION)
    assert holds("He ruled for three decades.", AnswerType.DURATION)
    assert holds("He had been employed with the police since 2003.", AnswerType.DURATION)
    assert not holds("The 22-mile journey ended near Dover.", AnswerType.DURATION)
    assert holds("The estimated cost is six billion euros.", AnswerType.MONEY)
    assert holds("Carriage fees of £30m were agreed.", AnswerType.MONEY)
    assert not holds("The pipeline will carry 10 billion cubic meters.", AnswerType.MONEY)
    assert holds("They share an award of SEK9 million (about USD910 thousand).", AnswerType.MONEY)
    assert holds("The fine was 500 EUR.", AnswerType.MONEY)
    assert not holds("The site was written in PHP by a team of ten.", AnswerType.MONEY)
    assert holds("It will cost up to 750 million Norwegian crowns.", AnswerType.MONEY)
    assert holds("The fine is 20,000 kroner.", AnswerType.MONEY)
    assert not holds("The Crown Prosecution Service charged two men.", AnswerType.MONEY)
    assert not holds("The team won three crowns in a row.", AnswerType.MONEY)


def names_read_in(text: str) -> Reading:
    """What the indexer reads of the article ``text``: its sentences' names among the rest."""
    document = Document(doc_id="a", source=Path("a.txt"), title="A", text=text)
    (reading,) = read_documents([(text, sentences(document))])
    return reading


def test_a_persons_age_in_words_ends_its_clause() -> None:
    assert holds("I was eight when I first wore the hijab.", AnswerType.AGE)
    assert holds("She was eleven, and her brother nine.", AnswerType.AGE)
    assert not holds("He was one of the founders.", AnswerType.AGE)
    assert not holds("They were two of the victims.", AnswerType.AGE)
    assert not holds("There were two.", AnswerType.AGE)


def test_a_count_is_what_the_recogniser_labels_one_not_a_year() -> None:
    text = "The district was recaptured in 2016. The accident killed eleven."
    reading = names_read_in(text)
    recaptured, killed = (reading.names.get(n, ()) for n in (0, 1))
    assert not holds_in_sentence(
        "The district was recaptured in 2016.", recaptured, AnswerType.COUNT
    )
    assert holds_in_sentence("The accident killed eleven.", killed, AnswerType.COUNT)


def test_a_relative_clause_about_something_else_holds_no_answer() -> None:
    """The number and year of "Storm Berta, which killed over 6,000 people in 2004" are
    Berta's: no answer to a question about Storm Alda, but one to a question about Berta; and
    "Gupta, who is 33" still tells Gupta's age."""
    berta = "Alda struck the same area as Storm Berta, which killed over 6,000 people in 2004."
    reading = names_read_in(berta)
    names = reading.names.get(0, ())
    assert holds_in_sentence(berta, names, AnswerType.COUNT)
    assert not holds_in_sentence(berta, names, AnswerType.COUNT, "How many did Storm Alda kill?")
    assert holds_in_sentence(berta, names, AnswerType.COUNT, "How many did Storm Berta kill?")
    assert lacking_note("When did Storm Alda strike?", [berta]) is not None
    assert lacking_note("When did Storm Berta strike?", [berta]) is None
    assert lacking_note("How old is Gupta?", ["Ravi Gupta, who is 33, won the seat."]) is None


def test_an_excerpt_about_someone_else_does_not_give_the_person_asked_about_a_number() -> None:
    """ "How many votes did Jeremy Hunt get?" and only Johnson's votes: the note is shown; an
    excerpt that names Hunt, or speaks of him as "he", may give his."""
    question = "How many votes did Jeremy Hunt get?"
    johnson = "Boris Johnson was elected on Tuesday, winning 92,153 votes."
    assert lacking_note(question, [johnson]) is None
    assert lacking_note(question, [johnson], {"jeremy", "hunt"}) is not None
    assert lacking_note(question, ["Hunt won 46,656 votes."], {"jeremy", "hunt"}) is None
    assert lacking_note(question, ["He won 46,656 votes."], {"jeremy", "hunt"}) is None


def test_a_measure_is_a_number_with_a_unit() -> None:
    assert holds("The storm was about 90 miles (145 km) south of the coast.", AnswerType.MEASURE)
    assert holds("It reached a top speed of about 18 mph.", AnswerType.MEASURE)
    assert holds("The dinosaur weighed about ten lbs.", AnswerType.MEASURE)
    assert holds("The planet is 50 light years from Earth.", AnswerType.MEASURE)
    assert not holds("About 90 people were evacuated from the coast.", AnswerType.MEASURE)


def test_a_cause_of_death_is_how_someone_died_not_that_they_did() -> None:
    for text in (
        "Most of the deceased suffocated, local media reported.",
        "All five deaths were caused by carbon monoxide poisoning.",
        "He died of a heart attack on Sunday.",
        "Two fishermen drowned when the boat capsized.",
        "Huber succumbed to an unspecified lung disorder on Saturday.",
        "He was killed last week by a military airstrike in Iraq.",
    ):
        assert holds(text, AnswerType.CAUSE_OF_DEATH), text
    assert not holds("At least seventeen people died on Tuesday.", AnswerType.CAUSE_OF_DEATH)
    assert not holds("The home side succumbed in the final minutes.", AnswerType.CAUSE_OF_DEATH)
    assert not holds("He killed a deer by the river.", AnswerType.CAUSE_OF_DEATH)
    assert not holds("He was killed as announced by the army.", AnswerType.CAUSE_OF_DEATH)


def test_reasons_as_causes_and_purposes() -> None:
    assert holds("The power was cut because the winds rose.", AnswerType.REASON)
    assert holds("They set the trap in a bid to sell the meat.", AnswerType.REASON)
    assert holds("She did so at the request of the prime minister.", AnswerType.REASON)
    assert holds("He was sentenced for driving his car into a crowd.", AnswerType.REASON)
    assert holds("They pleaded guilty on condition the death penalty was off.", AnswerType.REASON)
    assert not holds("He was sentenced for nothing less than life.", AnswerType.REASON)
    assert not holds("The power was cut on Sunday night.", AnswerType.REASON)
    assert holds("That's why they left the party.", AnswerType.REASON)
    # "why" that asks, even inside a sentence, gives no reason
    assert not holds("They tried to figure out why it was slow.", AnswerType.REASON)


def test_the_agent_of_a_passive_is_who_did_it_not_the_means() -> None:
    assert holds_wanted("He was killed by militants.", Wanted.AGENT)
    assert holds_wanted("The games were hosted by Beijing.", Wanted.AGENT)
    assert not holds_wanted("It was started by building on an older game.", Wanted.AGENT)


def test_a_question_holds_no_answer() -> None:
    """An interviewer's question printed without its reply names a place and a reason, yet
    answers neither."""
    question = "((WN)) : Why did you move to Sydney in 2015?"
    assert not holds_wanted(question, Wanted.PLACE)
    assert not holds_wanted(question, Wanted.ANY)
    assert holds_wanted("I moved to Sydney in 2015 for work.", Wanted.PLACE)


def test_an_age_tells_when_in_a_life_so_no_note_says_there_is_no_time() -> None:
    question = "When did she go to Australia?"
    assert lacking_note(question, ["She moved to Australia at the age of 19."]) is None
    assert lacking_note(question, ["She left Tanzania when she was 16."]) is None
    assert lacking_note(question, ["She moved to Australia with her sister."]) is not None


def test_times_as_dates_years_and_relative_days() -> None:
    assert holds("The lockdown started on December 22, last year.", AnswerType.TIME)
    assert holds("It should be built by 2025.", AnswerType.TIME)
    assert holds("Police arrived yesterday.", AnswerType.TIME)
    assert holds("The first crewed flight might take place this summer.", AnswerType.TIME)
    assert holds("The bus crashed at around 15:00 local time.", AnswerType.TIME)
    assert holds("The bridge reopens in the spring.", AnswerType.TIME)
    assert holds("It was carried for the first time in nearly eight decades.", AnswerType.TIME)
    assert holds("Seafloor spreading was found in the 1960s.", AnswerType.TIME)
    assert holds("The fire broke out at 6:20 pm.", AnswerType.CLOCK)
    assert holds("It has a mass of at least 4.2 M☉.", AnswerType.MEASURE)
    assert not holds("They found 5 mice.", AnswerType.MEASURE)
    assert holds("The fire broke out shortly after midnight.", AnswerType.CLOCK)
    assert not holds("The fire broke out in 2019.", AnswerType.CLOCK)
    assert holds("The pipe burst on Monday.", AnswerType.DATE)
    assert holds("The bill was signed on December 20.", AnswerType.DATE)
    assert not holds("The bill was signed in 2019.", AnswerType.DATE)
    assert not holds("The pipeline capacity is large.", AnswerType.TIME)
    # a time told from now
    assert holds("A report would be available in the next few weeks.", AnswerType.TIME)
    assert holds("The results are expected within days.", AnswerType.TIME)
    assert holds("The bridge reopens in two months.", AnswerType.TIME)
    assert not holds("The bridge was closed for two months.", AnswerType.TIME)


def test_excerpts_are_said_to_lack_only_a_kind_of_answer_text_shows() -> None:
    held = ["The driver, aged 25, was arrested.", "Police closed the road."]
    assert lacking_note("How old was the driver?", held) is None
    note = lacking_note("How old was the driver?", held[1:])
    assert note is not None and "an age" in note
    # a reason is given in too many ways to tell that none is
    assert lacking_note("Why was the road closed?", held[1:]) is None
    assert lacking_note("Who closed the road?", held[1:]) is None
    assert lacking_note("How much did the kit cost?", ["The kit cost 75 cents."]) is None


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Who is the suspect in the shooting?", NameKind.PERSON),
        ("Who is William Conley?", None),  # who he is: a description, not another name
        ("Where did she study?", NameKind.INSTITUTION),  # a school as much as a place
        ("To whom did she send the map?", NameKind.PERSON),
        ("Where did the two victims come from?", NameKind.PLACE),
        ("Which airport was the plane trying to land at?", NameKind.PLACE),
        ("Which airline owned the plane?", NameKind.ORGANISATION),
        ("What party rules the city?", None),
        ("How many people died?", None),
        ("What name would the storm have got?", NameKind.ANY),  # what it is called
        ("What is the new party called?", NameKind.ANY),
        ("What's the name of the ship?", NameKind.ANY),
        ("What happened to the ship?", None),
    ],
)
def test_the_question_says_what_kind_of_name_it_wants(question: str, kind: NameKind | None) -> None:
    assert expected_name(question) is kind


def test_a_name_counts_only_when_the_question_does_not_give_it() -> None:
    question = "Who is the suspect in the El Paso shooting?"
    assert names_new([("GPE", "El Paso"), ("PERSON", "Pat Doe")], NameKind.PERSON, question)
    assert not names_new([("GPE", "El Paso")], NameKind.PLACE, question)
    assert not names_new([("ORG", "Walmart")], NameKind.PERSON, question)


def test_a_streets_name_is_a_place_whatever_the_recogniser_labelled_it() -> None:
    question = "Which street did the coach crash on?"
    assert names_new([("PERSON", "Ashfield Lane")], NameKind.PLACE, question)
    assert names_new([("ORG", "Station Rd.")], NameKind.PLACE, question)
    assert not names_new([("PERSON", "Lane Ashfield")], NameKind.PLACE, question)
    assert names_new([("PERSON", "Ashfield Lane")], NameKind.PERSON, "Who was hurt?")  # as labelled


def test_names_are_read_at_index_time_by_the_entity_recogniser() -> None:
    text = "Flights resumed on Monday.\n\nThe plane came down near Fath Airport, west of Tehran.\n"
    reading = names_read_in(text)
    assert ("FAC", "Fath Airport") in reading.names[1]
    assert ("GPE", "Tehran") in reading.names[1]


def test_a_name_with_a_country_apposed_and_nothing_more_is_a_place() -> None:
    text = (
        "Shooting near the border\n\n"
        "The store is five miles from the crossing between El Paso and Ciudad Juárez, Mexico, "
        "separated by the Rio Grande.\n"
    )
    reading = names_read_in(text)
    labels = {name: label for label, name in reading.names[1]}
    assert labels.get("Ciudad Juárez") == "GPE", "the recogniser reads it as a person"


def test_a_list_of_names_keeps_its_people_whatever_one_was_taken_for() -> None:
    from spacy.tokens import Doc, Span

    from article_qa.nlp import pipeline
    from index.attribution import _label

    words = "Hawkins , Blankenship , and Carroll spoke . Manay , Davao Oriental .".split()
    doc = Doc(pipeline().vocab, words=words)
    doc.ents = [
        Span(doc, 0, 1, "PERSON"),  # Hawkins
        Span(doc, 2, 3, "GPE"),  # Blankenship, misread
        Span(doc, 8, 9, "PERSON"),  # Manay, misread
        Span(doc, 10, 12, "GPE"),  # Davao Oriental
    ]
    hawkins, _, manay, _ = doc.ents
    assert _label(hawkins) == "PERSON"
    assert _label(manay) == "GPE"


def test_names_survive_the_trip_through_the_store() -> None:
    names = (("GPE", "El Paso"), ("ORG", "A|B Holdings"), ("PERSON", "Dee Margo"))
    assert decode_names(encode_names(names)) == (
        ("GPE", "El Paso"),
        ("ORG", "A B Holdings"),
        ("PERSON", "Dee Margo"),
    )
    assert decode_names("") == ()


@pytest.mark.parametrize(
    ("phrase", "a_time"),
    [
        ("afterwards", True),
        ("on Tuesday", True),
        ("in May 2020", True),
        ("at first", True),
        ("the vote", False),
        ("the vote on Monday", False),
        ("refugees", False),
    ],
)
def test_a_phrase_that_only_says_when_is_told_apart(phrase: str, a_time: bool) -> None:
    assert only_a_time(phrase) is a_time


@pytest.mark.parametrize(
    ("question", "sentence", "gives_an_age"),
    [
        ("How old is Bontddu Hall?", "The hall dates to 1873, originally a mansion.", True),
        ("How old is the airline?", "It was founded in 1992.", True),
        ("How old was she?", "She was born in April 1922 in Cincinnati.", True),
        ("How old is it?", "The cathedral, completed in the 13th century, is famous.", True),
        ("How old are the statues?", "The earliest statues date to the 13th century.", True),
        ("How old is the gunman?", "He fired at a crowd two years ago.", False),
        ("How old is the gunman?", "He completed his training in 2015.", False),
        ("How old is the bridge?", "The bridge was painted in 1990.", False),
    ],
)
def test_the_year_something_began_gives_its_age(
    question: str, sentence: str, gives_an_age: bool
) -> None:
    assert (lacking_note(question, [sentence]) is None) is gives_an_age


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which bridge was closed?", "bridge"),
        ("which tv show did de blasio announce it on?", "show"),
        ("What kind of buildup was it?", None),  # a description, not a name
        ("Which airport was hit?", None),  # a place, read as one already
        ("What year was it built?", None),
        ("What did he say?", None),
    ],
)
def test_a_question_for_one_of_a_kind_of_thing(question: str, kind: str | None) -> None:
    assert instance_asked(question) == kind


def test_a_named_instance_of_the_kind_asked_for() -> None:
    closed = "Which bridge was closed?"
    assert names_an_instance("Lanes on the George Washington Bridge were shut.", "bridge", closed)
    assert not names_an_instance("A major bridge was closed in 2013.", "bridge", closed)
    show = "which tv show did he announce it on?"
    assert names_an_instance("He said so on the MSNBC show Morning Joe.", "show", show)
    assert not names_an_instance("He said so live on television.", "show", show)
    # not the one the question names itself
    assert not names_an_instance(
        "The Tower Bridge opened in 1894.", "bridge", "Which bridge did the Tower Bridge replace?"
    )


@pytest.mark.parametrize(
    ("question", "introduced"),
    [
        ("Who is Michael Avenatti?", "Michael Avenatti"),
        ("who's McCarthy exactly?", "McCarthy"),
        ("What happened to the pilots?", "the pilots"),
        ("What happened to the bridge after the storm?", "the bridge"),
        ("who is avenatti", "avenatti"),
        ("Who is the suspect?", None),
        ("who is exempt?", None),
        ("Who is NATO's Secretary-General?", None),
        ("who's doing Ford's own investigation?", None),
        ("Who was shot?", None),
        ("What happened?", None),
    ],
)
def test_who_someone_is_and_what_happened_to_someone_ask_for_an_introduction(
    question: str, introduced: str | None
) -> None:
    names = {"avenatti", "michael avenatti"}
    assert introduction_asked(question, lambda who: who.lower() in names) == introduced


def test_seasons_and_terms_are_lengths_of_time() -> None:
    """ "How long did she play?" is answered by "played eight seasons", "How long did he
    serve?" by "served two terms": no note that the article may not say."""
    marsh = "Marsh, 45, is a former point guard who played eight seasons in the league."
    assert lacking_note("How long did she play professionally?", [marsh]) is None
    hale = "Hale served two terms as mayor before running for the Senate."
    assert lacking_note("How long was Hale mayor?", [hale]) is None
    assert lacking_note("How long was Hale mayor?", ["Hale ran for the Senate."]) is not None


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The regulator fined the company 5 billion koruna.", True),
        ("It was sold for 750 million Norwegian crowns.", True),
        ("The strike cost millions of dollars.", True),
        ("Sky bid £4.2bn for the rights.", True),
        ("Every dollar spent on pay is a dollar not spent on patients.", False),
        ("The pound fell against the euro on Friday.", False),
    ],
)
def test_a_currency_is_a_sum_of_money_only_after_an_amount(text: str, money: bool) -> None:
    assert holds(text, AnswerType.MONEY) is money

"""How a follow-up is read against the conversation so far (no model, no index)."""

from __future__ import annotations

from dataclasses import replace

from retrieval.answer_types import Wanted, holds_wanted
from retrieval.conversation import Conversation, Turn
from retrieval.followups import Kind, read_followup, things_in
from retrieval.types import Citation

SPEAKERS = ("Jens Stoltenberg", "Ahmet Davutoglu", "Maria Lindqvist")


def turn(
    question: str,
    speakers: tuple[str, ...] = (),
    topic: str | None = None,
    named: tuple[str, ...] = (),
    quoted: bool = False,
) -> Turn:
    """A turn whose answer cites one excerpt per person ``named``: their statement when
    ``quoted``, else a sentence that names them."""
    cited = tuple(
        Citation(f"{n} was there.", "a.txt", "a", "A", 1, i * 10, i * 10 + 9, 1.0, None)
        for i, n in enumerate(named)
    )
    if quoted:
        cited = tuple(replace(c, speaker=n) for c, n in zip(cited, named, strict=True))
    return Turn(
        question=question,
        understood_as=question,
        speakers=speakers,
        topic=topic,
        named=named,
        things=things_in(question, SPEAKERS),
        citations=cited,
    )


def after(*turns: Turn) -> Conversation:
    return Conversation(turns)


ASKED_DAVUTOGLU = turn("What did Davutoglu say?", speakers=("Ahmet Davutoglu",))


def test_a_pronoun_is_the_person_the_previous_turn_asked_about() -> None:
    reading = read_followup("What did he say about refugees?", after(ASKED_DAVUTOGLU), SPEAKERS)
    assert reading.kind is Kind.REWRITTEN
    assert reading.question == "What did Ahmet Davutoglu say about refugees?"


def test_an_object_pronoun_after_the_subject_one_is_what_the_previous_turn_asked_about() -> None:
    previous = turn(
        "What did Davutoglu say about the pilot?", speakers=("Ahmet Davutoglu",), topic="the pilot"
    )
    reading = read_followup("What does he want to do with him?", after(previous), SPEAKERS)
    assert reading.question == "What does Ahmet Davutoglu want to do with the pilot?"


def test_he_and_him_are_the_one_who_spoke_and_the_one_spoken_of_not_asked_back() -> None:
    previous = turn(
        "What did Davutoglu say about John Kerry?",
        speakers=("Ahmet Davutoglu",),
        topic="John Kerry",
    )
    reading = read_followup("Did he endorse him?", after(previous), SPEAKERS, NAMES)
    assert reading.kind is Kind.REWRITTEN
    assert reading.question == "Did Ahmet Davutoglu endorse John Kerry?"


def test_he_is_not_the_group_someone_has_but_the_one_who_has_it() -> None:
    previous = turn("What do Ivan Roe's aides say?", speakers=("Ivan Roe's aides",))
    reading = read_followup("Where is he now?", after(previous), SPEAKERS)
    assert reading.question == "Where is Ivan Roe now?"


def test_a_possessive_becomes_the_name_with_s() -> None:
    reading = read_followup("What was his reaction?", after(ASKED_DAVUTOGLU), SPEAKERS)
    assert reading.question == "What was Ahmet Davutoglu's reaction?"


def test_only_the_first_pronoun_becomes_the_name_the_rest_point_back_to_it() -> None:
    asked = turn("What did Lindqvist say?", speakers=("Maria Lindqvist",))
    reading = read_followup("What did she say about her marriage?", after(asked), SPEAKERS)
    assert reading.question == "What did Maria Lindqvist say about her marriage?"
    reading = read_followup("Did his son agree with him?", after(ASKED_DAVUTOGLU), SPEAKERS)
    assert reading.question == "Did Ahmet Davutoglu's son agree with him?"


def answered(question: str, quote: str, named: tuple[str, ...]) -> Turn:
    cited = Citation(quote, "a.txt", "a", "A", 1, 0, len(quote), 1.0, None)
    return Turn(question, question, (), None, named, (), (cited,))


def test_after_who_was_someone_described_he_is_the_one_the_answer_calls_so() -> None:
    for quote in (
        "The mayor of Harwick, Paul Dunne, said the town was in shock.",
        "The town is run by Labour, with Paul Dunne the current mayor.",
    ):
        mayor = answered("Who is the mayor of Harwick?", quote, ("Paul Dunne",))
        reading = read_followup("What did he say?", after(mayor), SPEAKERS)
        assert reading.question == "What did Paul Dunne say?", quote


def test_after_who_was_someone_described_he_is_that_one_when_the_answer_names_another() -> None:
    for quote in (
        "Prosecutor Lena Ortiz said the attacker's brother was questioned.",
        "Prosecutor Lena Ortiz said the attacker was a dock worker.",
    ):
        attacker = answered("Who was the attacker?", quote, ("Lena Ortiz",))
        reading = read_followup("How old was he?", after(attacker), SPEAKERS)
        assert reading.question == "How old was the attacker?", quote


def test_failing_an_asked_person_the_one_person_the_answer_quoted() -> None:
    previous = turn("Who defended Turkey?", named=("Jens Stoltenberg", "Jens Stoltenberg"))
    reading = read_followup("What else did she say?", after(previous), SPEAKERS)
    assert reading.question == "What else did Jens Stoltenberg say?"


def test_two_possible_people_are_asked_back_not_guessed() -> None:
    previous = turn("Who spoke at the meeting?", named=("Jens Stoltenberg", "Ahmet Davutoglu"))
    reading = read_followup("What else did he say?", after(previous), SPEAKERS)
    assert reading.kind is Kind.CLARIFY
    assert reading.options == ("Jens Stoltenberg", "Ahmet Davutoglu")


def test_she_is_not_a_man_the_articles_call_he() -> None:
    previous = turn("Who spoke at the meeting?", named=("Jens Stoltenberg", "Maria Lindqvist"))
    genders = {"Jens Stoltenberg": "m", "Maria Lindqvist": "f"}
    reading = read_followup("What else did she say?", after(previous), SPEAKERS, genders=genders)
    assert reading.question == "What else did Maria Lindqvist say?"
    # someone the articles tell nothing of may still be either
    unknown = read_followup("What else did she say?", after(previous), SPEAKERS)
    assert unknown.kind is Kind.CLARIFY


def test_she_is_no_name_the_articles_give_only_as_a_source() -> None:
    previous = turn("What did Stardom say?", speakers=("Stardom",), named=("Hana Kimura",))
    genders = {"Hana Kimura": "f"}
    sources = {"Stardom"}.__contains__  # "Stardom's official statement read ..."
    reading = read_followup(
        "what show was she on?", after(previous), SPEAKERS, genders=genders, a_source=sources
    )
    assert reading.person != "Stardom" and "Stardom on" not in reading.question
    unknown = read_followup("what show was she on?", after(previous), SPEAKERS, genders=genders)
    assert unknown.person == "Stardom"  # (not told: a name no pronoun tells of may be anyone)


def test_when_the_last_answer_names_only_a_woman_he_is_the_man_its_question_named() -> None:
    replaced = answered(
        "Who replaced Hale?", "Hale will be replaced by Ana Ruiz, the town clerk.", ("Ana Ruiz",)
    )
    names = {"hale": ((("hale",), "Hale", "PERSON"),)}
    reading = read_followup(
        "Why did he resign?", after(replaced), SPEAKERS, names, genders={"Ana Ruiz": "f"}
    )
    assert reading.question == "Why did Hale resign?"
    # without the article's word on her, the answer's person is meant ("Who met Putin?")
    unknown = read_followup("Why did he resign?", after(replaced), SPEAKERS, names)
    assert unknown.question == "Why did Ana Ruiz resign?"


def test_one_the_articles_call_he_is_a_person_whatever_the_recogniser_labelled_him() -> None:
    """The recogniser took "Gaspar Maroth" for an organisation, but the article calls him "he":
    "him" after a question about him is he, not a company an earlier answer named."""
    bought = turn("Which company did HDT buy?", named=("Vedelmi Ipari Kft",))
    asked = turn("What did the commissioner say about the loan?", speakers=("Gaspar Maroth",))
    names = {"gaspar": ((("gaspar", "maroth"), "Gaspar Maroth", "ORG"),)}
    reading = read_followup(
        "Do experts agree with him?",
        after(bought, asked),
        ("Gaspar Maroth",),
        names,
        genders={"Gaspar Maroth": "m"},
    )
    assert reading.question == "Do experts agree with Gaspar Maroth?"
    # with nothing to tell he is a person, a body's name is no "him"
    unknown = read_followup("Do experts agree with him?", after(bought, asked), (), names)
    assert unknown.question == "Do experts agree with Vedelmi Ipari Kft?"


def test_a_pronoun_no_one_in_the_last_turn_fits_is_someone_from_the_turn_before() -> None:
    first = turn("What did Davutoglu say?", speakers=("Ahmet Davutoglu",))
    second = turn("What did Lindqvist say?", speakers=("Maria Lindqvist",))
    reading = read_followup(
        "What did he say about Russia?",
        after(first, second),
        SPEAKERS,
        genders={"Maria Lindqvist": "f"},
    )
    assert reading.question == "What did Ahmet Davutoglu say about Russia?"


def test_asked_what_he_said_the_one_of_two_people_who_is_quoted_is_meant() -> None:
    previous = turn("Who announced his death?", named=("Ahmet Davutoglu", "Omar Khalil"))
    said = read_followup("What did he say about the pilot?", after(previous), SPEAKERS)
    assert said.question == "What did Ahmet Davutoglu say about the pilot?"
    # any other question about him still could mean either
    other = read_followup("Where was he born?", after(previous), SPEAKERS)
    assert other.kind is Kind.CLARIFY


def test_after_who_is_someone_named_the_pronoun_is_that_person() -> None:
    previous = turn("who is stoltenberg", named=("Jens Stoltenberg", "Ahmet Davutoglu"))
    reading = read_followup("What did he say about Russia?", after(previous), SPEAKERS)
    assert reading.question == "What did Jens Stoltenberg say about Russia?"


def test_a_short_question_naming_someone_is_taken_as_it_is() -> None:
    previous = turn("How many people died in the stampede?")
    names = {"soleimani": ((("soleimani",), "Soleimani", "PERSON"),)}
    reading = read_followup("who was Soleimani?", after(previous), SPEAKERS, names)
    assert reading.kind is Kind.STANDALONE


def test_a_common_word_of_an_organisations_name_is_no_name_before_the_pronoun() -> None:
    speakers = (*SPEAKERS, "The Ministry of Health")
    reading = read_followup("The day after, what did he say?", after(ASKED_DAVUTOGLU), speakers)
    assert reading.question == "The day after, what did Ahmet Davutoglu say?"


def test_and_a_surname_of_someone_the_corpus_names_asks_about_that_person() -> None:
    previous = turn(
        "What did Stoltenberg say about Russia?", speakers=("Jens Stoltenberg",), topic="Russia"
    )
    names = {"john": ((("john", "kerry"), "John Kerry", "PERSON"),)}
    reading = read_followup("and Kerry?", after(previous), SPEAKERS, names)
    assert reading.question == "What did Kerry say about Russia?"


def test_a_topic_that_is_itself_a_question_is_not_carried_to_the_next_person() -> None:
    previous = Turn(
        "what admission is she talking about",
        "what admission is Maria Lindqvist talking about",
        ("Maria Lindqvist",),
        "what admission is talking about",
        ("Maria Lindqvist",),
        (),
        (),
    )
    reading = read_followup("and Stoltenberg?", after(previous), SPEAKERS)
    assert reading.question == "What did Stoltenberg say?"


def test_a_person_asked_about_by_a_tie_to_someone_named_is_the_one_the_pronoun_means() -> None:
    previous = turn("What was Kobe Bryant's daughter called?")
    names = {"kobe": ((("kobe", "bryant"), "Kobe Bryant", "PERSON"),)}
    she = read_followup("how old was she?", after(previous), SPEAKERS, names)
    assert she.question == "how old was Kobe Bryant's daughter?"
    # a daughter is not "he": he is the one her tie names
    he = read_followup("how old was he?", after(previous), SPEAKERS, names)
    assert he.question == "how old was Kobe Bryant?"


def test_after_who_the_pronoun_is_the_person_the_answer_gave_not_the_one_asked_with() -> None:
    previous = turn("Who met with Putin last week?", named=("Francois Hollande", "Vladimir Putin"))
    reading = read_followup("What is his country doing?", after(previous), SPEAKERS)
    assert reading.question == "What is Francois Hollande's country doing?"


def test_after_another_question_the_pronoun_is_the_person_it_named() -> None:
    previous = turn("Where did Kerry fly on Monday?", named=("Sergei Lavrov", "John Kerry"))
    reading = read_followup("Whom did he meet there?", after(previous), SPEAKERS)
    assert reading.question == "Whom did John Kerry meet there?"


def test_a_pronoun_is_the_person_the_previous_question_named_whoever_its_answer_named() -> None:
    names = {"doris": ((("doris", "day"), "Doris Day", "PERSON"),)}
    previous = turn("how old was doris day when she died?", named=("Terry Melcher",))
    reading = read_followup("where did she pass away?", after(previous), SPEAKERS, names)
    assert reading.question == "where did Doris Day pass away?"


def test_an_ellipsis_with_a_person_replaces_the_person() -> None:
    previous = turn("What did Davutoglu say about Syria?", ("Ahmet Davutoglu",), "Syria")
    reading = read_followup("And Stoltenberg?", after(previous), SPEAKERS)
    assert reading.question == "What did Stoltenberg say about Syria?"


def test_an_ellipsis_with_a_role_some_quoted_person_has_replaces_the_person() -> None:
    previous = turn("What did Davutoglu say about Syria?", ("Ahmet Davutoglu",), "Syria")
    roles = {"rapporteur", "envoy"}  # head nouns of the roles the articles give the quoted
    reading = read_followup("And the UN rapporteur?", after(previous), SPEAKERS, None, roles)
    assert reading.question == "What did the UN rapporteur say about Syria?"
    # a word that heads no role is a topic
    reading = read_followup("And the UN report?", after(previous), SPEAKERS, None, roles)
    assert reading.question == "What did Ahmet Davutoglu say about the UN report?"


def test_an_ellipsis_with_a_hyphenated_role_replaces_the_person() -> None:
    previous = turn("What did the lead author say?", ("Helena Voss",))
    asked = {
        "What about the co-author?": "What did the co-author say?",
        "and the ex-husband?": "What did the ex-husband say?",
    }
    for question, understood in asked.items():
        reading = read_followup(question, after(previous), SPEAKERS, None, {"author"})
        assert reading.question == understood
    # a hyphenated thing is a topic ("head" is a title only alone)
    reading = read_followup("What about the well-head?", after(previous), SPEAKERS, None)
    assert reading.question == "What did Helena Voss say about the well-head?"


def test_an_ellipsis_with_a_topic_replaces_the_topic() -> None:
    previous = turn("What did Stoltenberg say about Turkey?", ("Jens Stoltenberg",), "Turkey")
    for question in ("What about Russia?", "How about on Russia?"):
        reading = read_followup(question, after(previous), SPEAKERS)
        assert reading.question == "What did Jens Stoltenberg say about Russia?"


def test_an_ellipsis_after_a_fact_question_replaces_the_last_thing_named() -> None:
    previous = turn("How many people died in Karaj?")
    reading = read_followup("What about Magnitogorsk?", after(previous), SPEAKERS)
    assert reading.question == "How many people died in Magnitogorsk?"


def test_there_and_it_are_the_last_thing_named() -> None:
    previous = turn("Where is Fresno?")
    assert (
        read_followup("How many people live there?", after(previous), SPEAKERS).question
        == "How many people live in Fresno?"
    )


def test_a_pronoun_ending_the_clause_of_a_name_points_back_not_to_that_name() -> None:
    previous = turn("Why did Vessara close the Kelm bridge?")
    for question in ("What does UNESCO have to do with it?", "How is Ostravia involved in it?"):
        reading = read_followup(question, after(previous), SPEAKERS)
        assert reading.kind is Kind.REWRITTEN
        assert reading.question == f"{question} (after: {previous.understood_as})"
    who = read_followup("What did the WHO say about it?", after(previous), SPEAKERS)
    assert who.question == f"What did the WHO say about it? (after: {previous.understood_as})"
    # in another clause than the name, "it" may well be the name: taken as it is
    question = "What is UNESCO and who leads it?"
    assert read_followup(question, after(previous), SPEAKERS).question == question


def test_a_topic_carried_to_the_next_person_keeps_whose_it_was() -> None:
    previous = turn("What did Davutoglu say about his rally?", ("Ahmet Davutoglu",), "his rally")
    reading = read_followup("And Stoltenberg?", after(previous), SPEAKERS)
    assert reading.question == "What did Stoltenberg say about Ahmet Davutoglu's rally?"
    # a "his" after someone else the topic names may be theirs: left as it is
    theirs = turn(
        "What did Davutoglu say about Lindqvist and her rally?",
        ("Ahmet Davutoglu",),
        "Lindqvist and her rally",
    )
    reading = read_followup("And Stoltenberg?", after(theirs), SPEAKERS)
    assert reading.question == "What did Stoltenberg say about Lindqvist and her rally?"


def test_bare_wh_questions_are_about_the_previous_answer() -> None:
    expected = {
        "Why?": Wanted.REASON,
        "When?": Wanted.TIME,
        "Until when?": Wanted.TIME,
        "Where?": Wanted.PLACE,
        "By whom?": Wanted.AGENT,
        "How many?": Wanted.NUMBER,
        "When did that happen?": Wanted.TIME,
        "How?": Wanted.MANNER,
    }
    answered = turn("What happened in Ankara?", named=("Maria Lindqvist",))  # cited something
    for question, wanted in expected.items():
        reading = read_followup(question, after(answered), SPEAKERS)
        assert (reading.kind, reading.wanted) == (Kind.ABOUT_PREVIOUS, wanted), question


def test_a_negated_bare_wh_question_is_about_the_previous_answer_too() -> None:
    answered = turn("Is it a world record?", named=("Maria Lindqvist",))
    for question in ("Why not?", "Why wasn't it?", "When didn't it?"):
        reading = read_followup(question, after(answered), SPEAKERS)
        assert reading.kind is Kind.ABOUT_PREVIOUS, question


def test_why_with_a_degree_of_the_answer_is_about_the_previous_answer() -> None:
    answered = turn("When did Halvorsen tell customers?", named=("Maria Lindqvist",))
    for question in ("Why so long?", "why so late", "How come so few?"):
        reading = read_followup(question, after(answered), SPEAKERS)
        assert (reading.kind, reading.wanted) == (Kind.ABOUT_PREVIOUS, Wanted.REASON), question
    # a degree of something else is a question of its own
    reading = read_followup("Why so many boats?", after(answered), SPEAKERS)
    assert reading.kind is not Kind.ABOUT_PREVIOUS


def test_a_wh_word_after_a_preposition_is_a_bare_wh_question_too() -> None:
    expected = {
        "For how much?": Wanted.NUMBER,
        "To whom?": Wanted.PERSON,
        "And with whom?": Wanted.PERSON,
        "By how much?": Wanted.NUMBER,
        "By whom?": Wanted.AGENT,
    }
    answered = turn("What did the council sell?", named=("Maria Lindqvist",))
    for question, wanted in expected.items():
        reading = read_followup(question, after(answered), SPEAKERS)
        assert (reading.kind, reading.wanted) == (Kind.ABOUT_PREVIOUS, wanted), question
    in_a_year = read_followup("In which year?", after(answered), SPEAKERS)
    assert in_a_year.question == "In which year? (after: What did the council sell?)"


def test_after_an_answer_that_cited_nothing_a_bare_wh_question_takes_the_question_along() -> None:
    reading = read_followup("Why?", after(turn("What happened in Ankara?")), SPEAKERS)
    assert reading.kind is Kind.REWRITTEN
    assert reading.question == "Why? (after: What happened in Ankara?)"


def test_a_short_wh_question_with_a_word_of_its_own_is_asked_in_context() -> None:
    reading = read_followup("Who was killed afterwards?", after(turn("What happened in Ankara?")))
    assert reading.kind is Kind.REWRITTEN
    assert reading.question == "Who was killed afterwards? (after: What happened in Ankara?)"
    # a preposition says nothing of its own: "on board" is one word of the question's
    reading = read_followup("who was on board?", after(turn("When did the capsule launch?")))
    assert reading.question == "who was on board? (after: When did the capsule launch?)"


def test_a_person_named_alone_is_asked_the_previous_question() -> None:
    previous = turn(
        "What did Davutoglu say about Russia?", speakers=("Ahmet Davutoglu",), topic="Russia"
    )
    reading = read_followup("Stoltenberg?", after(previous), SPEAKERS)
    assert reading.question == "What did Stoltenberg say about Russia?"
    # someone the conversation named, though never quoted, in any case
    asked_putin = turn("Who met Putin?", named=("Valdimir Putin",))
    previous = turn("What is Francois Hollande's country doing?", speakers=("Francois Hollande",))
    reading = read_followup("putin's", after(asked_putin, previous), SPEAKERS)
    assert reading.question == "What is putin's country doing?"
    # a thing's name alone asks what it is, not the previous question again
    assert read_followup("BADA?", after(previous), SPEAKERS).question == "BADA?"


def test_more_goes_on_with_the_previous_question() -> None:
    for question in ("more", "Anything else?", "go on", "more please", "And?", "so?"):
        reading = read_followup(question, after(ASKED_DAVUTOGLU), SPEAKERS)
        assert reading.kind is Kind.MORE
        assert reading.question == "What did Davutoglu say?"


def test_a_complete_question_is_taken_as_it_is() -> None:
    for question in (
        "What did Lindqvist say about the treaty?",
        "How many ministers met in Brussels?",
        "Who won the 2014 World Cup?",
    ):
        reading = read_followup(question, after(ASKED_DAVUTOGLU), SPEAKERS)
        assert (reading.kind, reading.question) == (Kind.STANDALONE, question)


def test_the_first_question_is_always_standalone() -> None:
    reading = read_followup("What did he say?", None, SPEAKERS)
    assert (reading.kind, reading.question) == (Kind.STANDALONE, "What did he say?")


def test_a_conversation_keeps_its_last_turns() -> None:
    conversation = Conversation()
    for number in range(8):
        conversation = conversation.then(turn(f"Question {number}?"))
    assert [t.question for t in conversation.turns] == [f"Question {n}?" for n in range(3, 8)]


def test_by_whom_asks_for_the_agent_of_what_was_cited() -> None:
    previous = turn("Who died?", named=("Maria Lindqvist",))
    reading = read_followup("By whom?", after(previous))
    assert reading.kind is Kind.ABOUT_PREVIOUS
    assert reading.wanted is Wanted.AGENT
    assert holds_wanted("Two boats were sunk by the waves.", Wanted.AGENT)
    assert holds_wanted("It was built by Ana Ruiz.", Wanted.AGENT)
    assert not holds_wanted("The boats will be repaired by 2027.", Wanted.AGENT)
    # a name alone is no agent: "Jens Stoltenberg met the minister" says nothing of by whom
    assert not holds_wanted("Jens Stoltenberg met the minister on Monday.", Wanted.AGENT)
    # nor is an amount; the place of a passive may come before its agent
    assert not holds_wanted("Turnout was down by about 1.5%.", Wanted.AGENT)
    assert not holds_wanted("Sales have grown by more than a third.", Wanted.AGENT)
    assert holds_wanted("She was defeated in Dunbartonshire East by an SNP rival.", Wanted.AGENT)


def test_a_purpose_is_a_reason() -> None:
    assert holds_wanted("The mayor met the fishermen to ask for patience.", Wanted.REASON)
    assert holds_wanted("They left because the warning came late.", Wanted.REASON)
    assert not holds_wanted("The mayor met the fishermen on Wednesday.", Wanted.REASON)
    assert not holds_wanted("She wants to be mayor.", Wanted.REASON)


NAMES = {
    "fresno": ((("fresno",), "Fresno", "GPE"),),
    "john": ((("john", "kerry"), "John Kerry", "PERSON"),),
}
"""The corpus's names as ``Searcher.corpus_names`` gives them."""


def test_he_is_someone_asked_about_by_a_surname_the_recogniser_took_for_a_body() -> None:
    names = {
        "o": ((("o", "rourke"), "O'Rourke", "ORG"),),  # read so in "the O'Rourke campaign"
        "beto": ((("beto", "o", "rourke"), "Beto O'Rourke", "PERSON"),),
    }
    previous = turn("Why did O'Rourke end his campaign?")
    reading = read_followup("How did he announce it?", after(previous), SPEAKERS, names)
    assert reading.question == "How did O'Rourke announce it?"


def test_a_name_with_a_small_word_inside_is_one_thing_not_its_capitalised_words() -> None:
    names = {"surigao": ((("surigao", "del", "sur"), "Surigao del Sur", "GPE"),)}
    question = "What is the capital of Surigao del Sur?"
    assert things_in(question, SPEAKERS, names) == ("Surigao del Sur",)
    sudan = {
        "unesco": ((("unesco",), "UNESCO", "ORG"),),
        "south": ((("south", "sudan"), "South Sudan", "GPE"),),
        "sudan": ((("sudan",), "Sudan", "GPE"),),
    }
    both = "What did unesco say about Sudan and South Sudan?"
    assert things_in(both, SPEAKERS, sudan) == ("UNESCO", "Sudan", "South Sudan")
    previous = Turn(**{**turn(question).__dict__, "things": things_in(question, (), names)})
    reading = read_followup("How far was it from the epicenter?", after(previous), SPEAKERS, names)
    assert reading.question == "How far was Surigao del Sur from the epicenter?"


def test_a_name_typed_in_lower_case_is_known_by_how_the_corpus_spells_it() -> None:
    assert things_in("when did fresno become a city?", SPEAKERS, NAMES) == ("Fresno",)
    previous = turn("what was fresno's population?")
    previous = Turn(**{**previous.__dict__, "things": things_in(previous.question, (), NAMES)})
    reading = read_followup("when did it become a city?", after(previous), SPEAKERS, NAMES)
    assert reading.question == "when did Fresno become a city?"


def test_a_person_is_not_a_thing() -> None:
    assert things_in("What is John Kerry's job?", SPEAKERS, NAMES) == ()


def test_a_year_replaces_the_year_of_the_last_question_that_gave_one() -> None:
    first = turn("What was Fresno's population in 2015?")
    reading = read_followup(
        "what about in the 2010 census?", after(first, turn("When was Fresno founded?"))
    )
    assert reading.question == "What was Fresno's population in the 2010 census?"


def test_an_ellipsis_that_is_no_name_does_not_replace_a_place() -> None:
    reading = read_followup("What about last winter?", after(turn("How many died in Karaj?")))
    assert reading.question == "How many died in Karaj last winter?"


def test_they_brings_the_previous_question_along_rather_than_a_place() -> None:
    reading = read_followup("Were they vaccinated?", after(turn("How many died in Samoa?")))
    assert reading.question == "Were they vaccinated? (after: How many died in Samoa?)"


def test_that_is_what_the_previous_answer_told_not_the_last_thing_named() -> None:
    previous = turn("How much did Sky bid for the Premier League rights?")
    reading = read_followup("How much more than the last deal was that?", after(previous))
    assert reading.question == (
        "How much more than the last deal was that? "
        "(after: How much did Sky bid for the Premier League rights?)"
    )


def test_an_answer_to_a_question_back_may_be_a_possessive() -> None:
    asked = Turn(
        question="What is his country doing?",
        understood_as="What is his country doing?",
        speakers=("Jens Stoltenberg", "Ahmet Davutoglu"),
        topic=None,
        named=(),
        things=(),
        citations=(),
        options=("Jens Stoltenberg", "Ahmet Davutoglu"),
    )
    reading = read_followup("davutoglu's", after(asked), SPEAKERS)
    assert reading.question == "What is Ahmet Davutoglu's country doing?"


def test_how_about_x_with_a_question_asks_that_question_about_x() -> None:
    previous = turn("What is France doing against the rebels?", ("Anne Marchal",))
    reading = read_followup(
        "How about Norway, who does the council say it's helping?", after(previous), SPEAKERS
    )
    assert reading.kind is Kind.REWRITTEN
    assert reading.question == "who does the council say Norway is helping?"
    reading = read_followup("And Norway, what about the harbour?", after(previous), SPEAKERS)
    assert reading.question == "what about the harbour (Norway)?"


def test_who_said_that_asks_for_the_statement_the_previous_answer_cited() -> None:
    previous = turn("How long will the repairs take?")
    for question in (
        "Who said that?",
        "and who said it",
        "who made that claim?",
        "who claimed that?",
    ):
        reading = read_followup(question, after(previous), SPEAKERS)
        assert reading.kind is Kind.ABOUT_PREVIOUS and reading.wanted is Wanted.SPEAKER
    complete = read_followup("Who said the quay was neglected?", after(previous), SPEAKERS)
    assert complete.wanted is not Wanted.SPEAKER
    # claiming an event is taking responsibility for it, not saying something
    claimed = read_followup("Who claimed it?", after(turn("What hit the base?")), SPEAKERS)
    assert claimed.wanted is not Wanted.SPEAKER


def test_who_wrote_it_asks_for_an_author_not_for_who_said_the_cited_words() -> None:
    previous = turn("What does the harbour bill change?")
    reading = read_followup("Who wrote it?", after(previous), SPEAKERS)
    assert reading.wanted is not Wanted.SPEAKER
    assert reading.question == "Who wrote it? (after: What does the harbour bill change?)"


def test_an_ellipsis_with_a_member_of_a_body_replaces_the_person() -> None:
    reading = read_followup("and the council member?", after(ASKED_DAVUTOGLU), SPEAKERS)
    assert reading.question == "What did the council member say?"


def test_the_context_of_a_question_asked_after_another_names_no_thing_of_its_own() -> None:
    assert things_in("whose fault was it? (after: What happened to the quay?)") == ()


def test_who_else_commented_asks_for_the_other_people_quoted() -> None:
    asked = ("Who else commented?", "and who else said something", "did anyone else react?")
    for question in asked:
        reading = read_followup(question, after(ASKED_DAVUTOGLU), SPEAKERS)
        assert reading.kind is Kind.OTHER_SPEAKERS, question
    assert read_followup("Who else died?", after(ASKED_DAVUTOGLU)).kind is not Kind.OTHER_SPEAKERS


def test_is_that_true_looks_again_at_the_previous_answer() -> None:
    answered = turn("What did Davutoglu say?", named=("Ahmet Davutoglu",))
    for question in ("Is that true?", "really?", "is it really right?"):
        reading = read_followup(question, after(answered), SPEAKERS)
        assert (reading.kind, reading.wanted) == (Kind.ABOUT_PREVIOUS, Wanted.ANY), question


def test_an_ellipsis_on_a_topic_after_a_fact_question_keeps_the_names_in_place() -> None:
    previous = turn("When did Turkey shoot down the Russian jet?")
    reading = read_followup("And on Syria?", after(previous), SPEAKERS)
    assert reading.question == "When did Turkey shoot down the Russian jet (on Syria)?"


def test_an_ellipsis_puts_a_name_in_place_of_one_of_its_kind() -> None:
    names = {
        "turkey": ((("turkey",), "Turkey", "GPE"),),
        "russian": ((("russian",), "Russian", "NORP"),),
        "greece": ((("greece",), "Greece", "GPE"),),
    }
    previous = turn("When did Turkey shoot down the Russian jet?")
    reading = read_followup("And Greece?", after(previous), SPEAKERS, names)
    assert reading.question == "When did Greece shoot down the Russian jet?"


def test_a_follow_up_in_context_keeps_only_the_question_before_it() -> None:
    from retrieval.conversation import in_context, without_context

    asked = in_context("Who died", "Where did the jet come down? (after: What happened?)")
    assert asked == "Who died? (after: Where did the jet come down?)"
    assert without_context(asked) == "Who died?"


def test_a_pronoun_after_a_name_in_the_question_is_that_persons() -> None:
    for question in (
        "What did Lindqvist post before she resigned?",
        "what did john kerry say when he landed?",  # lower case: a name the corpus knows
    ):
        reading = read_followup(question, after(ASKED_DAVUTOGLU), SPEAKERS, NAMES)
        assert (reading.kind, reading.question) == (Kind.STANDALONE, question)


def test_a_pronoun_before_a_name_is_the_conversations_and_not_that_name() -> None:
    previous = turn("Who announced it?", named=("Maria Lindqvist", "Jens Stoltenberg"))
    reading = read_followup("What did she say about Stoltenberg?", after(previous), SPEAKERS)
    assert reading.question == "What did Maria Lindqvist say about Stoltenberg?"


def test_after_a_follow_up_that_named_nothing_the_question_it_followed_stays_as_context() -> None:
    previous = Turn(
        question="how did they die?",
        understood_as="how did they die? (after: How many died in the Eastport fire?)",
        speakers=(),
        topic=None,
        named=(),
        things=(),
        citations=(),
    )
    reading = read_followup("what were they doing there?", after(previous), SPEAKERS)
    assert reading.question == (
        "what were they doing there? (after: how did they die? How many died in the Eastport fire?)"
    )


def test_a_refused_question_is_no_context_for_the_next() -> None:
    refused = replace(turn("What is MSF doing?"), refused=True)
    for question in ("how many beds?", "who is in charge?", "why?"):
        reading = read_followup(question, after(refused), SPEAKERS)
        assert (reading.kind, reading.question) == (Kind.STANDALONE, question)
    answered = read_followup("how many beds?", after(turn("What is MSF doing?")), SPEAKERS)
    assert answered.question == "how many beds? (after: What is MSF doing?)"


def test_after_who_in_context_the_pronoun_is_not_the_person_the_context_named() -> None:
    previous = turn(
        "who announced it? (after: Where did Robert Mugabe die?)",
        named=("Robert Mugabe", "Emmerson Mnangagwa"),
    )
    reading = read_followup("what else did he say?", after(previous), SPEAKERS)
    assert reading.question == "what else did Emmerson Mnangagwa say?"


def test_the_thing_it_was_read_as_is_kept_for_the_next_it() -> None:
    previous = turn("How long is the Tamar Bridge?")
    reading = read_followup("how many cars cross it every day?", after(previous), SPEAKERS)
    assert reading.question == "how many cars cross the Tamar Bridge every day?"
    assert reading.thing == "the Tamar Bridge"


def test_an_ellipsis_with_someone_described_at_length_asks_what_they_said() -> None:
    previous = turn("What did Davutoglu say about the bill?", ("Ahmet Davutoglu",), "the bill")
    for item in ("the MP who co-sponsored it", "the Chinese guy", "the head of the union"):
        reading = read_followup(f"and {item}?", after(previous), SPEAKERS)
        assert reading.question == f"What did {item} say about the bill?"


def test_he_after_a_question_about_someone_described_and_unnamed_is_that_description() -> None:
    asked = turn("How long was the doctor sentenced for?")  # its answer names no one
    reading = read_followup("What was he convicted of?", after(asked), SPEAKERS)
    assert reading.question == "What was the doctor convicted of?"


def test_a_topic_without_a_noun_is_no_thing_it_stands_for() -> None:
    wanted = turn("what did he want to do instead", ("Dwayne Foster",), "do instead")
    reading = read_followup("did it pass", after(wanted), SPEAKERS)
    assert "do instead pass" not in reading.question
    assert reading.question.startswith("did it pass")
    # a topic with a noun is one
    tolls = turn("What did he say about the tolls?", ("Dwayne Foster",), "the tolls")
    assert read_followup("did it pass", after(tolls), SPEAKERS).question == "did the tolls pass"


def test_it_becomes_the_thing_with_the_the_its_question_wrote_it_with() -> None:
    ruled = turn("What did the Supreme Court rule?")
    reading = read_followup("Was it unanimous?", after(ruled), SPEAKERS)
    assert reading.question == "Was the Supreme Court unanimous?"
    flew = turn("Where did Air France fly?")
    assert read_followup("Is it safe?", after(flew), SPEAKERS).question == "Is Air France safe?"


def test_their_before_a_family_word_is_the_family_of_the_person_talked_about() -> None:
    previous = turn("Who killed Qandeel Baloch?", named=("Mohammed Waseem",))
    reading = read_followup("How did their mom take it?", after(previous), SPEAKERS)
    assert reading.question == "How did Mohammed Waseem's mom take it?"
    # not any noun: "their lawyers" may be the lawyers of a group the question leaves unsaid
    reading = read_followup("What did their lawyers say?", after(previous), SPEAKERS)
    assert "Waseem's lawyers" not in reading.question


def test_he_is_not_people_described_in_the_plural() -> None:
    for group in ("the prosecutors", "police", "the victims' parents"):
        asked = turn(f"What did {group} say about the pilot?", (group,), "the pilot")
        reading = read_followup("How old is he?", after(asked), SPEAKERS)
        assert reading.question == "How old is the pilot?", group


def test_back_in_a_year_is_the_year() -> None:
    first = turn("How much did Sky bid for the rights in 2015?")
    for asked in ("what about back in 1992?", "and way back in 1992?"):
        reading = read_followup(asked, after(first))
        assert reading.question == "How much did Sky bid for the rights in 1992?", asked


def test_a_quoted_person_the_recogniser_read_as_an_organisation_is_no_thing() -> None:
    speakers = ("Donald Trump", "Nancy Pelosi")
    names = {"trump": ((("trump",), "Trump", "ORG"),)}  # mostly "the Trump campaign"
    assert things_in("what did trump say about it?", speakers, names) == ()
    asked = "What did Pelosi say?"
    pelosi = Turn(asked, asked, ("Nancy Pelosi",), None, (), (), ())
    reading = read_followup("what did trump say about it?", after(pelosi), speakers, names)
    assert reading.question == "what did trump say about it? (after: What did Pelosi say?)"


def test_an_ellipsis_keeps_what_it_stood_for() -> None:
    topic = "it (after: What did Pelosi say?)"
    trump = turn("what did trump say about it?", ("Donald Trump",), topic)
    reading = read_followup("and Nadler?", after(trump), (*SPEAKERS, "Jerrold Nadler"))
    assert reading.question == "What did Nadler say about it? (after: What did Pelosi say?)"


def test_a_question_relative_to_the_last_one_is_asked_in_its_context() -> None:
    asked = turn("What did Trump call the virtual debate?", ("Donald Trump",))
    speakers = (*SPEAKERS, "Donald Trump", "Joe Biden")
    reading = read_followup("What did Biden do instead?", after(asked), speakers)
    assert reading.question == (
        "What did Biden do instead? (after: What did Trump call the virtual debate?)"
    )
    alone = read_followup("What did Biden do in May?", after(asked), speakers)
    assert alone.kind is Kind.STANDALONE


def test_he_is_no_plural_description_of_any_word() -> None:
    asked = turn("What did officials say about the driver?", ("officials",), "the driver")
    reading = read_followup("Where was he born?", after(asked), SPEAKERS)
    assert reading.question == "Where was the driver born?"


def test_a_topic_asked_in_a_context_is_no_thing_to_put_in_place() -> None:
    asked = turn("what did trump say about it?", topic="it (after: What did Pelosi say?)")
    reading = read_followup("who ruled there before 1997?", after(asked), SPEAKERS)
    assert "(after: (after" not in reading.question and "in ?" not in reading.question
    assert reading.question.startswith("who ruled there before 1997? (after:")


def test_after_what_a_body_said_and_another_body_asks_what_that_one_said() -> None:
    names = {"ntsb": ((("ntsb",), "NTSB", "ORG"),)}
    calfire = turn("What did CalFire say?", speakers=("CalFire",))
    reading = read_followup("And the NTSB?", after(calfire), SPEAKERS, names)
    assert reading.question == "What did the NTSB say?"
    davutoglu = turn("What did Davutoglu say?", speakers=("Ahmet Davutoglu",))
    reading = read_followup("And the NTSB?", after(davutoglu), SPEAKERS, names)
    assert reading.question == "What did Ahmet Davutoglu say about the NTSB?"  # a person's


def test_a_name_that_is_part_of_another_is_that_person_not_a_second_one() -> None:
    named = ("Tong", "Tong Yung-soo")
    asked = turn("Who bought the hall?", named=named)
    reading = read_followup("What film was he making?", after(asked), SPEAKERS)
    assert reading.kind is Kind.REWRITTEN
    assert reading.question == "What film was Tong Yung-soo making?"


def test_he_after_what_someone_said_about_someone_may_be_either_and_is_asked_back() -> None:
    asked = turn(
        "What did Lindqvist say about the doctor?", ("Maria Lindqvist",), "the doctor"
    )  # a woman the articles call "she": "he" is the doctor
    genders = {"Maria Lindqvist": "f"}
    reading = read_followup("How old is he?", after(asked), SPEAKERS, genders=genders)
    assert reading.question == "How old is the doctor?"
    asked = turn("What did Davutoglu say about the doctor?", ("Ahmet Davutoglu",), "the doctor")
    reading = read_followup("How old is he?", after(asked), SPEAKERS)
    assert reading.kind is Kind.CLARIFY
    assert reading.options == ("Ahmet Davutoglu", "the doctor")


def test_a_short_question_about_someone_described_is_a_question_of_its_own() -> None:
    asked = turn("How many kids does Joel Smithers have?")
    reading = read_followup("Who was the judge?", after(asked), SPEAKERS)
    assert reading.kind is Kind.STANDALONE
    assert reading.question == "Who was the judge?"


def test_someone_the_conversation_called_she_is_not_he_who_is_then_the_other_one_named() -> None:
    asked = Turn(
        question="At whose request did she act?",
        understood_as="At whose request did Maria Lindqvist act?",
        speakers=("Maria Lindqvist",),
        topic=None,
        named=("Maria Lindqvist", "Jens Stoltenberg"),
        things=(),
        citations=(),
        called=(("Maria Lindqvist", "f"),),
    )
    reading = read_followup("How old is he?", after(asked), SPEAKERS)
    assert reading.question == "How old is Jens Stoltenberg?"
    assert (reading.person, reading.gender) == ("Jens Stoltenberg", "m")


def test_an_ellipsis_puts_a_person_in_place_of_the_one_a_fact_question_named() -> None:
    names = {
        "jeremy": ((("jeremy", "hunt"), "Jeremy Hunt", "PERSON"),),
        "theresa": ((("theresa", "may"), "Theresa May", "PERSON"),),
    }
    previous = turn("who is jeremy hunt?")
    reading = read_followup("What about Theresa May?", after(previous), SPEAKERS, names)
    assert reading.question == "who is Theresa May?"


def test_an_ellipsis_is_put_in_place_of_what_the_last_one_added_and_matches_any_case() -> None:
    names = {
        "florida": ((("florida",), "Florida", "GPE"),),
        "carolina": ((("south", "carolina"), "South Carolina", "GPE"),),
        "senate": ((("senate",), "Senate", "ORG"),),
        "puerto": ((("puerto", "rico"), "Puerto Rico", "GPE"),),
    }
    asked = turn("who urged residents to evacuate?")
    added = read_followup("what about florida?", after(asked), SPEAKERS, names)
    assert added.question == "who urged residents to evacuate (florida)?"
    then = replace(turn("what about florida?"), understood_as=added.question, things=("Florida",))
    reading = read_followup("and south carolina?", after(asked, then), SPEAKERS, names)
    assert reading.question == "who urged residents to evacuate (south carolina)?"
    # a body is no place: it is added, not put in place of Puerto Rico
    voted = replace(turn("does puerto rico vote for president?"), things=("Puerto Rico",))
    reading = read_followup("what about the senate?", after(voted), SPEAKERS, names)
    assert reading.question == "does puerto rico vote for president (the senate)?"


def test_whom_an_answer_to_who_underwent_something_quotes_is_its_source_not_the_one_asked() -> None:
    shot = turn("Who was shot?", named=("Maria Lindqvist",), quoted=True)  # her statement
    reading = read_followup("How old is she?", after(shot), SPEAKERS)
    assert reading.question == "How old is she? (after: Who was shot?)"
    # asked who did something, the one quoted may be who did it ("I did it")
    did = turn("Who killed Jens Stoltenberg?", named=("Maria Lindqvist",), quoted=True)
    reading = read_followup("How old is she?", after(did), SPEAKERS)
    assert reading.question == "How old is Maria Lindqvist?"


def test_a_bare_wh_word_after_a_preposition_asks_about_the_previous_answer() -> None:
    asked = turn("Who called for an investigation?", named=("Maria Lindqvist",))
    reading = read_followup("Into what?", after(asked), SPEAKERS)
    assert reading.kind is Kind.ABOUT_PREVIOUS
    assert read_followup("What?", after(asked), SPEAKERS).kind is Kind.STANDALONE


def test_a_conjunction_opening_a_whole_question_adds_nothing_to_it() -> None:
    reading = read_followup("And who told CNN?", after(ASKED_DAVUTOGLU), SPEAKERS)
    assert reading.question == "who told CNN?"
    assert read_followup("And Stoltenberg?", after(ASKED_DAVUTOGLU), SPEAKERS).question == (
        "What did Stoltenberg say?"
    )


def test_an_ellipsis_after_what_someone_did_asks_what_the_new_one_did() -> None:
    names = {
        "russia": ((("russia",), "Russia", "GPE"),),
        "usgs": ((("usgs",), "USGS", "ORG"),),
    }
    did = turn("What did Lindqvist do?", speakers=("Maria Lindqvist",))
    reading = read_followup("And Russia?", after(did), SPEAKERS, names)
    assert reading.question == "What did Russia do?"
    governed = turn("What did the governor do?")
    reading = read_followup("And the USGS?", after(governed), SPEAKERS, names)
    assert reading.question == "What did the USGS do?"
    # after what someone said, a country is still what they said it of
    said = turn("What did Lindqvist say?", speakers=("Maria Lindqvist",))
    reading = read_followup("And Russia?", after(said), SPEAKERS, names)
    assert reading.question == "What did Maria Lindqvist say about Russia?"


def test_an_ellipsis_after_a_fact_question_about_someone_asks_no_words_of_them() -> None:
    """ "he" read as Kobe Bryant makes him whom the turn asked about, not someone whose words
    it asked for: "And Finals MVP?" is asked like the question before it."""
    counted = turn("How many times was Kobe Bryant an All-Star?", speakers=("Kobe Bryant",))
    reading = read_followup("And Finals MVP?", after(counted), SPEAKERS)
    assert "say" not in reading.question
    assert reading.question.startswith("How many times was Kobe Bryant")
    # his reaction was his words, whatever the question called them
    reacted = turn("What was Ruiz's reaction?", speakers=("Ana Ruiz",), named=("Ana Ruiz",))
    reacted = replace(
        reacted, citations=tuple(replace(c, speaker="Ana Ruiz") for c in reacted.citations)
    )
    reading = read_followup("And the budget?", after(reacted), SPEAKERS)
    assert reading.question == "What did Ana Ruiz say about the budget?"


def test_after_who_did_something_he_is_the_one_named_right_before_the_verb() -> None:
    died = replace(
        turn("Who died?", named=("Karl Brandt", "Jens Stoltenberg")),
        citations=(
            Citation(
                "On Friday, Karl Brandt, the long-serving mayor, died aged 79. Tributes were "
                "paid by leaders including Jens Stoltenberg.",
                "a.txt",
                "a",
                "A",
                1,
                0,
                110,
                1.0,
                None,
            ),
        ),
    )
    reading = read_followup("How old was he?", after(died), SPEAKERS)
    assert reading.question == "How old was Karl Brandt?"


def test_after_who_did_something_he_is_the_doer_in_the_sentence_the_question_asks_about() -> None:
    quote = (
        "Warholm, who is 23, won the gold medal with a time of 47.42 seconds. The silver "
        "medal was won by Rai Benjamin from the United States."
    )
    won = replace(
        turn("Who won silver?", named=("Karsten Warholm", "Rai Benjamin")),
        citations=(Citation(quote, "a.txt", "a", "A", 1, 0, len(quote), 1.0, None),),
    )
    reading = read_followup("How fast was he?", after(won), SPEAKERS)
    assert reading.question == "How fast was Rai Benjamin?"
    gold = replace(won, question="Who won gold?", understood_as="Who won gold?")
    assert read_followup("How fast was he?", after(gold), SPEAKERS).question == (
        "How fast was Karsten Warholm?"
    )


def test_after_who_was_done_to_he_is_the_one_it_was_done_to_not_the_agent() -> None:
    quote = "Ali Khan was arrested by police officer Tom Reed on Monday."
    arrested = replace(
        turn("Who was arrested?", named=("Ali Khan", "Tom Reed")),
        citations=(Citation(quote, "a.txt", "a", "A", 1, 0, len(quote), 1.0, None),),
    )
    assert read_followup("How old is he?", after(arrested), SPEAKERS).question == (
        "How old is Ali Khan?"
    )


def test_who_said_that_after_an_unanswered_question_back_is_about_the_answer_before_it() -> None:
    said = turn(
        "What did Davutoglu say?", speakers=("Ahmet Davutoglu",), named=("Ahmet Davutoglu",)
    )
    asked_back = replace(
        turn("What else did he say?"),
        speakers=("Jens Stoltenberg", "Ahmet Davutoglu"),
        options=("Jens Stoltenberg", "Ahmet Davutoglu"),
    )
    reading = read_followup("Who said that?", after(said, asked_back), SPEAKERS)
    assert reading.kind is Kind.ABOUT_PREVIOUS
    assert reading.question == "What did Davutoglu say?"


def test_he_is_no_body_the_previous_turn_asked_about() -> None:
    said = turn(
        "What did the city government say?",
        speakers=("the city government",),
        named=("Jens Stoltenberg",),
    )
    reading = read_followup("Why was there a case against him?", after(said), SPEAKERS)
    assert reading.person is None  # not "the city government"
    assert reading.question == "Why was there a case against him? (after: " + said.question + ")"
    names = {"harbour": ((("harbour", "herald"), "Harbour Herald", "ORG"),)}
    told = turn("What did Harbour Herald report?", speakers=("Harbour Herald",))
    reading = read_followup("Where does he live?", after(told), SPEAKERS, names)
    assert reading.person is None


def test_a_question_of_its_own_after_what_someone_wrote_is_not_asked_of_them() -> None:
    wrote = turn("What did Lindqvist write?", speakers=("Maria Lindqvist",))
    reading = read_followup("Who were convicted?", after(wrote), SPEAKERS)
    assert reading.kind is Kind.STANDALONE
    assert reading.question == "Who were convicted?"


def test_him_is_not_whom_the_answers_call_by_the_questions_own_subject() -> None:
    named = replace(
        turn("Who appointed the minister?", named=("Joko Widodo",)),
        citations=(
            Citation(
                "The attack came before President Joko Widodo's inauguration.",
                "a.txt",
                "a",
                "A",
                1,
                0,
                60,
                1.0,
                None,
            ),
        ),
    )
    visit = read_followup("Is the president going to visit him?", after(named), SPEAKERS)
    assert visit.person is None  # the president does not visit himself
    said = read_followup("Did the president say he would resign?", after(named), SPEAKERS)
    assert said.person == "Joko Widodo"


def test_an_ellipsis_giving_a_time_asks_the_same_question_then() -> None:
    hacked = after(turn("what did the hackers do in February?"))
    reading = read_followup("and in january?", hacked, SPEAKERS)
    assert reading.question == "what did the hackers do in january?"
    award = after(turn("What award did Leonov get?", named=("Alexei Leonov",)))
    reading = read_followup("And ten years later?", award, SPEAKERS)
    assert reading.question == "What award did Leonov get ten years later?"
    # a name that is also a month's is the person
    may = after(turn("What did Corbyn say about Brexit?", speakers=("Jeremy Corbyn",)))
    assert "May" in read_followup("And May?", may, (*SPEAKERS, "Theresa May")).question
    assert "say" in read_followup("And May?", may, (*SPEAKERS, "Theresa May")).question


def test_an_ellipsis_giving_a_time_by_an_event_puts_it_in_place_of_now() -> None:
    legal = after(turn("Until what week is abortion legal now?"))
    reading = read_followup("And before the change?", legal, SPEAKERS)
    assert reading.question == "Until what week is abortion legal before the change?"
    fee = after(turn("How much was the fee?"))  # no time given: added
    assert read_followup("and after the war?", fee, SPEAKERS).question == (
        "How much was the fee after the war?"
    )


def test_an_ellipsis_asking_of_the_present_puts_it_in_place_of_the_time_given() -> None:
    lost = after(turn("Who did Roe lose to in 2016?"))
    assert read_followup("And this time?", lost, SPEAKERS).question == (
        "Who did Roe lose to this time?"
    )
    seats = after(turn("How many seats did the party have in 2015?"))
    assert read_followup("and now?", seats, SPEAKERS).question == (
        "How many seats did the party have now?"
    )
    # a place is no time, nor what "after" may end a phrasal verb with: the present is added
    fire = after(turn("How many died in the fire?"))
    assert read_followup("and now?", fire, SPEAKERS).question == "How many died in the fire now?"
    children = after(turn("Who looks after the children?"))
    assert read_followup("And in March?", children, SPEAKERS).question == (
        "Who looks after the children in March?"
    )


def test_an_ellipsis_giving_a_place_puts_it_in_place_of_there() -> None:
    names = {"south": ((("south", "australia"), "South Australia", "GPE"),)}
    legal = after(turn("How late can you get one there now? (after: What did Penny Sharpe say?)"))
    reading = read_followup("what about south australia?", legal, SPEAKERS, names)
    assert reading.question == "How late can you get one in south australia now?"
    at = read_followup("And at the hospital?", after(turn("Who was there?")), SPEAKERS)
    assert at.question == "Who was at the hospital?"
    # a "there" that only says something exists is no place to put one in
    vote = after(turn("Was there a vote?"))
    assert read_followup("And in Ohio?", vote, SPEAKERS).question == "Was there a vote in Ohio?"


def test_an_ellipsis_giving_a_place_by_name_puts_it_in_place_of_the_place_named() -> None:
    names = {
        "michigan": ((("michigan",), "Michigan", "GPE"),),
        "iowa": ((("iowa",), "Iowa", "GPE"),),
    }
    guam = after(turn("How many votes did Sanders get in the Northern Mariana Islands?"))
    michigan = read_followup("what about in Michigan?", guam, SPEAKERS, names)
    assert michigan.question == "How many votes did Sanders get in Michigan?"
    assert michigan.elsewhere, "another place: maybe another article's"
    primary = after(turn("How did Trump do in New Hampshire last week?"))
    iowa = read_followup("and Iowa?", primary, SPEAKERS, names)
    assert iowa.question == "How did Trump do in Iowa last week?"
    # no place named: "in Michigan" is added, about the same story
    delegates = after(turn("How many delegates did he get?"))
    added = read_followup("And in Michigan?", delegates, SPEAKERS, names)
    assert added.question == "How many delegates did he get in Michigan?"
    assert not added.elsewhere
    # a time is no place, nor does a place end before "about"
    march = after(turn("How many votes did Sanders get in Guam in March?"))
    in_march = read_followup("what about in Michigan?", march, SPEAKERS, names)
    assert in_march.question == "How many votes did Sanders get in Michigan in March?"
    warren = after(turn("What did Sanders say in Iowa about Warren?"))
    about = read_followup("what about in Michigan?", warren, SPEAKERS, names)
    assert about.question == "What did Sanders say in Michigan about Warren?"
    # a name qualifying a noun is no place to put one in
    quake = after(turn("How many people died in the Aegean Sea earthquake?"))
    greece = read_followup("and in Greece?", quake, SPEAKERS, names)
    assert greece.question == "How many people died in the Aegean Sea earthquake in Greece?"


def test_an_ellipsis_naming_another_thing_puts_it_in_place_of_the_thing_asked_about() -> None:
    names = {
        "russia": ((("russia",), "Russia", "GPE"),),
        "norway": ((("norway",), "Norway", "GPE"),),
    }
    crash = after(turn("How many people died in the bus crash in Russia?"))
    fire = read_followup("and in the fire in Norway?", crash, SPEAKERS, names)
    assert fire.question == "How many people died in the fire in Norway?"
    assert fire.elsewhere, "the fire may be another article's"
    quake = after(turn("How many people died in the Aegean Sea earthquake?"))
    typhoon = read_followup("what about the typhoon?", quake, SPEAKERS)
    assert typhoon.question == "How many people died in the typhoon?"
    # not a word the tagger reads as no noun, nor "the other one", which names no thing
    assert "(" in read_followup("and the injured?", quake, SPEAKERS).question
    assert "(" in read_followup("and the other one?", quake, SPEAKERS).question
    # a place stays a place: "And in Greece?" is asked of the earthquake
    assert not read_followup("and in Greece?", quake, SPEAKERS).elsewhere
    # only a thing a preposition governs, that ends the question, is put in place
    storm = after(turn("When did the storm hit the coast?"))
    assert "(" in read_followup("and the hurricane?", storm, SPEAKERS).question
    goals = after(turn("How many goals did Rovers score in the first half against City?"))
    assert "against City" in read_followup("and the second half?", goals, SPEAKERS).question


def test_the_other_two_are_those_the_conversation_named_but_the_one_asked_about() -> None:
    winners = turn(
        "Who won the Nobel prize in physics?",
        named=("James Peebles", "Didier Queloz", "Michel Mayor"),
    )
    peebles = turn("What did Peebles get it for?", named=("James Peebles",))
    reading = read_followup("and the other two?", after(winners, peebles), SPEAKERS)
    assert reading.question == "What did Didier Queloz and Michel Mayor get it for?"
    # not when the conversation named another number of others: nothing is guessed
    reading = read_followup("and the other one?", after(winners, peebles), SPEAKERS)
    assert "Queloz" not in reading.question


def test_a_there_that_says_something_exists_points_to_no_place() -> None:
    quake = after(turn("Where was the epicentre of the quake?"))
    reading = read_followup("was there an earlier quake?", quake, SPEAKERS)
    assert reading.question == "was there an earlier quake?"
    nevada = {"nevada": ((("nevada",), "Nevada", "GPE"),)}
    vote = after(turn("How many delegates did Harlan win in Nevada?"))
    reading = read_followup("why was there no vote there?", vote, SPEAKERS, nevada)
    assert reading.question == "why was there no vote in Nevada?"


def test_a_short_question_pointing_back_after_what_someone_said_is_asked_in_context() -> None:
    said = after(
        turn(
            "What did Tsiaras say?",
            speakers=("Angelos Tsiaras",),
            quoted=True,
            named=("Angelos Tsiaras",),
        )
    )
    reading = read_followup("why is it important?", said, SPEAKERS)
    assert reading.kind is not Kind.STANDALONE


def test_an_ellipsis_after_how_many_things_someone_got_asks_it_of_the_new_person() -> None:
    delegates = after(turn("how many delegates did Sanders get?", speakers=("Bernie Sanders",)))
    reading = read_followup("what about Steyer?", delegates, (*SPEAKERS, "Tom Steyer"))
    assert reading.question == "how many delegates did Steyer get?"


def test_who_reported_it_and_according_to_whom_ask_who_said_what_was_cited() -> None:
    for question in ("who reported that?", "according to whom?"):
        reading = read_followup(question, after(ASKED_DAVUTOGLU), SPEAKERS)
        assert reading.kind is Kind.ABOUT_PREVIOUS and reading.wanted is Wanted.SPEAKER


def test_an_ellipsis_naming_a_body_after_what_someone_said_asks_what_it_said() -> None:
    said = turn(
        "What did the US say about the vote?",
        speakers=("Morgan Ortagus",),
        topic="the vote",
        quoted=True,
        named=("Morgan Ortagus",),
    )
    reading = read_followup("and Iraq's foreign ministry?", after(said), SPEAKERS)
    assert reading.question.startswith("What did Iraq's foreign ministry say")


def test_a_day_is_no_thing_it_may_stand_for() -> None:
    assert things_in("How fast was the storm moving on Monday?", SPEAKERS) == ()


def test_after_who_is_someone_named_whom_the_answer_names_otherwise_the_pronoun_is_them() -> None:
    previous = turn("Who was Alexei Leonov?", named=("Voskhod Two",))
    names = {"leonov": ((("leonov",), "Leonov", "PERSON"),)}
    reading = read_followup("When did he die?", after(previous), SPEAKERS, names)
    assert reading.question == "When did Leonov die?"


def test_there_is_a_place_or_an_organisation_never_a_book() -> None:
    names = {
        "salt": ((("salt", "harvest"), "The Salt Harvest", "WORK_OF_ART"),),
        "leeds": ((("leeds",), "Leeds", "GPE"),),
    }
    book = replace(turn("who published The Salt Harvest?"), things=("The Salt Harvest",))
    reading = read_followup("how many people work there?", after(book), SPEAKERS, names)
    assert (
        reading.question == "how many people work there? (after: who published The Salt Harvest?)"
    )
    town = replace(turn("how big is Leeds?"), things=("Leeds",))
    reading = read_followup("how many people work there?", after(town), SPEAKERS, names)
    assert reading.question == "how many people work in Leeds?"


def test_her_before_a_particle_or_an_article_is_the_object_not_a_possessive() -> None:
    asked = turn("What did Lindqvist say?", speakers=("Maria Lindqvist",))
    for question, understood in (
        ("How many agents turned her down?", "How many agents turned Maria Lindqvist down?"),
        ("Did they give her a prize?", "Did they give Maria Lindqvist a prize?"),
        ("What did her mother say?", "What did Maria Lindqvist's mother say?"),
    ):
        assert read_followup(question, after(asked), SPEAKERS).question == understood


def test_his_brother_said_of_is_no_relation_asked_about() -> None:
    previous = turn("Who led the board?", named=("Tom Smith",))
    cited = Citation(
        quote="Tom Smith, his brother, led the board until 2010.",
        source="b.txt",
        doc_id="b",
        title="Board",
        paragraph=1,
        start=0,
        end=49,
        score=1.0,
    )
    previous = Turn(**{**previous.__dict__, "citations": (cited,)})
    reading = read_followup("What did he say about his brother?", after(previous))
    assert reading.person == "Tom Smith", "he is Tom, though an answer calls him 'his brother'"


def test_one_person_spelt_two_ways_is_no_choice_to_ask_back() -> None:
    previous = turn("Who scored the winner?", named=("JANE ROE", "Jane Roe"))
    reading = read_followup("Where is she from?", after(previous), SPEAKERS)
    assert reading.kind is not Kind.CLARIFY
    assert reading.question == "Where is Jane Roe from?"


def test_an_owner_alone_takes_the_place_of_the_owner_the_last_question_named() -> None:
    previous = turn("what did australia's trade minister say", speakers=("Rebecca Thornton",))
    reading = read_followup("and indonesia's?", after(previous), (*SPEAKERS, "Rebecca Thornton"))
    assert reading.question == "what did indonesia's trade minister say"
    plain = turn("What did the mayor say?", speakers=("Maria Lindqvist",))
    assert "Leeds" in read_followup("And Leeds'?", after(plain), SPEAKERS).question


def test_a_contraction_is_no_owner_to_put_another_in_place_of() -> None:
    previous = turn("What's happening in Gaza?")
    reading = read_followup("And Israel's?", after(previous), SPEAKERS)
    assert not reading.question.startswith("Israel's happening")


def test_his_after_two_people_asked_about_asks_which_even_of_one_read_as_an_organisation() -> None:
    """The recogniser took "Martijn Snel" for an organisation; the articles quote him, so
    "his" may mean him as well as Pieter Vos."""
    names = {"martijn": ((("martijn", "snel"), "Martijn Snel", "ORG"),)}
    previous = turn("What did Snel and Vos say?", speakers=("Martijn Snel", "Pieter Vos"))
    quoted = ("Martijn Snel", "Pieter Vos")
    reading = read_followup(
        "What is his job?", after(previous), quoted, names, quoted_people=quoted
    )
    assert reading.kind is Kind.CLARIFY
    assert reading.options == ("Martijn Snel", "Pieter Vos")


def test_a_question_back_is_answered_by_the_place_of_the_option() -> None:
    asked = replace(turn("What is his job?"), options=("Martijn Snel", "Pieter Vos"))
    first = read_followup("the first one", after(asked), SPEAKERS)
    assert (first.kind, first.person) == (Kind.REWRITTEN, "Martijn Snel")
    assert first.question == "What is Martijn Snel's job?"
    latter = read_followup("The latter.", after(asked), SPEAKERS)
    assert latter.person == "Pieter Vos"


def test_the_other_one_is_the_one_of_two_the_conversation_did_not_go_on_with() -> None:
    together = turn("What did Snel and Vos say?", speakers=("Martijn Snel", "Pieter Vos"))
    one = turn("What did Martijn Snel say?", speakers=("Martijn Snel",))
    reading = read_followup("what did the other one say", after(together, one), SPEAKERS)
    assert reading.question == "what did Pieter Vos say"
    alone = read_followup("what did the other one say", after(one), SPEAKERS)
    assert "Pieter Vos" not in alone.question  # no pair to take the other of


def test_the_other_one_hundred_is_a_number_not_a_person() -> None:
    together = turn("What did Snel and Vos say?", speakers=("Martijn Snel", "Pieter Vos"))
    one = turn("What did Martijn Snel say?", speakers=("Martijn Snel",))
    reading = read_followup(
        "What did he say about the other one hundred homes?", after(together, one), SPEAKERS
    )
    assert "Pieter Vos" not in reading.question

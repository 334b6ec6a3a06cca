"""How the searcher weighs a sentence for a fact question, on a small made-up article."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from article_qa.textnorm import tokens, written_words
from article_qa.unit_file import Unit
from retrieval.searcher import Searcher, _may_join, best_fused_first, only_a_name
from tests.helpers import engine_over, engine_over_articles

ARTICLE = """Ferry sinks off Crete

The ferry Aegean Star sank off Crete on Tuesday.

The ferry carried 40 passengers and a crew of six.

The ferry had left the port of Heraklion at dawn.

Its captain, Nikos Pappas, radioed for help before the ferry went down.

All of the passengers were unharmed.
"""


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    searcher = engine_over(tmp_path_factory.mktemp("ferry"), "ferry.txt", ARTICLE)._searcher
    assert searcher is not None
    return searcher


def _number(searcher: Searcher, opening: str) -> int:
    sentences = searcher.snapshot.sentences
    return next(n for n, s in enumerate(sentences) if s.text.startswith(opening))


def test_key_words_leave_out_the_words_of_the_title(searcher: Searcher) -> None:
    port = _number(searcher, "The ferry had left the port")
    crew = _number(searcher, "The ferry carried")
    asked = set(tokens("From which port had the ferry left?"))
    shares = searcher._key_words(asked, asked, [port, crew])
    assert shares[crew] == 0.0  # "ferry" is the title's word: every sentence is about it
    assert shares[port] == 1.0


def test_the_context_of_a_follow_up_weighs_less_than_its_own_words(searcher: Searcher) -> None:
    crew = _number(searcher, "The ferry carried")
    port = _number(searcher, "The ferry had left the port")
    follow_up = "How many passengers? (after: From which port?)"
    own = set(tokens("How many passengers?"))
    shares = searcher._key_words(set(tokens(follow_up)), own, [crew, port])
    assert shares[crew] > shares[port]  # what is asked, not what was asked before


def test_a_who_question_wants_a_sentence_naming_someone_new(searcher: Searcher) -> None:
    numbers = list(range(len(searcher.snapshot.sentences)))
    typed = searcher._of_answer_type("Who was the captain of the Aegean Star?", numbers)
    assert typed == {_number(searcher, "Its captain, Nikos Pappas")}


BRIDGE = (
    "Council votes on river crossing\n\n"
    "The council approved the Elm Street bridge on Monday after a long debate. "
    "Construction costs were put at 40 million euros by the city engineer.\n\n"
    "Work is expected to start in the spring.\n"
)


def test_the_first_excerpt_takes_in_the_neighbour_holding_missing_key_words(
    tmp_path: Path,
) -> None:
    engine = engine_over(tmp_path, "bridge.txt", BRIDGE)
    citations = engine.answer("What will the Elm Street bridge cost?", k=3).citations
    first = citations[0]
    assert "Elm Street bridge" in first.quote and "40 million euros" in first.quote
    assert len(first.quote) <= 300
    assert all(c.start >= first.end or c.end <= first.start for c in citations[1:])


def test_a_sentence_holding_a_near_word_holds_part_of_the_key_word(searcher: Searcher) -> None:
    captain = _number(searcher, "Its captain, Nikos Pappas")
    crew = _number(searcher, "The ferry carried")
    question = "Who called for assistance?"  # the article says "radioed for help"
    asked = set(tokens(question))
    as_written = searcher._key_words(asked, asked, [captain, crew])
    shares = searcher._key_words(asked, asked, [captain, crew], written_words(question))
    assert as_written[captain] == 0.0
    assert 0.0 < shares[captain] < 1.0  # "help" stands in for "assistance", at a discount
    assert shares[crew] == 0.0


def test_a_word_negated_by_un_holds_the_word_it_negates(searcher: Searcher) -> None:
    unharmed = _number(searcher, "All of the passengers")
    crew = _number(searcher, "The ferry carried")
    asked = set(tokens("Were the passengers harmed?"))
    shares = searcher._key_words(asked, asked, [unharmed, crew])
    assert shares[unharmed] == 1.0  # "unharmed" answers whether they were harmed
    assert shares[crew] < 1.0  # the passengers, not whether they were harmed


DEPRESSION = (
    "Tropical depression forms off Florida\n\n"
    "A tropical depression formed off the coast of Florida on Monday.\n\n"
    "Forecasters said the depression could strengthen into a storm by Tuesday. If it "
    "strengthens, it would be named Tropical Storm Chantal.\n\n"
    "If named, it would become the third named storm of the season.\n"
)


def test_a_question_for_what_something_is_called_wants_a_name(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, "depression.txt", DEPRESSION)
    answer = engine.answer("What name would the depression get if it became a storm?", k=2)
    assert "Tropical Storm Chantal" in answer.citations[0].quote


DRILL = (
    "Lisbon holds an earthquake drill\n\n"
    "Lisbon held its first citywide earthquake drill on Friday. "
    "Some 3,000 pupils took part, the mayor's office said. "
    "The drill ended at noon.\n\n"
    "A second drill is planned for May.\n"
)


def test_the_two_best_sentences_side_by_side_are_cited_as_one(tmp_path: Path) -> None:
    searcher = engine_over(tmp_path, "drill.txt", DRILL)._searcher
    assert searcher is not None
    held, pupils, ended, planned = (
        searcher._excerpts([(1.0, _number(searcher, opening))], 1)[0]
        for opening in ("Lisbon held", "Some 3,000", "The drill ended", "A second drill")
    )
    joined = searcher._joined(pupils, held)
    assert joined.quote.startswith("Lisbon held") and joined.quote.endswith("office said.")
    assert DRILL[joined.start : joined.end] == joined.quote
    assert searcher._joined(held, ended) is held  # a sentence lies between them
    assert searcher._joined(ended, planned) is ended  # another paragraph


STATUE = (
    "Two arrested over stolen statue in Port Ellis\n\n"
    "Police in Port Ellis on Monday arrested two men over the theft of the bronze statue of "
    "the town's founder from the harbour square.\n\n"
    "The two men who stole the statue were named on Tuesday as local farmers. The town "
    "council said the statue would be put back next month.\n\n"
    "The statue, which the two men stole in May, was found in a barn. Police said the "
    "farmers had acted in a bid to sell the bronze for scrap.\n"
)


def test_the_first_excerpt_takes_in_the_neighbour_holding_the_kind_of_answer_asked_for(
    tmp_path: Path,
) -> None:
    engine = engine_over(tmp_path, "statue.txt", STATUE)
    first = engine.answer("Why did the two men steal the statue?").citations[0]
    # the best sentence says most about the theft, the one after it why
    assert first.quote.startswith("The statue, which the two men stole")
    assert first.quote.endswith("in a bid to sell the bronze for scrap.")
    assert STATUE[first.start : first.end] == first.quote


CAPTIONED = (
    "Lisbon holds an earthquake drill\n\n"
    "Lisbon held its first citywide earthquake drill on Friday. "
    "Image: Ana Roe. "
    "Some 3,000 pupils took part, the mayor's office said.\n"
)


def test_sentences_either_side_of_a_left_out_photo_credit_are_cited_verbatim(
    tmp_path: Path,
) -> None:
    searcher = engine_over(tmp_path, "drill.txt", CAPTIONED)._searcher
    assert searcher is not None
    numbers = [_number(searcher, opening) for opening in ("Lisbon held", "Some 3,000")]
    assert numbers[1] == numbers[0] + 1  # the credit is not indexed: the two are neighbours
    cited = searcher._excerpts([(1.0, numbers[0]), (0.9, numbers[1])], 2)
    cited += [searcher._joined(*cited)] if len(cited) == 2 else []
    assert any("Some 3,000" in c.quote and "Lisbon held" in c.quote for c in cited)
    assert all(CAPTIONED[c.start : c.end] == c.quote for c in cited)


def test_an_answer_leaves_out_other_stories_far_below_its_best_excerpt(tmp_path: Path) -> None:
    engine = engine_over_articles(
        tmp_path,
        {
            "ferry.txt": ARTICLE,
            "bakery.txt": "Bakery opens in Leeds\n\n"
            "A bakery opened in Leeds on Monday.\n\n"
            "Its owner, Jane Roe, said the bread sold out by noon.\n\n"
            "The bakery employs four people.\n",
        },
    )
    answer = engine.answer("How many passengers did the ferry carry?", k=5)
    assert answer.citations[0].quote.startswith("The ferry carried 40 passengers")
    assert {Path(c.source).name for c in answer.citations} == {"ferry.txt"}


def test_an_excerpt_never_joins_two_peoples_words(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "bridge.txt",
        "Bridge repairs approved\n\n"
        "The council of Port Vale approved the repairs of the old bridge on Monday.\n\n"
        "Mayor Ana Vey said the bridge repairs would take a year. Councillor Tom Brandt said "
        "the bridge repairs would cost too much.\n\n"
        "The bridge was built in 1910.\n",
    )
    cited = engine.answer("What was said about the bridge repairs?", k=5).citations
    speakers = {c.quote.split(" said")[0]: c.speaker for c in cited if " said " in c.quote}
    assert speakers == {"Mayor Ana Vey": "Ana Vey", "Councillor Tom Brandt": "Tom Brandt"}


def test_a_who_question_with_his_is_not_answered_only_in_a_quoted_persons_words(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "dogs.txt",
        "Breeder dies\n\n"
        "Pieter Smit, owner of a kennel near Durban, was killed by his dogs on Tuesday.\n\n"
        "Police spokeswoman Thandi Nkosi said the dogs were killed afterwards.\n",
    )
    answer = engine.answer("Who was killed by his dogs?", k=3)
    # "his" is the one asked for, not someone whose words answer it: the lead is cited too
    assert any("Pieter Smit" in c.quote for c in answer.citations)


def test_for_who_the_name_of_the_one_a_sentence_quotes_is_no_answer(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "attack.txt",
        "Attack at the depot\n\n"
        'Mayor Anne Vidal said in a statement: "The city mourns the victims of this attack."\n\n'
        "The victims were two guards, Paul Roux and Marc Petit.\n",
    )
    searcher = engine._searcher
    assert searcher is not None
    numbers = list(range(len(searcher.snapshot.sentences)))
    mourned = _number(searcher, "Mayor Anne Vidal")
    named = _number(searcher, "The victims were")
    typed = searcher._of_answer_type("Who were the victims?", numbers)
    assert named in typed and mourned not in typed
    # asked who said something, the one quoted is the answer
    assert mourned in searcher._of_answer_type("Who spoke about the victims?", numbers)


def test_a_surname_alone_names_the_person_the_question_gives_in_full(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "impeached.txt",
        "House impeaches the president\n\n"
        "The House impeached two presidents before, Bill Clinton in 1998 and Andrew Johnson "
        "in 1868.\n\n"
        "Johnson was impeached for firing his Secretary of War, Edwin Stanton.\n",
    )
    searcher = engine._searcher
    assert searcher is not None
    question = "Why was Andrew Johnson impeached?"
    listed = _number(searcher, "The House impeached two")
    fired = _number(searcher, "Johnson was impeached for")
    asked = set(tokens(question))
    first_names = searcher._first_names(question)
    assert first_names == {"johnson": frozenset({"andrew"})}
    shares = searcher._key_words(asked, asked, [listed, fired], first_names=first_names)
    assert shares[fired] == shares[listed]  # "Johnson" is Andrew Johnson as much
    plain = searcher._key_words(asked, asked, [listed, fired])
    assert plain[fired] < plain[listed]


def test_a_tie_between_the_best_by_meaning_and_by_words_goes_to_the_words() -> None:
    """Passage 0 is first by meaning only and passage 1 first by words only: their fusion
    scores tie, and the one holding the question's words comes first."""
    fused = {0: 1 / 61, 1: 1 / 61, 2: 1 / 62}
    lexical = np.array([0.0, 5.0, 1.0], dtype=np.float32)
    assert [p for p, _ in best_fused_first(fused, lexical)] == [1, 0, 2]


def test_a_line_that_is_only_a_name_is_never_cited(tmp_path: Path) -> None:
    resigned = (
        "Eastport mayor quits\n\n"
        "Ana Ruiz resigned as mayor of Eastport on Monday after ten years in office.\n\n"
        '"I have served this town with all my heart, and now it is time for someone new," '
        "her statement read.\n\n"
        "—Ana Ruiz\n\n"
        "The council will choose a new mayor in June.\n"
    )
    engine = engine_over_articles(tmp_path, {"eastport.txt": resigned})
    for question in ("Who is Ana Ruiz?", "What did Ana Ruiz say?"):
        quotes = [c.quote for c in engine.answer(question, k=3).citations]
        assert quotes and "—Ana Ruiz" not in quotes, "the credit line tells who spoke, not a fact"
    assert only_a_name("((Wayne Tseng))")
    assert not only_a_name("Tom Berg said.")


def test_a_person_the_question_names_locates_the_story_of_its_answer(tmp_path: Path) -> None:
    """ "How old is Bernie Sanders?" is not answered by another story's "33-year-old": only
    the articles that mention Sanders are cited, and, none of their excerpts giving an age,
    the answer says the article may not say."""
    engine = engine_over_articles(
        tmp_path,
        {
            "sanders.txt": "Sanders ends presidential bid\n\n"
            "Senator Bernie Sanders ended his presidential campaign on Wednesday.\n\n"
            "Sanders told supporters in Vermont that the path to the nomination was closed.\n",
            "gupta.txt": "Teacher wins council seat\n\n"
            "Ravi Gupta, a 33-year-old teacher, won the council seat in Leeds on Thursday.\n\n"
            "Gupta said he would focus on schools.\n",
        },
    )
    for question in ("How old is Bernie Sanders?", "how old is bernie sanders"):
        answer = engine.answer(question, k=3)
        assert answer.citations
        assert {c.doc_id for c in answer.citations} == {"sanders"}
        assert answer.note is not None and "an age" in answer.note
    teacher = engine.answer("How old is the teacher?", k=3)
    assert "33-year-old" in teacher.citations[0].quote


def test_a_number_of_another_event_told_in_an_aside_is_not_the_answer(tmp_path: Path) -> None:
    """ "How many people did Storm Alda kill?" is answered by Alda's toll, not by the
    relative clause on an earlier storm that holds the bigger number."""
    engine = engine_over_articles(
        tmp_path,
        {
            "storm.txt": "Storm Alda hits Norland\n\n"
            "Storm Alda hit the coast of Norland on Monday, killing at least 12 people.\n\n"
            "Alda struck the same area as Storm Berta, which killed over 300 people in 2004. "
            "Officials said the damage was lighter this time.\n",
        },
    )
    answer = engine.answer("How many people did Storm Alda kill?", k=3)
    assert "at least 12 people" in answer.citations[0].quote


def test_a_comparative_need_not_be_in_the_article_when_all_else_is(tmp_path: Path) -> None:
    """ "When was the earlier attempt?" is about "another attempt in June": the grade is said
    in other words; a general question with a superlative is still refused."""
    engine = engine_over_articles(
        tmp_path,
        {
            "swim.txt": "Man swims across Dunmore harbour\n\n"
            "On Sunday, Tom Hale swam across Dunmore harbour in four hours, police said.\n\n"
            "The swim follows another attempt in June, when a man was pulled from the water "
            "halfway across.\n\nHale said he had trained for a year.\n",
        },
    )
    answer = engine.answer("When was the earlier attempt?", k=3)
    assert not answer.refused
    assert "another attempt in June" in answer.citations[0].quote
    assert engine.answer("Who is the tallest man in the world?", k=3).refused


def test_someone_elses_number_is_no_answer_about_the_person_asked(tmp_path: Path) -> None:
    """Asked how many votes Jeremy Hunt got, of an article that gives only Johnson's, the
    answer says the article may not say; asked Johnson's, it gives them."""
    engine = engine_over_articles(
        tmp_path,
        {
            "vote.txt": "Johnson wins party vote\n\n"
            "Boris Johnson was elected party leader on Tuesday, winning 92,153 votes.\n\n"
            "Johnson competed for the role against Jeremy Hunt, the foreign secretary.\n\n"
            "Hunt congratulated him and said he would serve in the new government.\n",
        },
    )
    hunt = engine.answer("How many votes did Jeremy Hunt get?", k=3)
    assert hunt.note is not None and "a number" in hunt.note
    johnson = engine.answer("How many votes did Boris Johnson get?", k=3)
    assert johnson.note is None and "92,153" in johnson.citations[0].quote


def test_a_word_placing_the_question_in_the_present_need_not_be_in_the_article(
    tmp_path: Path,
) -> None:
    """ "Who is the favourite now?" is answered as "Who is the favourite?" is: the article
    tells its news in the past and never says "now"; an off-topic question stays refused."""
    engine = engine_over_articles(
        tmp_path,
        {
            "race.txt": "Park drops out of mayoral race\n\n"
            "Council member Lena Park dropped out of the mayoral race on Tuesday.\n\n"
            "Park's exit leaves Ana Reyes as the favourite. Park said she would support "
            "Reyes.\n",
            "gupta.txt": "Teacher wins council seat\n\n"
            "Ravi Gupta, a 33-year-old teacher, won the council seat in Leeds on Thursday.\n",
        },
    )
    now = engine.answer("who is the favourite now", k=2)
    assert not now.refused, now.reason
    assert "Ana Reyes as the favourite" in now.citations[0].quote
    assert engine.answer("Who is the president of France now?", k=2).refused


def test_which_one_of_a_kind_gives_the_sentences_naming_one_the_answer_bonus(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "lanes.txt",
        "Officials convicted over lane closures\n\n"
        "Two officials closed lanes leading to a major bridge in 2013 to punish a mayor who "
        "would not back the governor.\n\n"
        "The closures caused days of traffic jams in Fort Lee, New Jersey.\n\n"
        "Lanes on the George Washington Bridge were shut for four days in September.\n",
    )
    searcher = engine._searcher
    assert searcher is not None
    numbers = list(range(len(searcher.snapshot.sentences)))
    typed = searcher._of_answer_type("Which bridge had its lanes closed?", numbers)
    texts = {searcher.snapshot.sentences[n].text for n in typed}
    assert texts == {"Lanes on the George Washington Bridge were shut for four days in September."}
    answer = engine.answer("Which bridge was it?", k=3)
    assert "George Washington Bridge" in answer.citations[0].quote


ROE = """Kelm lawyer convicted of extortion

Yesterday, a federal jury in Kelm convicted Ivan Roe, the Avalon lawyer who represented the \
singer Ana Ruiz in her lawsuit against the mayor, of attempting to extort a shoe company.

The trial was held in Kelm, and was one of three facing Roe. He was also accused of keeping \
money that his clients were owed.

Together, the crimes carry a prison term of up to 42 years. The Kelm Courier reported Roe is \
to be sentenced in June.

Tom Harlan, a member of Roe's legal team, said Roe intended to appeal the conviction.
"""


@pytest.mark.parametrize(
    "question", ["Who is Ivan Roe?", "What happened to Roe?", "who's roe exactly?"]
)
def test_who_someone_is_and_what_happened_to_them_is_where_the_article_introduces_them(
    tmp_path: Path, question: str
) -> None:
    engine = engine_over(tmp_path, "roe.txt", ROE)
    answer = engine.answer(question, k=3)
    assert answer.citations[0].quote.startswith("Yesterday, a federal jury in Kelm convicted")


STORM = """Storm floods coastal towns in Eastshire

The storm reached the Eastshire coast on Tuesday night, flooding three towns and cutting power \
to 40,000 homes.

Joe Harris, the mayor of Port Bell, said the town had not seen such flooding in fifty years. \
"The water came in faster than anyone expected," Harris said.

The old harbour bridge collapsed on Wednesday morning after the storm surge weakened its \
supports. No one was on the bridge when it fell.

Ann Harris, the mayor's wife, was rescued from the roof of their home by a coast guard \
helicopter. She was treated in hospital for mild hypothermia and released on Thursday.
"""


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Who is Ann Harris?", "Ann Harris, the mayor's wife"),  # not Joe Harris, named before
        ("What happened to the bridge after the storm?", "The old harbour bridge collapsed"),
    ],
)
def test_the_one_introduced_is_the_whole_name_or_the_thing_before_when_it_happened(
    tmp_path: Path, question: str, first: str
) -> None:
    engine = engine_over(tmp_path, "storm.txt", STORM)
    assert engine.answer(question, k=3).citations[0].quote.startswith(first)


def test_of_several_stories_the_one_about_them_introduces_them(tmp_path: Path) -> None:
    """ "What happened to Ivan Roe?" of three stories, one about his conviction and two whose
    leads name him in passing: the first, not a lead that only mentions him."""
    engine = engine_over_articles(
        tmp_path,
        {
            "roe.txt": ROE,
            "rally.txt": "Thousands rally for Harlan\n\n"
            "Supporters of Ivan Roe joined thousands who rallied in Kelm on Saturday for mayor "
            "Tom Harlan.\n\n"
            "The crowd marched from the station to the town hall.\n\n"
            "Organisers said the rally was the largest in the town's history.\n",
            "vote.txt": "Kelm votes on budget\n\n"
            "The Kelm council, where Ivan Roe once worked as a clerk, voted on Monday to cut the "
            "town's budget.\n\n"
            "The cut will close two libraries.\n",
        },
    )
    answer = engine.answer("What happened to Ivan Roe?", k=3)
    assert answer.citations[0].quote.startswith("Yesterday, a federal jury in Kelm convicted")


SENTENCED = """Virginia doctor jailed for opioid prescriptions

A federal judge on Wednesday sentenced Dr. Joel Parkin, a doctor from Martinsville, to 30 years \
in prison for prescribing opioids illegally.

Prosecutors said the Martinsville clinic took only cash and drew patients from five states.

He was also fined US$50,000.

In a separate case last year, the clinic's manager was fined US$5,000 for keeping false records.

Judge Ann Greer handed down the sentence. The judge recommended treatment and a prison near his \
family, according to local television. Parkin, 36, is married.
"""


def test_a_sentence_speaking_of_someone_by_pronoun_holds_their_name(tmp_path: Path) -> None:
    """ "He was also fined US$50,000" is about Joel Parkin, whom the sentence before last names
    (``Unit.refers_to``): it holds the name "How much was Joel Parkin fined?" asks about, which
    the manager's fine does not."""
    searcher = engine_over(tmp_path, "parkin.txt", SENTENCED)._searcher
    assert searcher is not None
    his, manager = _number(searcher, "He was also fined"), _number(searcher, "In a separate")
    assert searcher.snapshot.sentences[his].refers_to == ("Joel Parkin",)
    assert searcher.snapshot.sentences[manager].refers_to == ()
    question = "How much was Joel Parkin fined?"
    shares = searcher._key_words(set(tokens(question)), set(tokens(question)), [his, manager])
    assert shares[his] > shares[manager]


def test_a_short_sentence_is_not_widened_with_someone_elses_statement(tmp_path: Path) -> None:
    """ "Parkin, 36, is married." is short, but the sentence before it is the judge's: joined,
    the excerpt would show the judge as saying that Parkin is married."""
    answer = engine_over(tmp_path, "parkin.txt", SENTENCED).answer("How old is Joel Parkin?", k=3)
    married = next(c for c in answer.citations if "is married" in c.quote)
    assert married.speaker is None
    assert "recommended" not in married.quote


@pytest.mark.parametrize(
    ("short", "refers_to", "joins"),
    [
        ("Parkin, 36, is married.", (), False),  # about someone else than the judge
        ("Greer disagreed.", (), True),  # introduces her words
        ("He disagreed.", ("Ann Greer",), True),  # so does a pronoun standing for her
    ],
)
def test_a_short_sentence_takes_a_statement_only_of_the_one_it_speaks_of(
    short: str, refers_to: tuple[str, ...], joins: bool
) -> None:
    def unit(number: int, text: str, **said: str | tuple[str, ...]) -> Unit:
        return replace(Unit(f"a#s{number}", text, "a", "a.txt", "A", 1, 0, len(text)), **said)

    sentence = unit(1, short, refers_to=refers_to)
    statement = unit(2, '"The sentence is just," Judge Ann Greer said.', speaker="Ann Greer")
    assert _may_join(sentence, statement) is joins

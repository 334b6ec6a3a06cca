"""Conversations end to end: the engine, the REPL and ``ask --conversation`` (real model)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from console.repl import Repl
from retrieval.answer_types import Wanted
from retrieval.engine import _names_nothing, _overlaps, _quoted
from retrieval.excerpts import citation_of
from retrieval.followups import thing_asked_for, things_in
from retrieval.types import Citation
from tests.helpers import engine_over, engine_over_articles
from tests.test_cli import index_env, run


def test_a_pronoun_follow_up_asks_about_the_same_person(engine: Any) -> None:
    first = engine.converse("What did Davutoglu say?")
    reply = engine.converse("What did he say about refugees?", first.conversation)
    assert reply.answer.understood_as == "What did Ahmet Davutoglu say about refugees?"
    assert reply.answer.citations
    assert all(c.speaker == "Ahmet Davutoglu" for c in reply.answer.citations)
    assert "refugees" in reply.answer.citations[0].quote


def test_an_ellipsis_changes_the_person(engine: Any) -> None:
    first = engine.converse("What did Davutoglu say about Russia?")
    reply = engine.converse("And Stoltenberg?", first.conversation)
    assert reply.answer.understood_as == "What did Stoltenberg say about Russia?"
    assert reply.answer.citations[0].speaker == "Jens Stoltenberg"


def test_an_ellipsis_cites_all_the_new_persons_statements_nearest_the_topic_first(
    engine: Any,
) -> None:
    first = engine.converse("What did Davutoglu say about the downed jet?", k=8)
    reply = engine.converse("and stoltenberg?", first.conversation, k=8)
    on_topic = engine.answer("What did Stoltenberg say about the downed jet?", k=8)
    everything = engine.answer("What did Stoltenberg say?", k=8)
    assert len(on_topic.citations) < len(everything.citations)  # the topic alone keeps few
    assert {c.start for c in reply.answer.citations} == {c.start for c in everything.citations}
    assert reply.answer.citations[0].start == on_topic.citations[0].start


def test_why_is_answered_near_what_the_previous_answer_cited(engine: Any) -> None:
    first = engine.converse("What did Davutoglu say?", k=3)
    reply = engine.converse("Why?", first.conversation, k=3)
    cited = {c.paragraph for c in first.answer.citations[:3]}
    assert not reply.answer.refused and reply.answer.citations
    assert all(any(abs(c.paragraph - p) <= 1 for p in cited) for c in reply.answer.citations), (
        "every excerpt comes from the cited paragraphs or their neighbours"
    )


def test_more_shows_excerpts_not_shown_yet(engine: Any) -> None:
    first = engine.converse("What did Stoltenberg say?", k=2)
    reply = engine.converse("more", first.conversation, k=2)
    shown = {(c.doc_id, c.start) for c in first.answer.citations}
    assert reply.answer.citations
    assert not shown & {(c.doc_id, c.start) for c in reply.answer.citations}


def test_more_after_a_topic_goes_on_to_the_persons_other_statements(engine: Any) -> None:
    first = engine.converse("What did Davutoglu say about refugees?", k=8)
    statements = engine.answer("What did Davutoglu say?", k=20).citations
    assert len(first.answer.citations) < len(statements)  # only those on refugees
    reply = engine.converse("more", first.conversation, k=8)
    shown = {c.start for c in first.answer.citations}
    assert reply.answer.citations and all(
        c.speaker == "Ahmet Davutoglu" for c in reply.answer.citations
    )
    assert shown.isdisjoint(c.start for c in reply.answer.citations)
    assert shown | {c.start for c in reply.answer.citations} == {c.start for c in statements}


def test_a_standalone_question_is_answered_as_if_asked_alone(engine: Any) -> None:
    first = engine.converse("What did Davutoglu say?")
    reply = engine.converse("What did Stoltenberg say about Ukraine?", first.conversation)
    alone = engine.answer("What did Stoltenberg say about Ukraine?")
    assert reply.answer.understood_as == "What did Stoltenberg say about Ukraine?"
    assert [c.start for c in reply.answer.citations] == [c.start for c in alone.citations]


def test_two_people_named_are_asked_back(engine: Any) -> None:
    first = engine.converse("Who met at NATO headquarters in Brussels on Monday?", k=1)
    names = set(first.conversation.last.named)
    reply = engine.converse("What did he say?", first.conversation)
    if len(names) > 1:
        assert set(reply.answer.clarify) == names
        assert not reply.answer.citations
        assert reply.answer.reason and reply.answer.reason.startswith("Do you mean")
        chosen = engine.converse("Stoltenberg", reply.conversation)
        assert chosen.answer.understood_as == "What did Jens Stoltenberg say?"
    else:
        assert not reply.answer.clarify


def lines(*answers: str) -> Iterator[str]:
    yield from answers
    raise EOFError


def test_the_repl_keeps_the_conversation_and_shows_the_reading(engine: Any) -> None:
    out = io.StringIO()
    feed = lines(
        "What did Davutoglu say?",
        "What did he say about refugees?",
        ":history",
        ":new",
        "What did he say about refugees?",
    )
    Repl(engine, read=lambda _: next(feed), out=out).run()
    text = out.getvalue()
    # the reading comes right under the question it is of, not above it
    assert (
        "Q: What did he say about refugees?\n"
        "(understood as: What did Ahmet Davutoglu say about refugees?)\n"
    ) in text
    assert "1. What did Davutoglu say?" in text
    assert "understood as: What did Ahmet Davutoglu say about refugees?" in text
    assert "new conversation" in text
    assert text.count("(understood as: What did Ahmet Davutoglu say about refugees?)") == 1


def test_ask_conversation_gives_one_line_per_turn_even_for_bad_ones(bundled_index: Any) -> None:
    turns = "What did Davutoglu say?\nWhy?\n" + "x" * 3000 + "\n\nWhat did he say?\nmore\n"
    result = run(
        "ask", "--conversation", "--json", "-k", "2", input=turns, env=index_env(bundled_index)
    )
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 5  # five non-empty lines, the empty one starts anew
    assert result.exit_code == 2  # one line failed
    assert "error" in answers[2] and "1,000" in answers[2]["error"]
    assert all("understood_as" in a for i, a in enumerate(answers) if i != 2)
    assert answers[1]["understood_as"].startswith("Why?")
    # After the empty line, "he" has no one to refer to: taken as it is.
    assert answers[3]["understood_as"] == "What did he say?"


HARBOUR = "\n\n".join(
    (
        "Port officials closed the harbour on Tuesday.",
        "The storm flooded the old quay. Mayor Ana Ruiz met the fishermen on Wednesday to ask "
        "for patience. She said the repairs could take a month. “We are doing all we can,” "
        "Ruiz said.",
        "Two boats were sunk by the waves. The crews had left them moored because the warning "
        "came late.",
        "Council member Tom Berg said the quay had been neglected for years. “This was waiting "
        "to happen,” Berg said.",
    )
)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """An engine over one small made-up article."""
    return engine_over(tmp_path_factory.mktemp("harbour"), "harbour.txt", HARBOUR)


def test_why_is_answered_from_the_first_excerpt_first(harbour: Any) -> None:
    first = harbour.converse("Why did the mayor meet the fishermen?", k=3)
    assert "Ruiz met the fishermen" in first.answer.citations[0].quote
    reply = harbour.converse("Why?", first.conversation, k=3)
    assert "to ask for patience" in reply.answer.citations[0].quote, (
        "the purpose in the excerpt read first beats a reason near a later excerpt"
    )


def test_by_whom_finds_the_agent_of_a_passive(harbour: Any) -> None:
    first = harbour.converse("How many boats were sunk?", k=2)
    reply = harbour.converse("By whom?", first.conversation, k=2)
    assert "sunk by the waves" in reply.answer.citations[0].quote


def test_the_person_asked_about_is_the_one_the_answer_quotes() -> None:
    quoted = Citation("“Yes,” Ruiz said.", "a.txt", "a", "A", 1, 0, 16, 1.0, "Ana Ruiz")
    assert _quoted(("Ana Ruiz", "Tom Berg"), (quoted,)) == ("Ana Ruiz",)
    assert _quoted(("Ana Ruiz", "Tom Berg"), ()) == ("Ana Ruiz", "Tom Berg")


def test_he_is_the_person_the_first_excerpt_names(harbour: Any) -> None:
    first = harbour.converse("Who said the quay had been neglected?", k=1)
    assert first.conversation.last.named[:1] == ("Tom Berg",)
    reply = harbour.converse("what else did he say?", first.conversation)
    assert reply.answer.understood_as == "what else did Tom Berg say?"


def test_a_question_after_a_refused_one_is_not_read_in_its_context(harbour: Any) -> None:
    refused = harbour.converse("What is MSF doing?", k=3)
    assert refused.answer.refused and refused.conversation.last.refused
    reply = harbour.converse("how many boats sank?", refused.conversation, k=3)
    assert reply.answer.understood_as == "how many boats sank?"
    assert "Two boats were sunk" in reply.answer.citations[0].quote


def test_full_names_and_lower_case_names_come_from_the_index(harbour: Any) -> None:
    searcher = harbour._refreshed()
    assert searcher.full_name("Berg", "harbour") == "Tom Berg"
    assert searcher.corpus_names["tom"] == ((("tom", "berg"), "Tom Berg", "PERSON"),)
    assert things_in("what did tom berg say?", (), searcher.corpus_names) == ()


def test_who_said_that_cites_the_statement_with_its_speaker(harbour: Any) -> None:
    first = harbour.converse("How long could the repairs take?", k=1)
    assert "could take a month" in first.answer.citations[0].quote
    reply = harbour.converse("Who said that?", first.conversation, k=1)
    assert reply.answer.citations[0].speaker == "Ana Ruiz"
    then = harbour.converse("what else did she say?", reply.conversation)
    assert then.answer.understood_as == "what else did Ana Ruiz say?"


def test_according_to_whom_may_be_a_body_the_article_names_as_its_source(tmp_path: Path) -> None:
    attack = (
        "Knife attack at police headquarters\n\n"
        "Mayor Anne Hidalgo said the city was in mourning after the attack.\n\n"
        "A civilian employee stabbed four people to death at the Paris police headquarters on "
        "Thursday. Three of the victims were police officers, according to Agence "
        "France-Presse.\n\n"
        "The attacker was shot dead by an officer.\n"
    )
    engine = engine_over_articles(tmp_path, {"paris.txt": attack})
    first = engine.converse("How many people were stabbed to death?", k=3)
    assert "stabbed four people" in first.answer.citations[0].quote
    reply = engine.converse("according to whom?", first.conversation, k=3)
    assert "Agence France-Presse" in reply.answer.citations[0].quote, (
        "a news agency is a source, though no one speaks for it"
    )


def test_he_after_who_did_it_may_be_someone_the_answer_names_by_surname_alone(
    tmp_path: Path,
) -> None:
    vote = (
        "Vidal wins Castellan runoff\n\n"
        "Former mayor Elena Vidal won Castellan's presidential runoff on Sunday, defeating "
        "Tomas Brandt of the ruling party.\n\n"
        "Brandt had won the first round with 41 percent of the vote three weeks ago.\n\n"
        "Brandt, 61, is a former finance minister. Vidal, 49, ran for a coalition of small "
        "parties.\n"
    )
    engine = engine_over_articles(tmp_path, {"vote.txt": vote})
    first = engine.converse("Who won the first round?", k=3)
    assert first.answer.citations[0].quote.startswith("Brandt had won")
    reply = engine.converse("How old is he?", first.conversation, k=3)
    assert reply.answer.understood_as == "How old is Tomas Brandt?"


def test_who_said_that_may_be_someone_the_article_leaves_unnamed(tmp_path: Path) -> None:
    crash = (
        "Bus driver arrested after crash in Tamworth\n\n"
        "A bus carrying 30 schoolchildren left the road near Tamworth on Tuesday morning.\n\n"
        "The driver, a 52-year-old man, was arrested on suspicion of dangerous driving, a "
        "police spokesman said. He was released on bail on Wednesday.\n\n"
        'Mayor Ann Cole said the town was in shock. "Every family here knows someone on that '
        'bus," she said.\n'
    )
    engine = engine_over_articles(tmp_path, {"crash.txt": crash})
    first = engine.converse("What happened to the driver?", k=1)
    assert "was arrested" in first.answer.citations[0].quote
    reply = engine.converse("Who said that?", first.conversation, k=2)
    assert "a police spokesman said" in reply.answer.citations[0].quote, (
        "the sentence asked about gives its own source, before a named neighbour's words"
    )
    assert reply.answer.citations[0].speaker is None


def test_who_else_commented_cites_each_other_person_the_article_quotes(harbour: Any) -> None:
    first = harbour.converse("What did Ruiz say?", k=3)
    others = harbour.converse("Who else commented?", first.conversation, k=3)
    assert [c.speaker for c in others.answer.citations] == ["Tom Berg"]
    again = harbour.converse("Who else said something?", others.conversation, k=3)
    assert again.answer.refused and "No one else" in (again.answer.reason or "")


def test_after_who_else_an_ellipsis_asks_the_question_before_it_of_someone_else(
    harbour: Any,
) -> None:
    first = harbour.converse("What did Ruiz say about the repairs?", k=3)
    others = harbour.converse("Who else commented?", first.conversation, k=3)
    nobody = harbour.converse("Who else said something?", others.conversation, k=3)
    assert nobody.answer.refused
    reply = harbour.converse("What about Berg?", nobody.conversation, k=3)
    assert reply.answer.understood_as == "What did Berg say about the repairs?"
    assert reply.answer.citations[0].speaker == "Tom Berg"


def test_thanks_and_ok_are_replies_that_leave_the_conversation_as_it_was(harbour: Any) -> None:
    first = harbour.converse("How long could the repairs take?", k=1)
    thanks = harbour.converse("Thanks!", first.conversation)
    assert thanks.answer.reason == "You're welcome." and not thanks.answer.citations
    assert not thanks.answer.refused
    assert thanks.conversation == first.conversation
    okay = harbour.converse("ok", thanks.conversation)
    assert okay.answer.reason == "OK." and okay.conversation == first.conversation
    reply = harbour.converse("Who said that?", okay.conversation, k=1)
    assert reply.answer.citations[0].speaker == "Ana Ruiz"
    # a question that starts like one is still a question
    assert harbour.converse("ok, who is Tom Berg?", first.conversation).answer.citations


def test_and_an_organisation_asks_about_the_person_who_speaks_for_it(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "measles.txt",
        "Vaccination Drive Ends\n\n"
        '"We have reached every village," said Lena Moss of the Red Cross on Friday.\n\n'
        "Health minister Tom Reed said the clinics would stay open until June.\n",
    )
    first = engine.converse("What did Tom Reed say?")
    reply = engine.converse("And the Red Cross?", first.conversation)
    assert [c.speaker for c in reply.answer.citations] == ["Lena Moss"]


def test_and_a_named_body_asks_what_it_said_unless_the_person_asked_about_spoke_of_it(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "drones.txt",
        "Norway expels Russian diplomats\n\n"
        "Foreign Minister Ingrid Solberg said the diplomats had flown drones over oil platforms. "
        "“Norway will not accept this,” Solberg said.\n\n"
        "NATO Secretary General Mark Rutte said the alliance stood with Norway.\n\n"
        "Solberg said Russia had been warned twice. The Russian embassy said the claims were "
        "absurd.\n",
    )
    first = engine.converse("What did Solberg say?")
    nato = engine.converse("And NATO?", first.conversation)
    assert nato.answer.understood_as == "What did NATO say?"
    assert [c.speaker for c in nato.answer.citations] == ["Mark Rutte"]
    # Solberg speaks of Russia: what she said of it, though Russia speaks too
    russia = engine.converse("And Russia?", first.conversation)
    assert russia.answer.understood_as == "What did Ingrid Solberg say about Russia?"


def test_and_the_body_whose_officer_speaks_as_its_role_asks_what_that_officer_said(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "radar.txt",
        "Radar fault halts flights\n\n"
        "Fiona Gallagher, chief executive of Kelmscott Airports Group, said safety came first.\n\n"
        "The Civil Aviation Authority said it had opened an investigation. Its director, Marcus "
        "Bell, said the regulator could impose fines.\n",
    )
    first = engine.converse("What did Fiona Gallagher say?")
    # "the" before the body's name, and "Its director" is the body's
    body = engine.converse("and the Civil Aviation Authority?", first.conversation)
    assert body.answer.understood_as == "What did the Civil Aviation Authority say?"
    # its director's words, then what the body itself is said to say
    assert [c.speaker for c in body.answer.citations] == ["Marcus Bell", None]
    assert body.answer.citations[1].quote.startswith("The Civil Aviation Authority said")


TERMINAL = (
    "Knife attack at the ferry terminal\n\n"
    "A man stabbed two passengers at the ferry terminal on Friday. The attacker was arrested "
    "at the gate. Prosecutor Lena Ortiz said the attacker's brother was questioned.\n\n"
    "Police said the man was 38 years old and lived in Harwick.\n\n"
    "The mayor of Harwick, Paul Dunne, said: “The whole town is in shock after this attack on "
    "our ferry.”\n"
)


@pytest.fixture(scope="module")
def terminal(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return engine_over(tmp_path_factory.mktemp("terminal"), "terminal.txt", TERMINAL)


def test_after_who_was_the_attacker_he_is_the_attacker_not_the_prosecutor(terminal: Any) -> None:
    first = terminal.converse("Who was the attacker?", k=2)
    assert first.conversation.last.named == ("Lena Ortiz",)
    reply = terminal.converse("How old was he?", first.conversation, k=1)
    assert reply.answer.understood_as == "How old was the attacker?"
    assert "38 years old" in reply.answer.citations[0].quote


def test_a_question_of_its_own_after_what_someone_said_is_not_asked_about_them(
    terminal: Any,
) -> None:
    first = terminal.converse("What did the mayor say?", k=1)
    assert first.answer.citations[0].speaker == "Paul Dunne"
    reply = terminal.converse("Who was the attacker?", first.conversation, k=2)
    assert reply.answer.understood_as == "Who was the attacker?"
    assert reply.answer.citations[0].speaker != "Paul Dunne"


def test_he_is_not_the_woman_the_last_answer_named(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "hale.txt",
        "Harbour mayor resigns\n\n"
        "Mayor Tom Hale resigned on Monday after he lost a vote of confidence.\n\n"
        "The town clerk, Ana Ruiz, takes over as mayor on Friday. Ruiz said she would reopen "
        "the quay.\n",
    )
    assert engine._refreshed().genders == {"Tom Hale": "m", "Ana Ruiz": "f"}
    first = engine.converse("Who takes over as mayor?", k=1)
    assert first.conversation.last.named == ("Ana Ruiz",)
    reply = engine.converse("Why did he resign?", first.conversation, k=1)
    assert "Ana Ruiz" not in reply.answer.understood_as
    assert "lost a vote of confidence" in reply.answer.citations[0].quote


def test_he_is_not_the_woman_a_she_after_her_name_stood_for(tmp_path: Path) -> None:
    """No sentence naming Janet Oduya alone holds a pronoun; the "she" that goes on with her
    statement tells she is a woman, so "he" is not her."""
    engine = engine_over(
        tmp_path,
        "stadium.txt",
        "Council freezes stadium payments\n\n"
        'Council leader Janet Oduya said the council could not sign "a blank cheque". "We made '
        'a promise to the people of Marrowfield," she told the meeting.\n\n'
        "The builder said the discovery of contaminated soil had added to the cost.\n",
    )
    assert engine._refreshed().genders.get("Janet Oduya") == "f"
    first = engine.converse("What did the council leader say?", k=1)
    reply = engine.converse("What did he say about the soil?", first.conversation, k=1)
    assert "Janet Oduya" not in reply.answer.understood_as


EASTPORT = (
    "Fire at Eastport club\n\n"
    "A fire at a club in Eastport killed four students on Saturday night.\n\n"
    "The students had gone to the club to celebrate a birthday. Most of them died from the "
    "smoke, the fire chief said.\n\n"
    "Mayor Ana Ruiz said the club had passed its last inspection in May.\n"
)
WESTPORT = (
    "Ferry sinks off Westport\n\n"
    "The Sea Star ferry sank off Westport on Sunday and three passengers drowned.\n\n"
    "The passengers were there doing the flowers for a wedding. They drowned when the cabin "
    "flooded.\n\n"
    "Mayor Tom Berg said the ferry was twenty years old.\n"
)


@pytest.fixture(scope="module")
def two_stories(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """An engine over two made-up articles alike in what they tell."""
    folder = tmp_path_factory.mktemp("stories")
    return engine_over_articles(folder, {"eastport.txt": EASTPORT, "westport.txt": WESTPORT})


def test_a_follow_up_is_answered_from_the_article_the_conversation_is_about(
    two_stories: Any,
) -> None:
    first = two_stories.converse("How many died in the Eastport fire?", k=3)
    second = two_stories.converse("how did they die?", first.conversation, k=3)
    third = two_stories.converse("what were they doing there?", second.conversation, k=3)
    assert third.answer.citations[0].doc_id == "eastport", (
        "the Westport sentence has more of the question's words, but the conversation is "
        "about the Eastport fire"
    )
    # someone described, not named, is the one the story quotes
    mayor = two_stories.converse("what did the mayor say?", first.conversation, k=3)
    assert [c.speaker for c in mayor.answer.citations] == ["Ana Ruiz"]
    alone = two_stories.answer("what did the mayor say?", k=3)
    assert {c.speaker for c in alone.citations} == {"Ana Ruiz", "Tom Berg"}


def test_an_answer_about_the_story_shows_no_other_articles_excerpts(tmp_path: Path) -> None:
    engine = engine_over_articles(
        tmp_path,
        {
            "bill.txt": (
                "President to send abortion bill to Congress\n\n"
                "President Alberto Ruiz announced on Sunday that he will send a bill legalising "
                'abortion to Congress within ten days. "It is a matter of public health," Ruiz '
                "said.\n\n"
                "Thousands of people gathered outside Congress to support the bill. The proposal "
                'was criticised by archbishop Jorge Vidal. Calling it a "culture of death" the '
                'archbishop said "We need to pray so that the yes to life is stronger."\n'
            ),
            "film.txt": (
                "Documentary on abuse by priests prompts church apology\n\n"
                "A documentary about abuse by Catholic priests was watched by millions of "
                "people this week.\n\n"
                "Speaking about the movie, the topmost senior Polish archbishop Tomasz Nowak "
                'said, "I am deeply disturbed by what I saw."\n\n'
                'A victims\' charity called the apology "just another apology".\n'
            ),
        },
    )
    first = engine.converse("what did the president say about the bill?", k=5)
    church = engine.converse("how did the church react?", first.conversation, k=5)
    cited = [c.doc_id for c in church.answer.citations]
    assert cited and set(cited) == {"bill"}, "the film's archbishop reacted to another story"


def test_the_story_is_the_article_of_the_answers_first_excerpt(two_stories: Any) -> None:
    first = two_stories.converse("What happened on Saturday and Sunday?", k=3)
    assert [c.doc_id for c in first.answer.citations][:2] == ["eastport", "westport"]
    mayor = two_stories.converse("what did the mayor say?", first.conversation, k=3)
    assert [c.speaker for c in mayor.answer.citations] == ["Ana Ruiz"], (
        "the answer told of the Eastport fire first: its mayor, not the Westport one cited after"
    )


def test_a_follow_up_naming_another_story_is_answered_from_that_one(two_stories: Any) -> None:
    first = two_stories.converse("How many died in the Eastport fire?", k=3)
    reply = two_stories.converse("and in the Westport ferry?", first.conversation, k=3)
    assert reply.answer.citations[0].doc_id == "westport"


def test_the_thing_it_was_read_as_is_what_the_next_it_means(two_stories: Any) -> None:
    first = two_stories.converse("What did the mayor say about the Sea Star in Westport?")
    second = two_stories.converse("how many passengers drowned on it?", first.conversation)
    assert second.answer.understood_as == "how many passengers drowned on the Sea Star in Westport?"
    third = two_stories.converse("how many people were on it?", second.conversation)
    assert third.answer.understood_as == "how many people were on the Sea Star in Westport?", (
        "not Westport, the last thing the question before named"
    )


def test_a_follow_up_about_a_body_only_another_article_quotes_is_answered_from_the_story(
    tmp_path: Path,
) -> None:
    engine = engine_over_articles(
        tmp_path,
        {
            "dam.txt": "Dam plan approved\n\nThe council approved the Lowmoor dam on Monday. "
            "Mayor Ana Ruiz said the dam would end the floods.\n\n"
            "The Anglers Union opposed the dam, warning that the river's salmon would vanish.\n",
            "race.txt": "Rowing race cancelled\n\nThe spring rowing race was cancelled because "
            'of high water.\n\n"The river is too fast for our crews," said Tom Fell of the '
            "Anglers Union.\n",
        },
    )
    first = engine.converse("What did Ana Ruiz say about the dam?", k=3)
    reply = engine.converse("and the anglers union?", first.conversation, k=3)
    assert reply.answer.citations[0].doc_id == "dam", (
        "the conversation is about the dam: its article tells how the union reacted, though "
        "only the other article quotes someone of the union"
    )
    assert "salmon" in reply.answer.citations[0].quote
    # asked alone, the topic finds that story too: Tom Fell's never speaks of a dam
    alone = engine.answer(reply.answer.understood_as or "", k=3)
    assert alone.citations[0].doc_id == "dam" and alone.note is None


def test_a_word_that_only_starts_a_name_names_nothing(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "vote.txt",
        "Abortion bill passes\n\nThe upper house passed the bill on Thursday.\n\n"
        'Opposition leader Bill Shorten said, "This is a historic day."\n',
    )
    searcher = engine._refreshed()
    # "bill" starts the name Bill Shorten, yet alone it is the bill of the story
    assert searcher.question_names("who wrote the bill?") == set()
    assert _names_nothing("who wrote the bill?", searcher)
    assert searcher.question_names("what did bill shorten say?") == {"bill", "shorten"}
    # a year pins a question to its own event: it is complete on its own
    assert not _names_nothing("who won the 2014 world cup?", searcher)
    # a pronoun before any name stands for what the conversation named; after one, for it
    assert _names_nothing("when did they tell the EPA?", searcher)
    assert not _names_nothing("What did Ruiz say about her plan?", searcher)


def test_more_leaves_out_a_sentence_shown_before_in_a_wider_excerpt() -> None:
    def cited(doc_id: str, start: int, end: int) -> Citation:
        return Citation("x" * (end - start), "/a.txt", doc_id, "A", 1, start, end, 1.0)

    shown = (cited("a", 100, 160),)  # a quotation, cited with the sentence reporting it
    assert _overlaps(cited("a", 130, 160), shown)  # the quotation alone
    assert _overlaps(cited("a", 60, 130), shown)  # with the sentence before it instead
    assert not _overlaps(cited("a", 160, 200), shown)  # the next sentence
    assert not _overlaps(cited("b", 100, 160), shown)  # another article


STALLS = "fish bread cheese honey apple cider olive pepper walnut plum lemon onion mint fig"
TOWNS = "Ayr Bray Cobh Deal Eyam Fowey Gorey Hythe Ilkley Jarrow Kelso Leek Mold Nairn"
FESTIVAL = "Harbour festival returns\n\n" + "\n\n".join(
    f"On day {day} of the festival, the {stall} stall sold {count} plates to visitors from "
    f"{town}, and the band played until {hour} o'clock."
    for day, (stall, count, town, hour) in enumerate(
        zip(STALLS.split(), range(120, 1520, 100), TOWNS.split(), range(7, 21), strict=True),
        start=1,
    )
)
"""One article of fourteen paragraphs, more than the candidates a question looks at."""


def test_over_one_article_the_story_changes_nothing(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, "festival.txt", FESTIVAL)
    searcher = engine._refreshed()
    for question in ("How many plates did the honey stall sell?", "Where did visitors come from?"):
        alone = searcher.answer(question, 5)
        in_story = searcher.answer(question, 5, stories={"festival"})
        assert [c.start for c in in_story.citations] == [c.start for c in alone.citations]


MARATHON = (
    "Runner breaks the two-hour barrier\n\n"
    "On Saturday, Amina Odhiambo of Kenya ran a marathon in 1 hour 59 minutes in Vienna. It "
    "was not an official world record, as the race was not open to other runners.\n\n"
    '"We did this together," said Odhiambo after the run. She thanked the forty pacemakers '
    "who ran beside her.\n\n"
    "The city closed the Prater park's main avenue for the attempt.\n"
)


def test_a_time_is_no_topic_for_the_next_turns_it(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, "marathon.txt", MARATHON)
    said = engine.converse("What did Odhiambo say afterwards?")
    record = engine.converse("Was it a world record?", said.conversation)
    assert "afterwards" not in record.answer.understood_as.split("(")[0]  # not "Was afterwards"
    assert "official world record" in record.answer.citations[0].quote
    why = engine.converse("Why not?", record.conversation)
    assert why.answer.understood_as.startswith("Why not? (about the previous answer to:")
    assert "not open to other runners" in why.answer.citations[0].quote


def test_he_after_a_description_no_one_quoted_fits_is_that_description(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "doctor.txt",
        "Doctor jailed for opioid prescriptions\n\nOn Wednesday, a federal judge sentenced a "
        "doctor based in Dunmore to prison for 40 years.\n\nProsecutors said Dr. Tom Fell gave "
        "out the prescriptions to patients from five different states.\n",
    )
    said = engine.converse("What did the prosecutor say?")
    reply = engine.converse("How old is he?", said.conversation)
    assert reply.answer.understood_as == "How old is the prosecutor?"  # not "is prosecutor"


def test_he_is_not_the_people_the_last_turn_asked_about_but_whom_they_spoke_of(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "surgeon.txt",
        "Surgeon jailed for fraud\n\nOn Tuesday, a judge in Wexbury sentenced a surgeon to "
        "twelve years in prison for billing fraud.\n\nProsecutors said Dr. Ian Moss billed "
        "insurers for operations he never performed.\n\nHe was also fined $90,000.\n",
    )
    said = engine.converse("What did the prosecutors say about the surgeon?")
    reply = engine.converse("How long is his sentence?", said.conversation)
    assert reply.answer.understood_as == "How long is the surgeon's sentence?"
    assert "twelve years" in reply.answer.citations[0].quote


def test_he_after_a_question_about_someone_described_is_that_person_not_whom_it_cited(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "quit.txt",
        "Harbour governor quits\n\nTom Hale, the harbour governor, announced on Wednesday that "
        'he is stepping down.\n\nIn a statement, Ana Ruiz said, "The governor was right to '
        'resign, for the good of the harbour."\n\nHale is to leave office on August 2.\n',
    )
    first = engine.converse("Why did the harbour governor resign?")
    assert first.answer.citations[0].speaker == "Ana Ruiz"  # her words come first
    reply = engine.converse("When does he leave office?", first.conversation)
    assert "Ana Ruiz" not in reply.answer.understood_as
    assert "August 2" in reply.answer.citations[0].quote


def test_whom_the_user_called_she_is_not_he_afterwards(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "council.txt",
        "Harbour council dissolved\n\n"
        "In early May, Sarah Collins, the governor, dissolved the harbour council at the "
        "request of Tom Hale, the mayor.\n\n"
        "The council had met every week for ten years.\n",
    )
    first = engine.converse("Who is Sarah Collins?", k=1)
    second = engine.converse("At whose request did she act?", first.conversation, k=1)
    assert second.answer.understood_as == "At whose request did Sarah Collins act?"
    assert second.conversation.last.called == (("Sarah Collins", "f"),)
    reply = engine.converse("How old is he?", second.conversation, k=1)
    assert reply.answer.understood_as == "How old is Tom Hale?"


def test_who_said_that_after_who_else_commented_is_about_the_others_just_shown(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "bridge.txt",
        "Bridge to reopen\n\n"
        'Mayor Tom Hale said, "The bridge will reopen on Monday."\n\n'
        "The bridge was closed in May after a barge struck one of its piers.\n\n"
        'Engineer Sarah Collins said, "The new pier is stronger than the old one."\n',
    )
    first = engine.converse("What did Tom Hale say?", k=1)
    others = engine.converse("Who else commented?", first.conversation, k=1)
    assert others.answer.citations[0].speaker == "Sarah Collins"
    reply = engine.converse("Who said that?", others.conversation, k=1)
    assert reply.answer.citations[0].speaker == "Sarah Collins"


def test_what_else_someone_said_leaves_out_what_the_conversation_showed(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "quake.txt",
        "Quake damages towns\n\n"
        "A magnitude 5.5 earthquake struck the province on Saturday.\n\n"
        "Governor Mary Colman told reporters that three towns were damaged.\n\n"
        "Colman said the provincial hospital had treated 25 people.\n\n"
        'She added, "We will rebuild the schools first."\n',
    )
    first = engine.converse("What did Mary Colman say?", k=1)
    seen = [first.answer.citations[0].quote]
    conversation = first.conversation
    for _ in range(2):
        reply = engine.converse("what else did she say?", conversation, k=1)
        assert reply.answer.understood_as == "what else did Mary Colman say?"
        [citation] = reply.answer.citations
        assert citation.speaker == "Mary Colman" and citation.quote not in seen
        seen.append(citation.quote)
        conversation = reply.conversation
    done = engine.converse("what else did she say?", conversation, k=1)
    assert not done.answer.citations
    assert done.answer.reason == "That is all the article says about it."
    # asked on its own, it is her statements
    alone = engine.answer("What else did Mary Colman say?", k=1)
    assert alone.citations[0].speaker == "Mary Colman"


def test_he_is_not_a_one_word_name_nothing_says_is_a_person(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "leonov.txt",
        "Cosmonaut Alexei Leonov dies\n\n"
        "Alexei Leonov, the first man to walk in space, died on Friday.\n\n"
        "Leonov flew on Voskhod in 1965.\n\n"
        "He was 85 years old.\n",
    )
    first = engine.converse("What happened in 1965?")
    assert "Voskhod" in first.answer.citations[0].quote
    # the recogniser reads "Voskhod" as a person, but nothing else says it is one
    followup = engine.converse("how old was he?", first.conversation)
    assert not followup.answer.clarify
    assert "Voskhod" not in (followup.answer.understood_as or "")


def test_a_bare_where_looks_further_in_the_article_when_nothing_near_says_where(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "strike.txt",
        "Airstrike Kills General\n\n"
        "A drone strike killed General Qasem Rahimi on Friday.\n\n"
        "He had just landed after a long flight.\n\n"
        "The defence ministry said the strike was ordered by the president.\n\n"
        "Officials called it a defensive action.\n\n"
        "Leaders around the world urged calm.\n\n"
        "Oil prices rose sharply after the news.\n\n"
        "The strike took place near Baghdad International Airport.\n",
    )
    first = engine.converse("Who was killed in the drone strike?", k=1)
    assert "Rahimi" in first.answer.citations[0].quote
    where = engine.converse("Where?", first.conversation, k=2)
    assert any("Baghdad" in c.quote for c in where.answer.citations)


def test_more_stays_in_the_articles_the_answer_cited(tmp_path: Path) -> None:
    engine = engine_over_articles(
        tmp_path,
        {
            "crash.txt": "Helicopter Crash Kills Nine\n\n"
            "A helicopter crashed in fog near Calabasas on Sunday, killing all nine on board.\n\n"
            "Investigators said the helicopter was flying in heavy fog.\n",
            "chess.txt": "Chess Player Moves Abroad\n\n"
            "The chess player said the fog of politics drove her to leave the country.\n\n"
            "She now plays for the United States.\n",
        },
    )
    first = engine.converse("What happened to the helicopter in the fog?", k=2)
    assert {c.doc_id for c in first.answer.citations} == {"crash"}
    more = engine.converse("anything else?", first.conversation, k=2)
    assert all(c.doc_id == "crash" for c in more.answer.citations)


def test_and_in_a_place_asks_the_same_question_of_that_place(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "primaries.txt",
        "Buttigieg Leads Early Primaries\n\n"
        "In the Iowa caucuses, Pete Buttigieg won 14 delegates.\n\n"
        "In the New Hampshire primary, Buttigieg won 9 delegates.\n\n"
        "Turnout in New Hampshire was the highest since 2008.\n",
    )
    first = engine.converse("How many delegates did Buttigieg get in Iowa?", k=1)
    followup = engine.converse("And in New Hampshire?", first.conversation, k=1)
    assert followup.answer.understood_as == "How many delegates did Buttigieg get in New Hampshire?"
    assert "9 delegates" in followup.answer.citations[0].quote


def test_a_bare_why_keeps_the_conversation_on_the_person_it_was_about(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "ruling.txt",
        "Judge Orders Tax Returns Released\n\n"
        "Judge Victor Marr ruled on Monday that the governor must hand over his tax returns.\n\n"
        "The ruling came because District Attorney Cyrus Vale had shown the returns were "
        "needed.\n\n"
        "Marr has served on the court since 2004.\n",
    )
    first = engine.converse("Who ordered the tax returns handed over?", k=1)
    assert "Victor Marr" in first.answer.citations[0].quote
    why = engine.converse("Why?", first.conversation, k=1)
    assert "Vale" in why.answer.citations[0].quote
    followup = engine.converse("how long has he been a judge?", why.conversation, k=1)
    assert followup.answer.understood_as == "how long has Victor Marr been a judge?"


def test_a_bare_why_is_not_answered_by_an_interviewers_question(tmp_path: Path) -> None:
    """The interviewer's questions printed without replies ask "why" and name places: they
    hold no answer, so "Why?" looks further, to the reason the article gives."""
    engine = engine_over(
        tmp_path,
        "quill.txt",
        "Wikinews interviews Mara Quill\n\n"
        "Mara Quill joined the Green Bay Party in 2018.\n\n"
        "((WN)) Why did you decide to join the Green Bay Party?\n\n"
        "((WN)) Where did you grow up?\n\n"
        "((WN)) What do voters in Dunmore want?\n\n"
        "Her campaign manager said she joined because the coastal floods had destroyed her "
        "family's farm.\n",
    )
    first = engine.converse("When did Mara Quill join the Green Bay Party?", k=1)
    assert "in 2018" in first.answer.citations[0].quote
    why = engine.converse("Why?", first.conversation, k=1)
    assert "because the coastal floods" in why.answer.citations[0].quote


def test_a_bare_how_asks_about_the_previous_answer(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "pardon.txt",
        "Governor Pardons Farmer\n\n"
        "Governor Ella Brandt pardoned the farmer Ivo Kass on Friday.\n\n"
        "Kass won the pardon with a petition signed by four thousand neighbours.\n\n"
        "The farm will reopen in the spring.\n",
    )
    first = engine.converse("Who pardoned Ivo Kass?", k=1)
    how = engine.converse("How?", first.conversation, k=1)
    assert not how.answer.refused
    assert "petition" in how.answer.citations[0].quote


def test_a_bare_how_stays_near_the_previous_answer(tmp_path: Path) -> None:
    """How something came about is told near it: when nothing there says "with" or "by
    doing", "How?" is not answered by a far sentence that does."""
    engine = engine_over(
        tmp_path,
        "pardon.txt",
        "Governor Pardons Farmer\n\n"
        "Governor Ella Brandt pardoned the farmer Ivo Kass on Friday.\n\n"
        "Kass's cause was helped by his neighbour, who wrote to the governor.\n\n"
        "The farm grows barley and oats.\n\n"
        "The harvest fair opens in the spring.\n\n"
        "The town council met with the fair's organisers in June.\n",
    )
    first = engine.converse("Who pardoned Ivo Kass?", k=1)
    how = engine.converse("How?", first.conversation, k=2)
    assert all("fair's organisers" not in c.quote for c in how.answer.citations)


def test_who_else_after_a_fact_answer_leaves_out_only_the_answers_given(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "mill.txt",
        "Fire destroys Oakfield Mill\n\n"
        "A fire broke out on Monday at Oakfield Mill near Leeds. Firefighters from Leeds and "
        "Otley were called at 9am.\n\n"
        "Police and an ambulance also attended. The mill was built in 1873 and closed in "
        "1990.\n\n"
        "The owner, Jane Holt, said the building could not be saved.\n",
    )
    first = engine.converse("Who was called to the fire?", k=3)
    assert "Firefighters" in first.answer.citations[0].quote
    assert len(first.answer.citations) > 1  # the others were shown, below the answer
    reply = engine.converse("Who else attended?", first.conversation, k=3)
    assert reply.answer.citations, reply.answer.reason
    assert "Police and an ambulance also attended" in reply.answer.citations[0].quote


def test_a_follow_up_in_other_words_than_the_story_is_answered_from_it(tmp_path: Path) -> None:
    """The relevance a question needs on its own is not asked of a follow-up whose every
    word the conversation's story uses: "Was anyone hurt?" is about the fire just asked
    about, though the article says "died" (two articles indexed, so not the one-article
    rule)."""
    engine = engine_over_articles(
        tmp_path,
        {
            "mill.txt": "Fire at Oakfield Mill\n\n"
            "A fire broke out on Monday at Oakfield Mill near Leeds. A woman rescued from "
            "the building died at the scene.\n\n"
            "Firefighters from Leeds and Otley were called at 9am.\n",
            "hall.txt": "Town hall reopens in Dunmore\n\n"
            "The renovated town hall in Dunmore reopened on Monday. The hall seats 400 "
            "people.\n\n"
            "Mayor Jane Ruiz said the work had cost more than expected.\n",
        },
    )
    first = engine.converse("Where did the fire break out?", k=2)
    assert "Oakfield Mill" in first.answer.citations[0].quote
    reply = engine.converse("Was anyone hurt?", first.conversation, k=2)
    assert not reply.answer.refused, reply.answer.reason
    assert "died at the scene" in reply.answer.citations[0].quote
    alone = engine.answer("Was anyone hurt?", k=2)
    assert alone.refused  # asked with no conversation, it is about no story


def test_a_follow_up_is_searched_more_by_its_own_words_than_by_its_context(engine: Any) -> None:
    """ "How did they die? (after: How many died in the fire?)" asks how, not how many: the
    vector it is searched with is nearer its own words' than the whole question's is, and
    a question asked without context is searched with its own vector."""
    engine.answer("What did Davutoglu say?")
    searcher = engine._searcher
    followup = "How did they die? (after: How many died in the fire?)"
    whole, own = searcher.embedder.embed([followup, "How did they die?"])
    searched = searcher._meaning(followup)
    assert float(searched @ own) > float(whole @ own)
    assert abs(float(searched @ searched) - 1.0) < 1e-5
    alone = searcher._meaning("How did they die?")
    assert float(alone @ own) > 0.999
    # the context is the question asked before: its vector is kept, not embedded again
    assert "How many died in the fire?" in searcher._query_vectors


def test_a_sentence_with_only_the_contexts_words_does_not_answer_a_follow_up(
    tmp_path: Path,
) -> None:
    """ "Who was arrested?" after "When did firefighters reach the hostel?" is about the
    hostel, and asks who was arrested: the previous answer, which holds every word of the
    context and no arrest, is not its answer."""
    engine = engine_over_articles(
        tmp_path,
        {
            "hostel.txt": "Hostel fire kills five in Koszalin\n\n"
            "Five people died in a fire at a hostel in Koszalin on Friday evening.\n\n"
            "Firefighters reached the hostel twenty minutes after the alarm was raised. The "
            "building had no working smoke detectors.\n\n"
            "The hostel's owner was arrested on Sunday.\n",
            "hall.txt": "Town hall reopens in Dunmore\n\n"
            "The renovated town hall in Dunmore reopened on Monday. The hall seats 400 "
            "people.\n",
        },
    )
    first = engine.converse("When did firefighters reach the hostel?", k=3)
    assert first.answer.citations[0].quote.startswith("Firefighters reached")
    reply = engine.converse("Who was arrested?", first.conversation, k=3)
    assert reply.answer.citations[0].quote == "The hostel's owner was arrested on Sunday."


HALL = (
    "Town hall reopens in Dunmore\n\n"
    "The renovated town hall in Dunmore reopened on Monday. The hall seats 400 people.\n"
)
"""A second article, so that a conversation's story is one of several."""

SUMMIT = (
    "Slovak prime minister tests positive\n\n"
    "Slovak Prime Minister Igor Matovic tested positive for the virus on Monday.\n\n"
    "He had met Czech Prime Minister Andrej Babis at a summit the week before. Babis and "
    "Polish Prime Minister Mateusz Morawiecki went into isolation, as did European Council "
    "chief Charles Michel.\n\n"
    "The summit was held in Brussels.\n"
)


def test_who_else_shows_an_excerpt_joining_the_answer_given_to_a_new_sentence(
    tmp_path: Path,
) -> None:
    """ "Who else isolated?" is answered by the sentence after the one that answered "Who had
    Matovic met?", though the excerpt holding it begins with that answer; and "And the
    European Council chief?" then asks of him, not of others still."""
    engine = engine_over_articles(tmp_path, {"summit.txt": SUMMIT, "hall.txt": HALL})
    first = engine.converse("Who had Matovic met the week before?", k=3)
    assert first.answer.citations[0].quote.startswith("He had met")
    others = engine.converse("Who else isolated?", first.conversation, k=3)
    assert "went into isolation" in others.answer.citations[0].quote
    chief = engine.converse("And the European Council chief?", others.conversation, k=3)
    assert chief.answer.understood_as is not None
    assert "else" not in chief.answer.understood_as
    assert "Charles Michel" in chief.answer.citations[0].quote


def test_it_after_which_thing_someone_acted_on_is_that_thing(tmp_path: Path) -> None:
    """After "What flag did Hurley leave on the ISS?", "it" is the flag asked for, not the
    station the question names."""
    engine = engine_over_articles(
        tmp_path,
        {
            "flag.txt": "Astronauts reach the space station\n\n"
            "NASA astronauts Doug Hurley and Bob Behnken reached the International Space "
            "Station on Sunday.\n\n"
            "Hurley had left a small flag aboard the ISS in 2011, on the last Space Shuttle "
            "mission. He and Behnken plan to return the flag to Earth.\n\n"
            "The ISS has been occupied since 2000.\n",
            "hall.txt": HALL,
        },
    )
    first = engine.converse("What flag did Hurley leave on the ISS?", k=2)
    reply = engine.converse("What will they do with it?", first.conversation, k=2)
    assert reply.answer.understood_as == "What will they do with the flag?"
    assert "return the flag to Earth" in reply.answer.citations[0].quote


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("What flag did Hurley leave on the ISS?", "the flag"),
        ("Which company will HDT buy?", "the company"),
        ("Which state had the highest rate?", None),  # the noun is the subject
        ("What year did the mill open?", None),  # a time asked for
        ("What kind of car did he drive?", None),
        # in the passive, what was done to it: the credit card, not Fresno
        ("Which credit card was launched in Fresno?", "the credit card"),
        ("What drug was given to the patients?", "the drug"),
    ],
)
def test_the_thing_a_question_asks_which_one_of(question: str, thing: str | None) -> None:
    assert thing_asked_for(question) == thing


PARADE = """Alton holds its summer parade

Mayor Mia Holt did not attend the ceremony at the town hall. She was ill, her office said.

More than 2,000 people marched through the town centre.

The marching bands came from six schools.

Stalls sold food and crafts along the high street.

A new route along the river was used for the first time.

Later that night, the fireworks display was cancelled because of strong winds.
"""


def test_why_is_asked_near_the_answer_not_of_any_because_in_the_article(tmp_path: Path) -> None:
    """ "Why not?" after "Did the mayor attend?": the reason, unmarked, is beside the answer
    ("She was ill"); a "because" far off in the article is about something else."""
    engine = engine_over_articles(tmp_path, {"parade.txt": PARADE})
    first = engine.converse("Did the mayor attend the ceremony?", k=1)
    why = engine.converse("Why not?", first.conversation, k=3)
    assert "She was ill" in why.answer.citations[0].quote
    assert not any("fireworks" in c.quote for c in why.answer.citations)


def test_what_about_a_body_asks_what_it_said_only_when_the_article_gives_it_a_voice(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "quit.txt",
        "Governor quits presidential race\n\n"
        "Former Governor Ann Roe of Utah ended her presidential campaign yesterday.\n\n"
        'In a video, Roe said, "I will now think hard about the Senate."\n\n'
        "The state party said it would welcome Roe back to Utah politics.\n",
    )
    first = engine.converse("What did Roe say?")
    silent = engine.converse("What about the senate?", first.conversation)
    assert silent.answer.understood_as == "What did Ann Roe say about the senate?"
    assert silent.answer.citations[0].speaker == "Ann Roe"
    voiced = engine.converse("What about the state party?", first.conversation)
    assert voiced.answer.understood_as == "What did the state party say?"
    assert "welcome Roe back" in voiced.answer.citations[0].quote


def test_and_a_description_of_people_who_speak_asks_what_they_said(tmp_path: Path) -> None:
    """ "And the insurers?" after what the neurologist said: what the insurers said, as the
    article gives them a voice; not what the neurologist said about them."""
    engine = engine_over(
        tmp_path,
        "drug.txt",
        "Drugmaker fined over price rise\n\n"
        "Dr. Ruben Hoek, a neurologist in Groningen, said switching patients to other drugs was "
        'not simple. "Some of my patients have been seizure-free for decades," he said.\n\n'
        "Insurers said they had been left with little choice but to pay the new price.\n",
    )
    first = engine.converse("what did the neurologist say")
    reply = engine.converse("and the insurers?", first.conversation)
    assert reply.answer.understood_as == "What did the insurers say?"
    assert "little choice" in reply.answer.citations[0].quote


def test_his_after_someone_named_in_lower_case_as_the_one_speaking_is_theirs(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "speeches.txt",
        "Conventions end with acceptance speeches\n\n"
        "Joe Biden accepted the Democratic nomination on Thursday. In his acceptance speech, "
        'Biden said, "I will be an ally of the light."\n\n'
        "Donald Trump accepted the Republican nomination a week later. In his acceptance "
        'speech, Trump said, "This is the most important election in our history."\n',
    )
    first = engine.converse("What did Biden say?")
    reply = engine.converse("and what did trump say in his acceptance speech?", first.conversation)
    assert "Biden" not in reply.answer.understood_as
    assert reply.answer.citations[0].speaker == "Donald Trump"


def test_it_after_a_thing_placed_somewhere_is_the_thing_not_the_place(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "fire.txt",
        "Fire kills three in Badalona\n\n"
        "A fire broke out on Saturday in an apartment block in Badalona, Spain, killing three "
        "people.\n\n"
        "Firefighters put the fire out after four hours.\n",
    )
    first = engine.converse("When did the fire in badalona start?")
    reply = engine.converse("Who put it out?", first.conversation)
    assert reply.answer.understood_as == "Who put the fire in badalona out?"
    assert "Firefighters" in reply.answer.citations[0].quote


def test_who_said_that_shows_first_the_statement_that_names_its_speaker(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "pipeline.txt",
        "Leaders sign pipeline deal\n\n"
        "The leaders of Greece, Cyprus and Israel agreed on Thursday to build the EastMed gas "
        "pipeline.\n\n"
        "Alex Lagakos, deputy director of the Greek Energy Forum, said the project has a "
        "geopolitical significance rather than an economic one. He called it unlikely that the "
        "European Union would finance it. The estimated cost is six billion euros, but low gas "
        "prices will make it hard to recover, he said.\n",
    )
    searcher = engine._refreshed()
    sentences = searcher.snapshot.sentences
    cost = next(
        sentences[n] for n in range(len(sentences)) if sentences[n].text.startswith("The estimated")
    )
    shown = citation_of([cost], 1.0, cost.speaker)  # what "How much will it cost?" showed
    answer = searcher.about_previous("Who says so?", (shown,), Wanted.SPEAKER, 3)
    assert answer.citations[0].quote.startswith("Alex Lagakos, deputy director")
    assert answer.citations[0].speaker == "Alex Lagakos"


def test_she_is_no_place_taken_for_a_person_and_and_the_baby_asks_of_the_baby(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "fire.txt",
        "Fire kills three in Badalona\n\n"
        "A fire broke out on Saturday in an apartment block in Badalona, Spain, killing three "
        "people, including a 92-year-old woman. A baby girl was critically ill in hospital.\n\n"
        "Firefighters put the fire out after four hours.\n\n"
        "A second fire in La Llagosta killed another person on Sunday.\n",
    )
    first = engine.converse("Who died in the badalona fire?")
    age = engine.converse("How old was she?", first.conversation)
    assert "Llagosta" not in age.answer.understood_as  # a place, whatever spaCy calls it
    assert "92-year-old" in age.answer.citations[0].quote
    baby = engine.converse("And the baby?", age.conversation)
    assert baby.answer.understood_as == "How old was the baby?"


def test_and_someone_only_another_article_names_is_asked_of_that_article(tmp_path: Path) -> None:
    engine = engine_over_articles(
        tmp_path,
        {
            "hale.txt": "Hale Ends Bid\n\nSenator Ann Hale ended her campaign on Monday. "
            "Hale was polling below two percent and had run out of money.\n",
            "orourke.txt": "O'Rourke Ends Bid\n\nBeto O'Rourke ended his campaign on Friday. "
            "O'Rourke had failed to qualify for the November debate. The O'Rourke campaign "
            "announced it in a post on Medium.\n",
        },
    )
    first = engine.converse("Why did Hale end her campaign?")
    assert first.answer.citations[0].source.endswith("hale.txt")
    reply = engine.converse("And O'Rourke?", first.conversation)
    assert "O'Rourke" in (reply.answer.understood_as or "")
    assert reply.answer.citations[0].source.endswith("orourke.txt")
    # "he" is then the one asked about now, not the one before
    then = engine.converse("How did he announce it?", reply.conversation)
    assert "O'Rourke" in (then.answer.understood_as or "")


OBITUARY = (
    "Former president Ravi Kapoor dies aged 84\n\n"
    "On Monday, Ravi Kapoor, who served as President of Avalon for five years, died. "
    "He was aged 84 years. His death was announced by his son Arjun Kapoor via Twitter.\n\n"
    "Born on December 11, 1935, in Mirati, Kapoor began his career as a teacher. "
    "Kapoor was elected President in 2012.\n\n"
    'His daughter, Meena Kapoor, wrote, "My dad received the highest honour last year."\n\n'
    'Arjun Kapoor wrote, "My father was a great man and a kind one."\n\n'
    'Minister Vijay Rao called Kapoor "a statesman of rare wisdom" in a tweet on Monday.\n'
)


def test_a_surname_alone_is_the_relative_named_first_not_the_one_quoted(
    tmp_path: Path,
) -> None:
    engine = engine_over(tmp_path, "kapoor.txt", OBITUARY)
    first = engine.converse("who was ravi kapoor")
    reply = engine.converse("when was he born?", first.conversation)
    assert reply.answer.understood_as == "when was Ravi Kapoor born?"
    assert "December 11, 1935" in reply.answer.citations[0].quote
    searcher = engine._searcher
    assert searcher is not None
    doc_id = reply.answer.citations[0].doc_id
    assert searcher.full_name("Kapoor", doc_id) == "Ravi Kapoor", (
        "'Kapoor' alone is the president the article named first, not his daughter Meena or "
        "his son Arjun, whom it quotes"
    )


def test_his_son_is_not_the_one_called_his_son(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, "kapoor.txt", OBITUARY)
    first = engine.converse("when did ravi kapoor die?")
    second = engine.converse("who announced it?", first.conversation)
    reply = engine.converse("what did his son say?", second.conversation)
    assert "Arjun Kapoor's son" not in (reply.answer.understood_as or "")
    assert reply.answer.citations[0].speaker == "Arjun Kapoor"


def test_him_after_what_was_said_about_someones_death_is_that_someone(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, "kapoor.txt", OBITUARY)
    first = engine.converse("how did vijay rao react to kapoor's death?")
    reply = engine.converse("what did he call him?", first.conversation)
    understood = reply.answer.understood_as or ""
    assert understood.lower().startswith("what did vijay rao call kapoor")
    assert "death" not in understood, "him is Kapoor, not his death"


def test_another_thing_put_in_place_may_be_another_articles(tmp_path: Path) -> None:
    """ "And in the fire in Norway?" after a question about a bus crash in Russia asks of the
    fire, which the crash's article never speaks of: the crash's article is not favoured."""
    engine = engine_over_articles(
        tmp_path,
        {
            "bus.txt": "Bus overturns in Russia\n\n"
            "At least seven children died when a bus overturned near Kaluga, Russia, on "
            "Sunday.\n\n"
            "Local officials said 24 people were taken to hospital.\n",
            "fire.txt": "Fire at Norwegian airport\n\n"
            "A fire destroyed a parking garage at Sola airport in Norway on Tuesday.\n\n"
            "No one died in the fire, police said, but 300 cars were destroyed.\n",
        },
    )
    first = engine.converse("How many people died in the bus crash in Russia?", k=2)
    reply = engine.converse("and in the fire in Norway?", first.conversation, k=2)
    assert reply.answer.understood_as == "How many people died in the fire in Norway?"
    assert reply.answer.citations[0].doc_id == "fire"
    searcher = engine._searcher
    assert searcher is not None  # an article that speaks of the thing stays favoured
    assert searcher.mention(("fire",), "the fire in Norway")
    assert not searcher.mention(("bus",), "the fire in Norway")


def test_he_after_two_men_asked_about_by_name_asks_which_though_one_spoke_of_it(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "hostages.txt",
        "Aid workers freed in Mali\n\n"
        "Norway's foreign minister, Espen Halvorsen, told reporters in Oslo that the talks had "
        'taken "many months of quiet work." Halvorsen declined to say whether money changed '
        "hands.\n\n"
        "Qatar's chief mediator, Khalid Al-Mansouri, said no ransom had been paid. He said the "
        "breakthrough came in February.\n",
    )
    first = engine.converse("What did Halvorsen and Al-Mansouri say about a ransom?")
    reply = engine.converse("where is he based", first.conversation)
    assert set(reply.answer.clarify) == {"Espen Halvorsen", "Khalid Al-Mansouri"}

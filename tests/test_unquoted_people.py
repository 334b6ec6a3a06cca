"""Asking what someone said whom the article names but never quotes, on a small made-up article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from console.render import answer_as_text
from retrieval import Engine
from retrieval.excerpts import reported_by, reports_speech
from retrieval.searcher import _tells_of
from retrieval.speakers import parse_speaker_question
from retrieval.tuning import Thresholds
from tests.helpers import engine_over, engine_over_articles, settings_for

ARTICLE = """Ruling party wins disputed vote

The ruling party won the election held on Sunday by a wide margin.

Opposition leader Daniel Mensah lost the vote after a short campaign.

Turnout was low in the rural districts, where polling stations opened late.

The election commission, whose chair Ama Osei said counting was fair, published results on Monday.

Mensah's allegations of widespread fraud in the count were dismissed by the supreme court.

Mensah's daughter studies medicine in Accra.

The ruling party celebrated the result in the capital.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("vote"), "vote.txt", ARTICLE)


@pytest.mark.parametrize(
    "question",
    ["What did Mensah allege about the count?", "what did daniel mensah claim about the vote?"],
)
def test_only_sentences_naming_the_person_are_cited(engine: Engine, question: str) -> None:
    answer = engine.answer(question, k=8)
    assert not answer.refused
    assert any("allegations of widespread fraud" in c.quote for c in answer.citations)
    assert all(re.search(r"\bMensah\b", c.quote) for c in answer.citations)


def test_sentences_naming_the_person_far_below_the_best_are_one_more_away(engine: Engine) -> None:
    question = "What did Mensah allege about the count?"
    first = engine.converse(question, k=8)
    assert [c.quote for c in first.answer.citations] == [
        "Mensah's allegations of widespread fraud in the count were dismissed by the supreme court."
    ]
    more = engine.converse("more", first.conversation, k=8)
    assert any("daughter studies medicine" in c.quote for c in more.answer.citations)


def test_the_answer_says_the_person_is_only_mentioned_when_no_excerpt_gives_their_words(
    engine: Engine, tmp_path: Path
) -> None:
    election = engine_over(
        tmp_path,
        "speaker.txt",
        "House elects a new speaker\n\n"
        "Nora Pell was elected speaker of the House on Thursday with 220 votes.\n\n"
        "Republican Kevin Hale received 192 votes.\n\n"
        'Pell told reporters, "The work starts today. Kevin Hale ran a fair race."\n\n'
        "NBC News reported that turnout in the House vote was the highest in a decade.\n",
    )
    answer = election.answer("What did Kevin Hale say?", k=3)
    assert not answer.refused and "192 votes" in answer.citations[0].quote
    assert all(c.speaker != "Kevin Hale" for c in answer.citations)
    # Pell's words naming him are hers: they do not make him quoted
    assert answer.note == "The article does not quote Kevin Hale; these excerpts mention them."
    assert answer.to_json()["note"] == answer.note
    assert f"  ({answer.note})" in answer_as_text(answer).splitlines()
    # someone quoted needs no note, nor does a body an excerpt says reported something
    assert election.answer("What did Nora Pell say?", k=3).note is None
    reported = election.answer("What did NBC News report about turnout?", k=3)
    assert "NBC News reported" in reported.citations[0].quote and reported.note is None
    # nor does an excerpt reporting their words, shown as theirs
    alleged = engine.answer("What did Mensah allege about the count?", k=8)
    assert alleged.citations[0].speaker == "Daniel Mensah" and alleged.note is None


def test_a_description_is_not_narrowed_to_a_name(engine: Engine) -> None:
    # "the opposition" names nobody: the answer is plain retrieval, not sentences naming Mensah.
    answer = engine.answer("What did the opposition say about turnout?", k=8)
    assert any("Turnout was low" in c.quote for c in answer.citations)


def test_a_description_nobody_fits_is_refused_in_its_own_words(engine: Engine) -> None:
    answer = engine.answer("What did the pope say about the weather?", k=3)
    assert answer.refused and "“pope”" in (answer.reason or "")


def test_a_body_asked_for_in_other_words_is_looked_for_not_refused(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "bus.txt",
        "Bus hits bridge\n\n"
        "A double-decker bus hit a low bridge in Winchester on Thursday morning.\n\n"
        "Hampshire police said the driver had been taken to hospital.\n\n"
        "The bridge was closed to traffic until Friday.\n",
    )
    answer = engine.answer("What did the cops say?", k=3)
    assert not answer.refused
    assert "police said the driver" in answer.citations[0].quote
    # a name typed in lower case that the article never uses is still nobody it mentions
    assert engine.answer("what did merkel say?", k=3).refused
    assert engine.answer("what did the merkel government say?", k=3).refused


def test_someone_elses_words_about_the_person_come_after_what_the_person_did(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "funeral.txt",
        "Thousands attend funeral\n\n"
        "Former president Ada Vance attended the funeral in Atlanta on Monday.\n\n"
        "During her eulogy, Vance took a veiled shot at the governor over the new voting rules.\n\n"
        "The singer Tom Reed said he admired Vance and would vote for her again.\n",
    )
    answer = engine.answer("What did Vance say?", k=3)
    assert answer.citations and all("Vance" in c.quote for c in answer.citations)
    assert answer.citations[0].speaker is None, "Reed's words are his, not Vance's"
    assert "veiled shot" in answer.citations[0].quote


def test_an_excerpt_reporting_their_words_and_naming_no_one_else_is_shown_as_theirs(
    engine: Engine,
) -> None:
    first = engine.converse("What did Mensah allege about the count?", k=8)
    [allegations] = first.answer.citations
    assert allegations.speaker == "Daniel Mensah"  # "Mensah's allegations ..." report his words
    more = engine.converse("more", first.conversation, k=8)
    daughter = next(c for c in more.answer.citations if "daughter" in c.quote)
    assert daughter.speaker is None  # names him, but reports no one's words


def test_a_state_is_no_statement(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "talks.txt",
        "Grain talks open in Geneva\n\n"
        "Secretary of State Mary Vale will lead the delegation to Geneva, a city still in a "
        "state of alert after last week's floods.\n\n"
        "The talks on grain exports begin on Monday and may last a week.\n",
    )
    answer = engine.answer("What did Mary Vale say?", k=3)
    assert "lead the delegation" in answer.citations[0].quote
    assert answer.citations[0].speaker is None, "leading a delegation is not a statement"


def test_a_country_or_body_quoted_through_no_one_is_cited_where_it_is_said_to_say_something(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "airspace.txt",
        "Fighter jet shot down at the border\n\n"
        "A fighter jet was shot down near the border on Tuesday. Officials in Ankara claimed "
        "it had entered Turkish airspace. Russia said it had not.\n\n"
        "Russia's relations with its neighbours have worsened this year, analysts say.\n\n"
        "UNESCO has also said that the old fortress near the crash site was not damaged.\n\n"
        'Defence analyst Mia Holt said, "Both sides will want to calm things down."\n',
    )
    russia = engine.answer("What did Russia say?", k=3)
    assert [c.quote for c in russia.citations] == ["Russia said it had not."], (
        "not the sentence about Russia's relations, which reports others' words"
    )
    assert russia.citations[0].speaker is None, "a country is not a person"
    unesco = engine.answer("What did UNESCO say about the fortress?", k=3)
    assert "fortress near the crash site was not damaged" in unesco.citations[0].quote


def test_someone_described_but_never_named_is_cited_where_they_are_the_one_saying(
    tmp_path: Path,
) -> None:
    engine = engine_over_articles(
        tmp_path,
        {
            "quake.txt": "Quake shakes the island\n\n"
            "A magnitude 5.2 earthquake shook the island on Saturday.\n\n"
            'One resident told a local radio station, "We are used to it."\n\n'
            "The governor, Ana Ruiz, declared a state of emergency.\n",
            "vote.txt": ARTICLE,
        },
    )
    searcher = engine._searcher
    assert searcher is not None
    asked = parse_speaker_question("What did the residents say?")
    assert asked is not None
    said = searcher._said_by_someone("What did the residents say?", asked, 2, frozenset())
    assert said is not None
    assert said.citations[0].quote.startswith("One resident told")
    assert not engine.answer("What did the residents say?", k=2).refused
    # not a description of a person, nor one no sentence has saying anything
    for question in ("What did the earthquake say?", "What did the coach say?"):
        asked = parse_speaker_question(question)
        assert asked is not None
        assert searcher._said_by_someone(question, asked, 2, frozenset()) is None


def test_a_source_that_is_no_person_is_cited_where_the_article_gives_it_as_one(
    tmp_path: Path,
) -> None:
    """ "What did state media say?" is answered by the sentence that ends "according to
    state media", and "What did police say?" by "..., police said", not refused because
    neither is a person."""
    engine = engine_over_articles(
        tmp_path,
        {
            "bridge.txt": "Bridge collapses in Rivertown\n\n"
            "The Rivertown bridge collapsed at noon on Tuesday, killing three people, "
            "according to state media.\n\n"
            "Rescue teams searched the river until dark, police said. The cause of the "
            "collapse is not yet known.\n\n"
            'Mayor Ann Lee said the city would rebuild the bridge. "We will not abandon this '
            'town," she said.\n',
            "vote.txt": ARTICLE,
        },
    )
    media = engine.answer("What did state media say?", k=2)
    assert not media.refused, media.reason
    assert media.citations[0].quote.endswith("according to state media.")
    police = engine.answer("What did police say?", k=2)
    assert police.citations[0].quote == "Rescue teams searched the river until dark, police said."
    # the description's other words are the source's too: not any media
    assert engine.answer("What did local media say?", k=2).refused


@pytest.mark.parametrize(
    ("sentence", "speech"),
    [
        ("NBC News reported that turnout was the highest in a decade.", True),
        ("She noted that the count was fair.", True),
        ("UNICEF reported they had delivered 100,000 doses.", True),
        ("CNN reported Jeff Vance was expected to leave the party.", True),
        ("According to the WHO, the outbreak is a pandemic.", True),
        ("Police reported the man missing.", False),
        ("Mensah's allegations of fraud were dismissed.", True),
        ("The harbour master was reported missing on Saturday.", False),
        ("Prices continued to fall.", False),
        ("The Secretary of State will lead the delegation.", False),
        # one who speaks is no speech: an observer, reporters, a commentator
        ("Zelensky attended the talks as an observer.", False),
        ("The reporters waited outside.", False),
        ("Observers said the vote was fair.", True),
        # a court's ruling that something is so is what it says, when it is said
        ("The Supreme Court ruled on Tuesday that the suspension was unlawful.", True),
        ("The striker was ruled out of the match.", False),
        ("The party announced last week that it would stand.", True),
        # a plural noun ending the sentence is no verb put after what was said
        ("Vance took a veiled shot at the governor over the new voting rules.", False),
        ("The ministers met ahead of the talks.", False),
        ("The vote was fair, the observers reported.", True),
    ],
)
def test_which_excerpts_report_speech(sentence: str, speech: bool) -> None:
    assert reports_speech(sentence) is speech


def test_a_sentence_reporting_speech_is_not_given_to_the_person_it_names_as_its_object(
    tmp_path: Path,
) -> None:
    shooting = engine_over(
        tmp_path,
        "court.txt",
        "Suspect released on bail\n\n"
        "A teenager accused of shooting Jacob Blane was released on bail on Friday.\n\n"
        "Blane's allegations against the police were rejected by the city.\n",
    )
    answer = shooting.answer("What did Jacob Blane say?", k=3)
    speakers = {c.quote.split()[0]: c.speaker for c in answer.citations}
    assert speakers.get("A") is None, "accused of shooting him reports no words of his"
    assert speakers.get("Blane's") == "Jacob Blane"


def test_a_nationality_the_articles_setting_gives_need_not_be_in_the_excerpt(
    tmp_path: Path,
) -> None:
    samoa = engine_over(
        tmp_path,
        "samoa.txt",
        "Samoa ends measles emergency\n\n"
        "The government of Samoa lifted the state of emergency on Saturday.\n\n"
        "The prime minister called for full immunisation and stated that 92% of the "
        "population had been vaccinated.\n",
    )
    answer = samoa.answer("What did the Samoan prime minister say about vaccination?", k=3)
    assert "92%" in answer.citations[0].quote
    assert answer.note is None


@pytest.mark.parametrize(
    ("sentence", "source", "theirs"),
    [
        ("Mensah's allegations of fraud were dismissed.", "mensah", True),
        ("In a statement released Monday, NBC News reported that turnout rose.", "nbc", True),
        ('"We will rebuild," said the ministry.', "ministry", True),
        ("The plan was announced by the ministry on Monday.", "ministry", True),
        ("According to the WHO, the outbreak is a pandemic.", "who", True),
        ("A teenager accused of shooting Jacob Blane was released.", "blane", False),
        ("According to County Attorney Joe Marr, the driver was Ivan Roe.", "driver", False),
        # a participle before its noun reports nothing; a comma ends the source's phrase
        ("Ivan Roe has won 1,217 pledged delegates.", "roe", False),
        ("Roe, the alleged gunman, was held.", "roe", False),
        ("According to NPR, Ivan Roe has won most delegates.", "roe", False),
        ("Roe pledged to rejoin the accord.", "roe", True),
        # whom a passive verb of saying or "according to" tells of is not the source, nor a
        # name in the sentence before
        ("Roe was criticised by the council for the delay.", "roe", False),
        ("Roe died on Friday, according to the council.", "roe", False),
        ("Roe has been ill since May. His aides have alleged Roe was poisoned.", "roe", False),
        ('Roe was hailed as "a voice for a town threatened by the mine."', "roe", False),
        ("Roe is an outspoken critic of the mayor.", "roe", False),
        # the writer's hedge names no source
        (
            "The court overturned the convictions of Ann Kelly over allegedly motivated lane "
            "closures.",
            "kelly",
            False,
        ),
        (
            "Roe, who has run the shelter for twenty years, reportedly said it was full.",
            "roe",
            True,
        ),
        # "speak", irregular or not, needs a clause: speaking to someone reports nothing
        (
            "Carroll chose Amar Patel as his running mate. Patel spoke to us in August.",
            "patel",
            False,
        ),
        # a word of the name is no verb
        ("On Friday, Qaboos bin Said, the Sultan of Oman, died aged 79.", "qaboos", False),
        # a verb that needs a clause reports what came before it when it ends the sentence
        ("The ship sank off the coast, The Guardian reported. Two were rescued.", "guardian", True),
        ("The Guardian reported the sinking. Two were rescued.", "guardian", False),
        # another clause with a subject of its own reports it: not a name before it
        ("Roe is a critic of Ames, and his aides have alleged fraud.", "ames", False),
        ("Roe met Ames; the ministry said the talks went well.", "roe", False),
        ("Roe arrived in Moscow, and she said the talks went well.", "roe", True),
        # a noun of speech is its owner's speech, not any name's before it
        ("Capp was elected after the mayor resigned over assault allegations.", "capp", False),
        ("Mensah's repeated public allegations were dismissed.", "mensah", True),
        # a possessor is not who speaks: what the one possessed, or the clause's subject, says
        ("Roe's aides said the talks went well.", "roe", False),
        ("Tests found poison in Roe's blood, and the ministry said so.", "roe", False),
        ("The ministry found poison in Roe's blood, and said it was proof.", "roe", False),
        # an adjective of a verb of speech reports nothing
        ("Roe was listed in critical condition, according to officials.", "roe", False),
        ("Roe paid the model to stay silent about alleged affairs.", "roe", False),
        ("Roe was critical of the plan and said so.", "roe", True),
        # a preposition stranded before the verb takes no noun after it
        ('"It is something we should all be worried about," warned Roe.', "roe", True),
        ("Roe, whom the mayor has long railed against, claimed that he was poisoned.", "roe", True),
        # the whole name is possessive, a plural's too
        ("Ivan Roe's lawyer said the payments were legal.", "ivan roe", False),
        ("The Roes' spokesman said it was fine.", "roes", False),
        # a verb of saying denied reports no words, nor does a comment asked for
        ("Mears would not confirm Dasbach's account.", "mears", False),
        ("Roe declined to comment.", "roe", False),
        ("Roe did not respond to requests for comment.", "roe", False),
        ("Roe did not respond. Roe later said he was sorry.", "roe", True),
        ("Roe said he would not resign.", "roe", True),
        ("Roe has not yet said whether she will run.", "roe", False),
        # nor does one asked for or to come
        ("Roe was invited to testify but did not attend.", "roe", False),
        ("Roe is expected to announce her bid on Monday.", "roe", False),
        ("Roe went on to say she would run.", "roe", True),
        # the denial is its verb's alone, and hangs on an auxiliary
        ("Roe declined to comment on the lawsuit but said the firm would cooperate.", "roe", True),
        ("Roe not only said it was wrong but demanded an inquiry.", "roe", True),
        ("Roe, not Smith, announced the result.", "roe", True),
        ("Roe, who never said she would run, announced her bid.", "roe", True),
    ],
)
def test_whose_speech_an_excerpt_reports(sentence: str, source: str, theirs: bool) -> None:
    assert reported_by(sentence, set(source.split())) is theirs


def test_a_body_an_excerpt_gives_as_the_source_of_what_it_reports_is_not_noted(
    tmp_path: Path,
) -> None:
    news = engine_over(
        tmp_path,
        "party.txt",
        "Congressman to Switch Parties\n\n"
        "Congressman Jeff Vance is expected to leave the Democratic Party this week.\n\n"
        "CNN reported Vance had met the president on Friday.\n",
    )
    answer = news.answer("What did CNN report?", k=3)
    assert any("CNN reported" in c.quote for c in answer.citations)
    assert answer.note is None


def test_a_common_noun_typed_in_lower_case_is_looked_for_not_refused(tmp_path: Path) -> None:
    race = engine_over(
        tmp_path,
        "race.txt",
        "Norwegian Wins Hurdles Final\n\n"
        "Karl Holm won the 400 metres hurdles final in Oslo on Thursday.\n\n"
        'Holm said, "My heart was pounding at the last hurdle."\n',
    )
    assert not race.answer("what did the winner say about his heart?", k=3).refused
    # a name the articles never use is still someone they do not quote
    assert race.answer("what did zelinskyy say?", k=3).refused


def test_a_full_name_whose_surname_the_article_uses_alone_is_mentioned(tmp_path: Path) -> None:
    """The article says "Kasparov" and never his first name: "Garry Kasparov" is someone it
    mentions, not quotes; "John Osei" is not Ama Osei, whom it names in full."""
    engine = engine_over(
        tmp_path,
        "ban.txt",
        "Chess federation bans player\n\n"
        "The federation banned the player on Monday, a move criticised by Kasparov.\n\n"
        "Federation chair Ama Osei said the rules were clear.\n",
    )
    mentioned = engine.answer("What did Garry Kasparov say about the ban?", k=2)
    assert not mentioned.refused
    assert mentioned.note is not None and "does not quote Garry Kasparov" in mentioned.note
    other = engine.answer("What did John Osei say about the ban?", k=2)
    assert other.refused


def test_a_relative_who_shares_the_surname_of_someone_quoted_is_not_quoted(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "chess.txt",
        "Chess player moves abroad\n\n"
        'Chess player Dorsa Vey said, "I was banned for playing against an Israeli player."\n\n'
        "Her brother Borna Vey was banned too, for playing against the same grandmaster.\n\n"
        '"Playing abroad is easier," Vey said.\n',
    )
    answer = engine.answer("What did Borna Vey say about the ban?", k=2)
    assert answer.note is not None and "does not quote Borna Vey" in answer.note
    assert "Her brother Borna Vey" in answer.citations[0].quote


def test_who_did_something_to_someone_quoted_is_not_answered_in_their_words(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "vale.txt",
        "Candidate speaks on campaign\n\n"
        "Tom Vale said his campaign for mayor would focus on housing and lower taxes.\n\n"
        "Reporter Ana Ruiz spoke to Vale for the evening news on Monday.\n\n"
        '"The campaign is going well," Vale said.\n',
    )
    answer = engine.answer("Who interviewed Tom Vale about his campaign?", k=3)
    assert any("Ana Ruiz" in c.quote for c in answer.citations)


def test_a_name_typed_in_lower_case_is_the_person_not_a_description_of_someone_quoted(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "race.txt",
        "Candidate takes on the mayor\n\n"
        "Sally Capp is the Lord Mayor of Melbourne. Capp was elected in 2018 after the former "
        "mayor resigned over assault allegations.\n\n"
        '"The current mayor, Sally Capp, has done hard work," candidate Wayne Tseng said. '
        '"But the city needs reform," Tseng said.\n',
    )
    answer = engine.answer("what did sally capp say about tseng", k=3)
    assert answer.note is not None and "does not quote Sally Capp" in answer.note
    assert answer.extras["speakers"] == ("Sally Capp",)


def test_why_someone_quoted_did_something_is_answered_from_the_narration_too(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "quit.txt",
        "Governor quits presidential race\n\n"
        "Former Governor Ann Roe of Utah ended her presidential campaign yesterday. Roe made "
        "the announcement in a video posted online, in which she thanked her supporters.\n\n"
        "Her polling numbers had stayed below two percent for months, and party leaders had "
        "urged her to run for the Senate instead.\n\n"
        'In the video, Roe said, "I have heard from so many people in Utah who want me to '
        'keep fighting for them. I will now think hard about the Senate."\n\n'
        "Roe served two terms as governor before entering the race in March.\n",
    )
    answer = engine.answer("Why did Ann Roe quit?", k=5)
    assert any("polling numbers" in c.quote for c in answer.citations)


def test_a_description_qualified_by_a_place_is_not_someone_of_another_place(
    tmp_path: Path,
) -> None:
    engine = engine_over_articles(
        tmp_path,
        {
            "fire.txt": "Fire in Badalona\n\n"
            "An apartment block caught fire on Saturday in Badalona, killing three people.\n\n"
            "Firefighters brought the blaze under control after four hours.\n",
            "bus.txt": "Bus crash near Yartsevo\n\n"
            "A bus carrying children overturned near Yartsevo on Sunday.\n\n"
            "The children were going to a dance competition, according to the mayor of "
            "Yartsevo.\n",
        },
    )
    answer = engine.answer("What did the mayor of Badalona say?", k=3)
    assert answer.note is not None and "does not quote the mayor of Badalona" in answer.note, (
        "'according to the mayor of Yartsevo' reports another town's mayor"
    )


def test_a_description_that_fits_an_unnamed_person_of_another_story_is_not_a_named_role(
    tmp_path: Path,
) -> None:
    news = engine_over_articles(
        tmp_path,
        {
            "base.txt": "Antarctic Base Reports Virus Cases\n\n"
            "Chilean authorities reported the first outbreak of the virus in Antarctica on "
            "Tuesday. The Health Minister for the Biobio Region reported 21 confirmed cases "
            "among the staff of the base.\n\nThe base houses sixty people.\n",
            "goa.txt": "Former Goa Minister Dies\n\n"
            "Francis D'Souza, a former deputy chief minister of Goa, died on Wednesday. "
            'Chief Minister Manohar Parrikar said, "He was a dear friend and a great leader."\n\n'
            "D'Souza was 64.\n",
        },
    )
    health = news.answer("What did the health minister say?", k=3)
    assert "Health Minister for the Biobio Region" in health.citations[0].quote
    assert all(c.speaker != "Manohar Parrikar" for c in health.citations)
    # the role's own words still find him, as does its head noun alone
    for question in ("What did the chief minister say?", "What did the minister say?"):
        assert news.answer(question, k=3).citations[0].speaker == "Manohar Parrikar"


def test_a_place_typed_in_lower_case_locates_a_description_as_a_capitalised_one_does(
    tmp_path: Path,
) -> None:
    news = engine_over_articles(
        tmp_path,
        {
            "wall.txt": "Trump Threatens Emergency over Wall\n\n"
            "US President Donald Trump said on Friday he may declare a national emergency to "
            "build the wall.\n\nCongress has not passed the budget.\n",
            "antarctica.txt": "Virus Reaches Antarctica\n\n"
            "Chile confirmed the first cases of the virus in Antarctica on Tuesday. "
            "Thirty-six people at the base tested positive.\n\n"
            "The base is run by the Chilean army.\n",
        },
    )
    for question in ("What did Chile's president say?", "what did chile's president say?"):
        answer = news.answer(question, k=3)
        assert answer.note is not None and "does not quote" in answer.note, question
        assert answer.citations[0].speaker is None, question
    assert news.answer("what did the president say?", k=3).citations[0].speaker == "Donald Trump"


def test_initials_of_a_body_the_article_spells_out_are_that_body(tmp_path: Path) -> None:
    """ "What did the WHO say?" of an article that says "the World Health Organization" (and
    never "WHO", which is also a question word) is asked of it, not refused as someone the
    article never mentions."""
    engine = engine_over_articles(
        tmp_path,
        {
            "measles.txt": "Measles cases rise in Samoa\n\n"
            "The number of measles cases in Samoa rose to 5,000 on Monday.\n\n"
            "The World Health Organization said the outbreak was the worst in decades. The "
            "National Transportation Safety Board was not involved.\n",
            "vote.txt": ARTICLE,
        },
    )
    answer = engine.answer("What did the WHO say?", k=2)
    assert not answer.refused, answer.reason
    assert answer.citations[0].quote.startswith("The World Health Organization said")
    assert engine.answer("What did the FBI say?", k=2).refused  # spelt out nowhere


def test_a_body_the_article_gives_as_a_source_is_asked_for_by_its_short_name(
    tmp_path: Path,
) -> None:
    """ "CalFire" is neither in capitals nor ends with a word for an organisation, and the
    recogniser may not call it one; but an article that gives it as the source of what it
    reports ("CalFire indicated ...") tells it is a body, not someone it never quotes."""
    engine = engine_over_articles(
        tmp_path,
        {
            "crash.txt": "Helicopter strikes power cables near Fairfield\n\n"
            "A helicopter struck power cables and crashed near Fairfield on Wednesday. "
            "The California Department of Forestry and Fire Protection (CalFire) said several "
            "acres of land burned. CalFire indicated the injuries were minor.\n\n"
            "The pilot and a lineman were taken to hospital.\n",
            "vote.txt": ARTICLE,
        },
    )
    answer = engine.answer("What did CalFire say?", k=3)
    assert not answer.refused, answer.reason
    assert {c.quote for c in answer.citations} >= {"CalFire indicated the injuries were minor."}
    assert all(c.speaker is None for c in answer.citations), "a body is no person"


def test_a_surname_given_as_a_source_is_no_body_when_the_corpus_quotes_someone_by_it(
    tmp_path: Path,
) -> None:
    """ "Fontaine told local radio" of one story (a surname the indexer could not tell whose
    it is) is not the words of councillor Paul Fontaine of another story."""
    engine = engine_over_articles(
        tmp_path,
        {
            "storm.txt": "Storm damages homes in Tarn\n\n"
            "A storm damaged dozens of homes in the Tarn valley on Sunday.\n\n"
            "Trees blocked the main road for six hours, Fontaine told local radio.\n",
            "flood.txt": "Flood defences approved\n\n"
            "The council approved new flood defences for Ruxton on Thursday.\n\n"
            '"These walls will protect 300 homes," said councillor Paul Fontaine.\n\n'
            "Work will start in May.\n",
        },
    )
    answer = engine.answer("What did Fontaine say?", k=3)
    assert [c.speaker for c in answer.citations] == ["Paul Fontaine"]


def test_initials_hold_all_the_letters_of_a_word_in_capitals_inside_the_name(
    tmp_path: Path,
) -> None:
    """ "USGS" is the US Geological Survey: "US" gives both its letters."""
    engine = engine_over_articles(
        tmp_path,
        {
            "quake.txt": "Quake shakes Puerto Rico\n\n"
            "A magnitude 5.2 earthquake struck off Puerto Rico on Saturday.\n\n"
            "The US Geological Survey said the aftershocks may continue into February.\n",
            "vote.txt": ARTICLE,
        },
    )
    answer = engine.answer("What did the USGS say about aftershocks?", k=2)
    assert not answer.refused, answer.reason
    assert answer.citations[0].quote.startswith("The US Geological Survey said")


def test_a_body_that_called_for_something_said_it(tmp_path: Path) -> None:
    """ "Called for an investigation" is a demand, what a body quoted through no one said:
    "What did Amnesty ask for?" cites it rather than a note that no one is quoted."""
    engine = engine_over_articles(
        tmp_path,
        {
            "shooting.txt": "Police shoot protester\n\n"
            "A police officer shot a teenage protester on Tuesday.\n\n"
            'Police spokeswoman Ana Lam said, "The officer fired in self-defence."\n\n'
            "Amnesty International has called for an investigation into the shooting.\n",
            "vote.txt": ARTICLE,
        },
    )
    answer = engine.answer("What did Amnesty ask for?", k=2)
    assert answer.note is None, answer.note
    assert answer.citations[0].quote.startswith("Amnesty International has called for")


def test_what_a_court_ruled_is_what_it_said(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "court.txt",
        "Court rules suspension unlawful\n\n"
        "The Supreme Court ruled on Tuesday that the suspension of parliament was unlawful.\n\n"
        "Prime Minister Tom Barrow said he disagreed with the ruling. "
        '"We will respect it," he said.\n',
    )
    answer = engine.answer("What did the court say?", k=2)
    assert answer.note is None
    assert answer.citations[0].quote.startswith("The Supreme Court ruled on Tuesday")


def test_someone_quoted_in_one_story_is_not_answered_for_about_another(tmp_path: Path) -> None:
    """ "What did Roe say about the bridge collapse?" of an index where Roe is quoted only in
    a story about taxes, which never speaks of a bridge, while another story tells of the
    collapse: not Roe's words on taxes, but the collapse, with a note that Roe is not quoted."""
    engine = engine_over_articles(
        tmp_path,
        {
            "taxes.txt": "Governor defends tax plan\n\n"
            'Governor Ivan Roe said on Monday, "The new tax plan will help families."\n\n'
            "Roe added that the plan would pass before the summer.\n",
            "bridge.txt": "Bridge collapses in Kelm\n\n"
            "A road bridge collapsed in Kelm on Tuesday, injuring four drivers.\n\n"
            "Engineers had warned that the bridge was unsafe.\n",
        },
    )
    answer = engine.answer("What did Roe say about the bridge collapse?", k=3)
    assert answer.note is not None and "does not quote" in answer.note
    assert all(c.speaker != "Ivan Roe" for c in answer.citations)
    # a topic his own story speaks of is his
    taxes = engine.answer("What did Roe say about the tax plan?", k=3)
    assert taxes.citations[0].speaker == "Ivan Roe"


def test_a_topic_given_as_a_common_noun_is_not_told_of_by_a_name_holding_it(
    tmp_path: Path,
) -> None:
    """ "the game" of a rugby story that never says "game" is not Conway's Game of Life."""
    engine = engine_over_articles(
        tmp_path,
        {
            "rugby.txt": "Caloundra beat Maroochydore\n\n"
            "Caloundra defeated Maroochydore in round three on Saturday.\n\n"
            '"The scrum was our weak point," Caloundra coach Geoff Ingram said.\n',
            "maths.txt": "Mathematician dies aged 103\n\n"
            "Guy was a master of Conway's Game of Life. He found the glider in the Game of Life.\n",
        },
    )
    answer = engine.answer("What did Geoff Ingram say about the game?", k=2)
    assert answer.note is None
    assert [c.speaker for c in answer.citations] == ["Geoff Ingram"]


def test_a_topic_noun_is_told_of_in_its_singular_or_plural_only() -> None:
    nouns = frozenset({"foreigners"})
    assert _tells_of("Two foreigners died.", "the foreigners", nouns)
    assert _tells_of("A foreigner died.", "the foreigners", nouns)
    assert not _tells_of("The foreign minister spoke.", "the foreigners", nouns)
    assert not _tells_of("It is played in Foreigners Park.", "the foreigners", nouns)


def test_a_topic_noun_opening_a_sentence_or_in_another_form_is_told_of(tmp_path: Path) -> None:
    engine = engine_over_articles(
        tmp_path,
        {
            "taxes.txt": "Governor defends tax plan\n\n"
            'Governor Ivan Roe said on Monday, "The new tax plan will help families."\n',
            "floods.txt": "Rivers burst their banks\n\n"
            "Floods hit the valley of Kelm on Tuesday. The flood cut three roads.\n",
        },
    )
    answer = engine.answer("What did Roe say about the floods?", k=3)
    assert answer.note is not None and "does not quote" in answer.note


def test_an_office_asked_for_by_another_sex_or_word_is_the_same_office(tmp_path: Path) -> None:
    """ "What did the Vessaran government spokesman say?" of an article that says "The
    spokesperson for the Vessaran government condemned ..." (no one named): that sentence,
    with no note that no spokesman is quoted."""
    engine = engine_over_articles(
        tmp_path,
        {
            "poison.txt": "Vessara says critic was poisoned\n\n"
            "On Wednesday, the Vessaran government said the critic Ivan Roe was poisoned.\n\n"
            "The spokesperson for the Vessaran government strongly condemned the attack, "
            "according to state television.\n",
            "vote.txt": ARTICLE,
        },
    )
    for question in (
        "What did the Vessaran government spokesman say?",
        "What did the Vessaran government spokeswoman say?",
        "What did state tv say?",  # a word for the same: "according to state television"
    ):
        answer = engine.answer(question, k=2)
        assert answer.note is None, question
        assert "strongly condemned" in answer.citations[0].quote, question


def test_a_body_asked_for_by_its_full_name_speaks_through_an_office_given_by_its_initials(
    tmp_path: Path,
) -> None:
    """ "What did the Kelm Transport Safety Board say?" of an article whose spokesman is
    "a KTSB spokesman": his words, not a note that the board is not quoted."""
    engine = engine_over_articles(
        tmp_path,
        {
            "crash.txt": "Plane crashes near Kelm\n\n"
            "A small plane crashed near Kelm on Sunday, killing two people.\n\n"
            "The Kelm Transport Safety Board (KTSB) began an investigation. Tom Berg, a KTSB "
            'spokesman, said, "The report will take months."\n',
            "vote.txt": ARTICLE,
        },
    )
    answer = engine.answer("What did the Kelm Transport Safety Board say?", k=2)
    assert answer.note is None
    assert answer.citations[0].speaker == "Tom Berg"


def test_a_person_never_quoted_is_not_their_lawyer_given_as_a_source(tmp_path: Path) -> None:
    engine = engine_over_articles(
        tmp_path,
        {
            "trial.txt": "Doctor charged\n\n"
            "Dr Anton Vell was charged with fraud on Monday in Harwick.\n\n"
            "Vell's lawyer said the charges would be fought in court.\n",
        },
    )
    answer = engine.answer("What did Vell say?", k=3)
    assert answer.note is not None and "does not quote" in answer.note


def test_someone_a_story_names_in_passing_is_shown_where_named_not_refused(
    tmp_path: Path,
) -> None:
    """ "What did Irene Vask say?" of an index whose one story names her once, in passing, and
    never quotes her, when the question as a whole matches nothing well enough (here: a
    relevance threshold above what it scores): the sentence naming her, with the note that she
    is not quoted; not a refusal, as for someone no story names."""
    engine_over_articles(
        tmp_path,
        {
            "race.txt": "Harlan endorses Moreau in Avalon race\n\n"
            "Senator Tom Harlan endorsed Paul Moreau on Monday, ending his own campaign.\n\n"
            "In the 2016 race, Harlan stayed in the contest against then-presumptive nominee "
            "Irene Vask for two months longer, until June.\n\n"
            '"We must unite," Harlan told supporters in a video message.\n',
            "bridge.txt": "Bridge collapses in Kelm\n\n"
            "A road bridge collapsed in Kelm on Tuesday, injuring four drivers.\n\n"
            "Engineers had warned that the bridge was unsafe.\n",
        },
    )
    strict = Thresholds(min_relevance=0.8)
    engine = Engine(
        settings_for(tmp_path / "index", sorted(tmp_path.glob("*.txt"))), thresholds=strict
    )
    answer = engine.answer("What did Irene Vask say?", k=3)
    assert not answer.refused
    assert answer.note is not None and "does not quote" in answer.note
    assert "Irene Vask" in answer.citations[0].quote
    assert engine.answer("What did Lena Dorsey say?", k=3).refused
    # asked about a topic, a mention on another matter is no answer
    assert engine.answer("What did Irene Vask say about the bridge in Kelm?", k=3).refused


def test_what_someone_unquoted_planned_is_asked_of_the_narration_without_a_note(
    tmp_path: Path,
) -> None:
    """ "What did Lena Dorsey plan to do?" asks what she planned, not for her words: of a
    story that never quotes her, the sentence telling it, with no note that she is not
    quoted (which "What did Dorsey say?" still gets)."""
    engine = engine_over(
        tmp_path,
        "stabbed.txt",
        "Minister stabbed in Kelm\n\n"
        "Security minister Ivan Roe was stabbed on Thursday in Kelm.\n\n"
        "News agencies reported that President Lena Dorsey was planning to visit Roe in the "
        "hospital.\n\n"
        "A police spokesman said the attacker was arrested at the scene.\n",
    )
    planned = engine.answer("What did Lena Dorsey plan to do?", k=3)
    assert planned.note is None
    assert "planning to visit Roe" in planned.citations[0].quote
    said = engine.answer("What did Dorsey say?", k=3)
    assert said.note is not None and "does not quote" in said.note


def test_a_short_statement_pointing_back_is_about_what_the_sentence_before_says(
    tmp_path: Path,
) -> None:
    """ "He denied it repeatedly." answers what Kalnins said about the retirement age, which
    only the sentence before it names."""
    engine = engine_over(
        tmp_path,
        "vote.txt",
        "Opposition wins Latvian vote\n\n"
        'Andris Kalnins said his alliance would "not waste that trust". He said coalition '
        "talks would begin on Monday.\n\n"
        "During the campaign, the prime minister, Mrs Anna Berzina, accused Kalnins of planning "
        "to raise the retirement age to 67. He denied it repeatedly.\n",
    )
    answer = engine.answer("What did Kalnins say about the retirement age?", k=3)
    assert answer.citations[0].quote == "He denied it repeatedly."


def test_a_quotation_after_its_speakers_reported_words_is_about_what_they_report(
    tmp_path: Path,
) -> None:
    """What Ruiz said about the ferry ban: the quotation that goes on from "Ruiz defended the
    ban on night ferries", though it never names the ferries itself."""
    engine = engine_over(
        tmp_path,
        "ferries.txt",
        "Harbour chief defends ferry ban\n\n"
        "Harbour master Elena Ruiz said the port would reopen on Friday after repairs to the "
        "main quay.\n\n"
        "Ruiz said the ban on night ferries was needed after last week's collision.\n\n"
        '"Until the lights are fixed, nobody sails after dark," Ruiz said.\n\n'
        '"We expect record cargo volumes next year," Ruiz said of the port\'s trade outlook.\n',
    )
    answer = engine.answer("What did Ruiz say about the night ferries?", k=2)
    quotes = [c.quote for c in answer.citations]
    assert any("nobody sails after dark" in q for q in quotes)


def test_a_statement_is_cited_once_whichever_of_its_sentences_the_topic_is_in(
    tmp_path: Path,
) -> None:
    """The second sentence of a quotation is no excerpt of its own beside the whole
    statement, which opens where its speaker is named."""
    engine = engine_over(
        tmp_path,
        "quay.txt",
        "Harbour chief on the collision\n\n"
        "Harbour master Elena Ruiz said the quay would reopen on Friday.\n\n"
        'That is "a warning to every port," Ruiz said. "Night ferries will not sail until the '
        'lights are fixed."\n',
    )
    answer = engine.answer("What did Ruiz say about night ferries?", k=3)
    quotes = [c.quote for c in answer.citations]
    assert sum("Night ferries will not sail" in q for q in quotes) == 1
    assert quotes[0].startswith("That is")


def test_a_description_in_what_someone_reports_is_not_the_one_reporting(tmp_path: Path) -> None:
    """ "What did the captain say?": Haugen reports that the captain spoke; he is no captain,
    and the article does not quote the captain."""
    engine = engine_over(
        tmp_path,
        "jet.txt",
        "Jet returns to Bergen\n\n"
        '"There was a huge bang," said passenger Peter Haugen.\n\n'
        "Haugen said the cabin crew had remained calm and that the captain had spoken to "
        "passengers within minutes.\n\n"
        "The captain, Erik Dahl, has not spoken publicly.\n",
    )
    answer = engine.answer("What did the captain say?", k=3)
    assert answer.note is not None and "does not quote" in answer.note

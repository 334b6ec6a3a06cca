"""The source a statement gives when no person says it (``index.sources``), on a small
article written for these tests: bodies, groups, documents and unnamed people are sources,
never speakers."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from bot.render import format_excerpt
from console.render import answer_as_text
from index.attribution import read_documents
from index.chunking import sentences
from index.corpus import Document
from tests.helpers import engine_over, speakers_in

ARTICLE = """\
Bus overturns near Dorrington

A bus carrying pupils overturned near Dorrington on Monday. The Roads Safety Ministry said all
the passengers were from Hallam. It also urged drivers to "slow down on wet roads."

Local officials said twelve people had been taken to hospital, according to the Dorrington Echo.

The driver lost control on the bend, according to a hospital spokesperson.

A study by the Hallam Institute (HI) reported that the bend has seen nine crashes since 2015.

"We are all shaken," said headteacher Anna Berg. The school said lessons would go on.

No group claimed the bus was speeding. The weather was wet.
"""


@cache
def sources_in(text: str) -> Mapping[str, str | None]:
    """Each sentence of ``text`` with the source the indexer reads for it (read once per
    text: several tests ask about the same article)."""
    document = Document(doc_id="story", source=Path("story.txt"), title="Story", text=text)
    cut = sentences(document)
    reading = read_documents([(document.text, cut)])[0]
    return MappingProxyType({s.text: reading.sources.get(n) for n, s in enumerate(cut)})


def test_a_body_that_says_something_is_the_source() -> None:
    found = sources_in(ARTICLE)
    assert found["The Roads Safety Ministry said all\nthe passengers were from Hallam."] == (
        "the Roads Safety Ministry"
    )


def test_it_after_a_body_is_that_body() -> None:
    assert sources_in(ARTICLE)['It also urged drivers to "slow down on wet roads."'] == (
        "the Roads Safety Ministry"
    )


def test_it_after_a_body_put_out_a_statement_is_that_body() -> None:
    text = (
        "Player arrested\n\nThe Georgian Tennis Federation released a statement on the arrest. "
        'It read, "We condemn any form of violence."\n'
    )
    assert sources_in(text)['It read, "We condemn any form of violence."'] == (
        "the Georgian Tennis Federation"
    )
    # and a person who put one out says what it reads
    person = (
        "Singer quits\n\nSinger Jane Roe released a statement on Monday. "
        'It read, "I am leaving the band."\n'
    )
    assert speakers_in(person) == {2: "Jane Roe"}  # (0 is the headline)


def test_a_bracket_inside_a_word_opens_no_source() -> None:
    assert sources_in("W\n\n0000(0 said\n") == {"W": None, "0000(0 said": None}


def test_a_source_is_neither_a_time_nor_what_a_relative_clause_misread_reports() -> None:
    text = (
        "Storm nears Bermuda\n\nBermuda was rarely hit by hurricanes according to CNN who "
        "reported that only 21 hurricanes came within 100 miles.\n\n"
        "The city estimated by 9 pm, there would be enough pressure in the system.\n\n"
        "Flooding was reported in the area, News 12 reported.\n"
    )
    found = sources_in(text)
    assert found[next(s for s in found if s.startswith("Bermuda"))] == "CNN"
    assert found[next(s for s in found if s.startswith("The city estimated"))] != "9 pm"
    assert found["Flooding was reported in the area, News 12 reported."] == "News 12"


def test_a_statement_speaks_for_its_author() -> None:
    text = (
        "Wrestler dies\n\n"
        'Stardom\'s official statement yesterday read "We are very sorry to report her death."\n\n'
        "According to a statement from the Interior Ministry, five people were arrested.\n\n"
        "The council's statement said the road would reopen on Monday.\n"
    )
    found = sources_in(text)
    assert found[next(s for s in found if s.startswith("Stardom"))] == "Stardom"
    assert found[next(s for s in found if s.startswith("According"))] == "the Interior Ministry"
    assert found[next(s for s in found if s.startswith("The council"))] == "the council"
    person = 'Resignation\n\nThe letter from Joe Bloggs read "We will not resign."\n'
    assert speakers_in(person) == {1: "Joe Bloggs"}


def test_it_is_an_issuer_only_when_it_presents_the_words_the_issuer_put_out() -> None:
    text = (
        "Letters\n\nJane Roe published a letter accusing Acme Corp of fraud. It denied the "
        "claims, calling them false.\n\nIt read like a thriller, the critic said.\n\n"
        'Monday\'s statement read "The road will reopen."\n\n'
        'Joe Bloggs released a letter from his doctor. It said, "He is unwell."\n'
    )
    found = sources_in(text)
    assert found["It denied the claims, calling them false."] is None  # Acme, not Roe
    assert found["It read like a thriller, the critic said."] == "the critic"
    assert found[next(s for s in found if s.startswith("Monday"))] != "Monday"
    assert found['It said, "He is unwell."'] == "his doctor"


def test_a_group_and_an_unnamed_person_are_sources() -> None:
    found = sources_in(ARTICLE)
    said = (
        "Local officials said twelve people had been taken to hospital, "
        "according to the Dorrington Echo."
    )
    assert found[said] == "local officials"
    assert found["The driver lost control on the bend, according to a hospital spokesperson."] == (
        "a hospital spokesperson"
    )


def test_a_document_with_its_initials_is_a_source() -> None:
    sentence = (
        "A study by the Hallam Institute (HI) reported that the bend has seen nine crashes "
        "since 2015."
    )
    assert sources_in(ARTICLE)[sentence] == "a study by the Hallam Institute (HI)"


def test_a_person_quoted_gives_no_source_and_a_body_beside_them_does() -> None:
    found = sources_in(ARTICLE)
    assert found['"We are all shaken," said headteacher Anna Berg.'] is None
    assert found["The school said lessons would go on."] == "the school"


def test_no_one_and_no_saying_give_no_source() -> None:
    found = sources_in(ARTICLE)
    assert found["No group claimed the bus was speeding."] is None
    assert found["The weather was wet."] is None
    assert found["A bus carrying pupils overturned near Dorrington on Monday."] is None


def test_asking_what_a_body_said_cites_its_statements_with_their_source(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, "bus.txt", ARTICLE)
    answer = engine.answer("What did the ministry say?", k=5)
    assert [c.quote for c in answer.citations][:2] == [
        "The Roads Safety Ministry said all\nthe passengers were from Hallam.",
        'It also urged drivers to "slow down on wet roads."',
    ]
    assert {c.according_to for c in answer.citations[:2]} == {"the Roads Safety Ministry"}
    assert all(c.speaker is None for c in answer.citations)
    assert answer.note is None


def test_a_source_is_no_one_the_article_does_not_quote(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, "bus.txt", ARTICLE)
    answer = engine.answer("What did the school say about lessons?", k=3)
    assert answer.citations[0].quote == "The school said lessons would go on."
    assert answer.citations[0].according_to == "the school"
    assert answer.note is None


def test_the_source_is_shown_with_the_excerpt(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, "bus.txt", ARTICLE)
    answer = engine.answer("How many people were taken to hospital?", k=1)
    assert "— according to local officials" in answer_as_text(answer)
    assert "according to local officials, " in format_excerpt(answer.citations[0])
    assert answer.to_json()["answers"][0]["according_to"] == "local officials"


def test_they_is_no_source_and_it_only_the_one_right_before() -> None:
    found = sources_in(
        "Men cleared of theft\n\n"
        "Police said the two men had been seen near the shop. They told the court they were "
        "at home.\n\n"
        "The council said the shop would reopen. The owner was pleased. It also said the road "
        "would close.\n"
    )
    assert found["They told the court they were at home."] is None, "they: the men"
    assert found["It also said the road would close."] is None, "not two sentences back"


def test_a_description_is_no_body_named_later_in_its_own_sentence() -> None:
    found = sources_in(
        "Ruling overturned\n\n"
        "The court said the Appeals Court of Avalon had been wrong to jail the men.\n"
    )
    assert found["The court said the Appeals Court of Avalon had been wrong to jail the men."] == (
        "the court"
    )


def test_a_news_outlet_in_capitals_is_a_source_after_a_verb_with_no_sayer() -> None:
    found = sources_in(
        "Lawyer convicted\n\n"
        "He was found guilty on all counts. NBC News reported Berg is to be sentenced in June.\n"
    )
    assert found["NBC News reported Berg is to be sentenced in June."] == "NBC News"
    assert found["He was found guilty on all counts."] is None


COURT = """\
Court rules closure unlawful

The Supreme Court of Avalon ruled on Tuesday that the closure of Parliament was unlawful.

The court said the closure had stopped Parliament from doing its work.

In a statement, the Avalon Fire and Rescue Service defended its crews: "They did all they could."

The fire service said the cause was not yet known. Harbour Police, which indicated on Monday
a "significant" search, gave no names.
"""


def test_a_description_of_a_body_named_before_is_that_body() -> None:
    found = sources_in(COURT)
    assert found["The court said the closure had stopped Parliament from doing its work."] == (
        "the Supreme Court of Avalon"
    )
    assert found["The fire service said the cause was not yet known."] == (
        "the Avalon Fire and Rescue Service"
    )


def test_a_body_introducing_a_quotation_with_a_colon_is_its_source() -> None:
    found = sources_in(COURT)
    said = (
        "In a statement, the Avalon Fire and Rescue Service defended its crews: "
        '"They did all they could."'
    )
    assert found[said] == "the Avalon Fire and Rescue Service"


def test_a_body_a_relative_clause_reports_for_is_its_source() -> None:
    found = sources_in(COURT)
    said = 'Harbour Police, which indicated on Monday\na "significant" search, gave no names.'
    assert found[said] == "Harbour Police"


def test_reporting_a_thing_is_a_report_and_responding_to_a_call_is_no_saying() -> None:
    found = sources_in(
        "Outbreak reaches Avalon base\n\n"
        "On Sunday, Avalon military authorities reported 36 infections at the base. The "
        "health minister reported 21 new cases in the port on Tuesday.\n\n"
        "Police in Dorrington responded to several reports of a shooting. Police said over a "
        "hundred people attended the party. A new officer reported for duty.\n"
    )
    assert found["On Sunday, Avalon military authorities reported 36 infections at the base."] == (
        "Avalon military authorities"
    )
    assert found["The health minister reported 21 new cases in the port on Tuesday."] == (
        "the health minister"
    )
    assert found["Police in Dorrington responded to several reports of a shooting."] is None
    assert (
        sources_in("Minister quits\n\nThe opposition responded by demanding a vote.\n")[
            "The opposition responded by demanding a vote."
        ]
        == "the opposition"
    )
    assert found["Police said over a hundred people attended the party."] == "police"
    assert found["A new officer reported for duty."] is None
    misread = sources_in(
        "Abuse cases\n\nAmongst reported incidents of abuse, two priests were convicted. "
        "Others said the pope had acted. The WHO said the variant was spreading. According "
        "to the US, cases rose. The Russian side said talks would go on.\n"
    )
    assert misread["Amongst reported incidents of abuse, two priests were convicted."] is None
    assert misread["Others said the pope had acted."] is None, "no one to quote as a source"
    # names that spell a stop word, and a phrase round one, are sources
    assert misread["The WHO said the variant was spreading."] == "the WHO"
    assert misread["According to the US, cases rose."] == "the US"
    assert misread["The Russian side said talks would go on."] == "the Russian side"


def test_what_a_body_itself_is_said_to_say_comes_with_its_officials_words(
    tmp_path: Path,
) -> None:
    """ "What did the HIH report?" of a story in which the institute itself reports the
    count and its director speaks for it: her statements, then the institute's own."""
    engine = engine_over(
        tmp_path,
        "outbreak.txt",
        "Hallam reports new cases\n\n"
        "As of Monday, the Hallam Institute of Health (HIH) reported 114 active cases and 33 "
        "recoveries.\n\n"
        "In a news briefing, the director of HIH, Dr Ana Ruiz, said the patients were "
        "recovering well.\n\n"
        "She also said two of the patients were from the port.\n",
    )
    answer = engine.answer("What did the HIH report?", k=4)
    assert {c.speaker for c in answer.citations[:2]} == {"Ana Ruiz"}
    assert answer.citations[2].quote.startswith("As of Monday, the Hallam Institute")


def test_what_its_owns_after_a_body_is_that_bodys() -> None:
    found = sources_in(
        "Harlan leads in Avalon\n\n"
        "The Avalon Courier reported that the caucuses could be the state's last. According "
        "to its polling, two-thirds of voters backed Tom Harlan.\n"
    )
    assert found["According to its polling, two-thirds of voters backed Tom Harlan."] == (
        "the Avalon Courier's polling"
    )
    other = sources_in(
        "Carmaker delays launch\n\n"
        "Reuters reported that Veltra would delay the launch of its electric sedan. According "
        "to its annual filing, the carmaker expects lower sales next year.\n"
    )
    # "its" may be Veltra's as much as Reuters'
    assert other["According to its annual filing, the carmaker expects lower sales next year."] == (
        "its annual filing"
    )


def test_people_in_a_country_are_not_the_country(tmp_path: Path) -> None:
    """ "What did Russia say?" of a story quoting its president and telling what opposition
    activists in Russia said: his words, not theirs."""
    engine = engine_over(
        tmp_path,
        "sanctions.txt",
        "EU extends sanctions against Russia\n\n"
        "The European Union on Monday extended its economic sanctions against Russia.\n\n"
        "Russian President Vladimir Putin said the sanctions were illegal and would fail.\n\n"
        "Opposition activists in Russia said the sanctions mostly hurt ordinary families.\n",
    )
    answer = engine.answer("What did Russia say?", k=4)
    assert [c.speaker for c in answer.citations] == ["Vladimir Putin"]


def test_a_body_named_after_the_words_for_its_kind_is_the_source_by_that_name(
    tmp_path: Path,
) -> None:
    text = (
        "Jet lands on one engine\n\n"
        "The aircraft landed safely and was met by fire crews, the airport operator Avinor "
        "said.\n\n"
        "Passengers were taken to the terminal by bus.\n"
    )
    said = "The aircraft landed safely and was met by fire crews, the airport operator Avinor said."
    assert sources_in(text)[said] == "the airport operator Avinor"
    engine = engine_over(tmp_path, "jet.txt", text)
    answer = engine.answer("What did Avinor say?", k=2)
    assert not answer.refused
    assert "landed safely" in answer.citations[0].quote


def test_initials_with_an_ampersand_ask_for_the_body_they_stand_for(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "fire.txt",
        "Wildfire cause investigated\n\n"
        "Pacific Gas and Electric said one of its lines had an outage minutes before the fire "
        "was reported.\n\n"
        "Firefighters contained the blaze on Sunday.\n",
    )
    answer = engine.answer("What did PG&E say about the fire?", k=2)
    assert not answer.refused
    assert "outage" in answer.citations[0].quote


def test_initials_the_article_also_writes_ask_for_the_body_by_its_full_name(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "measles.txt",
        "Measles outbreak grows\n\n"
        "The Centers for Disease Control and Prevention said it had sent a team of three "
        "epidemiologists. Nationally, the CDC has recorded more than 1,200 cases this year.\n\n"
        "Schools in the county stayed open.\n",
    )
    answer = engine.answer("What did the CDC say?", k=2)
    assert answer.note is None
    assert "sent a team" in answer.citations[0].quote

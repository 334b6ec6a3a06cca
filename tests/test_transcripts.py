"""Interview transcripts: every sentence of a turn is its labelled speaker's."""

from __future__ import annotations

from pathlib import Path

from index.attribution import attribute_statements
from index.chunking import sentences
from index.corpus import Document
from tests.helpers import attributed_in, engine_over

INTERVIEW = """\
Harbour master Tove Lindgren spoke to our reporter about the new breakwater.

((WN)) How long did the building take?

((Tove Lindgren)) Almost three years. The storms of 2018 slowed us down.

We lost two barges that winter.

((WN)) Will the harbour grow?

((de)) Wir hoffen es.

((Tove Lindgren)) We hope so. The council has the plans.

The breakwater opens to the public on Sunday.
"""

INITIALS = """\
Biologist Omar Haddad answered our questions.

((WN)) Why study penguins?

Omar Haddad: They tell us how the ocean is doing.

((WN)) What comes next?

OH: A second survey in the spring.
"""

CAPTIONS = """\
Senator Ruth Kagame visited the flooded town on Monday.

Ruth Kagame: the senator at the town hall.

The river rose two metres overnight.
"""

BARE_INITIALS = """\
US officials said the survey found fewer seabirds than in any year since 1990.

Biologist Omar Haddad agreed to answer our questions.

((WN)) Why study seabirds?

Omar Haddad I am a biologist at the Dunmore Institute. Seabirds tell us how the ocean is doing.

((WN)) What comes next?

OH A second survey in the spring. We will count every colony.

((WN)) Who pays for it?

OH The institute does.

US funding for the survey ends next year.
"""

QUESTIONS_ONLY = """\
Reporter Lena Brandt put these questions to the candidate.

((LB)) Which president do you admire most?

((LB)) How would you fund the plan?
"""


def test_a_turn_is_its_labelled_speakers_up_to_the_next_label() -> None:
    said = attributed_in(INTERVIEW)
    assert said["((Tove Lindgren)) Almost three years."] == "Tove Lindgren"
    assert said["The storms of 2018 slowed us down."] == "Tove Lindgren"
    assert said["We lost two barges that winter."] == "Tove Lindgren"  # a paragraph later
    assert said["((Tove Lindgren)) We hope so."] == "Tove Lindgren"
    assert said["The council has the plans."] == "Tove Lindgren"


def test_the_interviewers_questions_and_the_narration_after_the_transcript_are_no_ones() -> None:
    said = attributed_in(INTERVIEW)
    assert said["((WN)) How long did the building take?"] is None
    assert said["((WN)) Will the harbour grow?"] is None
    assert said["((de)) Wir hoffen es."] is None  # a language mark opens no turn ...
    assert said["The breakwater opens to the public on Sunday."] is None  # ... after the last


def test_a_name_with_a_colon_and_the_speakers_initials_open_turns() -> None:
    said = attributed_in(INITIALS)
    assert said["Omar Haddad: They tell us how the ocean is doing."] == "Omar Haddad"
    assert said["OH: A second survey in the spring."] == "Omar Haddad"


def test_a_name_with_a_colon_once_is_no_transcript() -> None:
    said = attributed_in(CAPTIONS)
    assert said["Ruth Kagame: the senator at the town hall."] is None


def test_someone_whose_every_turn_is_a_question_is_the_interviewer() -> None:
    said = attributed_in(QUESTIONS_ONLY)
    assert said["((LB)) Which president do you admire most?"] is None
    assert said["((LB)) How would you fund the plan?"] is None


NAMES_IN_TURNS = """\
Neuroscientists Tove Lindgren and Omar Haddad spoke to our reporter about their study.

((WN)) How will Acme Cloud store the data?

((Tove Lindgren)) On our own servers. As Omar said, the data is noisy.

((Omar Haddad)) Yes. He is not on the paper, though: Jan Kowalski did the scans.

((WN)) What did Jan Kowalski say about the results?

((Tove Lindgren)) That they surprised him.

((Omar Haddad)) They surprised us all.
"""


def test_a_turn_is_its_speakers_whoever_it_names_and_a_question_is_nobodys() -> None:
    said = attributed_in(NAMES_IN_TURNS)
    assert said["((WN)) How will Acme Cloud store the data?"] is None
    assert said["As Omar said, the data is noisy."] == "Tove Lindgren"
    assert said["He is not on the paper, though: Jan Kowalski did the scans."] == "Omar Haddad"
    assert said["((WN)) What did Jan Kowalski say about the results?"] is None


MISSPELT_LABEL = """\
Engineer Tove Lindgren spoke to our reporter about the breakwater.

((WN)) How long did the building take?

((Tove Lindgren)) Almost three years.

((WN)) Was it hard?

((TV)) Very hard. The storms slowed us down.

((WN)) Thank you.

((Tove Lindgren)) Thank you.
"""


def test_with_one_person_answering_a_label_naming_nobody_that_never_asks_is_theirs() -> None:
    said = attributed_in(MISSPELT_LABEL)
    assert said["((TV)) Very hard."] == "Tove Lindgren"
    assert said["The storms slowed us down."] == "Tove Lindgren"
    assert said["((WN)) Thank you."] is None  # the interviewer's label asks elsewhere


NAME_OPENING_AN_ANSWER = """\
Archaeologist Nora Veldt spoke to our reporter about the dig.

((WN)) Who else worked on the paper?

((Nora Veldt)) Three of my advisers did.

Pieter Smit: he contributed as much as I did. He ran the dating.

((WN)) What comes next?

((Nora Veldt)) A second season in the spring.
"""


def test_a_name_with_a_colon_once_inside_an_answer_goes_on_with_that_answer() -> None:
    said = attributed_in(NAME_OPENING_AN_ANSWER)
    assert said["Pieter Smit: he contributed as much as I did."] == "Nora Veldt"
    assert said["He ran the dating."] == "Nora Veldt"
    assert said["((WN)) What comes next?"] is None


ANSWER_WITHOUT_LABEL = """\
Activist Mina Sohrabi spoke to our reporter about her charity.

((WN)) When did you start the charity?

((Mina Sohrabi)) In 2017, in London.

((WN)) You worked with the refugees in Calais, right?

I did work there. My role was to find them lawyers.

((WN)) What comes next?

((Mina Sohrabi)) A second office in Sydney.

The charity's accounts are published every spring.
"""


def test_an_answer_printed_without_its_label_after_a_question_is_the_one_answering() -> None:
    said = attributed_in(ANSWER_WITHOUT_LABEL)
    assert said["I did work there."] == "Mina Sohrabi"
    assert said["My role was to find them lawyers."] == "Mina Sohrabi"
    assert said["((WN)) You worked with the refugees in Calais, right?"] is None
    assert said["The charity's accounts are published every spring."] is None


def test_initials_with_no_colon_after_a_question_open_a_turn_an_acronym_does_not() -> None:
    said = attributed_in(BARE_INITIALS)
    assert said["OH A second survey in the spring."] == "Omar Haddad"
    assert said["We will count every colony."] == "Omar Haddad"
    # with one person answering, the answer printed with the name but no colon is theirs too
    assert said["Seabirds tell us how the ocean is doing."] == "Omar Haddad"
    assert said["((WN)) What comes next?"] is None
    assert said["US funding for the survey ends next year."] is None


LAST_TURN = """\
Harbour master Tove Lindgren spoke to our reporter about the new breakwater.

((WN)) What are your plans?

((Tove Lindgren)) Short term: repairs to the quay.

Mid term: a second breakwater.

((WN)) And what does the harbour need most?

((Tove Lindgren)) Two things:

Dredging the channel, every spring.

We also need a larger crane. My crew has asked for one for years.

Lindgren has run the harbour since 2015.
"""


def test_the_last_turn_goes_on_while_its_paragraphs_are_the_speakers_by_their_form() -> None:
    said = attributed_in(LAST_TURN)
    assert said["Mid term: a second breakwater."] == "Tove Lindgren"  # a list's next item
    assert said["Dredging the channel, every spring."] == "Tove Lindgren"  # after a colon
    assert said["My crew has asked for one for years."] == "Tove Lindgren"  # first person
    assert said["Lindgren has run the harbour since 2015."] is None  # narration about her


YOU_SAID = """\
Harbour master Tove Lindgren spoke to our reporter about the new breakwater.

((WN)) On the port's website, you wrote "the quay is older than the town." How old is it?

((Tove Lindgren)) Almost four hundred years.

((WN)) You mentioned the storms of 2018. What did they do?

((Tove Lindgren)) They took two barges.

((WN)) What would you tell visitors.
"""


def test_the_interviewer_reporting_what_you_said_quotes_the_one_answering() -> None:
    said = attributed_in(YOU_SAID)
    wrote = '((WN)) On the port\'s website, you wrote "the quay is older than the town."'
    assert said[wrote] == "Tove Lindgren"
    assert said["((WN)) You mentioned the storms of 2018."] == "Tove Lindgren"
    assert said["How old is it?"] is None  # a question is no one's
    assert said["((WN)) What would you tell visitors."] is None  # nor one without its mark


def test_what_follows_a_speaker_label_is_no_role_of_theirs() -> None:
    text = (
        "Biologist Tove Lindgren talked to us.\n\n((WN)) Were the tools old?\n\n"
        "((Tove Lindgren))  Not back millennia.  I mentioned this other team.\n\n"
        "((WN)) And then?\n\n((Tove Lindgren))  We went home.\n"
    )
    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    statements = attribute_statements(doc.text, sentences(doc))
    assert all(s.speaker == "Tove Lindgren" for s in statements.values())
    assert all("Not back millennia" not in s.aliases for s in statements.values())


def test_an_interviewers_question_gives_way_to_the_reply_after_it(tmp_path: Path) -> None:
    engine = engine_over(
        tmp_path,
        "stars.txt",
        "Astronomer Anna Roe spoke to Wikinews about the new planet.\n\n"
        "((WN)) How many countries took part in the study?\n\n"
        "((Anna Roe)) We had teams from France, the US and Taiwan. So we have three.\n\n"
        "((WN)) Which telescope did you use?\n\n"
        "((Anna Roe)) The Very Large Telescope in Chile.\n",
    )
    answer = engine.answer("How many countries took part in the study?", k=3)
    assert answer.citations[0].speaker == "Anna Roe"
    assert "France, the US and Taiwan" in answer.citations[0].quote


def test_a_question_gives_way_to_the_reply_after_the_rest_of_the_interviewers_turn(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "candidate.txt",
        "Candidate Zara Kay spoke to Wikinews about her campaign.\n\n"
        "((WN)) How old are you? And when did you decide to run for office?\n\n"
        "((Zara Kay)) I am 26 now, and I decided last spring.\n\n"
        "((WN)) Which issue matters most to you?\n\n"
        "((Zara Kay)) Housing, above all.\n",
    )
    answer = engine.answer("How old are you?", k=3)
    assert "I am 26" in answer.citations[0].quote


def test_a_speakers_label_with_no_words_after_it_is_not_cited_as_their_statement(
    tmp_path: Path,
) -> None:
    engine = engine_over(
        tmp_path,
        "interview.txt",
        "Interview with candidate Ann Roe\n\n"
        "Wikinews spoke to mayoral candidate Ann Roe about her plans.\n\n"
        "((WN)) What is your plan for housing?\n\n"
        "((Ann Roe)) We will build ten thousand homes.\n\n"
        "((WN)) And what about taxes?\n\n"
        "((Ann Roe))\n\n"
        "((WN)) Anything else you want to tell voters?\n\n"
        "((Ann Roe)) We will lower taxes for families.\n",
    )
    answer = engine.answer("What did Ann Roe say?", k=5)
    assert [c.quote for c in answer.citations] == [
        "((Ann Roe)) We will build ten thousand homes.",
        "((Ann Roe)) We will lower taxes for families.",
    ]

"""Who said what, on small articles written for these tests."""

from __future__ import annotations

from pathlib import Path

from index.attribution import attribute_statements
from index.chunking import sentences
from index.corpus import Document

ARTICLE = """\
Chancellor Maria Lindqvist met Foreign Minister Pierre Dubois in Geneva on Friday.

“We will not give up on this treaty,” Lindqvist told reporters.

He added: “Nobody should doubt it.” That was the view of Dubois, the French envoy.

Dubois said talks would resume next week. “The door is open,” he said.

The chancellor said the deal was “within reach.”

“It is a good day,” said Pierre Dubois.

Weather in Geneva was cold. Prices rose, and the market has continued to fall.
"""


def attributed() -> dict[str, str | None]:
    doc = Document(doc_id="a", source=Path("a.txt"), title="A", text=ARTICLE)
    spans = sentences(doc)
    found = attribute_statements(doc.text, spans)
    return {span.text: (found[n].speaker if n in found else None) for n, span in enumerate(spans)}


def test_name_before_a_speech_verb_is_resolved_to_the_full_name() -> None:
    assert attributed()["“We will not give up on this treaty,” Lindqvist told reporters."] == (
        "Maria Lindqvist"
    )


def test_he_added_goes_to_the_person_last_mentioned() -> None:
    # "He" follows Lindqvist's quote; the pronoun takes the nearest person mentioned before it.
    assert attributed()["He added: “Nobody should doubt it.”"] == "Maria Lindqvist"


def test_reported_speech_and_pronoun_in_the_same_paragraph() -> None:
    found = attributed()
    assert found["Dubois said talks would resume next week."] == "Pierre Dubois"
    assert found["“The door is open,” he said."] == "Pierre Dubois"


def test_a_title_maps_to_the_person_introduced_with_it() -> None:
    assert attributed()["The chancellor said the deal was “within reach.”"] == "Maria Lindqvist"


def test_inverted_attribution_after_a_quotation() -> None:
    assert attributed()["“It is a good day,” said Pierre Dubois."] == "Pierre Dubois"


def test_sentences_without_a_speaker_are_not_attributed() -> None:
    found = attributed()
    assert found["Weather in Geneva was cold."] is None
    assert found["Prices rose, and the market has continued to fall."] is None


WIRE_STORY = """\
WASHINGTON - Treasury Secretary Ann Ortiz said on Tuesday that inflation remained too high.

The central bank chair, Jerome Wu, said rates would stay elevated. "Our job is not done," Wu said.

Payrolls rose by 200,000 in October.

Senator Lena Park, a Democrat from Ohio, criticized the bank. "This is a mistake," she said.
"""


def attributed_in(text: str) -> dict[str, str | None]:
    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    spans = sentences(doc)
    found = attribute_statements(doc.text, spans)
    return {span.text: (found[n].speaker if n in found else None) for n, span in enumerate(spans)}


def test_a_title_set_off_by_commas_introduces_the_person() -> None:
    found = attributed_in(WIRE_STORY)
    assert found["The central bank chair, Jerome Wu, said rates would stay elevated."] == (
        "Jerome Wu"
    )
    assert found['"Our job is not done," Wu said.'] == "Jerome Wu"


def test_a_name_after_a_paragraph_break_is_still_found() -> None:
    # "October." ends one paragraph; "Senator Lena Park" opens the next: both are names.
    assert attributed_in(WIRE_STORY)['"This is a mistake," she said.'] == "Lena Park"


def test_titles_become_aliases() -> None:
    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=WIRE_STORY)
    spans = sentences(doc)
    found = attribute_statements(doc.text, spans)
    aliases = {a.speaker: set(a.aliases) for a in found.values()}
    assert {"central bank chair", "Wu"} <= aliases["Jerome Wu"]
    assert {"Senator", "Park"} <= aliases["Lena Park"]

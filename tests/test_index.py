"""Indexing: idempotent rebuilds, clean errors for bad articles, the live index never damaged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from article_qa import store
from article_qa.config import Settings
from article_qa.embedders import load_embedder
from article_qa.errors import CorpusError, IndexBusy
from article_qa.records import PASSAGE, SENTENCE, DocumentRecord, Record
from index import build_index
from retrieval import Engine
from tests.helpers import BUNDLED_ARTICLE, settings_for


def records(settings: Settings) -> dict[str, Record]:
    return {r.id: r for r in store.open_current(settings).records.all_records()}


def test_indexing_twice_gives_the_same_index(isolated: Path) -> None:
    settings = settings_for(isolated / "index")
    first = build_index(settings, progress=False)
    before = records(settings)
    second = build_index(settings, progress=False)
    assert records(settings) == before
    assert (first.documents, first.passages, first.sentences) == (
        second.documents,
        second.passages,
        second.sentences,
    )
    assert len([p for p in (isolated / "index").iterdir() if p.name.startswith("gen-")]) <= 2


def test_records_carry_their_place_in_the_article(isolated: Path) -> None:
    settings = settings_for(isolated / "index")
    build_index(settings, progress=False)
    text = BUNDLED_ARTICLE.read_text("utf-8")
    for record in records(settings).values():
        assert record.source == str(BUNDLED_ARTICLE)
        if not isinstance(record, DocumentRecord):
            assert text[record.position.start : record.position.end] == record.text
            assert record.position.paragraph >= 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n  ", "is empty"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"\x00\x01binary", "not a text file"),
    ],
)
def test_bad_article_is_a_clear_error_and_the_live_index_survives(
    isolated: Path, content: bytes, message: str
) -> None:
    settings = settings_for(isolated / "index")
    build_index(settings, progress=False)
    live = store.current_generation_name(settings)
    bad = isolated / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(CorpusError, match=message):
        build_index(settings, [BUNDLED_ARTICLE, bad], progress=False)
    assert store.current_generation_name(settings) == live
    assert Engine(settings).answer("What did Davutoglu say?").citations


def test_missing_or_empty_corpus_paths(isolated: Path) -> None:
    settings = settings_for(isolated / "index")
    with pytest.raises(CorpusError, match="does not exist"):
        build_index(settings, [isolated / "nowhere"], progress=False)
    (isolated / "empty").mkdir()
    with pytest.raises(CorpusError, match="no .txt, .md or .html articles"):
        build_index(settings, [isolated / "empty"], progress=False)


class FailingEmbedder:
    """Embeds the first batch, then fails: a crash in the middle of a rebuild."""

    name = "failing"
    vector_space = "failing"

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        if self.calls > 1:
            raise RuntimeError("simulated crash")
        return np.zeros((len(texts), 384), dtype=np.float32)


def test_a_failed_rebuild_leaves_the_previous_index_answering(isolated: Path) -> None:
    settings = settings_for(isolated / "index")
    build_index(settings, progress=False)
    before = Engine(settings).answer("Who is NATO's Secretary-General?")
    many = isolated / "many"
    many.mkdir()
    for n in range(10):
        text = " ".join(f"Sentence {i} of article {n} is about ports." for i in range(60))
        (many / f"a{n}.txt").write_text(text, "utf-8")
    with pytest.raises(RuntimeError):
        build_index(settings, [many], embedder=FailingEmbedder(), progress=False)
    after = Engine(settings).answer("Who is NATO's Secretary-General?")
    assert after.citations == before.citations


def test_a_second_writer_is_refused_while_one_runs(isolated: Path) -> None:
    settings = settings_for(isolated / "index")
    with store.new_generation(settings):
        with pytest.raises(IndexBusy, match="another `article-qa index`"):
            build_index(settings, embedder=load_embedder(settings.embedding), progress=False)


def write_articles(folder: Path, articles: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")


ARTICLES = {
    "ports.txt": "Rotterdam is the largest port in Europe.\n\nIt handles containers and oil.\n",
    "trains.txt": "The night train to Vienna leaves at nine.\n\nTickets sold out in June.\n",
    "bees.txt": "Bees pollinate almonds in California.\n\nHives are rented each spring.\n",
}


def test_incremental_index_embeds_only_what_changed(isolated: Path) -> None:
    corpus = isolated / "news"
    write_articles(corpus, ARTICLES)
    settings = settings_for(isolated / "index", [corpus])
    first = build_index(settings, progress=False)
    assert (first.added, first.updated, first.removed, first.unchanged) == (3, 0, 0, 0)
    before = records(settings)

    (corpus / "trains.txt").write_text("The night train to Vienna was cancelled.\n", "utf-8")
    (corpus / "bees.txt").unlink()
    (corpus / "ferries.txt").write_text("The ferry to Helsinki runs daily.\n", "utf-8")
    second = build_index(settings, progress=False)
    assert (second.added, second.updated, second.removed, second.unchanged) == (1, 1, 1, 1)

    after = records(settings)
    assert {i: r for i, r in after.items() if i.startswith("ports")} == {
        i: r for i, r in before.items() if i.startswith("ports")
    }
    assert not any(i.startswith("bees") for i in after)
    engine = Engine(settings)
    assert (
        "cancelled"
        in engine.answer("What happened to the night train to Vienna?").citations[0].quote
    )
    full = build_index(settings, progress=False, full=True)
    assert (full.added, full.updated, full.removed, full.unchanged) == (0, 3, 0, 0)


MANY = {
    f"{town}.txt": f"The market in {town} opens at {hour} on Saturdays.\n\n"
    f"Its {crop} come from farms near {town}.\n"
    for town, hour, crop in [
        ("Arles", "six", "melons"),
        ("Bergen", "seven", "apples"),
        ("Cadiz", "eight", "oranges"),
        ("Delft", "nine", "tulips"),
        ("Evora", "ten", "olives"),
        ("Faro", "five", "figs"),
        ("Ghent", "noon", "leeks"),
        ("Hamar", "four", "potatoes"),
        ("Ibiza", "three", "almonds"),
        ("Jena", "two", "plums"),
    ]
}


def markets_indexed(isolated: Path) -> tuple[Path, Settings]:
    """The ten market articles (``MANY``) in a folder, indexed by a full run."""
    corpus = isolated / "news"
    write_articles(corpus, MANY)
    settings = settings_for(isolated / "index", [corpus])
    build_index(settings, progress=False)
    return corpus, settings


def test_an_incremental_run_stores_only_what_changed_over_its_base(isolated: Path) -> None:
    corpus, settings = markets_indexed(isolated)
    base = store.current_generation_name(settings)

    (corpus / "Delft.txt").write_text("The market in Delft closed for good in May.\n", "utf-8")
    (corpus / "Jena.txt").unlink()
    summary = build_index(settings, progress=False)
    assert (summary.updated, summary.removed, summary.unchanged) == (1, 1, 8)
    live = store.open_current(settings)
    assert live.layering is not None and live.layering.base == base
    assert live.stored is not None
    assert {r.doc_id for r in live.stored.all_records()} == {"Delft"}  # nothing else copied
    incremental = records(settings)
    build_index(settings, progress=False, full=True)
    assert records(settings) == incremental  # what a full run writes, read through the base
    assert store.open_current(settings).layering is None

    engine = Engine(settings)
    assert "closed" in engine.answer("When does the market in Delft open?").citations[0].quote
    assert not any(
        c.doc_id == "Jena" for c in engine.answer("Where do the plums come from?").citations
    )


def test_an_incremental_run_that_only_removes_stores_nothing_and_hides_the_article(
    isolated: Path,
) -> None:
    corpus, settings = markets_indexed(isolated)
    (corpus / "Jena.txt").unlink()
    build_index(settings, progress=False)
    live = store.open_current(settings)
    assert live.stored is not None and live.stored.count() == 0  # an empty collection of its own
    assert not any(r.doc_id == "Jena" for r in live.records.all_records())
    cited = Engine(settings).answer("Where do the plums at the Jena market come from?").citations
    assert cited and not any(c.doc_id == "Jena" for c in cited)


def test_an_incremental_run_writes_a_new_base_once_much_of_the_old_is_superseded(
    isolated: Path,
) -> None:
    corpus, settings = markets_indexed(isolated)
    (corpus / "Arles.txt").write_text("The market in Arles moved to the river.\n", "utf-8")
    build_index(settings, progress=False)
    assert store.open_current(settings).layering is not None
    for town in ("Bergen", "Cadiz", "Evora"):  # with Arles, four of ten: past COMPACT_SHARE
        (corpus / f"{town}.txt").write_text(f"The market in {town} is closed.\n", "utf-8")
    build_index(settings, progress=False)
    live = store.open_current(settings)
    assert live.layering is None  # a new base, holding every record itself
    assert len(records(settings)) == live.records.count()

    def generations() -> int:
        return len([p for p in (isolated / "index").iterdir() if p.name.startswith("gen-")])

    assert generations() == 3  # the one before is kept for its readers, and so is its base
    build_index(settings, progress=False)
    assert generations() == 2  # the old base went with the last generation reading from it


def test_page_boilerplate_is_not_indexed_but_the_byline_is(isolated: Path) -> None:
    settings = settings_for(isolated / "index")
    build_index(settings, progress=False)
    texts = [record.text for record in records(settings).values()]
    assert not any("Sign up" in t or "Sign Up" in t or t == "author picture" for t in texts)
    assert any(t.startswith("John covers U.S. military activities") for t in texts)
    captions = [t for t in texts if t.startswith("NATO Secretary-General Jens Stoltenberg, right")]
    assert len(captions) == 2  # the caption paragraph: once as a passage, once as a sentence


HTML = """<html><head><title>Harbour reopens</title>
<meta property="og:url" content="https://example.org/harbour"></head>
<body><nav>Home | World | Sport</nav><article><h1>Harbour reopens</h1>
<p>By Ana Costa</p>
<p>The harbour of Porto reopened on Monday after a week of storms, port officials said.</p>
<p>“We are back to normal,” said harbour master Rui Lopes.</p></article>
<footer>Sign up for our newsletter</footer></body></html>"""


def test_html_articles_are_indexed_from_their_extracted_text(isolated: Path) -> None:
    corpus = isolated / "web"
    write_articles(corpus, {"harbour.html": HTML})
    settings = settings_for(isolated / "index", [corpus])
    build_index(settings, progress=False)
    answer = Engine(settings).answer("When did the harbour of Porto reopen?")
    citation = answer.citations[0]
    assert citation.source == str(corpus / "harbour.html")
    assert citation.url == "https://example.org/harbour"
    assert citation.title == "Harbour reopens"
    assert citation.text_path and citation.text_path != citation.source
    assert Path(citation.text_path).read_text("utf-8")[citation.start : citation.end] == (
        citation.quote
    )
    assert "reopened on Monday" in citation.quote
    spoken = Engine(settings).answer("What did Rui Lopes say?").citations
    assert spoken and spoken[0].speaker == "Rui Lopes"


@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-32"], ids=["utf-8 with BOM", "utf-16", "utf-32"]
)
def test_an_article_with_a_byte_order_mark_is_read_and_cited_verbatim(
    isolated: Path, encoding: str
) -> None:
    settings = settings_for(isolated / "index")
    article = isolated / "bom.txt"
    text = (
        "Treaty talks resume\n\n“We will not give up,” Chancellor Maria Lindqvist said in Geneva.\n"
    )
    article.write_bytes(text.encode(encoding))
    build_index(settings, [article], progress=False)
    answer = Engine(settings).answer("What did Lindqvist say?")
    (citation,) = answer.citations[:1]
    assert citation.speaker == "Maria Lindqvist"
    assert citation.text_path and citation.text_path != str(article)  # a UTF-8 copy
    saved = Path(citation.text_path).read_bytes().decode("utf-8")
    assert saved[citation.start : citation.end] == citation.quote


def test_a_passage_vector_is_the_mean_of_its_sentences_vectors(isolated: Path) -> None:
    corpus = isolated / "news"
    paragraph = (
        "The council approved the bridge on Monday. Work starts in May. "
        "It will cost four million euros, the mayor said."
    )
    write_articles(corpus, {"bridge.txt": f"{paragraph}\n\nThe old bridge closes in April.\n"})
    settings = settings_for(isolated / "index", [corpus])
    build_index(settings, progress=False)
    held = store.open_current(settings).records
    units = held.all_records()
    passage = next(r for r in units if r.kind == PASSAGE and r.text == paragraph)
    sentences = [r for r in units if r.kind == SENTENCE and r.text in paragraph]
    assert len(sentences) == 3

    stored = held.vectors([passage.id, *(s.id for s in sentences)])
    rows = dict(zip(stored.ids, stored.matrix, strict=True))
    mean = np.mean([rows[s.id] for s in sentences], axis=0)
    np.testing.assert_allclose(rows[passage.id], mean / np.linalg.norm(mean), atol=1e-5)

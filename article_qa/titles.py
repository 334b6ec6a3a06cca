"""Words that title a person ("Mayor", "Dr", "Senate Minority Whip"), shared by the indexer
(to tell a title from a name) and retrieval (to read "Mayor Dee Margo" as a name after a title)."""

from __future__ import annotations

from collections.abc import Collection

SPELT_TITLES = {
    "prof": "professor",
    "rev": "reverend",
    "gen": "general",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "cmdr": "commander",
    "adm": "admiral",
    "sgt": "sergeant",
    "cpl": "corporal",
    "cllr": "councillor",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "atty": "attorney",
}
"""Titles written short before a name ("Sen. Dale Whitford", "Capt. Luis Ortega"), with the
word a later mention spells out ("the senator said", "the captain added")."""
TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", *(short.capitalize() for short in SPELT_TITLES))
"""Titles written short, capitalised as before a name: their full stop ends no sentence
("Cllr. Ashworth", "Det. Insp. Ruth Mabey"). "Dr" is spelt out as no role: a doctor of
economics is no physician."""
WRITTEN_BARE = frozenset("dr prof cllr supt insp det sgt lt capt cpl cmdr".split())
"""Titles British style writes without the full stop ("Cllr Ashworth", "Supt Reyes"); the
others ("Gen", "Rep", "Col") are words of their own without it ("Gen Alpha")."""


def spelt_title(word: str) -> str:
    """``word`` ("sen.", "Capt") spelt out when it is a title written short ("senator",
    "captain"); else as it is."""
    return SPELT_TITLES.get(word.lower().removesuffix("."), word)


TITLES_WRITTEN = frozenset(
    """president vice premier prime minister secretary chancellor senator representative
    congressman congresswoman governor mayor ambassador envoy general admiral colonel commander
    lieutenant captain sergeant chief director chairman chairwoman chair ceo executive
    spokesman spokeswoman spokesperson king queen prince princess pope bishop cardinal
    archbishop rabbi imam judge justice attorney prosecutor professor mr mrs ms miss mme mlle
    sir lord lady dame coach manager leader head officer commissioner founder broadcaster
    councillor councilor detective inspector superintendent constable sheriff deputy reverend
    st. emir sheikh sultan monsenor monsignor whip speaker mp mep actor actress singer author
    editor writer lawyer activist scientist researcher engineer economist analyst astronomer
    physicist chemist biologist historian archaeologist journalist reporter photographer
    physician surgeon lecturer assemblyman assemblywoman assemblymember councilman councilwoman
    alderman alderwoman legislator lawmaker ecologist adviser advisor counsellor counselor
    songwriter composer novelist poet playwright musician member administrator treasurer
    auditor comptroller registrar mufti ayatollah mullah maulana shaykh pastor priest cleric
    candidate nominee farmer banker entrepreneur businessman businesswoman producer designer
    artist chef athlete player footballer cricketer striker goalkeeper midfielder boxer""".split()
)
TITLE_WORDS = TITLES_WRITTEN | {f"{short.lower()}." for short in TITLE_ABBREVIATIONS} | WRITTEN_BARE
"""Titles that may stand before a name ("Mayor", "Dr"), and the occupations news writes the
same way ("Scientist Jane Roe said"): taken off the name and kept as a role. Titles written
short come from ``TITLE_ABBREVIATIONS`` (with their full stop) and ``WRITTEN_BARE``."""
SAME_OFFICE = (
    frozenset({"minister", "secretary"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"chairman", "chairwoman", "chair", "chairperson"}),
    frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister"}),
    frozenset({"chief", "head"}),
    frozenset({"congressman", "congresswoman", "representative"}),
    frozenset({"doctor", "physician"}),
    frozenset({"wife", "widow"}),
    frozenset({"husband", "widower"}),
)
"""Head nouns that news uses for the same office ("Foreign Secretary" and "foreign minister",
"spokesman" and "spokesperson") or the same tie (a widow was introduced as "his wife" while he
lived): a question may name a role by either."""


LEADER_WORDS = frozenset({"head", "chief", "boss", "leader"})
"""Words for whoever leads an organisation, whatever its office is called: a question's "head
of the drivers' union" may be its general secretary, "the network's boss" its director."""
LEADING_OFFICES = LEADER_WORDS | frozenset(
    "president chairman chairwoman chair chairperson director ceo executive".split()
)
"""Offices that lead a body: "the union leader" may be its president, not its spokeswoman."""


RANK_WORDS = frozenset(
    {
        "prime",
        "deputy",
        "vice",
        "assistant",
        "associate",
        "acting",
        "interim",
        "elect",
        "designate",
        "lead",
    }
)
"""Words that make a title another office than the one it modifies: a prime minister is no
minister of the cabinet, a deputy campaign manager not the campaign manager, a vice
presidential nominee not the presidential nominee, a president-elect not the president, the
lead author not a co-author."""


def with_other_office_names(words: set[str]) -> set[str]:
    """``words`` with the other names of the offices among them (``SAME_OFFICE``)."""
    return words.union(*(same for same in SAME_OFFICE if words & same))


RELATION_WORDS = frozenset(
    """father mother son daughter wife husband brother sister parent parents uncle aunt cousin
    grandfather grandmother grandson granddaughter fiance fiancee fiancée widow widower partner
    girlfriend boyfriend friend neighbour neighbor colleague victim witness survivor suspect owner
    resident student teacher doctor nurse driver pilot passenger worker employee member""".split()
)
"""Words for how a person stands to the story ("the victim's father", "a neighbour")."""
KIN = frozenset(
    """father mother son daughter wife husband brother sister parent uncle aunt cousin nephew
    niece grandfather grandmother grandson granddaughter fiance fiancee fiancée""".split()
)
"""Family ties. Someone introduced by one ("his daughter Nettie Baker") is, in news style,
called by the first or full name after; the family name alone means the relative ("Baker")."""
OFFICE_WORDS = frozenset(
    """president vice premier prime minister secretary chancellor senator governor mayor
    ambassador envoy consul king queen prince emir sheikh sultan spokesman spokeswoman
    spokesperson commissioner official""".split()
)
"""Words for holders of a public office and those who speak for them: a place speaks through
them ("What did Turkey say?": the Turkish president, the Turkish foreign ministry's
spokesman), not through anyone the articles call Turkish. Not "leader": a party's ("the
opposition leader") speaks for no country."""
BODY_OFFICE_WORDS = OFFICE_WORDS | frozenset("chairman chairwoman chair director ceo chief".split())
"""The offices an organisation speaks through besides those: "NATO Secretary General", "WHO
Director-General", "Red Cross chief"."""
NO_LONGER = frozenset({"former", "ex", "retired", "late"})
"""Words before an office that say its holder no longer holds it ("former Israeli official")."""
PERSON_WORDS = frozenset(
    """man woman boy girl child teenager teen youth person men women boys girls children guy
    guys lady baby babies infant infants toddler toddlers adult adults""".split()
)
"""Words for a person by sex or age ("the 15-year-old boy"): a description, never a name."""
ORGANISATION_WORDS = frozenset(
    """bulletin times post herald journal gazette tribune chronicle courier inquirer telegraph
    magazine newspaper news radio television tv agency council association institute institution
    foundation ministry department committee commission company corporation inc ltd llc plc
    bank university college hospital party union federation society authority network
    organisation organization coalition alliance firm group charity business airline website
    publication outlet office partners associates holdings industries enterprises ventures
    technologies systems services laboratories labs studios trust fund club league centre center
    museum school academy cooperative co-operative""".split()
)
"""Words for organisations and publications. A name ending with one ("Maritime Bulletin", "Tax
Justice Network") or described by one ("Milltech Marine, a firm specialising in AIS") is not a
person's, whatever the recogniser says."""


PLACE_WORDS = frozenset(
    """city town village hamlet county state country nation region province district suburb
    island capital municipality borough parish neighbourhood neighborhood""".split()
)
"""Words for places. A name described by one ("Kessler Falls, a city of about 210,000
people") is not a person's, whatever the recogniser says."""
FORCE_WORDS = frozenset({"police", "constabulary"})
"""Words that end the name of a police force ("Brookvale Police", "Kent Constabulary"): a
name ending with one is a body's. Not ``ORGANISATION_WORDS``: alone, "police" are its officers
("police were still investigating"), no description of one person."""


GENDERED_TITLES = {
    **dict.fromkeys("mr mr. sir king prince lord father husband son brother".split(), "m"),
    **dict.fromkeys("mrs mrs. ms ms. miss mme lady queen princess dame mother wife".split(), "f"),
    **dict.fromkeys("daughter sister".split(), "f"),
    **dict.fromkeys("man boy".split(), "m"),
    **dict.fromkeys("woman girl".split(), "f"),
}
"""Titles, family ties and words for a person that tell their gender ("Mrs Ana Vey", "his
daughter", "a woman named Ana Vey", "Ohio man Tom Rusk"): a cue for the indexer, and whom a
follow-up's "he" cannot mean ("Obama's wife")."""
COMPOUND_GENDERS = (("woman", "f"), ("women", "f"), ("man", "m"), ("men", "m"))
"""The ends of a compound word for a person of one gender ("spokeswoman", "chairman")."""
COMPOUND_STEM = 3
"""Letters the noun before "-man" must have: not the "ro" of "Roman"."""


def word_gender(word: str, nouns: Collection[str]) -> str | None:
    """The gender a word for a person tells ("m" or "f"): a gendered title or relation
    (``GENDERED_TITLES``), or a compound of an English noun (``nouns``, in the singular)
    and "-woman" or "-man" ("spokeswoman", "congressman", "businesswomen"; not "German",
    "human", "Roman")."""
    word = word.lower()
    told = GENDERED_TITLES.get(word)
    if told is not None:
        return told
    for end, gender in COMPOUND_GENDERS:
        if not word.endswith(end) or (gender == "m" and word.endswith(("woman", "women"))):
            continue
        stem = word[: -len(end)]
        if len(stem) >= COMPOUND_STEM and (stem in nouns or stem.removesuffix("s") in nouns):
            return gender
    return None

"""Words that title a person ("Mayor", "Dr", "Senate Minority Whip"), shared by the indexer
(to tell a title from a name) and retrieval (to read "Mayor Dee Margo" as a name after a title)."""

from __future__ import annotations

TITLE_WORDS = frozenset(
    """president vice premier prime minister secretary chancellor senator sen. representative
    rep. congressman congresswoman governor gov. mayor ambassador envoy general gen. admiral
    colonel col. commander lieutenant captain sergeant sgt. chief director chairman chairwoman
    chair ceo spokesman spokeswoman spokesperson king queen prince princess pope bishop cardinal
    archbishop rabbi imam judge justice attorney prosecutor professor prof. dr. dr mr. mr mrs.
    mrs ms. ms miss mme mlle sir lord lady dame coach manager leader head officer commissioner
    founder broadcaster councillor councilor detective inspector superintendent constable
    sheriff deputy rev. reverend st. emir sheikh sultan monsenor monsignor whip speaker mp mep
    actor actress singer author editor writer lawyer activist scientist researcher engineer
    economist analyst astronomer physicist chemist biologist historian archaeologist journalist
    reporter photographer physician surgeon lecturer""".split()
)
"""Titles that may stand before a name ("Mayor", "Dr"), and the occupations news writes the
same way ("Scientist Jane Roe said"): taken off the name and kept as a role."""
RELATION_WORDS = frozenset(
    """father mother son daughter wife husband brother sister parent parents uncle aunt cousin
    grandfather grandmother grandson granddaughter fiance fiancee fiancée partner girlfriend
    boyfriend friend neighbour neighbor colleague victim witness survivor suspect owner
    resident student teacher doctor nurse driver pilot passenger worker employee""".split()
)
"""Words for how a person stands to the story ("the victim's father", "a neighbour")."""

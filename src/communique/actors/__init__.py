"""Actor resolution: countries, roles, bodies and persons to CAMEO-style codes.

Public API (stable; the event coder and the evaluator call these)::

    find_actors(doc, when=None, *, dateline=None) -> list[ActorSpan]
        All actor mentions in a parsed Doc, in order, non-overlapping (longest wins). Persons,
        pronouns and descriptions are resolved with what the story said earlier. ``when`` is the
        story date (office holders are looked up on it); ``dateline`` the dateline place, read
        from the start of the text when not given.

    resolve_text(text, when=None) -> Actor | None
        A short phrase ("Russian Foreign Minister", "the State Duma", "Hungarian") without a
        parse.

    ActorSpan(start, end, actor, kind, rule, head, also=[], is_location=False)
        ``actors`` -> [actor, *also]: a mention like "the two countries" stands for two actors.
        ``kind``: country | person | body | role | group | reference.
        ``is_location``: the mention is the object of in/at/near ("in Moscow"): a place, not
        a participant.

Sectors: CAMEO codes (GOV MIL LEG JUD COP SPY REB OPP BUS MED CVL REF LAB AGR HLH ELI). A known
office holder mentioned outside every term they held gets ELI (former officials are CAMEO elites).
Data: data/actors/{countries,country_aliases,roles,bodies,regions,leaders}.tsv, and files
converted from PETRARCH-2 by tools/convert_petrarch_actors.py ({roles,bodies,groups}_petrarch.tsv,
leaders_phoenix.tsv): a phrase or person a hand-written file has is taken from it alone.
Non-state codes: UNO, EUR, IGO, NGO, MNC, and IMG (CAMEO's international militarised groups).
"""

from communique.actors.finder import country_of_place, find_actors
from communique.actors.spans import ActorSpan
from communique.actors.text import resolve_text

__all__ = ["ActorSpan", "find_actors", "resolve_text", "country_of_place"]

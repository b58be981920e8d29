"""Places: a gazetteer (cities, countries, notable sites) and where an event happened.

Public API::

    geocode(name, prefer_countries=frozenset()) -> Location | None
    find_places(doc, article_countries) -> list[tuple[int, int, Location]]
    event_location(sent, doc, article, story_countries) -> Location | None
"""

from communique.places.gazetteer import geocode
from communique.places.locate import event_location, find_places

__all__ = ["geocode", "find_places", "event_location"]

"""Relations between actors: dyad time series, the actor network and spike detection.

Everything here reads the store and returns plain dicts (the CLI, the JSON API and the web
pages show the same numbers). What is counted (linked events or mentions), how events are
scored (Goldstein, the PLOVER ±1 scale; asserted events only by default) and how periods
are bucketed is documented in ``units``, ``scale`` and ``periods``.
"""

from communique.relations.actors import ActorKey, BadActorKey, actor_name
from communique.relations.dyad import DIRECTIONS, BadDirection, Dyad, dyad_events, dyad_series
from communique.relations.network import network
from communique.relations.periods import BUCKETS, BadBucket, BadDate
from communique.relations.scale import plover_scale
from communique.relations.spikes import SpikeRule, spikes
from communique.relations.units import UNITS, BadUnit, records_by_ids

__all__ = [
    "BUCKETS", "DIRECTIONS", "UNITS", "ActorKey", "BadActorKey", "BadBucket", "BadDate", "BadDirection",
    "BadUnit", "Dyad", "SpikeRule", "actor_name", "dyad_events", "dyad_series", "network",
    "plover_scale", "records_by_ids", "spikes",
]  # fmt: skip

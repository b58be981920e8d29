"""Candidate: one trigger with the actors and recipients the rules chose, before it becomes a
Mention; every choice keeps the ids of the rules that made it."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.coding.lexicon import cameo_table
from communique.coding.rules import Because
from communique.coding.syntax import Arg
from communique.coding.triggers import Trigger
from communique.model import Actor


@dataclass
class Candidate:
    trigger: Trigger
    actors: list[Actor]
    recipients: list[Actor]
    actor_arg: Arg = field(default_factory=Arg)  # the argument that named the actors
    actor_notes: list[Because] = field(default_factory=list)  # how its words were resolved
    # the recipients' rule: an argument, or a convention (domestic target, victims' place)
    recipient_arg: Arg | None = None
    recipient_rule: Because | None = None
    recipient_notes: list[Because] = field(default_factory=list)
    embedded: bool = False
    # the frame that asks for, promises or threatens this noun event, not yet done ("called
    # for *a visit by X*"): its words
    unrealised: str = ""
    unrealised_rule: str = ""  # the modality rule that set it, when not modality.unrealised
    joint: bool = False
    unattributed: Because | None = None  # why it is kept with no doer named (unattributed.py)
    content: Trigger | None = None  # the event a frame word governs ("vowed to *attack*")
    recode: tuple[str, Because] | None = None  # (CAMEO code, why) replacing the lexicon's code
    assumed_recipient: bool = False  # the recipient is a convention, not words in the sentence
    own_act: bool = False  # it judges an act of its own side (context_recipients.own_act)
    # the complaint or inquiry that names this act as done ("condemned *the killing* of X";
    # rule filter.reported_act): kept unattributed when no doer is named
    reported_in: Trigger | None = None
    notes: list[Because] = field(default_factory=list)

    @property
    def cameo_code(self) -> str:
        """The CAMEO code: the recoded one, else the trigger's."""
        return self.recode[0] if self.recode is not None else self.trigger.cameo.code

    @property
    def plover(self) -> str:
        """The PLOVER type: the recoded CAMEO code's, else the trigger's."""
        if self.recode is not None:
            code = cameo_table().get(self.recode[0])
            if code is not None:
                return code.plover
        return self.trigger.cameo.plover

    @property
    def actor_rule(self) -> str:
        return self.actor_arg.rule if self.actors else ""

    @property
    def recipient_rule_id(self) -> str:
        if self.recipient_rule is not None:
            return self.recipient_rule.rule
        return self.recipient_arg.rule if self.recipient_arg is not None else ""

    def set_actors(self, actors: list[Actor], rule: Because) -> None:
        """Doers set by a rule that found them outside the trigger's own arguments (a report's
        author, where the aid came from, the state the people were held in ...)."""
        self.actors, self.actor_notes = actors, []
        self.actor_arg = Arg([self.trigger.token], rule.rule, dict(rule.slots))

    def set_recipients(
        self, actors: list[Actor], rule: Because | None, *, assumed: bool | None = None
    ) -> None:
        """Recipients set by a convention rule (or none, with ``rule`` None); ``assumed``, when
        given, says whether they are a convention rather than words of the sentence
        (``assumed_recipient``), else that flag is left as it was."""
        self.recipients, self.recipient_rule = actors, rule
        self.recipient_arg, self.recipient_notes = None, []
        if assumed is not None:
            self.assumed_recipient = assumed

    def set_recipient_arg(self, actors: list[Actor], found: Arg, notes: list[Because]) -> None:
        """Recipients named by the argument ``found`` (its resolution notes ``notes``), in
        place of any set by a convention rule."""
        self.recipients, self.recipient_arg, self.recipient_notes = actors, found, notes
        self.recipient_rule = None

    def clear_recipients(self) -> None:
        """No recipient, and none assumed (a default target that no longer applies)."""
        self.set_recipients([], None, assumed=False)

    def actor_text(self) -> str:
        return "; ".join([self.actor_arg.how, *(n.text() for n in self.actor_notes)])

    def recipient_text(self) -> str:
        if self.recipient_rule is not None:
            return self.recipient_rule.text()
        how = self.recipient_arg.how if self.recipient_arg is not None else ""
        return "; ".join([how, *(n.text() for n in self.recipient_notes)])

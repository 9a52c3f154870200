"""Curated Dutch patterns per safety category, written against `normalize.normalise` output.

The package: `macros.py` (the macros and the word lists and contexts shared by several categories),
`compile.py` (the rule types, macro expansion, the gate and compiling) and one module per category
(`acute_danger.py`, `suicide.py`, `violence_by_caregiver.py`, `violence_against_caregiver.py`,
`abuse_or_neglect.py`, `overload.py`). `RULES` lists them in the order of `categories.PRECEDENCE`;
within a category the order is the order the rules were written in, which is the order of a
signal's labels (the detector depends on no other order).

Patterns are regular expressions over lowercase words separated by single spaces, with " | "
between clauses. Macros, written `<name>`, keep each pattern close to the Dutch it catches:

    <adv>     any run of filler and adverbs ("echt", "gewoon", "soms", "het liefst", ...)
    <person>  " hem", " haar", " mijn moeder", " de verzorgster", ... (a person as object)
    <agent>   "hij", "ze", "mijn man", "de thuiszorg", ... (a person as subject)
    <gap>     up to three arbitrary words inside one clause
    <end>     end of the clause
    <stop>    end of the clause or a word that typically follows a complete statement
    <after>   after a person: end of clause, an adverb or a preposition, but not a noun, so that
              "ik sla haar gegevens op" does not read as hitting her
    <ik>, <naaste>, <someone>, <meobj>, <wishword>: concepts for co-occurrence (see `also`)

Two kinds of rule: a fixed phrase ("ik wil er niet meer zijn"), and a co-occurrence rule whose
anchor (`pattern`) and concepts (`also`) must meet in one clause in any order, because Dutch moves
subject, object and verb around ("ik heb hem geslagen", "toen heb ik hem geslagen", "dat ik hem
sloeg"). A rule is `negatable` when a nearby "niet", "nooit" or "geen" before or just after the
anchor cancels it ("ik denk niet aan zelfmoord", "ik heb hem nooit geslagen"); rules whose Dutch
holds its own negation ("ik wil niet meer leven") are not. `exclude` cancels a match when the clause
shows the harmless reading (an accident while washing, a dog that bites, a past event).

Further fields:
- `strength`: CLEAR wording gets full help at once; VEILED wording ("het hoeft voor mij niet meer",
  "iedereen is beter af zonder mij", "de pillen liggen klaar") gets a check question first, unless a
  clear signal is also present (bot/safety/tiers.py). Acute danger is always CLEAR (a test guards it).
- `scope="message"`: `also` and `exclude` are looked for in the whole message, for stories told over
  several sentences ("ze is van de trap gevallen. ze beweegt niet en zegt niks").
- `needs`: the rule counts only next to a signal of one of these categories, in other words
  (`separate`): concrete means or a plan make a suicide signal clear ("niemand zou hem missen" and a
  rope in his room), a time or a place makes it acute danger ("ik neem ze vannacht", "hij staat nu
  op de brug").
- Every acute danger rule is about now: the detector drops it in a question about what to do if it
  happens (`HYPOTHETICAL`) and when the message says it is over (`REASSURED`).
- The gate (computed, not written): literal strings of which every match contains one, so a message
  without any of them skips the regular expression; a test checks that gates never change a result.

Decisions recorded here, so they are found next to the patterns:
- Any death wish counts as suicide, also the naaste's ("mijn vader zegt dat hij dood wil"): 113 is
  also for people who worry about someone else.
- Euthanasie: a question about the naaste and euthanasie, or a naaste who wants to die at home, is
  not a safety signal (a medical and legal route for the huisarts); the caregiver wanting euthanasie
  for themselves is.
- "ik wil niet meer" on its own is read as a death wish (113 lists it as a warning sign); "ik kan
  niet meer", "ik trek het niet meer", "ik ben op" are overload.
- Shouting at or swearing at the naaste, and being sworn at, are overload (heavy, worth a call from
  the steunpunt), not violence; hitting, pinching, locking up in a room, tying down, withholding
  food on purpose, threats and the fear of doing harm are violence. Locking the front door so a
  naaste with dementia does not wander off is care advice, not flagged.
- The three violence categories all lead to Veilig Thuis, so when one message could be read as more
  than one of them ("toen ze me beet heb ik haar teruggeslagen") the help lines are the same.
- A relative's suicide in the past, told with the past ("vorig jaar is mijn broer overleden door
  zelfmoord, is er een rouwgroep?"), is bereavement: no crisis reply (blind writers and caregivers
  read a crisis reply there as not listening). A wish of one's own next to it still counts, and a
  suicide attempt ("een zelfmoordpoging") still triggers, unless it was years ago and is told as
  history with nothing of now beside it ("30 jaar geleden een zelfmoordpoging gedaan, nu heeft ze
  dementie").
- Means set up and at hand are acute danger, FULL with 112 first: a rope hung or laid in the attic,
  pills laid out in front of me, a pillow beside the bed with "ik wil dat het stopt". Means only
  bought or saved up ("ik heb een touw gekocht", "ze spaart haar pillen op") are a suicide signal.
- Messages that are only alarming in context ("ik heb een touw gekocht") are veiled at most: a
  rope bought gets the check question, a rope next to a death wish gets full help.
- Danger told as a situation, without a means or a word of now, is acute danger: a door kicked
  in, a threat to kill with the attacker at hand, a head under water, a car on the wrong side of
  the motorway, days without drinking with signs of the body, someone locked in by a relative who
  left. A past word elsewhere in a long message does not make a "net gevallen" a past fall.
- Violence happening now ("hij slaat haar nu, ik hoor haar gillen"), a weapon held now, standing on
  a bridge or a roof now, a farewell with a time: acute danger, so 112 leads the reply.
- Leaving a naaste who cannot get up alone, extra sleeping pills for the caregiver's rest, locking
  in for hours, facing the wall or the dark as a punishment: violence by the caregiver, full help with
  Veilig Thuis. The caregiver saying they stopped the care ("ik was haar niet meer") is veiled: it may
  have been handed over.
- "Ik kan hem wel schieten" and other figures of speech are masked before the rules run
  (bot/safety/everyday.py); "ik kan hem wel wurgen" stays a signal unless said as a joke ("haha").
"""

from __future__ import annotations

from functools import lru_cache

from bot.safety.patterns import (
    abuse_or_neglect,
    acute_danger,
    overload,
    suicide,
    violence_against_caregiver,
    violence_by_caregiver,
)
from bot.safety.patterns.compile import CompiledRule, Rule, Scope, Strength, compile_rule
from bot.safety.patterns.macros import DRUGS, HYPOTHETICAL, REASSURED, SERIOUS_SIGNS, WEAPONS

RULES: tuple[Rule, ...] = (
    *acute_danger.RULES,
    *suicide.RULES,
    *violence_by_caregiver.RULES,
    *violence_against_caregiver.RULES,
    *abuse_or_neglect.RULES,
    *overload.RULES,
)


@lru_cache(maxsize=1)
def compiled_rules() -> tuple[CompiledRule, ...]:
    """All rules, compiled on first use."""
    return tuple(compile_rule(rule) for rule in RULES)


__all__ = [
    "DRUGS",
    "HYPOTHETICAL",
    "REASSURED",
    "RULES",
    "SERIOUS_SIGNS",
    "WEAPONS",
    "CompiledRule",
    "Rule",
    "Scope",
    "Strength",
    "compiled_rules",
]

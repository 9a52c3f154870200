"""The caregiver's situation, picked from a free-text story so the intake asks only what is missing.

`extract_situation` fills what the story says and leaves the rest empty (None or ()), never guessed.
Choices that are not obvious:

- relation: the person cared for is the relative the story puts after "zorg voor", else the first
  relative that is not named as a helper ("mijn broer helpt", "mijn man en ik zorgen voor ..."
  are support: "hulp van familie"). `relation_word` keeps the noun used ("moeder"). "De moeder
  van mijn man" is one person, a schoonmoeder (lexicon.join_kin_phrases), not the husband.
  "mijn vriend(in)" is `vriend_buur` unless the story shows a couple ("we wonen samen"); a stepparent
  is `ouder`, a grandchild or in-law other than a schoonouder is `ander_familielid`.
- conditions: normalised labels from the schema; `condition_terms` keeps the words used
  ("alzheimer", "parkinson"). MS, Parkinson, ALS, COPD, diabetes and similar are
  `chronische_ziekte` (`lichamelijke_beperking` is kept for a limitation as such: rolstoel, verlamd,
  blind). Autism and ADHD are `ggz`, as in the Dutch care system. "Vergeetachtig" is only a term,
  not dementie: a story is no diagnosis. A condition after "geen"/"niet" is dropped; one the
  caregiver has ("ik heb zelf reuma") becomes `eigen_gezondheid` in `combines_with`.
- age_group: only the caregiver's own age ("ik ben 16", "ik ben geboren in 1950") or a school class
  ("ik zit in de 4e klas" -> <18); "ik ben student" and "mijn moeder is 85" give no age.
- combines_with: "werk" only when the caregiver works now ("ik werk niet meer" gives nothing).
- current_support: short Dutch labels; help that is refused, wished for or waited for ("geen
  thuiszorg", "we staan op de wachtlijst voor dagbesteding") is not in place and left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from bot.intake.dutch_numbers import replace_number_words
from bot.intake.gemeente import GemeenteMatch, GemeenteMentions, MatchStatus, find_gemeente_mentions
from bot.intake.lexicon import (
    BARE_RELATION_WORDS,
    RELATION_WORDS,
    join_kin_phrases,
    relation_of,
    relation_word_text,
)
from bot.intake.normalize import fold
from bot.intake.quantities import (
    DurationResult,
    HoursResult,
    ParseStatus,
    is_intensive,
    parse_duration_months,
    parse_hours_per_week,
)

AGE_GROUPS = ("<18", "18-24", "25-64", "65-74", "75+")
_AGE_GROUP_STARTS = (18, 25, 65, 75)  # first age of each group after "<18"
_POSSESSIVES = frozenset({"mijn", "m'n", "mn", "onze", "ons"})
# "me oma woont bij ons": chat spelling of "mijn", right before the relative only.
_CHAT_MY = "me"
# Relation words that after "een" mean anyone: "een man", "een kind", "een zuster" (a nurse).
_ANYONE = frozenset({"man", "vrouw", "kind", "kindje", "zuster", "partner"})
_CLAUSE_SPLIT = r"\s*[,.;:!?]\s*|\s+(?:maar|want|omdat|terwijl)\s+"
_HELPER_AFTER = (
    r"^(?:\S+ ){0,3}(?:helpt|helpen|springt|springen|ondersteunt|steunt|kookt|koken|neemt|nemen|"
    r"doet ook|doen ook|komt helpen|komen helpen|past op)\b|^en ik (?:\S+ ){0,2}(?:zorg|help|verzorg)|"
    # Who pointed the caregiver here: "mijn kleinzoon heeft dit voor mij opgezocht", "mijn dochter
    # zei dat ik dit eens moest proberen".
    r"^(?:\S+ ){0,2}(?:heeft|had) (?:dit|het|deze \S+|jullie|u|je) (?:\S+ ){0,3}(?:opgezocht|gevonden|"
    r"geinstalleerd|aangeraden|gestuurd|laten zien|ingesteld|gedownload)\b|"
    r"^(?:\S+ ){0,2}(?:zei|zegt|vond|vindt) dat ik (?:dit|het|deze \S+|jullie|u|je|eens|hier)\b"
)
# "mijn man wordt steeds zwakker en ik zorg voor hem": the person the pronoun points back to.
_CARED_FOR_AFTER = (
    r"\bik (?:\S+ ){0,2}(?:zorg|verzorg|help|ondersteun)\w* (?:\S+ ){0,2}voor (?:hem|haar)\b"
)
# "samen met mijn zus", and inverted order: "dan past mijn zus op", "soms helpt mijn broer".
_HELPER_BEFORE = (
    r"\b(?:samen met|met hulp van|hulp van|steun van|geholpen door)(?: \S+){0,2} $|"
    r"\b(?:past|helpt|springt|neemt|kookt|doet)(?: \S+)? $"
)
_CARE_VERB = r"\b(?:zorg\w*|mantelzorg\w*|verzorg\w*|help\w*|ondersteun\w*|pas\w* op)\b"
_PARTNER_CUES = (
    r"\b(?:we|wij) wonen samen\b|\bsamenwon\w*|\bons huis\b|\bonze kinderen\b|\bverloofde\b|"
    r"\bmijn vriend(?:in)? en ik (?:wonen|zijn)\b|\bwe zijn \d+ jaar samen\b|\brelatie\b"
)
_ANDERE_ZORG = (
    r"\b(?:ik zorg|zorg ik) ook (?:nog )?voor\b|\b(?:ook|daarnaast|verder) (?:nog )?"
    r"(?:mantelzorger|zorg ik) voor\b|\bvoor (?:2|3|4|meerdere) (?:mensen|personen)\b|"
    r"\b(?:pas (?:ik )?(?:ook )?|oppassen )op (?:de|mijn|m'n|mn) kleinkinderen\b"
)

# (pattern, term, labels). Patterns run on folded text.
# Alike in shape only: one (pattern, code, words) row per condition; the rows are data, not repeated
# logic.
_CONDITIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (r"\balzheimer\w*", "alzheimer", ("dementie",)),
    (r"\bdement\w*", "dementie", ("dementie",)),
    (r"\blewy\b", "lewy body", ("dementie",)),
    (r"\bvergeetachtig\w*|\bgeheugenproblemen\b", "vergeetachtig", ()),
    (
        r"\b\w*kanker\b|\btumor\w*|\bleukemie\b|\bchemo\w*|\bbestraling\w*|\buitzaaiing\w*|"
        r"\blymfoom\b|\buitgezaaid\b",
        "kanker",
        ("kanker",),
    ),
    (r"\bberoerte\b|\bherseninfarct\b|\bhersenbloeding\b|\bcva\b|\btia\b", "beroerte", ("nah",)),
    (r"\bhersenletsel\b|\bnah\b|\bhersenbeschadiging\b|\bhersenschade\b", "hersenletsel", ("nah",)),
    (r"\bdepressie\w*|\bdepressief\b", "depressie", ("ggz",)),
    (r"\bpsychose\w*|\bpsychotisch\w*", "psychose", ("ggz",)),
    (r"\bschizofre\w*", "schizofrenie", ("ggz",)),
    (r"\bbipola\w*|\bmanisch depressie\w*", "bipolair", ("ggz",)),
    (r"\bborderline\b", "borderline", ("ggz",)),
    (
        r"\bangststoornis\w*|\bpaniekstoornis\w*|\bptss\b|\bdwangstoornis\w*|\beetstoornis\w*|"
        r"\banorexia\b|\bpersoonlijkheidsstoornis\w*",
        "psychische stoornis",
        ("ggz",),
    ),
    (
        r"\bpsychische? (?:problemen|klachten|ziekte|stoornis)\b|\bpsychisch (?:ziek|kwetsbaar)\b|"
        r"\bggz\b",
        "psychische problemen",
        ("ggz",),
    ),
    (r"\bautis\w*", "autisme", ("ggz",)),
    (r"\badhd\b", "adhd", ("ggz",)),
    (
        r"\bverstandelijke? (?:beperking|handicap)\b|\bverstandelijk (?:beperkt|gehandicapt)\b|"
        r"\blvb\b|\bsyndroom van down\b|\bdownsyndroom\b|\bdown syndroom\b|"
        r"(?<=\bheeft )down\b|(?<=\bmet )down\b",
        "verstandelijke beperking",
        ("verstandelijke_beperking",),
    ),
    (
        r"\bmeervoudige? (?:beperking|handicap)\b|\bmeervoudig (?:beperkt|gehandicapt)\b|\bemb\b",
        "meervoudige beperking",
        ("verstandelijke_beperking", "lichamelijke_beperking"),
    ),
    (
        r"\blichamelijke? (?:beperking|handicap)\b|\blichamelijk (?:beperkt|gehandicapt)\b|"
        r"\brolstoel\w*|\bverlamd\b|\bdwarslaesie\b|\bblind\b|\bslechtziend\b|\bdoof\b|"
        r"\bgeamputeerd\b|\bamputatie\b|\bcerebrale parese\b",
        "lichamelijke beperking",
        ("lichamelijke_beperking",),
    ),
    (r"\bms\b|\bmultiple sclerose\b", "ms", ("chronische_ziekte",)),
    (r"\bparkinson\w*", "parkinson", ("chronische_ziekte",)),
    (r"\bamyotrofische laterale sclerose\b", "als", ("chronische_ziekte",)),
    (r"\bcopd\b|\blongziekte\b|\bemfyseem\b|\blongemfyseem\b", "copd", ("chronische_ziekte",)),
    (
        r"\bhartfalen\b|\bhartziekte\b|\bhartpatient\w*|\bhartproblemen\b|\bhartklachten\b",
        "hartfalen",
        ("chronische_ziekte",),
    ),
    (r"\bastma\b", "astma", ("chronische_ziekte",)),
    (r"\b(?:ziekte van )?crohn\b|\bcolitis\b", "crohn", ("chronische_ziekte",)),
    (r"\bfibromyalgie\b", "fibromyalgie", ("chronische_ziekte",)),
    (r"\blong ?covid\b", "long covid", ("chronische_ziekte",)),
    (r"\bdiabetes\b|\bsuikerziekte\b|\bsuikerpatient\w*", "diabetes", ("chronische_ziekte",)),
    (r"\breuma\w*|\bartrose\b", "reuma", ("chronische_ziekte",)),
    (r"\bnierfalen\b|\bnierziekte\b|\bdialyse\w*", "nierfalen", ("chronische_ziekte",)),
    (r"\bepilepsie\b|\bepileptisch\w*", "epilepsie", ("chronische_ziekte",)),
    (r"\bhuntington\b", "huntington", ("chronische_ziekte",)),
    (r"\bspierziekte\b|\bspierdystrofie\b", "spierziekte", ("chronische_ziekte",)),
    (r"\bchronisch ziek\b|\bchronische ziekte\b", "chronisch ziek", ("chronische_ziekte",)),
    (
        r"\bouderdom\w*|\bop leeftijd\b|\bhoge leeftijd\b|\bslecht ter been\b|\b(?:wordt|is) oud\b",
        "ouderdom",
        ("ouderdom",),
    ),
    (
        r"\bverslav\w*|\bverslaafd\b|\balcoholis\w*|\balcoholprobl\w*|\bdrinkt (?:te )?veel\b|"
        r"\bdrugs\w*|\bgokverslav\w*|\bdrankprobl\w*|"
        # "is er iets voor familie van mensen die drinken?"
        r"\b(?:mensen|iemand|ouders|partner|man|vrouw|vader|moeder|zoon|dochter|broer|zus) die "
        r"(?:te veel |veel |zoveel )?(?:drinkt|drinken)\b(?! \w)",
        "verslaving",
        ("verslaving",),
    ),
)
# Words allowed between "ik" and a condition for it to be the caregiver's own ("ik heb zelf reuma").
_OWN_FILLER = frozenset(
    {"heb", "ben", "zelf", "ook", "nog", "een", "al", "last", "van", "lijd", "aan", "helaas",
     "wel", "zit", "tegen", "beetje", "erg", "chronisch", "sinds", "jaren", "jaar"}
)  # fmt: skip
_OWN_SUBJECTS = frozenset({"ik", "ikzelf", "zelf", "eigen", "mijzelf"})
_NEGATIONS = frozenset({"geen", "niet", "nooit"})

_SUPPORT: tuple[tuple[str, str], ...] = (
    (
        "thuiszorg",
        r"\bthuiszorg\w*|\bzorg aan huis\b|\bverzorging(?:de|enden)? (?:komt|komen)\b|"
        r"\bverzorgenden?\b",
    ),
    ("wijkverpleging", r"\bwijkverple\w*|\bwijkzuster\b|\bverpleegkundige (?:komt|komen)\b"),
    ("dagbesteding", r"\bdagbesteding\b|\bdagopvang\b|\bdagcentrum\b|\bontmoetingscentrum\b"),
    ("casemanager", r"\bcasemanage\w*"),
    (
        "huishoudelijke hulp",
        r"\bhuishoudelijke hulp\b|\bhulp in de huishouding\b|\bhuishoudhulp\b|"
        r"\bschoonmaakster\b|\bschoonmaker\b|\bpoetshulp\b|\bthuishulp\b",
    ),
    ("logeeropvang", r"\bloge(?:er|ren)\w*|\bkortdurend verblijf\b|\brespijtzorg\b"),
    ("vrijwilliger", r"\bvrijwilliger\w*|\bmaatje\b|\bbuddy\b"),
    (
        "maaltijdservice",
        r"\bmaaltijdservice\b|\btafeltje dekje\b|\bmaaltijden (?:worden )?(?:gebracht|bezorgd)\b",
    ),
    ("personenalarmering", r"\b(?:personen)?alarmering\b|\balarmknop\b|\bnoodknop\b"),
    ("begeleiding", r"\b(?:ambulante )?begeleid(?:ing|er|ster)\b"),
    (
        "mantelzorgondersteuning",
        r"\bmantelzorgconsulent\w*|\bsteunpunt mantelzorg\b|\bmantelzorgmakelaar\b",
    ),
    ("pgb", r"\bpgb\b|\bpersoonsgebonden budget\b"),
    ("hulp van familie", r"\bfamilie helpt\b|\b(?:klein)?kinderen helpen\b"),
    ("hulp van vrienden of buren", r"\b(?:buren|vrienden|kennissen) helpen\b"),
)
_NOT_IN_PLACE = (
    r"\b(?:geen|niet|nooit|wachtlijst|aangevraagd|aanvragen|aanvraag|zoek|zoeken|nodig|wil|"
    r"willen|zou|zouden|gestopt|weigert|afgewezen|wachten)\b"
)

_WORK_YES = (
    r"\b(?:naast|en|met|op|van) (?:mijn|m'n|mn) (?:werk|baan|job)\b|\bmijn (?:werk|baan|job|"
    r"werkgever|leidinggevende|collega's)\b|\bik werk\b|\bwerk ik\b|\bik heb (?:een |m'n |mijn )?"
    r"(?:fulltime |parttime |drukke )?(?:baan|job)\b|\bik (?:ben|werk) (?:fulltime|parttime)\b|"
    r"\bheb (?:\w+ ){0,4}(?:fulltime |parttime |drukke )?(?:baan|job)\b|"
    r"\b(?:fulltime|parttime|deeltijd|voltijd) (?:werk|baan)\b|\bik ben werkzaam\b|"
    r"\bzzp'?er\b|\beigen bedrijf\b|\bnaast het werk\b|\bwerkende\b|\ben werk\b(?! (?:ik )?niet)"
)
_WORK_NO = (
    r"\b(?:ik )?werk (?:ik )?(?:nu )?(?:niet|nooit|geen)\b|\bgeen (?:werk|baan)\b|\bgestopt met"
    r" (?:werken|mijn werk|mijn baan)\b|\bwerkloos\b|\bgepensioneerd\b|\bmet pensioen\b|"
    r"\barbeidsongeschikt\b|\bin de ziektewet\b|\bafgekeurd\b|\bontslag genomen\b|"
    # caring is the work: "mantelzorg is mijn werk", "zorgen voor hem is nu mijn baan"
    r"\b(?:mantel)?zorg(?:en)?(?: voor \w+)? is (?:nu |eigenlijk |gewoon )*mijn (?:werk|baan|job)\b"
)
# For the reader of the answer to "wat doet u naast de zorg?" (answers.py).
NOT_WORKING_PATTERN = _WORK_NO
_STUDY = (
    r"\bik studeer\b|\bstudeer ik\b|\bik ben (?:een )?studente?\b|\bmijn (?:studie|opleiding|stage)\b"
    r"|\bnaast (?:mijn |m'n |de )?(?:studie|opleiding|stage)\b|\bik doe (?:een |de )?"
    r"(?:opleiding|studie)\b|\bik zit op (?:het |de )?(?:mbo|hbo|universiteit|hogeschool|uni)\b"
)
_SCHOOL_CLASS = (
    r"\bik zit (?:nog )?(?:in|op) (?:de |het )?(?:groep \d+|\d+ ?(?:e|de)? klas|"
    r"(?:eerste|tweede|derde|vierde|vijfde|zesde) klas|\d+ (?:havo|vwo|vmbo|mavo)|"
    r"(?:havo|vwo|vmbo|mavo) \d+|brugklas|basisschool|middelbare(?: school)?|onderbouw|"
    r"bovenbouw|eindexamenklas)\b"
)
_SCHOOL = (
    _SCHOOL_CLASS + r"|\bik (?:zit|ben) (?:nog )?op (?:de |het )?(?:school|havo|vwo|vmbo|mavo|"
    r"gymnasium)\b|\bnaast (?:mijn |m'n |de )?school\b|\bmijn school\b|\bhuiswerk\b|\bscholier\b"
    r"|\bik ga (?:nog )?naar school\b"
    # "elke dag na school help ik hem", "mijn leraar zei dat ik hier moest kijken"
    r"|\bna (?:de )?school (?:\w+ )?(?:help|zorg|ben|ga|moet|doe|kook|pas) ik\b"
    r"|\bmijn (?:leraar|lerares|juf|meester)\b"
)
_KIDS = (
    r"\b(?:mijn|m'n|onze) (?:\w+ )?kinderen\b|\b(?:ik heb|we hebben|wij hebben|heb ik|hebben we)"
    r"(?: \w+){0,3} kinderen\b|\bheb (?:\w+ ){0,2}kinderen\b|\b(?:naast|met|en) (?:de|mijn|m'n|onze|\d+|jonge|kleine) "
    r"(?:\w+ )?kinderen\b|\bjong gezin\b|\b(?:mijn|ons) gezin\b|\bkids\b|\b(?:moeder|vader) van \d+\b"
)
_KIDS_NOT = r"^ (?:helpen|help|zijn (?:al )?(?:het huis|de deur) uit|zijn volwassen|wonen niet)"
_OWN_HEALTH = (
    r"\bmijn (?:eigen )?gezondheid\b|\bik ben zelf (?:ook )?(?:ziek|niet gezond|chronisch ziek|"
    r"slecht ter been|gehandicapt|beperkt)\b|\bzelf (?:ook )?(?:ziek|klachten|"
    r"gezondheidsproblemen)\b|\bmijn (?:eigen )?(?:rug|knie|knieen|heup)\b|\bburn ?-?out\b|"
    r"\boverspannen\b|\bin de ziektewet\b|\barbeidsongeschikt\b"
)
# "moeder woont bij ons op het erf", "in een mantelzorgwoning bij ons in de tuin": a home of its own.
_NEAR_BY = (
    r"(?:op het erf|in de tuin|achter (?:het|ons) huis|achter de \w+|naast|om de hoek|"
    r"in de buurt|in de straat|in het dorp|in de wijk|verderop|in een (?:eigen|mantelzorg)\w*)"
)
_LIVES_APART = (
    r"\b(?:woont|wonen|woon)(?: (?:ze|zij|hij|allebei|beiden|nog|al|nu))* (?:zelfstandig|alleen|"
    r"op zich ?zelf|apart|"
    r"niet (?:bij (?:ons|mij)|samen|meer thuis)|om de hoek|verderop|in de buurt|ver weg|"
    r"in een (?:verpleeghuis|verzorgingshuis|instelling|zorginstelling|woonvorm|woongroep|"
    r"aanleunwoning|serviceflat|zorgcentrum|woonzorgcentrum|verpleegtehuis|tehuis|"
    r"bejaardentehuis))\b|\b(?:is opgenomen|zit|verblijft) in (?:een|het) (?:verpleeghuis|"
    r"verzorgingshuis|zorginstelling|instelling|woonzorgcentrum|hospice)\b|\bniet (?:meer |langer )?"
    r"samen\b|"
    rf"\b(?:woont|wonen) (?:nu |al |sinds \S+ )?bij (?:ons|mij) {_NEAR_BY}"
)
_LIVES_TOGETHER = (
    r"\b(?:we|wij) wonen (?:nog )?samen\b|\bsamenwon\w*|\b(?:woont|wonen) (?:nu |al |sinds \S+ )?"
    rf"(?:bij (?:ons|mij))\b(?! {_NEAR_BY})|\bbij (?:ons|mij) in(?: huis)?\b|\b(?:ik woon|woon ik) (?:nog |weer |"
    r"nu )?(?:bij|thuis bij) (?:mijn|m'n|mn|haar|hem)\b|\binwon\w*|\bingetrokken\b|"
    r"\bin huis genomen\b|\bonder (?:een|1) dak\b|\bik woon (?:nog )?thuis\b"
)


@dataclass(frozen=True)
class SituationFacts:
    """What a story says about the caregiver's situation; empty where it says nothing."""

    relation: str | None = None
    conditions: tuple[str, ...] = ()
    condition_terms: tuple[str, ...] = ()
    hours: HoursResult = field(default_factory=lambda: HoursResult(ParseStatus.NONE))
    duration: DurationResult = field(default_factory=lambda: DurationResult(ParseStatus.NONE))
    lives_with_care_recipient: bool | None = None
    combines_with: tuple[str, ...] = ()
    age_group: str | None = None
    gemeenten: GemeenteMentions = field(default_factory=GemeenteMentions)
    current_support: tuple[str, ...] = ()
    # The noun used for the person cared for ("moeder", "schoonmoeder", "buurvrouw").
    relation_word: str | None = None
    # "een zoon van 10", "mijn moeder (79)", "ze is 58": only to count "sinds hij 3 was".
    care_recipient_age: int | None = None

    @property
    def hours_per_week(self) -> float | None:
        return self.hours.hours

    @property
    def duration_months(self) -> float | None:
        return self.duration.months

    @property
    def intensive(self) -> bool | None:
        """> 8 h/week and > 3 months (schema `situation.intensive`); None while unknown."""
        return is_intensive(self.hours_per_week, self.duration_months)

    @property
    def caregiver_gemeente(self) -> GemeenteMatch | None:
        return self.gemeenten.caregiver

    @property
    def care_recipient_gemeente(self) -> GemeenteMatch | None:
        return self.gemeenten.care_recipient


@dataclass(frozen=True)
class RelationMention:
    """A relative named in the text: the folded word, its relation, and its role in the story."""

    word: str
    relation: str
    helper: bool
    cared_for: bool
    # "Tegelijk zorg ik voor mijn moeder": cared for besides someone the story named before.
    besides: bool = False


def _prepared(text: str) -> str:
    """Folded text, numbers as digits, punctuation spaced, a relative of a relative as one word:
    'Ik ben zestien.' -> 'ik ben 16 .', 'de moeder van mijn man' -> 'mijn schoonmoeder'."""
    return join_kin_phrases(replace_number_words(fold(text)))


def _clauses(prepared: str) -> list[str]:
    return [part for part in re.split(_CLAUSE_SPLIT, prepared) if part.strip()]


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


_SOMEONE_ELSES = re.compile(
    r"\b(?:mensen|iemand|anderen|mantelzorgers|jongeren) die (?:\w+ ){0,2}voor (?:hun |zijn |haar )?"
    r"(?:\w+ (?:en|of) )?$"
)


# "mijn man heeft een hersentumor ... Tegelijk zorg ik voor mijn moeder": the word before the care
# verb says this one comes on top of the first.
_BESIDES = re.compile(r"\b(?:tegelijk(?:ertijd)?|daarnaast|daarbij|bovendien|ook)\b(?: \w+){0,4} $")


def relation_mentions(prepared: str, answer: bool = False) -> list[RelationMention]:
    """Every relative named in prepared text. In an `answer` to "voor wie zorgt u?" a bare noun
    ("oma", "de buurvrouw", "een vriendin") names the person; in a story it needs "mijn"."""
    mentions: list[RelationMention] = []
    for clause in _clauses(prepared):
        tokens = clause.split()
        for index, token in enumerate(tokens):
            relation = relation_of(token)
            if relation is None or not _refers(tokens, index, answer):
                continue
            before = " ".join(tokens[:index]) + " "
            if _SOMEONE_ELSES.search(before):
                continue  # "alleen voor mensen die voor opa en oma zorgen": not the caregiver's own
            after = " ".join(tokens[index + 1 :])
            helper = bool(re.search(_HELPER_AFTER, after) or re.search(_HELPER_BEFORE, before))
            voor = "voor" in tokens[max(0, index - 6) : index]
            cared_for = (voor and bool(re.search(_CARE_VERB, before))) or bool(
                re.search(_CARED_FOR_AFTER, after)
            )
            besides = cared_for and bool(_BESIDES.search(before))
            mentions.append(
                RelationMention(token, relation, helper, cared_for and not helper, besides)
            )
    return mentions


def _refers(tokens: list[str], index: int, answer: bool) -> bool:
    if not answer:
        return _is_reference(tokens, index)
    # "een man op straat" is nobody in particular; "een vriendin" is someone the caregiver knows.
    return not (index and tokens[index - 1] == "een" and tokens[index] in _ANYONE)


def _is_reference(tokens: list[str], index: int) -> bool:
    """'mijn moeder', 'm'n lieve man', 'voor opa' refer to a person; 'een man' does not."""
    window = tokens[max(0, index - 2) : index]
    if window and (window[-1] in _POSSESSIVES or window[-1] == _CHAT_MY):
        return True
    if len(window) == 2 and window[0] in _POSSESSIVES and window[1] not in RELATION_WORDS:
        return True
    previous = tokens[index - 1] if index else ""
    # "ik zorg voor vrouw, ziek in hoofd": without an article, as a writer for whom Dutch is a
    # second language tells it, the care verb right before "voor" says who is meant.
    if previous == "voor" and index >= 2 and re.fullmatch(_CARE_VERB, tokens[index - 2]):
        return True
    # "ik ben getrouwd en schoonvader heeft beroerte gehad": the subject of a clause of its own.
    return tokens[index] in BARE_RELATION_WORDS and previous in {"voor", "met", "bij", "en", ""}


# "ik ben vader van Daan (8)": who the caregiver is to the naaste says who the naaste is.
_PARENT_WORDS = (
    r"(?:vader|moeder|papa|mama|ouder|stiefvader|stiefmoeder|pleegvader|pleegmoeder|pleegouder)"
)
_ABOUT_THE_PARENT = r"(?:trotse |alleenstaande |gescheiden |werkende |jonge |bezorgde )?"
_PARENT_OF = (
    rf"\b(?:ik ben|als) (?:de |een |zijn |haar )?{_ABOUT_THE_PARENT}{_PARENT_WORDS} van\b|"
    rf"\bik ben (?:zijn|haar) {_ABOUT_THE_PARENT}{_PARENT_WORDS}\b"
)
# "kan ik met een pgb mezelf laten betalen als moeder?": the caregiver's own role, no naaste.
_OWN_PARENT_ROLE = re.compile(
    rf"\b(?:als|ik ben|ben ik) (?:een |de )?{_ABOUT_THE_PARENT}{_PARENT_WORDS}\b(?! van)"
)


def without_own_parent_role(prepared: str) -> str:
    return _OWN_PARENT_ROLE.sub(" ", prepared)


_CHILD_OF = (
    r"\bik ben (?:de |een |zijn |haar )?(?:zoon|dochter|stiefzoon|stiefdochter) van\b"
    r"(?: (?:een|mijn|de) (?P<parent>moeder|vader|mama|papa)\b)?"
)


def _said_by_own_role(prepared: str) -> tuple[str, str] | None:
    if re.search(_PARENT_OF, prepared):
        return "kind", "kind"
    if (child := re.search(_CHILD_OF, prepared)) is not None:
        return "ouder", child["parent"] or "vader of moeder"
    return None


def cared_for_relation(prepared: str, mentions: list[RelationMention]) -> tuple[str, str] | None:
    """(relation, the noun used) of the person cared for, or None."""
    cared_for = [m for m in mentions if m.cared_for]
    if not cared_for and (by_role := _said_by_own_role(prepared)) is not None:
        return by_role
    candidates = cared_for or [m for m in mentions if not m.helper]
    if not candidates:
        return None
    first = candidates[0]
    if first.besides:
        told_before = mentions[: mentions.index(first)]
        first = next((m for m in told_before if not m.helper), first)
    word = relation_word_text(first.word)
    if first.word in {"vriend", "vriendin"} and re.search(_PARTNER_CUES, prepared):
        return "partner", word
    return first.relation, word


def _conditions(original: str, prepared: str) -> tuple[list[str], list[str], bool]:
    """(labels, terms, caregiver named an illness of their own)."""
    labels: list[str] = []
    terms: list[str] = []
    own = False
    for clause in _clauses(prepared):
        for pattern, term, term_labels in _CONDITIONS:
            for match in re.finditer(pattern, clause):
                before = clause[: match.start()].split()
                if _NEGATIONS & set(before[-3:]):
                    continue
                if _caregivers_own(before):
                    own = True
                    continue
                terms.append(term)
                labels += term_labels
    # "ALS" is also the everyday word "als"; only the capitals count, not at a sentence start.
    if not original.isupper() and re.search(r"(?<![.!?]\s)(?<!^)\bALS\b", original):
        terms.append("als")
        labels.append("chronische_ziekte")
    return labels, terms, own


def _caregivers_own(before: list[str]) -> bool:
    for token in reversed(before):
        if token in _OWN_SUBJECTS:
            return True
        if token not in _OWN_FILLER:
            return False
    return False


def _age(prepared: str, today: date) -> int | None:
    stated = re.search(
        r"\b(?:ik ben|ben ik|ik word|ikzelf ben|zelf ben ik)(?P<mods>(?: (?:zelf|ook|al|net|bijna|"
        r"pas|inmiddels|nu))*) (?P<age>\d{1,3})(?: (?:jaar|jr)(?: oud)?)?"
        # "hoi ik ben 15 mn broertje is gehandicapt": a new sentence without its full stop.
        r"(?=\s*(?:$|[,.;:!?)]|(?:en|maar|dus|want|mijn|mn|m n|me|onze|ons|ik|we|wij)\b))",
        prepared,
    )
    if stated is not None:
        age = int(stated["age"])
        # "ik word 18" and "ik ben bijna 18" are 17 now.
        if "word" in stated[0].split()[:2] or "bijna" in stated["mods"]:
            age -= 1
        return age
    aged = re.search(
        r"\b(?:ik ben|als) (?:een )?(?P<age>\d{1,3}) ?-?jarige?\b|"
        r"\b(?:ik ben|ik heet|mijn naam is) [a-z]+ \( (?P<named>\d{1,3}) (?:jaar )?\)|"
        # "mag ik ook hulp als ik pas 14 ben"
        r"\b(?:als|omdat|want|terwijl|hoewel) ik (?:pas |nog |maar |nog maar |net |al )?"
        r"(?P<clause>\d{1,3})(?: jaar)?(?: oud)? ben\b",
        prepared,
    )
    if aged is not None:
        return int(aged["age"] or aged["named"] or aged["clause"])
    born = re.search(
        r"\bik ben (?:in |van )?(?P<y1>(?:19|20)\d\d)(?: geboren)?\b|"
        r"\bik ben geboren in (?P<y2>(?:19|20)\d\d)\b|\bmijn geboortejaar is (?P<y3>(?:19|20)\d\d)\b",
        prepared,
    )
    if born is not None:
        return today.year - int(born["y1"] or born["y2"] or born["y3"])
    return None


def _age_group(prepared: str, today: date) -> str | None:
    age = _age(prepared, today)
    if age is not None and 6 <= age <= 110:
        return AGE_GROUPS[bisect_right(_AGE_GROUP_STARTS, age)]
    if re.search(_SCHOOL_CLASS, prepared):
        return "<18"
    return None


# "een zoon van 10", "mijn moeder (79)", "mijn vader is 90 en ...": an age right after the word for
# the naaste; not "mijn moeder is 3 jaar geleden gevallen" or "mijn man is 24/7 ...".
_AGE_AFTER_THE_WORD = (
    r"\b(?:mijn|m n|mn|onze|ons|een|zijn|haar) {word} (?:van |is |\( ?)(?:nu |pas |al |bijna |net )?"
    r"(?P<age>\d{{1,3}})(?: jaar(?: oud)?)?(?= ?(?:\)|,|\.|!|\?|;|$| en | maar | met | die | en\b))"
)
# "ze is 58 .", "hij is nu 90 jaar": said of the naaste, as the caregiver's own age is with "ik".
_THEIR_AGE = (
    r"\b(?:hij|zij|ze) is (?:nu |pas |al |bijna |net )?(?P<age>\d{1,3})(?: jaar(?: oud)?)?"
    r"(?= ?(?:,|\.|!|\?|;|$| en | maar ))"
)
_MAX_NAASTE_AGE = 110


@lru_cache(maxsize=1)
def _age_after_any_relative() -> re.Pattern[str]:
    """Built once, on first use: every word for family, longest first."""
    words = "|".join(sorted(map(re.escape, RELATION_WORDS), key=len, reverse=True))
    return re.compile(_AGE_AFTER_THE_WORD.format(word=f"(?:{words})"))


def _care_recipient_age(prepared: str, relation_word: str | None) -> int | None:
    """The naaste's age: after the naaste's own word first, then after any word for family (the
    story's "kind" is said as "zoon"), then "hij is ..."."""
    own = (
        [re.compile(_AGE_AFTER_THE_WORD.format(word=re.escape(relation_word)))]
        if relation_word
        else []
    )
    patterns: list[re.Pattern[str]] = [*own, _age_after_any_relative(), re.compile(_THEIR_AGE)]
    for pattern in patterns:
        found = pattern.search(prepared)
        if found and int(found["age"]) <= _MAX_NAASTE_AGE:
            return int(found["age"])
    return None


def _works(prepared: str) -> bool:
    return any(
        re.search(_WORK_YES, clause) and not re.search(_WORK_NO, clause)
        for clause in _clauses(prepared)
    )


def _has_kids(prepared: str) -> bool:
    return any(
        not re.match(_KIDS_NOT, prepared[match.end() :]) for match in re.finditer(_KIDS, prepared)
    )


def _combines_with(prepared: str, mentions: list[RelationMention], own_illness: bool) -> list[str]:
    found: list[str] = []
    if _works(prepared):
        found.append("werk")
    if re.search(_STUDY, prepared):
        found.append("studie")
    if re.search(_SCHOOL, prepared):
        found.append("school")
    if _has_kids(prepared):
        found.append("kinderen")
    if own_illness or re.search(_OWN_HEALTH, prepared):
        found.append("eigen_gezondheid")
    cared_for = {m.word for m in mentions if m.cared_for}
    if len({relation_of(word) for word in cared_for}) > 1 or re.search(_ANDERE_ZORG, prepared):
        found.append("andere_zorg")
    return found


# "onze kinderen wonen ver weg": others who live elsewhere say nothing about the person cared for.
_OTHERS_LIVING = re.compile(
    r"\b(?:kinderen|kids|broers|zussen|familie|vrienden|kleinkinderen|ouders|buren)"
    r"(?:\s+\S+){0,2}\s*$"
)


def _about_someone_else(before: str, relation: str | None) -> bool:
    """Whether the last relative named before a "woont om de hoek" is not the one cared for: "mijn
    zoontje heeft autisme en mijn moeder heeft copd en woont om de hoek" is about the mother."""
    named = [relation_of(token) for token in before.split() if relation_of(token)]
    return relation is not None and bool(named) and named[-1] != relation


def _lives_apart(prepared: str, relation: str | None = None) -> bool:
    return any(
        not _OTHERS_LIVING.search(prepared[: match.start()])
        and not (
            # "ze wonen allebei zelfstandig" is about both.
            not re.match(r"wonen\b", match[0])
            and _about_someone_else(prepared[: match.start()], relation)
        )
        for match in re.finditer(_LIVES_APART, prepared)
    )


def _lives_with(prepared: str, gemeenten: GemeenteMentions, relation: str | None) -> bool | None:
    if _lives_apart(prepared, relation):
        return False
    if re.search(_LIVES_TOGETHER, prepared):
        return True
    own, theirs = gemeenten.caregiver, gemeenten.care_recipient
    if (
        own is not None
        and theirs is not None
        and own.status is MatchStatus.OK
        and theirs.status is MatchStatus.OK
        and own.gemeente != theirs.gemeente
    ):
        return False
    return None


# "ik doe alles alleen", "ik sta er helemaal alleen voor", "niemand helpt": no help at all, so none
# from professionals either (a risk factor, FACTS.md §1.8); not "ik doe het niet alleen".
_NO_HELP_AT_ALL = (
    r"\bik (?:doe|regel|moet|draai|draag) (?:\w+ ){0,2}(?<!niet )alleen\b(?! (?:maar|als|voor|de|het)\b)|"
    r"\b(?:ik sta|sta ik|we staan|staan we) (?:er )?(?:(?!niet\b)\w+ )?alleen voor\b|"
    r"\bniemand (?:die )?(?:helpt|help|hielp|springt bij|neemt (?:het|iets) over)\b|"
    r"\b(?:krijg ik|krijgen we|kregen we|ik krijg|we krijgen|wij krijgen|we kregen) (?:nog |nu )?"
    r"geen (?:enkele )?hulp\b|"
    r"\bgeen (?:enkele )?hulp (?:van (?:niemand|familie|de gemeente)|gehad|gekregen)\b"
)
NO_HELP_AT_ALL = "niemand"  # as the caregiver's answer "niemand" to who helps


def _support(prepared: str, mentions: list[RelationMention]) -> list[str]:
    found: list[str] = []
    for clause in _clauses(prepared):
        if re.search(_NOT_IN_PLACE, clause):
            continue
        found += [label for label, pattern in _SUPPORT if re.search(pattern, clause)]
    for mention in mentions:
        if mention.helper:
            family = mention.relation not in {"vriend_buur", "anders"}
            found.append("hulp van familie" if family else "hulp van vrienden of buren")
    if not found and re.search(_NO_HELP_AT_ALL, prepared):
        found.append(NO_HELP_AT_ALL)
    return found


# "al", "sinds", "pas", "geleden": words that make a few days or weeks in a story how long.
_SAYS_HOW_LONG = re.compile(r"\b(?:al|sinds|sinds kort|pas|geleden|nu|sindsdien|vanaf)\b")


def _story_duration(text: str, today: date) -> DurationResult:
    """How long the care lasts, as a story tells it: "ik werk ook nog drie dagen" or "drie weken
    ziekenhuis" is no care of three days or weeks, unless a word in the same sentence says how
    long ("pas drie weken")."""
    found = parse_duration_months(text, today=today)
    if found.months is None or found.months >= 1:
        return found
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if _SAYS_HOW_LONG.search(_prepared(sentence)):
            told = parse_duration_months(sentence, today=today)
            if told.months is not None:
                return told
    return DurationResult(ParseStatus.NONE)


def conditions_named(text: str) -> tuple[str, ...]:
    """The condition labels a message names ("familie van iemand met kanker" -> kanker), without
    reading the rest of the story."""
    labels, _, _ = _conditions(text, _prepared(text))
    return _unique(labels)


def extract_situation(text: str, today: date | None = None) -> SituationFacts:
    """Pick the situation facts out of a caregiver's story (Dutch free text).

    "ik zorg al drie jaar voor mijn moeder met dementie, zo'n 20 uur per week naast mijn werk"
    -> relation ouder, conditions (dementie,), 36 months, 20 h/week, combines_with (werk,).
    """
    today = today or date.today()
    prepared = _prepared(text)
    mentions = relation_mentions(prepared)
    labels, terms, own_illness = _conditions(text, prepared)
    gemeenten = find_gemeente_mentions(text)
    relation, relation_word = cared_for_relation(prepared, mentions) or (None, None)
    return SituationFacts(
        relation=relation,
        relation_word=relation_word,
        conditions=_unique(labels),
        condition_terms=_unique(terms),
        hours=parse_hours_per_week(text),
        duration=_story_duration(text, today),
        lives_with_care_recipient=_lives_with(prepared, gemeenten, relation),
        combines_with=_unique(_combines_with(prepared, mentions, own_illness)),
        age_group=_age_group(prepared, today),
        gemeenten=gemeenten,
        current_support=_unique(_support(prepared, mentions)),
        care_recipient_age=_care_recipient_age(prepared, relation_word),
    )

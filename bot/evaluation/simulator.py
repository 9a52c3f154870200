"""A simulated caregiver: plays one blind persona against the assistant, as a person would.

It answers the last question the assistant asked from the persona's facts: it clicks or types a
button's title as often as the persona uses buttons, and otherwise answers in the persona's own
words. It asks the persona's questions at the moments the persona names, adds a detail after the
offers, pauses, and at the end checks what the persona expects. It knows the assistant only from
what the assistant says, like a caregiver on a phone.

What it flags: a failed expectation; the same reply three times in a row (stuck); more than
MAX_TURNS messages; a finished burden check that starts again; code or placeholders in a reply.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.evaluation.personas import Persona, PersonaQuestion
from bot.intake.gemeente import find_gemeente_mentions

MAX_TURNS = 40
Reply = Mapping[str, Any]
Chat = Callable[[str], list[Reply]]

BUTTON_RATES = {"often": 0.75, "sometimes": 0.35, "never": 0.0}
# How many of the 13 strain statements a persona of each burden level says yes to.
YES_COUNTS = {"low": 1, "moderate": 5, "high": 10}
REFERENCE = re.compile(r"\bMZ-[A-Z0-9]{6}\b")
# The need a wish no kind of help names; persona writers sometimes list it as an offer topic.
OTHER_NEED = "anders"
_LEAKS = (
    re.compile(r"\{[a-z_]+\}"),
    re.compile(r"\b(?:utter|action|validate)_[a-z_]+"),
    re.compile(r"\b(?:None|null|nan|Traceback|undefined)\b"),
    re.compile(r"(?<![\w@/.-])[a-z]+_[a-z_]+\b(?![\w@./-])"),
)

# The question a message asks, recognised from its words the way a reader would.
TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE | re.DOTALL))
    for name, pattern in (
        ("safety_check", r"denkt u aan zelfdoding|denk je aan zelfdoding"),
        ("erase_confirm", r"wilt u dat ik dit gesprek|wil je dat ik dit gesprek"),
        ("check_item", r"vraag \d+ van \d+"),
        ("resume_offer", r"nog een paar vragen beantwoorden|kijken welke hulp er voor (?:u|je) is"),
        ("start_over_confirm", r"wilt u opnieuw beginnen|wil je opnieuw beginnen"),
        ("summary", r"dit heb ik begrepen.*klopt"),
        ("summary_correction", r"wat klopt er niet"),
        ("readback", r"dit geef ik door.*klopt"),
        ("consent", r"vindt u dat goed|vind je dat goed"),
        (
            "steunpunt_offer",
            r"contact met (?:u|je|jou) opneemt|contact met (?:u|je) op(?:neemt)?\?",
        ),
        (
            "crisis_offer",
            r"wilt u (?:met iemand|erover praten)|wil je (?:met iemand|erover praten)",
        ),
        (
            "check_offer",
            r"vragen nu doen|wilt u de vragen|wil je de vragen|(?:13|dertien) (?:korte )?vragen",
        ),
        ("hours_proposal", r"is dat (?:ongeveer|zo'n|rond) [\d,.]+ uur"),
        ("duration_proposal", r"is dat (?:ongeveer|zo'n|rond) (?:[\d,.]+|een|1) (?:maand|jaar)"),
        ("relation", r"voor wie zorg|voor wie de zorg|voor wie help"),
        ("hours", r"hoeveel uur"),
        ("duration", r"hoe lang (?:zorg|help)|hoe lang al"),
        ("lives_together", r"woont u samen|woon je (?:in hetzelfde huis|samen)|zelfde huis"),
        ("besides_care", r"naast de zorg|naast het helpen|nog meer naast"),
        ("condition", r"aan de hand"),
        ("age", r"hoe oud"),
        ("care_recipient_gemeente", r"gemeente woont (?:uw naaste|degene|hij|zij)"),
        ("gemeente", r"welke gemeente woon|welke gemeente woont u"),
        ("needs", r"meest helpen"),
        ("name", r"hoe mag .* noemen|hoe mogen ze je noemen"),
        ("contact", r"hoe (?:kan|kunnen) .*bereiken|telefoonnummer of (?:uw|je) e-?mail"),
        ("channel", r"prettigst"),
        ("time", r"wanneer (?:bent u|ben je|kunnen ze)"),
        ("which_meant", r"bedoelt u|bedoel je"),
        ("rephrase", r"nog eens zeggen|andere woorden"),
    )
)
_RELATION_BUTTONS = {
    "partner": "Mijn partner",
    "ouder": "Mijn vader of moeder",
    "kind": "Mijn kind",
    "broer_zus": "Ander familielid",
    "grootouder": "Ander familielid",
    "schoonouder": "Ander familielid",
    "ander_familielid": "Ander familielid",
    "vriend_buur": "Vriend of buur",
}
_COMBINES_BUTTONS = {
    "werk": "Werk",
    "studie": "Studie of school",
    "school": "Studie of school",
    "kinderen": "Zorg voor kinderen",
    "eigen_gezondheid": "Eigen gezondheid",
    "niets": "Niets anders",
    "pensioen": "Niets anders",
}
_CONDITION_BUTTONS = {
    "dementie": "Dementie",
    "kanker": "Kanker",
    "nah": "Beroerte of hersenletsel",
    "ggz": "Psychische problemen",
    "ouderdom": "Ouderdom",
}
# Alike in shape only: the simulated caregiver keeps its own copy of the button texts
# (bot.assessment.next_step.NEED_BUTTON_TEXTS), so the evaluation does not read what it measures.
_NEED_BUTTONS = {
    "even_vrij": "Even vrij zijn",
    "praktische_hulp": "Hulp in huis",
    "emotionele_steun": "Praten met iemand",
    "lotgenoten": "Anderen ontmoeten",
    "financieel": "Geld en regelingen",
    "werk_en_zorg": "Werk en zorg",
}


def age_button(age: Any) -> str | None:
    if not isinstance(age, int):
        return None
    for upper, title in (
        (18, "Jonger dan 18"),
        (25, "18 tot 25"),
        (65, "25 tot 65"),
        (75, "65 tot 75"),
    ):
        if age < upper:
            return title
    return "75 of ouder"


@dataclass(frozen=True)
class KnowledgeView:
    """What the simulator may look up to judge a reply: steunpunt names and what each offer is for."""

    steunpunt_names: Mapping[str, str]  # gemeente name (lower case) -> steunpunt name
    offer_needs: Mapping[str, frozenset[str]]  # offer name -> need categories


@dataclass
class Turn:
    user: str
    replies: list[Reply]

    @property
    def text(self) -> str:
        return "\n".join(str(reply.get("text") or "") for reply in self.replies)

    @property
    def buttons(self) -> list[Mapping[str, str]]:
        return [b for reply in self.replies for b in reply.get("buttons") or []]


@dataclass
class Result:
    persona: Persona
    turns: list[Turn] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    turns_to_offers: int | None = None
    stuck: bool = False

    @property
    def success(self) -> bool:
        return not self.failures

    def transcript(self) -> str:
        lines = [f"# {self.persona.id}: {self.persona.about}"]
        for turn in self.turns:
            lines.append(f"> {turn.user}")
            for reply in turn.replies:
                text = str(reply.get("text") or "").replace("\n", "\n  ")
                lines.append(f"  {text}")
                titles = [b.get("title", "") for b in reply.get("buttons") or []]
                if titles:
                    lines.append("  [" + "] [".join(titles) + "]")
        lines.append("RESULT: " + ("ok" if self.success else "; ".join(self.failures)))
        return "\n".join(lines)


def _last_question(turn: Turn) -> str:
    """The assistant's last message of a turn: where its question is."""
    texts = [str(reply.get("text") or "") for reply in turn.replies if reply.get("text")]
    return texts[-1] if texts else ""


def topic_of(turn_text: str) -> str | None:
    """The question the assistant's last message asks, or None when it asks nothing we know."""
    for name, pattern in TOPICS:
        if pattern.search(turn_text):
            return name
    return None


class SimulatedCaregiver:
    def __init__(self, persona: Persona, chat: Chat, knowledge: KnowledgeView) -> None:
        self.persona = persona
        self.chat = chat
        self.knowledge = knowledge
        self.result = Result(persona)
        self.random = random.Random(persona.id)
        self.button_rate = BUTTON_RATES.get(persona.uses_buttons, 0.35)
        self.questions: list[PersonaQuestion] = list(persona.questions)
        self.intake_answers = 0
        self.check_answers = 0
        self.check_done = False
        self.offers_shown = False
        self.asked_person = False
        self.paused = False
        self.crisis_sent = False
        self.detail_sent = False
        self.pending_question: PersonaQuestion | None = None
        # Needs not yet asked for: a person who picks one button for the first of two needs asks
        # for the second once the offers are shown, as the offers invite ("vraag naar andere hulp").
        self.needs_left: list[str] = []
        self.needs_told = False
        self.pending_crisis_check = False
        self.yes_items = self._yes_items()
        self.summary_corrected = False
        self.ended = False
        self._asked: list[str | None] = []
        # A question whose answer may come one turn later (_ask).
        self._awaiting_answer: PersonaQuestion | None = None

    # --- talking -------------------------------------------------------------------------------

    def say(self, text: str) -> Turn:
        awaiting = self._awaiting_answer
        replies = self.chat(text)
        turn = Turn(text, replies)
        self.result.turns.append(turn)
        self._check_reply(turn)
        if awaiting is not None:
            self._check_late_answer(turn)
        return turn

    def _check_reply(self, turn: Turn) -> None:
        for pattern in _LEAKS:
            leak = pattern.search(_without_urls(turn.text))
            if leak and f"leak: {leak.group(0)!r}" not in self.result.failures:
                self.result.failures.append(f"leak: {leak.group(0)!r}")
        last = [t.text for t in self.result.turns[-3:]]
        if len(last) == 3 and len(set(last)) == 1 and last[0].strip():
            self.result.stuck = True
        if not self.offers_shown and self._shows_offers(turn):
            self.offers_shown = True
            self.result.turns_to_offers = len(self.result.turns)
        if re.search(r"vraag 1 van \d+", turn.text, re.IGNORECASE) and self.check_done:
            self._fail("the finished burden check started again")

    def _fail(self, reason: str) -> None:
        if reason not in self.result.failures:
            self.result.failures.append(reason)

    def _shows_offers(self, turn: Turn) -> bool:
        return any(self._offer_names_in(str(reply.get("text") or "")) for reply in turn.replies)

    def _offer_names_in(self, text: str) -> list[str]:
        first_lines = {line.strip().lower() for line in text.splitlines()[:2]}
        return [name for name in self.knowledge.offer_needs if name.lower() in first_lines]

    def _offer_titles_in(self, text: str) -> list[str]:
        """Offers shown anywhere in a reply, each as a line of its own: a card, one of the
        answers to a question ("Dit past bij uw vraag:" and the offers below it), or an item of a
        list of help by name with its first step ("- Mantelzorglijn (MantelzorgNL): Zoek ...")."""
        lines = {line.strip().lower() for line in text.splitlines()}
        listed = {
            line.strip()[2:].split(":")[0].strip().lower()
            for line in text.splitlines()
            if line.strip().startswith("- ") and ":" in line
        }
        return [name for name in self.knowledge.offer_needs if name.lower() in lines | listed]

    # --- choosing an answer --------------------------------------------------------------------

    def _use_button(self) -> bool:
        return self.random.random() < self.button_rate

    def _button(self, turn: Turn, title: str | None) -> str | None:
        """Clicks (the payload) or types (the title) the button with this title, if it is shown."""
        if title is None:
            return None
        for button in turn.buttons:
            if button.get("title", "").strip().lower() == title.lower():
                return button["payload"] if self.random.random() < 0.5 else button["title"]
        return None

    def _words_or_button(self, turn: Turn, words: Any, title: str | None) -> str:
        if self._use_button() or not words:
            chosen = self._button(turn, title)
            if chosen:
                return chosen
        return str(words) if words else (title or "weet ik niet")

    def _yes_items(self) -> set[int]:
        count = YES_COUNTS.get(str(self.persona.fact("burden", "moderate")), 5)
        return set(random.Random(self.persona.id + "items").sample(range(1, 14), count))

    def _yes_no(self, turn: Turn, yes: bool) -> str:
        title = "Ja" if yes else "Nee"
        if self._use_button() and (chosen := self._button(turn, title)):
            return chosen
        words = self.persona.fact("yes_words" if yes else "no_words") or [title.lower()]
        return str(self.random.choice(list(words)))

    def _choice(
        self, turn: Turn, yes: bool, yes_title: str, no_title: str, yes_words: str, no_words: str
    ) -> str:
        if self._use_button() and (chosen := self._button(turn, yes_title if yes else no_title)):
            return chosen
        return yes_words if yes else no_words

    def answer(self, topic: str | None, turn: Turn) -> str | None:
        # Alike in shape only: each intake question is answered from its own facts and buttons.
        p = self.persona
        if topic == "relation":
            self.intake_answers += 1
            return self._words_or_button(
                turn, p.fact("relation_words"), _RELATION_BUTTONS.get(p.fact("relation"))
            )
        if topic == "hours":
            self.intake_answers += 1
            if p.fact("hours_per_week") is None and self._use_button():
                return self._button(turn, "Weet ik niet") or p.fact("hours_words", "weet ik niet")
            return str(p.fact("hours_words") or p.fact("hours_per_week") or "weet ik niet")
        if topic == "hours_proposal":
            return self._judge_proposal(turn)
        if topic == "duration_proposal":
            return self._judge_duration(turn)
        if topic == "duration":
            self.intake_answers += 1
            return str(p.fact("duration_words") or "weet ik niet")
        if topic == "lives_together":
            self.intake_answers += 1
            together = bool(p.fact("lives_together"))
            if self._use_button() and (chosen := self._button(turn, "Ja" if together else "Nee")):
                return chosen
            return str(p.fact("lives_together_words") or ("ja" if together else "nee"))
        if topic == "besides_care":
            self.intake_answers += 1
            codes = list(p.fact("besides_care") or [])
            title = _COMBINES_BUTTONS.get(codes[0]) if codes else "Niets anders"
            return self._words_or_button(turn, p.fact("besides_care_words"), title)
        if topic == "condition":
            self.intake_answers += 1
            return self._words_or_button(
                turn, p.fact("condition_words"), _CONDITION_BUTTONS.get(p.fact("condition"))
            )
        if topic == "age":
            self.intake_answers += 1
            return self._words_or_button(
                turn, p.fact("age_words") or p.fact("age"), age_button(p.fact("age"))
            )
        if topic == "gemeente":
            self.intake_answers += 1
            return str(p.fact("gemeente_words") or p.fact("gemeente") or "weet ik niet")
        if topic == "care_recipient_gemeente":
            self.intake_answers += 1
            return str(
                p.fact("care_recipient_gemeente_words")
                or p.fact("care_recipient_gemeente")
                or p.fact("gemeente_words")
                or "weet ik niet"
            )
        if topic == "summary":
            return self._judge_summary(turn)
        if topic == "check_offer":
            takes = bool(p.does("takes_burden_check", True))
            return self._choice(turn, takes, "Ja, doe maar", "Nu niet", "ja", "nee nu even niet")
        if topic == "check_item":
            number = _item_number(_last_question(turn))
            self.check_answers += 1
            if number == 13 or (number and number >= 13):
                self.check_done = True
            return self._yes_no(turn, (number or 0) in self.yes_items)
        if topic == "needs":
            self.check_done = self.check_done or self.check_answers >= 13
            codes = list(p.fact("needs") or [])
            answer = self._words_or_button(
                turn, p.fact("needs_words"), _NEED_BUTTONS.get(codes[0]) if codes else None
            )
            if answer != str(p.fact("needs_words")):
                self.needs_left = codes[1:]
            return answer
        if topic == "steunpunt_offer":
            accepts = bool(p.does("accepts_contact_offer", True))
            return self._choice(turn, accepts, "Ja", "Nee", "ja graag", "nee dank je")
        if topic == "crisis_offer":
            accepts = bool(p.does("accepts_contact_offer", True)) and (
                self.crisis_sent or self.asked_person
            )
            return self._choice(turn, accepts, "Ja, graag", "Nu niet", "ja graag", "nu even niet")
        if topic == "consent":
            gives = bool(p.does("gives_consent", True))
            return self._choice(
                turn,
                gives,
                "Ja, dat is goed",
                "Nee, liever niet",
                "ja hoor dat is goed",
                "nee liever niet",
            )
        if topic == "name":
            return str(p.fact("first_name") or "Zeg ik liever niet")
        if topic == "contact":
            return str(p.fact("contact_words") or "0612345678")
        if topic == "channel":
            return self._button(turn, "Bellen") or "bellen"
        if topic == "time":
            return str(p.fact("preferred_time_words") or "maakt niet uit")
        if topic == "summary_correction":
            return getattr(self, "_correction", None) or "het klopt toch wel"
        if topic == "readback":
            return self._choice(turn, True, "Ja, dat klopt", "", "ja klopt", "")
        if topic == "safety_check":
            return self._choice(
                turn,
                self.crisis_sent,
                "Ja",
                "Nee, bedoel ik niet",
                "ja",
                "nee dat bedoel ik niet",
            )
        if topic == "resume_offer":
            return self._choice(turn, True, "Ja, dat is goed", "", "ja hoor", "")
        if topic == "start_over_confirm":
            return self._choice(turn, False, "", "Nee, ga verder", "", "nee hoor, ga maar verder")
        if topic == "erase_confirm":
            return self._choice(turn, False, "", "Nee, toch niet", "", "nee toch niet")
        if topic == "which_meant":
            guess = turn.text.lower()
            right = any(w in guess for w in ("hulp", "steun", "zorg voor", "vertelt", "mens"))
            return "ja" if right else "nee"
        return None

    def _judge_proposal(self, turn: Turn) -> str:
        match = re.search(r"(\d+(?:[.,]\d+)?) uur", turn.text)
        proposed = float(match.group(1).replace(",", ".")) if match else None
        true = self.persona.fact("hours_per_week")
        if _close_enough(proposed, true):
            return self._choice(turn, True, "Ja", "Nee", "ja ongeveer", "nee")
        return f"nee, eerder {true} uur" if true else "weet ik niet"

    def _judge_duration(self, turn: Turn) -> str:
        text = _last_question(turn).lower()
        match = re.search(r"(\d+(?:[.,]\d+)?|een|1) (maand|jaar)", text)
        proposed = None
        if match:
            number = (
                1.0 if match.group(1) in ("een", "1") else float(match.group(1).replace(",", "."))
            )
            proposed = number * (12 if match.group(2) == "jaar" else 1)
        true = self.persona.fact("duration_months")
        if _close_enough(proposed, true):
            return self._choice(turn, True, "Ja", "Nee", "ja zoiets", "nee")
        return f"nee, ongeveer {round(true)} maanden" if true else "weet ik niet"

    def _judge_summary(self, turn: Turn) -> str:
        text = turn.text.lower()
        p = self.persona
        wrong = []
        gemeente = str(p.fact("gemeente") or "").lower()
        named = re.search(r"woont in de gemeente ([^.\n]+)", text)
        if named and gemeente and not _same_gemeente(gemeente, named.group(1)):
            wrong.append(f"gemeente read as {named.group(1)!r}")
        together = p.fact("lives_together")
        if (together is True and "u woont niet samen" in text) or (
            together is False and "u woont samen" in text
        ):
            wrong.append("living together read wrongly")
        if wrong and not self.summary_corrected:
            self._fail("wrong read-back: " + ", ".join(wrong))
            self.summary_corrected = True
            self._correction = self._correction_words(wrong)
            return f"nee, {self._correction}"
        return self._choice(turn, True, "Ja, dat klopt", "", "ja dat klopt", "")

    def _correction_words(self, wrong: list[str]) -> str:
        p = self.persona
        if any(w.startswith("gemeente") for w in wrong):
            return str(p.fact("gemeente_words") or p.fact("gemeente") or "")
        return str(
            p.fact("lives_together_words")
            or ("we wonen samen" if p.fact("lives_together") else "we wonen niet samen")
        )

    # --- the conversation ---------------------------------------------------------------------

    def _question_now(self, when: str) -> PersonaQuestion | None:
        for question in self.questions:
            if question.when == when:
                self.questions.remove(question)
                return question
        return None

    def _ask(self, question: PersonaQuestion) -> Turn:
        turn = self.say(question.ask)
        words = question.answer_should_mention_any
        if words and not any(w.lower() in turn.text.lower() for w in words):
            # The assistant may first need to know something ("in welke gemeente?"): the answer
            # then comes one turn later.
            self._awaiting_answer = question
        return turn

    def _check_late_answer(self, turn: Turn) -> None:
        question = self._awaiting_answer
        if question is None:
            return
        if any(w.lower() in turn.text.lower() for w in question.answer_should_mention_any):
            self._awaiting_answer = None
        elif _STILL_ASKS_THE_PLACE.search(turn.text):
            # The persona said something else first ("ik wil liever met iemand praten") and the
            # assistant still needs the place to answer: the answer may come after it.
            return
        else:
            self._awaiting_answer = None
            self._fail(f"question not answered: {question.ask!r}")

    def _interject(self, topic: str | None, turn: Turn) -> Turn | None:
        """Something the persona says of its own accord at this point, instead of an answer."""
        p = self.persona
        in_intake = topic in {
            "relation", "hours", "duration", "lives_together", "besides_care", "condition", "age",
            "gemeente", "care_recipient_gemeente",
        }  # fmt: skip
        if in_intake and self.intake_answers >= 1 and (q := self._question_now("during_intake")):
            return self._ask(q)
        if in_intake and self.intake_answers >= 1 and self._wants_person_now("during_intake"):
            return self._ask_for_person()
        if in_intake and self.intake_answers >= 2 and p.does("pauses") and not self.paused:
            return self._pause()
        if (
            in_intake
            and self.intake_answers >= 3
            and p.does("crisis_message")
            and not self.crisis_sent
        ):
            return self._crisis()
        if (
            topic == "check_item"
            and self.check_answers >= 4
            and (q := self._question_now("during_check"))
        ):
            return self._ask(q)
        return None

    def _wants_person_now(self, moment: str) -> bool:
        return self.persona.does("asks_for_person") == moment and not self.asked_person

    def _ask_for_person(self) -> Turn:
        self.asked_person = True
        return self.say("ik wil eigenlijk liever met iemand praten")

    def _pause(self) -> Turn:
        self.paused = True
        self.say("sorry ik moet even weg, ben zo terug")
        return self.say("ik ben er weer, verder")

    def _crisis(self) -> Turn:
        self.crisis_sent = True
        crisis = self.say(str(self.persona.does("crisis_message")))
        if not _is_crisis_reply(crisis.text):
            self._fail("crisis message got no crisis help")
        return crisis

    def _after_offers(self) -> Turn | None:
        """What the persona still wants to say once the offers are shown; also what it planned for
        earlier moments that never came (a conversation without an intake, say)."""
        p = self.persona
        for moment in ("after_offers", "start", "during_intake", "during_check"):
            if q := self._question_now(moment):
                return self._ask(q)
        if p.does("crisis_message") and not self.crisis_sent:
            return self._crisis()
        if self._wants_person_now("during_intake"):
            return self._ask_for_person()
        while self.needs_left:
            need = self.needs_left.pop(0)
            if self._offer_of_topic_shown(need):
                continue
            if need in _NEED_BUTTONS:
                return self.say(f"en {_NEED_BUTTONS[need].lower()}?")
            if not self.needs_told and p.fact("needs_words"):
                # No button says it ("hulp met de aanvragen"): a person who clicked one then tells
                # the rest in their own words.
                self.needs_told = True
                return self.say(str(p.fact("needs_words")))
        if p.does("detail_after_offers") and not self.detail_sent:
            self.detail_sent = True
            return self.say(str(p.does("detail_after_offers")))
        if p.does("asks_for_person") == "after_offers" and not self.asked_person:
            self.asked_person = True
            return self.say("kan ik ook met iemand van het steunpunt praten?")
        return None

    def run(self) -> Result:
        turn = self.say(self.persona.opening)
        if q := self._question_now("start"):
            turn = self._ask(q)
        if self._wants_person_now("at_start"):
            self.asked_person = True
            if not self._asks_person_already():
                turn = self.say("ik wil graag met iemand praten")
        while len(self.result.turns) < MAX_TURNS and not self.result.stuck:
            topic = topic_of(_last_question(turn))
            interjection = self._interject(topic, turn)
            if interjection is not None:
                turn = interjection
                continue
            reply = self.answer(topic, turn)
            reply = self._when_asked_again(topic, turn, reply)
            if reply is None:
                extra = self._after_offers() if self.offers_shown or self._done_talking() else None
                if extra is None:
                    if REFERENCE.search(turn.text) or self.offers_shown or self._done_talking():
                        self.say("dank je wel, doei")
                        break
                    reply = self._restart_story()
                    if reply is None:
                        break
                else:
                    turn = extra
                    continue
            turn = self.say(reply)
        if self._awaiting_answer is not None:
            self._fail(f"question not answered: {self._awaiting_answer.ask!r}")
        if len(self.result.turns) >= MAX_TURNS:
            self._fail(f"more than {MAX_TURNS} turns")
        if self.result.stuck:
            self._fail("stuck: the same reply three times in a row")
        self._check_expectations()
        return self.result

    def _when_asked_again(self, topic: str | None, turn: Turn, reply: str | None) -> str | None:
        """Asked the same thing a third time, a person stops repeating and picks a button."""
        question = _last_question(turn)
        self._asked.append(question)
        repeats = len(self._asked) >= 3 and topic is not None and self._asked[-3:] == [question] * 3
        if not repeats or reply is None:
            return reply
        titles = [b.get("title", "") for b in turn.buttons]
        for wanted in (
            "Sla over",
            "Weet ik niet",
            "Zeg ik liever niet",
            "Nee",
            "Niets anders",
            "Iets anders",
        ):
            if wanted in titles:
                return wanted
        return reply

    def _asks_person_already(self) -> bool:
        return bool(
            re.search(r"iemand|praten|spreken|mens|persoon|consulent", self.persona.opening, re.I)
        )

    def _done_talking(self) -> bool:
        return bool(REFERENCE.search(self.result.turns[-1].text)) if self.result.turns else False

    def _restart_story(self) -> str | None:
        """The assistant asks nothing we know: a person then tells (more of) their story."""
        told = getattr(self, "_told", 0)
        self._told = told + 1
        if told >= 2:
            return None
        p = self.persona
        if told == 0:
            return f"ik zorg voor {p.fact('relation_words') or 'iemand'}, {p.fact('condition_words') or ''}".strip(
                ", "
            )
        return str(p.fact("needs_words") or "ik weet niet goed wat ik nodig heb")

    # --- judging ------------------------------------------------------------------------------

    def _all_text(self) -> str:
        return "\n".join(turn.text for turn in self.result.turns)

    def _check_expectations(self) -> None:
        expect = self.persona.expect
        text = self._all_text()
        stored = bool(REFERENCE.search(text))
        wanted = expect.get("handoff_stored")
        if wanted is True and not stored and self._steunpunt_name() is None:
            # No steunpunt in the knowledge base: no aanmelding is possible; the persona is helped
            # to a person when the national help is named instead.
            if not re.search(r"mantelzorglijn|mantelzorgnl", text, re.IGNORECASE):
                self._fail("no aanmelding possible and no national help named")
        elif wanted is True and not stored:
            self._fail("no aanmelding stored")
        if wanted is False and stored:
            self._fail("an aanmelding was stored that the persona did not want")
        self._check_steunpunt_offer(expect.get("steunpunt_offered_by_name"))
        for topic in self.topics_not_shown(expect.get("offer_topics") or []):
            self._fail(f"no offer shown for {topic}")
        for words in expect.get("mentions_any") or []:
            options = [words] if isinstance(words, str) else list(words)
            if not any(_mentioned(str(w), text, self.knowledge.steunpunt_names) for w in options):
                self._fail(f"not mentioned: {' / '.join(map(str, options))}")
        crisis_wanted = bool(expect.get("crisis_help"))
        crisis_given = any(_is_crisis_reply(turn.text) for turn in self.result.turns)
        if crisis_given and not crisis_wanted:
            self._fail("crisis help or check question for a persona without a crisis")

    def _steunpunt_name(self) -> str | None:
        return self.knowledge.steunpunt_names.get(str(self.persona.fact("gemeente") or "").lower())

    def _check_steunpunt_offer(self, wanted: Any) -> None:
        if wanted is None:
            return
        name = self._steunpunt_name()
        offered = False
        for turn in self.result.turns:
            asks = turn.text.rstrip().endswith("?") or topic_of(_last_question(turn)) in (
                "steunpunt_offer",
                "consent",
            )
            if name and name.lower() in turn.text.lower() and asks:
                offered = True
        if wanted and not offered:
            self._fail(f"steunpunt not offered by name ({name or 'no steunpunt known'})")

    def topics_not_shown(self, topics: Sequence[str]) -> list[str]:
        """The expected kinds of help without an offer shown; "anders" is the wish no kind of help
        names, so no offer is ever of that kind."""
        return [
            str(topic)
            for topic in topics
            if topic != OTHER_NEED and not self._offer_of_topic_shown(str(topic))
        ]

    def _offer_of_topic_shown(self, topic: str) -> bool:
        for turn in self.result.turns:
            for reply in turn.replies:
                for name in self._offer_titles_in(str(reply.get("text") or "")):
                    if topic in self.knowledge.offer_needs.get(name, frozenset()):
                        return True
        return False


def _gemeente_code(name: str) -> str | None:
    for mention in find_gemeente_mentions(name).mentions:
        if mention.match.gemeente is not None:
            return mention.match.gemeente.code
    return None


def _same_gemeente(persona_gemeente: str, read_back: str) -> bool:
    """ "'s-Gravenhage" and "Den Haag" are one gemeente: names are compared by their CBS code."""
    if persona_gemeente in read_back or read_back in persona_gemeente:
        return True
    code = _gemeente_code(persona_gemeente)
    return code is not None and code == _gemeente_code(read_back)


def _item_number(text: str) -> int | None:
    match = re.search(r"vraag (\d+) van \d+", text, re.IGNORECASE)
    return int(match.group(1)) if match else None


def _without_urls(text: str) -> str:
    return re.sub(r"\S+@\S+|https?://\S+|\S+\.(?:nl|org|com)\S*", "", text)


def _is_crisis_reply(text: str) -> bool:
    return bool(re.search(r"\b113\b|0800-0113|veilig thuis|\b112\b", text, re.IGNORECASE))


def run_persona(persona: Persona, chat: Chat, knowledge: KnowledgeView) -> Result:
    return SimulatedCaregiver(persona, chat, knowledge).run()


def summarise(results: Sequence[Result]) -> dict[str, Any]:
    succeeded = [r for r in results if r.success]
    to_offers = sorted(r.turns_to_offers for r in results if r.turns_to_offers is not None)
    median = to_offers[len(to_offers) // 2] if to_offers else None
    return {
        "personas": len(results),
        "succeeded": len(succeeded),
        "success_rate": len(succeeded) / len(results) if results else 0.0,
        "stuck": sum(1 for r in results if r.stuck),
        "median_turns_to_offers": median,
        "reached_offers": len(to_offers),
    }


def _close_enough(proposed: float | None, true: object) -> bool:
    """A proposal a person would accept: within half and double of the persona's own figure."""
    if proposed is None:
        return False
    return true is None or (isinstance(true, (int, float)) and 0.5 * true <= proposed <= 2 * true)


# The gemeente question: a question that needs the place is answered once it is given.
_STILL_ASKS_THE_PLACE = re.compile(r"\bin welke gemeente\b", re.IGNORECASE)

# A writer who never saw the knowledge base guesses a steunpunt's name ("Steunpunt Mantelzorg
# Amersfoort"); the steunpunt of that place named by its real name is what they meant.
_GUESSED_STEUNPUNT = re.compile(
    r"^(?:steunpunt mantelzorg|mantelzorgsteunpunt|steunpunt|mantelzorg) (?P<place>[a-z' -]+)$"
)


def _mentioned(words: str, text: str, steunpunt_names: Mapping[str, str]) -> bool:
    """The words, or for a guessed steunpunt name that steunpunt's real name, are in the text."""
    if words.lower() in text.lower():
        return True
    guessed = _GUESSED_STEUNPUNT.match(words.lower().strip())
    real = steunpunt_names.get(guessed["place"].strip()) if guessed else None
    return real is not None and real.lower() in text.lower()

"""The conversation: one function reads a caregiver's message in context and says what comes next.

`respond(state, turn, services)` is the whole dialogue. Rasa's part is to understand the words
(intent, entities), keep the state in the tracker and deliver the messages; one action
(actions/conversation.py) calls this function for every message.

Each message is read in this order:
1. Safety first. A clear crisis gets full help at once; a signal only the model hears, or veiled
   wording, gets a short check question that still shows the numbers (bot/safety/tiers.py).
2. A typed button title counts as the button.
3. What must always get through, whatever was asked: a person, erasure of my data, start over.
4. The answer to the question that was asked, read by that question (bot/conversation/questions).
5. Situation facts, from every message whatever its intent: a fact given once is never asked again.
6. A question, a greeting, thanks, pause or stop when the message was not an answer.
7. The guard: an answer that was not understood gets the question again with a short reason; the
   third time its choices and "Sla over"; after that the conversation moves on with the
   caregiver's own words. No question is asked more than twice the same way.
Then the agenda (`_next_step`) says what to ask or do next: intake, read-back, burden check, what
would help, offers, the steunpunt by name, the handoff.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Any

from bot.assessment import dialogue as check
from bot.assessment.needs import classify_needs, needs_asked_later, wished_needs
from bot.assessment.next_step import run_triage
from bot.assessment.scoring import score
from bot.conversation import texts
from bot.conversation.informal import to_informal
from bot.conversation.input import other_language_reply
from bot.conversation.insights import events_of_turn
from bot.conversation.listening import listen
from bot.conversation.ports import LiveOffer, LiveStatus, Services
from bot.conversation.questions import (
    HANDOFF_QUESTIONS,
    INTAKE_QUESTIONS,
    QUESTIONS,
    SKIP,
    Reading,
    intake_questions_open,
    u,
)
from bot.conversation.state import (
    CHECK_ACCEPTED,
    CHECK_DONE,
    HANDOFF_ACTIVE,
    HANDOFF_DECLINED,
    HANDOFF_DONE,
    HANDOFF_UNAVAILABLE,
    LIVE_CALLBACK,
    LIVE_CHOSEN,
    LIVE_REQUESTED,
    LIVE_UNAVAILABLE,
    OFFER_ACCEPTED,
    OFFER_ASKED,
    OFFER_DECLINED,
    UNKNOWN,
    YOUNG_HELPER_POINTED,
    ConversationState,
    Progress,
    known,
)
from bot.conversation.words import (
    SHORT_MESSAGE_WORDS,
    about_adding_hours,
    about_anonymity,
    about_answering_a_statement,
    about_callback_time,
    about_calling_times,
    about_cost_of_contact,
    about_cost_of_the_chat,
    about_finishing_later,
    about_how_many_left,
    about_logging_in,
    about_own_name,
    about_privacy,
    about_skipping,
    about_the_call,
    about_the_conversation,
    about_the_kind_of_test,
    about_the_score,
    about_travel_time,
    about_waiting,
    about_who_it_is_for,
    about_whose_check,
    asked_in_english,
    asked_language,
    asks_for_an_interpreter,
    asks_for_an_overview,
    asks_for_more,
    asks_for_the_check,
    asks_more_than_the_language,
    asks_what_is_meant,
    asks_why,
    asks_with_a_mark,
    control_of,
    declines_the_check,
    fold,
    is_gibberish,
    is_question,
    names_a_pause_or_stop,
    names_a_person,
    names_erasure,
    names_starting_over,
    names_the_assistant,
    names_the_check_or_the_burden,
    question_named,
    says_goodbye,
    starts_as_question,
    starts_over,
    tells_about_ones_life,
    term_asked,
    typed_button,
    wants_person,
    wants_to_stay_anonymous,
    wishes_a_break,
    wishes_something,
    yes_or_no,
)
from bot.handoff import dialogue as handoff
from bot.intake.dialogue import DECLINED, Turn, best_other_intent
from bot.intake.gemeente import MatchStatus, find_gemeente_mentions
from bot.intake.young_helpers import young_helper_at_home
from bot.live import texts as live_texts
from bot.messages import BotMessage, Button
from bot.safety.detector import detect_safety_signal
from bot.safety.reply import build_safety_reply, build_unclassified_crisis_reply
from bot.safety.tiers import Tier, safety_tier
from knowledge.answers import (
    asks_for_a_number_to_call,
    asks_for_steunpunt_contact,
    asks_whether_entitled,
)
from knowledge.details import asks_about_costs, asks_an_aspect, asks_when
from knowledge.glossary import find_term
from knowledge.helplines import all_helplines
from knowledge.offer import NeedCategory, Steunpunt
from knowledge.referrals import is_referral_question

# A message longer than this is a story, even when it holds an answer to the question asked.
ANSWER_MAX_WORDS = 20
# Messages remembered as "not about a crisis", so the same words do not bring the check back.
NOT_A_CRISIS_KEPT = 5
# An intake question put anew this often is left open ("weet ik niet") the next time: whatever
# went wrong, the conversation goes on.
TIMES_ASKED_AT_MOST = 3
# "how much cost?" just after the offers: a few words about costs are about the offer shown last.
MAX_WORDS_OF_A_BARE_COST_QUESTION = 4

# Said whatever was asked: the answer to any question cannot be one of these.
ALWAYS_THROUGH = frozenset({"request_human", "erase_data"})
QUESTION_INTENTS = frozenset(
    {"ask_definition", "ask_help", "ask_offer", "ask_why", "more_offers", "send_overview"}
)
SMALL_TALK = frozenset(
    {
        "greet",
        "goodbye",
        "thank",
        "ask_capabilities",
        "bot_challenge",
        "out_of_scope",
        "other_language",
    }
)
STRONG_CONFIDENCE = 0.5
# What the model must be at least, on its own, to end the conversation on a single word.
SURE_CONFIDENCE = 0.8
# Questions whose answers are contact details: no situation facts are read from them.
CONTACT_QUESTIONS = frozenset(
    {
        "contact_name",
        "contact_phone",
        "contact_preferred_time",
        "contact_correction",
        "contact_confirmed",
    }
)
# Where a yes or no is the answer, "request_human" means yes.
PERSON_QUESTIONS = frozenset({"steunpunt_offer", "crisis_offer", "live_choice", *HANDOFF_QUESTIONS})
ACTIONS = frozenset(
    {"report", "offers", "submit_handoff", "national_help", "live_unavailable", "start_live"}
)
# Facts about the care itself: telling one starts the intake (a gemeente or an age alone does not).
# Alike in shape only with the field lists of bot/handoff/document.py, which name other things.
CARE_FACTS = frozenset(
    {
        "relation",
        "conditions",
        "hours_per_week",
        "duration_months",
        "lives_with_care_recipient",
        "combines_with",
    }
)


def respond(
    state: ConversationState, turn: Turn, services: Services
) -> tuple[ConversationState, list[BotMessage]]:
    """The new state and what to say, for one message of the caregiver."""
    conversation = _Conversation(state.copy(), services)
    conversation.handle(turn)
    services.record(events_of_turn(state, conversation.state, turn, services))
    return conversation.state, conversation.messages


class _Conversation:
    def __init__(self, state: ConversationState, services: Services) -> None:
        self.state = state
        self.services = services
        self.messages: list[BotMessage] = []
        # True when a consultant answers this message (bot.live): the assistant says nothing.
        self.silent = False
        self._live_offer: tuple[LiveOffer | None] | None = None

    # --- output -------------------------------------------------------------------------------

    @property
    def progress(self) -> Progress:
        return self.state.progress

    def say(self, text: str, buttons: tuple[Button, ...] = ()) -> None:
        if not text:
            return
        if self.state.young_caregiver:
            text = to_informal(text)
            buttons = tuple(Button(to_informal(b.title), b.payload) for b in buttons)
        self.messages.append(BotMessage(text, tuple(buttons)))

    def u(self, formal: str, informal: str) -> str:
        return u(self.state, formal, informal)

    def _finish(self) -> None:
        self.progress.buttons = [[b.title, b.payload] for m in self.messages for b in m.buttons]

    # --- reading a message --------------------------------------------------------------------

    def handle(self, turn: Turn) -> None:
        try:
            self._handle(turn)
            self._support_for_a_young_helper()
            if not self.messages and not self.silent:
                # Every message gets an answer, also one that only added a fact at the end.
                self.say(texts.anything_else(self.state))
        finally:
            self._finish()

    def _handle(self, turn: Turn) -> None:
        # A conversation saved before `live_chat_asked` existed knows its chat by `live`.
        asked = self.progress.live_chat_asked or self.progress.live == LIVE_REQUESTED
        live = self.services.live_chat() if asked else None
        if live is not None and live.open:
            self._during_live_chat(turn)
            return
        if live is not None and self._after_live_chat(live, turn):
            return
        turn = typed_button(turn, self.progress.buttons)
        if not turn.is_payload and not re.search(r"[^\W\d_]", turn.text):
            # Only emoji, digits or signs: whatever intent the model guessed, it is a guess.
            turn = replace(turn, intent=None, confidence=0.0, intent_ranking=())
        if not turn.is_payload and self._safety_first(turn):
            return
        turn = turn.without_crisis_intent()
        if self.progress.asking == "safety_check":
            checked = self._after_safety_check(turn)
            if checked is None:
                return
            turn = checked
        if self.progress.asking == "crisis_offer" and self._after_crisis_offer(turn):
            return
        if self._answered_language_question(turn):
            return
        if self._always_through(turn):
            return
        asking = self.progress.asking
        reading = self._read_answer(turn, asking)
        changed = (
            [] if turn.is_payload or asking in CONTACT_QUESTIONS else self._listen(turn, asking)
        )
        if self.progress.paused and set(changed) & CARE_FACTS:
            self.progress.paused = False  # telling more of the story is going on
            if asking == "resume_offer":
                self.progress.asking = asking = None
        if changed and asking in ("summary", "summary_correction"):
            # "Nee, het is 15 uur": a correction, read back at once.
            self._acknowledge(changed)
            self._advance(again=True)
            return
        if reading is not None and not turn.is_payload and asks_why(turn.text):
            # "Waarom wilt u weten hoe lang al?" holds words of an answer, but asks why. "Hoe bedoel
            # je, uren? soms 2 soms 20" asks, then answers: the answer after the question counts.
            after = turn.text.rsplit("?", 1)[1].strip() if "?" in turn.text else ""
            reading = self._read_answer(replace(turn, text=after), asking) if after else None
            if reading is not None and (not reading.understood or _only_a_guess(reading)):
                reading = None
        if (
            _only_a_guess(reading)
            and self._asks_something(turn, asking)
            and (starts_as_question(turn.text) or self._answerable(turn))
        ):
            # "Kan zij ergens terecht voor een paar nachten?" asks for help: "een paar nachten"
            # is no answer to the hours to propose a figure for; nor is "op zaterdag" in "is er
            # ook opvang op zaterdag?" (a doubtful "een paar uur?" is still an answer).
            reading = None
        if reading is not None and reading.understood:
            self.progress.paused = False
            asked_back = self._apply(reading, asking)
            if (
                self._asks_something(turn, asking)
                and not asked_back
                and not asks_what_is_meant(turn.text)
            ):
                # "Kan ik ook zorgverlof krijgen als ze niet bij mij wonen?" answers and asks;
                # "wat bedoel je, hoeveel uur ik bij haar ben? een uur of 8" only checked the
                # question, and answered it.
                asked_back = self._answer_question(turn, turn.intent, None)
            if not asked_back:
                self._advance()
            return
        # "In Oosterhout, twintig minuten rijden": an answer that only needs one more word is not
        # a pause or small talk, whatever the model heard.
        if not _unclear(reading) and self._interjection(turn, asking):
            return
        if not changed and self._asks_something(turn, asking) and not _unclear(reading):
            # "Is het normaal dat ik soms boos op hem ben?" in the middle of the check is a question,
            # not a wrong answer: it gets the best answer there is (or an honest "weet ik niet"),
            # then the question again.
            if not self._answer_question(turn, None, asking):
                self._advance(again=True)
            return
        if asking and (not changed or _unclear(reading)):
            # "sinds haar beroerte" tells the condition, and still needs how long ago.
            self._misunderstood(turn, asking, reading)
            return
        if not asking and self._offers_for_new_needs(turn):
            return
        if changed:
            self._acknowledge(changed)
        elif not asking:
            self._not_understood_idle(turn)
            return
        self._advance(again=True)

    # --- 0. a consultant in the chat (bot.live) ----------------------------------------------

    def _during_live_chat(self, turn: Turn) -> None:
        """The consultant answers: the message goes to them and the assistant is silent. The
        crisis check still runs: a crisis is flagged to the consultant and the caregiver still
        gets the help lines."""
        tier, signal = safety_tier(turn.text, turn.crisis_probability)
        self.services.relay_to_consultant(turn.text, crisis=tier is not Tier.NONE)
        self.progress.live = LIVE_REQUESTED
        if tier is Tier.FULL and signal is not None:
            self.state.safety_urgency = "acuut"
            for message in build_safety_reply(signal).messages:
                self.say(message)
            return
        self.silent = True

    def _after_live_chat(self, live: LiveStatus, turn: Turn) -> bool:
        """The chat closed since the last message: the assistant takes over again. After a chat
        nobody took, the call-back button goes on with the aanmelding (the consent stands)."""
        if live.status == "expired" or live.ended_how == "aanmelding":
            # The call-back: the consent stands, the aanmelding asks for name and number.
            self.progress.live = LIVE_CALLBACK
            if turn.intent == "deny" and turn.is_payload:
                self.progress.handoff = None
                self._forget_handoff()
                self.progress.asking = None
                self.say(live_texts.after_no_callback())
                return True
            return False
        self.progress.live = None
        if self.progress.handoff == HANDOFF_ACTIVE:
            self.progress.handoff = None
            self._forget_handoff()
        if self.progress.asking in HANDOFF_QUESTIONS or self.progress.asking == "live_choice":
            self.progress.asking = None
            self.progress.context = {}
        return False

    def _live_offer_for_handoff(self) -> LiveOffer | None:
        """Asked once per turn: can the steunpunt of this handoff chat now?"""
        if self._live_offer is None:
            steunpunt = self.state.handoff_steunpunt
            usable = steunpunt and steunpunt != handoff.NO_STEUNPUNT
            self._live_offer = (self.services.live_offer(steunpunt) if usable else None,)
        return self._live_offer[0]

    def _start_live(self) -> bool:
        self.progress.live_chat_asked = True
        if self.services.request_live_chat(self.state.facts()):
            self.progress.live = LIVE_REQUESTED
            self.progress.asking = None
            self.say(live_texts.waiting_text())
            return True
        self.progress.live = LIVE_CALLBACK
        self.say(
            self.u(
                "Het lukt nu niet om u met een consulent te verbinden. Ik maak een aanmelding, "
                "dan belt het steunpunt u terug.",
                "Het lukt nu niet om je met een consulent te verbinden. Ik maak een aanmelding, "
                "dan belt het steunpunt je terug.",
            )
        )
        return False

    # --- 1. safety ----------------------------------------------------------------------------

    def _safety_first(self, turn: Turn) -> bool:
        tier, signal = safety_tier(turn.text, turn.crisis_probability)
        if tier is Tier.FULL:
            self._listen(turn, self.progress.asking)
            assert signal is not None  # FULL always comes with the signal it was given for
            self._say_safety_reply(build_safety_reply(signal))
            return True
        model_only = signal is None or not signal.is_crisis
        if (
            tier is Tier.CHECK
            and model_only
            and len(turn.text.split()) <= ANSWER_MAX_WORDS
            and self._answers_the_question(turn)
        ):
            # "Sinds oma overleed" answers "hoe lang al?", "Mijn rug wil niet meer" answers what
            # would help: only the model heard a crisis in it. The rules still read every answer.
            # A story that only happens to hold an answer ("vorige week heeft hij me ...") is more.
            return False
        if (
            tier is Tier.CHECK
            and model_only
            and _fingerprint(turn.text) in self.progress.not_a_crisis
        ):
            return False
        if tier is Tier.CHECK:
            before = {name: getattr(self.state, name) for name in sorted(CARE_FACTS)}
            before["intake_started"] = self.progress.intake_started
            self._listen(turn, self.progress.asking)
            self._ask_safety_check(turn, before)
            return True
        return False

    def _answers_the_question(self, turn: Turn) -> bool:
        reading = self._read_answer(turn, self.progress.asking)
        return bool(reading and reading.understood)

    def _say_safety_reply(self, reply: Any) -> None:
        for index, message in enumerate(reply.messages):
            last = index == len(reply.messages) - 1
            buttons = tuple(Button(b.title, b.payload) for b in reply.buttons) if last else ()
            self.say(message, buttons)
        self.state.safety_urgency = "acuut"
        self._set_asking("crisis_offer", {"resume": self.progress.asking})

    def _ask_safety_check(self, turn: Turn, before: dict[str, Any]) -> None:
        self.say(texts.safety_check(self.state), texts.SAFETY_CHECK_BUTTONS)
        original = {
            "text": turn.text,
            "intent": best_other_intent(turn.intent_ranking)[0],
            "entities": [dict(e) for e in turn.entities],
        }
        self._set_asking(
            "safety_check",
            {
                "original": original,
                "resume": self.progress.asking,
                "attempts": self.progress.attempts,
                "resume_context": self.progress.context,
                # "Nee" reads the message as if it came now: a story that starts the intake
                # starts it then, with its own welcome and its own next question.
                "before": before,
            },
        )

    def _after_safety_check(self, turn: Turn) -> Turn | None:
        """Yes gets full help; no reads the first message as an ordinary one; else go on."""
        context = self.progress.context
        agreed = yes_or_no(turn)
        self.progress.asking = context.get("resume")
        self.progress.attempts = int(context.get("attempts") or 0)
        self.progress.context = dict(context.get("resume_context") or {})
        if agreed is True:
            self._say_safety_reply(build_unclassified_crisis_reply())
            return None
        if agreed is False:
            self._restore(context.get("before") or {})
            original = context.get("original") or {}
            fingerprint = _fingerprint(str(original.get("text") or ""))
            self.progress.not_a_crisis = [
                *self.progress.not_a_crisis[-(NOT_A_CRISIS_KEPT - 1) :],
                fingerprint,
            ]
            self.say(
                self.u(
                    "Dank u dat u het zegt. Dan ga ik verder met wat u schreef.",
                    "Dank je dat je het zegt. Dan ga ik verder met wat je schreef.",
                )
            )
            return Turn(
                text=_without_the_worrying_sentences(str(original.get("text") or "")),
                intent=original.get("intent"),
                entities=tuple(original.get("entities") or ()),
                confidence=0.9,
            )
        return turn

    def _restore(self, before: dict[str, Any]) -> None:
        """The care facts and intake as they were before the message that raised the check."""
        for name, value in before.items():
            if name == "intake_started":
                self.progress.intake_started = bool(value)
            elif name in CARE_FACTS:
                setattr(self.state, name, value)

    def _after_crisis_offer(self, turn: Turn) -> bool:
        agreed = yes_or_no(turn)
        if turn.intent == "request_human":
            agreed = True
        context = self.progress.context
        self.progress.asking = None
        self.progress.context = {}
        if agreed is True:
            self._start_handoff()
            return True
        if agreed is False:
            self.say(texts.after_crisis_not_now(self.state))
            self.progress.paused = bool(self._something_to_resume() or context.get("resume"))
            return True
        return False

    def _answered_language_question(self, turn: Turn) -> bool:
        """ "Kan iemand met mij praten in het Engels?": said honestly, then a request for a person
        goes on as one; a question about the language alone is done."""
        language = None if turn.is_payload else asked_language(turn.text)
        interpreter = not turn.is_payload and asks_for_an_interpreter(turn.text)
        if language is None and interpreter:
            self.say(texts.interpreter_answer(self.state))
        elif language is None:
            return False
        elif interpreter:
            self.say(texts.translating_answer(self.state, language))
        else:
            self.say(texts.language_answer(self.state, language, asked_in_english(turn.text)))
        if (
            turn.intent == "request_human"
            or wants_person(turn)
            or asks_more_than_the_language(turn.text)
        ):
            return False
        self._advance(again=True)
        return True

    # --- 3. what always gets through ------------------------------------------------------------

    def _always_through(self, turn: Turn) -> bool:
        intent = turn.intent if (turn.is_payload or turn.confidence >= STRONG_CONFIDENCE) else None
        asking = self.progress.asking
        control = control_of(turn)
        question = QUESTIONS.get(asking or "")
        if question and question.hears_a_break_as_an_answer and wishes_a_break(turn.text):
            control = None
        if control and asking != "erase_confirm":
            self._pause(stop=control == "stop")
            return True
        if (
            intent == "erase_data"
            and asking != "erase_confirm"
            and (turn.is_payload or names_erasure(turn.text))
        ):
            self._listen(turn, asking)
            self._set_asking("erase_confirm", {"resume": asking})
            self._ask_current()
            return True
        if not turn.is_payload and is_question(turn.text) and wants_to_stay_anonymous(turn.text):
            # "Kan ik praten met iemand zonder mijn naam?": where that can, not an aanmelding.
            self._answer_question(turn, None, asking)
            self._advance(again=True)
            return True
        if self._about_the_question(turn) and not _asks_a_person_besides(turn):
            # "Mag ik een vraag overslaan?" holds the words of a skip, and "hoe lang duurt het voor
            # ze terugbellen?" those of a person: both ask first. "Mag ik dit ook als ik 15 ben?"
            # tells the age too.
            self._listen(turn, asking)
            self._answer_question(turn, None, asking)
            self._advance(again=True)
            return True
        if (
            not turn.is_payload
            and is_question(turn.text)
            and is_referral_question(turn.text)
            and not wants_person(turn)
            and not (asking and self._answers_the_question(turn))
        ):
            # "Kan mijn dochter er ook bij als iemand belt?", "kan het steunpunt mij mailen in
            # plaats van bellen?": how the contact goes, asked, not a request for it.
            self._answer_question(turn, None, asking)
            self._advance(again=True)
            return True
        asks_a_person = intent == "request_human" and (turn.is_payload or names_a_person(turn.text))
        if (
            (asks_a_person or wants_person(turn))
            and asking not in PERSON_QUESTIONS
            and not _asks_for_other_help(turn)
            # After the aanmelding, "iemand om mee te praten" answers what would help most: the
            # places to talk are among the offers for it.
            and not (self.state.handoff_reference and asking == "needs")
        ):
            self._listen(turn, asking)
            self._record_needs(turn, only_known=True)
            if asking == "needs":
                # "Praten met iemand die snapt hoe het is" answers the question too; without a
                # steunpunt to hand over to, asking it again would go round in circles.
                if not self.state.needs:
                    self.state.needs = [{"category": "emotionele_steun", "text": turn.text}]
                self.progress.needs_answered = True
                self.progress.need_focus = [need["category"] for need in self.state.needs]
            waiting = self.progress.context.get("then_answer") if asking == "gemeente" else None
            self.progress.question_waiting = waiting
            if when := _when_asked_beside(turn):
                # "Ik wil iemand spreken. Hoe lang duurt het voor er iemand belt?"
                self._say_when_the_steunpunt_calls(Turn(when, "ask_help", confidence=1.0))
                if not known(self.state.gemeente):
                    self.progress.question_waiting = when
            self._start_handoff()
            return True
        return False

    def _about_the_question(self, turn: Turn) -> bool:
        if turn.is_payload or not is_question(turn.text):
            return False
        return (
            about_skipping(turn.text)
            or about_travel_time(turn.text)
            or about_how_many_left(turn.text)
            or about_the_conversation(turn.text)
            or about_privacy(turn.text)
        )

    def _questions_left(self) -> int | None:
        """Burden statements still to answer, the open one included; None outside the check."""
        if self.progress.asking != "assessment_item":
            return None
        instrument = self.services.instrument()
        answered = len(self.state.assessment_answers or {})
        return max(len(instrument.items) - answered, 1)

    # --- 4. the answer ------------------------------------------------------------------------

    def _read_answer(self, turn: Turn, asking: str | None) -> Reading | None:
        question = QUESTIONS.get(asking or "")
        if question is None:
            return None
        return question.read(turn, self.state, self.services, self.progress.context)

    def _apply(self, reading: Reading, asking: str | None) -> bool:
        """Sets what the answer says; True when that already said what comes next."""
        for name, value in reading.facts.items():
            setattr(self.state, name, value)
        if self.state.age_group in ("<18", "18-24"):
            self.state.young_caregiver = True
        context_update = reading.progress.get("context")
        for name, value in reading.progress.items():
            if name != "context":
                setattr(self.progress, name, value)
        if reading.say:
            self.say(reading.say)
        if asking == "erase_confirm":
            self._after_erase_confirm(bool((context_update or {}).get("erase")))
            return True
        if asking == "start_over_confirm":
            self._after_start_over_confirm(bool((context_update or {}).get("start_over")))
            return True
        if reading.follow_up:
            name, context = reading.follow_up
            self._set_asking(name, context)
            self._ask_current()
            return True
        then_answer = self.progress.context.get("then_answer") if asking == "gemeente" else None
        if asking == "handoff_steunpunt" and self.progress.question_waiting:
            then_answer, self.progress.question_waiting = self.progress.question_waiting, None
        if asking and self.progress.asking == asking:
            self.progress.asking = None
            self.progress.attempts = 0
            self.progress.context = {}
        if then_answer:
            self._answer_question(Turn(then_answer, "ask_help", confidence=1.0), "ask_help", None)
        if asking == "steunpunt_offer":
            self._after_steunpunt_offer()
        return False

    # --- 5. listening ---------------------------------------------------------------------------

    def _listen(self, turn: Turn, asking: str | None) -> list[str]:
        if turn.is_payload or asking in CONTACT_QUESTIONS:
            return []
        overwrite = asking in ("summary", "summary_correction")
        changed = listen(
            self.state,
            turn.text,
            self.services.today,
            overwrite=overwrite,
            replace_known=asking is None or overwrite,
        )
        if set(changed) & CARE_FACTS and self.progress.handoff != HANDOFF_ACTIVE:
            self.progress.intake_started = True
        if asking != "needs":
            self._record_wished_needs(turn)
        if self.progress.young_helper is None:
            self.progress.young_helper = young_helper_at_home(turn.text)
        return changed

    def _record_wished_needs(self, turn: Turn) -> None:
        """A wish told in the story is kept for the offers: "ik wil graag af en toe even vrij"."""
        known = list(self.state.needs or [])
        categories = {need["category"] for need in known}
        wished = [
            {"category": need.category, "text": need.text}
            for need in wished_needs(turn.text)
            if need.category not in categories
        ]
        if wished:
            self.state.needs = known + wished

    def _acknowledge(self, changed: list[str]) -> None:
        if self.progress.asking in ("summary", "summary_correction"):
            self.say("Dat heb ik aangepast.")
            self._set_asking("summary", {})
            return
        if self.progress.asking is None and not self.progress.summary_confirmed:
            self.say(texts.thanks_for_the_story(self.state))
        else:
            self.say("Dat heb ik genoteerd.")
        if self.progress.offers_shown and {
            "gemeente",
            "care_recipient_gemeente",
            "age_group",
        } & set(changed):
            self._more_offers(intro_only_new=True)

    # --- 6. not an answer: a question, small talk, pause, stop ---------------------------------

    def _interjection(self, turn: Turn, asking: str | None) -> bool:
        intent = turn.intent if (turn.is_payload or turn.confidence >= 0.4) else None
        if _is_noise(turn):
            intent = None
        if intent == "more_offers" and not turn.is_payload and not asks_for_more(turn.text):
            intent = None
        heard_start_over = (
            intent == "start_over"
            and turn.confidence >= 0.8
            and (turn.is_payload or names_starting_over(turn.text))
        )
        if heard_start_over or starts_over(turn):
            # Confirmed first: a word misheard as "opnieuw beginnen" must not wipe the conversation.
            self._set_asking("start_over_confirm", {"resume": asking})
            self._ask_current()
            return True
        # "wat doet zo'n steunpunt eigenlijk?" is a question, though the model heard a pause.
        asks_instead = is_question(turn.text) and not names_a_pause_or_stop(turn.text)
        # One word is where the model guesses most: "vrouw", the answer to "Voor wie zorgt u?",
        # was heard as stop. A lone word stops only when it names stopping or the model is sure.
        lone_guess = (
            len(turn.text.split()) == 1
            and turn.confidence < SURE_CONFIDENCE
            and not names_a_pause_or_stop(turn.text)
        )
        if intent in ("stop", "pause") and (turn.is_payload or not (asks_instead or lone_guess)):
            self._pause(stop=intent == "stop")
            return True
        if intent == "resume" and not (is_question(turn.text) and self._answerable(turn)):
            # "Sorry, ik moet huilen bij deze vragen. Is dat gek?" is no wish to go on.
            self._resume()
            return True
        if (
            intent == "start_assessment"
            and (not self.progress.check_reported or asks_for_the_check(turn))
            and (
                turn.is_payload
                or not is_question(turn.text)
                or names_the_check_or_the_burden(turn.text)
            )
            and (turn.is_payload or not declines_the_check(turn.text))
        ):
            self._start_check()
            return True
        if (intent == "express_burden" or _tells_a_feeling(turn.text)) and not (
            self._asks_something(turn, asking) and self._answerable(turn)
        ):
            # "Ik voel me zo schuldig. Is dat raar?" asks, and is answered below.
            self._express_burden(turn)
            return True
        # "Ben jij een echt mens?" is about the assistant: the knowledge base has no better answer.
        about_the_assistant = (
            intent in ("bot_challenge", "ask_capabilities")
            and not (about_privacy(turn.text) or about_skipping(turn.text))
            # "krijg ik hier iets voor? een compliment of geld?" is not about what it talks to.
            and (intent != "bot_challenge" or names_the_assistant(turn.text))
            # "kan ik ook om flexibele werktijden vragen?" asks about work, not about the assistant,
            # and so does "kan ik vrij van werk voor mijn vader? hoe werkt dit".
            and (
                intent != "ask_capabilities"
                or not (_names_its_own_subject(turn.text) or _names_a_kind_of_help(turn))
            )
        )
        # "Wat ik nog niet vertelde: mijn vrouw is vorig jaar overleden." tells; the model may hear
        # a question in it, but there is nothing to look up.
        told = (
            not turn.is_payload
            and tells_about_ones_life(turn.text)
            and not wished_needs(turn.text)
            and not wishes_something(turn.text)
        )
        asked = intent in QUESTION_INTENTS and not told
        if asked or (not about_the_assistant and self._answerable(turn)):
            if not self._answer_question(turn, intent, asking):
                idle = not asking and not self.progress.intake_started and not self.progress.paused
                if idle and not self.progress.offers_shown:
                    # A question before any story ("Ik wil weten of ik ergens recht op heb"):
                    # answered, then the way to more that fits.
                    self.say(texts.invite_story(self.state))
                self._advance(again=True)
            return True
        # "van morgen tot avond" to the hours question only sounds like "tot morgen": in the middle
        # of a question, a goodbye needs words of leaving, or it is an answer not understood.
        sounds_like_goodbye = (
            intent == "goodbye"
            # A longer story is a goodbye only when it opens or closes with one (says_goodbye).
            and (asking or is_question(turn.text) or len(turn.text.split()) > SHORT_MESSAGE_WORDS)
            and not says_goodbye(turn.text)
        )
        # "ze is trouwens heel koppig, ze wil niks veranderen aan haar huis" is the story, not a
        # request the assistant is not for.
        story_out_of_scope = intent == "out_of_scope" and told
        if intent in SMALL_TALK and not (sounds_like_goodbye or story_out_of_scope):
            self._small_talk(turn, intent)
            return True
        if intent == "tell_situation" and not self.progress.intake_started and not asking:
            self.progress.intake_started = True
            self._advance()
            return True
        if (
            intent in ("affirm", "tell_situation")
            and not asking
            and not self.progress.intake_started
        ):
            self.progress.intake_started = True
            self._advance()
            return True
        return False

    def _asks_something(self, turn: Turn, asking: str | None) -> bool:
        """A real question besides the answer: a sentence that starts as one, or a question mark.

        Not for "wat zou u het meest helpen?": its answer is a wish for help, and the offers that
        follow are the answer to it.
        """
        if turn.is_payload or asking == "needs":
            return False
        return asks_with_a_mark(turn.text) or starts_as_question(turn.text)

    def _answerable(self, turn: Turn) -> bool:
        """A question by its form that the knowledge base has an answer to."""
        if turn.is_payload or not is_question(turn.text):
            return False
        if self._about_the_question(turn):
            return True  # answered by the assistant itself, not by the knowledge base
        if not self.progress.asking and self._offer_meant(turn, None) is not None:
            return True  # "kan het ook in het weekend?" after the offers: about the last one
        return (
            self.services.answer_question(turn.text, self.state.facts(), _named_needs(turn))
            is not None
        )

    def _answer_question(self, turn: Turn, intent: str | None, asking: str | None) -> bool:
        """Answers the question; True when the answer itself asked something (the gemeente)."""
        if about_privacy(turn.text) and not asks_for_a_number_to_call(fold(turn.text)):
            # "is er een nummer dat ik zelf kan bellen? ik geef liever niet mijn gegevens" asks
            # for the number; the privacy words are why.
            self.say(texts.privacy_answer(self.state, self.services.privacy_url()))
            return False
        if about_skipping(turn.text) and not asks_why(turn.text):
            # "Waarom moet ik dit allemaal invullen?" asks what it is for, not whether it may wait.
            self.say(texts.skipping_answer(self.state))
            return False
        if about_how_many_left(turn.text):
            self.say(texts.how_many_left_answer(self.state, self._questions_left()))
            return False
        if about_travel_time(turn.text):
            self.say(texts.travel_time_answer(self.state))
            return False
        if asking == "assessment_item" and (
            meaning := check.explanation_asked(
                self.services.instrument(), self.state.assessment_answers or {}, turn.text
            )
        ):
            self.say(meaning)
            return False
        if self._answered_about_the_conversation(turn):
            return False
        if (intent == "ask_why" and turn.is_payload) or asks_why(turn.text):
            named = question_named(turn.text)
            self.say(texts.why_we_ask(named or asking, self.state, self.services))
            if turn.is_payload or not asks_for_steunpunt_contact(fold(turn.text)):
                return False
            # "waarom al die vragen, ik wil alleen een nummer": the number too.
        if intent == "more_offers" and not _names_a_kind_of_help(turn):
            self._more_offers()
            return False
        if intent == "send_overview" and (turn.is_payload or asks_for_an_overview(turn.text)):
            shown = [offer["id"] for offer in self.state.offers_suggested or []]
            self.say(
                texts.overview(self.state, self.services.overview_url(shown))
                if shown
                else texts.NO_OVERVIEW
            )
            return False
        offer_id = turn.entity("offer") or self._offer_meant(turn, intent)
        about_an_offer = intent == "ask_offer" and not _names_its_own_subject(turn.text)
        if about_waiting(turn.text):
            # No offer in the knowledge base has its waiting time; said before what it does have.
            self.say(texts.waiting_unknown(self.state))
        if offer_id or about_an_offer:
            self.progress.last_offer = offer_id or self.progress.last_offer
            self._say_where_nothing_is_known(turn)
            self.say(
                self.services.describe_offer(turn.text, offer_id, self.state.facts()),
                texts.next_buttons(self.state),
            )
            return False
        if intent == "ask_help":
            self._record_needs(turn, only_known=True)
        facts = self.state.facts()
        if asks_for_steunpunt_contact(fold(turn.text)) and (
            named := _one_gemeente_named(turn.text)
        ):
            # "Heeft het steunpunt in Amersfoort ook een telefoonnummer?" asks about that one.
            facts["gemeente"] = named
        answer = self.services.answer_question(turn.text, facts, _named_needs(turn))
        if answer is None:
            if intent == "ask_help" and not self.progress.intake_started and not asking:
                # "Welke hulp is er?": the intake is how we find out.
                self.say(texts.lets_look_together(self.state))
                self.progress.intake_started = True
                return False
            place = self._place_without_local_data(turn.text)
            self.say(
                texts.no_local_data(self.state, place)
                if place
                else texts.no_answer(self.state, term_asked(turn.text))
            )
            return False
        self._say_where_nothing_is_known(turn)
        self.say(answer.text, answer.buttons)
        self._remember_shown(list(answer.offers))
        if answer.needs_gemeente:
            # Asked now; the question is answered again once the gemeente is known.
            self._set_asking("gemeente", {"then_answer": turn.text, "resume": asking})
            self._ask_current()
            return True
        return False

    def _answered_about_the_conversation(self, turn: Turn) -> bool:
        """Questions about this conversation and what follows it, answered by the assistant."""
        if about_anonymity(turn.text):
            self.say(texts.anonymity_answer(self.state))
        elif about_logging_in(turn.text):
            self.say(texts.logging_in_answer(self.state))
        elif about_own_name(turn.text):
            self.say(texts.own_name_answer(self.state))
        elif about_calling_times(turn.text) or about_callback_time(turn.text):
            self._say_when_the_steunpunt_calls(turn)
        elif about_the_kind_of_test(turn.text):
            instrument = self.services.instrument()
            self.say(
                texts.kind_of_test_answer(self.state, len(instrument.items), instrument.threshold)
            )
        elif about_whose_check(turn.text):
            self.say(texts.whose_check_answer(self.state))
        elif about_the_score(turn.text):
            instrument = self.services.instrument()
            self.say(texts.score_answer(self.state, len(instrument.items), instrument.threshold))
        elif about_finishing_later(turn.text):
            self.say(texts.finishing_later_answer(self.state))
        elif about_answering_a_statement(turn.text):
            self.say(texts.answering_a_statement_answer(self.state))
        elif about_adding_hours(turn.text):
            self.say(texts.adding_hours_answer(self.state))
        elif about_who_it_is_for(turn.text):
            young = find_term("jonge mantelzorger")
            self.say(texts.who_it_is_for_answer(young.text if young else None))
        elif about_cost_of_contact(turn.text):
            self.say(texts.cost_of_contact_answer(self.state))
        elif about_cost_of_the_chat(turn.text, offers_shown=bool(self.state.offers_suggested)):
            self.say(texts.cost_of_the_chat_answer(self.state))
        elif about_the_call(turn.text):
            self.say(texts.the_call_answer(self.state))
        else:
            return False
        return True

    def _say_when_the_steunpunt_calls(self, turn: Turn) -> None:
        """When it calls back, or when it can be called: of the steunpunt of the aanmelding, else
        of the caregiver's gemeente, answered once that gemeente is asked for."""
        gemeente, asking = self.state.gemeente, self.progress.asking
        steunpunt = self._steunpunt_meant()
        if (
            steunpunt is None
            and not known(gemeente)
            and asking in ("gemeente", "handoff_steunpunt")
        ):
            if asking == "gemeente":
                self.progress.context.setdefault("then_answer", turn.text)
            else:
                self.progress.question_waiting = turn.text
            self.say(texts.answered_once_gemeente_known(self.state))
        elif about_calling_times(turn.text):
            self.say(texts.calling_times_answer(self.state, steunpunt, known(gemeente)))
        else:
            reference = self.state.handoff_reference
            self.say(texts.callback_time_answer(self.state, steunpunt, known(gemeente), reference))

    def _steunpunt_meant(self) -> Steunpunt | None:
        """The steunpunt of the aanmelding, else the one of the caregiver's gemeente."""
        if self.state.handoff_steunpunt:
            return self.services.steunpunt(self.state.handoff_steunpunt)
        gemeente = self.state.gemeente
        return self.services.steunpunt_for(gemeente) if known(gemeente) else None

    def _say_where_nothing_is_known(self, turn: Turn) -> None:
        """ "Hoe laat is het inloopspreekuur in Deventer?": first what is not known there."""
        place = None if turn.entity("offer") else self._place_without_local_data(turn.text)
        if place:
            self.say(texts.no_local_data(self.state, place))

    def _place_without_local_data(self, text: str) -> str | None:
        """ "Is er ook zo'n groep op Texel zelf?": a gemeente named where we know no local help."""
        for mention in find_gemeente_mentions(text).mentions:
            gemeente = mention.match.gemeente
            if gemeente is not None and self.services.steunpunt_for(gemeente.code) is None:
                return gemeente.name
        return None

    def _offer_meant(self, turn: Turn, intent: str | None) -> str | None:
        """ "Kost dat geld?" just after an offer was shown: the question is about that offer."""
        if turn.is_payload or not self.progress.last_offer:
            return None
        if re.search(r"\?.*\w", turn.text):
            # "is er taxi voor dialyse? wie betaalt dat?": "dat" is the first question's topic.
            return None
        folded = fold(turn.text)
        # "bestaan er vrijwilligers die bij haar kunnen waken?", "is er een lijn die ik kan
        # bellen?": "die" starts a relative clause.
        unrelated = re.sub(r"\b(?:iemand|mensen|\w+ers|\w+sters|(?:een|de) \w+) die\b", "", folded)
        refers = re.search(r"\b(?:dat|dit|die|deze|het|daar|daarvoor|ervoor|erheen)\b", unrelated)
        named = self.services.offers_named(turn.text)
        term = find_term(turn.text)
        unnamed = not named and term is None
        if refers and unnamed and asks_when(turn.text):
            # "kan het ook in het weekend, doordeweeks heb ik school tot 4": about the offer, and
            # school is only when.
            return self.progress.last_offer
        if _names_its_own_subject(turn.text) or term is not None:
            # "pgb wat is dat": the term is the subject.
            return None
        if named and self.progress.last_offer not in named:
            # "wat is het telefoonnummer van de mantelzorglijn?", "is dat mantelzorgcafé in Zwolle
            # of in Kampen?": the offer it names, best one of those shown.
            shown = {str(offer.get("id")) for offer in self.state.offers_suggested or []}
            meant = [offer_id for offer_id in named if offer_id in shown] or list(named)
            return meant[0] if len(meant) == 1 else None
        if refers and unnamed and asks_an_aspect(turn.text):
            # "Is daarvoor een verwijzing van de huisarts nodig?", however long the question.
            return self.progress.last_offer
        short = len(folded.split()) <= 8
        # "en krijg ik dan nog gewoon betaald?" just after the offers: about them, said without
        # "dat"; "wie betaalt zo een woonplek?" names its own subject and is not about them.
        about_costs = asks_about_costs(turn.text) and bool(
            re.search(r"\b(?:ik|we|wij|u|je|jij|mij|me|ons)\b", folded)
            or len(folded.split()) <= MAX_WORDS_OF_A_BARE_COST_QUESTION
        )
        # "en hoeveel dagen krijg je dan": how much of the offer just shown.
        how_much = re.search(_HOW_MUCH_OF_IT, folded)
        return self.progress.last_offer if (refers or about_costs or how_much) and short else None

    def _record_needs(self, turn: Turn, only_known: bool) -> None:
        found = [
            {"category": need.category, "text": need.text}
            for need in classify_needs(turn.text)
            if not only_known or need.category != "anders"
        ]
        if not found:
            return
        known_needs = list(self.state.needs or [])
        categories = {need["category"] for need in known_needs}
        self.state.needs = known_needs + [n for n in found if n["category"] not in categories]

    def _small_talk(self, turn: Turn, intent: str | None) -> None:
        busy = bool(self.progress.asking) or self._something_to_resume()
        if intent == "greet":
            self.say(
                texts.welcome_back(self.state)
                if busy or self.progress.intake_started
                else texts.greeting(self.state)
            )
        elif intent == "goodbye":
            self.say(texts.goodbye(self.state))
            return
        elif intent == "thank" and says_goodbye(turn.text):
            # "dank je wel, doei" in the middle of a question: they are leaving, not answering.
            self.say(f"{texts.you_are_welcome(self.state, busy=True)} {texts.goodbye(self.state)}")
            return
        elif intent == "thank":
            self.say(texts.you_are_welcome(self.state, busy))
            if not busy:
                return
        elif intent == "ask_capabilities":
            self.say(texts.capabilities(self.state), texts.PERSON_BUTTON)
        elif intent == "bot_challenge":
            self.say(texts.bot_challenge(self.state))
        elif intent == "out_of_scope":
            self.say(texts.out_of_scope(self.state), texts.OUT_OF_SCOPE_BUTTONS)
        elif intent == "other_language":
            self.say(other_language_reply(all_helplines()))
            return
        self._advance(again=True)

    def _express_burden(self, turn: Turn) -> None:
        feeling = find_term(turn.text)
        if feeling is not None and feeling.feeling:
            # "Ik voel me zo schuldig dat ik haar daar heb laten wonen": the feeling named.
            self.say(feeling.text)
        else:
            self.say(texts.acknowledge_burden(self.state))
        overloaded = _overload_signal(turn.text)
        if overloaded and self.state.safety_urgency != "acuut":
            self.state.safety_urgency = "hoog"
        if not self.progress.intake_started and self.progress.handoff is None:
            self.progress.intake_started = True
        if overloaded and self.progress.steunpunt_offer is None and self.progress.handoff is None:
            self._set_asking("steunpunt_offer", {})
            self.progress.steunpunt_offer = OFFER_ASKED
            self._ask_current()
            return
        self._advance(again=True)

    def _pause(self, stop: bool) -> None:
        if self.progress.handoff == HANDOFF_ACTIVE:
            self.state.handoff_consent = handoff.REFUSED
            self.progress.handoff = HANDOFF_DECLINED
            self.progress.asking = None
            self.say(handoff.refused_text(self.services.steunpunt(self.state.handoff_steunpunt)))
            self._forget_handoff()
            return
        if self.progress.asking or self._something_to_resume():
            self.progress.paused = True
            self.say(texts.stopped(self.state) if stop else texts.paused(self.state))
            return
        self.say(texts.stop_no_form(self.state) if stop else texts.pause_no_form(self.state))

    def _resume(self) -> None:
        if self.progress.asking or self._something_to_resume():
            self.progress.paused = False
            self.say(
                self.u(
                    "Fijn dat u er weer bent. We gaan verder waar we waren.",
                    "Fijn dat je er weer bent. We gaan verder waar we waren.",
                )
            )
            self._advance(again=True)
            return
        self.say(texts.nothing_to_resume(self.state))

    def _tells_about_the_care(self, turn: Turn) -> bool:
        """The message tells facts about the care, whether or not they are new."""
        if turn.is_payload:
            return False
        found = listen(ConversationState(), turn.text, self.services.today)
        return bool(set(found) & CARE_FACTS)

    def _not_understood_idle(self, turn: Turn) -> None:
        misses = int(self.progress.context.get("idle_misses") or 0) + 1
        self.progress.context = {**self.progress.context, "idle_misses": misses}
        intent = None if _is_noise(turn) else turn.intent
        if intent == "decline" and not self.progress.intake_started and not self.state.relation:
            # "Zeg ik liever niet" to "voor wie zorgt u?": that is fine, and the rest of the
            # questions can still find help; asking it again would go round in circles.
            self.state.relation = DECLINED
            self.say(texts.who_is_private(self.state))
            self.progress.intake_started = True
            self._advance()
            return
        if intent in ("affirm", "deny", "dont_know", "decline"):
            self.say(texts.how_can_i_help(self.state))
            return
        if self._tells_about_the_care(turn) or tells_about_ones_life(turn.text):
            # "ik zorg voor mijn kleinzoon, hij heeft epilepsie" after the offers: heard before.
            # "ik heb ook nog een broertje van 14 die bij haar woont, daar maak ik me zorgen om":
            # a sentence about one's life is heard, not asked to be said again.
            self.say(texts.story_heard(self.state))
            if self.progress.intake_started and not self.progress.summary_confirmed:
                # The intake is not done: its next question, not "waar kan ik u mee helpen?".
                self._advance()
            else:
                self.say(texts.how_can_i_help(self.state))
            return
        if misses >= 2:
            self.say(texts.default_fallback(self.state), texts.DEFAULT_BUTTONS)
            self.progress.context = {}
            return
        self.say(texts.rephrase(self.state))

    # --- 7. the guard ----------------------------------------------------------------------------

    def _misunderstood(self, turn: Turn, asking: str, reading: Reading | None) -> None:
        question = QUESTIONS[asking]
        if self.progress.attempts >= 2:
            # The third time: whatever the answer, it is taken as the caregiver's words.
            given_up = question.give_up(turn.text, self.state, self.services)
            self.progress.attempts = 0
            if not given_up.say and question.free_answer_allowed:
                self.say(texts.moving_on(self.state))
            if not self._apply(given_up, asking):
                self._advance()
            return
        short_retry = question.short_retry if reading is not None and reading.unclear else None
        if short_retry is not None and asking in self.progress.unclear_said:
            # "Gaat wel" again on a later statement: the reason was said; the choice at once.
            self.progress.attempts = 2
            message = question.ask(self.state, self.services, self.progress.context)
            self.say(short_retry(self.state))
            self.say(message.text, (*message.buttons, SKIP))
            return
        if short_retry is not None:
            self.progress.unclear_said = [*self.progress.unclear_said, asking]
        self.progress.attempts += 1
        reason = reading.unclear if reading and reading.unclear else question.retry(self.state)
        if self.progress.attempts == 1:
            message = question.ask(self.state, self.services, self.progress.context)
            self.say(reason)
            self.say(
                message.text, reading.buttons if reading and reading.buttons else message.buttons
            )
            return
        message = question.ask(self.state, self.services, self.progress.context)
        if reading and reading.unclear:
            self.say(reading.unclear)
        choices = tuple(
            b for b in message.buttons if b.title != SKIP.title and b.payload != "/decline"
        )
        invitation = texts.choose_or_own_words(
            self.state, bool(choices), question.free_answer_allowed
        )
        self.say(f"{invitation}\n{message.text}", (*choices, SKIP))

    # --- the agenda --------------------------------------------------------------------------------

    def _something_to_resume(self) -> bool:
        return self._next_step(ignore_pause=True) is not None

    def _next_step(self, ignore_pause: bool = False) -> str | None:
        p, s = self.progress, self.state
        if p.paused and not ignore_pause:
            return None
        if p.handoff == HANDOFF_ACTIVE:
            open_questions = handoff.questions_to_ask(s.facts())
            if p.live is None and open_questions and "handoff_steunpunt" not in open_questions:
                offer = self._live_offer_for_handoff()
                if offer is not None:
                    return "live_choice" if offer.possible else "live_unavailable"
            if p.live == LIVE_CHOSEN and open_questions:
                consent_open = "handoff_consent" in open_questions
                return "handoff_consent" if consent_open else "start_live"
            if p.live == LIVE_REQUESTED:
                return None
            return open_questions[0] if open_questions else "submit_handoff"
        instrument = self.services.instrument()
        answers = s.assessment_answers or {}
        if p.check == CHECK_ACCEPTED and check.next_item(instrument, answers) is not None:
            return "assessment_item"
        if p.check == CHECK_ACCEPTED and not p.check_reported:
            return "report"
        if p.intake_started and (open_questions := intake_questions_open(s)):
            return open_questions[0]
        if p.intake_started and not p.summary_confirmed:
            return "summary"
        if p.summary_confirmed and p.check is None:
            return "check_offer"
        ready_for_needs = p.check in (CHECK_DONE, "declined") or (
            p.check == CHECK_ACCEPTED and p.check_reported
        )
        if ready_for_needs and not p.needs_answered:
            return "needs"
        if p.needs_answered and not p.offers_shown and (p.intake_started or p.check):
            if s.gemeente is None:
                return "gemeente"
            return "offers"
        if (
            p.offers_shown
            and p.steunpunt_offer is None
            and p.handoff is None
            and self._triage_offers()
        ):
            return "steunpunt_offer" if self._steunpunt_or_unknown() else "national_help"
        return None

    def _triage_offers(self) -> bool:
        outcome = self.state.triage_outcome or {}
        return bool(outcome.get("offer_handoff"))

    def _steunpunt_or_unknown(self) -> bool:
        gemeente = self.state.gemeente
        return not known(gemeente) or self.services.steunpunt_for(gemeente) is not None

    def _advance(self, again: bool = False) -> None:
        """Ask what comes next; `again`: after something else was said, the open question again."""
        asking = self.progress.asking
        waiting = not self.progress.paused or asking == "resume_offer"
        if again and asking and waiting and self._still_open(asking):
            if asking not in ("summary", "summary_correction"):
                self.say(texts.back_to_question(self.state))
            self._ask_current()
            return
        for _ in range(12):
            step = self._next_step()
            if step is None:
                if not self.progress.paused:
                    self.progress.asking = None
                return
            if step in ACTIONS:
                if self._run(step):
                    return
                continue
            if step != self.progress.asking:
                if self._asked_too_often(step):
                    continue
                self._set_asking(step, {})
            self._ask_current()
            if step == "steunpunt_offer":
                self.progress.steunpunt_offer = OFFER_ASKED
            return

    def _still_open(self, asking: str) -> bool:
        """Whether the question asked before still needs its answer."""
        s, p = self.state, self.progress
        if asking in ("hours_proposal", "duration_proposal"):
            return (
                getattr(s, "hours_per_week" if asking == "hours_proposal" else "duration_months")
                is None
            )
        if asking in ("summary", "summary_correction"):
            return not p.summary_confirmed
        if asking == "check_offer":
            return p.check is None
        if asking == "assessment_item":
            return (
                p.check == CHECK_ACCEPTED
                and check.next_item(self.services.instrument(), s.assessment_answers or {})
                is not None
            )
        if asking == "steunpunt_offer":
            return p.steunpunt_offer == OFFER_ASKED
        if asking in HANDOFF_QUESTIONS:
            return p.handoff == HANDOFF_ACTIVE and asking in handoff.questions_to_ask(s.facts())
        if asking == "live_choice":
            return p.handoff == HANDOFF_ACTIVE and p.live is None
        if asking in (
            "erase_confirm", "start_over_confirm", "crisis_offer", "safety_check",
            "contact_correction", "resume_offer",
        ):  # fmt: skip
            return True
        return hasattr(s, asking) and getattr(s, asking) is None

    def _asked_too_often(self, step: str) -> bool:
        """True, with the fact left unknown, when an intake question would be put anew once too
        often (two questions that keep handing the turn to each other)."""
        if step not in INTAKE_QUESTIONS or step == "relation":
            return False
        if self.progress.times_asked.get(step, 0) < TIMES_ASKED_AT_MOST:
            return False
        setattr(self.state, step, UNKNOWN)
        return True

    def _set_asking(self, name: str, context: dict[str, Any]) -> None:
        self.progress.times_asked = {
            **self.progress.times_asked,
            name: self.progress.times_asked.get(name, 0) + 1,
        }
        self.progress.asking = name
        self.progress.attempts = 0
        self.progress.context = dict(context)

    def _ask_current(self) -> None:
        question = QUESTIONS[self.progress.asking or ""]
        message = question.ask(self.state, self.services, self.progress.context)
        self.say(message.text, message.buttons)

    def _run(self, step: str) -> bool:
        """Does what the agenda says; True when that ended with a question to the caregiver."""
        if step == "report":
            self._report()
        elif step == "offers":
            self._offers()
        elif step == "submit_handoff":
            return self._submit_handoff()
        elif step == "start_live":
            return self._start_live()
        elif step == "live_unavailable":
            offer = self._live_offer_for_handoff()
            steunpunt = self.services.steunpunt(self.state.handoff_steunpunt)
            if offer is not None and steunpunt is not None:
                self.say(live_texts.not_available(steunpunt.name, offer.hours, offer.open_now))
            self.progress.live = LIVE_UNAVAILABLE
        elif step == "national_help":
            self.say(self.services.national_help(self.state.gemeente))
            self.progress.steunpunt_offer = OFFER_DECLINED
        return False

    # --- actions -------------------------------------------------------------------------------------

    def _start_check(self) -> None:
        instrument = self.services.instrument()
        answers = self.state.assessment_answers or {}
        if self.progress.check_reported or check.next_item(instrument, answers) is None:
            self.state.assessment_answers = {}
            self.progress.check_reported = False
            self.say(
                self.u(
                    "Goed, we doen de vragen opnieuw. U kunt altijd 'stop' zeggen.",
                    "Goed, we doen de vragen opnieuw. Je kunt altijd 'stop' zeggen.",
                )
            )
        elif answers:
            self.say("Goed, we gaan verder waar we waren.")
        else:
            self.say(
                self.u(
                    "Goed, dan doen we de vragen nu. U kunt altijd 'stop' zeggen als u wilt stoppen.",
                    "Goed, dan doen we de vragen nu. Je kunt altijd 'stop' zeggen als je wilt stoppen.",
                )
            )
        self.progress.check = CHECK_ACCEPTED
        self.progress.paused = False
        self._advance()

    def _report(self) -> None:
        result = score(self.services.instrument(), self.state.assessment_answers or {})
        self.say(result.result_text)
        self.state.assessment_result = result.to_handoff()
        self.progress.check_reported = True
        self.progress.check = CHECK_DONE

    def _offers(self) -> None:
        self.state.triage_outcome = run_triage(self.state.facts())
        advice = self.services.offers(self._search_facts())
        self.progress.offers_shown = True
        self._show(advice, person_button=not self._triage_offers())
        if self._triage_offers() and self.progress.steunpunt_offer == OFFER_DECLINED:
            # Said no before the check showed how heavy it is.
            steunpunt = self.services.steunpunt_for(self.state.gemeente)
            if steunpunt is not None and self.progress.steunpunt_declined_unnamed:
                # The no was to "het steunpunt", unnamed: the named offer is asked once more.
                self.progress.steunpunt_declined_unnamed = False
                self.progress.steunpunt_offer = None
                self.say(texts.offer_again_after_the_check(self.state))
                return
            later = handoff.later_contact_text(steunpunt)
            if later:
                self.say(later)

    def _search_facts(self) -> dict[str, Any]:
        """The facts, with the needs of "wat zou u het meest helpen?" as what the search is for."""
        facts = self.state.facts()
        focus = self.progress.need_focus
        if focus and any(c != "anders" for c in focus):
            # In the order of the focus: what the answer names first, then an earlier wish, so
            # each need the answer names gets its best offer before the few shown are full.
            needs = [n for n in facts.get("needs") or [] if n.get("category") in focus]
            facts["needs"] = sorted(needs, key=lambda n: focus.index(n["category"]))
        # "We leven onder financiële druk" said yes to: a money card too, after what was asked.
        facts["needs_from_check"] = check.needs_pointed_to(
            self.services.instrument(), self.state.assessment_answers or {}
        )
        return facts

    def _offers_for_new_needs(self, turn: Turn) -> bool:
        """After the offers, a wish for another kind of help ("en hulp met dat pgb gedoe") gets
        the offers for it, not "Dat heb ik genoteerd"."""
        if turn.is_payload or not self.progress.offers_shown:
            return False
        known = {need["category"] for need in self.state.needs or []}
        new = [
            {"category": need.category, "text": need.text}
            for need in needs_asked_later(turn.text)
            if need.category not in known
        ]
        if not new:
            return False
        self.state.needs = [*(self.state.needs or []), *new]
        shown = [offer["id"] for offer in self.state.offers_suggested or []]
        advice = self.services.offers({**self.state.facts(), "needs": new}, skip=shown)
        if not advice.suggested:
            return False
        self._show(advice, person_button=True)
        return True

    def _more_offers(self, intro_only_new: bool = False) -> None:
        shown = [offer["id"] for offer in self.state.offers_suggested or []]
        advice = self.services.offers(self._search_facts(), skip=shown)
        if intro_only_new and not advice.suggested:
            return
        self._show(advice, person_button=True)

    def _show(self, advice: Any, person_button: bool) -> None:
        for text in advice.messages:
            self.say(text)
        if advice.suggested:
            buttons = tuple(texts.offer_button(offer) for offer in advice.suggested)
            self.say(
                texts.choose_offer(self.state),
                buttons + texts.next_buttons(self.state, person_button),
            )
        self._remember_shown(list(advice.suggested))

    def _remember_shown(self, offers: list[dict[str, Any]]) -> None:
        """Offers shown go to the steunpunt (`offers_suggested`); the first is "dat" in a question."""
        if not offers:
            return
        shown = list(self.state.offers_suggested or [])
        known = {offer["id"] for offer in shown}
        self.state.offers_suggested = shown + [o for o in offers if o["id"] not in known]
        self.progress.last_offer = str(offers[0]["id"])

    def _after_steunpunt_offer(self) -> None:
        if self.progress.steunpunt_offer == OFFER_ACCEPTED:
            self._start_handoff(advance=False)
        elif self.progress.steunpunt_offer == OFFER_DECLINED:
            steunpunt = self.services.steunpunt_for(self.state.gemeente)
            self.progress.steunpunt_declined_unnamed = (
                steunpunt is None and not self.progress.check_reported
            )
            # Asked once more by name after the check, so no other line to call yet.
            national_line = (
                None
                if self.progress.steunpunt_declined_unnamed
                else all_helplines().get("mantelzorglijn")
            )
            self.say(
                handoff.refused_text(steunpunt, national_line).replace(
                    "Dat is goed. Ik geef niets door. ", "Dat is goed. "
                )
            )

    def _start_handoff(self, advance: bool = True) -> None:
        if self.state.handoff_reference:
            steunpunt = self.services.steunpunt(self.state.handoff_steunpunt)
            self.say(
                handoff.already_made_text(
                    self.state.handoff_reference, steunpunt.name if steunpunt else "het steunpunt"
                )
            )
            # Also in the middle of the questions after an early aanmelding: "ik wil eigenlijk
            # liever met iemand praten" wants a person now, not only the call to come.
            self._someone_to_talk_to_meanwhile()
            if self.progress.asking and advance:
                self._advance(again=True)
            return
        self.progress.handoff = HANDOFF_ACTIVE
        self.progress.paused = False
        self.progress.asking = None
        if self.progress.live in (LIVE_UNAVAILABLE, LIVE_CHOSEN):
            self.progress.live = None  # asked anew: whether someone can chat may have changed
        if self.state.handoff_steunpunt is None and known(self.state.gemeente):
            steunpunt = self.services.steunpunt_for(self.state.gemeente)
            self.state.handoff_steunpunt = steunpunt.id if steunpunt else handoff.NO_STEUNPUNT
        if advance:
            self._advance()

    def _support_for_a_young_helper(self) -> None:
        """A child under 18 who helps at home is a young caregiver too: once the offers are shown
        and no question waits, the support nearest to the family, once."""
        child = self.progress.young_helper
        if child in (None, YOUNG_HELPER_POINTED) or self.silent:
            return
        if not self.progress.offers_shown or self.progress.asking is not None:
            return
        self.progress.young_helper = YOUNG_HELPER_POINTED
        intro = texts.young_helper_support(self.state, child)
        advice = self.services.support_for_a_young_helper(self.state.facts(), intro)
        shown = {offer["id"] for offer in self.state.offers_suggested or []}
        if advice.suggested and advice.suggested[0]["id"] not in shown:
            self._show(advice, person_button=False)

    def _someone_to_talk_to_meanwhile(self) -> None:
        """ "En praten met iemand?" after the aanmelding: the consultant will call, and until then
        the places to talk that were not shown yet (a listening line, other caregivers). Searched
        for these needs only; the caregiver's own needs, which the steunpunt reads, stay as told."""
        facts = {**self.state.facts(), "needs": [{"category": c, "text": ""} for c in _TALK_NEEDS]}
        intro = texts.meanwhile_to_talk(self.state)
        skip = [offer["id"] for offer in self.state.offers_suggested or []]
        advice = self.services.offers(facts, skip=skip, intro=intro)
        steunpunt = self.services.steunpunt(self.state.handoff_steunpunt)
        # The steunpunt's own consultant is the one who will call: not a place "meanwhile" (its
        # café or group is).
        own = [
            o["id"]
            for o in advice.suggested
            if steunpunt and o["provider"] == steunpunt.name and "consulent" in o["name"].lower()
        ]
        if own:
            advice = self.services.offers(facts, skip=[*skip, *own], intro=intro)
        if advice.suggested:
            self._show(advice, person_button=False)

    def _submit_handoff(self) -> bool:
        submitted = self.services.submit_handoff(self.state.facts())
        for name, value in submitted.slots.items():
            setattr(self.state, name, value)
        if submitted.reference:
            self.state.handoff_reference = submitted.reference
            self.progress.handoff = HANDOFF_DONE
            self.say(submitted.text)
            nothing_looked_for = not self.progress.intake_started and not self.progress.offers_shown
            if self._something_to_resume() or nothing_looked_for:
                # The agenda waits for the answer: go on with the questions, or not. Someone who
                # asked for a person at once may still want to see what help there is meanwhile.
                self._set_asking("resume_offer", {"start_intake": nothing_looked_for})
                self.progress.paused = True
                self._ask_current()
                return True
            return False
        if submitted.retry:
            self.progress.handoff = None
            self.say(submitted.text, texts.RETRY_BUTTONS)
            return True  # only the retry button now; another question would bury it
        self.progress.handoff = (
            HANDOFF_UNAVAILABLE
            if self.state.handoff_steunpunt == handoff.NO_STEUNPUNT
            else HANDOFF_DECLINED
        )
        self.say(submitted.text)
        self._forget_handoff()
        return False

    def _forget_handoff(self) -> None:
        """A later "ik wil iemand spreken" asks again, with what is already known."""
        self.state.handoff_steunpunt = None
        self.state.handoff_consent = None

    def _after_erase_confirm(self, erase: bool) -> None:
        resume = self.progress.context.get("resume")
        if erase:
            text = self.services.erase_conversation()
            fresh = ConversationState()
            self.state.__dict__.update(fresh.__dict__)
            self.say(text)
            return
        self.progress.asking = resume
        self.progress.attempts = 0
        self.progress.context = {}
        self.say(self.u("Goed, ik verwijder niets.", "Goed, ik verwijder niets."))
        self._advance(again=True)

    def _after_start_over_confirm(self, start_over: bool) -> None:
        if start_over:
            self._reset(texts.started_over(self.state))
            return
        self.progress.asking = self.progress.context.get("resume")
        self.progress.attempts = 0
        self.progress.context = {}
        self.say(self.u("Goed, dan gaan we verder.", "Goed, dan gaan we verder."))
        self._advance(again=True)

    def _reset(self, text: str) -> None:
        live_chat_asked = self.progress.live_chat_asked
        self.state.__dict__.update(ConversationState().__dict__)
        # A chat asked for before starting over may still end, and is then told about.
        self.progress.live_chat_asked = live_chat_asked
        self.say(text)


_HOW_MUCH_OF_IT = r"\bhoeveel (?:dagen|dag|uren|uur|weken|keer|nachten|dagdelen|middagen)\b"


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+", text) if part.strip()]


def _asks_a_person_besides(turn: Turn) -> bool:
    """A person asked for outside the sentences that ask about this conversation: "hoe lang duurt
    het voor ze terugbellen?" asks only when."""
    return any(
        wants_person(replace(turn, text=sentence))
        for sentence in _sentences(turn.text)
        if not about_the_conversation(sentence)
    )


def _when_asked_beside(turn: Turn) -> str | None:
    """The sentence that asks when the steunpunt calls, in a message that asks for a person too."""
    if turn.is_payload or len(_sentences(turn.text)) < 2:
        return None
    return next(
        (
            sentence
            for sentence in _sentences(turn.text)
            if about_callback_time(sentence) or about_calling_times(sentence)
        ),
        None,
    )


def _without_the_worrying_sentences(text: str) -> str:
    """After "nee, bedoel ik niet": the sentence that raised the check would only mislead the
    search ("het hoeft allemaal niet meer. hoe vraag ik zorgverlof aan?")."""
    sentences = _sentences(text)
    calm = [part for part in sentences if safety_tier(part, None)[0] is Tier.NONE]
    return " ".join(calm) if calm else text


def _names_its_own_subject(text: str) -> bool:
    """A question about something else than an offer shown: the steunpunt's own contact ("heeft
    het steunpunt een telefoonnummer?"), a topic with a referral ("moet ik het op school
    vertellen?"), or whether the asker counts ("telt het ook als je geen familie bent?")."""
    return (
        asks_for_steunpunt_contact(fold(text))
        or is_referral_question(text)
        or asks_whether_entitled(text)
    )


def _is_noise(turn: Turn) -> bool:
    """Typed keyboard noise ("qwxzv plork"): the model still gives it an intent ("affirm", 0.22),
    and acting on that would pause, end or answer a conversation for a slip of the keyboard."""
    return not turn.is_payload and is_gibberish(turn.text)


def _only_a_guess(reading: Reading | None) -> bool:
    """The answer was not read, only guessed at: a figure to propose ("Is dat ongeveer ...?")."""
    return reading is not None and bool(reading.follow_up) and not reading.facts


def _unclear(reading: Reading | None) -> bool:
    """The answer was partly understood and needs one more word ("Oosterhout, Noord-Brabant?")."""
    return reading is not None and bool(reading.unclear)


def _one_gemeente_named(text: str) -> str | None:
    """The CBS code of the one gemeente a message names, if it names exactly one."""
    codes = {
        mention.match.gemeente.code
        for mention in find_gemeente_mentions(text).mentions
        if mention.match.status is MatchStatus.OK and mention.match.gemeente is not None
    }
    return codes.pop() if len(codes) == 1 else None


def _named_needs(turn: Turn) -> list[NeedCategory]:
    """The kinds of help a question names, in the product's one taxonomy."""
    return [need.category for need in classify_needs(turn.text) if need.category != "anders"]


# Words of any question about help ("nog meer hulp voor mij?", "meer mogelijkheden?"): they do not
# make "zijn er nog meer ...?" a question about a kind of help of its own.
_GENERAL_NEEDS = frozenset({"informatie_advies", "emotionele_steun"})
# Where to talk while the steunpunt's call is awaited (`_someone_to_talk_to_meanwhile`).
_TALK_NEEDS: tuple[NeedCategory, ...] = ("emotionele_steun", "lotgenoten")


def _names_a_kind_of_help(turn: Turn) -> bool:
    """ "Zijn er nog meer kinderen die dit doen?" asks about young caregivers, not for more offers."""
    return any(need not in _GENERAL_NEEDS for need in _named_needs(turn))


def _fingerprint(text: str) -> str:
    """A short hash of the words, not the words: the progress slot keeps no message text."""
    return hashlib.sha256(fold(text).encode()).hexdigest()[:16]


_FROM_THE_GEMEENTE = re.compile(
    r"\biemand (?:van|namens|bij) (?:de gemeente|het wijkteam|de wmo|het wmo loket|het sociaal "
    r"(?:wijk)?team|het loket)\b"
)


def _asks_for_other_help(turn: Turn) -> bool:
    """ "Kan ik ook iemand spreken die hetzelfde meemaakt met haar partner?" asks for peers (a
    group, a lotgenotencontact), and "kan er iemand van de gemeente bij hem langskomen?" for the
    Wmo: not for the steunpunt, whatever the model heard."""
    if turn.is_payload or wants_person(turn):
        return False
    if _FROM_THE_GEMEENTE.search(fold(turn.text)):
        return True
    return any(need.category == "lotgenoten" for need in classify_needs(turn.text))


_FIRST_PERSON = re.compile(r"\b(?:ik|me|mij|mezelf|k)\b", re.IGNORECASE)


def _tells_a_feeling(text: str) -> bool:
    """ "Ik voel me zo schuldig dat ik haar daar heb laten wonen": a feeling of one's own told,
    whatever the model heard in it."""
    term = find_term(text)
    return term is not None and term.feeling and _FIRST_PERSON.search(text) is not None


def _overload_signal(text: str) -> bool:
    signal = detect_safety_signal(text)
    return signal is not None and not signal.is_crisis


def with_progress(state: ConversationState, **changes: Any) -> ConversationState:
    """A copy of `state` with progress fields changed (for tests and the adapter)."""
    copy = state.copy()
    copy.progress = replace(copy.progress, **changes)
    return copy

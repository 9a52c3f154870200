"""What the assistant says outside the questions themselves, in B1 Dutch, with "u" or "je".

Help line numbers come from knowledge/data/helplines.yml, never from here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from bot.conversation.ports import Services
from bot.conversation.state import ConversationState
from bot.handoff import dialogue as handoff
from bot.intake.dialogue import why_we_ask as intake_why
from bot.messages import Button
from knowledge.details import short_name
from knowledge.helplines import get_verified_helpline
from knowledge.offer import Steunpunt

# The texts are alike in shape only: each `_u(state, formal, informal)` is one message in its
# "u" and "je" forms.


def _u(state: ConversationState, formal: str, informal: str) -> str:
    return informal if state.young_caregiver else formal


PERSON_BUTTON = (Button("Met iemand praten", "/request_human"),)
OUT_OF_SCOPE_BUTTONS = (Button("Wat kun je?", "/ask_capabilities"), *PERSON_BUTTON)
DEFAULT_BUTTONS = (
    Button("Wat kun je?", "/ask_capabilities"),
    Button("Vertellen over de zorg", "/tell_situation"),
    *PERSON_BUTTON,
)
RETRY_BUTTONS = (Button("Opnieuw proberen", "/request_human"),)
SAFETY_CHECK_BUTTONS = (Button("Ja", "/affirm"), Button("Nee, bedoel ik niet", "/deny"))
NO_OVERVIEW = "Ik heb u nog geen hulp laten zien. Vertel eerst waar u hulp bij zoekt."


def safety_check(state: ConversationState) -> str:
    """The check question when only the model, or veiled wording, hints at a crisis."""
    line_113 = get_verified_helpline("zelfmoordpreventie_113")
    line_112 = get_verified_helpline("alarm_112")
    numbers = (
        f"Denkt u aan zelfdoding? Bel gratis {' of '.join(line_113.phones)}, of chat op "
        f"{line_113.chat}. Is er direct gevaar? Bel {line_112.phones[0]}."
    )
    return _u(
        state,
        "Ik wil zeker weten dat ik u goed begrijp. Denkt u aan zelfdoding, of is iemand in gevaar?\n"
        + numbers,
        "Ik wil zeker weten dat ik je goed begrijp. Denk je aan zelfdoding, of is iemand in gevaar?\n"
        + numbers.replace("Denkt u", "Denk je"),
    )


def thanks_for_the_story(state: ConversationState) -> str:
    return _u(
        state,
        "Dank u dat u dit vertelt. Ik stel u nog een paar korte vragen. Dan kan ik beter zoeken "
        "naar hulp die bij u past.",
        "Dank je dat je dit vertelt. Ik stel je nog een paar korte vragen. Dan kan ik beter zoeken "
        "naar hulp die bij jou past.",
    )


def lets_look_together(state: ConversationState) -> str:
    return _u(
        state,
        "Er is veel mogelijk. Ik stel u eerst een paar korte vragen, zodat ik hulp kan zoeken die "
        "bij u past.",
        "Er is veel mogelijk. Ik stel je eerst een paar korte vragen, zodat ik hulp kan zoeken die "
        "bij jou past.",
    )


def after_crisis_not_now(state: ConversationState) -> str:
    return _u(
        state,
        'Dat is goed. Ik ben er als u wilt praten.\nWilt u verder waar we waren? Zeg dan "verder".',
        'Dat is goed. Ik ben er als je wilt praten.\nWil je verder waar we waren? Zeg dan "verder".',
    )


def why_we_ask(asking: str | None, state: ConversationState, services: Services) -> str:
    if asking in ("steunpunt_offer", "handoff_consent"):
        steunpunt = services.steunpunt(state.handoff_steunpunt) or services.steunpunt_for(
            state.gemeente
        )
        return handoff.what_is_shared(steunpunt.name if steunpunt else None)
    slot = {"hours_proposal": "hours_per_week", "duration_proposal": "duration_months",
            "assessment_item": "assessment_answer"}.get(asking or "", asking)  # fmt: skip
    return handoff.why_we_ask(slot) or intake_why(slot)


def overview(state: ConversationState, url: str) -> str:
    return _u(
        state,
        f"Hier staat alles op een rij. U kunt de pagina bewaren of printen:\n{url}\n"
        "Op die pagina staan alleen de hulp en de contactgegevens, niets over u.",
        f"Hier staat alles op een rij. Je kunt de pagina bewaren of printen:\n{url}\n"
        "Op die pagina staan alleen de hulp en de contactgegevens, niets over jou.",
    )


def next_buttons(state: ConversationState, person_button: bool = True) -> tuple[Button, ...]:
    buttons = (
        Button("Andere mogelijkheden", "/more_offers"),
        Button("Overzicht bewaren", "/send_overview"),
    )
    return (*buttons, *PERSON_BUTTON) if person_button else buttons


def offer_button(offer: Mapping[str, Any]) -> Button:
    # 24 characters: what a WhatsApp list row shows.
    return Button(
        short_name(str(offer["name"]), 24), "/ask_offer" + json.dumps({"offer": offer["id"]})
    )


def choose_offer(state: ConversationState) -> str:
    return _u(
        state,
        "Wilt u meer weten over een van deze? Kies hieronder. Of vraag naar andere hulp.",
        "Wil je meer weten over een van deze? Kies hieronder. Of vraag naar andere hulp.",
    )


# Alike in shape only, like every text here: one message in its "u" and "je" forms.
def no_answer(state: ConversationState, term: str | None = None) -> str:
    """`term`: the word asked about ("wat is een familievertrouwenspersoon?"), said back so the
    caregiver knows it was heard."""
    unknown = (
        f'Wat "{term}" precies betekent, staat niet in mijn gegevens.'
        if term
        else "Daar weet ik geen goed antwoord op."
    )
    return _u(
        state,
        f"{unknown} Een consulent van het steunpunt mantelzorg weet vaak meer. Wilt u iemand "
        "spreken? Zeg het gerust.",
        f"{unknown} Iemand van het steunpunt mantelzorg weet vaak meer. Wil je iemand spreken? "
        "Zeg het gerust.",
    )


def no_local_data(state: ConversationState, gemeente_name: str) -> str:
    return _u(
        state,
        f"Voor {gemeente_name} heb ik nog geen gegevens over hulp in de buurt. Het Wmo-loket van de "
        f"gemeente {gemeente_name} weet wat er bij u in de buurt is, ook welk steunpunt mantelzorg "
        "er is. Wilt u intussen iemand spreken? Zeg het gerust.",
        f"Voor {gemeente_name} heb ik nog geen gegevens over hulp in de buurt. Het Wmo-loket van de "
        f"gemeente {gemeente_name} weet wat er bij je in de buurt is, ook welk steunpunt mantelzorg "
        "er is. Wil je intussen iemand spreken? Zeg het gerust.",
    )


def greeting(state: ConversationState) -> str:
    return (
        "Hallo, fijn dat u er bent. Ik ben Steunwijzer, de digitale hulp voor mantelzorgers.\n"
        "Zorgt u voor iemand die ziek is, oud of een beperking heeft? Dan kunt u mij vertellen hoe "
        "het gaat. Ik denk met u mee en wijs u de weg naar hulp.\n"
        "Wilt u liever met een mens praten? Dat kan altijd. Zeg het gewoon."
    )


def welcome_back(state: ConversationState) -> str:
    return _u(state, "Hallo, fijn dat u er weer bent.", "Hoi, fijn dat je er weer bent.")


def goodbye(state: ConversationState) -> str:
    return _u(
        state,
        "Dag, en heel veel sterkte met de zorg. U kunt altijd terugkomen als u wilt.",
        "Doei, en heel veel sterkte. Je kunt altijd terugkomen als je wilt.",
    )


def you_are_welcome(state: ConversationState, busy: bool) -> str:
    if busy:
        return "Graag gedaan."
    return _u(
        state,
        "Graag gedaan. Kan ik nog iets anders voor u doen?",
        "Graag gedaan. Kan ik nog iets anders voor je doen?",
    )


def capabilities(state: ConversationState) -> str:
    return _u(
        state,
        "Ik help mantelzorgers. U kunt bij mij terecht om:\n"
        "- te vertellen hoe het met u en de zorg gaat;\n"
        "- te vragen welke hulp er is, zoals even vrij zijn of hulp in huis;\n"
        "- in contact te komen met een mens van het steunpunt mantelzorg.\n"
        "Ik ben geen arts. Voor vragen over ziekte of medicijnen kunt u het beste de huisarts bellen.",
        "Ik help mantelzorgers. Je kunt bij mij terecht om:\n"
        "- te vertellen hoe het met je en de zorg gaat;\n"
        "- te vragen welke hulp er is, zoals even vrij zijn of hulp in huis;\n"
        "- in contact te komen met iemand van het steunpunt mantelzorg.\n"
        "Ik ben geen arts. Voor vragen over ziekte of medicijnen kun je het beste de huisarts bellen.",
    )


def bot_challenge(state: ConversationState) -> str:
    return _u(
        state,
        "Ik ben een computerprogramma, geen mens. Ik doe mijn best om u goed te helpen.\n"
        "Wilt u met een mens praten? Zeg het gerust, dan help ik u daarbij.",
        "Ik ben een computerprogramma, geen mens. Ik doe mijn best om je goed te helpen.\n"
        "Wil je met een mens praten? Zeg het gerust, dan help ik je daarbij.",
    )


def out_of_scope(state: ConversationState) -> str:
    return _u(
        state,
        "Daar kan ik u helaas niet mee helpen. Ik ben er voor mantelzorgers.\n"
        "U kunt mij vertellen hoe de zorg gaat, vragen welke hulp er is, of vragen om een mens.",
        "Daar kan ik je helaas niet mee helpen. Ik ben er voor mantelzorgers.\n"
        "Je kunt mij vertellen hoe het helpen gaat, vragen welke hulp er is, of vragen om een mens.",
    )


def acknowledge_burden(state: ConversationState) -> str:
    return _u(
        state,
        "Dat klinkt zwaar. Goed dat u het zegt. Veel mantelzorgers herkennen dit.",
        "Dat klinkt zwaar. Goed dat je het zegt. Veel jonge mantelzorgers herkennen dit.",
    )


def stopped(state: ConversationState) -> str:
    return _u(
        state,
        "Goed, we stoppen met de vragen. Wat u al vertelde, blijft in dit gesprek bewaard.\n"
        'Wilt u later verder? Zeg dan "verder".',
        "Goed, we stoppen met de vragen. Wat je al vertelde, blijft in dit gesprek bewaard.\n"
        'Wil je later verder? Zeg dan "verder".',
    )


def paused(state: ConversationState) -> str:
    return _u(
        state,
        'Geen probleem, neem de tijd. Ik onthoud waar we waren.\nAls u terug bent, zeg dan "verder".',
        'Geen probleem, neem de tijd. Ik onthoud waar we waren.\nAls je terug bent, zeg dan "verder".',
    )


def stop_no_form(state: ConversationState) -> str:
    return _u(
        state,
        "Goed, we stoppen hier. Dank u wel voor het gesprek.\n"
        "Wilt u later verder? Stuur dan gewoon een nieuw bericht.",
        "Goed, we stoppen hier. Bedankt voor het gesprek.\n"
        "Wil je later verder? Stuur dan gewoon een nieuw bericht.",
    )


def pause_no_form(state: ConversationState) -> str:
    return _u(
        state,
        "Geen probleem. Ik ben er als u terug bent.",
        "Geen probleem. Ik ben er als je terug bent.",
    )


def nothing_to_resume(state: ConversationState) -> str:
    return _u(
        state,
        "Welkom terug. Waar kan ik u mee helpen? U kunt mij bijvoorbeeld vertellen voor wie u zorgt.",
        "Welkom terug. Waar kan ik je mee helpen? Je kunt bijvoorbeeld vertellen voor wie je zorgt.",
    )


def who_is_private(state: ConversationState) -> str:
    return _u(
        state,
        "Dat is goed. U hoeft niet te zeggen voor wie u zorgt. Ik stel u een paar korte vragen, "
        "zodat ik toch hulp kan zoeken die bij u past.",
        "Dat is goed. Je hoeft niet te zeggen voor wie je zorgt. Ik stel je een paar korte vragen, "
        "zodat ik toch hulp kan zoeken die bij jou past.",
    )


def how_can_i_help(state: ConversationState) -> str:
    if state.relation or state.progress.offers_shown:
        # The story is told already: asking for it again would sound as if nobody listened.
        return _u(
            state,
            "Waar kan ik u nog mee helpen? U kunt naar andere hulp vragen, of zeggen dat u "
            "iemand wilt spreken.",
            "Waar kan ik je nog mee helpen? Je kunt naar andere hulp vragen, of zeggen dat je "
            "iemand wilt spreken.",
        )
    return _u(
        state,
        "Waar kan ik u mee helpen? U kunt bijvoorbeeld vertellen voor wie u zorgt.",
        "Waar kan ik je mee helpen? Je kunt bijvoorbeeld vertellen voor wie je zorgt.",
    )


def story_heard(state: ConversationState) -> str:
    return _u(state, "Dank u dat u dat vertelt.", "Dank je dat je dat vertelt.")


def rephrase(state: ConversationState) -> str:
    return _u(
        state,
        "Sorry, dat begreep ik niet goed. Wilt u het nog eens zeggen, met andere woorden?\n"
        "Een korte zin helpt mij het best.",
        "Sorry, dat begreep ik niet goed. Wil je het nog eens zeggen, met andere woorden?\n"
        "Een korte zin helpt mij het best.",
    )


def default_fallback(state: ConversationState) -> str:
    return _u(
        state,
        "Het lukt mij niet om u goed te begrijpen. Dat ligt aan mij, niet aan u.\nWat wilt u doen?",
        "Het lukt mij niet om je goed te begrijpen. Dat ligt aan mij, niet aan jou.\nWat wil je doen?",
    )


def choose_or_own_words(state: ConversationState, has_choices: bool, free_answer: bool) -> str:
    if has_choices and free_answer:
        return _u(
            state,
            "Ik begrijp het nog niet goed. Kies wat het best past, of schrijf het in uw eigen "
            "woorden: dan geef ik het zo door. U mag de vraag ook overslaan.",
            "Ik begrijp het nog niet goed. Kies wat het best past, of schrijf het in je eigen "
            "woorden: dan geef ik het zo door. Je mag de vraag ook overslaan.",
        )
    if has_choices:
        return _u(
            state,
            "Ik begrijp het nog niet goed. Kies een van de knoppen, of sla de vraag over.",
            "Ik begrijp het nog niet goed. Kies een van de knoppen, of sla de vraag over.",
        )
    if not free_answer:
        # A way to be reached must be one: words kept as they are would reach nobody.
        return _u(
            state,
            "Ik begrijp het nog niet goed. Wilt u het nog een keer proberen? U mag de vraag ook "
            "overslaan.",
            "Ik begrijp het nog niet goed. Wil je het nog een keer proberen? Je mag de vraag ook "
            "overslaan.",
        )
    return _u(
        state,
        "Ik begrijp het nog niet goed. Schrijf het in uw eigen woorden: dan geef ik het zo door. "
        "U mag de vraag ook overslaan.",
        "Ik begrijp het nog niet goed. Schrijf het in je eigen woorden: dan geef ik het zo door. "
        "Je mag de vraag ook overslaan.",
    )


def moving_on(state: ConversationState) -> str:
    return _u(state, "Dank u. Dan gaan we verder.", "Dank je. Dan gaan we verder.")


def back_to_question(state: ConversationState) -> str:
    return "Dan nog even mijn vraag van net:"


def skipping_answer(state: ConversationState) -> str:
    return _u(
        state,
        'U hoeft geen vraag te beantwoorden: u mag elke vraag overslaan. Zeg "sla over", dan '
        "gaan we verder.",
        'Je hoeft geen vraag te beantwoorden: je mag elke vraag overslaan. Zeg "sla over", dan '
        "gaan we verder.",
    )


def how_many_left_answer(state: ConversationState, left: int | None) -> str:
    if left is None:
        return _u(
            state,
            "Nog maar een paar korte vragen. Daarna zoek ik hulp die bij u past.",
            "Nog maar een paar korte vragen. Daarna zoek ik hulp die bij jou past.",
        )
    if left <= 1:
        return "Dit is de laatste vraag."
    return f"Nog {left} vragen, deze meegeteld. Ze gaan snel: ja of nee is genoeg."


def language_answer(state: ConversationState, language: str, in_english: bool = False) -> str:
    """Said in Dutch; also in English to one who asked in English (the chat itself is Dutch)."""
    english = (
        "\nI don't know if someone there speaks that language. Please ask when you call or "
        "e-mail. This chat only understands Dutch."
        if in_english
        else ""
    )
    return _u(
        state,
        f"Of er iemand is die {language} spreekt, weet ik niet. Vraag het gerust als u belt of "
        f"mailt.{english}",
        f"Of er iemand is die {language} spreekt, weet ik niet. Vraag het gerust als je belt of "
        f"mailt.{english}",
    )


def translating_answer(state: ConversationState, language: str) -> str:
    """ "mijn vader spreekt alleen berbers, mag tolk mee of mag ik vertalen?" """
    return _u(
        state,
        f"Ik weet niet of daar iemand {language} spreekt, of dat er een tolk kan komen. Vraag "
        "het gerust als u belt of mailt. U mag ook zelf vertalen, of iemand meenemen die u "
        "vertrouwt. Zeg dat dan tegen de consulent of de gemeente.",
        f"Ik weet niet of daar iemand {language} spreekt, of dat er een tolk kan komen. Vraag "
        "het gerust als je belt of mailt. Je mag ook zelf vertalen, of iemand meenemen die je "
        "vertrouwt. Zeg dat dan tegen de consulent of de gemeente.",
    )


def interpreter_answer(state: ConversationState) -> str:
    return _u(
        state,
        "Of er een tolk kan helpen, weet ik niet. Vraag het gerust als u belt of mailt. Zeg dan "
        "dat Nederlands moeilijk is voor u.",
        "Of er een tolk kan helpen, weet ik niet. Vraag het gerust als je belt of mailt. Zeg dan "
        "dat Nederlands moeilijk is voor je.",
    )


def travel_time_answer(state: ConversationState) -> str:
    return _u(
        state,
        "Ja, reistijd telt mee: met de auto, de fiets, de bus of de trein. Wachten bij de dokter "
        "of in het ziekenhuis telt ook mee.",
        "Ja, reistijd telt mee: met de auto, de fiets, de bus of de trein. Wachten bij de dokter "
        "of in het ziekenhuis telt ook mee.",
    )


def callback_time_answer(
    state: ConversationState,
    steunpunt: Steunpunt | None,
    gemeente_known: bool,
    reference: str | None = None,
) -> str:
    if steunpunt is not None and reference:
        days = max(steunpunt.response_days, 1)
        unit = "werkdag" if days == 1 else "werkdagen"
        return _u(
            state,
            f"U bent aangemeld bij {steunpunt.name}, met nummer {reference}. Het steunpunt neemt "
            f"binnen {days} {unit} contact met u op. Een consulent luistert dan naar uw verhaal en "
            "denkt met u mee over hulp die bij u past.",
            f"Je bent aangemeld bij {steunpunt.name}, met nummer {reference}. Het steunpunt neemt "
            f"binnen {days} {unit} contact met je op. Een consulent luistert dan naar je verhaal en "
            "denkt met je mee over hulp die bij je past.",
        )
    if steunpunt is None and gemeente_known:
        return _u(
            state,
            "Voor uw gemeente heb ik geen steunpunt mantelzorg in mijn gegevens. Daarom kan ik u "
            "niet aanmelden, en weet ik niet hoe snel zij bellen. De Mantelzorglijn van MantelzorgNL "
            "kunt u wel zelf bellen.",
            "Voor jouw gemeente heb ik geen steunpunt mantelzorg in mijn gegevens. Daarom kan ik je "
            "niet aanmelden, en weet ik niet hoe snel zij bellen. De Mantelzorglijn van MantelzorgNL "
            "kun je wel zelf bellen.",
        )
    if steunpunt is None:
        return _u(
            state,
            "Dat verschilt per steunpunt. Als ik weet in welke gemeente u woont, zeg ik het u.",
            "Dat verschilt per steunpunt. Als ik weet in welke gemeente je woont, zeg ik het je.",
        )
    days = max(steunpunt.response_days, 1)
    unit = "werkdag" if days == 1 else "werkdagen"
    return _u(
        state,
        f"Na uw aanmelding neemt {steunpunt.name} binnen {days} {unit} contact met u op.",
        f"Na je aanmelding neemt {steunpunt.name} binnen {days} {unit} contact met je op.",
    )


def answered_once_gemeente_known(state: ConversationState) -> str:
    return _u(
        state,
        "Dat verschilt per steunpunt. Ik zeg het u zodra ik weet in welke gemeente u woont.",
        "Dat verschilt per steunpunt. Ik zeg het je zodra ik weet in welke gemeente je woont.",
    )


def calling_times_answer(
    state: ConversationState, steunpunt: Steunpunt | None, gemeente_known: bool
) -> str:
    """ "Kan ik ook 's avonds bellen?": the steunpunt's hours from the knowledge base, and that the
    caregiver can say when they are best reached."""
    if steunpunt is None and gemeente_known:
        return _u(
            state,
            "Voor uw gemeente heb ik geen steunpunt mantelzorg in mijn gegevens, dus ook geen "
            "openingstijden. De Mantelzorglijn van MantelzorgNL kunt u wel zelf bellen.",
            "Voor jouw gemeente heb ik geen steunpunt mantelzorg in mijn gegevens, dus ook geen "
            "openingstijden. De Mantelzorglijn van MantelzorgNL kun je wel zelf bellen.",
        )
    if steunpunt is None:
        return _u(
            state,
            "De openingstijden verschillen per steunpunt. Als ik weet in welke gemeente u woont, "
            "zeg ik het u.",
            "De openingstijden verschillen per steunpunt. Als ik weet in welke gemeente je woont, "
            "zeg ik het je.",
        )
    hours = steunpunt.contact.opening_hours
    known_hours = (
        f"{steunpunt.name} is bereikbaar op {hours}. Past dat niet?"
        if hours
        else f"De openingstijden van {steunpunt.name} staan niet in mijn gegevens."
    )
    return _u(
        state,
        f"{known_hours} Bij een aanmelding zegt u wanneer u het best te bereiken bent, ook als dat "
        "'s avonds is. Dat ziet de consulent dan.",
        f"{known_hours} Bij een aanmelding zeg je wanneer je het best te bereiken bent, ook als dat "
        "'s avonds is. Dat ziet de consulent dan.",
    )


def score_answer(state: ConversationState, items: int, threshold: int | None) -> str:
    if threshold is None:
        return _u(
            state,
            "Na de laatste vraag vertel ik u wat uit de test komt.",
            "Na de laatste vraag vertel ik je wat uit de test komt.",
        )
    return _u(
        state,
        f"De test heeft {items} zinnen. Zegt u bij {threshold} of meer zinnen 'ja'? Dan is de zorg "
        "waarschijnlijk te zwaar voor u. Dat heet overbelast. Na de laatste vraag hoort u uw uitslag.",
        f"De test heeft {items} zinnen. Zeg je bij {threshold} of meer zinnen 'ja'? Dan is de zorg "
        "waarschijnlijk te zwaar voor je. Dat heet overbelast. Na de laatste vraag hoor je je uitslag.",
    )


def kind_of_test_answer(state: ConversationState, items: int, threshold: int | None) -> str:
    kind = _u(
        state,
        "Nee, het is geen test van een dokter en geen diagnose. Het is een korte vragenlijst die "
        "steunpunten mantelzorg ook gebruiken. Zo ziet u hoe zwaar de zorg voor u is.",
        "Nee, het is geen test van een dokter en geen diagnose. Het is een korte vragenlijst die "
        "steunpunten mantelzorg ook gebruiken. Zo zie je hoe zwaar de zorg voor je is.",
    )
    return f"{kind} {score_answer(state, items, threshold)}"


def whose_check_answer(state: ConversationState) -> str:
    return _u(
        state,
        "De vragen gaan over uzelf: hoe zwaar de zorg voor u is. Niet over uw naaste.",
        "De vragen gaan over jezelf: hoe zwaar de zorg voor jou is. Niet over je naaste.",
    )


def finishing_later_answer(state: ConversationState) -> str:
    return _u(
        state,
        "Ja, dat kan. Stop gerust. Komt u later terug in dit gesprek? Dan gaan we verder waar we "
        "waren.",
        "Ja, dat kan. Stop gerust. Kom je later terug in dit gesprek? Dan gaan we verder waar we "
        "waren.",
    )


def answering_a_statement_answer(state: ConversationState) -> str:
    return _u(
        state,
        "Kies wat het meest bij u past. Klopt de zin vaak of meestal? Zeg dan ja. Klopt hij bijna "
        "nooit? Zeg dan nee. Er is geen goed of fout antwoord.",
        "Kies wat het meest bij je past. Klopt de zin vaak of meestal? Zeg dan ja. Klopt hij bijna "
        "nooit? Zeg dan nee. Er is geen goed of fout antwoord.",
    )


def adding_hours_answer(state: ConversationState) -> str:
    return _u(
        state,
        "Ja, tel alles bij elkaar op: de uren voor iedereen voor wie u zorgt, samen. Een schatting "
        "is goed.",
        "Ja, tel alles bij elkaar op: de uren voor iedereen voor wie je zorgt, samen. Een schatting "
        "is goed.",
    )


def who_it_is_for_answer(young_carer: str | None) -> str:
    """`young_carer`: the glossary's text on jonge mantelzorgers, where the age limit is kept."""
    answer = "Ja. Ik ben er voor iedereen die voor iemand zorgt, jong of oud."
    return f"{answer}\n\n{young_carer}" if young_carer else answer


def cost_of_contact_answer(state: ConversationState) -> str:
    return _u(
        state,
        "Nee. Contact met het steunpunt mantelzorg is gratis, ook als een consulent u belt.",
        "Nee. Contact met het steunpunt mantelzorg is gratis, ook als iemand je belt.",
    )


def waiting_unknown(state: ConversationState) -> str:
    return _u(
        state,
        "Hoe lang u moet wachten, weet ik niet. Dat staat niet in mijn gegevens. Vraag het daarom "
        "op tijd aan. En vraag dan meteen hoe lang het wachten is.",
        "Hoe lang je moet wachten, weet ik niet. Dat staat niet in mijn gegevens. Vraag het daarom "
        "op tijd aan. En vraag dan meteen hoe lang het wachten is.",
    )


def cost_of_the_chat_answer(state: ConversationState) -> str:
    return _u(
        state,
        "Ja, deze chat is gratis. Ook contact met het steunpunt mantelzorg kost u niets.",
        "Ja, deze chat is gratis. Ook contact met het steunpunt mantelzorg kost je niets.",
    )


def the_call_answer(state: ConversationState) -> str:
    return _u(
        state,
        "U hoeft niets voor te bereiden. De consulent stelt zelf vragen en luistert naar uw verhaal. "
        "Vertel gewoon wat u kwijt wilt, in uw eigen woorden. Vindt u praten lastig? Zeg dat "
        "gerust, dan neemt de consulent er de tijd voor.",
        "Je hoeft niets voor te bereiden. De consulent stelt zelf vragen en luistert naar je verhaal. "
        "Vertel gewoon wat je kwijt wilt, in je eigen woorden. Vind je praten lastig? Zeg dat "
        "gerust, dan neemt de consulent er de tijd voor.",
    )


def anonymity_answer(state: ConversationState) -> str:
    return _u(
        state,
        "Ja, dat kan. U hoeft uw naam niet te geven. Alleen als u wilt dat het steunpunt u belt, "
        "vraag ik uw voornaam en een nummer of e-mailadres. Dat gebeurt alleen als u ja zegt.",
        "Ja, dat kan. Je hoeft je naam niet te geven. Alleen als je wilt dat het steunpunt je belt, "
        "vraag ik je voornaam en een nummer of e-mailadres. Dat gebeurt alleen als je ja zegt.",
    )


def logging_in_answer(state: ConversationState) -> str:
    return _u(
        state,
        "Nee, u hoeft niet in te loggen. Ook geen DigiD of account. U kunt gewoon met mij chatten.",
        "Nee, je hoeft niet in te loggen. Ook geen DigiD of account. Je kunt gewoon met mij chatten.",
    )


def own_name_answer(state: ConversationState) -> str:
    return _u(
        state,
        "Nee, dat hoeft niet. Uw naam is alleen nodig als u wilt dat het steunpunt u belt. Uw "
        "voornaam is dan genoeg.",
        "Nee, dat hoeft niet. Je naam is alleen nodig als je wilt dat het steunpunt je belt. Je "
        "voornaam is dan genoeg.",
    )


def privacy_answer(state: ConversationState, privacy_url: str) -> str:
    return _u(
        state,
        "Wat u mij vertelt, blijft in dit gesprek. Ik geef niets door zonder uw toestemming. Alleen "
        "als u zegt dat het steunpunt contact mag opnemen, krijgt het steunpunt wat u vertelde. "
        "Niemand anders ziet het: uw familie niet, uw werkgever niet en school niet. U beslist zelf wie u het vertelt.\n"
        'U kunt altijd vragen om alles te verwijderen. Zeg dan: "verwijder mijn gegevens".\n'
        f"Meer over uw gegevens leest u hier: {privacy_url}",
        "Wat je mij vertelt, blijft in dit gesprek. Ik geef niets door zonder jouw toestemming. Alleen "
        "als je zegt dat het steunpunt contact mag opnemen, krijgen zij wat je vertelde. Niemand "
        "anders ziet het: je familie niet, je werkgever niet en school niet. Je beslist zelf wie je het vertelt.\n"
        'Je kunt altijd vragen om alles te verwijderen. Zeg dan: "verwijder mijn gegevens".\n'
        f"Meer over je gegevens lees je hier: {privacy_url}",
    )


def started_over(state: ConversationState) -> str:
    return "Goed, we beginnen opnieuw. Waar kan ik u mee helpen?"


def invite_story(state: ConversationState) -> str:
    return _u(
        state,
        "Wilt u mij meer vertellen over uw situatie? Voor wie zorgt u? Dan zoek ik hulp die nog "
        "beter bij u past.",
        "Wil je mij meer vertellen? Voor wie zorg je? Dan zoek ik hulp die nog beter bij jou past.",
    )


def anything_else(state: ConversationState) -> str:
    return _u(
        state,
        "Dat heb ik genoteerd. Kan ik u nog ergens anders mee helpen?",
        "Dat heb ik genoteerd. Kan ik je nog ergens anders mee helpen?",
    )


def meanwhile_to_talk(state: ConversationState) -> str:
    return _u(
        state,
        "Wilt u eerder met iemand praten? Daarvoor kunt u ook hier terecht:",
        "Wil je eerder met iemand praten? Daarvoor kun je ook hier terecht:",
    )


def young_helper_support(state: ConversationState, child: str) -> str:
    """Above the support for young caregivers, when the caregiver's child under 18 helps."""
    helps = "helpen" if child.endswith("eren") else "helpt"
    return _u(
        state,
        f"Uw {child} {helps} ook mee. Kinderen die thuis meehelpen, zijn ook mantelzorger. "
        "Voor hen is er eigen steun:",
        f"Je {child} {helps} ook mee. Kinderen die thuis meehelpen, zijn ook mantelzorger. "
        "Voor hen is er eigen steun:",
    )


def offer_again_after_the_check(state: ConversationState) -> str:
    return _u(
        state,
        "U zei eerder nee tegen een gesprek met het steunpunt. Dat is goed. De test laat zien dat "
        "de zorg nu erg zwaar voor u is. Daarom vraag ik het nog één keer.",
        "Je zei eerder nee tegen een gesprek met het steunpunt. Dat is goed. De test laat zien dat "
        "de zorg nu erg zwaar voor je is. Daarom vraag ik het nog één keer.",
    )

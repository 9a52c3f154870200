"""Questions on topics without checked facts get the kind of place that knows, and nothing else."""

from __future__ import annotations

import re

import pytest

from knowledge.answers import answer_question
from knowledge.referrals import find_referral, load_referrals, parse_referrals
from knowledge.search import SearchIndex, build_index_from_files

_INDEX: list[SearchIndex] = []


def answered(question: str, **facts: object) -> str:
    if not _INDEX:
        _INDEX.append(build_index_from_files())
    answer = answer_question(question, facts, _INDEX[0], lambda _: None, lambda _: "")
    return answer.text if answer else ""


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Wat is het verschil tussen bewindvoering en een mentor?", "Bewindvoering"),
        ("hoe word ik bewindvoerder van mijn zus?", "Bewindvoering"),
        ("Hoe regel ik dat ik mentor van mijn zus word?", "mentorschap"),
        ("Wie regelt haar zaken als ik overlijd? Moet ik nu al iets vastleggen?", "Bewindvoering"),
        ("Wie zorgt er voor hem als ik er niet meer ben?", "plan voor later"),
        ("Wat gebeurt er met mijn zus als ik er zelf niet meer ben?", "plan voor later"),
        ("waar moet ik heen als hij weer psygotisch word?", "huisartsenpost"),
        (
            "als hij weer zo'n periode krijgt, waar kan ik dan terecht voor advies?",
            "huisartsenpost",
        ),
        ("mag ik eigenlijk namens haar de huisarts bellen of moet zij dat zelf?", "toestemming"),
        # Personas dev12, dev22 and others: the self-employed have no employer to ask for leave.
        ("heb je als zzp'er ook recht op zorgverlof?", "geen werkgever"),
        (
            "als ik minder kan werken door de zorg, krijg ik dan als zelfstandige ergens "
            "compensatie voor?",
            "geen werkgever",
        ),
        (
            "Geldt zorgverlof ook voor iemand met een eigen bedrijf? Ik ben niet in loondienst.",
            "geen werkgever",
        ),
        (
            "bestaat er zoiets als vervanging op de boerderij als ik zelf uitval? "
            "bedrijfsverzorging ofzo",
            "vervanging in uw bedrijf",
        ),
        # Personas dev44.
        (
            "mag ik als ex eigenlijk dingen voor hem regelen bij de bank en bij de dokter?",
            "Ook als u geen familie",
        ),
        ("mijn vader kan niet werken nu, krijgt hij geld van iemand?", "UWV"),
        ("heeft mijn man recht op een uitkering nu hij ziek is?", "UWV"),
        (
            "als het 's avonds misgaat met eten, wie kan ik dan bellen? de behandelaar is dan "
            "niet bereikbaar",
            "huisartsenpost",
        ),
        # Personas dev43.
        ("Mag ik zomaar zijn huisarts bellen? Ik ben tenslotte geen familie.", "toestemming"),
        ("Iemand had het over een familievertrouwenspersoon. Wat is dat?", "ggz-instelling"),
        ("heeft de ggz ook een vertrouwenspersoon voor familie?", "ggz-instelling"),
        ("kan school er iets mee? ik heb vaak mn huiswerk niet af", "decaan"),
        # Personas dev47: whether one may arrange the naaste's money.
        (
            "mag ik haar post en bankzaken regelen of moet daar eerst iets voor geregeld worden?",
            "volmacht",
        ),
        # Personas dev47: medicines not taken.
        ("wat kan ik doen als hij weer geen medicijn neemt?", "huisarts"),
        ("ze weigert haar pillen, wat nu", "apotheek"),
        # Personas dev45: after the naaste dies.
        ("en als hij doodgaat, is er dan ook hulp voor mij en mijn moeder?", "rouw"),
        ("is er begeleiding na het overlijden?", "rouw"),
        # Personas dev45: asked before the age is known.
        ("moet ik dit melden bij mijn studieadviseur?", "decaan"),
        ("zal ik het aan mijn mentor vertellen?", "decaan"),
        # Personas dev42: medicines run out while the huisarts is closed.
        ("wat moet ik nu doen, de pillen zijn op en de huisarts is dicht?", "huisartsenpost"),
        ("haar medicijnen zijn bijna op en het is weekend", "huisartsenpost"),
        ("kan de apotheek de medicijnen niet gewoon bij haar thuis bezorgen?", "apotheek"),
        ("de huisarts is niet bereikbaar, wat nu?", "huisartsenpost"),
        ("krijgt ma haar zuurstofapparaat eigenlijk vergoed?", "zorgverzekeraar"),
        ("en wat als de wmo weer nee zegt", "cliëntondersteuner"),
        ("is er taxi voor dialyse? wie betaalt dat?", "zorgverzekeraar"),
        # Personas dev41.
        ("is er vervoer voor mama naar ziekenhuis? 3 keer in week dialise", "zorgverzekeraar"),
        ("hoe regel ik vervoer naar de bestraling?", "zorgverzekeraar"),
        ("als ik door het zorgen studievertraging oploop, kan ik ergens hulp krijgen?", "decaan"),
        ("moet mijn vader zelf tekenen of mag ik dat doen voor hem?", "machtiging"),
        ("moet mijn schoonmoeder ook ja zeggen als iemand komt helpen?", "keukentafelgesprek"),
        ("Mijn zus wil geen vreemde mensen over de vloer, moet zij ook ja zeggen?", "samen"),
        ("Moet mijn broer toestemming geven voordat ik hulp voor mezelf vraag?", "vraagt u zelf"),
        # Personas dev31: about this chat or the aanmelding.
        ("moet mn moeder weten dat ik dit doe?", "U beslist zelf"),
        ("moet mn moeder dat goedvinden als ik me aanmeld?", "U beslist zelf"),
        (
            "Dient mijn vrouw daar zelf mee in te stemmen? Zij begrijpt het niet meer zo goed.",
            "samen",
        ),
        (
            "kan ik als vriend ook iets aanvragen of moet dat familie zijn?",
            "Ook als u geen familie",
        ),
        ("moet de wmo aanvraag in almere of in lelystad, waar hij woont?", "waar uw naaste woont"),
        ("moet ik dat in kampen aanvragen of in dronten?", "waar uw naaste woont"),
        # Personas dev30.
        ("Mag mijn dochter bij dat gesprek zijn?", "bij het gesprek is"),
        # Personas dev17, dev18, dev19, dev34: asking the gemeente for the naaste.
        ("Moet hij dan zelf de gemeente bellen of mag ik dat voor hem doen?", "melding"),
        ("moet de buurman dat zelf aanvragen of mag ik dat voor hem doen?", "melding"),
        ("ik ben geen familie, mag ik dan wel voor hem iets vragen bij gemeente?", "melding"),
        (
            "Is er ook iets voor mensen die geen familie zijn maar wel voor iemand zorgen?",
            "Ook als u geen familie",
        ),
        ("en kan ik ook om flexibele werktijden vragen?", "werkgever"),
        (
            "Mag ik als vriend wel dingen voor hem regelen, ik ben geen familie?",
            "Ook als u geen familie bent",
        ),
        (
            "ik ben geen familie, alleen een goede vriend. kan ik zijn post wel regelen?",
            "Ook als u geen familie bent",
        ),
        # Personas dev30: planning ahead, told with the verb after the naaste.
        ("ik wil weten wat er met hem gebeurt als mij wat overkomt", "Wie later voor uw naaste"),
        # Personas dev30: someone else in the conversation; e-mail instead of a call.
        (
            "kan mijn dochter er ook bij als iemand belt? zij praat beter nederlands",
            "iemand die u vertrouwt",
        ),
        (
            "Kan het steunpunt mij ook mailen in plaats van bellen? Ik hoor slecht door de telefoon.",
            "Liever e-mail",
        ),
        # Personas held out 17 (after their measurement): anonymous talking, the family's children.
        ("kan ik ook anoniem met iemand praten?", "Mantelzorglijn"),
        (
            "Is er een telefoonnummer waar ik anoniem mijn verhaal kwijt kan?",
            "niet kunnen controleren",
        ),
        ("is er ook iets voor de kinderen?", "jonge mantelzorgers"),
        ("kunnen de kleinkinderen ook ergens hulp krijgen?", "jonge mantelzorgers"),
        # Personas dev24, at first sight not understood.
        (
            "Kan ik praten met iemand zonder mijn naam? Mijn familie mag niet weten.",
            "Mantelzorglijn",
        ),
        ("Onze oudste van 15 moppert soms dat alles om Daan draait. Is daar iets voor?", "jonge"),
        ("kind 9 jaar helpt veel. is hulp voor kind?", "jonge mantelzorgers"),
        ("Mijn zoon 13 helpt ook veel met zijn zus. Is er iets voor hem?", "jonge mantelzorgers"),
        ("en zn huis heeft een drempel en trap, kan dat aangepast worden?", "Wmo-loket"),
        ("wie betaalt aanpassing badkamer", "Wmo-loket"),
        ("is er hulp bij zijn schulden? die komen nu steeds bij mij", "schuldhulp"),
        # Personas dev24, learned in the nineteenth session.
        ("wij hebben weinig geld. is er geld voor ouders met kind met handicap?", "SVB"),
        ("krijgen wij een vergoeding voor onze zoon met autisme?", "kinderbijslag"),
        (
            "Is er ook hulp voor haar zelf? Ze wil niet naar een psycholoog, maar misschien iets "
            "laagdrempeligs?",
            "POH-ggz",
        ),
        ("kan ik iets regelen voor als ik zelf niet meer kan zorgen?", "volmacht"),
        (
            "Wie berekent die eigen bijdrage voor het verpleeghuis, en telt ons spaargeld mee?",
            "CAK",
        ),
    ],
)
def test_a_question_on_a_topic_without_checked_facts_gets_a_referral(
    question: str, topic: str
) -> None:
    assert topic in answered(question)


def test_a_referral_shows_the_offers_it_names_as_cards() -> None:
    # Personas dev18, dev34: who may ask the gemeente, and the help to do it.
    index = build_index_from_files()
    question = "moet de buurman dat zelf aanvragen of mag ik dat voor hem doen?"

    answer = answer_question(question, {"gemeente": "GM0166"}, index, lambda _: None, str)

    assert answer is not None
    assert answer.text.startswith("U kunt ook voor uw naaste hulp vragen bij de gemeente.")
    assert "\nGratis cliëntondersteuning\n" in answer.text
    assert "Eerste stap: Vraag uw gemeente naar gratis cliëntondersteuning." in answer.text
    assert [offer["id"] for offer in answer.offers] == ["gratis_clientondersteuning"]


def test_a_referral_naming_an_offer_that_is_not_an_id_is_refused() -> None:
    document = {
        "version": 1,
        "verwijzingen": [{"id": "x", "asked": ["a"], "text": "b", "offers": ["Gratis hulp"]}],
    }
    with pytest.raises(Exception, match="does not match"):
        parse_referrals(document)


def test_every_offer_a_referral_names_exists() -> None:
    offer_ids = {offer.id for offer in build_index_from_files().offers}
    for referral in load_referrals():
        assert set(referral.offers) <= offer_ids, referral.id


def test_school_is_a_young_caregivers_topic() -> None:
    question = "kan ik op school extra tijd krijgen voor opdrachten?"
    assert "decaan" in answered(question, age_group="18-24")
    assert "decaan" in answered(question)  # "op school": the asker's own school
    assert "decaan" not in answered("is er dagbesteding bij de school van mijn zoon?")
    hogeschool = "kan ik op mn hogeschool iets regelen als ik door de zorg colleges mis?"
    assert "decaan" in answered(hogeschool, age_group="18-24")
    assert "juf" in answered("moet ik dit aan mijn juf vertellen?", age_group="<18")
    # Personas dev39: "uni" was not heard as a study.
    uni = "kan mijn uni hier rekening mee houden? ik loop echt vertraging op"
    assert "studieadviseur" in answered(uni, age_group="18-24")


def test_leave_asked_by_a_friend_is_not_taken_for_the_friendship_question() -> None:
    question = "kan ik zorgverlof krijgen? ik ben geen familie, ik ben de buurvrouw"
    assert "Ook als u geen familie bent" not in answered(question)


@pytest.mark.parametrize("age_group", [None, "18-24"])
def test_leave_from_work_for_a_childs_school_day_is_no_question_about_ones_school(
    age_group: str | None,
) -> None:
    # Personas dev47.
    question = "kan ik vrij van werk als kuba weer thuis moet blijven van school?"
    answer = answered(question, **({"age_group": age_group} if age_group else {}))

    assert "zorgverlof" in answer and "decaan" not in answer, answer


def test_the_naaste_as_the_child_asked_about_gets_no_young_caregivers_referral() -> None:
    assert "jonge mantelzorgers" not in answered("is er iets voor mijn zoon?")
    assert "jonge mantelzorgers" not in answered("is er opvang voor de kinderen als ik weg moet?")
    assert "jonge mantelzorgers" not in answered(
        "mijn twee kinderen hebben autisme, is er hulp voor hen?"
    )
    assert "jonge mantelzorgers" not in answered(
        "mijn zoon van 12 heeft autisme, is er iets voor hem?"
    )


def test_referrals_state_no_phone_numbers_amounts_or_links() -> None:
    for referral in load_referrals():
        assert not re.search(r"\d{3}|€|https?://|www\.", referral.text), referral.id


def test_a_referral_file_without_patterns_is_refused() -> None:
    with pytest.raises(Exception, match="asked"):
        parse_referrals({"version": 1, "verwijzingen": [{"id": "x", "text": "Tekst."}]})


def test_an_ordinary_question_gets_no_referral() -> None:
    assert find_referral("wat kost dagbesteding", young=False) is None

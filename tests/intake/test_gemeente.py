import csv

import pytest
import yaml

from bot.intake.gemeente import (
    MatchStatus,
    find_gemeente_mentions,
    match_gemeente,
    match_gemeente_answer,
)
from bot.intake.normalize import name_key
from knowledge.gemeenten import GEMEENTEN_CSV, WOONPLAATSEN_YML, load_gemeenten


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Amsterdam", "Amsterdam"),
        ("amsterdm", "Amsterdam"),
        ("utrect", "Utrecht"),
        ("rotterdm", "Rotterdam"),
        ("groningn", "Groningen"),
        ("zwole", "Zwolle"),
        ("Harlem", "Haarlem"),
        ("den bosch", "s-Hertogenbosch"),
        ("Den Bosch", "s-Hertogenbosch"),
        ("s-hertogenbosch", "s-Hertogenbosch"),
        ("'s-Hertogenbosch", "s-Hertogenbosch"),
        ("hertogenbosch", "s-Hertogenbosch"),
        ("Rosmalen", "s-Hertogenbosch"),
        ("den haag", "Den Haag"),
        ("s gravenhage", "Den Haag"),
        ("\u2019s-Gravenhage", "Den Haag"),
        ("Scheveningen", "Den Haag"),
        ("Hoogvliet", "Rotterdam"),
        ("Zandvoort", "Zandvoort"),
        ("gemeente Zwolle", "Zwolle"),
        ("in Ede", "Ede"),
        ("ede", "Ede"),
        ("Ik woon in de gemeente Súdwest-Fryslân", "Súdwest-Fryslân"),
        ("sudwest friesland", "Súdwest-Fryslân"),
        ("Sneek", "Súdwest-Fryslân"),
        ("Spijkenisse", "Nissewaard"),
        ("Gieten", "Aa en Hunze"),
        ("Nuenen", "Nuenen, Gerwen en Nederwetten"),
        ("Alphen aan de Rijn", "Alphen aan den Rijn"),
        ("Bergen NH", "Bergen (NH)"),
        ("bergen limburg", "Bergen (L)"),
        ("Best", "Best"),
        ("ik woon in Best", "Best"),
        ("Buren", "Buren"),
        ("ik woon in Kampen", "Kampen"),
        ("in de buurt van Utrecht", "Utrecht"),
        ("De Bilt", "De Bilt"),
        ("Aa en Hunze", "Aa en Hunze"),
        ("Ljouwert", "Leeuwarden"),
        ("Weesp", "Amsterdam"),
        ("we wonen in Hoofddorp", "Haarlemmermeer"),
        ("in Brielle", "Voorne aan Zee"),
        ("Den Helder", "Den Helder"),
        ("GEMEENTE LEIDEN", "Leiden"),
    ],
)
def test_match_gemeente_ok(text: str, name: str) -> None:
    result = match_gemeente(text)
    assert result.status is MatchStatus.OK
    assert result.gemeente is not None
    assert result.gemeente.name == name
    assert result.candidates == (result.gemeente,)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bergen", {"Bergen (NH)", "Bergen (L)"}),
        ("Hengelo", {"Hengelo", "Bronckhorst"}),
        ("Valkenburg", {"Valkenburg aan de Geul", "Katwijk"}),
        ("alphen", {"Alphen aan den Rijn", "Alphen-Chaam"}),
        ("Eindhoven of Helmond", {"Eindhoven", "Helmond"}),
    ],
)
def test_match_gemeente_ambiguous(text: str, names: set[str]) -> None:
    result = match_gemeente(text)
    assert result.status is MatchStatus.AMBIGUOUS
    assert result.gemeente is None
    assert {g.name for g in result.candidates} == names


@pytest.mark.parametrize(
    "text",
    [
        "ik woon in de stad",
        "ik woon in een dorp",
        "het gaat best goed",
        "mijn buren helpen soms",
        "dat kan leiden tot ruzie",
        "we kampen met problemen",
        "het is echt zwaar",
        "mijn dochter komt uit school",
        "moet ik zelf naar de gemeente bellen of doen jullie dat?",
        "in het weekend",
        "in de winter is het erger",
        "in de war",
        "ik woon in het centrum",
        "ze woont in een verpleeghuis",
        "hij woont in Duitsland",
        "ik kom uit Marokko",
        "ik woon in het noorden",
        "ik woon in de Betuwe",
        "Nederland",
        "Noord-Holland",
        "weet ik niet",
        "hallo",
        "ja",
        "",
    ],
)
def test_match_gemeente_no_false_matches(text: str) -> None:
    result = match_gemeente(text)
    assert result.status is MatchStatus.NOT_FOUND
    assert result.candidates == ()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Zwolle", "name"),
        ("Den Bosch", "alias"),
        ("Scheveningen", "woonplaats"),
        ("Spijkenisse", "bestuurscentrum"),
        ("amsterdm", "fuzzy"),
    ],
)
def test_match_gemeente_says_how_it_matched(text: str, source: str) -> None:
    assert match_gemeente(text).source == source


def test_match_gemeente_returns_cbs_code() -> None:
    result = match_gemeente("Utrecht")
    assert result.gemeente is not None
    assert result.gemeente.code == "GM0344"
    assert result.gemeente.provincie == "Utrecht"


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("hengelo (ov)", "Hengelo"),
        ("Hengelo gld", "Bronckhorst"),
        ("Kampen, in de Hanzewijk", "Kampen"),
        ("zwolle bij de Isala", "Zwolle"),
        # Personas dev29.
        ("hiernaast dus ook kampen", "Kampen"),
        ("A'dam", "Amsterdam"),
        ("adam", "Amsterdam"),
    ],
)
def test_an_answer_names_its_gemeente_with_province_or_more_words(answer: str, name: str) -> None:
    match = match_gemeente_answer(answer)
    assert match.status is MatchStatus.OK
    assert match.gemeente is not None and match.gemeente.name == name
    assert match.candidates == (match.gemeente,)


@pytest.mark.parametrize(
    "story",
    [
        "Ik probeer mijn baan als docent vol te houden maar het lukt niet",
        "ik stond voor de klas te huilen",
    ],
)
def test_a_verb_after_te_is_no_place_one_typo_away(story: str) -> None:
    assert find_gemeente_mentions(story).mentions == ()


def test_a_place_in_two_provinces_stays_ambiguous_without_one() -> None:
    assert match_gemeente_answer("Hengelo").status is MatchStatus.AMBIGUOUS


def test_a_wijk_named_with_its_gemeente_is_that_gemeente() -> None:
    # Personas dev24: "amersfoort nieuwland" was asked back three times, and the aanmelding lost.
    # Nieuwland is also a place in Vijfheerenlanden and in Schiedam.
    assert match_gemeente_answer("Nieuwland").status is MatchStatus.AMBIGUOUS
    match = match_gemeente_answer("amersfoort nieuwland")
    assert match.status is MatchStatus.OK and match.gemeente is not None
    assert match.gemeente.name == "Amersfoort"


@pytest.mark.parametrize(
    ("text", "caregiver", "care_recipient"),
    [
        ("ik woon in Zwolle en mijn moeder in Kampen", "Zwolle", "Kampen"),
        ("Mijn moeder woont in Kampen, ik in Zwolle", "Zwolle", "Kampen"),
        ("ik zorg voor mijn vader in Den Bosch", None, "s-Hertogenbosch"),
        ("we wonen samen in Utrecht", "Utrecht", "Utrecht"),
        ("mijn moeder woont bij ons in Aa en Hunze", "Aa en Hunze", "Aa en Hunze"),
        ("Ik kom uit Leiden", "Leiden", None),
        ("mijn vader is 90 en woont in Apeldoorn. Ik woon in Deventer.", "Deventer", "Apeldoorn"),
        ("Mijn oma woont in Scheveningen en ik in Rotterdam", "Rotterdam", "Den Haag"),
        # Where the treatment or the work is, not where anyone lives.
        ("mijn man krijgt bestralingen in Zwolle, ik rijd hem", None, None),
        ("mijn vader ligt in het ziekenhuis in Deventer", None, None),
        ("we pendelen tussen het prinses maxima centrum in utrecht en huis", None, None),
        ("ik werk in Utrecht en woon in Zeist", "Zeist", None),
        # Personas dev44: "op" a place too.
        ("ik doe boodschappen maar ik werk ook op schiphol dus tijd is krap", None, None),
        ("wij wonen op Urk", "Urk", None),
        ("ik woon en werk in Zwolle", "Zwolle", None),
        ("ik studeer op de hogeschool in Zwolle", None, None),
        ("ik studeer in Nijmegen en ga elk weekend naar mijn moeder", "Nijmegen", None),
        ("ik studeer in utrecht (hbo) en werk in het weekend in de horeca", None, None),
        ("ik zit in zwolle op het mbo", None, None),
        ("ik woon in zwolle, school is ook daar", "Zwolle", None),
        ("ik studeer in zwolle maar woon nog thuis in kampen", "Kampen", None),
        # Personas dev45: where other family lives says nothing about the caregiver or the naaste.
        ("ik doe alles alleen, onze kinderen wonen in rotterdam en duitsland", None, None),
        ("onze kinderen wonen in Zwolle, wij wonen in Kampen", "Kampen", None),
    ],
)
def test_find_gemeente_mentions_roles(
    text: str, caregiver: str | None, care_recipient: str | None
) -> None:
    mentions = find_gemeente_mentions(text)
    own, theirs = mentions.caregiver, mentions.care_recipient
    assert (own.gemeente.name if own and own.gemeente else None) == caregiver
    assert (theirs.gemeente.name if theirs and theirs.gemeente else None) == care_recipient


def test_find_gemeente_mentions_without_roles() -> None:
    mentions = find_gemeente_mentions("Zwolle")
    assert [m.role for m in mentions.mentions] == [None]
    assert mentions.caregiver is None


@pytest.mark.parametrize(
    "text", ["het gaat best", "mijn buren helpen", "ze komt uit school", "ik zorg voor mijn moeder"]
)
def test_find_gemeente_mentions_ignores_ordinary_words(text: str) -> None:
    assert find_gemeente_mentions(text).mentions == ()


# --- the data files --------------------------------------------------------------------------


def test_all_342_gemeenten_are_loaded_with_unique_codes() -> None:
    gemeenten = load_gemeenten()
    assert len(gemeenten) == 342
    assert len({g.code for g in gemeenten}) == 342
    assert all(g.code.startswith("GM") and len(g.code) == 6 for g in gemeenten)


def test_every_gemeente_matches_itself() -> None:
    ambiguous = {name_key(place) for place in _places()["ambiguous"]}  # e.g. Hengelo
    for gemeente in load_gemeenten():
        result = match_gemeente(gemeente.name)
        assert gemeente in result.candidates, gemeente.name
        expected = MatchStatus.AMBIGUOUS if name_key(gemeente.name) in ambiguous else MatchStatus.OK
        assert result.status is expected, gemeente.name


def test_every_unambiguous_bestuurscentrum_matches_its_gemeente() -> None:
    with GEMEENTEN_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {name_key(row["naam"]) for row in rows}
    ambiguous = {name_key(k) for k in _places()["ambiguous"]}
    for row in rows:
        seat = row["bestuurscentrum"].split(" (")[0]
        if name_key(seat) in names or name_key(seat) in ambiguous:
            continue
        result = match_gemeente(seat)
        assert result.status is MatchStatus.OK, seat
        assert result.gemeente is not None
        assert result.gemeente.code == row["code"], seat


def _places() -> dict:
    return yaml.safe_load(WOONPLAATSEN_YML.read_text(encoding="utf-8"))


def test_woonplaatsen_point_at_real_gemeenten() -> None:
    names = {name_key(g.name): g.name for g in load_gemeenten()}
    places = _places()
    for section in ("aliases", "woonplaatsen"):
        for place, gemeente in places[section].items():
            assert name_key(gemeente) in names, f"{place}: {gemeente}"
            assert name_key(place) not in names, f"{place} is itself a gemeente"
            result = match_gemeente(place)
            assert result.status is MatchStatus.OK, place
            assert result.gemeente is not None
            assert result.gemeente.name == names[name_key(gemeente)], place
    for place, gemeenten in places["ambiguous"].items():
        assert len(gemeenten) > 1, place
        assert all(name_key(g) in names for g in gemeenten), place
        assert match_gemeente(place).status is MatchStatus.AMBIGUOUS, place


def _typos(name: str) -> list[str]:
    """A dropped, swapped and doubled letter in the middle of the name (not at a space/hyphen)."""
    i = len(name) // 2
    if not name[i - 1 : i + 2].isalpha():
        return []
    return [
        name[:i] + name[i + 1 :],
        name[:i] + name[i + 1] + name[i] + name[i + 2 :],
        name[:i] + name[i] + name[i:],
    ]


def test_typos_in_gemeente_names_never_match_another_gemeente() -> None:
    tried = found = 0
    for gemeente in load_gemeenten():
        if len(gemeente.name) < 6:
            continue
        for typo in _typos(gemeente.name):
            if typo.lower() == gemeente.name.lower():
                continue
            result = match_gemeente(typo)
            tried += 1
            found += gemeente in result.candidates
            assert not result.candidates or gemeente in result.candidates, typo
    assert tried > 600
    assert found / tried >= 0.97


# --- villages, towns and wijken (woonplaatsen.yml) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Groningen
        ("Hoogkerk", "Groningen"),
        ("Beijum", "Groningen"),
        ("Paddepoel", "Groningen"),
        ("Vinkhuizen", "Groningen"),
        ("Farmsum", "Eemsdelta"),
        ("Uithuizermeeden", "Het Hogeland"),
        ("Bedum", "Het Hogeland"),
        ("Bad Nieuweschans", "Oldambt"),
        ("Aduard", "Westerkwartier"),
        ("Ezinge", "Westerkwartier"),
        ("Musselkanaal", "Stadskanaal"),
        ("Wildervank", "Veendam"),
        ("Bourtange", "Westerwolde"),
        ("Kropswolde", "Midden-Groningen"),
        ("Nieuwe Pekela", "Pekela"),
        # Friesland: Dutch and Frisian names
        ("Sneek", "Súdwest-Fryslân"),
        ("Snits", "Súdwest-Fryslân"),
        ("Boalsert", "Súdwest-Fryslân"),
        ("Makkum", "Súdwest-Fryslân"),
        ("De Jouwer", "De Fryske Marren"),
        ("Sint Nicolaasga", "De Fryske Marren"),
        ("Burgum", "Tytsjerksteradiel"),
        ("Hurdegaryp", "Tytsjerksteradiel"),
        ("Feanwâlden", "Dantumadiel"),
        ("Veenwouden", "Dantumadiel"),
        ("Holwerd", "Noardeast-Fryslân"),
        ("Surhuisterveen", "Achtkarspelen"),
        ("Gorredijk", "Opsterland"),
        ("Appelscha", "Ooststellingwerf"),
        ("Akkrum", "Heerenveen"),
        ("Grou", "Leeuwarden"),
        ("Camminghaburen", "Leeuwarden"),
        ("Berltsum", "Waadhoeke"),
        ("Sint-Jabik", "Waadhoeke"),
        ("Hollum", "Ameland"),
        ("Midsland", "Terschelling"),
        # Drenthe
        ("Klazienaveen", "Emmen"),
        ("Nieuw-Amsterdam", "Emmen"),
        ("Schoonebeek", "Emmen"),
        ("Zuidlaren", "Tynaarlo"),
        ("Westerbork", "Midden-Drenthe"),
        ("Dwingeloo", "Westerveld"),
        ("Ruinerwold", "De Wolden"),
        ("Hollandscheveld", "Hoogeveen"),
        ("Nijeveen", "Meppel"),
        ("Veenhuizen", "Noordenveld"),
        ("Kloosterveen", "Assen"),
        ("Borger", "Borger-Odoorn"),
        ("Rolde", "Aa en Hunze"),
        # Overijssel
        ("Windesheim", "Zwolle"),
        ("Stadshagen", "Zwolle"),
        ("Holtenbroek", "Zwolle"),
        ("Berkum", "Zwolle"),
        ("IJsselmuiden", "Kampen"),
        ("Dedemsvaart", "Hardenberg"),
        ("Giethoorn", "Steenwijkerland"),
        ("Vollenhove", "Steenwijkerland"),
        ("Glanerbrug", "Enschede"),
        ("Colmschate", "Deventer"),
        ("Bathmen", "Deventer"),
        ("Heino", "Raalte"),
        ("Genemuiden", "Zwartewaterland"),
        ("Vroomshoop", "Twenterand"),
        ("Albergen", "Tubbergen"),
        ("Diepenheim", "Hof van Twente"),
        # Flevoland
        ("Almere Buiten", "Almere"),
        ("Biddinghuizen", "Dronten"),
        ("Marknesse", "Noordoostpolder"),
        ("Nagele", "Noordoostpolder"),
        # Gelderland
        ("Beekbergen", "Apeldoorn"),
        ("Vaassen", "Epe"),
        ("Silvolde", "Oude IJsselstreek"),
        ("Vorden", "Bronckhorst"),
        ("Ruurlo", "Berkelland"),
        ("Presikhaaf", "Arnhem"),
        ("Schuytgraaf", "Arnhem"),
        ("Dukenburg", "Nijmegen"),
        ("Wezep", "Oldebroek"),
        ("Voorthuizen", "Barneveld"),
        ("Harskamp", "Ede"),
        ("Doornspijk", "Elburg"),
        ("Beesd", "West Betuwe"),
        ("Herwijnen", "West Betuwe"),
        ("Zetten", "Overbetuwe"),
        ("Wamel", "West Maas en Waal"),
        ("Warnsveld", "Zutphen"),
        ("Terwolde", "Voorst"),
        ("Brakel", "Zaltbommel"),
        # Utrecht
        ("Hoogland", "Amersfoort"),
        ("Vathorst", "Amersfoort"),
        ("Kattenbroek", "Amersfoort"),
        ("Schothorst", "Amersfoort"),
        ("Overvecht", "Utrecht"),
        ("Kanaleneiland", "Utrecht"),
        ("Soesterberg", "Soest"),
        ("Den Dolder", "Zeist"),
        ("Vreeswijk", "Nieuwegein"),
        ("Ameide", "Vijfheerenlanden"),
        ("Loenen aan de Vecht", "Stichtse Vecht"),
        ("Maartensdijk", "De Bilt"),
        ("Harmelen", "Woerden"),
        ("Cothen", "Wijk bij Duurstede"),
        # Noord-Holland
        ("Hoofddorp", "Haarlemmermeer"),
        ("IJburg", "Amsterdam"),
        ("Bijlmermeer", "Amsterdam"),
        ("Amsterdam-Noord", "Amsterdam"),
        ("De Rijp", "Alkmaar"),
        ("Schermerhorn", "Alkmaar"),
        ("Broek op Langedijk", "Dijk en Waard"),
        ("Wieringerwerf", "Hollands Kroon"),
        ("Den Oever", "Hollands Kroon"),
        ("Andijk", "Medemblik"),
        ("Zwaag", "Hoorn"),
        ("Marken", "Waterland"),
        ("Kortenhoef", "Wijdemeren"),
        ("Velserbroek", "Velsen"),
        ("De Koog", "Texel"),
        ("Oosthuizen", "Edam-Volendam"),
        ("Duivendrecht", "Ouder-Amstel"),
        ("Callantsoog", "Schagen"),
        # Zuid-Holland
        ("Zwartewaal", "Voorne aan Zee"),
        ("Bezuidenhout", "Den Haag"),
        ("Kralingen", "Rotterdam"),
        ("Ommoord", "Rotterdam"),
        ("Boskoop", "Alphen aan den Rijn"),
        ("Reeuwijk", "Bodegraven-Reeuwijk"),
        ("Ouddorp", "Goeree-Overflakkee"),
        ("Numansdorp", "Hoeksche Waard"),
        ("'s-Gravendeel", "Hoeksche Waard"),
        ("Lekkerkerk", "Krimpenerwaard"),
        ("Kinderdijk", "Molenlanden"),
        ("Honselersdijk", "Westland"),
        ("Rokkeveen", "Zoetermeer"),
        ("Stevenshof", "Leiden"),
        ("Dubbeldam", "Dordrecht"),
        ("Tanthof", "Delft"),
        ("Moordrecht", "Zuidplas"),
        ("Heerjansdam", "Zwijndrecht"),
        # Zeeland
        ("Yerseke", "Reimerswaal"),
        ("Renesse", "Schouwen-Duiveland"),
        ("Bruinisse", "Schouwen-Duiveland"),
        ("Arnemuiden", "Middelburg"),
        ("Breskens", "Sluis"),
        ("Axel", "Terneuzen"),
        ("Kamperland", "Noord-Beveland"),
        ("Westkapelle", "Veere"),
        ("Oost-Souburg", "Vlissingen"),
        ("Sint-Annaland", "Tholen"),
        ("Kloosterzande", "Hulst"),
        ("Wemeldinge", "Kapelle"),
        ("'s-Heerenhoek", "Borsele"),
        # Noord-Brabant
        ("Mill", "Land van Cuijk"),
        ("Sint Hubert", "Land van Cuijk"),
        ("Erp", "Meierijstad"),
        ("Volkel", "Maashorst"),
        ("Haaren", "Oisterwijk"),
        ("Esch", "Vught"),
        ("Helvoirt", "Vught"),
        ("Biezenmortel", "Tilburg"),
        ("Reeshof", "Tilburg"),
        ("Ginneken", "Breda"),
        ("Empel", "s-Hertogenbosch"),
        ("Nuland", "s-Hertogenbosch"),
        ("Woensel", "Eindhoven"),
        ("Meerhoven", "Eindhoven"),
        ("Brandevoort", "Helmond"),
        ("Drunen", "Heusden"),
        ("Berghem", "Oss"),
        ("Ravenstein", "Oss"),
        ("Raamsdonksveer", "Geertruidenberg"),
        ("Willemstad", "Moerdijk"),
        ("Dinteloord", "Steenbergen"),
        ("Lieshout", "Laarbeek"),
        ("Bakel", "Gemert-Bakel"),
        ("Sleeuwijk", "Altena"),
        ("Heeswijk-Dinther", "Bernheze"),
        ("Berlicum", "Sint-Michielsgestel"),
        ("Dommelen", "Valkenswaard"),
        ("Zeelst", "Veldhoven"),
        ("Hapert", "Bladel"),
        # Limburg
        ("Born", "Sittard-Geleen"),
        ("Heerlerheide", "Heerlen"),
        ("Belfeld", "Venlo"),
        ("Wyck", "Maastricht"),
        ("Amby", "Maastricht"),
        ("Eygelshoven", "Kerkrade"),
        ("Schaesberg", "Landgraaf"),
        ("Thorn", "Maasgouw"),
        ("Heel", "Maasgouw"),
        ("Sevenum", "Horst aan de Maas"),
        ("Meijel", "Peel en Maas"),
        ("Stramproy", "Weert"),
        ("Melick", "Roerdalen"),
        ("Epen", "Gulpen-Wittem"),
        ("Schinveld", "Beekdaelen"),
        ("Urmond", "Stein"),
        ("Bocholtz", "Simpelveld"),
        ("Klimmen", "Voerendaal"),
        ("Houthem", "Valkenburg aan de Geul"),
        ("Wanssum", "Venray"),
        ("Ottersum", "Gennep"),
        ("Siebengewald", "Bergen (L)"),
        # in a sentence; names that are also words; other names; typos
        ("ik woon in Windesheim", "Zwolle"),
        ("mijn moeder woont in IJsselmuiden", "Kampen"),
        ("we wonen in Hoogland", "Amersfoort"),
        ("Sneek, in Friesland", "Súdwest-Fryslân"),
        ("ik woon in Zetten", "Overbetuwe"),
        ("De Wijk", "De Wolden"),
        ("in Loon", "Assen"),
        ("Loon", "Assen"),
        ("Skylge", "Terschelling"),
        ("Mokum", "Amsterdam"),
        ("windeshiem", "Zwolle"),
        ("in stadshagn", "Zwolle"),
        ("IJselmuiden", "Kampen"),
        ("Klazinaveen", "Emmen"),
        ("Nieuw Venep", "Haarlemmermeer"),
        ("Zwolle-Zuid", "Zwolle"),
        ("Beetsterzwaag", "Opsterland"),
    ],
)
def test_places_resolve_to_their_gemeente(text: str, name: str) -> None:
    result = match_gemeente(text)
    assert result.status is MatchStatus.OK, text
    assert result.gemeente is not None
    assert result.gemeente.name == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Oosterhout", {"Oosterhout", "Nijmegen"}),
        ("Zevenhuizen", {"Zuidplas", "Westerkwartier"}),
        ("Beek", {"Beek", "Berg en Dal", "Montferland"}),
        ("Haren", {"Groningen", "Oss"}),
        ("Nes", {"Ameland", "Noardeast-Fryslân", "Heerenveen"}),
        ("Loenen", {"Apeldoorn", "Stichtse Vecht"}),
        ("in Nieuwland", {"Amersfoort", "Vijfheerenlanden", "Schiedam"}),
    ],
)
def test_places_in_several_gemeenten_are_ambiguous(text: str, names: set[str]) -> None:
    result = match_gemeente(text)
    assert result.status is MatchStatus.AMBIGUOUS
    assert {g.name for g in result.candidates} == names


def test_every_ambiguous_place_lists_exactly_its_gemeenten() -> None:
    names = {name_key(g.name): g.name for g in load_gemeenten()}
    for place, gemeenten in _places()["ambiguous"].items():
        result = match_gemeente(place)
        assert result.status is MatchStatus.AMBIGUOUS, place
        expected = {names[name_key(g)] for g in gemeenten}
        assert {g.name for g in result.candidates} == expected, place


@pytest.mark.parametrize(
    "text",
    [
        "het gaat best",
        "ik zorg voor mijn moeder",
        "ze woont nog thuis",
        "we wonen samen",
        "elke dag een paar uur",
        "het is heel zwaar",
        "om de boel op orde te zetten",
        "ik krijg geen loon",
        "ze zit de hele dag in de hoek",
        "ik heb wallen onder mijn ogen",
        "ik zorg voor hem",
        "mijn zoon Axel helpt",
        "met vriendelijke groet",
        "de heen- en terugreis is lang",
        "ik twijfel",
        "ochtend",
        "Duitsland",
        "België",
        "Amerika",
        "Spanje",
        "Turkije",
        "Suriname",
        "Engeland",
        "Polen",
        "hallo",
        "thuis",
        "alleen",
        "buiten",
        "dichtbij",
        "zelfstandig",
        "in een aanleunwoning",
        "bij mijn dochter",
        "om haar te helpen",
        "het wordt me te zwaar",
        "we hoeven niet te wachten",
        "ik moet naar anderen luisteren",
        "in heel Nederland",
        "het is ons te veel",
        "in de wijk",
        "ik woon in de wijk",
        "de wijkverpleging komt in de wijk",
        "ze woont in een verzorgingshuis",
        "ik woon in een flat",
        "mijn vader woont in het buitenland",
        "in maart",
        "het gaat op en neer",
        "ik ben op de heenweg",
        "hij ligt in bed",
        "in de zomer",
        "ze gelooft in engelen",
        "dat is in orde",
        "elke week",
        "een",
        "in de stad",
    ],
)
def test_ordinary_words_are_no_places(text: str) -> None:
    """Thousands of village names must not turn everyday Dutch into a gemeente."""
    assert match_gemeente(text).status is MatchStatus.NOT_FOUND, text
    assert find_gemeente_mentions(text).mentions == (), text


@pytest.mark.parametrize(
    ("text", "caregiver", "care_recipient"),
    [
        ("Ik woon in IJsselmuiden en mijn vader in Windesheim.", "Kampen", "Zwolle"),
        ("Mijn moeder woont in Vathorst, ik in Hoofddorp", "Haarlemmermeer", "Amersfoort"),
        ("we wonen samen in Snits", "Súdwest-Fryslân", "Súdwest-Fryslân"),
    ],
)
def test_places_in_a_story_have_roles(
    text: str, caregiver: str | None, care_recipient: str | None
) -> None:
    mentions = find_gemeente_mentions(text)
    own, theirs = mentions.caregiver, mentions.care_recipient
    assert (own.gemeente.name if own and own.gemeente else None) == caregiver
    assert (theirs.gemeente.name if theirs and theirs.gemeente else None) == care_recipient


def test_woonplaatsen_cover_every_provincie_with_thousands_of_names() -> None:
    places = _places()
    provincie = {g.name: g.provincie for g in load_gemeenten()}
    assert len(places["woonplaatsen"]) >= 3000
    covered = {provincie[g] for g in places["woonplaatsen"].values()}
    assert covered == set(provincie.values())


def test_no_place_name_is_listed_twice() -> None:
    """yaml.safe_load keeps the last of two equal keys silently; two spellings of one name too."""
    root = yaml.compose(WOONPLAATSEN_YML.read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for section_key, section in root.value:
        for key_node, _ in section.value:
            key = name_key(key_node.value)
            assert key not in seen, f"{key_node.value} ({section_key.value}) and {seen[key]}"
            seen[key] = f"{key_node.value} ({section_key.value})"


def test_woonplaatsen_say_they_must_be_checked_against_cbs() -> None:
    header = WOONPLAATSEN_YML.read_text(encoding="utf-8").split("aliases:")[0]
    assert "general knowledge" in header
    assert "Woonplaatsen in Nederland" in header


def test_a_short_city_name_is_no_place_in_a_story() -> None:
    assert find_gemeente_mentions("ik zorg voor mijn zoon adam, hij heeft autisme").mentions == ()


@pytest.mark.parametrize(
    ("answer", "asked"),
    [
        # Personas dev48: "heerle" for Heerlen is also the village Heerle (Roosendaal).
        ("heerle", {"Heerlen", "Roosendaal"}),
        ("putte", {"Putten", "Woensdrecht"}),
    ],
)
def test_a_village_named_like_a_gemeente_with_a_letter_missing_is_asked_about(
    answer: str, asked: set[str]
) -> None:
    match = match_gemeente_answer(answer)

    assert match.status is MatchStatus.AMBIGUOUS
    assert {gemeente.name for gemeente in match.candidates} == asked


@pytest.mark.parametrize(
    ("answer", "gemeente"), [("dieren", "Rheden"), ("holten", "Rijssen-Holten")]
)
def test_a_village_one_wrong_letter_from_a_gemeente_is_the_village(
    answer: str, gemeente: str
) -> None:
    match = match_gemeente_answer(answer)

    assert match.status is MatchStatus.OK and match.gemeente and match.gemeente.name == gemeente

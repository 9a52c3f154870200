"""Free Dutch answers to instrument items, mapped to answer options (or None: ask again)."""

from __future__ import annotations

import pytest

from bot.assessment.answers import interpret_answer, meaning_of, normalize_text
from bot.assessment.instruments import load_instrument


def _csi(text: str) -> str | None:
    return interpret_answer(load_instrument("csi"), "csi_01", text)


def _ediz(text: str) -> str | None:
    return interpret_answer(load_instrument("ediz"), "ediz_04", text)


def _srb(text: str) -> str | None:
    return interpret_answer(load_instrument("srb"), "srb_01", text)


# (free answer, CSI option, EDIZ option)
PHRASINGS = [
    # clear yes
    ("ja", "ja", "ja"),
    ("Ja.", "ja", "ja"),
    ("JA", "ja", "ja"),
    ("ja hoor", "ja", "ja"),
    ("Och ja", "ja", "ja"),
    ("jawel", "ja", "ja"),
    ("klopt", "ja", "ja"),
    ("Dat klopt wel", "ja", "ja"),
    ("inderdaad", "ja", "ja"),
    ("vaak", "ja", "ja"),
    ("best wel", "ja", "ja"),
    ("ik denk het wel", "ja", "ja"),
    ("jaa", "ja", "ja"),
    ("jaaaa", "ja", "ja"),
    ("jah", "ja", "ja"),
    ("Ja, elke nacht wel twee keer", "ja", "ja"),
    ("ja, hij roept me steeds", "ja", "ja"),
    # strong yes
    ("jazeker", "ja", "ja_zeker"),
    ("zeker", "ja", "ja_zeker"),
    ("ja zeker", "ja", "ja_zeker"),
    ("Absoluut", "ja", "ja_zeker"),
    ("altijd", "ja", "ja_zeker"),
    ("eigenlijk altijd", "ja", "ja_zeker"),
    ("ja!", "ja", "ja_zeker"),
    ("Ja!!", "ja", "ja_zeker"),
    ("ja, heel erg", "ja", "ja_zeker"),
    ("helemaal waar", "ja", "ja_zeker"),
    ("jazker", "ja", "ja_zeker"),  # typo
    ("zeker weten", "ja", "ja_zeker"),
    # partly: EDIZ 'Min of meer', CSI asks again
    ("soms", None, "min_of_meer"),
    ("soms wel", None, "min_of_meer"),
    ("een beetje", None, "min_of_meer"),
    ("wel een beetje", None, "min_of_meer"),
    ("min of meer", None, "min_of_meer"),
    ("af en toe", None, "min_of_meer"),
    ("zo nu en dan", None, "min_of_meer"),
    ("Ja, maar niet altijd", None, "min_of_meer"),
    ("nee, soms wel", None, "min_of_meer"),
    ("gedeeltelijk", None, "min_of_meer"),
    ("ja en nee", None, "min_of_meer"),
    # Personas dev30: "idd" is how "inderdaad" is typed on WhatsApp.
    ("idd", "ja", "ja"),
    ("idd 😩", "ja", "ja"),
    # Personas dev29: weighed, then concluded.
    ("soms wel, dus ja", "ja", "ja"),
    ("af en toe, dus nee", "nee", "nee"),
    ("soms wel soms niet, maar vaker wel", "ja", "ja"),
    ("nae hoor", "nee", "nee"),
    # clear no
    ("nee", "nee", "nee"),
    ("Nee.", "nee", "nee"),
    ("nee hoor", "nee", "nee"),
    ("nee hor", "nee", "nee"),  # typo
    ("neej", "nee", "nee"),
    ("neee", "nee", "nee"),
    ("neuh", "nee", "nee"),  # said lazily
    ("neh", "nee", "nee"),
    ("nee dat valt mee", "nee", "nee"),
    ("nee eigenlijk niet", "nee", "nee"),
    ("niet echt", "nee", "nee"),
    ("nauwelijks", "nee", "nee"),
    ("zelden", "nee", "nee"),
    ("valt wel mee", "nee", "nee"),
    ("Gaat wel.", None, "min_of_meer"),
    # Personas dev24: manageable, or a statement recognised.
    ("nee, dat gaat wel", "nee", "nee"),
    ("dat herken ik niet", "nee", "nee"),
    ("dat herken ik", "ja", "ja"),
    ("herkenbaar", "ja", "ja"),
    ("in slechte periodes wel", None, "min_of_meer"),
    # Personas: yes and no in the words of the street, other languages, one letter.
    ("wallah ja", "ja", "ja"),
    ("jawis", "ja", "ja"),
    ("j", "ja", "ja"),
    ("n", "nee", "nee"),
    ("not really", "nee", "nee"),
    ("nein, nee bedoel ik", "nee", "nee"),
    ("100%", "ja", "ja_zeker"),
    ("klopt niet", "nee", "nee"),
    ("Nee, want mijn zus helpt ook", "nee", "nee"),
    # strong no
    ("helemaal niet", "nee", "nee_zeker"),
    ("nooit", "nee", "nee_zeker"),
    ("nooooit", "nee", "nee_zeker"),
    ("nee!", "nee", "nee_zeker"),
    ("nee, helemaal niet", "nee", "nee_zeker"),
    ("absoluut niet", "nee", "nee_zeker"),
    ("zeker niet", "nee", "nee_zeker"),
    ("helemaal nie", "nee", "nee_zeker"),  # typo
    # unclear: ask again
    ("weet ik niet", None, None),
    ("ik weet het niet", None, None),
    ("geen idee", None, None),
    ("misschien", None, None),
    ("hangt ervan af", None, None),
    ("sla over", None, None),
    ("Ik slaap niet goed", None, None),  # a story, and 'niet' here means 'ja'
    ("het gaat wel", None, "min_of_meer"),
    # Personas dev35: "gaat nog" is so-so, not a request for more offers.
    ("gaat nog", None, "min_of_meer"),
    ("Nee, dat gaat nog.", "nee", "nee"),  # personas dev36
    ("Dat zal wel ja", "ja", "ja"),  # personas dev17
    ("Mwah, ja", "ja", "ja"),
    ("dat zal wel meevallen", "nee", "nee"),  # not yes
    ("valt nog mee", "nee", "nee"),
    ("ja, hij is nooit meer dezelfde", "ja", "ja"),  # leading answer counts, the story does not
    ("ja nee", None, None),
    ("", None, None),
    ("   ", None, None),
    ("banaan", None, None),
]


@pytest.mark.parametrize(("text", "csi_option", "ediz_option"), PHRASINGS)
def test_free_answers_map_to_options(
    text: str, csi_option: str | None, ediz_option: str | None
) -> None:
    assert _csi(text) == csi_option
    assert _ediz(text) == ediz_option


@pytest.mark.parametrize(
    ("payload", "csi_option", "ediz_option"),
    [
        ("ja", "ja", "ja"),
        ("nee_zeker", None, "nee_zeker"),  # an EDIZ id means nothing to the CSI
        ("min_of_meer", None, "min_of_meer"),
        ("Min of meer", None, "min_of_meer"),
        ("Ja!", "ja", "ja_zeker"),
        ("Nee!", "nee", "nee_zeker"),
        ("/affirm", "ja", "ja"),
        ("/deny", "nee", "nee"),
        ('/inform{"answer": "min_of_meer"}', None, "min_of_meer"),
        ('/inform{"answer": "ja"}', "ja", "ja"),
        ('/inform{"answer": "ja_zeker"}', None, "ja_zeker"),
        ('/inform{"answer": "banaan"}', None, None),
        ("/inform{kapot", None, None),
        ("/greet", None, None),
    ],
)
def test_button_payloads_and_exact_labels(
    payload: str, csi_option: str | None, ediz_option: str | None
) -> None:
    assert _csi(payload) == csi_option
    assert _ediz(payload) == ediz_option


@pytest.mark.parametrize(
    ("text", "option"),
    [
        ("7", "7"),
        ("een 7", "7"),
        ("Een 7.", "7"),
        ("7/10", "7"),
        ("7 / 10", "7"),
        ("ik geef het een 8 van de 10", "8"),
        ("8 op 10", "8"),
        ("zeven", "7"),
        ("Tien!", "10"),
        ("0", "0"),
        ("nul", "0"),
        ("één", "1"),
        ("10 (veel te belastend)", "10"),
        ('/inform{"answer": "4"}', "4"),
        ("tussen 6 en 7", None),
        ("6 of 7", None),
        ("7,5", None),
        ("11", None),
        ("ja", None),
        ("heel zwaar", None),
        ("weet ik niet", None),
    ],
)
def test_self_rating_takes_one_whole_number(text: str, option: str | None) -> None:
    assert _srb(text) == option


def test_an_item_of_another_instrument_is_refused() -> None:
    with pytest.raises(KeyError):
        interpret_answer(load_instrument("csi"), "ediz_01", "ja")


def test_item_may_be_given_as_object() -> None:
    csi = load_instrument("csi")
    assert interpret_answer(csi, csi.item("csi_09"), "ja hoor") == "ja"


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("Één!", "een"),
        ("  Ja,   hoor ", "ja hoor"),
        ("cliënt-ondersteuning", "client ondersteuning"),
    ],
)
def test_normalize_text(text: str, normalized: str) -> None:
    assert normalize_text(text) == normalized


def test_meaning_is_deterministic() -> None:
    assert {meaning_of("soms wel") for _ in range(5)} == {"partly"}

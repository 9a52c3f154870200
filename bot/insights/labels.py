"""The Dutch words for the insights' codes, as the dashboard and its CSV show them (taalniveau B1)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "kanaal": {
        "web": "Chat op de website",
        "whatsapp": "WhatsApp",
        "rest": "Koppeling (REST)",
        "other": "Anders",
    },
    "belasting": {
        "laag": "Niet zwaar belast",
        "matig": "Matig belast",
        "hoog": "Zwaar belast",
        "onbekend": "Onbekend",
    },
    "leeftijd": {
        "<18": "Jonger dan 18 (jonge mantelzorger)",
        "18-24": "18 tot 25 (jonge mantelzorger)",
        "25-64": "25 tot 65",
        "65-74": "65 tot 75",
        "75+": "75 of ouder",
        "onbekend": "Niet gezegd",
    },
    "relatie": {
        "partner": "Partner",
        "ouder": "Ouder",
        "schoonouder": "Schoonouder",
        "kind": "Kind",
        "broer_zus": "Broer of zus",
        "grootouder": "Grootouder",
        "ander_familielid": "Ander familielid",
        "vriend_buur": "Vriend of buur",
        "anders": "Iemand anders",
        "onbekend": "Niet gezegd",
    },
    "uren": {
        "tot_8": "8 uur of minder",
        "8_20": "9 tot 20 uur",
        "20_40": "21 tot 40 uur",
        "meer_40": "Meer dan 40 uur",
        "onbekend": "Niet gezegd",
    },
    "naast_de_zorg": {
        "werk": "Werk",
        "studie": "School of studie",
        "werk_en_studie": "Werk en studie",
        "geen": "Geen werk of studie",
        "onbekend": "Niet gezegd",
    },
    "behoefte": {
        "even_vrij": "Even vrij (respijtzorg)",
        "praktische_hulp": "Praktische hulp",
        "emotionele_steun": "Iemand om mee te praten",
        "lotgenoten": "Lotgenoten",
        "informatie_advies": "Informatie en advies",
        "financieel": "Geld en vergoedingen",
        "werk_en_zorg": "Werk en zorg",
        "zorg_voor_naaste": "Meer zorg voor de naaste",
        "regelen_aanvragen": "Hulp bij regelen",
        "jonge_mantelzorger": "Steun voor jonge mantelzorgers",
        "wonen_vervoer": "Wonen en vervoer",
        "anders": "Iets anders",
    },
    "aanmeldingen": {"normaal": "Gewoon", "hoog": "Met voorrang", "acuut": "Meteen (acuut)"},
}


def label(group: str, code: str) -> str:
    return LABELS.get(group, {}).get(code, code)

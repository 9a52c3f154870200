"""Dutch words for the aanmelding's codes, shared by the summary text, the portal and the handoff
conversation, so one thing never gets two names. Dates, times and numbers: bot.text.formatting.

Codes that are missing here are shown as they are (e.g. "dementie").
"""

from __future__ import annotations

CHANNEL_WORDS = {
    "web": "de chat op de website",
    "whatsapp": "WhatsApp",
    "rest": "een koppeling",
    "other": "een ander kanaal",
}
RELATION_WORDS = {
    "partner": "de partner",
    "ouder": "een ouder",
    "schoonouder": "een schoonouder",
    "kind": "een kind",
    "broer_zus": "een broer of zus",
    "grootouder": "een opa of oma",
    "ander_familielid": "een ander familielid",
    "vriend_buur": "een vriend of buur",
    "anders": "iemand anders",
}
AGE_GROUP_WORDS = {
    "<18": "jonger dan 18 (jonge mantelzorger)",
    "18-24": "18 tot 25 jaar (jonge mantelzorger)",
    "25-64": "25 tot 65 jaar",
    "65-74": "65 tot 75 jaar",
    "75+": "75 jaar of ouder",
}
CONDITION_WORDS = {
    "nah": "niet-aangeboren hersenletsel",
    "ggz": "psychische problemen",
    "verstandelijke_beperking": "verstandelijke beperking",
    "lichamelijke_beperking": "lichamelijke beperking",
    "chronische_ziekte": "chronische ziekte",
}
COMBINES_WORDS = {
    "werk": "werk",
    "studie": "studie",
    "school": "school",
    "kinderen": "de zorg voor kinderen",
    "eigen_gezondheid": "de eigen gezondheid",
    "andere_zorg": "zorg voor nog iemand",
}
LEVEL_WORDS = {
    "laag": "laag",
    "matig": "matig",
    "hoog": "hoog (overbelast)",
    "onbekend": "onbekend",
}
NEED_WORDS = {
    "even_vrij": "even vrij (respijtzorg)",
    "praktische_hulp": "praktische hulp",
    "emotionele_steun": "emotionele steun",
    "lotgenoten": "lotgenoten",
    "informatie_advies": "informatie en advies",
    "financieel": "geld en regelingen",
    "werk_en_zorg": "werk en zorg",
    "zorg_voor_naaste": "zorg voor de naaste",
    "regelen_aanvragen": "hulp bij regelwerk",
    "jonge_mantelzorger": "jonge mantelzorger",
    "wonen_vervoer": "wonen en vervoer",
    "anders": "anders",
}
PREFERRED_CHANNEL_WORDS = {
    "telefoon": "bellen",
    "email": "e-mail",
    "whatsapp": "WhatsApp",
    "huisbezoek": "een huisbezoek",
}

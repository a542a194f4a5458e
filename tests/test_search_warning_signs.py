"""A warning sign typed into the search box the way people type finds the help page first.

The phrasings are our own, written as a frightened reader might type them: short and long,
plain and misspelled, not copied from the help page. Everyday exercise queries must still find
their page in the top 3 (tests/test_search_queries.py), so the ranking is fixed at its cause,
not for these phrases.
"""

from __future__ import annotations

import pytest
from search_box import search

HELP = "/safety/"
WARNING_SIGNS = [
    # numbness around the bottom and genitals (saddle area)
    "numb around my bottom",
    "numbness between my legs",
    "cant feel my bum",
    "tingling in groin and lower back pain",
    "saddle numbness",
    "numb genitals back pain",
    "numbess around bum",
    # bladder and bowel
    "wet myself",
    "peed myself with back pain",
    "cant pee",
    "trouble peeing",
    "leaking wee",
    "pooed myself",
    "lost control of my bowels",
    "bladder problems and back ache",
    "bladder leeking",
    # sex
    "no feeling during sex",
    # both legs, walking
    "both legs weak",
    "both legs numb",
    "weakness in both legs",
    "legs feel heavy",
    "cant walk properly",
    "hard to walk back pain",
    # fever, unwell
    "fever",
    "back pain and a temperature",
    "feel hot and shivery with back pain",
    "feel very unwell",
    # injury
    "after a fall",
    "fell down the stairs",
    "car crash back pain",
    # chest
    "chest pain",
    "pain in chest and back",
    # night, rest
    "worse at night",
    "back pain wakes me at night",
    "pain when lying still",
    # history and other signs
    "had cancer",
    "history of cancer",
    "losing weight without trying",
    "lump on my back",
    "pain between shoulder blades",
    "hurts when i sneeze",
    "coughing makes it worse",
    "steroid tablets",
    "osteoporosis",
    "weak immune system",
    "i inject drugs",
    "emergency",
    "when should i see a doctor",
]


def test_the_set_is_large_and_varied():
    assert len(WARNING_SIGNS) >= 40 and len(set(WARNING_SIGNS)) == len(WARNING_SIGNS)


@pytest.mark.parametrize("query", WARNING_SIGNS)
def test_a_warning_sign_finds_the_help_page_first(search_tab, query):
    results = search(search_tab, query)
    assert results[:1] == [HELP], f"search for {query!r}: first results were {results[:3]}, expected {HELP} first"

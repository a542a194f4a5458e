"""Everyday words find the right page: each query's page is in the top 3 of the real search box."""

from __future__ import annotations

import pytest
from search_box import results, search

# query -> the page that must be among the first 3 results
QUERIES = {
    "thigh stretch": "/stretches/quadriceps/",
    "QL": "/trigger-points/quadratus-lumborum/",
    "tennis ball": "/trigger-points/quadratus-lumborum/",
    "can't put socks on": "/story/",
    "foam roller": "/foam-rolling/",
    "superman": "/core/back-extension/",
    "numbness": "/safety/",
    "sciatica": "/safety/",
    "7 day plan": "/plan/",
    "squat": "/legs/sit-to-stand/",
    "back of leg tight": "/stretches/hamstrings/",
    "groin stretch": "/stretches/inner-thigh/",
    "piriformis": "/stretches/glutes/",
    "IT band": "/foam-rolling/outer-thigh/",
    "lunge": "/legs/split-squat/",
    "how to bend safely": "/legs/hip-hinge/",
    "plank": "/core/plank/",
    "how long to hold a stretch": "/stretches/",
    # more of our own
    "knot in lower back": "/trigger-points/quadratus-lumborum/",
    "side of hip pain": "/trigger-points/gluteus-medius/",
    "red flags": "/safety/",
    "stiff back in the morning": "/story/",
    "strengthen back muscles": "/core/back-extension/",
    "research": "/evidence/",
    "handout": "/therapists/",
    "theracane": "/trigger-points/",
}


@pytest.mark.parametrize("query, expected", QUERIES.items(), ids=list(QUERIES))
def test_query_finds_its_page_in_the_top_3(search_tab, query, expected):
    results = search(search_tab, query)
    assert expected in results[:3], f"search for {query!r}: top 3 were {results[:3]}, expected {expected}"


# One wrong letter finds nothing in Material's search (it matches the start of words); the guide
# offers its nearest word: misspelt query -> (the word offered, a page the corrected search finds)
MISSPELT = {
    "hamstirng": ("hamstring", "/stretches/hamstrings/"),
    "sciatca": ("sciatica", "/safety/"),
    "numbess": ("numbness", "/safety/"),
    "thearcane": ("theracane", "/trigger-points/"),
}
SUGGESTION = ".guide-search-suggest a"
SAID = ".md-search-result [role=status]"  # what a screen reader hears


def said(tab) -> str:
    status = tab.locator(SAID)
    return status.text_content() if status.count() else ""


def shown(tab) -> None:
    """Material's search open, as a reader sees it. A box left focused with the search closed (a
    fresh-clone run under load got there) does not open it when typed into: blur and focus it."""
    if not tab.evaluate("() => document.getElementById('__search').checked"):
        box = tab.locator("input.md-search__input")
        box.evaluate("box => box.blur()")
        box.focus()


@pytest.mark.parametrize("query, word, expected", [(q, *v) for q, v in MISSPELT.items()], ids=list(MISSPELT))
def test_a_misspelt_word_is_offered_the_guides_word_which_finds_the_page(search_tab, query, word, expected):
    assert search(search_tab, query) == [], f"{query!r} finds pages already: pick a word that finds none"
    offer = search_tab.locator(SUGGESTION)
    offer.wait_for(timeout=5_000)
    assert offer.inner_text() == word
    assert said(search_tab) == f"No matches. Did you mean {word}?"
    shown(search_tab)
    offer.click()
    assert search_tab.locator("input.md-search__input").input_value() == word
    found = results(search_tab)
    assert expected in found[:3], f"{word!r}: top 3 were {found[:3]}"
    assert search_tab.locator(SUGGESTION).count() == 0, "the offer stays after it was taken"
    assert said(search_tab) == "", "a screen reader still hears the offer after it was taken"


def test_the_offer_is_reached_with_the_arrow_key_and_taken_with_enter(search_tab):
    # Material's Tab closes the search; its arrow keys move through the links in the results
    search(search_tab, "piriformus")
    search_tab.locator(SUGGESTION).wait_for(timeout=5_000)
    shown(search_tab)
    search_tab.keyboard.press("ArrowDown")
    assert search_tab.evaluate("document.activeElement.closest('.guide-search-suggest') !== null")
    search_tab.keyboard.press("Enter")
    assert "/stretches/glutes/" in results(search_tab)[:3]
    assert search_tab.evaluate("document.activeElement.matches('input.md-search__input')")


def test_a_misspelt_word_beside_a_found_one_is_offered_too(search_tab):
    # "hamstirng stretch" finds the pages with "stretch" in them, but not the hamstring stretch
    assert "/stretches/hamstrings/" not in search(search_tab, "hamstirng stretch")[:3]
    offer = search_tab.locator(SUGGESTION)
    offer.wait_for(timeout=5_000)
    assert offer.inner_text() == "hamstring stretch"
    assert said(search_tab) == "Did you mean hamstring stretch?"
    shown(search_tab)
    offer.click()
    assert "/stretches/hamstrings/" in results(search_tab)[:3]


# "exer" is the start of "exercise", as a reader types it: Material finds it, nothing to correct
@pytest.mark.parametrize("query", ["hamstring", "zzqxv", "exer"], ids=["found", "nonsense", "being typed"])
def test_nothing_is_offered_when_the_search_finds_pages_or_no_word_is_near(search_tab, query):
    search(search_tab, query)
    search_tab.wait_for_timeout(1_000)  # the offer comes 300 ms after the results, once the words are loaded
    assert search_tab.locator(".guide-search-suggest").count() == 0
    assert said(search_tab) == ""

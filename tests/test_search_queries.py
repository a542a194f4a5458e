"""Everyday words find the right page: each query's page is in the top 3 of the real search box."""

from __future__ import annotations

import pytest
from search_box import search

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

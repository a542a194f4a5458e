"""The site in headless Chromium, as a reader on a phone or a laptop would use it."""

from __future__ import annotations

import re

import pytest
from conftest import DESKTOP, PHONE, open_tab
from search_box import search

MODEL_PAGES = ["/", "/safety/", "/stretches/quadriceps/"]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("path", MODEL_PAGES)
def test_page_loads_cleanly_from_its_own_origin_only(browser, site, path, viewport):
    visit = open_tab(browser, site, viewport=viewport)
    try:
        visit.page.goto(site.url + path.lstrip("/"), wait_until="networkidle")
        assert visit.errors == [], f"{path}: console errors {visit.errors}"
        assert visit.foreign == [], f"{path}: requests to other origins {visit.foreign}"
        width = visit.page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{path} scrolls sideways at {viewport['width']} px ({width} px wide)"
        assert visit.page.locator("article h1").first.is_visible()
    finally:
        visit.page.context.close()


def test_phone_layout_has_a_menu_and_stacks_the_exercise(browser, site):
    visit = open_tab(browser, site, viewport=PHONE)
    try:
        page = visit.page
        page.goto(site.url + "stretches/quadriceps/")
        menu = page.locator('label.md-header__button[for="__drawer"]')
        assert menu.is_visible(), "no menu button on a phone"
        menu.click()
        page.locator(".md-nav--primary").get_by_role("link", name="When to get help").first.wait_for(state="visible")
        page.keyboard.press("Escape")
        dose = page.locator(".guide-dose").bounding_box()
        assert dose["width"] > PHONE["width"] * 0.8, "dose block should take the full width on a phone"
    finally:
        page.context.close()


def test_desktop_layout_shows_navigation_and_dose_beside_picture(tab, site):
    page = tab.page
    page.goto(site.url + "stretches/quadriceps/")
    assert page.locator(".md-sidebar--primary").is_visible()
    facts = page.locator(".guide-exercise__facts").bounding_box()
    assert facts["width"] < DESKTOP["width"] / 2


def test_every_heading_has_a_permalink(tab, site):
    page = tab.page
    for path in MODEL_PAGES[1:]:
        page.goto(site.url + path.lstrip("/"))
        headings = page.locator("article h2[id], article h3[id]")
        assert headings.count() >= 3
        for i in range(headings.count()):
            heading = headings.nth(i)
            hid = heading.get_attribute("id")
            link = heading.locator("a.headerlink")
            assert link.count() == 1, f"{path}#{hid} has no permalink"
            assert link.get_attribute("href").endswith(f"{path}#{hid}") or link.get_attribute("href") == f"#{hid}"


def test_search_lists_the_exercise_for_an_everyday_word(tab, site):
    page = tab.page
    page.goto(site.url)
    results = search(page, "thigh stretch")
    assert "/stretches/quadriceps/" in results[:3], results


def test_missing_page_shows_the_helpful_404(tab, site):
    page = tab.page
    response = page.goto(site.url + "no/such/page/")
    assert response.status == 404
    assert "We cannot find that page" in page.locator("h1").inner_text()
    page.get_by_role("link", name="When to get help with back pain").click()
    page.wait_for_url(re.compile(r"/safety/(#.*)?$"))

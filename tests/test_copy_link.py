"""Copy link: the exercise button and each heading's # put the full address on the clipboard,
say so on screen and to screen readers, and the copied link opens at its section."""

from __future__ import annotations

import re

from conftest import PHONE, open_tab


def clipboard(page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def test_copy_link_copies_the_full_address_with_its_section(phone, site):
    page = phone.page
    page.goto(site.url + "stretches/hamstrings/")
    button = page.get_by_role("button", name="Copy link to this exercise")
    box = button.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    button.focus()
    page.keyboard.press("Enter")
    assert clipboard(page) == site.url + "stretches/hamstrings/"
    status = page.locator(".guide-copy-status")
    assert status.get_attribute("aria-live") == "polite" and status.get_attribute("role") == "status"
    assert status.inner_text() == "Link copied: " + site.url + "stretches/hamstrings/"
    assert status.is_visible()
    box = status.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (
        f"the message runs from x = {box['x']:.0f} to {box['x'] + box['width']:.0f} on a {PHONE['width']} px screen"
    )
    assert not page.locator(".guide-share-link").count(), "no share button where the browser cannot share"
    mark = page.locator("h2#steps a.headerlink")
    box = mark.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, f"the # is {box['width']:.0f} x {box['height']:.0f} px"
    mark.click()
    assert clipboard(page) == site.url + "stretches/hamstrings/#steps"
    assert mark.get_attribute("href").endswith("#steps"), "the # still leads to its section"
    page.locator("#stop-if a.headerlink").click()
    assert clipboard(page) == site.url + "stretches/hamstrings/#stop-if"
    assert phone.errors == [] and phone.foreign == []


def test_copy_works_after_instant_navigation_and_the_link_opens_at_its_section(phone, browser, site):
    page = phone.page
    page.goto(site.url + "stretches/")
    page.evaluate("window.__same_document = true")
    page.locator("article a[href*='/safety/'], article a[href$='safety/']").first.click()
    page.wait_for_url(re.compile(r"/safety/(#.*)?$"), wait_until="commit")
    page.locator("article h1", has_text="help").wait_for()
    assert page.evaluate("window.__same_document === true"), "navigation was not instant"
    page.locator("h2#urgent a.headerlink").click()
    link = clipboard(page)
    assert link == site.url + "safety/#urgent"
    # A client opens the link the therapist sent, in a browser of their own.
    fresh = open_tab(browser, site, viewport=PHONE)
    try:
        fresh.page.goto(link)
        top = fresh.page.locator("#urgent").bounding_box()["y"]
        header = fresh.page.locator(".md-header").bounding_box()["height"]
        assert header - 1 <= top <= header + 80, f"the section opens at {top} px, not under the header"
    finally:
        fresh.page.context.close()


def test_without_javascript_the_permalinks_remain_and_no_dead_button_shows(browser, site):
    visit = open_tab(browser, site, viewport=PHONE, java_script_enabled=False)
    page = visit.page
    try:
        page.goto(site.url + "stretches/hamstrings/")
        assert page.locator("h2#steps a.headerlink").get_attribute("href").endswith("#steps")
        assert not page.locator(".guide-copy-link").is_visible()
        assert not page.locator(".guide-timer").is_visible()
    finally:
        page.context.close()


def test_a_phone_that_can_share_gets_a_share_button(browser, site):
    visit = open_tab(browser, site, viewport=PHONE)
    page = visit.page
    page.add_init_script("""window.__shared = [];
        navigator.share = data => { window.__shared.push(data); return Promise.resolve(); };""")
    try:
        page.goto(site.url + "stretches/hamstrings/")
        share = page.get_by_role("button", name="Share this exercise")
        box = share.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24
        share.click()
        shared = page.evaluate("window.__shared")
        assert [s["url"] for s in shared] == [site.url + "stretches/hamstrings/"]
        assert visit.errors == [] and visit.foreign == []
    finally:
        page.context.close()


def test_a_long_message_fits_a_phone_screen(phone, site):
    page = phone.page
    page.goto(site.url + "stretches/hamstrings/")
    page.evaluate("guideCopy.announce('Link copied: ' + location.href + '#' + 'a-long-section-name'.repeat(8))")
    box = page.locator(".guide-copy-status").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]

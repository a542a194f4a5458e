"""The plan's ticks, the hold timer and copy-link, as a reader on a phone uses them."""

from __future__ import annotations

import pytest

from conftest import PHONE, open_tab


@pytest.fixture
def phone(browser, site):
    visit = open_tab(browser, site, viewport=PHONE, permissions=["clipboard-read", "clipboard-write"])
    yield visit
    visit.page.context.close()


def ticked(page) -> list[bool]:
    return page.eval_on_selector_all(".task-list-item input[type=checkbox]", "bs => bs.map(b => b.checked)")


def test_ticks_survive_reload_and_instant_navigation_and_reset_clears_them(phone, site):
    page = phone.page
    page.goto(site.url + "plan/")
    boxes = page.locator(".task-list-item input[type=checkbox]")
    assert boxes.count() > 20
    for day in ("day-1", "day-2", "day-3"):
        page.locator(f"#{day} ~ ul").first.locator("input[type=checkbox]").first.click()
    state = ticked(page)
    assert sum(state) == 3
    assert boxes.first.get_attribute("aria-label"), "each box is labelled by its item"
    page.reload()
    assert ticked(page) == state, "ticks lost on reload"
    # Instant navigation away and back (no full page load).
    page.evaluate("window.__same_document = true")
    page.locator("article a[href*='safety/']").first.click()
    page.wait_for_url("**/safety/")
    page.go_back()
    page.wait_for_url("**/plan/")
    page.locator(".guide-plan-reset").wait_for()
    assert page.evaluate("window.__same_document === true"), "navigation was not instant"
    assert ticked(page) == state, "ticks lost after instant navigation"
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(".guide-plan-reset").click()
    assert sum(ticked(page)) == 0
    page.reload()
    assert sum(ticked(page)) == 0
    assert phone.foreign == [] and phone.errors == []


def test_timer_counts_down_to_zero_pauses_resets_and_announces(phone, site):
    page = phone.page
    page.clock.install()
    page.goto(site.url + "stretches/hamstrings/")
    timer = page.locator(".guide-timer")
    display = timer.locator(".guide-timer__display")
    status = timer.locator(".guide-timer__status")
    assert timer.is_visible() and display.inner_text() == "0:45"
    start = timer.get_by_role("button", name="Start")
    box = start.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44, "buttons must be thumb-sized"
    start.focus()
    page.keyboard.press("Enter")
    page.clock.run_for(10_000)
    assert display.inner_text() == "0:35"
    timer.get_by_role("button", name="Pause").click()
    page.clock.run_for(10_000)
    assert display.inner_text() == "0:35", "pause must stop the count"
    start.click()
    page.clock.run_for(36_000)
    assert display.inner_text() == "0:00"
    assert status.get_attribute("aria-live") == "polite"
    assert status.inner_text() == "Time is up: 45 seconds done. Switch sides."
    timer.get_by_role("button", name="Reset").click()
    assert display.inner_text() == "0:45"


def test_copy_link_copies_the_full_address_with_its_section(phone, site):
    page = phone.page
    page.goto(site.url + "stretches/hamstrings/")
    page.get_by_role("button", name="Copy link to this exercise").click()
    assert page.evaluate("navigator.clipboard.readText()") == site.url + "stretches/hamstrings/"
    page.locator("h2#steps a.headerlink").click()
    assert page.evaluate("navigator.clipboard.readText()") == site.url + "stretches/hamstrings/#steps"
    assert "Link copied" in page.locator(".guide-copy-status").inner_text()

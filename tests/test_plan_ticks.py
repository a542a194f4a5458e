"""The one-week plan as a checklist on a phone: ticks stay on the device, survive reloads and
instant navigation, and "Clear all ticks" removes them. Without JavaScript it is still the plan."""

from __future__ import annotations

import re

from conftest import PHONE, open_tab

BOXES = ".task-list-item input[type=checkbox]"


def at(path: str) -> re.Pattern:
    """The page's address, with or without the section in view after # (navigation.tracking)."""
    return re.compile(re.escape(path) + r"(#.*)?$")


def go_by_menu(page, name: str, path: str) -> None:
    """Open the phone menu and follow one of its links."""
    page.locator('label.md-header__button[for="__drawer"]').click()
    page.locator(".md-nav--primary").get_by_role("link", name=name, exact=True).first.click()
    page.wait_for_url(at(path), wait_until="commit")
    page.locator("article h1").first.wait_for()


def ticked(page) -> list[bool]:
    return page.eval_on_selector_all(BOXES, "bs => bs.map(b => b.checked)")


def test_ticks_survive_reload_and_instant_navigation_and_reset_clears_them(phone, site):
    page = phone.page
    page.goto(site.url + "plan/")
    page.locator(".guide-plan-reset").wait_for()  # the script has set the page up
    boxes = page.locator(BOXES)
    assert boxes.count() > 20
    for day in ("day-1", "day-2", "day-3"):
        page.locator(f"#{day} ~ ul").first.locator("input[type=checkbox]").first.click()
    state = ticked(page)
    assert sum(state) == 3
    page.reload()
    page.locator(".guide-plan-reset").wait_for()
    assert ticked(page) == state, "ticks lost on reload"
    # Away and back by the menu's links, with instant navigation (no full page load).
    page.evaluate("window.__same_document = true")
    go_by_menu(page, "When to get help", "/safety/")
    go_by_menu(page, "The one-week plan", "/plan/")
    page.locator(".guide-plan-reset").wait_for()
    assert page.evaluate("window.__same_document === true"), "navigation was not instant"
    assert ticked(page) == state, "ticks lost after instant navigation"
    # Away by a link in the plan itself, and back with the browser's back button.
    page.locator("#day-1 ~ ul a").first.click()
    page.wait_for_url(at("/core/back-extension/"), wait_until="commit")
    page.locator("article h1", has_text="back extension").wait_for()
    page.go_back(wait_until="commit")
    page.locator(".guide-plan-reset").wait_for()
    assert ticked(page) == state and page.locator(".guide-plan-reset").count() == 1
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.locator(".guide-plan-reset").click()
    assert ticked(page) == state, "cancelling the reset must keep the ticks"
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(".guide-plan-reset").click()
    assert sum(ticked(page)) == 0
    page.reload()
    page.locator(".guide-plan-reset").wait_for()
    assert sum(ticked(page)) == 0
    assert phone.foreign == [] and phone.errors == []
    assert page.context.cookies() == []


def test_each_box_is_labelled_by_its_item_and_day_and_kept_under_its_own_key(phone, site):
    page = phone.page
    page.goto(site.url + "plan/")
    labels = page.eval_on_selector_all(BOXES, "bs => bs.map(b => b.getAttribute('aria-label'))")
    assert labels[0].startswith("Warm-up") and labels[0].endswith(", day 1"), labels[0]
    assert len(set(labels)) == len(labels), "two boxes read out the same"
    page.eval_on_selector_all(BOXES, "bs => bs.forEach(b => b.click())")
    keys = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('guide-plan:'))")
    assert len(keys) == len(labels), "two items share one stored tick"
    assert all(k.startswith("guide-plan:day-") and "127.0.0.1" not in k for k in keys), keys
    box = page.locator(BOXES).first.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24


def test_without_javascript_the_plan_is_complete_and_boxes_just_show(browser, site):
    visit = open_tab(browser, site, viewport=PHONE, java_script_enabled=False)
    page = visit.page
    try:
        page.goto(site.url + "plan/")
        for day in range(1, 8):
            assert page.locator(f"#day-{day}").is_visible()
        boxes = page.locator(BOXES)
        assert boxes.count() > 20 and boxes.first.is_visible() and boxes.first.is_disabled()
        assert page.locator(".guide-plan-reset").count() == 0
    finally:
        page.context.close()

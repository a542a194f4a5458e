"""Today's routine: an exercise page opened from a day of the plan leads to the next exercise of
that day, says so, and says when it is the last one (assets/javascripts/routine.js,
guide/routine.py). Opened any other way, the page is as before."""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import expect

from guide import plan, routine
from guide.project import ROOT

DAY = "2"


def day_list(site) -> tuple[list[str], dict[str, str]]:
    data = json.loads((site.path / routine.OUTPUT).read_text(encoding="utf-8"))
    return data["days"][DAY]["items"], data["titles"]


def at(page, site, address: str) -> None:
    page.wait_for_url(re.compile(re.escape(site.url + address) + r"(#.*)?$"))
    page.locator("article h1").first.wait_for()


def test_the_routine_file_follows_the_plan_page():
    data = routine.days(ROOT / "docs", routine.nav_of(ROOT / "mkdocs.yml"))
    assert sorted(data["days"], key=int) == [str(d) for d in plan.DAYS]
    assert data["plan"] == "plan/"
    plan_page = (ROOT / "docs" / plan.PLAN_PAGE).read_text(encoding="utf-8")
    assert plan.MARKER in plan_page
    for number, day in data["days"].items():
        assert day["items"], f"day {number} has no exercises"
        for address in day["items"]:
            assert data["titles"][address]
            source = ROOT / "docs" / (address.rstrip("/") + ".md")
            assert source.is_file() or (ROOT / "docs" / address / "index.md").is_file(), address


def test_next_leads_through_the_day_and_says_when_it_is_the_last(phone, site):
    page = phone.page
    items, titles = day_list(site)
    assert len(items) >= 3
    page.goto(site.url + "plan/")
    page.locator(".guide-plan-reset").wait_for()
    page.evaluate("window.__same_document = true")
    page.locator(f"#day-{DAY} ~ ul").first.locator(f"a[href$='{items[0]}']").first.click()
    for n, address in enumerate(items):
        at(page, site, address)
        box = page.locator(".guide-routine")
        box.wait_for()
        # Instant navigation swaps the page first and the routine box a moment later: wait for it.
        expect(box.locator(".guide-routine__where")).to_have_text(
            f"Day {DAY} of the plan: exercise {n + 1} of {len(items)}."
        )
        direction = page.locator(".md-footer__link--next .md-footer__direction")
        if n + 1 < len(items):
            following = box.locator(".guide-routine__next a")
            assert following.inner_text() == f"Next in day {DAY}: {titles[items[n + 1]]}"
            assert direction.inner_text() == f"Next in day {DAY}"
            assert page.locator(".md-footer__link--next").get_attribute("href").endswith(items[n + 1])
            # Along the day by the box's link and by the foot of the page, in turn.
            (following if n % 2 == 0 else page.locator(".md-footer__link--next")).click()
        else:
            assert "This is the last one of the day." in box.inner_text()
            assert box.locator("a").get_attribute("href").endswith(f"plan/#day-{DAY}")
            assert direction.inner_text() == f"Last one of day {DAY}"
    assert page.evaluate("window.__same_document === true"), "navigation was not instant"
    # A reload keeps the day (this tab only).
    page.reload()
    page.locator(".guide-routine .guide-routine__where").wait_for()
    # Back to the plan by the box's link: the routine is over.
    page.locator(".guide-routine a").click()
    at(page, site, "plan/")
    # The plan page ends the routine when its script runs, which with instant navigation can be a moment after
    # its heading shows: wait for that, or the next page may still see the day (a fresh-clone run failed so).
    page.wait_for_function("() => sessionStorage.getItem('guide-routine') === null")
    page.goto(site.url + items[1])
    page.locator("article h1").first.wait_for()
    page.wait_for_timeout(300)
    assert page.locator(".guide-routine").is_hidden()
    assert phone.errors == [] and phone.foreign == []


def test_an_exercise_opened_another_way_keeps_its_own_next_link(phone, site):
    page = phone.page
    items, _ = day_list(site)
    page.goto(site.url + items[0])
    page.locator("article h1").first.wait_for()
    page.wait_for_timeout(300)
    assert page.locator(".guide-routine").is_hidden()
    direction = page.locator(".md-footer__link--next .md-footer__direction")
    assert direction.inner_text() == "Next"
    assert page.evaluate("sessionStorage.getItem('guide-routine')") is None
    assert phone.errors == []


def test_a_link_to_a_page_outside_the_day_ends_the_routine(phone, site):
    page = phone.page
    items, _ = day_list(site)
    page.goto(site.url + "plan/")
    page.locator(".guide-plan-reset").wait_for()
    page.locator(f"#day-{DAY} ~ ul").first.locator(f"a[href$='{items[0]}']").first.click()
    at(page, site, items[0])
    page.locator(".guide-routine").wait_for()
    page.locator("article a[href$='/safety/']").first.click()
    at(page, site, "safety/")
    page.go_back()
    at(page, site, items[0])
    page.wait_for_timeout(300)
    assert page.locator(".guide-routine").is_hidden()
    assert phone.errors == []


def test_the_routine_is_written_safely(tmp_path):
    # Titles come from front matter: the script only ever sets them as text.
    script = (ROOT / "docs/assets/javascripts/routine.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert isinstance(routine.days(Path(tmp_path), None)["days"], dict)  # no plan page: no days

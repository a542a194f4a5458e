"""The timer on exercise pages, with a clock the test controls: the same timer as a programme's
guided session (hold-timer.js), so it counts holds, reps, sides, sets and rest from the page's
own dose and says each change; pause, reset, beep and buzz; the screen stays awake while it
runs and it pauses when the page is hidden."""

from __future__ import annotations

import re

import pytest
from browser_doubles import RECORDER, START

from guide.built_site import start_tags
from guide.front_matter import split
from guide.project import ROOT


@pytest.fixture
def phone(phone):
    """The phone tab, with a fake clock and the recorder of buzzes, beeps and the wake lock."""
    phone.page.add_init_script(RECORDER)
    phone.page.clock.install(time=START)
    return phone


def open_timer(phone, site, path):
    page = phone.page
    page.goto(site.url + path)
    timer = page.locator(".guide-timer")
    timer.wait_for()
    page.clock.pause_at(START + 60_000)  # from here on, time moves only when the test says
    return page, timer, timer.locator(".guide-timer__display"), timer.locator(".guide-timer__status")


def test_timer_counts_both_sides_pauses_resets_and_announces(phone, site):
    page, timer, display, status = open_timer(phone, site, "stretches/hamstrings/")
    assert timer.is_visible() and display.inner_text() == "0:45"
    for name in ("Start", "Pause", "Reset"):
        box = timer.get_by_role("button", name=name).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, f"{name} must be thumb-sized"
    tops = {round(timer.get_by_role("button", name=n).bounding_box()["y"]) for n in ("Start", "Pause", "Reset")}
    assert len(tops) == 1, "the three buttons sit on one row on a phone"
    assert status.get_attribute("aria-live") == "polite" and status.get_attribute("role") == "status"
    start = timer.get_by_role("button", name="Start")
    start.focus()
    page.keyboard.press("Enter")
    assert status.inner_text() == "Side 1 of 2: hold for 45 seconds."
    assert page.evaluate("window.__locks.held") == 1, "the screen stays awake while the timer runs"
    page.clock.run_for(10_000)
    assert display.inner_text() == "0:35"
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # Pause, from the keyboard
    assert status.inner_text() == "Paused at 0:35."
    assert page.evaluate("window.__locks.held") == 0, "a paused timer lets the screen sleep"
    page.clock.run_for(10_000)
    assert display.inner_text() == "0:35", "pause must stop the count"
    start.click()
    assert status.inner_text() == "Going again: 0:35 left."
    page.clock.run_for(35_000)
    assert status.inner_text() == "Switch sides. Side 2 starts in 5 seconds."
    assert display.inner_text() == "0:05"
    assert page.evaluate("window.__vibrations") == [150]
    page.clock.run_for(5_000)
    assert status.inner_text() == "Side 2 of 2: hold for 45 seconds." and display.inner_text() == "0:45"
    page.clock.run_for(45_000)
    assert display.inner_text() == "0:00" and status.inner_text() == "All done. Well done!"
    assert page.evaluate("window.__vibrations") == [150, 150, [200, 100, 200]]
    assert page.evaluate("window.__tones") == 0, "the beep is off unless asked for"
    timer.get_by_role("button", name="Reset").click()
    assert display.inner_text() == "0:45" and status.inner_text() == "Reset. Press Start to begin again."
    assert phone.errors == [] and phone.foreign == []


def test_timer_counts_reps_sides_sets_and_rest_from_the_page(phone, site):
    # Bird dog: hold 5 s, 8 times on each side, 2 sets, 45 s rest (its front matter).
    page, timer, display, status = open_timer(phone, site, "core/bird-dog/")
    timer.get_by_role("button", name="Start").click()
    assert status.inner_text() == "Rep 1 of 8, side 1 of 2, set 1 of 2: hold for 5 seconds."
    page.clock.run_for(5_000)
    assert status.inner_text() == "Back to the start. Rep 2 is next." and display.inner_text() == "0:03"
    page.clock.run_for(3_000)
    assert status.inner_text() == "Rep 2 of 8, side 1 of 2, set 1 of 2: hold for 5 seconds."
    # A side: 8 holds of 5 s with 7 pauses of 3 s = 61 s; then 5 s to switch sides.
    page.clock.run_for(61_000 - 8_000)
    assert status.inner_text() == "Switch sides. Side 2 starts in 5 seconds."
    page.clock.run_for(5_000 + 61_000)
    assert status.inner_text() == "Rest for 45 seconds. Set 2 of 2 is next." and display.inner_text() == "0:45"
    page.clock.run_for(45_000)
    assert status.inner_text() == "Rep 1 of 8, side 1 of 2, set 2 of 2: hold for 5 seconds."
    page.clock.run_for(127_000)
    assert status.inner_text() == "All done. Well done!"
    # A buzz at every change and at the end: one for each of the 63 steps (2 sets of 2 sides of
    # 8 holds and 7 pauses, a switch of sides in each set, and the rest between the sets).
    assert len(page.evaluate("window.__vibrations")) == 2 * (2 * (8 + 7) + 1) + 1
    assert phone.errors == []


def test_timer_pauses_when_the_page_is_hidden(phone, site):
    page, timer, display, status = open_timer(phone, site, "stretches/hamstrings/")
    timer.get_by_role("button", name="Start").click()
    page.clock.run_for(5_000)
    page.evaluate("""() => {
        Object.defineProperty(document, "visibilityState", {configurable: true, get: () => "hidden"});
        document.dispatchEvent(new Event("visibilitychange"));
    }""")
    assert status.inner_text() == "Paused because the page was hidden. Press Start to go on."
    page.clock.run_for(60_000)
    assert display.inner_text() == "0:40"
    assert page.evaluate("window.__vibrations.length") == 0


def test_beep_at_the_end_when_asked_and_a_one_sided_hold_never_says_sides(phone, site):
    # Plank: hold 20 s, 2 sets, 30 s rest, one side.
    page, timer, _, status = open_timer(phone, site, "core/plank/")
    timer.get_by_label("Beep at the end").check()
    timer.get_by_role("button", name="Start").click()
    assert status.inner_text() == "Set 1 of 2: hold for 20 seconds."
    page.clock.run_for(20_500)
    assert status.inner_text() == "Rest for 30 seconds. Set 2 of 2 is next."
    assert page.evaluate("window.__tones") == 0, "the beep is for the end only"
    page.clock.run_for(50_000)
    assert status.inner_text() == "All done. Well done!"
    assert page.evaluate("window.__tones") >= 1


def test_foam_rolling_says_roll(phone, site):
    _, timer, _, status = open_timer(phone, site, "foam-rolling/calves/")
    timer.get_by_role("button", name="Start").click()
    assert status.inner_text() == "Side 1 of 2: roll for 60 seconds."


def test_a_running_timer_stops_when_the_reader_leaves_the_page(phone, site):
    page = phone.page
    page.goto(site.url + "stretches/hamstrings/")
    page.evaluate("window.__same_document = true")
    page.get_by_role("button", name="Start").click()
    page.locator("article a[href*='safety/']").first.click()
    page.wait_for_url(re.compile(r"/safety/(#.*)?$"), wait_until="commit")
    page.locator("article h1", has_text="help").wait_for()
    assert page.evaluate("window.__same_document === true"), "navigation was not instant"
    page.clock.run_for(120_000)
    assert page.evaluate("window.__vibrations.length") == 0, "a timer on a page left behind went off"
    assert page.evaluate("window.__locks.held") == 0, "the screen may sleep again"


def test_every_exercise_with_a_hold_time_has_a_timer_for_that_time(site):
    count = 0
    for md in sorted((ROOT / "docs").glob("*/*.md")):
        meta = split(md.read_text(encoding="utf-8"))[0]
        if meta.get("template") == "programme.html":
            continue  # the guided session's timer, set by the programme
        hold = (meta.get("dose") or {}).get("hold_seconds") if meta.get("template") == "exercise.html" else None
        rel = md.relative_to(ROOT / "docs").with_suffix("")
        html = (site.path / (rel.parent if rel.name == "index" else rel) / "index.html").read_text(encoding="utf-8")
        timers = [
            div["data-seconds"] for div in start_tags(html, "div") if "guide-timer" in div.get("class", "").split()
        ]
        assert timers == ([str(hold)] if hold else []), f"{md.relative_to(ROOT)}: timer {timers}, hold {hold}"
        count += bool(hold)
    assert count >= 20

"""Drive Material's real search box in a browser tab and read the ranked results."""

from __future__ import annotations

from urllib.parse import urlsplit


def search(page, query: str, timeout: float = 15_000) -> list[str]:
    """Type `query` into the search box; return result page paths, best first (one per page)."""
    page.keyboard.press("Escape")
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.locator('label.md-header__button[for="__search"]').click()
    # Material searches on each key released: empty the box and wait for its "type to start"
    # message, so no earlier search's results are read, then put the query in at once and
    # release one key (typing it letter by letter searched once per letter).
    box.fill("")
    box.press("End")
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return !m || !/match/i.test(m.textContent); }",
        timeout=timeout,
    )
    box.fill(query)
    box.press("End")
    return results(page, timeout)


def results(page, timeout: float = 15_000) -> list[str]:
    """The result page paths shown now, best first (one per page), once they have settled."""
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && /match|No matching/i.test(m.textContent); }",
        timeout=timeout,
    )
    # Results settle after each keystroke; wait until two reads agree.
    previous = None
    for _ in range(20):
        hrefs = page.eval_on_selector_all(
            "li.md-search-result__item > a.md-search-result__link", "links => links.map(a => a.getAttribute('href'))"
        )
        if hrefs == previous:
            break
        previous = hrefs
        page.wait_for_timeout(100)
    paths: list[str] = []
    for href in previous or []:
        path = urlsplit(page.evaluate("h => new URL(h, location.href).href", href)).path
        if path not in paths:
            paths.append(path)
    return paths

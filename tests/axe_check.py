"""axe-core in a browser tab: the accessibility rules the guide is held to (WCAG 2.2 AA)."""

from __future__ import annotations

from conftest import DESKTOP, PHONE

from guide.project import ROOT

AXE = ROOT / "node_modules/axe-core/axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; }"


def axe_script() -> str:
    """The path of axe-core's script."""
    assert AXE.exists(), "axe-core is missing: run npm ci (python3 scripts/docs.py test does)"
    return str(AXE)


def start_axe(page) -> None:
    """Start axe on the page as it is now, without waiting for it (the tab's context must
    bypass the site's CSP): several tabs can then be checked at once."""
    # A colour still fading (a button the pointer has just left, a contents link the scroll-spy has
    # just marked) is measured half-way otherwise: end every transition now. A tab behind another
    # one gets no animation frames, so its transitions could not be waited for.
    page.add_style_tag(content=NO_TRANSITIONS)
    page.evaluate("() => document.getAnimations().forEach(a => a instanceof CSSTransition && a.finish())")
    if not page.evaluate("typeof axe !== 'undefined'"):  # not already added by add_axe_to_every_page
        page.add_script_tag(path=axe_script())
    page.evaluate("tags => { window.__axe = axe.run(document, {runOnly: tags}); }", TAGS)


def add_axe_to_every_page(context) -> None:
    """Have every page the context opens load axe as it starts (quicker than adding it after)."""
    context.add_init_script(path=axe_script())


def axe_result(page) -> list[dict]:
    """The violations found by the run start_axe began."""
    return page.evaluate("window.__axe.then(result => result.violations)")


def describe(violations: list[dict]) -> list[str]:
    """One line per violation: the rule, where (up to three elements) and what axe measured there
    (for contrast: both colours and the ratio), so a failure that does not come back can be read."""
    lines = []
    for v in violations:
        nodes = v["nodes"][:3]
        measured = "; ".join(check["message"] for n in nodes for check in n["any"][:1])
        where = [n["target"] for n in nodes]
        lines.append(f"{v['id']} at {where}: {v['help']}" + (f" ({measured})" if measured else ""))
    return lines


def axe_violations(page) -> list[dict]:
    """Run axe on the page as it is now, and wait for it."""
    start_axe(page)
    return axe_result(page)


# The four views a page is checked in: both widths, both colour schemes.
VIEWS = {
    "phone-light": (PHONE, "light"),
    "desktop-dark": (DESKTOP, "dark"),
    "desktop-light": (DESKTOP, "light"),
    "phone-dark": (PHONE, "dark"),
}
SCHEME_ATTRIBUTE = {"light": "default", "dark": "slate"}  # Material's name for each scheme on <body>


def show_view(page, view: str) -> None:
    """Switch the tab to one of VIEWS in place, without loading the page again, and wait until
    Material's palette has followed the scheme (in the site's automatic mode it listens to
    prefers-color-scheme) and the page has answered the resize (on the next frame)."""
    viewport, scheme = VIEWS[view]
    # A tab behind another one gets no animation frames, so the page's answers to the resize and
    # the palette's switch would wait (a second or two each time): bring it to the front first.
    page.bring_to_front()
    page.set_viewport_size(viewport)
    page.emulate_media(color_scheme=scheme)
    page.wait_for_function(
        "s => document.body.getAttribute('data-md-color-scheme') === s", arg=SCHEME_ATTRIBUTE[scheme], timeout=5000
    )
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")

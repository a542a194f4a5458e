"""axe-core in a browser tab: the accessibility rules the guide is held to (WCAG 2.2 AA)."""

from __future__ import annotations

from guide.project import ROOT

AXE = ROOT / "node_modules/axe-core/axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page) -> list[dict]:
    """Run axe on the page as it is now (the tab's context must bypass the site's CSP)."""
    assert AXE.exists(), "axe-core is missing: run npm ci (python3 scripts/docs.py test does)"
    page.add_script_tag(path=str(AXE))
    return page.evaluate("tags => axe.run(document, {runOnly: tags})", TAGS)["violations"]

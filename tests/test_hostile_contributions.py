"""A corpus of hostile and careless contributions. Each is a small change to a throwaway copy
of the project, and each either fails the build with a message that names the file and the
fix, or builds a site where nothing harmful arrived (checked in Chromium, on the page and in
search results)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import markdown
import pytest
from conftest import open_tab
from mkdocs.config import load_config
from search_box import search

from guide import security_policy
from guide.project import ROOT, copy_project
from guide.running import SiteServer, free_port, strict_build

# --------------------------------------------------------------------------- page bodies
# Each is added to the end of one exercise page; each fails the build at that page.

BODY = "docs/stretches/calves.md"
BODY_CASES = {
    "script element": ("<script>alert(1)</script>", r"<script> element; remove it"),
    "javascript: link": ("[Tap here](javascript:alert(1))", r"a javascript: link; link to a page"),
    "JavaScript: link in mixed case": ("[Tap here](JaVaScRiPt:alert(1))", r"a javascript: link"),
    "javascript: link with a tab inside": ('<a href="java\tscript:alert(1)">Tap</a>', r"a javascript: link"),
    "javascript: link as an entity": ('<a href="&#106;avascript:alert(1)">Tap</a>', r"a javascript: link"),
    "data: link": ('<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Tap</a>', r"a data: link"),
    "data: picture": ("![A dot](data:image/svg+xml;base64,PHN2Zy8+)", r"a picture from data:"),
    "picture from another site": ("![A dot](https://evil.example/pixel.png)", r"a picture from https:"),
    "iframe": ('<iframe src="https://evil.example/"></iframe>', r"<iframe> element; link to the page"),
    "object": ('<object data="movie.swf"></object>', r"<object> element; link to the page"),
    "embed": ('<embed src="movie.swf">', r"<embed> element; link to the page"),
    "svg onload": ('<svg onload="alert(1)"></svg>', r"event attribute onload= on <svg>"),
    "img onerror": ('<img src="x.png" alt="x" onerror="alert(1)">', r"event attribute onerror= on <img>"),
    "details ontoggle": (
        '<details ontoggle="alert(1)" open><summary>More</summary>Text</details>',
        r"event attribute ontoggle= on <details>",
    ),
    "attribute list with onclick": ('Tap this line.\n{ onclick="alert(1)" }', r"event attribute onclick= on <p>"),
    "style element": ("<style>body { display: none }</style>", r"<style> element; remove it"),
    "style attribute": ('<p style="background: url(javascript:alert(1))">Text</p>', r"a style= attribute on <p>"),
    "form": ('<form action="https://evil.example/"><input name="q"></form>', r"<form> element; remove it"),
    "math mutation trick": ("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", r"<math> element"),
    "base element": ('<base href="https://evil.example/">', r"<base> element"),
    "meta refresh": ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', r"<meta> element"),
    "noscript trick": (
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
        r"<noscript> element",
    ),
}


def copy(tmp_path) -> Path:
    return copy_project(tmp_path / "project").parent


def build(root: Path, tmp_path) -> tuple[int, str]:
    result = strict_build(root / "mkdocs.yml", tmp_path / "site")
    return result.returncode, result.stdout + result.stderr


# Every case goes through the Markdown converter with the site's own extensions (mkdocs.yml), as
# MkDocs converts a page; these few also go through a whole build, which names the file.
BUILT_BODY_CASES = ["script element", "attribute list with onclick", "noscript trick"]


@pytest.fixture(scope="module")
def convert():
    config = load_config(str(ROOT / "mkdocs.yml"))

    def run(text: str) -> str:
        md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])
        return md.convert(text)

    return run


@pytest.mark.parametrize("name", BODY_CASES)
def test_active_content_in_a_page_is_refused_with_line_and_fix(convert, name):
    text, fix = BODY_CASES[name]
    lines = "|".join(str(3 + n) for n in range(text.count("\n") + 1))  # after a line and a blank line
    with pytest.raises(Exception, match=rf"this page:({lines}): the text has .*{fix}"):
        convert("A line of the page.\n\n" + text + "\n")


@pytest.mark.parametrize("name", BUILT_BODY_CASES)
def test_active_content_in_a_page_fails_the_build_with_file_line_and_fix(tmp_path, name):
    text, fix = BODY_CASES[name]
    root = copy(tmp_path)
    page = root / BODY
    before = page.read_text(encoding="utf-8")
    page.write_text(before + "\n" + text + "\n", encoding="utf-8")
    code, output = build(root, tmp_path)
    assert code != 0, f"{name}: the build passed"
    first = before.count("\n") + 2  # the added text starts after a blank line
    lines = "|".join(str(first + n) for n in range(text.count("\n") + 1))
    assert re.search(rf"docs/stretches/calves\.md:({lines}): the text has .*{fix}", output), output[-2500:]


# --------------------------------------------------------------------------- front matter
# All made at once, each in its own page; the page check names every one.

FRONT_MATTER_CASES = {
    "HTML in a title": (
        "docs/stretches/calves.md",
        "title",
        "title: Calf <img src=x onerror=alert(1)> (calf muscles)",
        r"'title': has a '<' in it; write plain text",
    ),
    "quote breaking out of the description": (
        "docs/stretches/hamstrings.md",
        "description",
        'description: \'How to stretch the back of your thigh safely " onfocus="alert(1)" autofocus x="\'',
        r"'description': has a straight double quote",
    ),
    "HTML in picture alt text": (
        "docs/stretches/quadriceps.md",
        "  alt",
        "  alt: A person stands <script>alert(1)</script>",
        r"'image\.alt': has a '<' in it",
    ),
    "HTML in a search keyword": (
        "docs/stretches/glutes.md",
        "keywords",
        "keywords:\n  - <img src=x onerror=alert(1)>\n  - a\n  - b",
        r"'keywords': has a '<' in it",
    ),
    "HTML in equipment": (
        "docs/stretches/hip-flexors.md",
        "equipment",
        "equipment:\n  - a <b>mat</b>",
        r"'equipment': has a '<' in it",
    ),
    "HTML in a stop sign": (
        "docs/stretches/inner-thigh.md",
        "stop_if",
        "stop_if:\n  - <svg onload=alert(1)>",
        r"'stop_if': has a '<' in it",
    ),
    "quote in muscles": (
        "docs/stretches/childs-pose.md",
        "muscles",
        'muscles:\n  - back "muscles"',
        r"'muscles': has a straight double quote",
    ),
    "YAML alias bomb": (
        "docs/stretches/knee-to-chest.md",
        "keywords",
        'keywords: &a ["lol", "lol", "lol", "lol"]\nsearch_words: [*a, *a, *a, *a]',
        r"YAML anchors and aliases .* are not allowed in front matter",
    ),
    "huge front matter": (
        "docs/stretches/side-bend.md",
        "keywords",
        "keywords:\n" + "".join(f"  - word {n}\n" for n in range(2500)).rstrip(),
        r"the front matter is [\d,]+ characters long; the limit is 20,000",
    ),
    "tab in front matter": (
        "docs/stretches/press-up.md",
        "difficulty",
        "difficulty:\teasy",
        r"this line has a tab; YAML needs spaces",
    ),
    "unknown field": (
        "docs/core/plank.md",
        "difficulty",
        "difficulty: easy\ndosage: 3 times",
        r"'dosage': is not a field the guide knows\. Did you mean 'dose'\?",
    ),
    "misspelled field": (
        "docs/core/bird-dog.md",
        "keywords",
        "keywrods:\n  - a\n  - b\n  - c",
        r"'keywrods': is not a field the guide knows\. Did you mean 'keywords'\?",
    ),
    "colon in a title": (
        "docs/core/dead-bug.md",
        "title",
        "title: Dead bug: belly work (core)",
        r"a value has a colon .* put the text in quotes",
    ),
    "picture from outside the folder": (
        "docs/core/glute-bridge.md",
        "  file",
        "  file: ../../../etc/passwd",
        r"'image\.file': write a name inside pictures/",
    ),
    "another template": (
        "docs/core/side-plank.md",
        "template",
        "template: ../../evil.html",
        r"'template': write one of: exercise\.html",
    ),
    "HTML in a plan day": (
        "docs/plan/index.md",
        "      name: The full routine",
        None,
        r"plan\.days \(day 1\) name: has a '<'",
    ),
}


def set_line(path: Path, start: str, new: str) -> None:
    """Replace the front matter line that starts with `start` (and its indented list below it)."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(
        i
        for i, line in enumerate(lines)
        if line.startswith(start + ":") or line.startswith(start + " ") or line == start
    )
    end = at + 1
    while end < len(lines) and lines[end].startswith("  - ") and not start.startswith(" "):
        end += 1
    lines[at:end] = new.split("\n")
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture(scope="module")
def front_matter_build(tmp_path_factory) -> str:
    tmp = tmp_path_factory.mktemp("front-matter")
    root = copy(tmp)
    for file, start, new, _ in FRONT_MATTER_CASES.values():
        if new is None:  # the plan's first day: a name with HTML in it
            plan = root / file
            text = plan.read_text(encoding="utf-8")
            first = re.search(r"^      name: .*$", text, re.M).group(0)
            plan.write_text(text.replace(first, "      name: <b>Day</b> one", 1), encoding="utf-8")
        else:
            set_line(root / file, start, new)
    long_page = root / "docs/story/index.md"
    long_page.write_text(long_page.read_text(encoding="utf-8") + "\nWords. " * 9000, encoding="utf-8")
    return build(root, tmp)[1]


@pytest.mark.parametrize("name", FRONT_MATTER_CASES)
def test_bad_front_matter_is_refused_with_file_and_fix(front_matter_build, name):
    file, _, _, expected = FRONT_MATTER_CASES[name]
    assert re.search(rf"{re.escape(file)}(:\d+)?: [^\n]*{expected}", front_matter_build), front_matter_build[-4000:]


def test_a_huge_page_is_refused(front_matter_build):
    assert re.search(
        r"docs/story/index\.md: the page is [\d,]+ characters long; the limit is 60,000", front_matter_build
    )


def test_messages_never_print_a_huge_value(front_matter_build):
    longest = max(len(line) for line in front_matter_build.splitlines())
    assert longest < 600, f"a message line is {longest} characters long"


# --------------------------------------------------------------------------- from outside


def test_a_linked_file_in_docs_is_refused(tmp_path):
    root = copy(tmp_path)
    (root / "docs/assets/passwords.txt").symlink_to("/etc/passwd")
    code, output = build(root, tmp_path)
    assert code != 0 and "docs/assets/passwords.txt: is a link to another file or folder" in output
    assert not (tmp_path / "site" / "assets" / "passwords.txt").exists()


def test_a_linked_page_is_refused(tmp_path):
    root = copy(tmp_path)
    outside = tmp_path / "outside.md"
    outside.write_text(
        "---\ndescription: A page from outside the repository that must never be published.\n"
        "last_reviewed: 2026-11-01\nnext_review: 2027-11-01\n---\n# Outside\n"
    )
    (root / "docs/outside.md").symlink_to(outside)
    code, output = build(root, tmp_path)
    assert code != 0 and "docs/outside.md: is a link to another file or folder" in output


@pytest.mark.parametrize("snippet", [".git/config", "../.git/config", "mkdocs.yml", "/etc/passwd"])
def test_a_page_cannot_include_a_file_from_outside_the_snippets_folder(tmp_path, snippet):
    root = copy(tmp_path)
    (root / ".git").mkdir()
    (root / ".git/config").write_text("[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n")
    page = root / BODY
    page.write_text(page.read_text(encoding="utf-8") + f'\n--8<-- "{snippet}"\n', encoding="utf-8")
    code, output = build(root, tmp_path)
    assert code != 0 and "Snippet" in output, output[-2000:]
    published = [f for f in (tmp_path / "site").rglob("*.html") if "c2VjcmV0" in f.read_text(encoding="utf-8")]
    assert published == []


# --------------------------------------------------------------------------- accepted, and harmless

SAFE_CASES = {
    "docs/stretches/calves.md": "\nIf the stretch feels < 3 out of 10, that is fine <3. "
    "Try `<img src=x onerror=alert(1)>`.\n\n```html\n<script>window.__pwned = 1</script>\n```\n",
    "docs/stretches/hamstrings.md": "\nThe sign reads &lt;script&gt;alert(1)&lt;/script&gt; and that is only text.\n",
}
SAFE_FRONT_MATTER = {
    "docs/stretches/quadriceps.md": (
        "keywords",
        "keywords:\n  - can't reach my toes & knees\n  - thigh's front\n"
        "  - '&lt;img src=x onerror=alert(1)&gt;'\n  - quad stretch",
    ),
}


@pytest.fixture(scope="module")
def safe_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("safe")
    root = copy(tmp)
    for file, text in SAFE_CASES.items():
        page = root / file
        page.write_text(page.read_text(encoding="utf-8") + text, encoding="utf-8")
    for file, (start, new) in SAFE_FRONT_MATTER.items():
        set_line(root / file, start, new)
    port = free_port()
    result = strict_build(root / "mkdocs.yml", tmp / "site", site_url=f"http://127.0.0.1:{port}/")
    assert result.returncode == 0, result.stderr[-3000:]
    with SiteServer(tmp / "site", port) as server:
        yield server


def test_text_that_looks_like_code_arrives_as_text_on_the_page_and_in_search(browser, safe_site):
    site = type("Site", (), {"origin": safe_site.url.rstrip("/"), "url": safe_site.url})()
    visit = open_tab(browser, site)
    dialogs = []
    visit.page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for path in ("stretches/calves/", "stretches/hamstrings/", "stretches/quadriceps/"):
            visit.page.goto(safe_site.url + path, wait_until="networkidle")
        visit.page.goto(safe_site.url)
        for query in ("img", "script", "toes", "alert", "onerror"):
            search(visit.page, query)
            visit.page.wait_for_timeout(300)
        assert visit.page.evaluate("window.__pwned === undefined")
    finally:
        visit.page.context.close()
    assert dialogs == [] and visit.errors == [] and visit.foreign == []


# --------------------------------------------------------------------------- the second wall


def test_the_browser_blocks_an_inline_script_that_got_past_the_checks(browser, site, tmp_path):
    built = tmp_path / "site"
    shutil.copytree(site.path, built)
    page = built / "stretches/calves/index.html"
    html = page.read_text(encoding="utf-8")
    sneaked = '<script>window.__pwned = 1</script><img src="x.png" alt="" onerror="window.__pwned = 2">'
    page.write_text(html.replace("<article", sneaked + "<article", 1), encoding="utf-8")
    with SiteServer(built) as server:
        fake = type("Site", (), {"origin": server.url.rstrip("/"), "url": server.url})()
        visit = open_tab(browser, fake)
        blocked = []
        visit.page.on("console", lambda m: "Content Security Policy" in m.text and blocked.append(m.text))
        try:
            visit.page.goto(server.url + "stretches/calves/", wait_until="networkidle")
            assert visit.page.evaluate("window.__pwned === undefined"), "the sneaked-in script ran"
        finally:
            visit.page.context.close()
    assert len(blocked) >= 2, blocked  # the <script> and the onerror handler, both refused


def test_every_page_carries_the_policy_with_the_theme_scripts_allowed(site):
    for url in site.page_urls():
        html = (site.path / url.strip("/") / "index.html").read_text(encoding="utf-8")
        policy = re.search(r'http-equiv="?Content-Security-Policy"? content="([^"]+)"', html)
        assert policy, f"{url}: no Content-Security-Policy"
        scripts, _ = security_policy.inline_hashes(html)
        assert all(h in policy.group(1) for h in scripts), f"{url}: an inline script of the theme is not allowed"
        assert "'unsafe-inline'" not in policy.group(1).split("script-src")[1].split(";")[0]


def test_the_quick_scan_of_a_page_finds_what_the_html_parser_finds(site):
    for url in site.page_urls():
        html = (site.path / url.strip("/") / "index.html").read_text(encoding="utf-8")
        assert security_policy.scan_inline(html) == security_policy.inline_hashes(html), url
    tricky = (
        '<p style="text-align: left;">a</p><script type="application/json">{"a": 1}</script>'
        '<script>var a = "<b>";</script><script src=x.js></script><td style=text-align:right>'
    )
    assert security_policy.scan_inline(tricky) == security_policy.inline_hashes(tricky)

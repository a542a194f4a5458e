"""Paper: the sheet sizes the guide prints on, the margins print.css sets, and counting the
pages of a PDF that Chromium printed."""

from __future__ import annotations

import re

from guide.project import ROOT

PAPERS = {"A4": (210, 297), "Letter": (215.9, 279.4)}  # millimetres
MARGIN = re.search(
    r"@page\s*{[^}]*margin:\s*([\d.]+)mm\s+([\d.]+)mm", (ROOT / "docs/assets/stylesheets/print.css").read_text()
)
PX_PER_MM = 96 / 25.4


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))

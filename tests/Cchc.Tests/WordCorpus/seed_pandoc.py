"""The pandoc flavour of a seed document, as Markdown: Roman and decimal headings as Heading 1/2/3 (their typed
labels kept in the text), Latin letter, decimal and Roman lists as Markdown ordered lists (Word numbering with
the list's start value), dash items as bullet lists, the letterhead, signature and task table as grid tables
(the group row as "I" in the TT column and its title in the next), a raw OpenXML section break (A4 portrait)
before the Phụ lục. pandoc 2.17 writes the last section without a page size (Word's default paper) and has no
landscape: these files are the "not Decree 30 conforming" part of the corpus. Everything else is escaped, so pandoc's smart quotes and dashes leave the seed text alone."""
import re
import textwrap

import numbering_plan
import seed_lo
from seed_parts import MOTTO, NATIONAL, label_kind

MD_LIST = {"roman": "{roman}.", "decimal": "{n}.", "letter": "{letter})"}
PORTRAIT_BREAK = ('```{=openxml}\n<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                  '<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" '
                  'w:gutter="0"/></w:sectPr></w:pPr></w:p>\n```')


def esc(text):
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~^$\"'@:;&=%,/])", r"\\\1", text)


def runs_md(runs):
    out = []
    for text, bold, italic in runs:
        lead, core, trail = re.match(r"^(\s*)(.*?)(\s*)$", text).groups()
        t = esc(core)
        if core and italic:
            t = f"*{t}*"
        if core and bold:
            t = f"**{t}**"
        out.append(lead + t + trail)
    return "".join(out)


def grid(rows, widths, header=False):
    """A pandoc grid table; each cell is a list of paragraphs (Markdown), wrapped to its column. A column is
    widened to its longest unbreakable piece ("**VII**"): a line wider than its column breaks the grid, and pandoc
    then reads the markers and the "|" as text."""
    widths = [max([w] + [len(t) for row in rows for t in " ".join(row[c]).split()]) for c, w in enumerate(widths)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    for n, row in enumerate(rows):
        cells = []
        for paras, w in zip(row, widths):
            lines = []
            for k, p in enumerate(paras):
                if k:
                    lines.append("")
                lines += textwrap.wrap(p, w, break_long_words=False, break_on_hyphens=False) or [""]
            cells.append(lines or [""])
        height = max(len(c) for c in cells)
        for i in range(height):
            out.append("| " + " | ".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, widths)) + " |")
        out.append(sep.replace("-", "=") if header and n == 0 else sep)
    return "\n".join(out)


def roman(n):
    return numbering_plan.ROMAN[n - 1]


def typed_md(b, habits):
    """A letterhead or closing block typed as paragraphs: each part a paragraph of its own or, with line_block, all
    of it one paragraph with a line break after each part (a Markdown line block). Markdown has no tab pandoc
    writes as w:tab, so no line holds both halves."""
    rows = seed_lo.frame_lines(b, habits)
    lines = []
    for left, right in rows:
        halves = [right, left] if b["kind"] == "signature" and habits.get("signer_first") else [left, right]
        lines += [l for half in halves for l in half]
    bold = lambda l: f"**{esc(l)}**" if l and (b["kind"] == "letterhead" or l.upper() == l) else esc(l)
    if habits.get("line_block"):
        return "\n".join("| " + bold(l) if l else "|" for l in lines)
    return "\n\n".join(bold(l) for l in lines if l)


def markdown(doc_model, habits=None):
    """The Markdown; `habits` (make_variants.py) may type the letterhead and signature as paragraphs."""
    blocks = doc_model["blocks"]
    plan = {i: v for i, v in numbering_plan.numbered(blocks).items() if v[1] in MD_LIST or v[1] == "dash"}
    out = []
    for i, b in enumerate(blocks):
        k = b["kind"]
        if k in ("letterhead", "signature") and seed_lo.typed(b, habits):
            out.append(typed_md(b, habits))
        elif k == "letterhead":
            left = [f"**{esc(l)}**" for l in b["issuer"]]
            right = [f"**{esc(b['national'] if isinstance(b['national'], str) else NATIONAL)}**",
                     f"**{esc(MOTTO)}**"] if b["national"] else [""]
            rows = [[left, right]]
            if b["so"] or b["place_date"]:
                rows.append([[esc(b["so"] or "")], [f"*{esc(b['place_date'])}*" if b["place_date"] else ""]])
            out.append(grid(rows, [34, 44]))
        elif k == "para":
            kind = label_kind(b["label"])
            text = runs_md([(t, False, it) for t, _, it in b["runs"]]) if b["role"] == "heading" else runs_md(b["runs"])
            if b["role"] == "heading":
                level = {"roman": 1, "decimal": 2, "decimal2": 3}.get(kind, 2)
                out.append("#" * level + " " + esc(b["label"]) + " " + text)
            elif i in plan and kind == "dash":
                out.append("- " + text)
            elif i in plan:
                _, kind, _ = plan[i]
                n = numbering_plan.value(kind, b["label"])
                marker = MD_LIST[kind].format(n=n, roman=roman(n), letter=chr(ord("a") + n - 1))
                out.append(marker + " " + text)
            else:
                out.append((esc(b["label"]) + " " if b["label"] else "") + text)
        elif k == "signature":
            left = (["***Nơi nhận\\:***"] + [esc(r) for r in b["recipients"]]) if b["recipients"] else [""]
            right = [f"**{esc(t)}**" for t in b["titles"]] + [f"**{esc(b['name'])}**"]
            out.append(grid([[left, right]], [40, 34]))
        elif k == "pagebreak":
            out.append('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```')
        elif k == "landscape":
            out.append(PORTRAIT_BREAK)
        elif k == "tasks":
            rows = [[[f"**{esc(h)}**"] for h in b["headers"]]]
            for g in b["groups"]:
                rows.append([[f"**{g['roman']}**"], [f"**{esc(g['title'])}**"], [""], [""], [""], [""]])
                for r in g["rows"]:
                    products = r["products"]
                    prod = [f"- {esc(p)}" for p in products] if isinstance(products, list) else [esc(products)]
                    rows.append([[str(r["tt"])], [esc(r["content"])], [esc(r["lead"])], [esc(r["co"])],
                                 [esc(r["deadline"])], prod])
            out.append(grid(rows, [4, 40, 16, 22, 16, 24], header=True))
    # A blank line between blocks, except between items of one list (a tight list).
    return "\n\n".join(out) + "\n"

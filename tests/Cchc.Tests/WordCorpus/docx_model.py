"""A .docx read back into the neutral blocks of seed_parts (letterhead, para, signature, pagebreak, landscape,
tasks) with python-docx's XML tree, independently of cchc's reader: the source documents of make_variants.py
(the seed corpus files and the documents cchc builds from plans/).

What a block cannot hold is dropped here, before any variant is written, so the variants' expected text (made
from the blocks) is exactly what they show: headers and footers, empty paragraphs, pictures. Word numbering is
displayed as Word does (numbering.xml: numFmt decimal, lowerLetter, upperRoman, bullet; lvlText "%1." "%1.%2."
"%1)"; start values; deeper levels restart) and becomes the paragraph's typed label.
"""
import re
import unicodedata

from docx import Document
from docx.oxml.ns import qn

from seed_parts import LABEL, NATIONAL, para

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
         (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n):
    out = ""
    for v, s in ROMAN:
        while n >= v:
            out, n = out + s, n - v
    return out


def fmt(num_fmt, n):
    if num_fmt == "upperRoman":
        return roman(n)
    if num_fmt == "lowerRoman":
        return roman(n).lower()
    if num_fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if num_fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    return str(n)


def val(el, tag, default=None):
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val")) if child is not None else default


class Numbering:
    """The labels Word displays for w:numPr paragraphs, counted in document order."""

    def __init__(self, doc):
        self.levels, self.num_abstract, self.counters = {}, {}, {}
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        for a in root.findall(qn("w:abstractNum")):
            aid = a.get(qn("w:abstractNumId"))
            self.levels[aid] = {int(l.get(qn("w:ilvl"))): (val(l, "w:numFmt", "decimal"), val(l, "w:lvlText", ""),
                                                           int(val(l, "w:start", "1"))) for l in a.findall(qn("w:lvl"))}
        for n in root.findall(qn("w:num")):
            self.num_abstract[n.get(qn("w:numId"))] = val(n, "w:abstractNumId")

    def label(self, p):
        num_pr = p.find(qn("w:pPr") + "/" + qn("w:numPr"))
        if num_pr is None:
            return ""
        num_id, ilvl = val(num_pr, "w:numId"), int(val(num_pr, "w:ilvl", "0"))
        levels = self.levels.get(self.num_abstract.get(num_id), {})
        if num_id == "0" or ilvl not in levels:
            return ""
        counts = self.counters.setdefault(num_id, {})
        num_fmt, text, start = levels[ilvl]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if num_fmt == "bullet":
            return "+" if text == "+" else "-"
        for k in range(ilvl + 1):
            f, _, s = levels.get(k, ("decimal", "", 1))
            text = text.replace(f"%{k + 1}", fmt(f, counts.get(k, s)))
        return text


def runs_of(p):
    """[(text, bold, italic)] of a paragraph: w:t, w:tab and w:br (as a space), tracked deletions dropped."""
    out = []
    for r in p.iter(qn("w:r")):
        if any(a.tag == qn("w:del") for a in r.iterancestors()):
            continue
        rpr = r.find(qn("w:rPr"))
        on = lambda tag: rpr is not None and rpr.find(qn(tag)) is not None and val(rpr, tag, "1") not in ("0", "false")
        text = ""
        for c in r:
            if c.tag == qn("w:t"):
                text += c.text or ""
            elif c.tag in (qn("w:tab"), qn("w:br")) and c.get(qn("w:type")) != "page":
                text += " "
        if text:
            out.append((text, on("w:b"), on("w:i")))
    return out


def plain(p):
    return re.sub(r"\s+", " ", "".join(t for t, _, _ in runs_of(p)).replace("\u00a0", " ")).strip()


def cell_lines(tc):
    return [t for t in (plain(p) for p in tc.iter(qn("w:p"))) if t]


def is_landscape(sect):
    sz = sect.find(qn("w:pgSz"))
    return sz is not None and (sz.get(qn("w:orient")) == "landscape" or
                               int(sz.get(qn("w:w"), "0")) > int(sz.get(qn("w:h"), "1")))


def rows_of(tbl):
    """Each row as [(cell, grid span, vMerge state)]."""
    out = []
    for tr in tbl.findall(qn("w:tr")):
        row = []
        for tc in tr.findall(qn("w:tc")):
            pr = tc.find(qn("w:tcPr"))
            span = int(val(pr, "w:gridSpan", "1"))
            vm = pr.find(qn("w:vMerge")) if pr is not None else None
            row.append((tc, span, None if vm is None else vm.get(qn("w:val"), "continue")))
        out.append(row)
    return out


def letterhead(rows):
    left = [l for r in rows for l in cell_lines(r[0][0])]
    right = [l for r in rows if len(r) > 1 for l in cell_lines(r[-1][0])]
    so = next((l for l in left if l.startswith("Số")), None)
    issuer = [l for l in left if not l.startswith(("Số", "V/v"))]
    national = next((l for l in right if l.upper() == l and "CỘNG HÒA" in l.replace("HOÀ", "HÒA")), None)
    place_date = next((l for l in right if "ngày" in l and "năm" in l), None)
    return {"kind": "letterhead", "issuer": issuer, "so": so,
            "national": (True if national == NATIONAL else national) if national else False, "place_date": place_date}


def signature(rows):
    """Nơi nhận and its lines on the left; on the right the titles, the blank signature space, then the name (none
    in an unsigned draft: then no line follows the blank space)."""
    left = [l for r in rows for l in cell_lines(r[0][0])]
    right = [plain(p) for r in rows if len(r) > 1 for p in r[-1][0].iter(qn("w:p"))]
    while right and not right[0]:
        right.pop(0)
    gap = right.index("") if "" in right else len(right)
    titles, after = right[:gap], [l for l in right[gap:] if l]
    recipients = left[1:] if left and left[0].startswith("Nơi nhận") else left
    return {"kind": "signature", "recipients": recipients, "titles": titles, "name": after[-1] if after else ""}


GROUP = re.compile(r"^(?P<roman>[IVXLC]+)\.?\s*(?P<title>.*)$")


def tasks(rows):
    headers = [" ".join(cell_lines(tc)) for tc, _, _ in rows[0]]
    groups, above = [], {}
    for row in rows[1:]:
        first = " ".join(cell_lines(row[0][0]))
        if row[0][1] >= len(headers) - 1 or len(row) == 2 and GROUP.match(first) and not first.isdigit():
            text = " ".join(l for tc, _, _ in row for l in cell_lines(tc))
            m = GROUP.match(text)
            groups.append({"roman": m.group("roman"), "title": m.group("title"), "rows": []})
            continue
        cells, col = [], 0
        for tc, span, vm in row:
            value = above.get(col) if vm == "continue" else cell_lines(tc)
            if vm is not None:
                above[col] = value
            cells.append(value or [])
            col += span
        if len(cells) < 6:
            continue
        products = [re.sub(r"^[-+•]\s*", "", l) for l in cells[5]]
        products = products if len(cells[5]) > 1 or cells[5] and cells[5][0].startswith("-") else " ".join(cells[5])
        row_model = {"tt": " ".join(cells[0]), "content": " ".join(cells[1]), "lead": " ".join(cells[2]),
                     "co": " ".join(cells[3]), "deadline": " ".join(cells[4]), "products": products}
        if not groups:
            groups.append({"roman": "I", "title": "", "rows": []})
        groups[-1]["rows"].append(row_model)
    return {"kind": "tasks", "headers": headers, "groups": groups}


def paragraph_block(p, numbering):
    label = numbering.label(p)
    runs = runs_of(p)
    text = "".join(t for t, _, _ in runs)
    if not text.strip():
        return None
    align = val(p.find(qn("w:pPr")), "w:jc", "both")
    align = {"center": "center", "left": "left", "start": "left"}.get(align, "both")
    bold = all(b for t, b, _ in runs if t.strip())
    italic = all(i for t, _, i in runs if t.strip())
    flat = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
    if align == "center":
        role = "appendix-label" if re.fullmatch(r"Phụ lục( [IVX]+)?|PHỤ LỤC( [IVX]+)?", flat) else \
            "kem-theo" if flat.startswith("(Kèm theo") else "title"
        b = para(flat, role=role, align="center", bold=bold, italic=italic, label=label or "")
        b["runs"] = [(flat, bold, italic)]
        return b
    b = para(flat, label=None if not label else label)
    if label:
        b["runs"] = [(flat, bold, italic)]
    elif runs and b["runs"]:
        b["runs"] = [(t, bold or r_b, italic or r_i) for t, r_b, r_i in b["runs"]]
    if italic and flat.startswith("Căn cứ"):
        b["role"] = "can-cu"
    kind = LABEL.match((b["label"] + " x") if b["label"] else "")
    if bold and kind and len(flat) < 160:
        b["role"] = "heading"
    return b


def read(path):
    doc = Document(path)
    numbering = Numbering(doc)
    body = doc.element.body
    blocks, seen_title = [], False
    sects = [s for s in body.iter(qn("w:sectPr"))]
    for el in body:
        if el.tag == qn("w:tbl"):
            rows = rows_of(el)
            if not rows:
                continue
            text = " ".join(l for r in rows for tc, _, _ in r for l in cell_lines(tc))
            if len(rows[0]) >= 6 or max(len(r) for r in rows) >= 6:
                blocks.append(tasks(rows))
            elif "Nơi nhận" in text or re.search(r"\b(TM|KT|Q)\.\s", text) or seen_title and "CHỦ TỊCH" in text:
                blocks.append(signature(rows))
            else:
                blocks.append(letterhead(rows))
            continue
        if el.tag != qn("w:p"):
            continue
        if any(br.get(qn("w:type")) == "page" for br in el.iter(qn("w:br"))) and not plain(el):
            blocks.append({"kind": "pagebreak"})
            continue
        b = paragraph_block(el, numbering)
        if b is not None:
            blocks.append(b)
            if b["role"] == "title":
                seen_title = True
        sect = el.find(qn("w:pPr") + "/" + qn("w:sectPr"))
        if sect is not None:
            following = sects[sects.index(sect) + 1] if sects.index(sect) + 1 < len(sects) else None
            blocks.append({"kind": "landscape" if following is not None and is_landscape(following) else "pagebreak"})
    return normalise(blocks)


def normalise(blocks):
    """Paragraph text in NFC, as the seeds' blocks are."""
    for b in blocks:
        if b["kind"] == "para":
            b["runs"] = [(unicodedata.normalize("NFC", t), bo, it) for t, bo, it in b["runs"]]
    return blocks


def model(path):
    return {"parts": [], "supplied": [], "blocks": read(path)}

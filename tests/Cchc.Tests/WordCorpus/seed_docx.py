"""The python-docx flavour of a seed document: Decree 30 page and fonts set as direct formatting on every run, the
way a clerk's Word file carries them; split runs, non-breaking spaces, proofing marks and bookmarks; typed labels
or Word numbering (numbering_plan); landscape Phụ lục with a repeated header row and vertically merged leads."""
import re

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

import numbering_plan
from seed_parts import MOTTO, NATIONAL, NBSP, label_kind, lead_runs

ALIGN = {"both": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
         "right": WD_ALIGN_PARAGRAPH.RIGHT}


def element(tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), str(v))
    return el


def run(p, text, size=14, bold=False, italic=False):
    r = p.add_run(text)
    r.font.name = "Times New Roman"
    r.font.size = Pt(size)
    r._element.rPr.rFonts.set(qn("w:hAnsi"), "Times New Roman")
    r._element.rPr.rFonts.set(qn("w:cs"), "Times New Roman")
    r.bold, r.italic = bold, italic
    return r


def line(container, text, size=14, bold=False, italic=False, align="center", first=False):
    p = container.paragraphs[0] if first else container.add_paragraph()
    p.alignment = ALIGN[align]
    p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
    run(p, text, size, bold, italic)
    return p


def blanks(text):
    """Blank number and day fields as a clerk types them: a run of non-breaking spaces."""
    return re.sub(r"(Số:|ngày)\s+(?=/|tháng)", lambda m: m.group(1) + NBSP * 6, text)


def page(section, landscape=False):
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)


def no_borders(table):
    borders = element("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(element("w:" + side, **{"w:val": "nil"}))
    table._tbl.tblPr.append(borders)


def letterhead(doc, b):
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    left, right = t.rows[0].cells
    for i, text in enumerate(b["issuer"]):
        line(left, text, 13, bold=True, first=i == 0)
    if b["national"]:
        line(right, b["national"] if isinstance(b["national"], str) else NATIONAL, 13, bold=True, first=True)
        line(right, MOTTO, 14, bold=True)
    if b["so"]:
        line(t.rows[1].cells[0], blanks(b["so"]), 13, first=True)
    if b["place_date"]:
        p = t.rows[1].cells[1].paragraphs[0]
        p.alignment = ALIGN["center"]
        # Split runs: the place-date line in pieces, as typing and correcting in Word leaves it.
        for piece in re.split(r"(?<=, )|(?= tháng)|(?= năm)", blanks(b["place_date"])):
            run(p, piece, 14, italic=True)


def signature(doc, b):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.rows[0].cells
    if b["recipients"]:
        line(left, "Nơi nhận:", 12, bold=True, italic=True, align="left", first=True)
        for r in b["recipients"]:
            line(left, r, 11, align="left")
    for i, title in enumerate(b["titles"]):
        line(right, title, 14, bold=True, first=i == 0)
    for _ in range(4):
        line(right, "")
    if b["name"]:
        line(right, b["name"], 14, bold=True)


class Numbering:
    """Word numbering written into numbering.xml: one abstractNum per list, starting at the list's first value.
    (w:num instances of one abstractNum share a counter, and LibreOffice restarts a startOverride on every
    paragraph, so a list of its own is the form both Word and LibreOffice display alike.)"""

    def __init__(self, doc):
        self.root = doc.part.numbering_part.element
        self.nums = {}

    def num_id(self, list_no, kind, label, start):
        if list_no in self.nums:
            return self.nums[list_no]
        nid = 100 + len(self.nums)
        a = element("w:abstractNum", **{"w:abstractNumId": nid})
        lvl = element("w:lvl", **{"w:ilvl": 0})
        lvl.append(element("w:start", **{"w:val": start}))
        lvl.append(element("w:numFmt", **{"w:val": numbering_plan.num_format(kind)}))
        lvl.append(element("w:suff", **{"w:val": "space"}))
        lvl.append(element("w:lvlText", **{"w:val": numbering_plan.lvl_text(kind, label)}))
        lvl.append(element("w:lvlJc", **{"w:val": "left"}))
        a.append(lvl)
        first_num = self.root.find(qn("w:num"))
        first_num.addprevious(a) if first_num is not None else self.root.append(a)
        num = element("w:num", **{"w:numId": nid})
        num.append(element("w:abstractNumId", **{"w:val": nid}))
        self.root.append(num)
        self.nums[list_no] = nid
        return nid


def paragraph(doc, b, i, plan, numbering):
    p = doc.add_paragraph()
    p.alignment = ALIGN[b["align"]]
    if b["align"] == "both":
        p.paragraph_format.first_line_indent = Mm(12.7)
    p.paragraph_format.space_after = Pt(6)
    runs = list(b["runs"])
    if b["label"] and i in plan:
        list_no, kind, start = plan[i]
        p_pr = p._p.get_or_add_pPr()
        num_pr = element("w:numPr")
        num_pr.append(element("w:ilvl", **{"w:val": 0}))
        num_pr.append(element("w:numId", **{"w:val": numbering.num_id(list_no, kind, b["label"], start)}))
        p_pr.insert(0, num_pr)
    elif b["label"]:
        sep = NBSP if label_kind(b["label"]) == "letter" else " "
        run(p, b["label"] + sep, bold=bool(runs and runs[0][1]), italic=bool(runs and runs[0][2]))
    for n, (text, bold, italic) in enumerate(runs):
        if n == 0 and i % 4 == 1 and len(text) > 12:
            # A run split inside a word, with a proofing mark and a bookmark between the halves.
            run(p, text[:7], bold=bold, italic=italic)
            p._p.append(element("w:proofErr", **{"w:type": "spellStart"}))
            p._p.append(element("w:bookmarkStart", **{"w:id": i, "w:name": f"_Ref{i:06d}"}))
            run(p, text[7:], bold=bold, italic=italic)
            p._p.append(element("w:bookmarkEnd", **{"w:id": i}))
            p._p.append(element("w:proofErr", **{"w:type": "spellEnd"}))
        else:
            run(p, text, bold=bold, italic=italic)


def cell_text(cell, text, bold=False, align="left"):
    items = text if isinstance(text, list) else [text]
    for n, t in enumerate(items):
        line(cell, ("- " + t) if isinstance(text, list) else t, 12, bold=bold, align=align, first=n == 0)


def tasks(doc, b, merge_leads):
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(w) for w in (10, 80, 35, 45, 35, 47)]
    hdr = t.rows[0]
    hdr._tr.get_or_add_trPr().append(element("w:tblHeader"))
    for c, h, w in zip(hdr.cells, b["headers"], widths):
        c.width = w
        cell_text(c, h, bold=True, align="center")
    for g in b["groups"]:
        r = t.add_row()
        merged = r.cells[0].merge(r.cells[5])
        cell_text(merged, g["roman"] + ". " + g["title"], bold=True)
        top = len(t.rows)
        spans = dict(lead_runs(g["rows"])) if merge_leads else {}
        for k, row in enumerate(g["rows"]):
            r = t.add_row()
            r._tr.get_or_add_trPr().append(element("w:cantSplit"))
            lead = row["lead"] if k in spans or not merge_leads else ""
            for c, v, w in zip(r.cells, [str(row["tt"]), row["content"], lead, row["co"], row["deadline"],
                                         row["products"]], widths):
                c.width = w
                cell_text(c, v, align="center" if v == str(row["tt"]) else "left")
        for k, n in spans.items():
            if n > 1:
                # The lead typed once and its cell merged down the rows it covers (a clerk's habit).
                t.cell(top + k, 2).merge(t.cell(top + k + n - 1, 2))


def write(doc_model, path, numbered=False, merge_leads=True):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(14)
    page(doc.sections[0])
    blocks = doc_model["blocks"]
    plan = numbering_plan.numbered(blocks) if numbered else {}
    numbering = Numbering(doc)
    for i, b in enumerate(blocks):
        k = b["kind"]
        if k == "letterhead":
            letterhead(doc, b)
        elif k == "para":
            paragraph(doc, b, i, plan, numbering)
        elif k == "signature":
            signature(doc, b)
        elif k == "pagebreak":
            doc.add_page_break()
        elif k == "landscape":
            page(doc.add_section(WD_SECTION.NEW_PAGE), landscape=True)
        elif k == "tasks":
            tasks(doc, b, merge_leads)
    doc.core_properties.author = "Chuyên viên"
    doc.save(path)

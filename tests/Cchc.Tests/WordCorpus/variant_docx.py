"""A python-docx writer of the neutral blocks whose every habit is a choice (make_variants.py draws them): typed
labels or Word numbering (decimal, lowerLetter, upperRoman, bullet; lvlText "%1." "%1)" and "%1.%2." for a
"2.1." under its "2."), Heading styles or direct bold and size, runs split at random points, non-breaking and
double spaces, proofing marks, bookmarks and smart tags between runs, the letterhead and signature as 2-column
tables or plain paragraphs (each part on a line of its own, the signer before or after the recipients, centred,
right-aligned or indented; or each row's two halves on one line with tabs between them), the task table with or without a repeated header row, group rows merged across with
gridSpan or typed as a Roman-numbered row, leads merged down with vMerge, the font, and a landscape or portrait
Phụ lục section. Whatever is chosen, the displayed words are the blocks' words (seed_parts.displayed_paragraphs).
"""
import re

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

import numbering_plan
from seed_docx import ALIGN, blanks, element, no_borders, page
from seed_parts import MOTTO, NATIONAL, NBSP, label_kind, lead_runs

FONTS = ["Times New Roman", "Times New Roman", "Liberation Serif", "Arial", "Tahoma"]
LVL_TEXT = {"roman": ["%1."], "decimal": ["%1.", "%1)"], "letter": ["%1)"], "paren": [None], "dash": ["-"],
            "plus": ["+"]}


def choices(rng):
    """One variant's habits."""
    return {
        "numbering": rng.random() < 0.5,
        "decimal_lvl_text": rng.choice(LVL_TEXT["decimal"]),
        "multilevel": rng.random() < 0.5,
        "heading_styles": rng.random() < 0.5,
        "split_runs": rng.choice([0, 0.3, 0.8]),
        "odd_spaces": rng.choice([0, 0.05, 0.2]),
        "marks": rng.random() < 0.6,
        "letterhead_table": rng.random() < 0.7,
        "signature_table": rng.random() < 0.7,
        "header_row": rng.random() < 0.6,
        "group_rows": rng.choice(["gridSpan", "roman-row"]),
        "merge_leads": rng.random() < 0.5,
        "font": rng.choice(FONTS),
        "landscape": rng.random() < 0.6,
        # Without tables: each letterhead row and the closing block's two columns on one line, tabs between the
        # halves; else each part on a line of its own (the signer's lines before or after the recipients).
        "frame_tabs": rng.random() < 0.5,
        "tabs_right_first": rng.random() < 0.2,
        "signer_first": rng.random() < 0.3,
    }


class Writer:
    def __init__(self, c, rng):
        self.c, self.rng = c, rng
        self.doc = Document()
        normal = self.doc.styles["Normal"]
        normal.font.name, normal.font.size = c["font"], Pt(14)
        self.numbering = self.doc.part.numbering_part.element
        self.nums, self.marks = {}, 0
        page(self.doc.sections[0])

    def text(self, s):
        """Spaces made odd the way typing leaves them: a non-breaking space or two spaces instead of one."""
        p = self.c["odd_spaces"]
        if not p:
            return s
        return re.sub(" ", lambda m: (NBSP if self.rng.random() < 0.5 else "  ") if self.rng.random() < p else " ", s)

    def run(self, p, text, size=None, bold=False, italic=False):
        r = p.add_run(text)
        if self.c["font"] != "Times New Roman" or self.rng.random() < 0.5:
            r.font.name = self.c["font"]
        if size:
            r.font.size = Pt(size)
        r.bold, r.italic = bold or None, italic or None
        return r

    def mark(self, p):
        """Something between runs that is not text: a proofing mark, a bookmark or a smart tag around nothing."""
        self.marks += 1
        kind = self.rng.choice(["proof", "bookmark", "smart"])
        if kind == "proof":
            p._p.append(element("w:proofErr", **{"w:type": self.rng.choice(["spellStart", "gramStart"])}))
        elif kind == "bookmark":
            p._p.append(element("w:bookmarkStart", **{"w:id": self.marks, "w:name": f"_Toc{self.marks:06d}"}))
            p._p.append(element("w:bookmarkEnd", **{"w:id": self.marks}))
        else:
            tag = element("w:smartTag", **{"w:uri": "urn:schemas-microsoft-com:office:smarttags", "w:element": "date"})
            p._p.append(tag)
            return tag
        return None

    def runs(self, p, runs, size=None):
        for text, bold, italic in runs:
            text = self.text(text)
            pieces = [text]
            if self.c["split_runs"] and len(text) > 4 and self.rng.random() < self.c["split_runs"]:
                cuts = sorted(self.rng.sample(range(1, len(text)), min(len(text) - 1, self.rng.randint(1, 3))))
                pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
            for n, piece in enumerate(pieces):
                if n and self.c["marks"] and self.rng.random() < 0.5:
                    tag = self.mark(p)
                    if tag is not None:
                        # A smart tag holds the run, as Word wraps a recognised date or place.
                        r = self.run(p, piece, size, bold, italic)
                        tag.append(r._r)
                        continue
                self.run(p, piece, size, bold, italic)

    def line(self, container, text, size=None, bold=False, italic=False, align="center", first=False):
        p = container.paragraphs[0] if first else container.add_paragraph()
        p.alignment = ALIGN[align]
        p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
        self.runs(p, [(text, bold, italic)], size)
        return p

    def num_id(self, key, levels):
        """A list of its own (one abstractNum) with `levels`: [(numFmt, lvlText, start)]."""
        if key in self.nums:
            return self.nums[key]
        nid = 200 + len(self.nums)
        a = element("w:abstractNum", **{"w:abstractNumId": nid})
        a.append(element("w:multiLevelType", **{"w:val": "multilevel" if len(levels) > 1 else "singleLevel"}))
        for ilvl, (num_fmt, lvl_text, start) in enumerate(levels):
            lvl = element("w:lvl", **{"w:ilvl": ilvl})
            lvl.append(element("w:start", **{"w:val": start}))
            lvl.append(element("w:numFmt", **{"w:val": num_fmt}))
            lvl.append(element("w:suff", **{"w:val": "space"}))
            lvl.append(element("w:lvlText", **{"w:val": lvl_text}))
            lvl.append(element("w:lvlJc", **{"w:val": "left"}))
            a.append(lvl)
        first_num = self.numbering.find(qn("w:num"))
        first_num.addprevious(a) if first_num is not None else self.numbering.append(a)
        num = element("w:num", **{"w:numId": nid})
        num.append(element("w:abstractNumId", **{"w:val": nid}))
        self.numbering.append(num)
        self.nums[key] = nid
        return nid

    def numbered(self, p, nid, ilvl):
        num_pr = element("w:numPr")
        num_pr.append(element("w:ilvl", **{"w:val": ilvl}))
        num_pr.append(element("w:numId", **{"w:val": nid}))
        p._p.get_or_add_pPr().insert(0, num_pr)

    def letterhead(self, b):
        national = (b["national"] if isinstance(b["national"], str) else NATIONAL) if b["national"] else None
        so = blanks(b["so"]) if b["so"] else None
        place_date = blanks(b["place_date"]) if b["place_date"] else None
        if not self.c["letterhead_table"] and self.c["frame_tabs"]:
            # One line per row, the halves apart by tabs: "ỦY BAN NHÂN DÂN<tab>CỘNG HÒA …".
            rows = [(b["issuer"], [national, MOTTO] if national else []), ([so] if so else [], [place_date] if place_date else [])]
            for left, right in rows:
                self.beside(*((right, left) if self.c["tabs_right_first"] else (left, right)), size=13, bold=True, align="left")
            return
        if not self.c["letterhead_table"]:
            # Plain centred paragraphs, one after the other, as a clerk types a letterhead without a table.
            for l in b["issuer"]:
                self.line(self.doc, l, 13, bold=True)
            if national:
                self.line(self.doc, national, 13, bold=True)
                self.line(self.doc, MOTTO, 14, bold=True)
            for l, italic in ((so, False), (place_date, True)):
                if l:
                    self.line(self.doc, l, 13 if not italic else 14, italic=italic)
            return
        t = self.doc.add_table(rows=2, cols=2)
        no_borders(t)
        left, right = t.rows[0].cells
        for i, text in enumerate(b["issuer"]):
            self.line(left, text, 13, bold=True, first=i == 0)
        if national:
            self.line(right, national, 13, bold=True, first=True)
            self.line(right, MOTTO, 14, bold=True)
        if so:
            self.line(t.rows[1].cells[0], so, 13, first=True)
        if place_date:
            self.line(t.rows[1].cells[1], place_date, 14, italic=True, first=True)

    def signature(self, b):
        recipients = ["Nơi nhận:"] + b["recipients"] if b["recipients"] else []
        signer = b["titles"] + [""] * 3 + ([b["name"]] if b["name"] else [])
        if not self.c["signature_table"] and self.c["frame_tabs"]:
            # "- Sở Nội vụ;<tab><tab>CHỦ TỊCH": the signer's column after tabs beside the recipients.
            self.beside(recipients, signer, size=12, align="left")
            return
        if self.c["signature_table"]:
            t = self.doc.add_table(rows=1, cols=2)
            no_borders(t)
            left, right = t.rows[0].cells
            first_left, first_right = True, True
        else:
            left = right = self.doc
            first_left = first_right = False
        # Without a table the signer's lines are centred, right-aligned or indented, before or after the recipients.
        align = "center" if self.c["signature_table"] else self.rng.choice(["center", "right", "indent"])
        order = ["signer", "recipients"] if not self.c["signature_table"] and self.c["signer_first"] else ["recipients", "signer"]
        for part in order:
            if part == "recipients":
                for i, r in enumerate(recipients):
                    self.line(left, r, 12 if i == 0 else 11, bold=i == 0, italic=i == 0, align="left", first=first_left and i == 0)
                continue
            for i, title in enumerate(signer):
                p = self.line(right, title, 14, bold=True, align="left" if align == "indent" else align,
                              first=first_right and i == 0)
                if align == "indent":
                    p.paragraph_format.left_indent = Mm(85)

    def beside(self, left, right, size, bold=False, align="left"):
        """Row by row the left line, one to three tabs and the right line (a row with only a right line starts
        with its tabs), as a clerk lines up two columns without a table."""
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ""
            b = right[i] if i < len(right) else ""
            tabs = "\t" * self.rng.randint(1, 3)
            self.line(self.doc, a + tabs + b if b else a, size, bold=bold, align=align)

    def paragraph(self, b, i, plan):
        heading = b["role"] == "heading"
        kind = label_kind(b["label"])
        style = None
        if heading and self.c["heading_styles"]:
            style = "Heading " + str({"roman": 1, "decimal": 2, "decimal2": 3}.get(kind, 3))
        p = self.doc.add_paragraph(style=style)
        p.alignment = ALIGN[b["align"]]
        if b["align"] == "both" and not heading:
            p.paragraph_format.first_line_indent = Mm(12.7)
        runs = list(b["runs"])
        size = 14 if not style else None
        if i in plan:
            self.numbered(p, *plan[i])
        elif b["label"]:
            sep = NBSP if self.rng.random() < 0.3 else ("\t" if self.rng.random() < 0.2 else " ")
            self.run(p, b["label"] + sep, size, bool(runs and runs[0][1]), bool(runs and runs[0][2]))
        if style:
            # A Heading style brings its own colour and font; the clerk's heading stays black Times, bold.
            runs = [(t, True, it) for t, _, it in runs]
        self.runs(p, runs, size)
        if style:
            for r in p.runs:
                r.font.name = self.c["font"]
                r.font.color.rgb = None

    def word_numbering(self, blocks):
        """{block index: (numId, ilvl)}: the lists Word numbering shows unchanged (numbering_plan), and, with
        multilevel, each "2.1." run as level 2 ("%1.%2.") of the list whose "2." it follows."""
        if not self.c["numbering"]:
            return {}
        plan = {}
        by_list = {}
        for i, (n, kind, start) in numbering_plan.numbered(blocks).items():
            by_list.setdefault(n, (kind, start, []))[2].append(i)
        for n, (kind, start, members) in by_list.items():
            lvl_text = self.c["decimal_lvl_text"] if kind == "decimal" else numbering_plan.lvl_text(kind, blocks[members[0]]["label"])
            if kind == "decimal" and lvl_text != "%1.":
                # "1)" instead of "1.": the label changes but not its words; only where no "1.1." hangs below.
                if any(label_kind(b.get("label", "")) == "decimal2" for b in blocks):
                    lvl_text = "%1."
            levels = [(numbering_plan.num_format(kind), lvl_text, start)]
            if kind == "decimal" and self.c["multilevel"]:
                levels.append(("decimal", "%1.%2.", 1))
            nid = self.num_id(("list", n), levels)
            plan.update({i: (nid, 0) for i in members})
            if len(levels) == 2:
                self.sublevels(blocks, members, nid, plan)
        return plan

    @staticmethod
    def sublevels(blocks, members, nid, plan):
        """"N.k." paragraphs between member N and the next member, numbered 1, 2, … without a gap, become level 1."""
        for a, b in zip(members, members[1:] + [len(blocks)]):
            parent = blocks[a]["label"].rstrip(".")
            subs = [j for j in range(a + 1, b) if blocks[j].get("kind") == "para" and label_kind(blocks[j]["label"]) == "decimal2"]
            if subs and [blocks[j]["label"] for j in subs] == [f"{parent}.{k}." for k in range(1, len(subs) + 1)]:
                plan.update({j: (nid, 1) for j in subs})

    def tasks(self, b):
        t = self.doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = [Mm(w) for w in (10, 80, 35, 45, 35, 47)]
        hdr = t.rows[0]
        if self.c["header_row"]:
            hdr._tr.get_or_add_trPr().append(element("w:tblHeader"))
        for c, h, w in zip(hdr.cells, b["headers"], widths):
            c.width = w
            self.line(c, h, 12, bold=True, first=True)
        for g in b["groups"]:
            r = t.add_row()
            if self.c["group_rows"] == "gridSpan":
                merged = r.cells[0].merge(r.cells[5])
                self.line(merged, g["roman"] + ". " + g["title"], 12, bold=True, align="left", first=True)
            else:
                self.line(r.cells[0], g["roman"], 12, bold=True, first=True)
                self.line(r.cells[1], g["title"], 12, bold=True, align="left", first=True)
            top = len(t.rows)
            spans = dict(lead_runs(g["rows"])) if self.c["merge_leads"] else {}
            for k, row in enumerate(g["rows"]):
                r = t.add_row()
                lead = row["lead"] if k in spans or not self.c["merge_leads"] else ""
                for n, (c, w) in enumerate(zip(r.cells, widths)):
                    c.width = w
                    v = [str(row["tt"]), row["content"], lead, row["co"], row["deadline"], row["products"]][n]
                    items = ["- " + x for x in v] if isinstance(v, list) else [v]
                    for m, item in enumerate(items):
                        self.line(c, item, 12, align="center" if n == 0 else "left", first=m == 0)
            for k, n in spans.items():
                if n > 1:
                    t.cell(top + k, 2).merge(t.cell(top + k + n - 1, 2))


def write(model, path, c, rng):
    w = Writer(c, rng)
    blocks = [dict(b) for b in model["blocks"]]
    plan = w.word_numbering(blocks)
    for i, b in enumerate(blocks):
        k = b["kind"]
        if k == "letterhead":
            w.letterhead(b)
        elif k == "para":
            w.paragraph(b, i, plan)
        elif k == "signature":
            w.signature(b)
        elif k == "pagebreak":
            w.doc.add_page_break()
        elif k == "landscape":
            page(w.doc.add_section(WD_SECTION.NEW_PAGE), landscape=c["landscape"])
        elif k == "tasks":
            w.tasks(b)
    w.doc.core_properties.author = "Chuyên viên"
    w.doc.save(path)

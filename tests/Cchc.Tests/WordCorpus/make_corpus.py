#!/usr/bin/python3
"""Rebuilds the foreign Word corpus the reader tests read: files written by other programs than cchc.

Usage: /usr/bin/python3 make_corpus.py SEEDS_DIR   (the folder with 002_*.txt and 002-appendix-rows.json)
Needs python3-docx, pandoc and LibreOffice (soffice). Writes into this script's folder:
  pydocx-plan.docx     python-docx: letterhead table, direct formatting, split runs, typed labels "I." "1." "a)",
                       non-breaking spaces, proofing marks, bookmarks, Word numbering (List Number / List Bullet),
                       the 45-row task table with vertically merged cells and a repeated header row, landscape section
  tracked.docx         pydocx-plan.docx with tracked insertions, deletions, a moved paragraph, a deleted
                       paragraph mark, a complex field and a comment written into its XML with zipfile
  pandoc-plan.docx     pandoc from Markdown: heading styles, Word bullet and decimal numbering
  lo-html.docx         LibreOffice from HTML: headings, ordered lists (I., 1., a)), a table with rowspan
  lo-odt.docx          LibreOffice from an ODT (made by LibreOffice from the same HTML)
  *.lo.txt             LibreOffice's own text export of each .docx: the independent view of labels and text
"""
import glob, json, os, re, shutil, subprocess, sys, tempfile, zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"


def seed_lines(seeds):
    text = open(glob.glob(os.path.join(seeds, "002_*.txt"))[0], encoding="utf-8").read()
    return [l.strip() for l in text.splitlines()]


def body_sections(lines):
    """Seed 002's plan body from "I. MỤC ĐÍCH" to the start of "III.": (kind, text) with typed labels."""
    start = next(i for i, l in enumerate(lines) if l.startswith("I. MỤC ĐÍCH"))
    out = []
    for l in lines[start:]:
        if l.startswith("III."):
            break
        l = l.replace("**", " ").strip()
        if not l:
            continue
        out.append(l)
    return out[:40]


def font(run, name="Times New Roman", size=14, bold=None, italic=None):
    run.font.name = name
    run.font.size = Pt(size)
    run._element.rPr.rFonts.set(qn("w:hAnsi"), name)
    run._element.rPr.rFonts.set(qn("w:cs"), name)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic


def para(doc_or_cell, text, bold=None, italic=None, align=None, size=14, first_line=None):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    if first_line is not None:
        p.paragraph_format.first_line_indent = Mm(first_line)
    font(p.add_run(text), size=size, bold=bold, italic=italic)
    return p


def mark(p, tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    return el


def letterhead(doc):
    t = doc.add_table(rows=2, cols=2)
    left, right = t.rows[0].cells
    left.paragraphs[0].text = ""
    font(left.paragraphs[0].add_run("ỦY BAN NHÂN DÂN"), size=13, bold=True)
    left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(left, "PHƯỜNG HẢI DƯƠNG", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
    font(right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), size=13, bold=True)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(right, "Độc lập - Tự do - Hạnh phúc", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    n, d = t.rows[1].cells
    font(n.paragraphs[0].add_run("Số:" + NBSP * 6 + "/KH-UBND"), size=13)
    n.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # Split runs: the place-date line in four runs, as typing in Word leaves it.
    for piece in ["Hải Dương, ", "ngày 12 ", "tháng 01 ", "năm 2026"]:
        font(p.add_run(piece), italic=True)


def pydocx_plan(seeds):
    lines = seed_lines(seeds)
    rows = json.load(open(os.path.join(seeds, "002-appendix-rows.json"), encoding="utf-8"))
    doc = Document()
    letterhead(doc)
    para(doc, "KẾ HOẠCH", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Cải cách hành chính nhà nước phường Hải Dương năm 2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for l in body_sections(lines):
        heading = re.match(r"^(I|II|III|IV|V)\. ", l)
        sub = re.match(r"^\d+\. ", l)
        p = para(doc, l, bold=bool(heading or sub), align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=12.7)
        if l.startswith("a)"):
            # Proofing marks and a bookmark around the first words: ignored by the reader.
            p._p.insert(1, mark(p, "w:proofErr", **{"w:type": "spellStart"}))
            p._p.insert(2, mark(p, "w:bookmarkStart", **{"w:id": "7", "w:name": "muc_a"}))
            p._p.append(mark(p, "w:bookmarkEnd", **{"w:id": "7"}))
            p._p.append(mark(p, "w:proofErr", **{"w:type": "spellEnd"}))
    doc.add_paragraph("Tổ chức tự kiểm tra công tác cải cách hành chính", style="List Number")
    doc.add_paragraph("Tuyên truyền cải cách hành chính", style="List Number")
    doc.add_paragraph("Phòng Văn hóa - Xã hội chủ trì", style="List Bullet")

    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    para(doc, "Phụ lục", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for t in rows["title_lines"]:
        para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    hdr = table.rows[0]
    hdr._tr.get_or_add_trPr().append(mark(hdr, "w:tblHeader"))
    for c, h in zip(hdr.cells, rows["headers"]):
        c.paragraphs[0].text = ""
        font(c.paragraphs[0].add_run(h), size=12, bold=True)
    for g in rows["groups"]:
        r = table.add_row()
        merged = r.cells[0].merge(r.cells[5])
        merged.paragraphs[0].text = ""
        font(merged.paragraphs[0].add_run(g["roman"] + ". " + g["title"]), size=12, bold=True)
        first = None
        for row in g["rows"]:
            r = table.add_row()
            r._tr.get_or_add_trPr().append(mark(r, "w:cantSplit"))
            values = [str(row["tt"]), row["content"], row["lead"], row["co"], row["deadline"], row["products"]]
            for c, v in zip(r.cells, values):
                c.paragraphs[0].text = ""
                font(c.paragraphs[0].add_run(v), size=12)
            first = first or r
        # The lead column merged down the group's rows when every row has the same lead (a clerk's habit).
        leads = {row["lead"] for row in g["rows"]}
        if len(g["rows"]) > 1 and len(leads) == 1:
            top = len(table.rows) - len(g["rows"])
            table.cell(top, 2).merge(table.cell(len(table.rows) - 1, 2))
    doc.save(os.path.join(HERE, "pydocx-plan.docx"))


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def tracked(src, dst):
    """Tracked changes and a comment written straight into document.xml."""
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    stamp = 'w:author="Chuyên viên" w:date="2026-01-10T08:00:00Z"'
    rpr = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/></w:rPr>'
    extra = (
        f'<w:p><w:r>{rpr}<w:t xml:space="preserve">Thời hạn báo cáo: </w:t></w:r>'
        f'<w:del w:id="901" {stamp}><w:r>{rpr}<w:delText>trước ngày 15/6</w:delText></w:r></w:del>'
        f'<w:ins w:id="902" {stamp}><w:r>{rpr}<w:t>trước ngày 20/6</w:t></w:r></w:ins>'
        f'<w:commentRangeStart w:id="0"/><w:r>{rpr}<w:t xml:space="preserve"> hằng năm</w:t></w:r><w:commentRangeEnd w:id="0"/>'
        f'<w:r><w:commentReference w:id="0"/></w:r></w:p>'
        f'<w:p><w:pPr><w:rPr><w:del w:id="903" {stamp}/></w:rPr></w:pPr><w:r>{rpr}<w:t xml:space="preserve">Đoạn này nối </w:t></w:r></w:p>'
        f'<w:p><w:r>{rpr}<w:t>vào đoạn sau.</w:t></w:r></w:p>'
        f'<w:moveFrom w:id="904" {stamp}><w:p><w:r>{rpr}<w:t>Đoạn đã chuyển đi.</w:t></w:r></w:p></w:moveFrom>'
        f'<w:ins w:id="905" {stamp}><w:p><w:r>{rpr}<w:t>Đoạn mới được chèn.</w:t></w:r></w:p></w:ins>'
        f'<w:p><w:r>{rpr}<w:t xml:space="preserve">Ngày in: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r>{rpr}<w:t>12/01/2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    first_sect = xml.index("<w:sectPr", xml.index("KẾ HOẠCH"))
    # Insert before the paragraph that carries the first section break.
    at = xml.rfind("<w:p>", 0, first_sect)
    at = xml.rfind("<w:p ", 0, first_sect) if at < 0 else max(at, xml.rfind("<w:p ", 0, first_sect))
    parts["word/document.xml"] = (xml[:at] + extra + xml[at:]).encode("utf-8")
    parts["word/comments.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W}">'
        f'<w:comment w:id="0" {stamp} w:initials="CV"><w:p><w:r><w:t>Xem lại thời hạn</w:t></w:r></w:p></w:comment></w:comments>'
    ).encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>",
        '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>').encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = ct.replace("</Types>",
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>').encode("utf-8")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


MARKDOWN = """# MỤC ĐÍCH, YÊU CẦU

## Mục đích

Công tác cải cách hành chính tiếp tục được xác định là nhiệm vụ trọng tâm.

## Yêu cầu

1. Bám sát chỉ đạo của thành phố.
2. Gắn trách nhiệm của người đứng đầu.
3. Bảo đảm tiến độ, chất lượng.

# NHIỆM VỤ, GIẢI PHÁP

- Cải cách thể chế
- Cải cách thủ tục hành chính
    - Rà soát thủ tục hành chính
    - Số hóa hồ sơ
- Cải cách tài chính công
"""

HTML = """<html><head><meta charset="utf-8"></head><body>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Cải cách hành chính nhà nước phường Hải Dương năm 2026</b></p>
<h1>MỤC ĐÍCH, YÊU CẦU</h1>
<ol type="I"><li>Mục đích chung</li><li>Yêu cầu cụ thể</li></ol>
<ol type="1"><li>Bám sát chỉ đạo</li><li>Gắn trách nhiệm</li></ol>
<ol type="a"><li>Kiểm tra</li><li>Tuyên truyền</li><li>Báo cáo</li></ol>
<table border="1">
<tr><th>TT</th><th>Nội dung công việc</th><th>Cơ quan chủ trì</th></tr>
<tr><td>1</td><td>Ban hành Kế hoạch</td><td rowspan="2">Phòng VHXH</td></tr>
<tr><td>2</td><td>Báo cáo định kỳ</td></tr>
</table>
</body></html>
"""


def soffice(args, cwd):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}"] + args,
                       cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    seeds = sys.argv[1]
    pydocx_plan(seeds)
    tracked(os.path.join(HERE, "pydocx-plan.docx"), os.path.join(HERE, "tracked.docx"))
    with tempfile.TemporaryDirectory() as tmp:
        md = os.path.join(tmp, "plan.md")
        open(md, "w", encoding="utf-8").write(MARKDOWN)
        subprocess.run(["pandoc", md, "-o", os.path.join(HERE, "pandoc-plan.docx")], check=True)
        html = os.path.join(tmp, "lo-html.html")
        open(html, "w", encoding="utf-8").write(HTML)
        soffice(["--convert-to", "docx:MS Word 2007 XML", html], tmp)
        shutil.copy(os.path.join(tmp, "lo-html.docx"), HERE)
        os.rename(html, os.path.join(tmp, "lo-odt.html"))
        soffice(["--convert-to", "odt", "lo-odt.html"], tmp)
        soffice(["--convert-to", "docx:MS Word 2007 XML", "lo-odt.odt"], tmp)
        shutil.copy(os.path.join(tmp, "lo-odt.docx"), HERE)
        for name in ["pydocx-plan", "tracked", "pandoc-plan", "lo-html", "lo-odt"]:
            shutil.copy(os.path.join(HERE, name + ".docx"), tmp)
            soffice(["--convert-to", "txt:Text (encoded):UTF8", name + ".docx"], tmp)
            shutil.copy(os.path.join(tmp, name + ".txt"), os.path.join(HERE, name + ".lo.txt"))


if __name__ == "__main__":
    main()

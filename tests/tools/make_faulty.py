#!/usr/bin/python3
"""make_faulty: from a Decree 30 conforming .docx, writes variants that each break exactly ONE MUST rule.

Usage: make_faulty.py GOOD.docx OUT_DIR
Writes OUT_DIR/<stem>.<fault>.docx for every fault that applies to the file (a Quyết định has no Phụ lục to
turn portrait, a Kế hoạch kèm theo has no Số) and OUT_DIR/manifest.json: [{"file", "fault", "rule", "change"}],
where "rule" is the nd30check.py rule the variant breaks. Needs python3 with lxml. Each change touches the XML
of word/document.xml only; every other part is copied unchanged.
"""
import json, os, re, sys, unicodedata, zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
NATIONAL = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# Unicode -> TCVN3 (ABC), lower case; capitals with their own TCVN3 code, the rest written in lower case as a
# .VnTime font shows them.
TCVN3 = dict(zip(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂÊÔƠƯĐ",
    "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢£¤¥¦§"))


def q(tag):
    return "{%s}%s" % (W, tag.split(":")[1])


def text(p):
    return "".join(t.text or "" for t in p.iter(q("w:t")))


def clean(p):
    return re.sub(r"\s+", " ", text(p).replace("\u00a0", " ")).strip()


def set_text(p, value):
    ts = list(p.iter(q("w:t")))
    ts[0].text = value
    ts[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    for t in ts[1:]:
        t.text = ""


def in_table(p):
    return any(a.tag == q("w:tbl") for a in p.iterancestors())


def paras(doc):
    return list(doc.iter(q("w:p")))


def find(doc, test):
    return next((p for p in paras(doc) if test(p)), None)


def rpr(r):
    el = r.find("w:rPr", NS)
    if el is None:
        el = etree.SubElement(r, q("w:rPr"))
        r.remove(el)
        r.insert(0, el)
    return el


def set_prop(r, tag, **attrs):
    props = rpr(r)
    el = props.find(tag, NS)
    if el is None:
        el = etree.SubElement(props, q(tag))
    for k, v in attrs.items():
        el.set(q(k), v)


def body_paragraph(doc):
    """The first long paragraph outside tables that is not centred by direct formatting: body text."""
    def test(p):
        jc = p.find("w:pPr/w:jc", NS)
        return not in_table(p) and (jc is None or jc.get(q("w:val")) != "center") and len(clean(p)) > 60
    return find(doc, test)


def runs(p):
    return [r for r in p.iter(q("w:r")) if r.find("w:t", NS) is not None]


def section_after(doc, p):
    """The sectPr closing the section that holds p."""
    body = doc.find("w:body", NS)
    seen = False
    for el in body.iter(q("w:p")):
        seen = seen or el is p
        s = el.find("w:pPr/w:sectPr", NS)
        if seen and s is not None:
            return s
    return body.find("w:sectPr", NS)


def appendix_label(doc):
    return find(doc, lambda p: not in_table(p) and re.fullmatch(r"Phụ lục( [IVXLC]+)?", clean(p)))


# Each fault: (name, rule, description, change(doc) -> bool applied)
def margins(doc):
    mar = doc.find("w:body", NS).iter(q("w:pgMar"))
    mar = next(mar, None)
    if mar is None:
        return False
    mar.set(q("w:left"), "1134")
    return True


def paper(doc):
    size = next(doc.iter(q("w:pgSz")), None)
    if size is None or size.get(q("w:orient")) == "landscape":
        return False
    size.set(q("w:w"), "12240")
    size.set(q("w:h"), "15840")
    return True


def arial(doc):
    p = body_paragraph(doc)
    for r in runs(p) if p is not None else []:
        fonts = rpr(r).find("w:rFonts", NS)
        if fonts is None:
            fonts = etree.SubElement(rpr(r), q("w:rFonts"))
        for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
            fonts.set(q(f"w:{slot}"), "Arial")
        for theme in ("asciiTheme", "hAnsiTheme"):
            fonts.attrib.pop(q(f"w:{theme}"), None)
    return p is not None


def size12(doc):
    p = body_paragraph(doc)
    for r in runs(p) if p is not None else []:
        set_prop(r, "w:sz", **{"w:val": "24"})
        set_prop(r, "w:szCs", **{"w:val": "24"})
    return p is not None


def lower_national(doc):
    p = find(doc, lambda p: clean(p) in NATIONAL)
    if p is None:
        return False
    for r in runs(p):
        caps = rpr(r).find("w:caps", NS)
        if caps is not None:
            rpr(r).remove(caps)
    set_text(p, "Cộng hòa xã hội chủ nghĩa Việt Nam")
    return True


def no_motto(doc):
    p = find(doc, lambda p: clean(p) == MOTTO)
    if p is None:
        return False
    for r in runs(p):
        r.getparent().remove(r)
    return True


def portrait_appendix(doc):
    label = appendix_label(doc)
    if label is None:
        return False
    sect = section_after(doc, label)
    size, mar = sect.find("w:pgSz", NS), sect.find("w:pgMar", NS)
    if size is None or size.get(q("w:orient")) != "landscape":
        return False
    size.set(q("w:w"), "11906")
    size.set(q("w:h"), "16838")
    size.attrib.pop(q("w:orient"))
    for side, v in (("top", "1134"), ("bottom", "1134"), ("left", "1701"), ("right", "851")):
        mar.set(q(f"w:{side}"), v)
    return True


def no_header_row(doc):
    label = appendix_label(doc)
    heads = [h for h in doc.iter(q("w:tblHeader"))] if label is not None else []
    for h in heads:
        h.getparent().remove(h)
    return bool(heads)


def tcvn3(doc):
    p = body_paragraph(doc)
    if p is None:
        return False
    for t in p.iter(q("w:t")):
        t.text = "".join(TCVN3.get(c, TCVN3.get(c.lower(), c)) for c in unicodedata.normalize("NFC", t.text or ""))
    return True


def nfd(doc):
    p = body_paragraph(doc)
    for t in p.iter(q("w:t")) if p is not None else []:
        t.text = unicodedata.normalize("NFD", t.text or "")
    return p is not None


def number_without_slash(doc):
    p = find(doc, lambda p: clean(p).startswith("Số:") and "/" in text(p))
    if p is None:
        return False
    set_text(p, text(p).replace("/", " "))
    return True


def short_date(doc):
    p = find(doc, lambda p: re.search(r", ngày .* năm \d{4}", clean(p)) and in_table(p))
    if p is None:
        return False
    m = re.match(r"(.+?), ngày\s*(\d*)\s*tháng\s*(\d*)\s*năm (\d{4})", clean(p))
    place, day, month, year = m.groups()
    set_text(p, f"{place}, {day or '12'}/{month or '01'}/{year}")
    return True


def lower_kind(doc):
    p = find(doc, lambda p: not in_table(p) and clean(p) in ("QUYẾT ĐỊNH", "KẾ HOẠCH"))
    if p is None:
        return False
    set_text(p, clean(p).capitalize())
    return True


def archive_without_period(doc):
    p = find(doc, lambda p: clean(p).startswith("- Lưu") and clean(p).endswith("."))
    if p is None:
        return False
    set_text(p, clean(p)[:-1])
    return True


def name_in_capitals(doc):
    head = find(doc, lambda p: clean(p) == "Nơi nhận:")
    if head is None:
        return False
    row = next(head.iterancestors(q("w:tr")))
    cell = next(head.iterancestors(q("w:tc")))
    others = [p for tc in row.findall("w:tc", NS) if tc is not cell for p in tc.iter(q("w:p")) if clean(p)]
    if len(others) < 2:
        return False
    set_text(others[-1], clean(others[-1]).upper())
    return True


FAULTS = [
    ("margins", "page-margins", "left margin 20 mm (1134 twips) in the first section", margins),
    ("paper", "page-size", "first section on US Letter (12240 x 15840 twips)", paper),
    ("arial", "font-family", "one body paragraph in Arial", arial),
    ("size12", "body-size", "one body paragraph at 12 pt", size12),
    ("lower-national", "national-title", "Quốc hiệu in lower case", lower_national),
    ("no-motto", "motto", "Tiêu ngữ removed", no_motto),
    ("portrait-appendix", "appendix-orientation", "the Phụ lục section portrait with its wide table", portrait_appendix),
    ("no-header-row", "appendix-header-row", "the task table's header row not repeated", no_header_row),
    ("tcvn3", "legacy-encoding", "one body paragraph's text in TCVN3 bytes (font unchanged)", tcvn3),
    ("nfd", "unicode-nfc", "one body paragraph decomposed (NFD)", nfd),
    ("number-no-slash", "number-format", "Số with a space instead of \"/\"", number_without_slash),
    ("short-date", "date-format", "place-date as dd/mm/yyyy", short_date),
    ("lower-kind", "kind-name", "tên loại in sentence case", lower_kind),
    ("archive-no-period", "recipients", "the Lưu line without its final period", archive_without_period),
    ("name-capitals", "signature", "the signer's name in capitals", name_in_capitals),
]


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    src, out = argv[1], argv[2]
    os.makedirs(out, exist_ok=True)
    with zipfile.ZipFile(src) as z:
        infos = z.infolist()
        parts = {i.filename: z.read(i.filename) for i in infos}
    stem = os.path.splitext(os.path.basename(src))[0]
    manifest = []
    for name, rule, change, fault in FAULTS:
        doc = etree.fromstring(parts["word/document.xml"])
        if not fault(doc):
            continue
        path = os.path.join(out, f"{stem}.{name}.docx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for i in infos:
                data = parts[i.filename]
                if i.filename == "word/document.xml":
                    data = etree.tostring(doc, xml_declaration=True, encoding="UTF-8", standalone=True)
                z.writestr(i, data, zipfile.ZIP_DEFLATED)
        manifest.append({"file": os.path.basename(path), "fault": name, "rule": rule, "change": change})
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(manifest)} variants of {os.path.basename(src)} in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

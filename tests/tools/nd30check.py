#!/usr/bin/python3
"""nd30check: an independent Decree 30 (Nghị định 30/2020/NĐ-CP) checker for .docx files.

Usage: nd30check.py FILE.docx [--all]
Prints JSON {"file", "violations": [{"rule", "where", "found", "expected"}], "count"} and exits 0 when the file
breaks no MUST rule it checks, 1 when it breaks one, 2 when it is not a readable .docx. Written from the
project's nd30-format.md (sections 1-3, 5, 6, 9), not from cchc's code, so that `cchc check` has a second
opinion to agree with. Needs python3 with lxml (zipfile and unicodedata are the standard library's).

Rules (names of its own; "where" is ¶N counting every paragraph of word/document.xml from 1, tables included,
or "section N" / "table N"):
  page-size            every section is A4, 11906 x 16838 twips portrait or 16838 x 11906 landscape (±2)
  page-margins         portrait sections: top and bottom 1134-1417, left 1701-1984, right 851-1133 twips (±2)
  font-family          every run with text is Times New Roman (ascii and hAnsi, theme fonts resolved)
  body-size            every run with text outside tables is 13 or 14 pt
  national-title       a Quyết định or Kế hoạch has a letterhead (a first table of two columns) holding "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                       (HOÀ accepted) in upper case (w:caps accepted), bold
  motto                the paragraph after it is exactly "Độc lập - Tự do - Hạnh phúc" (hyphens), bold
  kind-name            a centred "Quyết định"/"Kế hoạch" paragraph outside tables is upper case and bold
  number-format        a "Số" line is "Số:" + optional number (two digits at least) + "/" + upper-case symbol
                       groups joined by "-", no spaces inside; 13 pt
  date-format          the letterhead's place-date line is "<place>, ngày DD tháng M năm YYYY" (blanks allowed
                       for a draft; day < 10 and months 1-2 zero-padded), italic
  recipients           "Nơi nhận:" bold italic 12 pt; each line "- …;" 11 pt; the last "- Lưu: VT(, X)." — and
                       a Quyết định or a Kế hoạch with its own Số has one
  signature            beside "Nơi nhận:", the authority/title lines upper case and bold, the signer's name
                       last, bold, not all capitals; a Quyết định or stand-alone Kế hoạch has one
  appendix-orientation a section holding a "Phụ lục" label and a table wider than the portrait text width
                       (9354 twips) is landscape
  appendix-header-row  the task table of a Phụ lục marks its first row as a repeated header (w:tblHeader)
  legacy-encoding      no run in a TCVN3 (.Vn…) or VNI font, no text in TCVN3/VNI byte encoding
  unicode-nfc          every text is in Unicode NFC
With --all the JSON also lists the rules that were checked.
"""
import json, re, sys, unicodedata, zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"w": W, "a": A}
RULES = ["page-size", "page-margins", "font-family", "body-size", "national-title", "motto", "kind-name",
         "number-format", "date-format", "recipients", "signature", "appendix-orientation", "appendix-header-row",
         "legacy-encoding", "unicode-nfc"]
NATIONAL = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"}
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# Latin-1 letters and signs that TCVN3 and VNI byte encodings put where Vietnamese letters belong, and that
# Unicode Vietnamese never uses (its own Latin-1 letters are à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals).
LEGACY_CHARS = set("¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ") | {"\u00ad"}


def q(tag):
    p, t = tag.split(":")
    return "{%s}%s" % (NS[p], t)


def on(el):
    """A toggle property's value: absent element None, w:val 0/false/off False, otherwise True."""
    if el is None:
        return None
    return el.get(q("w:val"), "true") not in ("0", "false", "off")


class Styles:
    def __init__(self, styles_xml, theme_xml):
        self.by_id, self.default_para = {}, None
        self.defaults = None
        self.theme = {}
        if theme_xml is not None:
            for kind in ("major", "minor"):
                latin = theme_xml.find(f".//a:{kind}Font/a:latin", NS)
                if latin is not None:
                    self.theme[kind] = latin.get("typeface")
        if styles_xml is None:
            return
        self.defaults = styles_xml.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
        for s in styles_xml.findall("w:style", NS):
            sid = s.get(q("w:styleId"))
            self.by_id[sid] = s
            if s.get(q("w:type")) == "paragraph" and s.get(q("w:default")) in ("1", "true"):
                self.default_para = sid

    def chain(self, sid):
        out, seen = [], set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            out.append(self.by_id[sid])
            based = self.by_id[sid].find("w:basedOn", NS)
            sid = based.get(q("w:val")) if based is not None else None
        return list(reversed(out))

    def ppr_chain(self, p):
        ppr = p.find("w:pPr", NS)
        style = ppr.find("w:pStyle", NS) if ppr is not None else None
        sid = style.get(q("w:val")) if style is not None else self.default_para
        return [s.find("w:pPr", NS) for s in self.chain(sid)] + [ppr], sid

    def run_format(self, p, r):
        """Effective font, size (pt), bold, italic and caps of run r in paragraph p: docDefaults, paragraph style
        chain, character style chain, direct formatting (later wins)."""
        layers = [self.defaults]
        _, psid = self.ppr_chain(p)
        layers += [s.find("w:rPr", NS) for s in self.chain(psid)]
        rpr = r.find("w:rPr", NS)
        rstyle = rpr.find("w:rStyle", NS) if rpr is not None else None
        if rstyle is not None:
            layers += [s.find("w:rPr", NS) for s in self.chain(rstyle.get(q("w:val")))]
        layers.append(rpr)
        fmt = {"font": None, "size": None, "bold": False, "italic": False, "caps": False, "fonts": {}}
        for layer in layers:
            if layer is None:
                continue
            fonts = layer.find("w:rFonts", NS)
            if fonts is not None:
                for slot in ("ascii", "hAnsi"):
                    theme = fonts.get(q(f"w:{slot}Theme"))
                    if theme:
                        fmt["fonts"][slot] = self.theme.get("major" if theme.startswith("major") else "minor", theme)
                    elif fonts.get(q(f"w:{slot}")):
                        fmt["fonts"][slot] = fonts.get(q(f"w:{slot}"))
            sz = layer.find("w:sz", NS)
            if sz is not None and sz.get(q("w:val")):
                fmt["size"] = int(sz.get(q("w:val"))) / 2
            for key, tag in (("bold", "w:b"), ("italic", "w:i"), ("caps", "w:caps")):
                v = on(layer.find(tag, NS))
                if v is not None:
                    fmt[key] = v
        fmt["font"] = fmt["fonts"].get("ascii")
        if fmt["size"] is None:
            fmt["size"] = 10.0  # Word's default when nothing sets a size
        return fmt

    def alignment(self, p):
        layers, _ = self.ppr_chain(p)
        jc = None
        for layer in layers:
            if layer is not None and layer.find("w:jc", NS) is not None:
                jc = layer.find("w:jc", NS).get(q("w:val"))
        return jc or "left"


def visible_runs(p):
    """The runs of p that show, with their text: tracked deletions and moved-away text left out."""
    out = []
    for r in p.iter(q("w:r")):
        if any(a.tag in (q("w:del"), q("w:moveFrom")) for a in r.iterancestors()):
            continue
        if r.getparent() is not None and r.getparent().tag == q("w:p") and r.getparent() is not p:
            continue
        text = "".join(t.text or "" for t in r.findall("w:t", NS))
        text += "\t" * len(r.findall("w:tab", NS))
        out.append((r, text))
    return out


class Para:
    def __init__(self, number, el, styles, table, row, col, section):
        self.number, self.el, self.table, self.row, self.col, self.section = number, el, table, row, col, section
        self.runs = [(r, t, styles.run_format(el, r)) for r, t in visible_runs(el)]
        self.text = "".join(t for _, t, _ in self.runs)
        self.clean = re.sub(r"\s+", " ", self.text.replace("\u00a0", " ")).strip()
        self.align = styles.alignment(el)

    def inked(self):
        return [(t, f) for _, t, f in self.runs if t.strip()]

    def all(self, key):
        return bool(self.inked()) and all(f[key] for _, f in self.inked())

    def sizes(self):
        return {f["size"] for _, f in self.inked()}

    def where(self):
        return f"¶{self.number}"


def upper_shown(p):
    """The text as displayed, whitespace collapsed: w:caps runs shown in capitals."""
    shown = "".join(t.upper() if f["caps"] else t for _, t, f in p.runs)
    return re.sub(r"\s+", " ", shown.replace("\u00a0", " ")).strip()


def read(path):
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        doc = etree.fromstring(z.read("word/document.xml"))
        styles = etree.fromstring(z.read("word/styles.xml")) if "word/styles.xml" in names else None
        theme = etree.fromstring(z.read("word/theme/theme1.xml")) if "word/theme/theme1.xml" in names else None
    return doc, Styles(styles, theme)


def structure(doc, styles):
    """Paragraphs (in reading order, numbered from 1), tables and sections of the body."""
    body = doc.find("w:body", NS)
    paras, tables, sections = [], [], []
    table_of = {}
    for t in body.iter(q("w:tbl")):
        table_of[t] = len(table_of) + 1
    section = 1
    number = 0
    for el in body.iter(q("w:p"), q("w:tbl")):
        if el.tag == q("w:tbl"):
            if el.getparent() is body:
                tables.append({"el": el, "index": table_of[el], "section": section})
            continue
        number += 1
        tbl = next((a for a in el.iterancestors(q("w:tbl"))), None)
        row = col = None
        if tbl is not None:
            tr = next(el.iterancestors(q("w:tr")))
            tc = next(el.iterancestors(q("w:tc")))
            row = tbl.findall("w:tr", NS).index(tr) + 1 if tr.getparent() is tbl else None
            col = tr.findall("w:tc", NS).index(tc) + 1 if tc.getparent() is tr else None
        paras.append(Para(number, el, styles, table_of.get(tbl), row, col, section))
        sect = el.find("w:pPr/w:sectPr", NS)
        if sect is not None:
            sections.append(sect)
            section += 1
    final = body.find("w:sectPr", NS)
    sections.append(final if final is not None else etree.Element(q("w:sectPr")))
    return paras, tables, sections


def twips(el, attr):
    v = el.get(q(f"w:{attr}")) if el is not None else None
    return int(float(v)) if v not in (None, "") else None


class Checker:
    def __init__(self, path):
        self.path = path
        doc, self.styles = read(path)
        self.paras, self.tables, self.sections = structure(doc, self.styles)
        self.found = []

    def add(self, rule, where, found, expected):
        self.found.append({"rule": rule, "where": where, "found": found, "expected": expected})

    def run(self):
        for check in (self.page, self.fonts, self.letterhead, self.kind_name, self.recipients_and_signature,
                      self.appendix, self.encoding):
            check()
        return self.found

    # page-size, page-margins
    def page(self):
        for n, s in enumerate(self.sections, 1):
            size = s.find("w:pgSz", NS)
            w, h = twips(size, "w") or 12240, twips(size, "h") or 15840
            ok = (abs(w - 11906) <= 2 and abs(h - 16838) <= 2) or (abs(w - 16838) <= 2 and abs(h - 11906) <= 2)
            if not ok:
                self.add("page-size", f"section {n}", f"{w} x {h} twips", "A4: 11906 x 16838 (or 16838 x 11906)")
            if w > h:
                continue
            mar = s.find("w:pgMar", NS)
            for side, lo, hi in (("top", 1134, 1417), ("bottom", 1134, 1417), ("left", 1701, 1984), ("right", 851, 1133)):
                v = twips(mar, side)
                v = 1440 if v is None else abs(v)
                if not lo - 2 <= v <= hi + 2:
                    self.add("page-margins", f"section {n}", f"{side} {v} twips", f"{side} {lo}-{hi} twips")

    # font-family, body-size
    def fonts(self):
        for p in self.paras:
            for t, f in p.inked():
                fonts = {f["fonts"].get("ascii"), f["fonts"].get("hAnsi")}
                if fonts != {"Times New Roman"}:
                    shown = ", ".join(sorted(x or "(mặc định)" for x in fonts))
                    self.add("font-family", p.where(), shown, "Times New Roman")
                    break
            if p.table is None and p.inked() and not p.sizes() <= {13.0, 14.0}:
                self.add("body-size", p.where(), ", ".join(f"{s:g} pt" for s in sorted(p.sizes())), "13 or 14 pt")

    def letterhead_table(self):
        """The first body table when it comes before any text of the body and has two columns."""
        if not self.tables:
            return None
        first = self.tables[0]
        before = [p for p in self.paras if p.table is None and p.clean and p.number < self.first_para_of(first["index"])]
        cols = first["el"].findall("w:tblGrid/w:gridCol", NS)
        return first["index"] if not before and len(cols) == 2 else None

    def first_para_of(self, table):
        return min(p.number for p in self.paras if p.table == table)

    # national-title, motto, number-format, date-format
    def letterhead(self):
        table = self.letterhead_table()
        cells = [p for p in self.paras if p.table == table and p.clean] if table else []
        if not table:
            # A Quyết định or a Kế hoạch (kèm theo or not) is headed by the letterhead; without one it has no national title.
            kind = next((p for p in self.paras if p.table is None and p.clean.upper() in ("QUYẾT ĐỊNH", "KẾ HOẠCH")), None)
            if kind is not None:
                self.add("national-title", kind.where(), "(không có tiêu đề văn bản)", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            return
        national = next((p for p in cells if p.clean.upper().replace("HOÀ", "HÒA") in NATIONAL), None)
        if national is None:
            return  # a header with the agency only (a Kế hoạch kèm theo) has no national title to check
        if upper_shown(national) not in NATIONAL:
            self.add("national-title", national.where(), national.clean, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (in hoa)")
        if not national.all("bold"):
            self.add("national-title", national.where(), "không đậm", "đậm")
        after = [p for p in cells if p.number > national.number and p.col == national.col and p.row == national.row]
        motto = after[0] if after else None
        if motto is None or motto.clean != MOTTO:
            self.add("motto", motto.where() if motto else national.where(), motto.clean if motto else "(không có)", MOTTO)
        elif not motto.all("bold"):
            self.add("motto", motto.where(), "không đậm", "đậm")
        for p in cells:
            if re.match(r"^Số\b", p.clean):
                if not re.fullmatch(r"Số: ?((0[1-9]|[1-9]\d+)|\s*)/[A-ZĐ0-9]+(-[A-ZĐ0-9]+)+", p.clean):
                    self.add("number-format", p.where(), p.clean, "Số: 05/QĐ-UBND (hoặc Số:    /QĐ-UBND)")
                elif p.sizes() != {13.0}:
                    self.add("number-format", p.where(), ", ".join(f"{s:g} pt" for s in sorted(p.sizes())), "13 pt")
        dated = [p for p in cells if p.col == national.col and p is not national and p is not motto]
        for p in dated:
            if not re.fullmatch(r"[^,]+, ngày( (0[1-9]|[12]\d|3[01]))? +tháng( (0[12]|[3-9]|1[0-2]))? +năm \d{4}",
                                p.text.replace("\u00a0", " ").strip()):
                self.add("date-format", p.where(), p.clean, "<Địa danh>, ngày DD tháng M năm YYYY")
            elif not p.all("italic"):
                self.add("date-format", p.where(), "không nghiêng", "nghiêng")

    def kinds(self):
        return {p.clean.upper() for p in self.paras if p.table is None and p.clean.upper() in ("QUYẾT ĐỊNH", "KẾ HOẠCH")}

    # kind-name
    def kind_name(self):
        for p in self.paras:
            if p.table is None and p.align == "center" and p.clean.upper() in ("QUYẾT ĐỊNH", "KẾ HOẠCH"):
                if upper_shown(p) != p.clean.upper():
                    self.add("kind-name", p.where(), p.clean, p.clean.upper())
                elif not p.all("bold"):
                    self.add("kind-name", p.where(), "không đậm", "đậm")

    def needs_signature(self):
        table = self.letterhead_table()
        has_number = table is not None and any(p.table == table and re.match(r"^Số\b", p.clean) for p in self.paras)
        return "QUYẾT ĐỊNH" in self.kinds() or ("KẾ HOẠCH" in self.kinds() and has_number)

    # recipients, signature
    def recipients_and_signature(self):
        heads = [p for p in self.paras if p.clean.rstrip(":").strip().lower() == "nơi nhận"]
        if not heads:
            if self.needs_signature():
                self.add("recipients", "¶1", "(không có Nơi nhận)", "Nơi nhận: …")
                if not self.authority_line():
                    self.add("signature", "¶1", "(không có khối chữ ký)", "chức vụ, họ tên người ký")
            return
        for head in heads:
            if head.clean != "Nơi nhận:" or not (head.all("bold") and head.all("italic")) or head.sizes() != {12.0}:
                self.add("recipients", head.where(),
                         f"{head.clean} ({', '.join(f'{s:g} pt' for s in sorted(head.sizes()))})",
                         "Nơi nhận: (đậm, nghiêng, 12 pt)")
            lines = [p for p in self.paras if p.table == head.table and p.col == head.col and p.row == head.row
                     and p.number > head.number and p.clean] if head.table else []
            for k, p in enumerate(lines):
                last = k == len(lines) - 1
                if last and not re.fullmatch(r"- Lưu: VT(, [^;.]+)?\.", p.clean):
                    self.add("recipients", p.where(), p.clean, "- Lưu: VT, <đơn vị>.")
                elif not last and not re.fullmatch(r"- .+;", p.clean):
                    self.add("recipients", p.where(), p.clean, "- <nơi nhận>;")
                if p.sizes() != {11.0}:
                    self.add("recipients", p.where(), ", ".join(f"{s:g} pt" for s in sorted(p.sizes())), "11 pt")
            if head.table:
                self.signature(head)

    def authority_line(self):
        """A signer's title line anywhere after the last article or body paragraph (a block not in a table)."""
        return any(re.fullmatch(r"((TM|KT|Q|TL|TUQ)\. )?(CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG [A-ZĐÀ-Ỹ ]+|"
                                r"Ủ?U?Ỷ? ?BAN NHÂN DÂN)", p.clean) and p.all("bold") for p in self.paras)

    def signature(self, head):
        cells = [p for p in self.paras if p.table == head.table and p.row == head.row and p.col != head.col and p.clean]
        if not cells:
            self.add("signature", head.where(), "(không có khối chữ ký)", "chức vụ, họ tên người ký")
            return
        *titles, name = cells
        for p in titles:
            if upper_shown(p) != p.clean.upper() or not p.all("bold"):
                self.add("signature", p.where(), p.clean, "quyền hạn, chức vụ in hoa, đậm")
        if not titles or name.clean == name.clean.upper() or not name.all("bold"):
            self.add("signature", name.where(), name.clean, "họ tên chữ thường, đậm, sau chức vụ")

    # appendix-orientation, appendix-header-row
    def appendix(self):
        labels = [p for p in self.paras if p.table is None and re.fullmatch(r"Phụ lục( [IVXLC]+)?", p.clean)]
        for label in labels:
            sect = self.sections[min(label.section, len(self.sections)) - 1]
            size = sect.find("w:pgSz", NS)
            w, h = twips(size, "w") or 12240, twips(size, "h") or 15840
            tables = [t for t in self.tables if t["section"] == label.section and self.first_para_of(t["index"]) > label.number]
            for t in tables:
                grid = sum(int(float(c.get(q("w:w")) or 0)) for c in t["el"].findall("w:tblGrid/w:gridCol", NS))
                if grid > 9354 and w <= h:
                    self.add("appendix-orientation", f"section {label.section}", f"dọc, bảng rộng {grid} twips",
                             "trang ngang cho bảng rộng hơn 9354 twips")
                first = t["el"].find("w:tr", NS)
                header = first.find("w:trPr/w:tblHeader", NS) if first is not None else None
                if len(t["el"].findall("w:tr", NS)) > 2 and (header is None or not on(header)):
                    self.add("appendix-header-row", f"table {t['index']}", "dòng tiêu đề không lặp lại",
                             "w:tblHeader trên dòng đầu")

    # legacy-encoding, unicode-nfc
    def encoding(self):
        for p in self.paras:
            fonts = {f["fonts"].get(s) or "" for _, f in p.inked() for s in ("ascii", "hAnsi")}
            legacy_font = sorted(f for f in fonts if f.startswith(".Vn") or f.upper().startswith("VNI"))
            odd = sum(c in LEGACY_CHARS for c in p.text)
            letters = sum(c.isalpha() for c in p.text) or 1
            if legacy_font or (odd >= 2 and odd / letters >= 0.03):
                self.add("legacy-encoding", p.where(), ", ".join(legacy_font) or p.clean[:40], "Unicode (TCVN 6909:2001)")
            if p.text != unicodedata.normalize("NFC", p.text):
                self.add("unicode-nfc", p.where(), p.clean[:40], "Unicode NFC")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = argv[1]
    try:
        found = Checker(path).run()
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError) as e:
        print(json.dumps({"file": path, "error": str(e)}, ensure_ascii=False))
        return 2
    out = {"file": path, "violations": found, "count": len(found)}
    if "--all" in argv:
        out["rules"] = RULES
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""The seeds' text as a neutral document: the blocks a clerk's Word file of each seed holds, in order.

The seeds are text extracted from real plans (hard-wrapped lines, page numbers, markdown markers glued on). This
module turns one seed into a list of blocks that the writers in make_seed_docs.py render with python-docx,
LibreOffice and pandoc. Text is kept verbatim (typos are data); only extraction artefacts are removed: line wraps
are joined, page numbers and a stray URL dropped, `**`/`*` markers turned into bold/italic runs, 002's appendix
taken from 002-appendix-rows.json. Parts the extraction lost (002's and 003's letterhead) are supplied from what
the seed itself says, and listed as supplied in the expected-facts JSON.

Blocks (dicts with a "kind"):
  letterhead  issuer (lines), so (or None), national (bool), place_date (or None)
  para        runs [(text, bold, italic)], label ("I.", "1.", "a)", "-", …, or ""), role, align
  signature   recipients (lines, or []), titles (lines), name
  pagebreak   a page break (the Kế hoạch after its Quyết định starts on a new page)
  landscape   a section break; what follows is landscape
  tasks       title_lines, attached_line, headers, groups (as in 002-appendix-rows.json)
"""
import glob, json, os, re, unicodedata

LABEL = re.compile(r"^(?P<label>[IVX]+\.|\d+\.\d+\.|\d+\.|\(\d+\)\.?|[a-zđ]\)|[-+])\s+(?=\S)")
NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NBSP = "\u00a0"


def seed_file(seeds, name):
    return glob.glob(os.path.join(seeds, name + "_*.txt"))[0]


def seed_lines(seeds, name):
    text = unicodedata.normalize("NFC", open(seed_file(seeds, name), encoding="utf-8").read())
    return text.splitlines()


def label_kind(label):
    if not label:
        return ""
    if re.fullmatch(r"[IVX]+\.", label):
        return "roman"
    if re.fullmatch(r"\d+\.\d+\.", label):
        return "decimal2"
    if re.fullmatch(r"\d+\.", label):
        return "decimal"
    if label.startswith("("):
        return "paren"
    if label.endswith(")"):
        return "letter"
    return "dash" if label == "-" else "plus"


def runs_of(text):
    """`**bold**` and `*italic*` markers of the extraction as runs; whitespace collapsed."""
    runs, bold, italic = [], False, False
    for piece in re.split(r"(\*\*|\*)", text):
        if piece == "**":
            bold = not bold
        elif piece == "*":
            italic = not italic
        elif piece:
            runs.append([piece, bold, italic])
    out = []
    for r in runs:
        r[0] = re.sub(r"[ \t\u00a0]+", " ", r[0])
        if out and out[-1][1:] == r[1:]:
            out[-1][0] += r[0]
        else:
            out.append(r)
    if out:
        out[0][0] = out[0][0].lstrip()
        out[-1][0] = out[-1][0].rstrip()
    return [tuple(r) for r in out if r[0]]


def para(text, role="body", align="both", bold=False, italic=False, label=None):
    """A paragraph; a typed label at its start is split off unless label="" says it has none."""
    text = re.sub(r"\s+", " ", text).strip()
    if label is None:
        m = LABEL.match(text)
        label = m.group("label") if m else ""
        if m:
            text = text[m.end():]
    runs = [(t, b or bold, i or italic) for t, b, i in runs_of(text)]
    return {"kind": "para", "runs": runs, "label": label, "role": role, "align": align}


def text_of(block):
    return "".join(t for t, _, _ in block["runs"])


def join_wrapped(lines, keep_lines=False, glue=()):
    """Hard-wrapped seed lines as paragraphs. A line starts a new paragraph when it starts with a label, or the
    line before was short (a heading or a paragraph's last line) or ended a sentence and this one starts with a
    capital or "(". With keep_lines every non-empty line is a paragraph unless it starts in lower case (002).
    `glue` holds the 0-based indexes of lines that continue the previous one inside a word."""
    paras, last, lines_in_para = [], "", 0
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not line or re.fullmatch(r"\d{1,3}", line) or line.startswith("https://"):
            continue
        starts_para = bool(LABEL.match(line)) or line.startswith(("Căn cứ", "Điều ", "Theo đề nghị"))
        upper = line[0].isupper() or line[0] in "(“\""
        if keep_lines:
            new = not line[0].islower() and n not in glue
        else:
            ended = re.search(r"[.:!?]\s*$", last) is not None
            # A numbered heading alone on a line that is not full ("2.3. Các cơ quan …" then "Các cơ quan …").
            heading = lines_in_para == 1 and label_kind((LABEL.match(paras[-1]) or {"label": ""})["label"] if paras
                                                        else "") in ("roman", "decimal", "decimal2")
            new = starts_para or (upper and (len(last.strip()) < 50 or ended or heading and len(last.strip()) < 70))
        if not paras or new:
            paras.append(line)
            lines_in_para = 0
        elif n in glue or re.search(r"\S-$", paras[-1]):
            paras[-1] += line
        else:
            paras[-1] += " " + line
        lines_in_para += 1
        last = raw.rstrip()
    return paras


def body(paragraphs):
    """Plan-body paragraphs: Roman and decimal headings bold, the rest justified body text."""
    out = []
    for p in paragraphs:
        b = para(p)
        kind = label_kind(b["label"])
        if kind == "roman" or kind in ("decimal", "decimal2") and len(text_of(b)) < 120:
            b["runs"] = [(t, True, i) for t, _, i in b["runs"]]
            b["role"] = "heading"
        out.append(b)
    return out


def centred(text, bold=True, italic=False, role="title"):
    return para(text, role=role, align="center", bold=bold, italic=italic, label="")


def seed000(seeds):
    lines = seed_lines(seeds, "000")
    return {"parts": ["ke-hoach-body"], "supplied": [], "blocks": body(join_wrapped(lines))}


def seed002(seeds):
    lines = seed_lines(seeds, "002")
    rows = json.load(open(os.path.join(seeds, "002-appendix-rows.json"), encoding="utf-8"))
    at = lambda s: next(i for i, l in enumerate(lines) if l.startswith(s))
    q_start, q_end = at("Căn cứ Luật"), at("QUYẾT ĐỊNH:")
    nn, kh, pl = at("Nơi nhận:"), at("KẾ HOẠCH**"), at("Phụ lục")
    blocks = [
        {"kind": "letterhead", "issuer": ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI DƯƠNG"], "so": lines[2].strip(),
         "national": True, "place_date": lines[4].strip()},
        centred(lines[6]), centred(lines[8]), centred(lines[10]),
    ]
    blocks += [para(l, role="can-cu", italic=True, label="") for l in join_wrapped(lines[q_start:q_end], True)]
    blocks.append(centred("QUYẾT ĐỊNH:"))
    for l in join_wrapped(lines[q_end + 1:nn], True):
        b = para(l, label="")
        b["runs"] = [(l[:len("Điều 1.")], True, False), (l[len("Điều 1."):], False, False)]
        blocks.append(b)
    signer = next(i for i in range(nn, len(lines)) if lines[i].strip() == "CHỦ TỊCH")
    recipients = [l.strip() for l in lines[nn + 1:signer] if l.strip()]
    blocks.append({"kind": "signature", "recipients": recipients, "titles": ["CHỦ TỊCH"],
                   "name": lines[signer + 2].strip()})
    title = lines[kh].split("**")
    blocks += [{"kind": "pagebreak"}, centred(title[0]), centred(title[1])]
    kem = lines[kh + 2].strip() + " " + lines[kh + 3].strip()
    blocks.append(centred(kem.strip("*"), bold=False, italic=True, role="kem-theo"))
    body_lines = []
    for l in lines[kh + 4:pl]:
        body_lines += l.split("**") if l.startswith("I. MỤC ĐÍCH") else [l]
    glue = {i for i, l in enumerate(body_lines) if l.startswith("ược giao")}
    blocks += body(join_wrapped(body_lines, True, glue))
    blocks.append({"kind": "landscape"})
    blocks.append(centred("Phụ lục", role="appendix-label"))
    blocks += [centred(t) for t in rows["title_lines"]]
    blocks.append(centred(rows["attached_line"], bold=False, italic=True, role="kem-theo"))
    blocks.append({"kind": "tasks", "headers": rows["headers"], "groups": rows["groups"]})
    return {"parts": ["quyet-dinh", "ke-hoach", "phu-luc"], "supplied": ["letterhead issuer and national title"],
            "blocks": blocks}


def seed003(seeds):
    lines = seed_lines(seeds, "003")
    at = lambda s, start=0: next(i for i in range(start, len(lines)) if lines[i].strip().startswith(s))
    cc, qd, nn, tm = at("Căn cứ Luật"), at("QUYẾT ĐỊNH:"), at("Nơi nhận:"), at("TM. ỦY BAN")
    kh = at("KẾ HOẠCH")
    blocks = [
        # The seed lost the QĐ's header table; number and date from the Kế hoạch's "Kèm theo" line.
        {"kind": "letterhead", "issuer": ["ỦY BAN NHÂN DÂN", "PHƯỜNG HÀ TU"], "so": "Số: 25/QĐ-UBND",
         "national": True, "place_date": "Hà Tu, ngày 23 tháng 7 năm 2025"},
        centred(lines[0].strip()), centred(lines[1].strip()), centred(lines[3].strip()),
    ]
    blocks += [para(p, role="can-cu", italic=True, label="") for p in join_wrapped(lines[cc:qd])]
    blocks.append(centred("QUYẾT ĐỊNH:"))
    for p in join_wrapped(lines[qd + 1:nn]):
        b = para(p, label="")
        if p.startswith("Điều"):
            b["runs"] = [(p[:len("Điều 1.")], True, False), (p[len("Điều 1."):], False, False)]
        blocks.append(b)
    blocks.append({"kind": "signature", "recipients": [l.strip() for l in lines[nn + 1:tm] if l.strip()],
                   "titles": [lines[tm].strip(), lines[tm + 1].strip()], "name": lines[tm + 3].strip()})
    blocks.append({"kind": "pagebreak"})
    blocks.append({"kind": "letterhead", "issuer": [lines[tm + 4].strip(), lines[tm + 5].strip()], "so": None,
                   "national": lines[tm + 7].strip(), "place_date": None})
    blocks += [centred(lines[kh].strip()), centred(lines[kh + 1].strip()),
               centred(lines[kh + 3].strip(), bold=False, italic=True, role="kem-theo")]
    blocks += body(join_wrapped(lines[kh + 4:]))
    return {"parts": ["quyet-dinh", "ke-hoach"], "supplied": ["Quyết định letterhead (from the Kèm theo line)"],
            "blocks": blocks}


def seed004(seeds):
    lines = [l.strip() for l in seed_lines(seeds, "004")]
    at = lambda s: next(i for i, l in enumerate(lines) if l.startswith(s))
    so, date, kh, nn, tm = at("Số:"), at("Tân Minh, ngày"), at("KẾ HOẠCH"), at("Nơi nhận:"), at("TM. UỶ BAN")
    blocks = [
        {"kind": "letterhead", "issuer": [lines[0], lines[1]], "so": lines[so], "national": True,
         "place_date": lines[date]},
        centred(lines[kh]), centred(lines[kh + 2] + " " + lines[kh + 4]),
    ]
    blocks += body(join_wrapped(lines[kh + 5:nn]))
    title, name = [l for l in lines[tm + 1:] if l][:2]
    blocks.append({"kind": "signature", "recipients": [l for l in lines[nn + 1:tm] if l],
                   "titles": [lines[tm], title], "name": name})
    return {"parts": ["ke-hoach-standalone"], "supplied": [], "blocks": blocks}


def city(text):
    """004's commune wording as a city's: "xã Tân Minh" (and the find-replace artefact "xã Hải Phòng") become
    "thành phố Hải Phòng", any other "xã" "thành phố" ("xã hội" stays)."""
    text = re.sub(r"xã (Tân Minh|Hải Phòng)", "thành phố Hải Phòng", text)
    return re.sub(r"(?<!\w)xã(?!\w)(?! hội)", "thành phố", text)


def seed001(seeds):
    """Seed 001's shape (its text is not available; seed-analysis.md §0, §6): an attached Kế hoạch alone in its
    file, no letterhead, title and a "(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2026 …)" line with number,
    day and month blank, body I–V, indicators by phase ("- Giai đoạn …:" with "+" items), level-3 "2.1." numbering,
    a 5-year plan of a city. Derived from seed 004, which shares 001's template: its letterhead, number and signature
    dropped, its wording made a city's, section VI numbered V, the quantitative goals of its areas repeated as the
    phase indicators of a new I.3, and the agencies after the first in its implementation section grouped as 2.1.–2.5."""
    lines = [l.strip() for l in seed_lines(seeds, "004")]
    at = lambda s: next(i for i, l in enumerate(lines) if l.startswith(s))
    kh, nn = at("KẾ HOẠCH"), at("Nơi nhận:")
    paras = [city(p) for p in join_wrapped(lines[kh + 5:nn])]
    goals = [p for p in paras if p.startswith("- ") and "%" in p][:6]
    second = next(i for i, p in enumerate(paras) if p.startswith("II. "))
    phases = ["3. Chỉ tiêu cụ thể theo giai đoạn:", "- Giai đoạn 2026 - 2027:"] + ["+ " + g[2:] for g in goals[:3]]
    phases += ["- Giai đoạn 2028 - 2030:"] + ["+ " + g[2:] for g in goals[3:]]
    paras = paras[:second] + phases + paras[second:]
    impl = next(i for i, p in enumerate(paras) if p.startswith("VI. "))
    paras[impl] = "V. " + paras[impl][len("VI. "):]
    out, n = [], 0
    for k, p in enumerate(paras):
        m = re.match(r"^(\d+)\. ", p)
        if k > impl and m and m.group(1) != "1":
            if n == 0:
                out.append("2. Các cơ quan chủ trì thực hiện các nội dung cải cách hành chính")
            n += 1
            p = f"2.{n}. " + p[m.end():]
        out.append(p)
    title = city(lines[kh + 2] + " " + lines[kh + 4])
    kem = "(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2026 của Chủ tịch Ủy ban nhân dân thành phố Hải Phòng)"
    blocks = [centred(lines[kh]), centred(title), centred(kem, bold=False, italic=True, role="kem-theo")]
    blocks += body(out)
    return {"parts": ["ke-hoach-attached"], "supplied": ["the text: seed 004's in seed 001's shape (seed 001's text is not available)"],
            "blocks": blocks}


SEEDS = {"000": seed000, "001": seed001, "002": seed002, "003": seed003, "004": seed004}


def lead_runs(rows):
    """(first row, row count) of each run of consecutive rows with the same lead: the cells a clerk merges."""
    out = []
    for k, r in enumerate(rows):
        if out and rows[out[-1][0]]["lead"] == r["lead"]:
            out[-1][1] += 1
        else:
            out.append([k, 1])
    return [tuple(x) for x in out]


def displayed_paragraphs(doc, merged_leads=False):
    """The document's text as a reader shows it: one string per paragraph or table cell, labels included.
    With merged_leads a lead shared by consecutive rows is shown once (its cells are merged)."""
    out = []
    for b in doc["blocks"]:
        k = b["kind"]
        if k == "para":
            out.append(((b["label"] + " ") if b["label"] else "") + text_of(b))
        elif k == "letterhead":
            out += b["issuer"]
            if b["national"]:
                out += [b["national"] if isinstance(b["national"], str) else NATIONAL, MOTTO]
            out += [x for x in (b["so"], b["place_date"]) if x]
        elif k == "signature":
            out += (["Nơi nhận:"] + b["recipients"] if b["recipients"] else []) + b["titles"] + ([b["name"]] if b["name"] else [])
        elif k == "tasks":
            out += b["headers"]
            for g in b["groups"]:
                out.append(g["roman"] + ". " + g["title"])
                firsts = {k for k, _ in lead_runs(g["rows"])}
                for k, r in enumerate(g["rows"]):
                    lead = [r["lead"]] if not merged_leads or k in firsts else []
                    out += [str(r["tt"]), r["content"]] + lead + [r["co"], r["deadline"]]
                    out += ["- " + p for p in r["products"]] if isinstance(r["products"], list) else [r["products"]]
    return [re.sub(r"\s+", " ", p.replace(NBSP, " ")).strip() for p in out]


def task_facts(doc):
    rows = [r for b in doc["blocks"] if b["kind"] == "tasks" for g in b["groups"] for r in g["rows"]]
    full = [r for r in rows if all(r[k] for k in ("content", "lead", "co", "deadline", "products"))]
    groups = sum(len(b["groups"]) for b in doc["blocks"] if b["kind"] == "tasks")
    return {"tasks": len(rows), "tasks_all_five": len(full), "task_groups": groups}

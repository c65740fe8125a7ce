"""The LibreOffice flavours of a seed document: HTML (lists as <ol>, a table with rowspan and <thead>) and a flat
ODT (.fodt: A4 page styles, a landscape master page for the Phụ lục, repeated header rows, merged cells), each
converted by `soffice --convert-to docx`. Word numbering comes from LibreOffice's own list export."""
from xml.sax.saxutils import escape

import numbering_plan
from seed_parts import MOTTO, NATIONAL, lead_runs

OL_TYPE = {"roman": "I", "decimal": "1", "letter": "a", "paren": "1", "dash": None}


def runs_html(runs):
    out = []
    for text, bold, italic in runs:
        t = escape(text)
        t = f"<i>{t}</i>" if italic else t
        out.append(f"<b>{t}</b>" if bold else t)
    return "".join(out)


def html_lines(lines, bold=False, italic=False, align="center", size=None):
    style = f"text-align:{align};margin:0" + (f";font-size:{size}pt" if size else "")
    return "".join(f'<p style="{style}">{runs_html([(l, bold, italic)])}</p>' for l in lines)


def html_lists(blocks):
    """{block index: (kind, first, last)} for the lists an HTML <ol> can carry: items next to each other,
    starting at 1 (LibreOffice's HTML import drops the start attribute); dashes as <ul>."""
    by_list = {}
    for i, (n, kind, start) in numbering_plan.numbered(blocks).items():
        by_list.setdefault(n, (kind, start, []))[2].append(i)
    out = {}
    for kind, start, members in by_list.values():
        runs = [[members[0]]]
        for i in members[1:]:
            (runs[-1].append(i) if i == runs[-1][-1] + 1 else runs.append([i]))
        for n, run in enumerate(runs):
            if kind in OL_TYPE and (kind == "dash" or start == 1 and n == 0 and len(runs) == 1):
                out.update({i: (kind, i == run[0], i == run[-1]) for i in run})
    return out


def frame_lines(b, habits):
    """A letterhead or closing block typed as paragraphs (habits: letterhead_table, signature_table false):
    [(left lines, right lines)], the halves of each row; the caller writes them one after the other or, where
    its format has tabs, beside each other. The signer's lines come first with signer_first."""
    if b["kind"] == "letterhead":
        national = [b["national"] if isinstance(b["national"], str) else NATIONAL, MOTTO] if b["national"] else []
        return [(b["issuer"], national), ([b["so"]] if b["so"] else [], [b["place_date"]] if b["place_date"] else [])]
    recipients = ["Nơi nhận:"] + b["recipients"] if b["recipients"] else []
    return [(recipients, b["titles"] + [""] * 3 + ([b["name"]] if b["name"] else []))]


def typed(b, habits):
    """Whether this letterhead or signature block is typed as paragraphs rather than a table."""
    key = "letterhead_table" if b["kind"] == "letterhead" else "signature_table"
    return habits is not None and habits.get(key) is False


def html(doc_model, habits=None):
    """The HTML flavour; `habits` (make_variants.py) may type the letterhead and signature as paragraphs (HTML
    has no tabs LibreOffice keeps: each part on a line of its own)."""
    blocks = doc_model["blocks"]
    plan = html_lists(blocks)
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
           "@page { size: 210mm 297mm; margin: 20mm 15mm 20mm 30mm }"
           "body { font-family: 'Times New Roman'; font-size: 14pt }"
           "td, th { font-family: 'Times New Roman'; vertical-align: top }</style></head><body>"]
    for i, b in enumerate(blocks):
        k = b["kind"]
        if k in ("letterhead", "signature") and typed(b, habits):
            align = habits.get("signer_align", "center")
            for left, right in frame_lines(b, habits):
                left_html = html_lines(left, bold=k == "letterhead", align="center" if k == "letterhead" else "left")
                right_html = html_lines(right, bold=True, align="center" if k == "letterhead" else align)
                out.append(right_html + left_html if k == "signature" and habits.get("signer_first") else left_html + right_html)
        elif k == "letterhead":
            left = html_lines(b["issuer"], bold=True, size=13)
            right = html_lines([b["national"] if isinstance(b["national"], str) else NATIONAL], True, size=13) \
                + html_lines([MOTTO], True) if b["national"] else ""
            out.append(f'<table width="100%"><tr><td width="40%">{left}</td><td>{right}</td></tr>')
            if b["so"] or b["place_date"]:
                out.append(f'<tr><td>{html_lines([b["so"] or ""], size=13)}</td>'
                           f'<td>{html_lines([b["place_date"] or ""], italic=True)}</td></tr>')
            out.append("</table>")
        elif k == "para":
            style = "text-align:justify;text-indent:12.7mm;margin:0 0 6pt 0" if b["align"] == "both" \
                else f"text-align:{b['align']};margin:0"
            if i in plan:
                kind, first, last = plan[i]
                tag = "ul" if kind == "dash" else "ol"
                opening = f'<{tag} type="{OL_TYPE[kind]}">' if OL_TYPE[kind] else f"<{tag}>"
                out.append((opening if first else "") + f'<li style="{style}">'
                           f"{runs_html(b['runs'])}</li>" + (f"</{tag}>" if last else ""))
            else:
                label = escape(b["label"]) + " " if b["label"] else ""
                first_bold = bool(b["runs"] and b["runs"][0][1])
                label = f"<b>{label}</b>" if label and first_bold else label
                out.append(f'<p style="{style}">{label}{runs_html(b["runs"])}</p>')
        elif k == "pagebreak":
            out.append('<p style="page-break-before: always; margin: 0"></p>')
        elif k == "signature":
            left = (html_lines(["Nơi nhận:"], True, True, "left", 12) + html_lines(b["recipients"], align="left",
                    size=11)) if b["recipients"] else ""
            right = html_lines(b["titles"], True) + "<p>&nbsp;</p>" * 4 + html_lines([b["name"]], True)
            out.append(f'<table width="100%"><tr><td width="50%">{left}</td><td>{right}</td></tr></table>')
        elif k == "tasks":
            out.append('<table border="1" cellspacing="0"><thead><tr>'
                       + "".join(f"<th>{escape(h)}</th>" for h in b["headers"]) + "</tr></thead><tbody>")
            for g in b["groups"]:
                out.append(f'<tr><td colspan="6"><b>{escape(g["roman"] + ". " + g["title"])}</b></td></tr>')
                for row in g["rows"]:
                    products = row["products"]
                    prod = "".join(f"<p>- {escape(p)}</p>" for p in products) if isinstance(products, list) \
                        else escape(products)
                    cells = [str(row["tt"]), escape(row["content"]), escape(row["lead"]), escape(row["co"]),
                             escape(row["deadline"]), prod]
                    out.append("<tr>" + "".join(f"<td>{v}</td>" for v in cells) + "</tr>")
            out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out)


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" style:font-name-complex="Times New Roman"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" fo:margin-top="20mm" fo:margin-bottom="20mm" fo:margin-left="30mm" fo:margin-right="15mm"/></style:page-layout>
 <style:page-layout style:name="A4L"><style:page-layout-properties fo:page-width="297mm" fo:page-height="210mm" style:print-orientation="landscape" fo:margin-top="20mm" fo:margin-bottom="20mm" fo:margin-left="30mm" fo:margin-right="15mm"/></style:page-layout>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0mm" fo:margin-bottom="0mm"/></style:style>
 <style:style style:name="L" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-top="0mm" fo:margin-bottom="0mm"/></style:style>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0mm" fo:margin-bottom="0mm"/></style:style>
 <style:style style:name="J" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="12.7mm" fo:margin-bottom="6pt"/></style:style>
 <style:style style:name="PL" style:family="paragraph" style:master-page-name="Landscape"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>
 <style:style style:name="T12" style:family="paragraph"><style:paragraph-properties fo:margin-top="0mm" fo:margin-bottom="0mm"/><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="b" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="i" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="bi" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="s13" style:family="text"><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="b13" style:family="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="s11" style:family="text"><style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="bi12" style:family="text"><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="Grid" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="1mm"/></style:style>
 <style:style style:name="Tasks" style:family="table"><style:table-properties style:width="252mm" table:align="center"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4"/>
 <style:master-page style:name="Landscape" style:page-layout-name="A4L"/>
</office:master-styles>
<office:body><office:text>
"""


def span(text, style=None):
    t = escape(text)
    return f'<text:span text:style-name="{style}">{t}</text:span>' if style else t


def run_style(bold, italic):
    return "bi" if bold and italic else "b" if bold else "i" if italic else None


def fp(text_xml, style="C"):
    return f'<text:p text:style-name="{style}">{text_xml}</text:p>'


def cell(content, attrs=""):
    return f'<table:table-cell table:style-name="Grid" office:value-type="string"{attrs}>{content}</table:table-cell>'


def frame_table(rows, name):
    cols = max(len(r) for r in rows)
    body = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string">{c}</table:table-cell>' for c in r) + "</table:table-row>"
        for r in rows)
    return f'<table:table table:name="{name}"><table:table-column table:number-columns-repeated="{cols}"/>{body}</table:table>'


def fodt(doc_model, habits=None):
    """The flat ODT flavour; `habits` (make_variants.py) may type the letterhead and signature as paragraphs,
    each part on a line of its own or, with frame_tabs, each row's halves on one line apart by <text:tab/>."""
    out, landscape_next, n_tables, extra_styles = [FODT_HEAD], False, 0, ""
    for b in doc_model["blocks"]:
        k = b["kind"]
        if k in ("letterhead", "signature") and typed(b, habits):
            out.append(typed_fodt(b, habits))
            continue
        n_tables += k in ("letterhead", "signature", "tasks")
        if k == "letterhead":
            left = "".join(fp(span(l, "b13")) for l in b["issuer"])
            right = (fp(span(b["national"] if isinstance(b["national"], str) else NATIONAL, "b13"))
                     + fp(span(MOTTO, "b"))) if b["national"] else fp("")
            rows = [[left, right]]
            if b["so"] or b["place_date"]:
                rows.append([fp(span(b["so"] or "", "s13")), fp(span(b["place_date"] or "", "i"))])
            out.append(frame_table(rows, f"Table{n_tables}"))
        elif k == "para":
            style = "PL" if landscape_next else "J" if b["align"] == "both" else "C"
            landscape_next = False
            first_bold = bool(b["runs"] and b["runs"][0][1])
            label = span(b["label"] + " ", "b" if first_bold else None) if b["label"] else ""
            out.append(fp(label + "".join(span(t, run_style(bo, it)) for t, bo, it in b["runs"]), style))
        elif k == "pagebreak":
            out.append(fp("", "PB"))
        elif k == "landscape":
            landscape_next = True
        elif k == "signature":
            left = (fp(span("Nơi nhận:", "bi12"), "L") + "".join(fp(span(r, "s11"), "L") for r in b["recipients"])) \
                if b["recipients"] else fp("")
            right = "".join(fp(span(t, "b")) for t in b["titles"]) + fp("") * 4 + fp(span(b["name"], "b"))
            out.append(frame_table([[left, right]], f"Table{n_tables}"))
        elif k == "tasks":
            table, styles = tasks_fodt(b, f"Table{n_tables}")
            out.append(table)
            extra_styles += styles
    out[0] = FODT_HEAD.replace("</office:automatic-styles>", extra_styles + "</office:automatic-styles>")
    out.append("</office:text></office:body></office:document>\n")
    return "".join(out)


def typed_fodt(b, habits):
    rows = frame_lines(b, habits)
    style = "b13" if b["kind"] == "letterhead" else "b"
    if habits.get("frame_tabs"):
        lines = []
        for left, right in rows:
            if habits.get("tabs_right_first") and b["kind"] == "letterhead":
                left, right = right, left
            for i in range(max(len(left), len(right))):
                a = left[i] if i < len(left) else ""
                c = right[i] if i < len(right) else ""
                lines.append(fp(span(a, style) + ("<text:tab/>" * (1 + i % 2) + span(c, style) if c else ""), "L"))
        return "".join(lines)
    align = {"center": "C", "right": "R"}.get(habits.get("signer_align"), "C")
    parts = []
    for left, right in rows:
        left_xml = "".join(fp(span(l, style), "C" if b["kind"] == "letterhead" else "L") for l in left)
        right_xml = "".join(fp(span(l, style) if l else "", "C" if b["kind"] == "letterhead" else align) for l in right)
        parts.append(right_xml + left_xml if b["kind"] == "signature" and habits.get("signer_first") else left_xml + right_xml)
    return "".join(parts)


def tasks_fodt(b, name):
    widths = (10, 80, 35, 45, 35, 47)
    cols = "".join(f'<table:table-column table:style-name="{name}.{i}"/>' for i in range(6))
    header = "<table:table-header-rows><table:table-row>" + "".join(
        cell(fp(span(h, "b"), "T12")) for h in b["headers"]) + "</table:table-row></table:table-header-rows>"
    rows = []
    for g in b["groups"]:
        rows.append("<table:table-row>" + cell(fp(span(g["roman"] + ". " + g["title"], "b"), "T12"),
                    ' table:number-columns-spanned="6"') + "<table:covered-table-cell/>" * 5 + "</table:table-row>")
        spans = dict(lead_runs(g["rows"]))
        for k, r in enumerate(g["rows"]):
            products = r["products"]
            prod = "".join(fp(span("- " + p), "T12") for p in products) if isinstance(products, list) \
                else fp(span(products), "T12")
            # A lead shared by the rows that follow it is one cell spanning them (vertically merged in Word).
            span_rows = spans.get(k, 0)
            lead = cell(fp(span(r["lead"]), "T12"), f' table:number-rows-spanned="{span_rows}"' if span_rows > 1
                        else "") if span_rows else "<table:covered-table-cell/>"
            rows.append("<table:table-row>" + cell(fp(span(str(r["tt"])), "T12")) + cell(fp(span(r["content"]), "T12"))
                        + lead + "".join(cell(fp(span(v), "T12")) for v in (r["co"], r["deadline"])) + cell(prod)
                        + "</table:table-row>")
    col_styles = "".join(
        f'<style:style style:name="{name}.{i}" style:family="table-column"><style:table-column-properties '
        f'style:column-width="{w}mm"/></style:style>' for i, w in enumerate(widths))
    return (f'<table:table table:name="{name}" table:style-name="Tasks">{cols}{header}{"".join(rows)}</table:table>',
            col_styles)

// Writes template.docx: the docxtemplater side of the benchmark, a template for a plan's whole documents
// (letterheads, every paragraph, signatures, the landscape task table) fed by `plangen document PLAN OUT`.
const PizZip = require("pizzip");
const fs = require("fs");

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text, { bold, italic, size = 28 } = {}) =>
  `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>${bold ? "<w:b/>" : ""}${italic ? "<w:i/>" : ""}<w:sz w:val="${size}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (text, { jc, indent, border, ...format } = {}) =>
  `<w:p><w:pPr>${border ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' : ""}<w:spacing w:before="0" w:after="120"/>${indent ? '<w:ind w:firstLine="567"/>' : ""}<w:jc w:val="${jc || "both"}"/></w:pPr>${run(text, format)}</w:p>`;
const tag = text => `<w:p>${run(text)}</w:p>`;
const cell = (w, content) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map(b => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join("");
const table = (widths, rows, bordered) =>
  `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b)}" w:type="dxa"/>${bordered ? `<w:tblBorders>${borders}</w:tblBorders>` : ""}<w:tblLayout w:type="fixed"/></w:tblPr>` +
  `<w:tblGrid>${widths.map(w => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows}</w:tbl>`;
const row = (cells, header) => `<w:tr><w:trPr>${header ? "<w:tblHeader/>" : "<w:cantSplit/>"}</w:trPr>${cells}</w:tr>`;

const twoColumns = [3600, 5470];
const letterhead = table(twoColumns, row(
  cell(twoColumns[0], p("{left}", { jc: "center", bold: true, size: 26 }) + p("{number}", { jc: "center", size: 26 })) +
  cell(twoColumns[1], p("{right}", { jc: "center", bold: true, size: 26 }) + p("{date}", { jc: "center", italic: true }))));
const signature = table(twoColumns, row(
  cell(twoColumns[0], p("{recipients}", { jc: "left", size: 22 })) +
  cell(twoColumns[1], p("{authority}", { jc: "center", bold: true }) + p("{name}", { jc: "center", bold: true }))));
const widths = [700, 4200, 2000, 2300, 2200, 2886];
const cells = (first, last, format) => widths.map((w, i) =>
  cell(w, p((i === 0 ? first : "") + `{c${i}}` + (i === widths.length - 1 ? last : ""), { jc: i === 0 ? "center" : "left", size: 24, ...format }))).join("");
const tasks = table(widths,
  row(cells("{#rows}{#head}", "{/head}", { bold: true }), true) +
  row(widths.map((w, i) => cell(w, p(i === 0 ? "{#group}{group}" : i === widths.length - 1 ? "{/group}" : "", { jc: "left", bold: true, size: 24 }))).join("")) +
  row(cells("{#body}", "{/body}{/rows}", {})), true);

const portrait = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>';
const landscape = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>';
const sectionEnd = (flag, size) => `<w:p><w:pPr><w:sectPr>${size}</w:sectPr></w:pPr>${run(`{#${flag}}{/${flag}}`)}</w:p>`;
const body =
  tag("{#sections}") + tag("{#blocks}") +
  tag("{#letterhead}") + letterhead + tag("{/letterhead}") +
  p("{#centered}{centered}{/centered}", { jc: "center", bold: true }) +
  p("{#italic}{italic}{/italic}", { italic: true, indent: true }) +
  p("{#body}{body}{/body}", { indent: true }) +
  p("{#rule}{/rule}", { jc: "center", border: true }) +
  tag("{#signature}") + signature + tag("{/signature}") +
  tag("{#table}") + tasks + tag("{/table}") +
  tag("{/blocks}") +
  sectionEnd("portrait", portrait) + sectionEnd("landscape", landscape) +
  tag("{/sections}") + `<w:sectPr>${portrait}</w:sectPr>`;

const zip = new PizZip();
zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
fs.writeFileSync(process.argv[2] || "template.docx", zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));

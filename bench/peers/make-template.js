// Writes template.docx: a landscape page with the plan title and the task table as docxtemplater loops.
const PizZip = require("pizzip");
const fs = require("fs");

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text, bold) => `<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>${bold ? "<w:b/>" : ""}<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const widths = [700, 4200, 2000, 2300, 2200, 2886];
const cell = (w, content, span) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span ? `<w:gridSpan w:val="${span}"/>` : ""}</w:tcPr>${content}</w:tc>`;
const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map(b => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join("");
const header = ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành", "Sản phẩm"];
const table =
  `<w:tbl><w:tblPr><w:tblW w:w="14286" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
  `<w:tblGrid>${widths.map(w => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
  `<w:tr><w:trPr><w:tblHeader/></w:trPr>${header.map((h, i) => cell(widths[i], p(h, true))).join("")}</w:tr>` +
  `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(14286, p("{#groups}{label}", true), 6)}</w:tr>` +
  `<w:tr><w:trPr><w:cantSplit/></w:trPr>` +
  cell(widths[0], p("{#tasks}{tt}")) + cell(widths[1], p("{content}")) + cell(widths[2], p("{lead}")) +
  cell(widths[3], p("{co}")) + cell(widths[4], p("{deadline}")) + cell(widths[5], p("{#products}{text}{/products}") + p("{/tasks}{/groups}")) +
  `</w:tr></w:tbl>`;
const body = p("KẾ HOẠCH", true) + p("{title}", true) + p("Phụ lục", true) + table +
  `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;

const zip = new PizZip();
zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
fs.writeFileSync(process.argv[2] || "template.docx", zip.generate({ type: "nodebuffer", compression: "DEFLATE" }));

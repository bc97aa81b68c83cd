/**
 * Small PDFs built byte by byte for the tests: a text page with a ruled table, a scanned page (an image
 * and no text), an encrypted file. Each is a valid PDF with a correct cross-reference table.
 */

/** Builds a PDF from its objects (1-based, in order) with a correct xref; `trailer` adds entries. */
export function buildPdf(objects: string[], trailer = ""): Uint8Array {
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

const stream = (content: string, dict = "") => `<< /Length ${Buffer.byteLength(content, "latin1")} ${dict}>>\nstream\n${content}\nendstream`;

/** One page with a title, a paragraph and a small ruled table (Helvetica, ASCII text). */
export function textPdf(): Uint8Array {
  const rows = [
    ["Item", "2024", "2025"],
    ["Total", "1,234.56", "1,300.00"],
    ["Staff", "", "800.00"],
  ];
  let content = "BT /F1 16 Tf 200 780 Td (Budget Tables) Tj ET\nBT /F1 11 Tf 72 740 Td (Income and expenditure of the unit.) Tj ET\n";
  // Rulings: horizontal lines at 700, 680, 660, 640; verticals at 72, 250, 400, 550.
  for (const y of [700, 680, 660, 640]) content += `72 ${y} m 550 ${y} l S\n`;
  for (const x of [72, 250, 400, 550]) content += `${x} 640 m ${x} 700 l S\n`;
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell) content += `BT /F1 10 Tf ${[80, 330, 480][c]} ${686 - r * 20} Td (${cell}) Tj ET\n`;
    });
  });
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    stream(content),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]);
}

/** Two pages, each only an image: what a scanner produces. */
export function scannedPdf(): Uint8Array {
  const pixels = "\x00\xff\xff\x00";
  const page = (contents: number) =>
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents ${contents} 0 R >>`;
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
    page(4),
    stream("q 500 0 0 700 50 70 cm /Im1 Do Q"),
    stream(pixels, "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 "),
    page(7),
    stream("q 500 0 0 700 50 70 cm /Im1 Do Q"),
  ]);
}

/** Encrypted with a user password (standard security handler, RC4 40-bit): no reader opens it without one. */
export function encryptedPdf(): Uint8Array {
  const hex32 = (seed: number) => Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) % 256).toString(16).padStart(2, "0")).join("");
  return buildPdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R >>",
      stream("BT ET"),
      `<< /Filter /Standard /V 1 /R 2 /O <${hex32(7)}> /U <${hex32(11)}> /P -44 >>`,
    ],
    `/Encrypt 5 0 R /ID [<${hex32(3).slice(0, 32)}> <${hex32(3).slice(0, 32)}>] `,
  );
}

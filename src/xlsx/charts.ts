/**
 * Native pie charts in the .xlsx (exceljs has no chart API): DrawingML chart parts added to the
 * package exceljs wrote — a drawing per sheet, a chart per spec, their relationships and content types.
 * The charts read live cells, so they follow the figures when the workbook recalculates.
 */
import JSZip from "jszip";
import type { ChartSpec, WorkbookLayout } from "../core/layout";
import { columnLetter, quoteSheet } from "../core/layout/address";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function chartXml(sheet: string, chart: ChartSpec): string {
  const labels = `${quoteSheet(sheet)}!$${columnLetter(chart.labelCol)}$${chart.firstRow}:$${columnLetter(chart.labelCol)}$${chart.lastRow}`;
  const values = `${quoteSheet(sheet)}!$${columnLetter(chart.labelCol + 1)}$${chart.firstRow}:$${columnLetter(chart.labelCol + 1)}$${chart.lastRow}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(chart.title)}</c:v></c:tx><c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/></c:dLbls><c:cat><c:strRef><c:f>${escapeXml(labels)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(values)}</c:f></c:numRef></c:val></c:ser><c:firstSliceAng val="0"/></c:pieChart></c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="zero"/></c:chart></c:chartSpace>`;
}

function anchorXml(chart: ChartSpec, index: number): string {
  const from = { col: chart.anchor.col - 1, row: chart.anchor.row - 1 };
  return `<xdr:twoCellAnchor><xdr:from><xdr:col>${from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${from.col + 6}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row + 15}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${index + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Adds the layout's charts to the .xlsx bytes exceljs wrote (sheets are sheet1.xml … in layout order). */
export async function addCharts(bytes: Uint8Array, layout: WorkbookLayout): Promise<Uint8Array> {
  if (!layout.sheets.some((s) => (s.charts ?? []).length > 0)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  let drawingNo = 0;
  let chartNo = 0;
  for (const [i, sheet] of layout.sheets.entries()) {
    const charts = sheet.charts ?? [];
    if (charts.length === 0) continue;
    drawingNo++;
    const sheetPath = `xl/worksheets/sheet${i + 1}.xml`;
    const drawingRels: string[] = [];
    const anchors: string[] = [];
    charts.forEach((chart, k) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(sheet.name, chart));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      );
      drawingRels.push(`<Relationship Id="rId${k + 1}" Type="${REL}/chart" Target="../charts/chart${chartNo}.xml"/>`);
      anchors.push(anchorXml(chart, k));
    });
    zip.file(
      `xl/drawings/drawing${drawingNo}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join("")}</xdr:wsDr>`,
    );
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${drawingRels.join("")}</Relationships>`,
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );

    // The sheet points at its drawing; the <drawing> element goes before legacyDrawing/tableParts/extLst.
    const relsPath = `xl/worksheets/_rels/sheet${i + 1}.xml.rels`;
    const relId = "rIdBudgetCharts";
    const existingRels = zip.file(relsPath)
      ? await zip.file(relsPath)!.async("string")
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
    zip.file(
      relsPath,
      existingRels.replace(
        "</Relationships>",
        `<Relationship Id="${relId}" Type="${REL}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
      ),
    );
    let xml = await zip.file(sheetPath)!.async("string");
    const before = ["<legacyDrawing", "<tableParts", "<extLst", "</worksheet>"].map((tag) => xml.indexOf(tag)).filter((at) => at >= 0);
    const at = Math.min(...before);
    xml = `${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`;
    zip.file(sheetPath, xml);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

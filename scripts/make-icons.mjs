// Writes the add-in's PNG icons (a green ledger mark with a check) without any image library.
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function icon(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const u = x / size, v = y / size;
      const inside = u > 0.1 && u < 0.9 && v > 0.08 && v < 0.92;
      const line = inside && v > 0.25 && Math.abs(((v - 0.25) * 6) % 1) < 0.12 && u > 0.2 && u < 0.8;
      const check = Math.abs(v - (0.55 + (u - 0.45) * 1.0)) < 0.07 && u > 0.3 && u < 0.45 || Math.abs(v - (0.7 - (u - 0.45) * 1.2)) < 0.07 && u >= 0.45 && u < 0.8;
      const [r, g, b, a] = check ? [255, 255, 255, 255] : line ? [200, 230, 210, 255] : inside ? [16, 124, 65, 255] : [0, 0, 0, 0];
      row.push(r, g, b, a);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0))]);
}

mkdirSync("assets", { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, icon(size));

/** Seeded mutations of the seed documents: the fuzz test and the workbook agreement test replay them. */

/** A small seeded PRNG so that a failing mutation can be replayed from its number. */
export function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function mutate(lines: string[], random: () => number): string[] {
  const out = [...lines];
  const operations = 1 + Math.floor(random() * 8);
  for (let k = 0; k < operations && out.length > 0; k++) {
    const i = Math.floor(random() * out.length);
    switch (Math.floor(random() * 6)) {
      case 0:
        out.splice(i, 1 + Math.floor(random() * 20)); // delete lines
        break;
      case 1:
        out.splice(i, 0, ...out.slice(i, i + 1 + Math.floor(random() * 10))); // duplicate
        break;
      case 2: {
        const j = Math.floor(random() * out.length);
        [out[i], out[j]] = [out[j], out[i]]; // swap
        break;
      }
      case 3:
        out[i] = out[i].slice(0, Math.floor(random() * out[i].length)); // truncate
        break;
      case 4: {
        const bytes = Array.from({ length: 1 + Math.floor(random() * 30) }, () => String.fromCharCode(Math.floor(random() * 0x3000)));
        const at = Math.floor(random() * (out[i].length + 1));
        out[i] = out[i].slice(0, at) + bytes.join("") + out[i].slice(at); // random characters
        break;
      }
      case 5:
        out[i] = out[i].replace(/\d/g, () => String(Math.floor(random() * 10))); // scramble digits
        break;
    }
  }
  return out;
}

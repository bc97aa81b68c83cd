import { decodeDisclosureBytes } from "../core/reader/decode";
import { MAX_TEXT_LENGTH } from "../core/reader";

/**
 * Where a disclosure's text comes from. Each source turns the user's input into text for the reader;
 * PDF, .docx and .xlsx sources can join by implementing the same interface.
 */
export interface DisclosureSource {
  id: string;
  /** File extensions the source accepts, for the file picker. */
  accept: string[];
  readFile(file: Blob): Promise<string>;
}

export const textFileSource: DisclosureSource = {
  id: "text",
  accept: [".txt", ".text", ".tsv"],
  async readFile(file: Blob): Promise<string> {
    if (file.size > MAX_TEXT_LENGTH) throw new RangeError("too-large");
    const bytes = new Uint8Array(await file.arrayBuffer());
    return decodeDisclosureBytes(bytes).text;
  },
};

export const SOURCES: readonly DisclosureSource[] = [textFileSource];

/**
 * The CLI's file handling: reading an input (a file or "-" for standard input) and writing an output
 * whole or not at all, never over the input, with the temporary files of killed runs cleaned up.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { MAX_TEXT_LENGTH } from "../core/reader";
import { decodeDisclosureBytes } from "../core/reader/decode";
import { CliFailure, fileFailure, type Lang, messages } from "./errors";

/** Standard input's name on the command line. */
export const STDIN = "-";

/** Larger than any text of MAX_TEXT_LENGTH characters can be in bytes is refused before reading. */
const MAX_BYTES = MAX_TEXT_LENGTH * 3;

function tooLarge(path: string, bytes: number, lang: Lang): CliFailure {
  const t = messages(lang);
  const reason = t.tooLarge(Math.round(bytes / 1024 / 1024));
  return new CliFailure("too-large", t.cannotRead(path, reason), reason);
}

/** The bytes of a file, or of standard input for "-". */
export function readInputBytes(path: string, lang: Lang): Uint8Array {
  let bytes: Buffer;
  if (path === STDIN) {
    try {
      bytes = readFileSync(0);
    } catch (error) {
      throw fileFailure(error, lang === "zh" ? "标准输入" : "standard input", "read", lang);
    }
  } else {
    let size: number;
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) throw new CliFailure("is-directory", messages(lang).isDirectory(path), messages(lang).isDirectoryReason);
      size = stat.size;
    } catch (error) {
      throw error instanceof CliFailure ? error : fileFailure(error, path, "read", lang);
    }
    if (size > MAX_BYTES) throw tooLarge(path, size, lang);
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw fileFailure(error, path, "read", lang);
    }
  }
  if (bytes.length > MAX_BYTES) throw tooLarge(path, bytes.length, lang);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The text of an input; binary data refused with what it seems to be. */
export function readInputText(path: string, lang: Lang): string {
  const decoded = decodeDisclosureBytes(readInputBytes(path, lang));
  if (decoded.binary) {
    const t = messages(lang);
    const reason = t.notText(t.binaryKinds[decoded.binary]);
    throw new CliFailure("not-text", t.cannotRead(path, reason), reason);
  }
  return decoded.text;
}

/** A folder (false for anything that cannot be looked at: reading it then says why). */
export function isFolder(path: string): boolean {
  try {
    return path !== STDIN && statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}

/** The same file: the same path, or one file reached through links (same device and inode). */
export function sameFile(a: string, b: string): boolean {
  if (a === STDIN || b === STDIN) return false;
  if (resolve(a) === resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

const temporaryName = (target: string, pid: number) => join(dirname(target), `${basename(target)}.${pid}.tmp`);

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes `<target>.<pid>.tmp` files that runs killed while writing this target left behind. */
export function removeStaleTemporaries(target: string): string[] {
  const prefix = `${basename(target)}.`;
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dirname(target));
  } catch {
    return removed;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith(".tmp")) continue;
    const pid = entry.slice(prefix.length, -4);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || processRuns(Number(pid))) continue;
    try {
      unlinkSync(join(dirname(target), entry));
      removed.push(entry);
    } catch {
      // Someone else's file we may not remove: leave it.
    }
  }
  return removed;
}

/** Writes the file whole or not at all: a temporary file beside it, renamed into place. */
export function writeAtomically(path: string, bytes: Uint8Array, lang: Lang): void {
  removeStaleTemporaries(path);
  const temporary = temporaryName(path, process.pid);
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new CliFailure("is-directory", messages(lang).isDirectory(path));
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    try {
      if (existsSync(temporary)) unlinkSync(temporary);
    } catch {
      // Nothing more can be done; the next write to this target removes it.
    }
    throw error instanceof CliFailure ? error : fileFailure(error, path, "write", lang);
  }
}

/**
 * `disclosure check` over many files: each file read and checked in a worker thread (the machine's
 * cores in parallel); a file that cannot be read is reported and the run goes on.
 */
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Finding } from "../core/rules";
import type { Coverage } from "../core/coverage";
import type { Lang } from "./errors";

export interface FileResult {
  file: string;
  ok: boolean;
  error?: string;
  unit?: string | null;
  year?: number | null;
  counts?: { error: number; warning: number; info: number };
  findings?: Finding[];
  /** What of the document was read; a file not read completely is counted apart. */
  coverage?: Coverage;
}

/** Files named on the command line, folders expanded to the text files in them (recursively), sorted. */
export function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    let stat;
    let entries: string[];
    try {
      stat = statSync(path);
      if (!stat.isDirectory()) return void files.push(path);
      entries = readdirSync(path).sort();
    } catch {
      files.push(path); // reported as unreadable by the worker
      return;
    }
    for (const entry of entries) {
      const child = join(path, entry);
      if (statSync(child, { throwIfNoEntry: false })?.isDirectory()) walk(child);
      else if (/\.(txt|text|tsv|pdf)$/i.test(entry)) files.push(child);
    }
  };
  for (const input of inputs) walk(input);
  return files;
}

export async function checkFiles(files: string[], lang: Lang = "zh", workers = Math.min(availableParallelism(), files.length)): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(join(__dirname, "checkWorker.js"), { workerData: { lang } });
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index] });
      };
      worker.on("message", (message: { index: number; result: FileResult }) => {
        results[message.index] = message.result;
        feed();
      });
      worker.on("error", reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.max(1, workers) }, runWorker));
  return results;
}

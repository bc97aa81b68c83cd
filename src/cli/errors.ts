/**
 * The CLI's failures: one message per kind, in Chinese (English under --lang en or LANG=en…), never a
 * system error's raw text. Every failure exits with status 2.
 */
export type Lang = "zh" | "en";

export type FailureKind =
  "not-found" | "no-permission" | "disk-full" | "exists" | "is-directory" | "bad-option" | "same-file" | "too-large" | "not-text" | "not-disclosure" | "io";

export class CliFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    /** The reason without the file's name, for a folder check's one line per file. */
    readonly reason: string = message,
    /** A usage error is followed by one line of usage. */
    readonly usage?: string,
  ) {
    super(message);
  }
}

/** --lang en (or --lang=en) on the command line, else DISCLOSURE_LANG, else LC_ALL / LC_MESSAGES / LANG starting with "en". */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (value !== undefined) return /^en/i.test(value) ? "en" : "zh";
  }
  const locale = env.DISCLOSURE_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/i.test(locale) ? "en" : "zh";
}

type Action = "read" | "write";

const TEXT = {
  zh: {
    notFound: (path: string, action: Action) => (action === "read" ? `找不到文件“${path}”` : `找不到文件夹，无法写入“${path}”`),
    notFoundReason: "找不到文件",
    noPermission: (path: string, action: Action) => `没有权限${action === "read" ? "读取" : "写入"}“${path}”`,
    noPermissionReason: "没有读取权限",
    diskFull: (path: string) => `磁盘空间不足，无法写入“${path}”（未留下不完整的文件）`,
    exists: (path: string) => `“${path}”已存在；如要覆盖请加 --force`,
    isDirectory: (path: string) => `“${path}”是文件夹，请指定一个文件`,
    isDirectoryReason: "是文件夹",
    sameFile: (output: string, input: string) => `输出文件“${output}”就是输入文件“${input}”，请另选一个输出文件名`,
    tooLarge: (mb: number) => `文件过大（${mb}MB），预算公开文本通常小于1MB，请确认文件是否正确`,
    notText: (kind: string) => `不是文本文件（${kind}），请先转换为文本或粘贴文字`,
    binaryKinds: {
      pdf: "看来是PDF文件",
      office: "看来是Word、Excel或压缩文件",
      image: "看来是图片",
      archive: "看来是压缩文件",
      other: "可能是PDF、Word或图片等二进制文件",
    },
    cannotRead: (path: string, reason: string) => `无法读取“${path}”：${reason}`,
    io: (path: string, action: Action, code: string) => `${action === "read" ? "读取" : "写入"}“${path}”时出错（${code}）`,
    ioReason: (code: string) => `读取出错（${code}）`,
    unknownOption: (option: string) => `未知选项“${option}”`,
    missingValue: (option: string) => `选项“${option}”需要一个值`,
    badOption: "命令行选项有误",
    usage: (line: string) => `用法：${line}（disclosure --help 查看全部用法）`,
  },
  en: {
    notFound: (path: string, action: Action) => (action === "read" ? `file not found: "${path}"` : `folder not found, cannot write "${path}"`),
    notFoundReason: "file not found",
    noPermission: (path: string, action: Action) => `no permission to ${action} "${path}"`,
    noPermissionReason: "no permission to read",
    diskFull: (path: string) => `disk full, cannot write "${path}" (no partial file left)`,
    exists: (path: string) => `"${path}" already exists; add --force to overwrite it`,
    isDirectory: (path: string) => `"${path}" is a folder; name a file`,
    isDirectoryReason: "is a folder",
    sameFile: (output: string, input: string) => `the output "${output}" is the input "${input}"; choose another output name`,
    tooLarge: (mb: number) => `file too large (${mb} MB); a disclosure's text is usually under 1 MB`,
    notText: (kind: string) => `not a text file (${kind}); convert it to text first or paste the text`,
    binaryKinds: {
      pdf: "it looks like a PDF",
      office: "it looks like a Word, Excel or zip file",
      image: "it looks like an image",
      archive: "it looks like an archive",
      other: "binary data",
    },
    cannotRead: (path: string, reason: string) => `cannot read "${path}": ${reason}`,
    io: (path: string, action: Action, code: string) => `error while ${action === "read" ? "reading" : "writing"} "${path}" (${code})`,
    ioReason: (code: string) => `read error (${code})`,
    unknownOption: (option: string) => `unknown option "${option}"`,
    missingValue: (option: string) => `option "${option}" needs a value`,
    badOption: "invalid command-line options",
    usage: (line: string) => `usage: ${line} (disclosure --help for all commands)`,
  },
};

export function messages(lang: Lang) {
  return TEXT[lang];
}

/** A file-system error as one of the kinds, with the file's name and no system text. */
export function fileFailure(error: unknown, path: string, action: Action, lang: Lang): CliFailure {
  const t = TEXT[lang];
  const code = (error as NodeJS.ErrnoException)?.code ?? "";
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new CliFailure("not-found", t.notFound(path, action), t.notFoundReason);
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return new CliFailure("no-permission", t.noPermission(path, action), t.noPermissionReason);
    case "ENOSPC":
    case "EDQUOT":
      return new CliFailure("disk-full", t.diskFull(path));
    case "EEXIST":
      return new CliFailure("exists", t.exists(path));
    case "EISDIR":
      return new CliFailure("is-directory", t.isDirectory(path), t.isDirectoryReason);
    default:
      return new CliFailure("io", t.io(path, action, code || "?"), t.ioReason(code || "?"));
  }
}

/** The usage line of each command, for the one-line hint after a usage error. */
export const USAGE_LINES: Record<string, string> = {
  parse: "disclosure parse FILE [--json]",
  check: "disclosure check FILE|DIR... [--json]",
  import: "disclosure import FILE -o OUT.xlsx [--force]",
  draft: "disclosure draft FILE -o NEXT.xlsx [--prefill] [--force]",
  rules: "disclosure rules [--json]",
};
const GENERAL_USAGE = "disclosure parse|check|import|draft|rules FILE …";

export function usageFailure(message: string, command: string | undefined, lang: Lang): CliFailure {
  return new CliFailure("bad-option", message, message, TEXT[lang].usage(USAGE_LINES[command ?? ""] ?? GENERAL_USAGE));
}

/** node:util parseArgs's errors (English, with advice about "--") as a usage failure in the user's language. */
export function parseArgsFailure(error: Error & { code?: string }, argv: readonly string[], lang: Lang): CliFailure {
  const t = TEXT[lang];
  const command = argv.find((a) => !a.startsWith("-"));
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  let message = t.badOption;
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") message = t.unknownOption(quoted);
  else if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") message = t.missingValue(quoted.split(/[ ,<]/).filter((s) => s.startsWith("--"))[0] ?? quoted);
  return usageFailure(message, command, lang);
}

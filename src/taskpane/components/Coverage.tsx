import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Disclosure } from "../../core/model";
import { computeCoverage, replacedBytesNotice } from "../../core/coverage";
import { stringsFor, type Strings } from "../strings";

const TEXT = {
  zh: {
    title: "未能完整读取",
    body: "以下检查结果不完整，没有错误也不代表没有问题。",
    read: "已读到：",
    notRead: "未读到：",
    replaced: "注意",
    limits: "检查范围",
  },
  en: {
    title: "Not read completely",
    body: "The findings below are incomplete: no error does not mean no problem.",
    read: "Read: ",
    notRead: "Missing: ",
    replaced: "Note",
    limits: "What is checked",
  },
};

/** What of the document was not read, said before the preview and the findings (nothing when all was read). */
export function Coverage({ disclosure, strings }: { disclosure: Disclosure; strings: Strings }) {
  const coverage = React.useMemo(() => computeCoverage(disclosure), [disclosure]);
  const lang = strings === stringsFor("zh-CN") ? "zh" : "en";
  const t = TEXT[lang];
  const replaced = replacedBytesNotice(coverage.replacedLines);
  if (coverage.complete && !replaced && !coverage.limits) return null;
  return (
    <section aria-label={coverage.complete ? t.limits : t.title}>
      {!coverage.complete && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.title}</MessageBarTitle>
            {t.body}
            <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
              <li>
                {t.read}
                {coverage.read[lang]}
              </li>
              {coverage.problems.map((p) => (
                <li key={p.kind}>
                  {t.notRead}
                  {p.message[lang]}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {coverage.limits && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.limits}</MessageBarTitle>
            {coverage.limits[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
      {replaced && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.replaced}</MessageBarTitle>
            {replaced[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

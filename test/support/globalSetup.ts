import { setup } from "./tmpGuard";

export default function globalSetup(): void {
  setup();
  // The CLI speaks English under an English locale; the tests expect its Chinese messages unless they ask
  // otherwise. LC_MESSAGES changes the language of messages only, not how numbers are written.
  if (!process.env.LC_ALL) process.env.LC_MESSAGES = "zh_CN.UTF-8";
}

import { setup } from "./tmpGuard";

export default function globalSetup(): void {
  setup();
  // The CLI speaks English under an English locale; the tests expect its Chinese messages unless they ask
  // otherwise. Its own variable, not the locale: Chromium misnames downloads under a locale it lacks.
  process.env.DISCLOSURE_LANG = "zh";
}

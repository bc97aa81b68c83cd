import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { stringsFor } from "./strings";
import { detectHost } from "./host";

async function start() {
  const host = await detectHost();
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App strings={stringsFor(host.displayLanguage)} inExcel={host.inExcel} />
    </FluentProvider>,
  );
}

void start();

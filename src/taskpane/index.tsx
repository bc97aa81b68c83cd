import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { stringsFor } from "./strings";
import { notReadyMessage, watchHost, type HostInfo } from "./host";

/** The pane follows the host: the standalone page until Office.js is ready, then Excel mode. */
function Root({ subscribe, first }: { subscribe: (listener: (host: HostInfo) => void) => void; first: HostInfo }) {
  const [host, setHost] = React.useState(first);
  React.useEffect(() => subscribe(setHost), [subscribe]);
  return (
    <FluentProvider theme={webLightTheme}>
      {host.officeNotReady && (
        <MessageBar intent="warning">
          <MessageBarBody>{notReadyMessage(host.displayLanguage)}</MessageBarBody>
        </MessageBar>
      )}
      <App strings={stringsFor(host.displayLanguage)} inExcel={host.inExcel} />
    </FluentProvider>
  );
}

function start() {
  const container = document.getElementById("container");
  if (!container) return;
  let latest: HostInfo | null = null;
  let listener: ((host: HostInfo) => void) | null = null;
  const first = watchHost((host) => {
    latest = host;
    listener?.(host);
  });
  const subscribe = (l: (host: HostInfo) => void) => {
    listener = l;
    if (latest) l(latest);
  };
  createRoot(container).render(<Root subscribe={subscribe} first={first} />);
}

start();

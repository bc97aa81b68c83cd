/** jsdom lacks some web APIs Node has; the pane's tests need them as a browser would provide them. */
import { TextDecoder, TextEncoder } from "node:util";

if (typeof globalThis.window !== "undefined") {
  Object.assign(globalThis, { TextDecoder, TextEncoder });
  if (!("ResizeObserver" in globalThis)) {
    Object.assign(globalThis, {
      ResizeObserver: class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    });
  }
}

/** Renders the pane into an element: used by the add-in entry (index.tsx) and by the browser demo over the Excel emulation. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, type AppProps } from "./App";

export interface MountedPane {
  /** Renders again with new props (a new language, theme, or a ribbon command). */
  update(props: AppProps): void;
  unmount(): void;
}

/** Side-effect free: no Office globals are touched. */
export function mount(element: HTMLElement, props: AppProps): MountedPane {
  const root = createRoot(element);
  const render = (p: AppProps) =>
    root.render(
      <StrictMode>
        <App {...p} />
      </StrictMode>
    );
  render(props);
  return { update: render, unmount: () => root.unmount() };
}

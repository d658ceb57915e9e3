/** The bundle-size baseline: React, FluentProvider and one Button, built the same way as the task pane. */
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">检查</Button>
  </FluentProvider>,
);

/** @jest-environment jsdom */
/** Ribbon commands against office-addin-mock's Office: the shared-runtime path opens the pane and asks it to act; every path completes. */
import { OfficeMockObject } from "office-addin-mock";
import { COMMANDS, generateReport, hasSharedRuntime, type OfficeCommandsHost, register, runCheck, useChannel } from "../../src/commands/commands";
import { type ChannelFactory, type ChannelLike, type CommandKind, listenCommands } from "../../src/commands/signal";

/** BroadcastChannel between "runtimes" of one test: every channel of a name hears every other one's messages. */
function channels(): ChannelFactory {
  const open = new Map<string, Set<{ listeners: Set<(e: { data: unknown }) => void> }>>();
  return (name) => {
    const peers = open.get(name) ?? new Set();
    open.set(name, peers);
    const self = { listeners: new Set<(e: { data: unknown }) => void>() };
    peers.add(self);
    const c: ChannelLike = {
      postMessage: (data) => {
        for (const p of peers) if (p !== self) for (const l of p.listeners) l({ data: JSON.parse(JSON.stringify(data)) as unknown });
      },
      addEventListener: (_t, l) => void self.listeners.add(l),
      removeEventListener: (_t, l) => void self.listeners.delete(l),
      close: () => void peers.delete(self),
    };
    return c;
  };
}

type Global = { Office?: unknown };

/** OfficeMockObject's index signature is `any`; TypeScript's weak-type check wants the cast. */
const host = (o: OfficeMockObject) => o as unknown as OfficeCommandsHost;

function mockOffice(opts: { shared: boolean; show?: () => Promise<void>; associate?: jest.Mock }) {
  const isSetSupported = jest.fn((name: string, version?: string) => opts.shared && name === "SharedRuntime" && version === "1.1");
  const showAsTaskpane = jest.fn(opts.show ?? (async () => undefined));
  const associate = opts.associate ?? jest.fn();
  const office = new OfficeMockObject({
    context: { requirements: { isSetSupported } },
    addin: { showAsTaskpane },
    actions: { associate },
  });
  (globalThis as Global).Office = office;
  return { office, isSetSupported, showAsTaskpane, associate };
}

function fakeEvent() {
  return { completed: jest.fn(), source: { id: "SelfEval.Check" } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

let received: CommandKind[] = [];
let stop: () => void = () => undefined;
beforeEach(() => {
  received = [];
  stop = listenCommands((k) => received.push(k), window);
});
afterEach(() => {
  stop();
  delete (globalThis as Global).Office;
  jest.restoreAllMocks();
});

describe("with a shared runtime", () => {
  test("runCheck opens the task pane, asks the pane to check, then completes the event", async () => {
    const { showAsTaskpane, isSetSupported } = mockOffice({ shared: true });
    const event = fakeEvent();
    await runCheck(event);
    expect(isSetSupported).toHaveBeenCalledWith("SharedRuntime", "1.1");
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(received).toEqual(["check"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("generateReport opens the pane and asks for the report", async () => {
    const { showAsTaskpane } = mockOffice({ shared: true });
    const event = fakeEvent();
    await generateReport(event);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(received).toEqual(["report"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("a request made before the pane listens is kept for it", async () => {
    mockOffice({ shared: true });
    stop();
    await runCheck(fakeEvent());
    const later: CommandKind[] = [];
    stop = listenCommands((k) => later.push(k), window);
    expect(later).toEqual(["check"]);
    expect(received).toEqual([]);
  });

  test("showAsTaskpane failing still completes the event, and asks the pane nothing", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    mockOffice({ shared: true, show: async () => Promise.reject(new Error("GeneralException")) });
    const event = fakeEvent();
    await runCheck(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(received).toEqual([]);
  });
});

describe("every click acts, and the report keeps the pane", () => {
  test("一键检查 clicked three times with the pane open: three checks, the pane shown each time, never reloaded", async () => {
    const { showAsTaskpane } = mockOffice({ shared: true });
    const href = window.location.href;
    for (let i = 0; i < 3; i++) await runCheck(fakeEvent());
    expect(showAsTaskpane).toHaveBeenCalledTimes(3);
    expect(received).toEqual(["check", "check", "check"]);
    expect(window.location.href).toBe(href);
  });

  test("生成报告 after a check goes to the same pane (no reload, so its findings stay)", async () => {
    mockOffice({ shared: true });
    await runCheck(fakeEvent());
    await generateReport(fakeEvent());
    expect(received).toEqual(["check", "report"]);
  });
});

describe("without a shared runtime", () => {
  test("the request goes to a pane open in another runtime (BroadcastChannel); the pane is not opened by the command", async () => {
    const factory = channels();
    useChannel(factory);
    const inPane: CommandKind[] = [];
    // The pane's runtime: its own window, the same channel name.
    const paneWindow = document.implementation.createHTMLDocument("pane").defaultView ?? window;
    const stopPane = listenCommands((k) => inPane.push(k), paneWindow, factory);
    const { showAsTaskpane } = mockOffice({ shared: false });
    const event = fakeEvent();
    await runCheck(event);
    await runCheck(fakeEvent());
    await generateReport(fakeEvent());
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(inPane).toEqual(["check", "check", "report"]);
    expect(received).toEqual([]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    stopPane();
  });

  test("no Office at all (the demo): completes", async () => {
    const event = fakeEvent();
    await generateReport(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(hasSharedRuntime(undefined)).toBe(false);
  });

  test("isSetSupported throwing counts as no shared runtime", () => {
    const office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error("not initialised");
          },
        },
      },
    });
    expect(hasSharedRuntime(host(office))).toBe(false);
  });
});

describe("registration", () => {
  test("initialises Office.js (Office.onReady) as a function file must", () => {
    const onReady = jest.fn(async () => ({ host: "Excel" }));
    register(host(new OfficeMockObject({ actions: { associate: jest.fn() }, onReady })));
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  test("associates each command with its manifest FunctionName", () => {
    const { office, associate } = mockOffice({ shared: true });
    expect(register(host(office))).toBe(true);
    expect(associate.mock.calls).toEqual([
      ["runCheck", COMMANDS.runCheck],
      ["generateReport", COMMANDS.generateReport],
    ]);
  });

  test("hosts without Office.actions find the functions on the window, by their FunctionName", () => {
    register(host(new OfficeMockObject({ context: {} })));
    const w = window as unknown as Record<string, unknown>;
    expect(w.runCheck).toBe(COMMANDS.runCheck);
    expect(w.generateReport).toBe(COMMANDS.generateReport);
  });

  test("skipped where Office.actions is missing", () => {
    expect(register(host(new OfficeMockObject({ context: {} })))).toBe(false);
    expect(register(undefined)).toBe(false);
  });
});

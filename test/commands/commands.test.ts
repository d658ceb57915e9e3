/** @jest-environment jsdom */
/** Ribbon commands against office-addin-mock's Office: the shared-runtime path opens the pane and asks it to act; every path completes. */
import { OfficeMockObject } from "office-addin-mock";
import { COMMANDS, generateReport, hasSharedRuntime, type OfficeCommandsHost, register, runCheck } from "../../src/commands/commands";
import { type CommandKind, listenCommands } from "../../src/commands/signal";

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

describe("without a shared runtime", () => {
  test("the command only completes: the manifest's ShowTaskpane action (?autorun=1) opens and checks", async () => {
    const { showAsTaskpane } = mockOffice({ shared: false });
    const event = fakeEvent();
    await runCheck(event);
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(received).toEqual([]);
    expect(event.completed).toHaveBeenCalledTimes(1);
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
  test("associates each command with its manifest FunctionName", () => {
    const { office, associate } = mockOffice({ shared: true });
    expect(register(host(office))).toBe(true);
    expect(associate.mock.calls).toEqual([
      ["runCheck", COMMANDS.runCheck],
      ["generateReport", COMMANDS.generateReport],
    ]);
  });

  test("skipped where Office.actions is missing", () => {
    expect(register(host(new OfficeMockObject({ context: {} })))).toBe(false);
    expect(register(undefined)).toBe(false);
  });
});

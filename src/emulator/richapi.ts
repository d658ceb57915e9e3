/**
 * The emulation as the host behind Microsoft's Excel client library (excel-web-16.00.js): a request executor that
 * receives the library's real request messages (object paths, actions, queries) and answers them from the emulated
 * workbook, the way Excel answers office.js. The client side (load-before-read, null objects, which methods exist,
 * serialising the request) is then Microsoft's own code; the emulation only plays the host.
 *
 * Each request is evaluated afresh on a new emulated RequestContext: object paths are re-sent by the client whenever
 * they are used, so the host keeps no state between requests (it never hands out _ReferenceId, so the client never
 * asks for one). Request and response are measured as the JSON that travels, against the payload limit.
 *
 * Not covered (answered with an ApiNotFound error, so a test notices): object paths of type NewObject and
 * ReferenceId, and the actions Trace, RecursiveQuery, EnsureUnchanged and QueryAsJson, which the adapter does not use.
 */
import { utf8Length } from "../core/utf8";
import { Code, OfficeExtensionError } from "./errors";
import { ClientCollection, ClientObject, ClientResult, type RequestContext } from "./proxy";
import type { ExcelEmulator } from "./types";

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null; Top?: number; Skip?: number };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ExecutorRequest {
  Url: string;
  Headers: Record<string, string>;
  Body: RequestBody;
}

export interface ExecutorResponse {
  ErrorCode: string | null;
  ErrorMessage?: string;
  HttpStatusCode: number;
  Headers: Record<string, string>;
  Body: { Results?: Array<{ ActionId: number; Value: unknown }>; Error?: { Code: string; Message: string; HttpStatusCode: number; Location?: string } } | null;
}

/** One request as it travelled, for tests. */
export interface RequestRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  error: string | null;
}

export interface RichApiHostOptions {
  /** Request and response limit in bytes of JSON (Excel on the web: 5 MB); default the emulator's (emu.hostLimits). */
  payloadLimitBytes?: number;
  /** Code an oversize request or response fails with (older Excel on the web builds: "GeneralException"); default the emulator's. */
  oversizeErrorCode?: string;
  /**
   * Plays a host that refuses an …OrNullObject call made on the result of another …OrNullObject call (nothing documents
   * that such chains work): the request fails with InvalidArgument.
   */
  refuseNullChains?: boolean;
  /**
   * A fault to play: called with each request's number (from 0) and its action names; a result makes that request fail
   * with `code` at action `at`, after the actions before it ran (as Excel stops a request at its first failing action).
   */
  fault?: (request: number, actions: string[]) => { at: number; code: string } | null;
}

export interface RichApiHost {
  executeAsync(customData: unknown, requestFlags: number, request: ExecutorRequest): Promise<ExecutorResponse>;
  /** Every request answered, in order. */
  readonly requests: RequestRecord[];
}

const PATH = { global: 1, newObject: 2, method: 3, property: 4, indexer: 5, referenceId: 6 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;

const camel = (name: string): string => (name.startsWith("_") ? name : name.charAt(0).toLowerCase() + name.slice(1));
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

function unsupported(what: string): never {
  throw new OfficeExtensionError(Code.apiNotFound, `The emulated host does not implement ${what}.`, what);
}

export function createRichApiHost(emu: ExcelEmulator, hostOptions: RichApiHostOptions = {}): RichApiHost {
  const options: RichApiHostOptions = {
    payloadLimitBytes: hostOptions.payloadLimitBytes ?? emu.hostLimits.payloadLimitBytes,
    oversizeErrorCode: hostOptions.oversizeErrorCode ?? emu.hostLimits.oversizeErrorCode,
    refuseNullChains: hostOptions.refuseNullChains,
    fault: hostOptions.fault,
  };
  const limit = options.payloadLimitBytes!;
  const requests: RequestRecord[] = [];

  function respond(record: RequestRecord, body: ExecutorResponse["Body"]): ExecutorResponse {
    const response: ExecutorResponse = { ErrorCode: null, HttpStatusCode: 200, Headers: {}, Body: body };
    record.responseBytes = utf8Length(JSON.stringify(body));
    if (record.responseBytes > limit && !body?.Error)
      return fail(record, options.oversizeErrorCode ?? Code.responsePayloadSizeLimitExceeded, "The response payload size has exceeded the limit.");
    return response;
  }

  function fail(record: RequestRecord, code: string, message: string): ExecutorResponse {
    record.error = code;
    return { ErrorCode: null, HttpStatusCode: 400, Headers: {}, Body: { Error: { Code: code, Message: message, HttpStatusCode: 400 } } };
  }

  async function execute(request: ExecutorRequest): Promise<ExecutorResponse> {
    const body = request.Body;
    const record: RequestRecord = { requestBytes: utf8Length(JSON.stringify(body)), responseBytes: 0, actions: body.Actions.length, error: null };
    requests.push(record);
    if (record.requestBytes > limit) {
      // Excel on the web refuses the whole request before running any of it.
      record.error = options.oversizeErrorCode ?? Code.requestPayloadSizeLimitExceeded;
      return { ErrorCode: record.error, ErrorMessage: "The request payload size has exceeded the limit.", HttpStatusCode: 413, Headers: {}, Body: null };
    }

    const ctx = new emu.Excel.RequestContext() as unknown as RequestContext & { workbook: ClientObject<unknown> };
    const objects = new Map<number, unknown>();
    const resolve = (id: number): unknown => {
      if (objects.has(id)) return objects.get(id);
      const info = body.ObjectPaths[String(id)] ?? unsupported(`object path ${id} (not sent)`);
      const parent = info.ParentObjectPathId !== undefined ? (resolve(info.ParentObjectPathId) as Record<string, unknown>) : null;
      const args = argumentsOf(info.ArgumentInfo, resolve);
      let obj: unknown;
      switch (info.ObjectPathType) {
        case PATH.global:
          obj = ctx.workbook;
          break;
        case PATH.property:
          obj = parent![camel(info.Name)];
          break;
        case PATH.method: {
          const parentInfo = info.ParentObjectPathId !== undefined ? body.ObjectPaths[String(info.ParentObjectPathId)] : undefined;
          if (options.refuseNullChains && /OrNullObject$/.test(info.Name) && parentInfo && /OrNullObject$/.test(parentInfo.Name)) {
            throw new OfficeExtensionError(Code.invalidArgument, undefined, info.Name);
          }
          obj = call(parent!, info.Name, args);
          break;
        }
        case PATH.indexer:
          obj = call(parent!, "GetItem", args);
          break;
        default:
          unsupported(`object path type ${info.ObjectPathType}`);
      }
      if (obj === undefined) unsupported(`${info.Name} on this object`);
      objects.set(id, obj);
      return obj;
    };

    // Queue every action on the emulated context, then run them in one sync, as Excel runs a request.
    const answers: Array<{ id: number; value: () => unknown }> = [];
    const fault =
      options.fault?.(
        requests.length - 1,
        body.Actions.map((a) => a.Name)
      ) ?? null;
    try {
      for (const [index, action] of body.Actions.entries()) {
        if (fault && index === fault.at) {
          // Runs in the sync after the actions queued before it, and stops the request there.
          (ctx as unknown as { _enqueue(op: { label: string; api: string; run(): void }): void })._enqueue({
            label: action.Name,
            api: "1.1",
            run: () => {
              throw new OfficeExtensionError(fault.code, `Injected fault at action ${index} (${action.Name}).`, action.Name);
            },
          });
          break;
        }
        const target = resolve(action.ObjectPathId) as Record<string, unknown>;
        switch (action.ActionType) {
          case ACTION.instantiate:
            answers.push({ id: action.Id, value: () => (isNull(target) ? null : {}) });
            break;
          case ACTION.query: {
            const select = action.QueryInfo?.Select ?? null;
            const collection = target instanceof ClientCollection;
            const spec = select && select.length > 0 ? select.map((s) => (collection ? `items/${s}` : s)).join(",") : undefined;
            (target as unknown as ClientObject<unknown>).load?.(spec);
            answers.push({ id: action.Id, value: () => queryResult(target, select) });
            break;
          }
          case ACTION.method: {
            // Reference bookkeeping of the client (tracked objects): nothing for a host that gives out no references.
            // _ValidateArraySize precedes a values/formulas write: the emulated write checks the shape itself.
            if (action.Name === "_KeepReference" || action.Name === "_RemoveReference" || action.Name === "_ValidateArraySize") {
              answers.push({ id: action.Id, value: () => null });
              break;
            }
            const result = call(target, action.Name, argumentsOf(action.ArgumentInfo, resolve));
            answers.push({ id: action.Id, value: () => (result instanceof ClientResult ? (result as ClientResult<unknown>).value : null) });
            break;
          }
          case ACTION.setProperty: {
            const [value] = argumentsOf(action.ArgumentInfo, resolve);
            target[camel(action.Name)] = value;
            break;
          }
          default:
            unsupported(`action type ${action.ActionType}`);
        }
      }
      await (ctx as unknown as { sync(): Promise<void> }).sync();
    } catch (e) {
      const err = e as { code?: string; message?: string };
      return fail(record, err.code ?? Code.generalException, err.message ?? String(e));
    }
    return respond(record, { Results: answers.map((a) => ({ ActionId: a.id, Value: a.value() })) });
  }

  return {
    requests,
    executeAsync: (_customData, _flags, request) => execute(request),
  };
}

function argumentsOf(info: ObjectPathInfo["ArgumentInfo"], resolve: (id: number) => unknown): unknown[] {
  const args = [...(info?.Arguments ?? [])];
  info?.ReferencedObjectPathIds?.forEach((ref, i) => {
    if (ref) args[i] = resolve(ref);
  });
  return args;
}

function call(target: Record<string, unknown>, name: string, args: unknown[]): unknown {
  const fn = target[camel(name)];
  if (typeof fn !== "function") unsupported(`${name}()`);
  // The client sends trailing optional arguments as null; the emulation's methods expect them left out.
  const trimmed = [...args];
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === null) trimmed.pop();
  return (fn as (...a: unknown[]) => unknown).apply(target, trimmed);
}

function isNull(obj: unknown): boolean {
  return obj instanceof ClientObject && (obj as ClientObject<unknown>)._isNullValue() === true;
}

/** A query's answer as Excel gives it: PascalCase names, navigation properties nested, collections under _Items. */
function queryResult(obj: unknown, select: string[] | null): unknown {
  if (isNull(obj)) return null;
  if (obj instanceof ClientCollection) {
    const items = (obj as unknown as { items: unknown[] }).items;
    return { _Items: items.map((item) => ({ ...idOf(item), ...(pick(item, select) as object) })) };
  }
  return pick(obj, select);
}

/** Items of collections with an indexer carry their Id, which the client uses to address them later. */
function idOf(item: unknown): Record<string, unknown> {
  const o = item as { _props?: () => Record<string, unknown>; _target?: () => unknown };
  if (!o._props?.().id) return {};
  const target = o._target?.() as { id?: unknown } | null;
  return target && typeof target.id === "string" ? { Id: target.id } : {};
}

function pick(obj: unknown, select: string[] | null): unknown {
  if (!select || select.length === 0) {
    const json = (obj as { toJSON?: () => Record<string, unknown> }).toJSON?.() ?? {};
    return pascalKeys(json);
  }
  const out: Record<string, unknown> = {};
  for (const path of select) {
    const segs = path.split("/").map((s) => s.trim());
    let src = obj as Record<string, unknown>;
    let dst = out;
    segs.forEach((seg, i) => {
      const key = pascal(seg);
      if (i === segs.length - 1) dst[key] = src[seg];
      else {
        src = src[seg] as Record<string, unknown>;
        dst = (dst[key] ??= {}) as Record<string, unknown>;
      }
    });
  }
  return out;
}

function pascalKeys(v: unknown): unknown {
  if (Array.isArray(v) || v === null || typeof v !== "object") return v;
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k === "items" ? "_Items" : pascal(k), pascalKeys(x)]));
}

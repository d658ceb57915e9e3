/**
 * The emulated object model: proxy objects queue operations on their request context; context.sync() runs the queue in
 * order against the document, then hands back what was loaded. The host (richapi.ts) evaluates each request of
 * Microsoft's client library on it; the payload limit is the host's, measured on the real messages.
 */
import { Code, OfficeExtensionError, fail, propertyNotLoaded } from "./errors";
import type { CellModel, DocModel, SheetModel } from "./model";

/** What every context of one emulator shares. */
export interface Engine {
  doc: DocModel;
  cellLimit: number;
  apiVersion: number[];
  displayLanguage: string;
  syncCount: number;
  /** Formula cells written through the API, which the emulator keeps computed. */
  formulaCells: Map<CellModel, { sheet: SheetModel; row: number; col: number }>;
  /** Called after each sync that ran anything. */
  afterSync(tx: Tx): void;
}

/** One sync's execution: what it changed and what it will hand back. */
export class Tx {
  /** Applied to the proxies only if the whole sync succeeds. */
  readonly results: Array<() => void> = [];
  contentChanged = false;
  selectionChanged = false;
  constructor(readonly engine: Engine) {}
}

export interface Op {
  /** "Range.values", "WorksheetCollection.getItem": where an error is reported. */
  label: string;
  /** ExcelApi version the operation needs. */
  api: string;
  run(tx: Tx): void;
}

export function versionAtLeast(have: number[], want: string): boolean {
  const w = want.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, w.length); i++) {
    const a = have[i] ?? 0;
    const b = w[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** Excel.RequestContext. */
export class RequestContext {
  /** @internal */ _queue: Op[] = [];
  /** @internal */ _closed = false;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  readonly requestHeaders: Record<string, string> = {};
  // Filled in by the emulator (objects.ts), which knows the object classes.
  workbook!: unknown;
  application!: unknown;

  constructor(readonly _engine: Engine) {}

  /** @internal */
  _enqueue(op: Op): void {
    this._queue.push(op);
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this._queue.map((op) => op.label) };
  }

  /** Runs the queued operations in order; rejects with OfficeExtension.Error at the first that fails (later ones never run). */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const engine = this._engine;
    // Office.js makes no round trip for a sync with nothing queued (Excel.run's closing flush is usually one): count round trips.
    if (this._queue.length > 0) engine.syncCount++;
    const ops = this._queue;
    this._queue = [];
    // A round trip: the batch is taken now, answered later.
    await Promise.resolve();
    if (this._closed) fail(Code.invalidRequestContext, "RequestContext.sync", "The request context is no longer valid: Excel.run has finished.");
    const tx = new Tx(engine);
    let error: OfficeExtensionError | null = null;
    for (const op of ops) {
      try {
        if (!versionAtLeast(engine.apiVersion, op.api)) fail(Code.apiNotFound, op.label);
        op.run(tx);
      } catch (e) {
        error = asOfficeError(e, op.label);
        break;
      }
    }
    if (!error) for (const apply of tx.results) apply();
    if (ops.length > 0) engine.afterSync(tx);
    if (error) throw error;
    return passThroughValue as T;
  }
}

function asOfficeError(e: unknown, label: string): OfficeExtensionError {
  if (e instanceof OfficeExtensionError) {
    if (!e.debugInfo.errorLocation) {
      e.debugInfo.errorLocation = label;
      e.debugInfo.statement = label;
    }
    return e;
  }
  // A bug in the emulation itself, not an Excel error: keep it visible.
  const err = new OfficeExtensionError(Code.generalException, `Emulator failure in ${label}: ${(e as Error)?.message ?? String(e)}`, label);
  err.stack = (e as Error)?.stack ?? err.stack;
  return err;
}

// Proxies of different targets are handled together (children, items): variance in T is not useful there.

export type AnyClientObject = ClientObject<any>;

/** A parsed load(): scalar names, navigation paths, and collection paging. */
export interface LoadSpec {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadSpec>;
  top?: number;
  skip?: number;
}

export function emptySpec(all = false): LoadSpec {
  return { all, scalars: new Set(), nav: new Map() };
}

function addPath(spec: LoadSpec, path: string): void {
  const segs = path
    .split("/")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (segs.length === 0) return;
  let cur = spec;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i]!;
    let next = cur.nav.get(seg);
    if (!next) {
      next = emptySpec();
      cur.nav.set(seg, next);
    }
    cur = next;
  }
  cur.scalars.add(segs[segs.length - 1]!);
}

function addOptions(spec: LoadSpec, options: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(options)) {
    if (key === "$all") spec.all = spec.all || value === true;
    else if (key === "$top" && typeof value === "number") spec.top = value;
    else if (key === "$skip" && typeof value === "number") spec.skip = value;
    else if (value === true) spec.scalars.add(key);
    else if (value && typeof value === "object") {
      const sub = spec.nav.get(key) ?? emptySpec();
      addOptions(sub, value as Record<string, unknown>);
      if (sub.scalars.size === 0 && sub.nav.size === 0) sub.all = true;
      spec.nav.set(key, sub);
    }
  }
}

/** load("a, b/c"), load(["a"]), load({ select, expand, top, skip }), load({ a: true, b: { c: true } }), load(). */
export function parseLoad(arg: unknown): LoadSpec {
  if (arg === undefined || arg === null) return emptySpec(true);
  const spec = emptySpec();
  const addList = (x: unknown): void => {
    if (typeof x === "string") x.split(",").forEach((p) => addPath(spec, p));
    else if (Array.isArray(x)) x.forEach((p) => addList(p));
  };
  if (typeof arg === "string" || Array.isArray(arg)) {
    addList(arg);
    if (spec.scalars.size === 0 && spec.nav.size === 0) spec.all = true;
    return spec;
  }
  if (typeof arg === "object") {
    const o = arg as Record<string, unknown>;
    if ("select" in o || "expand" in o || "top" in o || "skip" in o) {
      addList(o.select);
      const expand: string[] = [];
      if (typeof o.expand === "string") expand.push(...o.expand.split(","));
      else if (Array.isArray(o.expand)) expand.push(...(o.expand as string[]));
      for (const e of expand.map((s) => s.trim()).filter(Boolean)) {
        const segs = e.split("/");
        let cur = spec;
        for (const seg of segs) {
          let next = cur.nav.get(seg);
          if (!next) {
            next = emptySpec();
            cur.nav.set(seg, next);
          }
          cur = next;
        }
        if (cur.scalars.size === 0 && cur.nav.size === 0) cur.all = true;
      }
      if (typeof o.top === "number") spec.top = o.top;
      if (typeof o.skip === "number") spec.skip = o.skip;
      if (spec.scalars.size === 0 && spec.nav.size === 0) spec.all = true;
      return spec;
    }
    addOptions(spec, o);
    if (spec.scalars.size === 0 && spec.nav.size === 0) spec.all = true;
    return spec;
  }
  fail(Code.invalidArgument, "load");
}

/** A property of an API class: how it reads from and writes to its target. */
export interface PropDef<T> {
  get?: (target: T, tx: Tx) => unknown;
  set?: (target: T, value: unknown, tx: Tx) => void;
  api?: string;
  /** Cell data (values, text…): loading it is subject to the cell limit. */
  cells?: boolean;
  /** Left out of a parameterless load(), as Excel leaves some heavy properties out. */
  explicitOnly?: boolean;
}

export type PropTable<T> = Record<string, PropDef<T>>;

/**
 * OfficeExtension.ClientObject. A proxy's target (the model object it stands for) is resolved when the operation
 * that created it runs in a sync; navigation children (range.format, format.fill) derive theirs from the parent.
 */
export abstract class ClientObject<T> {
  /** @internal */ _tgt: T | null | undefined = undefined;
  /** @internal */ _isNull: boolean | undefined = undefined;
  /** @internal */ _loaded: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  /** @internal */ _children: Record<string, AnyClientObject> = Object.create(null) as Record<string, AnyClientObject>;

  constructor(
    readonly context: RequestContext,
    /** @internal */ readonly _entity: string,
    /** @internal */ readonly _parent: AnyClientObject | null = null,
    /** @internal */ readonly _derive: ((parentTarget: unknown) => T | null) | null = null
  ) {}

  /** @internal The property table of this class. */
  abstract _props(): PropTable<T>;
  /** @internal Navigation properties by name. */
  _navNames(): string[] {
    return [];
  }
  /** @internal */
  _nav(name: string): AnyClientObject | null {
    void name;
    return null;
  }
  /** @internal Cells of the target, for the cell limit on cell-data loads. */
  _cellCount(target: T): number {
    void target;
    return 0;
  }

  /** @internal The model object, as of the current point of the running sync. */
  _target(): T | null {
    if (this._derive && this._parent) {
      const p = this._parent._target();
      return p === null ? null : this._derive(p);
    }
    if (this._tgt === undefined)
      fail(Code.invalidObjectPath, `${this._entity}`, "The object path is not valid: the object was not created in a sync of this context.");
    return this._tgt;
  }

  get isNullObject(): boolean {
    const v = this._derive && this._parent ? this._parent._isNullValue() : this._isNull;
    if (v === undefined) throw propertyNotLoaded(this._entity, "isNullObject");
    return v;
  }

  /** @internal */
  _isNullValue(): boolean | undefined {
    return this._derive && this._parent ? this._parent._isNullValue() : this._isNull;
  }

  /** @internal Reads a loaded property: unloaded throws PropertyNotLoaded, a null object gives undefined (as Office.js). */
  _get<V>(name: string): V {
    if (name in this._loaded) return this._loaded[name] as V;
    if (this._isNullValue() === true) return undefined as V;
    throw propertyNotLoaded(this._entity, name);
  }

  /** @internal Queues a property write; the local value reads back at once, as Office.js does. */
  _set(name: string, value: unknown): void {
    const def = this._props()[name];
    if (!def?.set) fail(Code.invalidArgument, `${this._entity}.${name}`, `The property '${name}' is read-only.`);
    this._loaded[name] = value;
    this.context._enqueue({
      label: `${this._entity}.${name}`,
      api: def.api ?? "1.1",
      run: (tx) => {
        const t = this._target();
        // Writes to a null object do nothing (getItemOrNullObject(x).delete() is the idiom that relies on it).
        if (t === null) return;
        def.set!(t, value, tx);
        tx.contentChanged = true;
      },
    });
  }

  /** @internal Queues a method call. */
  _call(name: string, api: string, args: unknown[], run: (target: T, tx: Tx) => void): void {
    this.context._enqueue({
      label: `${this._entity}.${name}`,
      api,
      run: (tx) => {
        const t = this._target();
        if (t === null) return;
        run(t, tx);
      },
    });
  }

  /** @internal Creates a proxy from a method call; its target resolves when the call runs in the sync. */
  _make<C extends AnyClientObject, U>(child: C, name: string, api: string, args: unknown[], resolve: (target: T, tx: Tx) => U | null): C {
    this.context._enqueue({
      label: `${this._entity}.${name}`,
      api,
      run: (tx) => {
        const t = this._target();
        const value = t === null ? null : resolve(t, tx);
        child._tgt = value;
        tx.results.push(() => {
          child._isNull = value === null;
        });
      },
    });
    return child;
  }

  /** @internal A navigation child, made once and kept (range.format is the same object each time). */
  _child<C extends AnyClientObject>(name: string, make: () => C): C {
    let c = this._children[name];
    if (!c) {
      c = make();
      this._children[name] = c;
    }
    return c as C;
  }

  load(arg?: unknown): this {
    const spec = parseLoad(arg);
    this.context._enqueue({
      label: `${this._entity}.load`,
      api: "1.1",
      run: (tx) => this._runLoad(spec, tx),
    });
    return this;
  }

  /** @internal */
  _runLoad(spec: LoadSpec, tx: Tx): void {
    const t = this._target();
    if (!this._derive) {
      tx.results.push(() => {
        this._isNull = t === null;
      });
    }
    if (t === null) return;
    const props = this._props();
    const names = new Set(spec.scalars);
    if (spec.all) {
      for (const [name, def] of Object.entries(props)) {
        if (!def.explicitOnly && def.get && versionAtLeast(tx.engine.apiVersion, def.api ?? "1.1")) names.add(name);
      }
    }
    for (const name of names) {
      if (this._navNames().includes(name)) {
        // load("format") loads the child's scalars, as Office.js does.
        this._nav(name)!._runLoad(emptySpec(true), tx);
        continue;
      }
      const def = props[name];
      if (!def?.get) fail(Code.invalidArgument, `${this._entity}.load`, `The property '${name}' does not exist on ${this._entity}.`);
      if (!versionAtLeast(tx.engine.apiVersion, def.api ?? "1.1")) fail(Code.apiNotFound, `${this._entity}.${name}`);
      if (def.cells && this._cellCount(t) > tx.engine.cellLimit) {
        // Excel: "A range is limited to 5,000,000 cells for read operations" → RangeExceedsLimit.
        fail(Code.rangeExceedsLimit, `${this._entity}.${name}`);
      }
      const value = def.get(t, tx);
      tx.results.push(() => {
        this._loaded[name] = value;
      });
    }
    for (const [name, sub] of spec.nav) {
      const child = this._nav(name);
      if (!child) fail(Code.invalidArgument, `${this._entity}.load`, `The property '${name}' does not exist on ${this._entity}.`);
      child._runLoad(sub, tx);
    }
  }

  /** Sets several properties at once, nested objects going to navigation children. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      if (this._navNames().includes(key) && value && typeof value === "object") {
        (this._nav(key) as AnyClientObject).set(value as Record<string, unknown>);
      } else {
        this._set(key, value);
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { ...this._loaded };
    for (const [name, child] of Object.entries(this._children)) {
      const j = child.toJSON();
      if (Object.keys(j).length > 0) out[name] = j;
    }
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection: loading it (or any path under "items") loads its items. */
export abstract class ClientCollection<T, I extends AnyClientObject> extends ClientObject<T> {
  /** @internal */ _items: I[] | undefined = undefined;

  /** @internal The items at this point of the sync, each with its target already set. */
  abstract _list(target: T, tx: Tx): I[];

  get items(): I[] {
    if (this._items !== undefined) return this._items;
    if (this._isNullValue() === true) return [];
    throw propertyNotLoaded(this._entity, "items");
  }

  /** @internal */
  override _runLoad(spec: LoadSpec, tx: Tx): void {
    const t = this._target();
    if (!this._derive) {
      tx.results.push(() => {
        this._isNull = t === null;
      });
    }
    if (t === null) return;
    const own = this._props();
    const itemSpec = emptySpec(spec.all);
    for (const name of spec.scalars) {
      if (own[name]?.get) {
        const value = own[name].get(t, tx);
        tx.results.push(() => {
          this._loaded[name] = value;
        });
      } else if (name === "items") itemSpec.all = true;
      else itemSpec.scalars.add(name);
    }
    for (const [name, sub] of spec.nav) {
      if (name === "items") {
        itemSpec.all = itemSpec.all || sub.all;
        sub.scalars.forEach((s) => itemSpec.scalars.add(s));
        sub.nav.forEach((v, k) => itemSpec.nav.set(k, v));
      } else itemSpec.nav.set(name, sub);
    }
    if (spec.all) {
      for (const [name, def] of Object.entries(own)) {
        if (!def.get) continue;
        const value = def.get(t, tx);
        tx.results.push(() => {
          this._loaded[name] = value;
        });
      }
    }
    let items = this._list(t, tx);
    const skip = spec.skip ?? 0;
    items = items.slice(skip, spec.top !== undefined ? skip + spec.top : undefined);
    for (const item of items) {
      item._isNull = false;
      item._runLoad(itemSpec, tx);
    }
    tx.results.push(() => {
      this._items = items;
    });
  }

  override toJSON(): Record<string, unknown> {
    return { ...this._loaded, ...(this._items ? { items: this._items.map((i) => i.toJSON()) } : {}) };
  }
}

/** OfficeExtension.ClientResult: a method's value, readable after the sync that computed it. */
export class ClientResult<V> {
  /** @internal */ _value: V | undefined = undefined;
  /** @internal */ _set = false;
  get value(): V {
    if (!this._set)
      throw new OfficeExtensionError(
        Code.valueNotLoaded,
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    return this._value as V;
  }
}

export function resultOf<V>(tx: Tx, result: ClientResult<V>, value: V): void {
  tx.results.push(() => {
    result._value = value;
    result._set = true;
  });
}

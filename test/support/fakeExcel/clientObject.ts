/**
 * The proxy base classes. Like Office.js proxies, a fake proxy holds no workbook data of its own: writes
 * and method calls are queued for the next context.sync(), and a property can be read only after it was
 * loaded and synced (it then holds the value as of that sync) or written on this proxy (it then holds the
 * written value, as Office.js keeps it).
 */
import type { Batch, Binding } from "./binding";
import type { FakeRequestContext } from "./context";
import { apiNotFound, FakeOfficeError, propertyNotLoaded } from "./errors";
import { callOnNullObject, readsTooManyCells } from "./hostLimits";
import { groupByFirstStep, loadPaths, type LoadArgument, type PropertyPath } from "./loadOptions";
import { checkedByOfficeJs, memberIntroducedIn, setterIntroducedIn } from "./requirementSets";
import { sheetGone, type SheetState } from "./state/sheet";

/** How one scalar property of an Office class reads from, and writes to, the workbook state. */
export interface PropertySpec<Target, Value> {
  /** Excel answers null when the cells of a range disagree, whatever the typings say. */
  read(target: Target): Value | null;
  /** Absent for read-only properties. */
  write?(target: Target, value: Value, batch: Batch): void;
}

export type PropertyTable<Office, Name extends keyof Office, Target> = {
  readonly [P in Name]: PropertySpec<Target, Office[P]>;
};

export interface ProxySchema<Target> {
  /** The Office class name, as the requirement-set table and error messages spell it. */
  readonly typeName: string;
  readonly properties: { readonly [name: string]: PropertySpec<Target, unknown> };
  /** Names of the navigation properties that load("a/b") may walk through. */
  readonly navigation: readonly string[];
  /** For objects made of a sheet's cells: that sheet, whose protection then refuses their edits. */
  sheetOf?(target: Target): SheetState;
  /** Why the object no longer exists (it, or its sheet, was deleted), or undefined while it does. */
  gone?(target: Target): string | undefined;
}

type Access = "read" | "write" | "call";

export abstract class FakeClientObject<Target> {
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    /** The fake's own plumbing; Office's typings, which code under test sees, do not have it. */
    readonly binding: Binding<Target>,
    protected readonly schema: ProxySchema<Target>,
  ) {}

  /** Gives a proxy class one accessor per schema property (declared with `declare` in the class). */
  protected static defineProperties<Target>(
    prototype: FakeClientObject<Target>,
    schema: ProxySchema<Target>,
  ): void {
    for (const [name, spec] of Object.entries(schema.properties)) {
      Object.defineProperty(prototype, name, {
        configurable: true,
        get(this: FakeClientObject<Target>) {
          return this.readLoaded(name);
        },
        set:
          spec.write === undefined
            ? undefined
            : function (this: FakeClientObject<Target>, value: unknown) {
                this.queueWrite(name, value);
              },
      });
    }
  }

  get isNullObject(): boolean {
    const isNull = this.binding.isNull();
    if (isNull === undefined) throw propertyNotLoaded(this.schema.typeName, "isNullObject");
    return isNull;
  }

  load(option?: LoadArgument): this {
    const paths = loadPaths(option);
    this.context.enqueue((batch) => this.loadInto(paths, batch));
    return this;
  }

  /** Takes the snapshot at this point of the batch; it becomes readable when the whole sync succeeds. */
  loadInto(paths: readonly PropertyPath[], batch: Batch): void {
    const target = this.binding.resolve(batch);
    if (target === null) return;
    this.requireExisting(target);
    const snapshot = new Map<string, unknown>();
    for (const [name, rest] of groupByFirstStep(this.withAllScalars(paths))) {
      const spec = this.schema.properties[name];
      if (spec !== undefined && rest.every((path) => path.length === 0)) {
        this.refuseAtHost(name, "read");
        const tooMany = readsTooManyCells(this.schema.typeName, name, target);
        snapshot.set(name, tooMany ? null : structuredClone(spec.read(target)));
      } else {
        this.navigationChild(name).loadInto(rest, batch);
      }
    }
    batch.response.add(Object.fromEntries(snapshot));
    batch.onSuccess(() => snapshot.forEach((value, name) => this.loaded.set(name, value)));
  }

  /** Replaces each empty path by the scalar properties this host knows, as load() without names does. */
  private withAllScalars(paths: readonly PropertyPath[]): PropertyPath[] {
    return paths.flatMap((path) =>
      path.length > 0
        ? [path]
        : Object.keys(this.schema.properties)
            .filter((name) => this.hostLacks(name, "read") === undefined)
            .map((name) => [name]),
    );
  }

  private navigationChild(name: string): FakeClientObject<unknown> {
    const child: unknown = this.schema.navigation.includes(name) ? Reflect.get(this, name) : undefined;
    if (!(child instanceof FakeClientObject)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `${this.schema.typeName} has no property '${name}' to load`,
      );
    }
    return child;
  }

  /** In Office.js's order: not loaded first, then the requirement set; a null object's are undefined. */
  private readLoaded(name: string): unknown {
    if (!this.loaded.has(name) && this.binding.isNull() !== true) {
      throw propertyNotLoaded(this.schema.typeName, name);
    }
    this.requireMember(name);
    return this.loaded.get(name);
  }

  /** Office.js keeps the written value on the proxy, so it reads back before the sync. */
  private queueWrite(name: string, value: unknown): void {
    this.loaded.set(name, value);
    this.enqueueOn(name, "write", (target, batch) => {
      this.refuseIfProtected(target);
      if (value === null || value === undefined) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `${this.schema.typeName}.${name} cannot be set to ${value}`,
        );
      }
      this.schema.properties[name]?.write?.(target, value, batch);
    });
  }

  /**
   * Throws ApiNotFound at once where Office.js checks the member on the client (a method or navigation
   * property called, a scalar property read) and the host lacks the set it checks.
   */
  protected requireMember(member: string): void {
    const since = checkedByOfficeJs[`${this.schema.typeName}.${member}`];
    if (since !== undefined && !this.context.supports(since)) {
      throw apiNotFound(`${this.schema.typeName}.${member}`, `ExcelApi ${since}`);
    }
  }

  /** At the sync: a host without the member's requirement set refuses it with ApiNotFound. */
  protected refuseAtHost(member: string, access: Access): void {
    const missing = this.hostLacks(member, access);
    if (missing !== undefined) throw apiNotFound(`${this.schema.typeName}.${member}`, `ExcelApi ${missing}`);
  }

  private hostLacks(member: string, access: Access): string | undefined {
    const key = `${this.schema.typeName}.${member}`;
    const since = (access === "write" ? setterIntroducedIn[key] : undefined) ?? memberIntroducedIn[key];
    return since === undefined || this.context.supports(since) ? undefined : since;
  }

  /** As in Excel, any use of an object that was deleted, or whose sheet was, rejects with ItemNotFound. */
  protected requireExisting(target: Target): void {
    const sheet = this.schema.sheetOf?.(target);
    const gone = (sheet === undefined ? undefined : sheetGone(sheet)) ?? this.schema.gone?.(target);
    if (gone !== undefined) throw new FakeOfficeError("ItemNotFound", gone);
  }

  /** Queues work on the target; it is skipped when the proxy turns out to be a null object. */
  private enqueueOn(member: string, access: Access, work: (target: Target, batch: Batch) => void): void {
    if (access !== "write") this.requireMember(member);
    this.context.enqueue((batch) => {
      this.refuseAtHost(member, access);
      const target = this.binding.resolve(batch);
      if (target === null) {
        if (batch.rejectCallsOnNullObjects) throw callOnNullObject(`${this.schema.typeName}.${member}`);
        return;
      }
      this.requireExisting(target);
      work(target, batch);
    });
  }

  /** Queues a change of the sheet's cells, which sheet protection refuses. */
  protected edit(member: string, change: (target: Target, batch: Batch) => void): void {
    this.enqueueOn(member, "call", (target, batch) => {
      this.refuseIfProtected(target);
      change(target, batch);
    });
  }

  /** Queues an action that changes no cells (select, activate, protect), so sheet protection allows it. */
  protected act(member: string, action: (target: Target, batch: Batch) => void): void {
    this.enqueueOn(member, "call", action);
  }

  protected refuseIfProtected(target: Target): void {
    const sheet = this.schema.sheetOf?.(target);
    if (sheet?.protection.protected === true) {
      throw new FakeOfficeError("AccessDenied", `the sheet '${sheet.name}' is protected`);
    }
  }

  /** A navigation property: created on first use and the same object afterwards, as in Office.js. */
  protected navigate<Child>(member: string, create: () => Child): Child {
    this.requireMember(member);
    if (!this.children.has(member)) this.children.set(member, create());
    return this.children.get(member) as Child;
  }

  /** A method returning a proxy: the call is queued, and binds the proxy at its place in the batch. */
  protected derived<Next, Proxy extends FakeClientObject<Next>>(
    member: string,
    Proxy: new (context: FakeRequestContext, binding: Binding<Next>) => Proxy,
    locate: (target: Target, batch: Batch) => Next | null,
  ): Proxy {
    this.requireMember(member);
    const proxy = new Proxy(
      this.context,
      this.binding.derive((target, batch) => {
        this.refuseAtHost(member, "call");
        this.requireExisting(target);
        return locate(target, batch);
      }, `${this.schema.typeName}.${member}`),
    );
    this.context.enqueue((batch) => void proxy.binding.resolve(batch));
    return proxy;
  }

  /** A method returning a ClientResult, computed at its place in the batch. */
  protected compute<Value>(member: string, evaluate: (target: Target) => Value): FakeClientResult<Value> {
    const result = new FakeClientResult<Value>();
    this.enqueueOn(member, "call", (target, batch) => {
      const value = evaluate(target);
      batch.onSuccess(() => result.settle(value));
    });
    return result;
  }
}

/** A collection proxy, whose `items` are loaded by load("items/name") or simply load("name"). */
export abstract class FakeCollection<
  Target,
  Item extends FakeClientObject<unknown>,
> extends FakeClientObject<Target> {
  private loadedItems: Item[] | undefined;

  get items(): Item[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded(this.schema.typeName, "items");
    return this.loadedItems;
  }

  /** Proxies for the items as they are at this point of the batch. */
  protected abstract itemsOf(target: Target): Item[];

  override loadInto(paths: readonly PropertyPath[], batch: Batch): void {
    const target = this.binding.resolve(batch);
    if (target === null) return;
    this.requireExisting(target);
    const items = this.itemsOf(target);
    // A collection's own scalars (TableColumnCollection.count) load on it; everything else on its items.
    const own = paths.filter((path) => path.length === 1 && path[0]! in this.schema.properties);
    if (own.length > 0) super.loadInto(own, batch);
    const itemPaths = paths
      .filter((path) => !own.includes(path))
      .map((path) => (path[0] === "items" ? path.slice(1) : path));
    items.forEach((item) => item.loadInto(itemPaths, batch));
    batch.onSuccess(() => (this.loadedItems = items));
  }
}

/** OfficeExtension.ClientResult: a value that exists only after the sync that computed it. */
export class FakeClientResult<T> implements Pick<OfficeExtension.ClientResult<T>, "value"> {
  private result: { readonly value: T } | undefined;

  get value(): T {
    if (this.result === undefined) throw new FakeOfficeError("ValueNotLoaded");
    return this.result.value;
  }

  settle(value: T): void {
    this.result = { value };
  }
}

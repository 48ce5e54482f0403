/** The fake RequestContext: the queue of operations, context.sync(), tracked objects and the counters. */
import { Binding, type Batch, type Operation } from "./binding";
import { FakeClientObject } from "./clientObject";
import { FakeOfficeError } from "./errors";
import { ResponseMeter, type HostLimits } from "./hostLimits";
import type { LoadArgument } from "./loadOptions";
import type { FakeMembers } from "./members";
import { hostSupports } from "./requirementSets";
import type { WorkbookState } from "./state/workbook";
import { FakeWorkbook } from "./workbook";

/** What tests assert on: "one read sync and one write sync", "operations do not grow with the rows". */
export class SyncStats {
  syncs = 0;
  /** Every queued write, load and method call since the last reset, synced or not. */
  queuedOperations = 0;
  /** Queued and not yet sent: a function that returns with this above 0 forgot a sync. */
  pendingOperations = 0;
  /** The number of operations each sync carried, in order. */
  operationsPerSync: number[] = [];
  trackedObjects = 0;

  reset(): void {
    this.syncs = 0;
    this.queuedOperations = 0;
    this.operationsPerSync = [];
  }
}

export class FakeRequestContext implements FakeMembers<
  Excel.RequestContext,
  "sync" | "load" | "trackedObjects" | "workbook"
> {
  readonly stats = new SyncStats();
  readonly workbook: FakeWorkbook;
  readonly trackedObjects: FakeTrackedObjects;
  private queue: Operation[] = [];

  constructor(
    private readonly state: WorkbookState,
    readonly apiVersion: string,
    private readonly limits: HostLimits,
  ) {
    this.workbook = new FakeWorkbook(this, new Binding(() => state));
    this.trackedObjects = new FakeTrackedObjects(this);
  }

  supports(version: string): boolean {
    return hostSupports(this.apiVersion, version);
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
    this.stats.queuedOperations += 1;
    this.stats.pendingOperations += 1;
  }

  load(object: OfficeExtension.ClientObject, option?: string | string[] | OfficeExtension.LoadOption): void {
    fakeProxy(object, this).load(option as LoadArgument | undefined);
  }

  /**
   * Runs the queued operations in order. The first failure rejects the sync; what ran before it stays
   * done, what follows is dropped, and nothing loaded in this sync becomes readable. A response over
   * Excel on the web's limit rejects the sync after everything ran, loading nothing.
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const operations = this.queue;
    this.queue = [];
    this.stats.syncs += 1;
    this.stats.pendingOperations = 0;
    this.stats.operationsPerSync.push(operations.length);
    const commits: (() => void)[] = [];
    const batch: Batch = {
      workbook: this.state,
      onSuccess: (commit) => commits.push(commit),
      response: new ResponseMeter(this.limits.platform),
      rejectCallsOnNullObjects: this.limits.rejectCallsOnNullObjects,
    };
    for (const operation of operations) operation(batch);
    batch.response.check();
    commits.forEach((commit) => commit());
    return passThroughValue as T;
  }
}

/** Code under test passes Office's types; the fake's own proxies pass themselves (Range.track). */
type TrackedObject = OfficeExtension.ClientObject | FakeClientObject<unknown>;
type TrackedArgument = TrackedObject | TrackedObject[];

class FakeTrackedObjects implements Pick<OfficeExtension.TrackedObjects, "add" | "remove"> {
  private readonly tracked = new Set<FakeClientObject<unknown>>();

  constructor(private readonly context: FakeRequestContext) {}

  add(objects: TrackedArgument): void {
    this.update(objects, (object) => this.tracked.add(object));
  }

  remove(objects: TrackedArgument): void {
    this.update(objects, (object) => this.tracked.delete(object));
  }

  // Office sends each add and remove to the host with the next sync, so each counts as an operation.
  private update(objects: TrackedArgument, change: (object: FakeClientObject<unknown>) => void): void {
    for (const object of Array.isArray(objects) ? objects : [objects]) {
      change(fakeProxy(object, this.context));
      this.context.enqueue(() => undefined);
    }
    this.context.stats.trackedObjects = this.tracked.size;
  }
}

function fakeProxy(object: unknown, context: FakeRequestContext): FakeClientObject<unknown> {
  if (!(object instanceof FakeClientObject) || object.context !== context) {
    throw new FakeOfficeError("InvalidRequestContext", "the object is not a proxy of this fake workbook");
  }
  return object;
}

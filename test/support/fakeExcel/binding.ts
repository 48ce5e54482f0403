/**
 * What a proxy stands for in the workbook. Office binds a proxy when the request that first mentions it
 * runs; the fake does the same, at the proxy's place in the queue, and keeps that binding afterwards.
 */
import { callOnNullObject, type ResponseMeter } from "./hostLimits";
import type { WorkbookState } from "./state/workbook";

/** One context.sync(): the workbook it runs against, and what to do if all of it succeeds. */
export interface Batch {
  readonly workbook: WorkbookState;
  /** Loaded values and isNullObject become visible only when the whole sync succeeds. */
  onSuccess(commit: () => void): void;
  /** What the loads send back, which Excel on the web caps. */
  readonly response: ResponseMeter;
  readonly rejectCallsOnNullObjects: boolean;
}

export type Operation = (batch: Batch) => void;

export class Binding<Target> {
  private bound: { readonly target: Target | null } | undefined;
  private settled = false;

  /** `locate` finds the target, returns null for a null object, or throws (ItemNotFound, InvalidArgument...). */
  constructor(private readonly locate: (batch: Batch) => Target | null) {}

  resolve(batch: Batch): Target | null {
    this.bound ??= { target: this.locate(batch) };
    if (!this.settled) batch.onSuccess(() => (this.settled = true));
    return this.bound.target;
  }

  /** Undefined until a sync that bound the proxy has succeeded, as isNullObject is in Office. */
  isNull(): boolean | undefined {
    return this.settled ? this.bound?.target === null : undefined;
  }

  /** `member`: the call that reaches the next object, named when a strict host refuses it on a null object. */
  derive<Next>(step: (target: Target, batch: Batch) => Next | null, member = "a call"): Binding<Next> {
    return new Binding((batch) => {
      const target = this.resolve(batch);
      if (target !== null) return step(target, batch);
      if (batch.rejectCallsOnNullObjects) throw callOnNullObject(member);
      return null;
    });
  }
}

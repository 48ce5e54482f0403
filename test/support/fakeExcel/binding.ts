/**
 * What a proxy stands for in the workbook. Office binds a proxy when the request that first mentions it
 * runs; the fake does the same, at the proxy's place in the queue, and keeps that binding afterwards.
 */
import type { WorkbookState } from "./state/workbook";

/** One context.sync(): the workbook it runs against, and what to do if all of it succeeds. */
export interface Batch {
  readonly workbook: WorkbookState;
  /** Loaded values and isNullObject become visible only when the whole sync succeeds. */
  onSuccess(commit: () => void): void;
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

  derive<Next>(step: (target: Target, batch: Batch) => Next | null): Binding<Next> {
    return new Binding((batch) => {
      const target = this.resolve(batch);
      return target === null ? null : step(target, batch);
    });
  }
}

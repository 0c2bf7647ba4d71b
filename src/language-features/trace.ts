import * as vscode from 'vscode';

/**
 * What the extension's work in the host says of itself as it happens (its timing, a parse, a reveal): the benchmark
 * and the tests listen and add it up; nothing is kept when no one listens.
 */
export type TraceEvent =
  /** One slice of the index's build held the extension host so long before it let the host run. */
  | { kind: 'index-slice'; ms: number }
  /** Where a build of the index spent its time: finding the files, waiting for reads, checking. */
  | { kind: 'index-built'; findMs: number; readWaitMs: number; checkMs: number }
  /** One rule over many articles ran over the whole index. */
  | { kind: 'project-rule'; ruleId: string; ms: number }
  /** One slice of publishing the workspace's problems held the extension host. */
  | { kind: 'problems-slice'; ms: number }
  /** A document version was parsed (each is parsed once, whatever reads it). */
  | { kind: 'parse'; uri: string }
  /** The Articles view revealed the active editor's article. */
  | { kind: 'revealed'; uri: string };

export class Trace implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TraceEvent>();
  readonly onDidTrace = this.emitter.event;

  emit(event: TraceEvent): void {
    this.emitter.fire(event);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

import type { LocatedFinding } from './check-file';

/** What a run found, for the formatters. */
export interface Summary {
  files: number;
  skipped: number;
  fixed: number;
  findings: LocatedFinding[];
}

import type { LocatedFinding } from './check-file';

/** What a run found, for the formatters. */
export interface Summary {
  files: number;
  skipped: number;
  fixed: number;
  findings: LocatedFinding[];
  /** The service each checked article names (for --summary). */
  services: Map<string, string | undefined>;
  /** With --new-from-…: the revision; only findings on lines changed since it are reported. */
  newFrom?: string;
}

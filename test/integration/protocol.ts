import type Mocha from 'mocha';

/** What the suites running inside VS Code and the harness outside agree on. No Node, no vscode: both hosts load it. */

/** Marks the suite's own lines, so the harness can tell them from the workbench's log. */
export const OUTPUT_MARKER = '\u2063selfhelp\u2063 ';
export const SUMMARY_PREFIX = 'selfhelp-integration:';
/** A suite logs this line when the scene it set is ready for the harness's screenshot. */
export const SCREENSHOT_REQUEST = 'selfhelp-harness: screenshot now';

/**
 * The web Check Links is tested against: the harness serves these pages on loopback addresses (simulated-web.ts) and
 * gives the suites, in this environment variable, the `.selfhelp.json` that sends the links there.
 */
export const LINKS_CONFIG_VARIABLE = 'SELFHELP_TEST_LINKS_CONFIG';
export const LINK_TEST_PAGES: Record<string, { status?: number; headers?: Record<string, string>; html?: string }> = {
  'https://learn.microsoft.com/azure/sizes': { html: '<h2 id="general-purpose">General purpose</h2>' },
  'https://docs.microsoft.com/azure/sizes': {
    status: 301,
    headers: { location: 'https://learn.microsoft.com/azure/sizes' },
  },
};

declare const SELFHELP_TEST_HOST: string | undefined;
/**
 * The host the suite was built for: esbuild defines SELFHELP_TEST_HOST in the web bundles; tsc's output runs in Node.
 */
export const EXPECTED_HOST: 'node' | 'web' =
  typeof SELFHELP_TEST_HOST === 'string' && SELFHELP_TEST_HOST === 'web' ? 'web' : 'node';

/** Logs a line of the suite (printf-style, as console.log): the harness prints it. */
export function say(format?: unknown, ...args: unknown[]): void {
  console.log(OUTPUT_MARKER + String(format ?? ''), ...args);
}

/** Runs mocha, says the summary line and settles: resolved when every test passed. */
export function runMocha(mocha: Mocha): Promise<void> {
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    try {
      mocha
        .run((failures) => {
          say(`${SUMMARY_PREFIX} ${passed} passed, ${failed} failed`);
          if (failures > 0) reject(new Error(`${failures} integration tests failed.`));
          else resolve();
        })
        .on('pass', () => passed++)
        .on('fail', () => failed++);
    } catch (error) {
      say(`${SUMMARY_PREFIX} 0 passed, 1 failed`);
      reject(error);
    }
  });
}

/**
 * A suite asks the harness for something only the browser around VS Code can do, on the preview's page: an axe-core
 * audit, or keys pressed as a user presses them. It logs this prefix and the request as JSON; the harness answers in
 * `.selfhelp-harness/<id>.json` of the workspace (the suite reads it through vscode.workspace.fs, in either host).
 */
export const PAGE_REQUEST = 'selfhelp-harness: page ';
export const PAGE_REPLY_FOLDER = '.selfhelp-harness';

export type PageRequest = { id: string } & ({ action: 'audit' } | { action: 'press'; keys: string[] });

export interface AuditViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export type PageReply =
  | { error: string }
  | { violations: AuditViolation[] }
  /** After each key, the element with the focus; at the end, the form's elements shown (by id). */
  | { focused: string[]; shown: string[] };

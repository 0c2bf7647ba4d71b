/**
 * The GitHub Action (`action.yml` runs dist/action.js, built from action-bin.ts): the inputs from `INPUT_*`, the pull
 * request's base from the event payload; the findings as annotations, the `--summary` tables in the step summary,
 * SARIF for code scanning when asked, the counts as step outputs.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOptions, FailOn, LinksOptions } from './args';
import { formatSummaryText } from './formatters/counts';
import { escapeData, formatGithub } from './formatters/github';
import { formatSarif } from './formatters/sarif';
import type { Io } from './io';
import { runLinks } from './links';
import { runCheck } from './check';
import { type CheckOutcome, exitCode } from './report';
import { VERSION } from './version';

/** `new-from` that checks every finding, whatever the event. */
const EVERYTHING = 'none';

/** An input as the runner passes it: `INPUT_` and the name in capitals, spaces as underscores. */
const input = (env: NodeJS.ProcessEnv, name: string) =>
  (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

/** The base commit of the pull request that triggered the run, when one did. */
function pullRequestBase(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { base?: { sha?: unknown } };
    };
    const sha = event.pull_request?.base?.sha;
    return typeof sha === 'string' && sha ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** The check's findings and the links', in one report (undefined when either stopped on a usage error). */
function joined(check: CheckOutcome, links: CheckOutcome | undefined): CheckOutcome | undefined {
  if (!links) return undefined;
  const findings = [...check.summary.findings, ...links.summary.findings].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
  return { summary: { ...check.summary, findings }, unreadable: check.unreadable || links.unreadable };
}

export async function runAction(env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  const failOn = input(env, 'fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    io.stdout(`::error title=selfhelp::${escapeData(`fail-on takes error, warning or never, not "${failOn}".`)}\n`);
    return 2;
  }
  const newFrom = input(env, 'new-from');
  const base = newFrom === EVERYTHING ? undefined : newFrom || pullRequestBase(env);
  const options: CheckOptions = {
    command: 'check',
    format: 'github',
    fix: false,
    paths: input(env, 'paths')
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    progress: false,
    summary: false,
    failOn: failOn as FailOn,
    ...(input(env, 'root') && { root: input(env, 'root') }),
    ...(base && { newFrom: { revision: base, from: 'merge-base' as const } }),
  };
  const links = input(env, 'links') || 'false';
  if (links !== 'true' && links !== 'false') {
    io.stdout(`::error title=selfhelp::${escapeData(`links takes true or false, not "${links}".`)}\n`);
    return 2;
  }
  let errors = '';
  const quiet = { ...io, stderr: (text: string) => (errors += text) };
  let outcome = await runCheck(options, quiet);
  if (outcome && links === 'true') {
    const linksOptions: LinksOptions = { ...options, command: 'links', cache: true };
    outcome = joined(outcome, await runLinks(linksOptions, quiet));
  }
  if (errors) {
    io.stderr(errors);
    // Said as an annotation too, where the author looks first.
    for (const line of errors.trim().split('\n'))
      io.stdout(`::error title=selfhelp::${escapeData(line.replace(/^selfhelp: /, ''))}\n`);
  }
  if (!outcome) return 2;
  const { summary } = outcome;
  io.stdout(formatGithub(summary));
  if (env.GITHUB_STEP_SUMMARY) fs.appendFileSync(env.GITHUB_STEP_SUMMARY, formatSummaryText(summary) + '\n');
  const sarif = input(env, 'sarif');
  if (sarif) {
    const file = path.resolve(io.cwd, sarif);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, formatSarif(summary, VERSION));
  }
  if (env.GITHUB_OUTPUT) {
    const count = (severity: string) => summary.findings.filter((f) => f.severity === severity).length;
    fs.appendFileSync(env.GITHUB_OUTPUT, `errors=${count('error')}\nwarnings=${count('warning')}\n`);
  }
  return exitCode(outcome, options.failOn);
}

/**
 * Configuration shared by the CLI and the extension: a JSON file `{ "rules": { "<id or slug>": setting }, "words":
 * [...] }` where a setting is "error" | "warning" | "info" | "off", or true (the rule's default) / false (off), and
 * the words are the team's, accepted by the spelling rule; `"internalHosts"` adds hosts customers cannot reach to the
 * internal-link rule's list.
 */
import { ALL_RULES, RULES_BY_ID } from './rules';
import type { Severity } from './rule';

export type RuleSetting = Severity | 'off' | boolean;

export interface Config {
  rules?: Record<string, RuleSetting>;
  words?: string[];
  internalHosts?: string[];
  links?: LinkSettings;
}

/** How `selfhelp links` follows links (`"links"` of the configuration). */
export interface LinkSettings {
  /** Patterns (regular expressions over the whole address) of links never followed. */
  exclude?: string[];
  /** Statuses that mean alive. */
  accept?: number[];
  /** `[pattern, replacement]`: an address rewritten before it is requested, as lychee's --remap. */
  remap?: [string, string][];
  hostConcurrency?: number;
  /** The least time between two requests to one host, in ms. */
  hostInterval?: number;
  /** Seconds to wait for an answer. */
  timeout?: number;
}

export const CONFIG_FILE_NAMES = ['.selfhelp.json', 'selfhelp.config.json'];

const byName = new Map<string, string>();
for (const rule of ALL_RULES) {
  byName.set(rule.id.toLowerCase(), rule.id);
  byName.set(rule.slug, rule.id);
}

/** The rule id a name (id in any case, or slug) refers to. */
export function ruleIdOf(name: string): string | undefined {
  return byName.get(name.trim().toLowerCase());
}

/** Effective severity for each rule id: undefined means off. */
export type ResolvedConfig = ReadonlyMap<string, Severity | undefined>;

export interface ConfigProblem {
  message: string;
}

export function resolveConfig(config: Config | undefined, problems: ConfigProblem[] = []): ResolvedConfig {
  const resolved = new Map<string, Severity | undefined>(ALL_RULES.map((r) => [r.id, r.severity]));
  for (const [name, setting] of Object.entries(config?.rules ?? {})) {
    const id = ruleIdOf(name);
    if (!id) {
      problems.push({ message: `Unknown rule "${name}" in the configuration.` });
      continue;
    }
    if (setting === true) resolved.set(id, RULES_BY_ID.get(id)!.severity);
    else if (setting === false || setting === 'off') resolved.set(id, undefined);
    else if (setting === 'error' || setting === 'warning' || setting === 'info') resolved.set(id, setting);
    else problems.push({ message: `Rule "${name}": expected "error", "warning", "info", "off", true or false.` });
  }
  return resolved;
}

/** Parses a configuration file's text; problems say what is wrong rather than throwing. */
export function parseConfig(text: string, problems: ConfigProblem[]): Config {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push({ message: `The configuration is not valid JSON: ${(error as Error).message}` });
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ message: 'The configuration must be a JSON object.' });
    return {};
  }
  const rules = (value as { rules?: unknown }).rules;
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) {
    problems.push({ message: '"rules" must be an object of rule settings.' });
    return {};
  }
  const config: Config = { rules: rules as Record<string, RuleSetting> | undefined };
  const words = (value as { words?: unknown }).words;
  if (isListOfStrings(words)) config.words = words;
  else if (words !== undefined) problems.push({ message: '"words" must be a list of words.' });
  const internalHosts = (value as { internalHosts?: unknown }).internalHosts;
  if (isListOfStrings(internalHosts)) config.internalHosts = internalHosts.filter((h) => h.trim() !== '');
  else if (internalHosts !== undefined)
    problems.push({
      message: '"internalHosts" must be a list of hosts ("*.contoso-corp.net", "dev.azure.com/contoso/").',
    });
  const links = (value as { links?: unknown }).links;
  if (links !== undefined) {
    const settings = linkSettings(links, problems);
    if (settings) config.links = settings;
  }
  return config;
}

function linkSettings(value: unknown, problems: ConfigProblem[]): LinkSettings | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ message: '"links" must be an object ({ "exclude": [...], "accept": [...], "remap": [...] }).' });
    return undefined;
  }
  const given = value as Record<string, unknown>;
  const settings: LinkSettings = {};
  const patterns = (key: string, list: unknown): string[] | undefined => {
    if (list === undefined) return undefined;
    if (!isListOfStrings(list) || list.some((p) => !isPattern(p))) {
      problems.push({ message: `"links.${key}" must be a list of regular expressions.` });
      return undefined;
    }
    return list;
  };
  settings.exclude = patterns('exclude', given.exclude);
  if (given.accept !== undefined) {
    if (Array.isArray(given.accept) && given.accept.every((s) => Number.isInteger(s) && s >= 100 && s < 600))
      settings.accept = given.accept as number[];
    else problems.push({ message: '"links.accept" must be a list of HTTP statuses (200, 403 …).' });
  }
  if (given.remap !== undefined) {
    const remap = given.remap;
    if (Array.isArray(remap) && remap.every((pair) => isListOfStrings(pair) && pair.length === 2 && isPattern(pair[0])))
      settings.remap = remap as [string, string][];
    else problems.push({ message: '"links.remap" must be a list of [pattern, replacement] pairs.' });
  }
  for (const key of ['hostConcurrency', 'hostInterval', 'timeout'] as const) {
    const number = given[key];
    if (number === undefined) continue;
    if (
      typeof number === 'number' &&
      number >= 0 &&
      Number.isFinite(number) &&
      (key !== 'hostConcurrency' || number >= 1)
    )
      settings[key] = number;
    else
      problems.push({ message: `"links.${key}" must be a number${key === 'hostConcurrency' ? ' of 1 or more' : ''}.` });
  }
  return settings;
}

function isPattern(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

const isListOfStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

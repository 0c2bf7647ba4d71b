/**
 * The team's words as cSpell keeps them, for teams already on it: `words` and `ignoreWords` of `cspell.json` or
 * `.cspell.json`, and `cSpell.words` (and `cSpell.ignoreWords`) of `.vscode/settings.json`. Both files may hold
 * comments (JSONC); what cannot be read gives no words rather than an error.
 */
import { parse } from 'jsonc-parser';

export const CSPELL_FILE_NAMES = ['cspell.json', '.cspell.json'];
export const VSCODE_SETTINGS_FILE = '.vscode/settings.json';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : [];

function objectOf(text: string): Record<string, unknown> {
  const value: unknown = parse(text, [], { allowTrailingComma: true });
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function wordsOfCspellConfig(text: string): string[] {
  const config = objectOf(text);
  return [...strings(config.words), ...strings(config.ignoreWords)];
}

export function wordsOfVscodeSettings(text: string): string[] {
  const settings = objectOf(text);
  const nested = settings.cSpell;
  const section = typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>) : {};
  return [
    ...strings(settings['cSpell.words']),
    ...strings(settings['cSpell.ignoreWords']),
    ...strings(section.words),
    ...strings(section.ignoreWords),
  ];
}

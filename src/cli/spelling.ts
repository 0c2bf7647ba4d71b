/** The speller of a `check`: the English word list from the CLI's own files, the team's words from the workspace. */
import * as fs from 'fs';
import * as path from 'path';
import {
  CSPELL_FILE_NAMES,
  Speller,
  VSCODE_SETTINGS_FILE,
  WordList,
  wordsOfCspellConfig,
  wordsOfVscodeSettings,
} from '../core';

/** The list beside the bundled CLI (dist/spelling/), or the build's when the CLI runs from compiled sources. */
export function defaultWordListFile(): string | undefined {
  return [
    path.join(__dirname, 'spelling', 'en-us.words'),
    path.resolve(__dirname, '../../../dist/spelling/en-us.words'),
  ].find((f) => fs.existsSync(f));
}

/**
 * The team's words: `words` of the configuration, then cSpell's files in the configuration's folder (or, without
 * one, the nearest folder up from `cwd` that holds one).
 */
export function teamWords(
  configWords: readonly string[] | undefined,
  configFile: string | undefined,
  cwd: string,
): string[] {
  const words = [...(configWords ?? [])];
  const read = (file: string) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  for (let folder = configFile ? path.dirname(configFile) : cwd; ; folder = path.dirname(folder)) {
    const cspell = CSPELL_FILE_NAMES.map((name) => read(path.join(folder, name))).find((text) => text !== undefined);
    const settings = read(path.join(folder, VSCODE_SETTINGS_FILE));
    if (cspell !== undefined) words.push(...wordsOfCspellConfig(cspell));
    if (settings !== undefined) words.push(...wordsOfVscodeSettings(settings));
    if (configFile || cspell !== undefined || settings !== undefined || path.dirname(folder) === folder) break;
  }
  return words;
}

const english = new Map<string, WordList>();

/** Where each thread reads the English word list, and the team's words. */
export interface SpellingInput {
  file: string;
  words: string[];
}

/** A speller over the word list in `file` (read once a process) and the team's words. */
export function loadSpeller(file: string, words: readonly string[]): Speller {
  let list = english.get(file);
  if (!list) {
    list = WordList.fromCompact(fs.readFileSync(file, 'utf8'));
    english.set(file, list);
  }
  return new Speller(list, words);
}

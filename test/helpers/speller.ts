/** The speller the CLI loads, for tests of the core (the word list is built by `node esbuild.mjs`). */
import * as fs from 'fs';
import * as path from 'path';
import type { RuleContext } from '../../src/core/lint/rule';
import { Speller } from '../../src/core/spelling/speller';
import { WordList } from '../../src/core/spelling/word-list';

export const WORD_LIST_FILE = path.resolve(__dirname, '../../../dist/spelling/en-us.words');

let english: WordList | undefined;

export function englishWords(): WordList {
  english ??= WordList.fromCompact(fs.readFileSync(WORD_LIST_FILE, 'utf8'));
  return english;
}

export function speller(teamWords: string[] = []): Speller {
  return new Speller(englishWords(), teamWords);
}

/** What the CLI and the extension give the rules: the speller without team words. */
export function context(): RuleContext {
  return { speller: speller() };
}

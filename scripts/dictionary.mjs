// The English (US) word list of @cspell/dict-en_us, read with cspell-trie-lib at build time, with the words of our
// trade from cSpell's software-terms, companies and file-types dictionaries (sharding, websockets, Lucene, Zypper …:
// legitimate words the spelling rule flagged in published articles), written as the compact file the spelling rule
// loads (src/core/spelling/word-list.ts reads it): lower-case words in order, each line the number of characters shared
// with the line before (as one character from '0'), the rest of the word, and how often the word is written (a digit,
// its class in src/core/spelling/word-frequencies.txt, made by scripts/word-frequencies.mjs) when it is not rare.
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join } from 'path';
import { gunzipSync } from 'zlib';
import { decodeTrie } from 'cspell-trie-lib';

const require = createRequire(import.meta.url);
export const DICTIONARY_FILE = 'dist/spelling/en-us.words';
export const FREQUENCIES_FILE = 'src/core/spelling/word-frequencies.txt';

/** cSpell's dictionaries of the words of our trade, and the word files of each taken in. */
const TRADE_DICTIONARIES = [
  {
    name: '@cspell/dict-software-terms',
    files: ['dict/softwareTerms.txt.gz', 'dict/software-tools.txt', 'dict/networkingTerms.txt', 'dict/webServices.txt'],
  },
  { name: '@cspell/dict-companies', files: ['dict/companies.txt'] },
  { name: '@cspell/dict-filetypes', files: ['filetypes.txt.gz'] },
];

export function buildDictionary(out = DICTIONARY_FILE) {
  // The package exports only its cspell settings; the trie and package.json sit beside them.
  const folder = dirname(require.resolve('@cspell/dict-en_us/cspell-ext.json'));
  const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const trade = TRADE_DICTIONARIES.map(({ name, files }) => {
    const packageFolder = dirname(require.resolve(`${name}/cspell-ext.json`));
    const pkg = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8'));
    return { label: `${name} ${pkg.version}`, files: files.map((f) => join(packageFolder, f)) };
  });
  const frequencies = readFileSync(FREQUENCIES_FILE, 'utf8');
  const frequenciesHash = createHash('sha256').update(frequencies).digest('hex').slice(0, 12);
  const header = `#selfhelp-words 3 @cspell/dict-en_us ${version} ${trade.map((t) => t.label).join(' ')} frequencies ${frequenciesHash}`;
  if (existsSync(out) && readFileSync(out, 'utf8').startsWith(header + '\n')) return;
  const trie = decodeTrie(gunzipSync(readFileSync(join(folder, 'en_US.trie.gz'))).toString('utf8'));
  const words = new Set();
  // Words of letters and apostrophes; '~' marks the case-folded copies cspell keeps of capitalized words.
  for (const word of trie.words()) if (/^[A-Za-z][A-Za-z']*$/.test(word)) words.add(word.toLowerCase());
  // The trade's words: plain words of three letters or more (a two-letter name would hide a slip of a short word).
  for (const { files } of trade)
    for (const file of files) {
      const bytes = readFileSync(file);
      const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      for (const line of text.split('\n')) {
        const word = line.trim();
        if (word.length >= 3 && /^[A-Za-z][A-Za-z']*$/.test(word)) words.add(word.toLowerCase());
      }
    }
  const frequencyOf = new Map();
  for (const line of frequencies.split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space > 0 && !line.startsWith('#')) frequencyOf.set(line.slice(0, space), line.slice(space + 1));
  }
  // Pairs of words that run together make no word ("up to" for "upto"): the correction of the two run together.
  for (const pair of frequencyOf.keys()) if (pair.includes(' ')) words.add(pair);
  const lines = [header];
  let previous = '';
  for (const word of [...words].sort()) {
    let shared = 0;
    while (shared < previous.length && shared < word.length && shared < 70 && previous[shared] === word[shared])
      shared++;
    lines.push(String.fromCharCode(48 + shared) + word.slice(shared) + (frequencyOf.get(word) ?? ''));
    previous = word;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, lines.join('\n') + '\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) buildDictionary(process.argv[2]);

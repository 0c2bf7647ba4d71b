// The words customers read in each published article of a corpus (the compiled core's own reading of them), for the
// scripts that make the spelling rule's lists from the corpus (azure-words.mjs, word-frequencies.mjs).
import { readdirSync, readFileSync } from 'fs';
import { createRequire } from 'module';
import { join } from 'path';

const require = createRequire(import.meta.url);
const { parseArticle } = require('../out/src/core/parse/article.js');
const { decodeBytes } = require('../out/src/core/text/source-text.js');
const { visibleWords } = require('../out/src/core/parse/visible-text.js');

function files(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(folder, e.name)) : [join(folder, e.name)],
  );
}

/** For each article of `corpus`/articles, its visible words: `{ text, start, end, followsDirectly }` each. */
export function* articleWords(corpus) {
  for (const file of files(join(corpus, 'articles')))
    yield visibleWords(parseArticle(decodeBytes(readFileSync(file)).text, { path: file })).toArray();
}

// Part of the benchmark: where a one-shot check's time goes, measured in a process of its own. The files are read
// into memory first (not timed); then every article is parsed and linted three times: the first pass with code not
// yet compiled by V8's optimizing compiler and every cache empty; the second with the code compiled but a new speller
// (every word looked up and every correction searched again); the third with both warm. With `markdown-it`, its bare
// parse of the same texts, twice. Prints the passes' times in ms as JSON.
const fs = require('fs');
const path = require('path');

const [corpus, which] = process.argv.slice(2);
const files = [];
(function walk(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full);
    else files.push(full);
  }
})(corpus);
const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
const timed = (work) => {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

if (which === 'markdown-it') {
  const md = new (require('markdown-it'))();
  const pass = () => timed(() => texts.forEach((text) => md.parse(text, {})));
  console.log(JSON.stringify({ cold: pass(), warm: pass() }));
} else {
  const { parseArticle } = require('../out/src/core/parse/article.js');
  const { lintArticle } = require('../out/src/core/lint/lint.js');
  const { resolveConfig } = require('../out/src/core/lint/config.js');
  const { WordList } = require('../out/src/core/spelling/word-list.js');
  const { Speller } = require('../out/src/core/spelling/speller.js');
  const english = WordList.fromCompact(fs.readFileSync('dist/spelling/en-us.words', 'utf8'));
  const config = resolveConfig(undefined);
  const pass = (speller) =>
    timed(() => texts.forEach((text, i) => lintArticle(parseArticle(text, { path: files[i] }), config, { speller })));
  const cold = pass(new Speller(english));
  const fresh = new Speller(english);
  const compiled = pass(fresh);
  console.log(JSON.stringify({ cold, compiled, warm: pass(fresh) }));
}

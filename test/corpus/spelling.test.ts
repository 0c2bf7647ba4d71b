/**
 * The spelling rule over every published article in ../shared/corpus: how often it speaks (findings per 1,000 words
 * customers read), how many of the misspellings published articles hold it finds, how many typos injected into
 * visible words it finds, and that typos injected where customers read nothing are never reported. Skipped, with
 * the reason printed, without the corpus.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintArticle } from '../../src/core/lint/lint';
import { parseArticle, type Article } from '../../src/core/parse/article';
import { visibleWords } from '../../src/core/parse/visible-text';
import { decodeBytes } from '../../src/core/text/source-text';
import { speller } from '../helpers/speller';
import { MEANT, NOT_MISSPELLED } from './spelling-labels';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const MAX_PER_THOUSAND = 0.6;

/** The misspellings read in published articles, each an error whatever its context, and the words meant. */
const REAL_MISSPELLINGS = new Map(
  Object.entries(MEANT).map(([word, meant]) => [word, typeof meant === 'string' ? [meant] : [...meant]]),
);

function corpusFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? corpusFiles(full) : [full];
  });
}

/** A small seeded generator: the same typos every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One slip anywhere in the word: two letters swapped, one dropped, doubled or changed. */
function typo(word: string, next: () => number): string {
  const i = Math.floor(next() * (word.length - 1));
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const letter = LETTERS[Math.floor(next() * 26)];
      return (
        word.slice(0, i) +
        (i === 0 && word[0] !== word[0].toLowerCase() ? letter.toUpperCase() : letter) +
        word.slice(i + 1)
      );
    }
  }
}

describe('spelling over the published corpus', function () {
  this.timeout(600_000);
  if (!fs.existsSync(CORPUS)) {
    console.log(`  (corpus spelling tests skipped: ${CORPUS} is absent)`);
    it.skip(`needs ${CORPUS}`);
    return;
  }
  const files = corpusFiles(path.join(CORPUS, 'articles')).sort();
  const spell = speller();
  const articles: Article[] = [];
  before(() => {
    for (const file of files) {
      const article = parseArticle(decodeBytes(fs.readFileSync(file)).text, { path: path.relative(CORPUS, file) });
      if (article.block) articles.push(article);
    }
  });

  /** Each article's spelling findings, by the offset of the word: the word and its first correction. */
  const flagged = new Map<Article, Map<number, { word: string; correction: string }>>();
  before(() => {
    for (const article of articles)
      flagged.set(
        article,
        new Map(
          lintArticle(article, undefined, { speller: spell })
            .findings.filter((f) => f.rule === 'SH601')
            .map((f) => [
              f.start,
              {
                word: article.text.slice(f.start, f.end).toLowerCase().replace(/’/g, "'"),
                correction: /did you mean "([^"]+)"/.exec(f.message)?.[1] ?? '',
              },
            ]),
        ),
      );
  });

  it(`speaks at most ${MAX_PER_THOUSAND} time per 1,000 words customers read, and finds the misspellings articles hold`, () => {
    let words = 0;
    let findings = 0;
    let real = 0;
    let realFound = 0;
    const missed = new Set<string>();
    for (const article of articles) {
      const visible = visibleWords(article).toArray();
      words += visible.length;
      const reported = flagged.get(article)!;
      findings += reported.size;
      for (const word of visible) {
        if (!REAL_MISSPELLINGS.has(word.text.toLowerCase())) continue;
        real++;
        if (reported.has(word.start)) realFound++;
        else missed.add(word.text);
      }
    }
    const perThousand = (findings / words) * 1000;
    console.log(
      `    ${articles.length} articles, ${words} visible words, ${findings} spelling findings: ${perThousand.toFixed(2)} per 1,000 words`,
    );
    console.log(
      `    real misspellings: ${realFound} of ${real} found (${((realFound / real) * 100).toFixed(1)} %)${missed.size ? `; missed: ${[...missed].join(', ')}` : ''}`,
    );
    assert.ok(perThousand <= MAX_PER_THOUSAND, `${perThousand.toFixed(2)} findings per 1,000 words`);
    assert.ok(real > 100, 'the corpus holds misspellings to find');
    assert.ok(realFound / real >= 0.9, `${realFound} of ${real} real misspellings found`);
  });

  it('offers first the word the author meant for at least 95 % of the real misspellings it finds', () => {
    let found = 0;
    let right = 0;
    const wrong = new Map<string, string>();
    for (const article of articles) {
      for (const { word, correction } of flagged.get(article)!.values()) {
        const meant = REAL_MISSPELLINGS.get(word);
        if (!meant) continue;
        found++;
        if (meant.includes(correction.toLowerCase())) right++;
        else wrong.set(word, correction);
      }
    }
    const share = right / found;
    console.log(
      `    first correction right for ${right} of ${found} real misspellings found (${(share * 100).toFixed(1)} %); wrong: ${[...wrong].map(([w, c]) => `${w}→${c}`).join(', ')}`,
    );
    assert.ok(found > 100, 'the corpus holds misspellings to find');
    assert.ok(share >= 0.95, `${right} of ${found}`);
  });

  it('is right at least 80 % of the time: the words it flags in every third article, labelled by hand', () => {
    const labelled = { real: 0, legitimate: 0 };
    const unlabelled = new Set<string>();
    const words = new Set<string>();
    articles.forEach((article, i) => {
      if (i % 3 !== 0) return;
      for (const { word } of flagged.get(article)!.values()) {
        if (words.has(word)) continue;
        words.add(word);
        if (REAL_MISSPELLINGS.has(word)) labelled.real++;
        else if (NOT_MISSPELLED.has(word)) labelled.legitimate++;
        else unlabelled.add(word);
      }
    });
    // A word flagged that no one labelled counts against the rule: only a word known to be a slip counts for it.
    const share = labelled.real / words.size;
    console.log(
      `    every third article: ${words.size} distinct words flagged, ${labelled.real} real misspellings (${(share * 100).toFixed(1)} %), ${labelled.legitimate} legitimate, ${unlabelled.size} not labelled${unlabelled.size ? `: ${[...unlabelled].join(', ')}` : ''}`,
    );
    assert.ok(words.size > 50, 'the sample holds flagged words');
    assert.ok(share >= 0.8, `${labelled.real} of ${words.size}`);
  });

  it('finds at least 95 % of typos injected into visible words', () => {
    const next = random(17);
    let injected = 0;
    let found = 0;
    const missed: string[] = [];
    for (let a = 0; a < articles.length && injected < 2000; a += 7) {
      const article = articles[a];
      const candidates = visibleWords(article)
        .toArray()
        .filter(
          (w) => w.text.length >= 4 && w.text.length <= 15 && /^[A-Za-z][a-z]+$/.test(w.text) && spell.isKnown(w.text),
        );
      if (!candidates.length) continue;
      const word = candidates[Math.floor(next() * candidates.length)];
      const changed = typo(word.text, next);
      if (spell.isKnown(changed)) continue;
      injected++;
      const text = article.text.slice(0, word.start) + changed + article.text.slice(word.end);
      const result = lintArticle(parseArticle(text, article.source), undefined, { speller: spell });
      if (result.findings.some((f) => f.rule === 'SH601' && f.start === word.start)) found++;
      else if (missed.length < 20) missed.push(`${word.text}→${changed}`);
    }
    console.log(
      `    injected typos: ${found} of ${injected} found (${((found / injected) * 100).toFixed(1)} %); some missed: ${missed.join(', ')}`,
    );
    assert.ok(injected >= 1000);
    assert.ok(found / injected >= 0.95, `${found} of ${injected}`);
  });

  it('never reports a typo injected where customers read nothing (ids, link targets, code, token names)', () => {
    let injected = 0;
    const reported: string[] = [];
    for (let a = 0; a < articles.length; a += 11) {
      const article = articles[a];
      const places: { start: number; end: number }[] = [];
      const id = article.attributes.get('articleid');
      if (id && id.valueEnd > id.valueStart) places.push({ start: id.valueStart, end: id.valueEnd });
      for (const link of article.body.links) places.push(link.targetSpan);
      for (const marker of article.body.tokenMarkers) places.push(marker);
      for (const place of places) {
        const text =
          article.text.slice(0, place.start) +
          article.text.slice(place.start, place.end).replace(/[a-z]{5,}/, (w) => w.replace(/e/, 'ee') + 'qz') +
          article.text.slice(place.end);
        if (text === article.text) continue;
        injected++;
        const result = lintArticle(parseArticle(text, article.source), undefined, { speller: spell });
        for (const f of result.findings)
          if (f.rule === 'SH601' && f.start >= place.start && f.start < place.end + 4)
            reported.push(`${article.source.path}: ${text.slice(f.start, f.end)}`);
      }
    }
    console.log(`    typos injected where customers read nothing: ${injected}, reported: ${reported.length}`);
    assert.ok(injected > 1000);
    assert.deepStrictEqual(reported.slice(0, 10), []);
  });
});

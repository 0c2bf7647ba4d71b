/**
 * The product-names rule over every published article in ../shared/corpus: every old name of the rename table that
 * customers read is found, none inside a URL, a link or blade target, code or an attribute customers do not read, and
 * a hand-labelled sample of its findings is right. Skipped, with the reason printed, without the corpus.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { KEPT_NAMES, PRODUCT_RENAMES } from '../../src/core/format/product-names';
import { lintArticle } from '../../src/core/lint/lint';
import type { Finding } from '../../src/core/lint/rule';
import { parseArticle, type Article } from '../../src/core/parse/article';
import { urlsOf } from '../../src/core/parse/links';
import { visibleWords } from '../../src/core/parse/visible-text';
import { decodeBytes } from '../../src/core/text/source-text';
import { RIGHT, WRONG } from './product-names-labels';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const RULE = 'SH701';
const SAMPLE_EVERY = 40;
const MIN_RIGHT = 0.95;

function corpusFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? corpusFiles(full) : [full];
  });
}

/** A name written with spaces that may wrap once, in any case: the search an author would run, not the rule's. */
const search = (name: string) =>
  new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]*\\n?[ \\t]*'), 'gi');

/** Old names made of words the spelling rule reads (no abbreviation in capitals, no hyphen or bracket). */
const WORD_NAMES = PRODUCT_RENAMES.flatMap((row) => row.old).filter(
  (name) => /^[A-Za-z ]+$/.test(name) && name.split(' ').every((word) => !/^[A-Z]{2,}$/.test(word)),
);

describe('product names over the published corpus', function () {
  this.timeout(600_000);
  if (!fs.existsSync(CORPUS)) {
    console.log(`  (product-names corpus tests skipped: ${CORPUS} is absent)`);
    it.skip(`needs ${CORPUS}`);
    return;
  }
  const display = (file: string) => path.relative(CORPUS, file).split(path.sep).join('/');
  const checked: { file: string; article: Article; findings: Finding[] }[] = [];
  before(() => {
    const only = new Map([[RULE, 'warning' as const]]);
    for (const file of corpusFiles(CORPUS).sort()) {
      const decoded = decodeBytes(fs.readFileSync(file));
      const article = parseArticle(decoded.text, { path: display(file) });
      checked.push({ file: display(file), article, findings: lintArticle(article, only).findings });
    }
  });

  it('finds every old name customers read (each word of it a word the spelling rule reads, in one run of prose)', () => {
    let occurrences = 0;
    const missed: string[] = [];
    for (const { file, article, findings } of checked) {
      const words = visibleWords(article);
      const wordAt = new Map<number, number>();
      for (let i = 0; i < words.count; i++) wordAt.set(words.start(i), i);
      const kept = KEPT_NAMES.flatMap((name) => [...article.text.matchAll(search(name))]).map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      }));
      for (const name of WORD_NAMES) {
        for (const m of article.text.matchAll(search(name))) {
          const start = m.index;
          const end = start + m[0].length;
          // Read as words: each word of the match a visible word, each after the first following it directly.
          const parts = [...m[0].matchAll(/[A-Za-z]+/g)].map((p) => start + p.index);
          const indexes = parts.map((offset) => wordAt.get(offset));
          const prose =
            indexes.every((i) => i !== undefined) &&
            indexes.every((i, k) => k === 0 || (i === indexes[k - 1]! + 1 && words.followsDirectly(i!))) &&
            words.end(indexes[indexes.length - 1]!) === end;
          if (!prose || kept.some((k) => k.start < end && start < k.end)) continue;
          occurrences++;
          if (!findings.some((f) => f.start <= start && end <= f.end)) missed.push(`${file}@${start} ${m[0]}`);
        }
      }
    }
    console.log(`    ${occurrences} occurrences of the table's names read as prose, ${missed.length} missed`);
    assert.ok(occurrences > 1000, 'the corpus holds old names');
    assert.deepStrictEqual(missed.slice(0, 20), []);
  });

  it('reports none inside a URL, a link or blade target, code, or an attribute customers do not read', () => {
    let findingsSeen = 0;
    const misplaced: string[] = [];
    for (const { file, article, findings } of checked) {
      const urls = urlsOf(article);
      const targets = article.body.links.map((l) => l.targetSpan);
      const visibleValues = ['pagetitle', 'description', 'infobubbletext'].map((k) => article.attributes.get(k));
      for (const f of findings) {
        findingsSeen++;
        const overlaps = (s: { start: number; end: number }) => s.start < f.end && f.start < s.end;
        const line = article.lines.positionAt(f.start).line;
        const inBlock = article.block !== undefined && f.start < article.block.end;
        const where =
          urls.some(overlaps) || targets.some(overlaps)
            ? 'a URL or link target'
            : article.body.maskedLines[line] === 1
              ? 'code'
              : inBlock && !visibleValues.some((a) => a && a.valueStart <= f.start && f.end <= a.valueEnd)
                ? 'an attribute customers do not read'
                : (article.text.slice(article.lines.offsetAt(line), f.start).match(/`/g) ?? []).length % 2 === 1
                  ? 'inline code'
                  : undefined;
        if (where) misplaced.push(`${file}@${f.start} in ${where}`);
      }
    }
    console.log(`    ${findingsSeen} findings, ${misplaced.length} in text customers do not read`);
    assert.ok(findingsSeen > 1000);
    assert.deepStrictEqual(misplaced.slice(0, 20), []);
  });

  it(`is right at least ${MIN_RIGHT * 100} % of the time: every finding in every ${SAMPLE_EVERY}th article, labelled by hand`, () => {
    const sample = checked
      .filter((_, i) => i % SAMPLE_EVERY === 0)
      .flatMap(({ file, findings }) => findings.map((f) => `${file}@${f.start}-${f.end}`));
    const right = sample.filter((key) => RIGHT.has(key)).length;
    const wrong = sample.filter((key) => WRONG.has(key));
    const unlabelled = sample.filter((key) => !RIGHT.has(key) && !WRONG.has(key));
    // A finding no one labelled counts against the rule.
    const share = right / sample.length;
    console.log(
      `    ${sample.length} findings sampled: ${right} right (${(share * 100).toFixed(1)} %), ${wrong.length} wrong, ${unlabelled.length} not labelled${unlabelled.length ? `: ${unlabelled.slice(0, 10).join(', ')}` : ''}`,
    );
    assert.ok(sample.length >= 50, 'the sample holds findings');
    assert.ok(share >= MIN_RIGHT, `${right} of ${sample.length}`);
  });
});

/**
 * Every published article in ../shared/corpus: no exception, every range inside its file, few error-level findings,
 * and faults injected into real articles found on their line. Skipped, with the reason printed, without the corpus.
 */
import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { fixArticle } from '../../src/core/lint/fix';
import { parseArticle } from '../../src/core/parse/article';
import { mayRepeatAWord, visibleWords } from '../../src/core/parse/visible-text';
import { factsOfText, lintArticle, lintProject, lintText } from '../../src/core/lint/lint';
import { resolveConfig } from '../../src/core/lint/config';
import { renderArticle } from '../../src/core/render/article';
import {
  formatJsonSection,
  jsonCompletionsAt,
  jsonHoverAt,
  jsonSchemaUriOf,
} from '../../src/core/authoring/json-language';
import type { ArticleFacts } from '../../src/core/lint/rule';
import { decodeBytes } from '../../src/core/text/source-text';
import { checkFixes } from '../helpers/fix-safety';
import { unsafeParts } from '../helpers/hostile';
import { context } from '../helpers/speller';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
/** FORMAT §5 counts about 1.9 % of published articles with an error-level fault. */
const MAX_ERROR_RATE = 0.02;
/**
 * Errors of the world, not of the format (a link customers cannot open), counted apart: FORMAT §5's rate is the
 * format's.
 */
const WORLD_RULES = new Set(['SH313']);
/**
 * The findings over the corpus, rule by rule: counts by severity, files, and a digest of each rule's findings (no
 * article text). Changed only on purpose, with `UPDATE_FINDINGS_SNAPSHOT=1 npm test`; a failure names the rules that
 * moved.
 */
const SNAPSHOT_FILE = path.resolve(__dirname, '../../../test/corpus/findings-by-rule.txt');

/** One rule's share of the snapshot. */
class RuleSnapshot {
  private readonly digest = createHash('sha256');
  private readonly files = new Set<string>();
  private readonly severities = new Map<string, number>();

  add(file: string, line: string, severity: string): void {
    this.digest.update(`${line}\n`);
    this.files.add(file);
    this.severities.set(severity, (this.severities.get(severity) ?? 0) + 1);
  }

  line(rule: string): string {
    const counts = [...this.severities]
      .sort()
      .map(([severity, n]) => `${n} ${severity}`)
      .join(', ');
    return `${rule} ${counts} in ${this.files.size} files ${this.digest.digest('hex').slice(0, 16)}`;
  }
}

function corpusFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? corpusFiles(full) : [full];
  });
}

describe('the published corpus', function () {
  this.timeout(600_000);
  if (!fs.existsSync(CORPUS)) {
    console.log(`  (corpus tests skipped: ${CORPUS} is absent)`);
    it.skip(`needs ${CORPUS}`);
    return;
  }
  const files = corpusFiles(CORPUS).sort();
  const display = (file: string) => path.relative(CORPUS, file).split(path.sep).join('/');

  it('is rendered for the preview without an exception, only our own markup, and nothing of the block or the markers as text', () => {
    let rendered = 0;
    for (const file of files) {
      const article = parseArticle(decodeBytes(fs.readFileSync(file)).text, { path: display(file) });
      if (!article.block) continue;
      const { html } = renderArticle(article);
      assert.deepStrictEqual(unsafeParts(html), [], display(file));
      const text = html.replace(/<[^>]*>/g, '');
      assert.doesNotMatch(text, /&lt;!--\s*\/?\s*(issueDescription|\$)|&lt;properties\b/, display(file));
      rendered++;
    }
    console.log(`  ${rendered} articles rendered`);
    assert.ok(rendered > 10_000);
  });

  it('is checked without an exception, with every range inside its file, few error-level findings, and the stored snapshot of each rule', () => {
    const snapshots = new Map<string, RuleSnapshot>();
    const digestLine = (
      file: string,
      f: { rule: string; severity: string; message: string },
      where: string,
      extra = '',
    ) => {
      let snapshot = snapshots.get(f.rule);
      if (!snapshot) snapshots.set(f.rule, (snapshot = new RuleSnapshot()));
      snapshot.add(file, `${file}|${f.severity}|${where}|${f.message}|${extra}`, f.severity);
    };
    const spellingContext = context();
    let articles = 0;
    const filesWithErrors = new Set<string>();
    const filesWithWorldErrors = new Set<string>();
    const byRule = new Map<string, number>();
    const facts: ArticleFacts[] = [];
    for (const file of files) {
      const decoded = decodeBytes(fs.readFileSync(file));
      const article = parseArticle(decoded.text, {
        path: display(file),
        invalidUtf8: decoded.invalidUtf8,
        invalidUtf8Offset: decoded.invalidUtf8Offset,
      });
      const result = lintArticle(article, undefined, spellingContext);
      assert.deepStrictEqual(result.internalErrors, [], display(file));
      for (const f of result.findings)
        digestLine(display(file), f, `${f.start}-${f.end}`, JSON.stringify([f.fix ?? null, f.suggestions ?? null]));
      if (!article.block) continue;
      articles++;
      if (result.facts) facts.push(result.facts);
      for (const finding of result.findings) {
        assert.ok(
          finding.start >= 0 && finding.start <= finding.end && finding.end <= decoded.text.length,
          `${finding.rule} in ${display(file)}`,
        );
        if (finding.severity !== 'error') continue;
        if (WORLD_RULES.has(finding.rule)) {
          filesWithWorldErrors.add(display(file));
          continue;
        }
        filesWithErrors.add(display(file));
        byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
      }
    }
    for (const finding of lintProject(facts)) {
      digestLine(finding.path, finding, JSON.stringify([finding.start, finding.end, finding.related]));
      if (finding.severity !== 'error') continue;
      filesWithErrors.add(finding.path);
      byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
    }
    const rate = filesWithErrors.size / articles;
    console.log(
      `    ${articles} articles, ${filesWithErrors.size} with error-level findings of the format (${(rate * 100).toFixed(2)} %), ${filesWithWorldErrors.size} with links customers cannot open`,
    );
    console.log(
      `    top rules: ${[...byRule]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([r, n]) => `${r} ${n}`)
        .join(', ')}`,
    );
    assert.ok(articles > 1000, 'the corpus holds articles');
    assert.ok(rate <= MAX_ERROR_RATE, `error rate ${(rate * 100).toFixed(2)} % is above ${MAX_ERROR_RATE * 100} %`);
    const lines = [...snapshots.keys()].sort().map((rule) => snapshots.get(rule)!.line(rule));
    if (process.env.UPDATE_FINDINGS_SNAPSHOT) fs.writeFileSync(SNAPSHOT_FILE, `${lines.join('\n')}\n`);
    const stored = fs.readFileSync(SNAPSHOT_FILE, 'utf8').trimEnd().split('\n');
    const moved = [...lines.filter((l) => !stored.includes(l)), ...stored.filter((l) => !lines.includes(l))];
    console.log(
      `    ${lines.length} rules found something; moved: ${moved.length ? moved.map((l) => l.split(' ')[0]).join(', ') : 'none'}`,
    );
    assert.deepStrictEqual(
      moved,
      [],
      'the findings of these rules over the corpus changed (the stored line, then the new): if on purpose, UPDATE_FINDINGS_SNAPSHOT=1',
    );
  });

  it('gives the same facts read for facts only (the properties block, no body, no rule) as checked in full', () => {
    let compared = 0;
    for (const file of files) {
      const text = decodeBytes(fs.readFileSync(file)).text;
      const full = lintArticle(parseArticle(text, { path: display(file) })).facts;
      assert.deepStrictEqual(factsOfText(text, { path: display(file) }), full, display(file));
      if (full) compared++;
    }
    console.log(`    ${compared} articles' facts compared`);
    assert.ok(compared > 10_000);
  });

  it('has every JSON section served by its schema: completions, hovers and formatting without an exception, the same JSON formatted, the schema rules counted', async () => {
    let served = 0;
    const byRule = new Map<string, string[]>();
    for (const file of files) {
      const article = parseArticle(decodeBytes(fs.readFileSync(file)).text, { path: display(file) });
      const json = article.json;
      if (!json || json.value === undefined || !jsonSchemaUriOf(article)) continue;
      served++;
      const firstKey = article.text.indexOf('"', json.content.start) + 1;
      await jsonCompletionsAt(article, firstKey);
      await jsonHoverAt(article, firstKey);
      const edits = formatJsonSection(article);
      const toOffset = (p: { line: number; character: number }) => article.lines.offsetAt(p.line) + p.character;
      const formatted = [...edits]
        .sort((a, b) => toOffset(b.range.start) - toOffset(a.range.start))
        .reduce(
          (text, e) => text.slice(0, toOffset(e.range.start)) + e.newText + text.slice(toOffset(e.range.end)),
          article.text,
        );
      assert.strictEqual(
        formatted.slice(0, json.content.start),
        article.text.slice(0, json.content.start),
        display(file),
      );
      if (!json.strictErrors.length)
        assert.deepStrictEqual(parseArticle(formatted).json!.value, json.value, display(file));
      for (const f of lintArticle(article).findings)
        if (f.rule === 'SH407' || f.rule === 'SH408')
          byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), `${display(file)}: ${f.message}`]);
    }
    console.log(`    ${served} JSON sections served by their schema`);
    for (const rule of ['SH407', 'SH408']) {
      const found = byRule.get(rule) ?? [];
      console.log(
        `    ${rule}: ${found.length} findings${found.length ? `, e.g. ${found.slice(0, 3).join('; ')}` : ''}`,
      );
    }
    assert.ok(served > 2000);
    assert.strictEqual(
      byRule.get('SH407')?.length ?? 0,
      0,
      'no published control lacks its options: an error there is a real defect',
    );
  });

  it('reads what a screen reader announces: the links that say nothing, the headings that skip, the retired docs host; --fix leaves no docs.microsoft.com link', () => {
    const count = new Map<string, { findings: number; articles: number }>();
    let docsLeft = 0;
    for (const file of files) {
      const text = decodeBytes(fs.readFileSync(file)).text;
      const article = parseArticle(text, { path: display(file) });
      if (!article.block) continue;
      const { findings } = lintArticle(article);
      for (const rule of ['SH220', 'SH309', 'SH311', 'SH312']) {
        const own = findings.filter((f) => f.rule === rule).length;
        const seen = count.get(rule) ?? { findings: 0, articles: 0 };
        count.set(rule, { findings: seen.findings + own, articles: seen.articles + (own ? 1 : 0) });
      }
      if (!findings.some((f) => f.rule === 'SH312')) continue;
      const fixed = fixArticle(text, { path: display(file) }, resolveConfig(undefined)).text;
      docsLeft += lintText(fixed, { path: display(file) }).findings.filter((f) => f.rule === 'SH312').length;
    }
    for (const [rule, { findings, articles }] of count)
      console.log(`    ${rule}: ${findings} findings in ${articles} articles`);
    assert.strictEqual(docsLeft, 0, 'every docs.microsoft.com link moved to learn.microsoft.com by --fix');
    assert.ok(count.get('SH312')!.findings > 20_000 && count.get('SH311')!.findings > 500);
  });

  it("is read into the blocks markdown-it reads (the rules' parser leaves out only the paragraphs' text)", () => {
    const stock = new MarkdownIt({ html: true });
    stock.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
    const shape = (t: MarkdownIt.Token) => JSON.stringify([t.type, t.map, t.level, t.nesting, t.markup, t.info]);
    let tokens = 0;
    for (const file of files) {
      const article = parseArticle(decodeBytes(fs.readFileSync(file)).text, { path: display(file) });
      const { body, text, json } = article;
      const expected = stock.parse(text.slice(body.start, json ? json.open.start : text.length), {});
      assert.strictEqual(body.tokens.length, expected.length, display(file));
      for (let i = 0; i < expected.length; i++) {
        const paragraphText = expected[i].type === 'inline' && expected[i - 1]?.type === 'paragraph_open';
        assert.strictEqual(shape(body.tokens[i]), shape(expected[i]), `${display(file)} token ${i}`);
        assert.strictEqual(
          body.tokens[i].content,
          paragraphText ? '' : expected[i].content,
          `${display(file)} token ${i}`,
        );
      }
      tokens += expected.length;
    }
    console.log(`    ${tokens} block tokens`);
  });

  it('has its repeated words looked for only where the quick pass finds a pair, and none missed', () => {
    let cleared = 0;
    let repeated = 0;
    for (const file of files) {
      const article = parseArticle(decodeBytes(fs.readFileSync(file)).text, { path: display(file) });
      const words = visibleWords(article);
      let pair = false;
      for (let i = 1; i < words.count && !pair; i++) pair = words.followsDirectly(i) && words.same(i - 1, i);
      const may = mayRepeatAWord(article);
      if (pair) repeated++;
      if (!may) cleared++;
      assert.ok(may || !pair, display(file));
    }
    console.log(`    ${cleared} of ${files.length} files cleared without their words read; ${repeated} repeat a word`);
    assert.ok(cleared > files.length / 2, 'the quick pass clears most articles');
  });

  it('is fixed as --fix does without a fix making any article worse, and one run leaves nothing to fix', () => {
    let fixedArticles = 0;
    let fixes = 0;
    const failures: string[] = [];
    for (const file of files) {
      const decoded = decodeBytes(fs.readFileSync(file));
      const source = {
        path: display(file),
        invalidUtf8: decoded.invalidUtf8,
        invalidUtf8Offset: decoded.invalidUtf8Offset,
      };
      const { fixed, problems } = checkFixes(decoded.text, source);
      if (problems.length) failures.push(`${display(file)}: ${problems.join('; ')}`);
      if (fixed) {
        fixedArticles++;
        fixes += fixed;
      }
    }
    console.log(
      `    ${fixes} fixes in ${fixedArticles} articles; ${failures.length} articles made worse or left fixable`,
    );
    assert.ok(fixedArticles > 1000, 'the corpus has faults to fix');
    assert.deepStrictEqual(failures.slice(0, 20), []);
  });

  it('keeps the word "fixable": every finding the CLI reports fixable is gone after selfhelp check --fix, and --fix adds none', async () => {
    // The articles with a fix on offer, copied to a folder of their own: the CLI reports, fixes in place, reports
    // again.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'selfhelp-fixable-'));
    let copied = 0;
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      const decoded = decodeBytes(bytes);
      if (!lintArticle(parseArticle(decoded.text, { path: display(file) })).findings.some((f) => f.fix)) continue;
      const target = path.join(root, display(file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, bytes);
      copied++;
    }
    type Reported = { file: string; rule: string; messageId: string; fixable: boolean };
    const report = async (...argv: string[]): Promise<Reported[]> => {
      let stdout = '';
      await main({
        argv: ['check', '--no-progress', ...argv],
        cwd: root,
        stdout: (t) => void (stdout += t),
        stderr: () => undefined,
      });
      return argv.includes('--fix') ? [] : JSON.parse(stdout).findings;
    };
    const key = (f: Reported) => `${f.file}|${f.rule}|${f.messageId}`;
    const count = (findings: Reported[], only = (_: Reported) => true) => {
      const counts = new Map<string, number>();
      for (const f of findings) if (only(f)) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
      return counts;
    };
    const before = await report('--format', 'json');
    await report('--fix');
    const after = count(await report('--format', 'json'));
    const fixable = count(before, (f) => f.fixable);
    const all = count(before);
    const leftFixable = [...fixable].filter(([k, n]) => (after.get(k) ?? 0) > all.get(k)! - n).map(([k]) => k);
    const added = [...after].filter(([k, n]) => n > (all.get(k) ?? 0)).map(([k]) => k);
    console.log(
      `    ${copied} articles with a fix on offer: ${before.filter((f) => f.fixable).length} findings reported fixable; ${leftFixable.length} left by --fix, ${added.length} added`,
    );
    assert.ok(before.filter((f) => f.fixable).length > 1000, 'the corpus has fixable findings');
    assert.deepStrictEqual(leftFixable.slice(0, 20), [], 'reported fixable, left in place by --fix');
    assert.deepStrictEqual(added.slice(0, 20), [], 'added by --fix');
  });

  describe('a fault injected into a published article is reported on its line', () => {
    // Markdown articles whose block reads cleanly and whose body has no code fence (so appended lines are prose).
    const sample = files
      .filter((_, i) => i % 53 === 0)
      .flatMap((file) => {
        const text = decodeBytes(fs.readFileSync(file)).text;
        const article = parseArticle(text);
        const clean =
          article.block?.close &&
          !article.block.problems.length &&
          article.type?.body === 'markdown' &&
          !article.body.fences.length &&
          !article.json;
        return clean && article.attributes.has('articleid') && article.attributes.has('pagetitle')
          ? [{ file, text, article }]
          : [];
      });

    type Injection = (text: string, article: ReturnType<typeof parseArticle>) => { text: string; offset: number };
    const attributeLine = (article: ReturnType<typeof parseArticle>, key: string) => article.attributes.get(key)!;
    const append =
      (line: string): Injection =>
      (text) => {
        const base = text.replace(/\s*$/, '') + '\n\n';
        return { text: base + line + '\n', offset: base.length };
      };
    const replaceValue =
      (key: string, value: string): Injection =>
      (text, article) => {
        const a = attributeLine(article, key);
        return { text: text.slice(0, a.valueStart) + value + text.slice(a.valueEnd), offset: a.valueStart };
      };
    const FAULTS: [string, string, Injection][] = [
      ['SH102', 'text before the block', (text) => ({ text: 'public, Fairfax\n' + text, offset: 0 })],
      [
        'SH104',
        'unterminated quote',
        (text, article) => {
          const a = attributeLine(article, 'articleid');
          return { text: text.slice(0, a.valueEnd) + text.slice(a.valueEnd + 1), offset: a.start };
        },
      ],
      [
        'SH104',
        'trailing comma',
        (text, article) => {
          const a = attributeLine(article, 'articleid');
          return { text: text.slice(0, a.end) + ',' + text.slice(a.end), offset: a.end };
        },
      ],
      [
        'SH106',
        'duplicate attribute',
        (text, article) => {
          const a = attributeLine(article, 'pagetitle');
          const copy = ` PAGETITLE="again"`;
          return { text: text.slice(0, a.end) + copy + text.slice(a.end), offset: a.end + 1 };
        },
      ],
      [
        'SH107',
        'misspelled attribute',
        (text, article) => {
          const a = attributeLine(article, 'articleid');
          return { text: text.slice(0, a.end) + ' supportToicIds="32628854"' + text.slice(a.end), offset: a.end + 1 };
        },
      ],
      [
        'SH112',
        'empty ownershipId',
        (text, article) =>
          article.attributes.has('ownershipid')
            ? replaceValue('ownershipid', '')(text, article)
            : { text: text, offset: article.block!.open.start },
      ],
      ['SH113', 'unknown type', replaceValue('selfhelptype', 'faq')],
      ['SH114', 'unknown cloud', replaceValue('cloudenvironments', 'public, azurechina')],
      ['SH202', 'heading without a space', append('##**Recommended Steps**')],
      ['SH207', 'unclosed issueDescription', append('<!--issueDescription-->')],
      ['SH210', 'token names differ', append('<!--$aa-->x<!--/$bb-->')],
      ['SH213', 'include directive', append('[!INCLUDE [x](includes/x.md)]')],
      ['SH303', 'review link', append('[x](https://review.docs.microsoft.com/azure)')],
      ['SH304', 'placeholder link', append('[x](https://)')],
      ['SH305', 'broken scheme', append('[x](ttps://learn.microsoft.com/azure)')],
      ['SH306', 'malformed blade link', append('[x](data-blade:Microsoft_Azure_Compute.VmBlade.id)')],
    ];

    it(`the sample holds enough articles (${sample.length})`, () => assert.ok(sample.length >= 50));

    for (const [rule, name, inject] of FAULTS) {
      it(`${rule} ${name}`, () => {
        const missed: string[] = [];
        for (const { file, text, article } of sample) {
          const injected = inject(text, article);
          const result = lintArticle(parseArticle(injected.text, { path: display(file) }));
          const lines = result.findings
            .filter((f) => f.rule === rule)
            .map((f) => result.article.lines.positionAt(f.start).line);
          const expected = result.article.lines.positionAt(injected.offset).line;
          if (!lines.includes(expected))
            missed.push(`${display(file)}: expected line ${expected + 1}, got ${lines.map((l) => l + 1)}`);
        }
        assert.deepStrictEqual(missed.slice(0, 5), []);
      });
    }
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as fc from 'fast-check';
import { lintText } from '../../src/core/lint/lint';
import { mayRepeatAWord, mayRepeatAWordIn, visibleWords } from '../../src/core/parse/visible-text';
import { parseArticle } from '../../src/core/parse/article';
import { WordList } from '../../src/core/spelling/word-list';
import { wordsOfCspellConfig, wordsOfVscodeSettings } from '../../src/core/spelling/team-words';
import { parseConfig } from '../../src/core/lint/config';
import { article, VALID_BODY } from '../helpers/article';
import { context, englishWords, speller, WORD_LIST_FILE } from '../helpers/speller';

const PATH = 'articles/microsoft.compute/vm-does-not-start.md';
const findings = (text: string, rule = 'SH601', words: string[] = []) =>
  lintText(text, { path: PATH }, undefined, { speller: speller(words) })
    .findings.filter((f) => f.rule === rule)
    .map((f) => ({ word: text.slice(f.start, f.end), message: f.message }));
const flagged = (text: string, words: string[] = []) => findings(text, 'SH601', words).map((f) => f.word);
const body = (text: string) => article({}, `# Virtual machine does not start\n\n${text}\n`);

describe('spelling: the word list', () => {
  it('holds the English (US) words of @cspell/dict-en_us, in any case, possessives included', () => {
    const english = englishWords();
    assert.ok(english.count > 150_000, `${english.count} words`);
    for (const word of ['maintenance', 'the', "customer's", 'azure', 'receive']) assert.ok(english.has(word), word);
    for (const word of ['maintanence', 'recieve', '', 'qqq']) assert.ok(!english.has(word), word);
  });

  it('corrects the misspellings of published articles to the intended word', () => {
    const expected: Record<string, string> = {
      maintanence: 'maintenance',
      occurance: 'occurrence',
      recieve: 'receive',
      occured: 'occurred',
      reccommended: 'recommended',
      optimzed: 'optimized',
      accellerated: 'accelerated',
      teh: 'the',
      seperate: 'separate',
      definately: 'definitely',
      enviroment: 'environment',
      configuraiton: 'configuration',
    };
    const list = englishWords();
    for (const [typo, word] of Object.entries(expected)) assert.strictEqual(list.closest(typo, 1)[0]?.word, word, typo);
  });

  it('keeps the case of the word it corrects, and names Azure words as Azure writes them', () => {
    assert.strictEqual(speller().correction('Optimzed')?.word, 'Optimized');
    assert.strictEqual(speller().correction('MAINTANENCE')?.word, 'MAINTENANCE');
    assert.strictEqual(speller().correction('Kuberentes')?.word, 'Kubernetes');
    assert.deepStrictEqual(speller().corrections('recieve', 3).slice(0, 1), ['receive']);
  });

  it('ranks corrections by how often each word is written: a slip of a common word before a cheaper one of a rare word', () => {
    const expected: Record<string, string> = {
      clent: 'client',
      storge: 'storage',
      runnig: 'running',
      virual: 'virtual',
      throught: 'through',
      otion: 'option',
      incude: 'include',
      libray: 'library',
      encypted: 'encrypted',
      attemting: 'attempting',
      // Two common words run together: the two apart.
      upto: 'up to',
      Incase: 'In case',
      atleast: 'at least',
    };
    for (const [typo, word] of Object.entries(expected))
      assert.strictEqual(speller().correction(typo)?.word, word, typo);
    // Without the frequencies, the cheapest slips (a vowel for a vowel, a letter changed) came first.
    const bare = WordList.fromWords(['client', 'clint', 'storage', 'stodge']);
    assert.strictEqual(bare.closest('clent', 1)[0].word, 'clint');
    assert.strictEqual(bare.closest('storge', 1)[0].word, 'stodge');
  });

  it("accepts the regular plural of a word of the trade, not an English word's plural made wrong", () => {
    assert.deepStrictEqual(flagged(body('Rebuild the dockerfiles and metastores.')), []);
    assert.deepStrictEqual(flagged(body('Rebuild the indexs when latencys grow.')), ['indexs', 'latencys']);
  });

  it('takes a three-letter word for a slip only of one of the commonest words, and a word far from any common one for a name', () => {
    assert.deepStrictEqual(flagged(body('Open teh portal.')), ['teh']);
    assert.deepStrictEqual(flagged(body('Set the acb and ons values. Use Springboot.')), []);
  });

  it('a list of any words: sorted, lower-cased, found', () => {
    const list = WordList.fromWords(['Contoso', 'fabrikam', 'contoso', 'zeta', 'alpha']);
    assert.strictEqual(list.count, 4);
    assert.ok(list.has('contoso') && list.has('alpha') && !list.has('Contoso') && !list.has('alph'));
    assert.deepStrictEqual(
      list.closest('fabrikan', 2).map((c) => c.word),
      ['fabrikam'],
    );
  });
});

describe('spelling: only what customers read', () => {
  it('finds typos in pageTitle, description and infoBubbleText, with the best correction in the message', () => {
    const text = article({
      pageTitle: 'Virtual machine is not availabe',
      description: 'Steps to take when a virtual machine does not strat',
      infoBubbleText: 'We found a maintanence event. See details on the right',
    });
    assert.deepStrictEqual(findings(text), [
      { word: 'availabe', message: 'Unknown word "availabe": did you mean "available"?' },
      { word: 'strat', message: 'Unknown word "strat": did you mean "start"?' },
      { word: 'maintanence', message: 'Unknown word "maintanence": did you mean "maintenance"?' },
    ]);
  });

  it('finds typos in headings, list items, link text, image alt text and token default text', () => {
    const text = body(
      [
        '## **Recommended Stpes**',
        '',
        '1. Restart the virtual machnie.',
        '2. Open [boot diagnostcs](https://learn.microsoft.com/azure/).',
        '',
        '![The consle of the VM](https://example.com/console.png)',
        '',
        'The machine <!--$vmName-->your virtul machine<!--/$vmName--> stopped.',
      ].join('\n'),
    );
    assert.deepStrictEqual(flagged(text), ['Stpes', 'machnie', 'diagnostcs', 'consle', 'virtul']);
  });

  it('never checks what customers do not read', () => {
    const text = article(
      {
        ownershipId: 'Compute_VirtualMachnies',
        diagnosticScenario: 'VmDoesNotStrat',
        articleId: 'vm-maintanence-0001',
        service: 'microsoft.compuet',
      },
      [
        '# Virtual machine does not start',
        '',
        '<!-- a comment with maintanence -->',
        'Run `Get-AzVMmaintanence` or:',
        '',
        '```',
        'maintanence --recieve',
        '```',
        '',
        '    indented maintanence code',
        '',
        'See [the docs](https://learn.microsoft.com/maintanence/recieve) and https://aka.ms/maintanence or <https://contoso.com/recieve>.',
        'Open [the blade](data-blade:Microsoft_Azure_Maintanence.RecieveBlade).',
        'Write to maintanence@contoso.com, open C:\\Windows\\maintanence or /etc/recieve, set {recieveName}.',
        'The token <!--$maintanenceName-->default<!--/$maintanenceName--> and <b class="maintanence">bold</b>.',
        'Identifiers: Microsoft.Maintanence, maintanence_window, maintanence2, vMaintanence, RecieveBlade, netstat -recieve.',
        '&recieve; and the entity &nbsp;.',
        '',
        '[ref]: https://contoso.com/maintanence',
      ].join('\n'),
    );
    assert.deepStrictEqual(flagged(text), []);
  });

  it('reads casing, possessives, contractions, hyphens and quotes as English does', () => {
    const text = body(
      "The customer's VM doesn't start. Customers' self-help articles, 'quoted words' and “curly quotes”. MAINTENANCE is done. Check the VM’s state.",
    );
    assert.deepStrictEqual(flagged(text), []);
    assert.deepStrictEqual(flagged(body('A self-hlep article.')), ['hlep']);
  });

  it('leaves short words, long run-together ids, placeholders and names far from any word alone', () => {
    assert.deepStrictEqual(
      flagged(body('Use rdp, xxxx and nnnnn, aadconnectsynchronizationproblemforaspecificobject and Qwzrtplk.')),
      [],
    );
  });

  it('checks the visible strings of a JSON section and nothing else of it', () => {
    const text = article(
      {
        selfHelpType: 'problemScopingQuestions',
        schemaVersion: '1',
        infoBubbleText: undefined,
        diagnosticScenario: undefined,
      },
      [
        '# VM scoping questions',
        '---',
        '{',
        '  "$schema": "SelfHelpContent",',
        '  "title": "Virtual machine is slwo",',
        '  "fileAttachmentHint": "Attach a screensot",',
        '  "formElements": [',
        '    {',
        '      "id": "maintanence_kind",',
        '      "order": 1,',
        '      "controlType": "dropdown",',
        '      "displayLabel": "Wich kind of event?",',
        '      "watermarkText": "Choose an optoin",',
        '      "infoBalloonText": "The evnt you saw",',
        '      "dropdownOptions": [ { "value": "recieve_value", "text": "Rebot" } ],',
        '      "visibility": "maintanence == recieve",',
        '      "required": true',
        '    },',
        '    { "id": "problem_description", "order": 1000, "controlType": "multilinetextbox", "displayLabel": "Descripton\\nof it", "required": true, "useAsAdditionalDetails": true, "hints": [ { "text": "Wnat happened" } ] }',
        '  ]',
        '}',
        '---',
      ].join('\n'),
    );
    assert.deepStrictEqual(flagged(text), [
      'slwo',
      'screensot',
      'Wich',
      'optoin',
      'evnt',
      'Rebot',
      'Descripton',
      'Wnat',
    ]);
  });

  it('reads the JSON section in one pass as a parser would: comments skipped, arrays and objects under a key not a value, escaped keys read', () => {
    const json = (lines: string[]) =>
      article(
        {
          selfHelpType: 'problemScopingQuestions',
          schemaVersion: '1',
          infoBubbleText: undefined,
          diagnosticScenario: undefined,
        },
        ['# VM scoping questions', '---', ...lines, '---'].join('\n'),
      );
    assert.deepStrictEqual(
      flagged(
        json([
          '{',
          '  // "title": "Commnted out",',
          '  /* "title": "Blokc comment" */',
          '  "title": ["Arrai", "Listd"],',
          '  "description": { "id": "Nestd" },',
          '  "ti\\u0074le": "Escpaed key",',
          '  "id": "maintanence", "text": "Rebot", "order": 1, "tip": true, "content": "Fnial",',
          '  "title": "Say \\"Helo\\" and a backslash \\\\", "description": "Nxet"',
          '}',
        ]),
      ),
      ['Escpaed', 'Rebot', 'Fnial', 'Helo', 'Nxet'],
    );
    assert.deepStrictEqual(
      flagged(json(['{ "title": "Unclosd', '  "text": "Rebot" }'])),
      [],
      'a string a line break ends is no value, and what follows it no property',
    );
    assert.deepStrictEqual(
      flagged(json(['{ "title": "Unclosd', '  , "text": "Rebot" }'])),
      ['Rebot'],
      'after the next comma the object is read again',
    );
  });

  it("accepts the team's words, Azure's words and the words an article accepts for itself", () => {
    assert.deepStrictEqual(flagged(body('Open Contosso and the vnet with the runbook of Kubernetes.')), ['Contosso']);
    assert.deepStrictEqual(flagged(body('Open Contosso and the vnet.'), ['Contosso']), []);
    assert.deepStrictEqual(flagged(body('Open Contosso.\n\n<!-- selfhelp-words contosso -->')), []);
    assert.deepStrictEqual(flagged(body('Open Contosso.\n\n<!-- cspell:ignore Contosso otherword -->')), []);
    assert.deepStrictEqual(flagged(`<!-- selfhelp-words Contosso -->\n${body('Open Contosso.')}`), []);
  });

  it('reports nothing while no speller is loaded', () => {
    const result = lintText(article({ infoBubbleText: 'A maintanence event' }), { path: PATH });
    assert.deepStrictEqual(
      result.findings.filter((f) => f.rule === 'SH601'),
      [],
    );
  });

  it('offers the correction as a suggestion, never as a fix applied in bulk', () => {
    const result = lintText(article({ infoBubbleText: 'A maintanence event' }), { path: PATH }, undefined, context());
    const finding = result.findings.find((f) => f.rule === 'SH601')!;
    assert.strictEqual(finding.fix, undefined);
    assert.strictEqual(finding.suggestions?.[0].edits[0].text, 'maintenance');
  });
});

describe('repeated words', () => {
  it('finds a word written twice, across a line break, in any case; not across punctuation, a blank line or code', () => {
    const text = body(
      'Restart the the VM.\nOpen the\nthe portal. The The end.\n\nA test, test of `it` it. That that is fine, and he had had it.',
    );
    assert.deepStrictEqual(
      findings(text, 'SH602').map((f) => f.message),
      ['"the" is written twice.', '"the" is written twice.', '"The" is written twice.'],
    );
  });

  it('are searched for only in a text the quick pass says may hold one: it finds every pair the rule would', () => {
    const word = fc.constantFrom('the', 'The', 'THE', 'a', "it's", 'it’s', "the'", 'that', 'café');
    const between = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\\n', '\\u0020') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '\n\n',
          '\\t',
          '\\\\',
          '\\u0041',
          '\\uface',
          '\\',
          '`',
          '**',
          '-',
          '_',
          '.',
          '/',
          '<b>',
          '&nbsp;',
          '{x}',
          '1',
          "'",
          '"',
          '[',
          '](https://x.com/the)',
          '<!--',
          '-->',
        ),
      },
    );
    const scoping = (value: string) =>
      article(
        {
          selfHelpType: 'problemScopingQuestions',
          schemaVersion: '1',
          infoBubbleText: undefined,
          diagnosticScenario: undefined,
        },
        ['# VM scoping questions', '---', `{ "title": "${value}", "text": "x" }`, '---'].join('\n'),
      );
    const repeats = (source: string) => {
      const words = visibleWords(parseArticle(source));
      for (let i = 1; i < words.count; i++) if (words.followsDirectly(i) && words.same(i - 1, i)) return true;
      return false;
    };
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, between), { maxLength: 12 }),
        fc.constantFrom('body', 'pageTitle', 'json'),
        (parts, where) => {
          const text = parts.flat().join('');
          const source =
            where === 'body' ? body(text) : where === 'pageTitle' ? article({ pageTitle: text }) : scoping(text);
          if (!repeats(source)) return;
          found++;
          // The text alone: the article around it holds no pair of its own, so the pair must be found in the text.
          assert.ok(mayRepeatAWordIn(text, 0, text.length), `${where}: ${JSON.stringify(text)}`);
          assert.ok(mayRepeatAWord(parseArticle(source)), `${where} in its article: ${JSON.stringify(text)}`);
        },
      ),
      { numRuns: 3000 },
    );
    assert.ok(found > 100, `${found} texts with a repeated word`);
    const alone = (text: string) => mayRepeatAWordIn(text, 0, text.length);
    assert.ok(
      !mayRepeatAWord(parseArticle(body('Restart the VM, then the portal.'))) && !alone("the' the"),
      'no pair, no search',
    );
    assert.ok(
      alone("it's it’s") && alone("the the'") && alone('the\\u0020The'),
      'apostrophes and escapes read as the rule reads them',
    );
  });

  it('the suggestion removes the second word and the space before it', () => {
    const text = body('Restart the the VM.');
    const finding = lintText(text, { path: PATH }).findings.find((f) => f.rule === 'SH602')!;
    const edit = finding.suggestions![0].edits[0];
    assert.strictEqual(text.slice(0, edit.start) + edit.text + text.slice(edit.end), body('Restart the VM.'));
  });
});

describe("the team's words from cSpell and the configuration", () => {
  it('reads words and ignoreWords of cspell.json, cSpell.words of settings.json (with comments), words of .selfhelp.json', () => {
    assert.deepStrictEqual(
      wordsOfCspellConfig('{ "version": "0.2", "words": ["Contoso", 3], "ignoreWords": ["fabrikam"] }'),
      ['Contoso', 'fabrikam'],
    );
    assert.deepStrictEqual(
      wordsOfVscodeSettings('{\n  // team words\n  "cSpell.words": ["Contoso"],\n  "editor.tabSize": 2,\n}'),
      ['Contoso'],
    );
    assert.deepStrictEqual(wordsOfCspellConfig('not json'), []);
    assert.deepStrictEqual(parseConfig('{ "words": ["Contoso"] }', []).words, ['Contoso']);
    const problems: { message: string }[] = [];
    parseConfig('{ "words": "Contoso" }', problems);
    assert.deepStrictEqual(
      problems.map((p) => p.message),
      ['"words" must be a list of words.'],
    );
  });
});

describe('the words customers read, article after article', () => {
  it("are each article's own, after an article of two million words and before it", () => {
    const small = () => visibleWords(parseArticle(article())).toArray();
    const before = small();
    const text = article({}, `# Title\n\n${'word '.repeat(2_000_000)}\n`);
    const huge = visibleWords(parseArticle(text));
    const last = huge.count - 1;
    assert.strictEqual(huge.text(last), 'word');
    assert.strictEqual(huge.end(last), text.lastIndexOf('word') + 4);
    assert.strictEqual(huge.text(last - 2_000_000), 'Title');
    assert.deepStrictEqual(small(), before);
  });
});

describe('the words of our own valid article', () => {
  it('are all known, and the visible ones are found', () => {
    const words = visibleWords(parseArticle(article({}, VALID_BODY)))
      .toArray()
      .map((w) => w.text);
    assert.ok(words.includes('Restart') && words.includes('boot') && words.includes('console'), words.join(' '));
    assert.ok(!words.includes('vmName') && !words.includes('learn'), 'tokens and URLs are not words customers read');
    assert.deepStrictEqual(flagged(article()), []);
  });
});

describe('the search for corrections', () => {
  // The walk narrows its bound once it holds `limit` words; asked for every word within the bound, it never narrows.
  const everyWord = (list: WordList, word: string, maxCost: number) =>
    list.closest(word, Number.MAX_SAFE_INTEGER, maxCost);

  it('finds the same best words as a search that keeps every word within the bound', () => {
    const list = englishWords();
    const typo = fc
      .tuple(
        fc.constantFrom('maintenance', 'receive', 'environment', 'configuration', 'subscription', 'the', 'network'),
        fc.nat(),
        fc.constantFrom(...'aeiourstnlx'),
        fc.constantFrom('drop', 'add', 'change', 'swap'),
      )
      .map(([word, at, letter, edit]) => {
        const i = at % word.length;
        if (edit === 'drop') return word.slice(0, i) + word.slice(i + 1);
        if (edit === 'add') return word.slice(0, i) + letter + word.slice(i);
        if (edit === 'change') return word.slice(0, i) + letter + word.slice(i + 1);
        return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word;
      });
    fc.assert(
      fc.property(typo, fc.constantFrom(1, 3), fc.constantFrom(100, 150, 200), (word, limit, maxCost) => {
        assert.deepStrictEqual(list.closest(word, limit, maxCost), everyWord(list, word, maxCost).slice(0, limit));
      }),
      { numRuns: 150 },
    );
    // Found through a swap whose row between is dearer than the bound already set ("sly" at 70 before "sol" at 60).
    for (const [word, best] of [
      ['slo', 'sol'],
      ['aren', 'arne'],
    ]) {
      assert.strictEqual(list.closest(word, 1, 140)[0]?.word, best, word);
      assert.deepStrictEqual(list.closest(word, 1, 140), everyWord(list, word, 140).slice(0, 1), word);
    }
  });

  it('finds exactly the words a full table of the weighted distance puts within the bound', () => {
    // Few letters, doubled ones and vowels among them; the list holds the word with one to three slips made in it,
    // so that words lie near the bound and near the edges of the cells the walk reckons.
    const letters = 'aabeeilnnost';
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }).map((l) => l.join(''));
    const slip = fc.tuple(
      fc.nat(),
      fc.constantFrom(...letters),
      fc.constantFrom('drop', 'add', 'change', 'swap', 'double'),
    );
    const slipped = (target: string, slips: [number, string, string][]) =>
      slips.reduce((w, [at, letter, edit]) => {
        const i = at % (w.length + 1);
        if (edit === 'add') return w.slice(0, i) + letter + w.slice(i);
        if (i >= w.length) return w;
        if (edit === 'drop') return w.length > 1 ? w.slice(0, i) + w.slice(i + 1) : w;
        if (edit === 'change') return w.slice(0, i) + letter + w.slice(i + 1);
        if (edit === 'double') return w.slice(0, i) + w[i] + w.slice(i);
        return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
      }, target);
    const lookup = word.chain((target) =>
      fc.record({
        target: fc.constant(target),
        words: fc
          .tuple(
            fc.array(word, { maxLength: 20 }),
            fc.array(fc.array(slip, { minLength: 1, maxLength: 3 }), { maxLength: 20 }),
          )
          .map(([others, slips]) => [...new Set([...others, ...slips.map((s) => slipped(target, s))])]),
      }),
    );
    fc.assert(
      fc.property(lookup, fc.constantFrom(100, 140, 150, 200), ({ target, words }, maxCost) => {
        const expected = words
          .map((w) => ({ word: w, cost: fullTableDistance(target, w), frequency: 0 }))
          .filter((c) => c.cost > 0 && c.cost <= maxCost)
          .sort(
            (a, b) =>
              a.cost - b.cost ||
              Math.abs(a.word.length - target.length) - Math.abs(b.word.length - target.length) ||
              (a.word < b.word ? -1 : 1),
          );
        assert.deepStrictEqual(WordList.fromWords(words).closest(target, Number.MAX_SAFE_INTEGER, maxCost), expected);
      }),
      { numRuns: 1000 },
    );
    // Reached only through a swap under a row that is all dearer than the bound (the first letter changed, 140, then
    // "lb" for "bl", 60): a cut by the row alone missed it.
    assert.deepStrictEqual(WordList.fromWords(['noaablnbant']).closest('aoaalbnbant', 3, 200), [
      { word: 'noaablnbant', cost: 200, frequency: 0 },
    ]);
  });

  it('never offers the word itself', () => {
    const list = WordList.fromWords(['contoso', 'contosa']);
    assert.deepStrictEqual(
      list.closest('contoso', 3).map((c) => c.word),
      ['contosa'],
    );
  });
});

describe('known words looked up in place', () => {
  it('reads a word inside a text as the word itself, a curly apostrophe as a straight one', () => {
    const checker = speller(['Contoso']);
    const text = 'xx maintanence customer’s Contoso maintenance yy';
    const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
    for (const word of ['customer’s', 'Contoso', 'maintenance']) assert.ok(checker.isKnownIn(text, ...at(word)), word);
    assert.ok(!checker.isKnownIn(text, ...at('maintanence')));
    // Asked again (now from its cache), and as a string of its own: the same answers.
    assert.ok(
      checker.isKnownIn(text, ...at('customer’s')) && checker.isKnown("customer's") && checker.isKnown('customer’s'),
    );
    assert.ok(!checker.isKnownIn(text, ...at('maintanence')) && !checker.isKnown('maintanence'));
  });

  it('keeps its answers right as its table grows and when it starts again', () => {
    const checker = speller();
    const words = englishWords();
    for (let i = 0; i < 120_000; i++) {
      const word = `zq${i.toString(36)}`;
      assert.strictEqual(checker.isKnown(word), false, word);
      if (i % 997 === 0)
        assert.ok(checker.isKnown('maintenance') && !checker.isKnown('maintanence') && words.has('maintenance'));
    }
  });
});

describe('the word list read from its compact file', () => {
  it('holds every word of the file and no other (each line: how many letters it shares with the word before, the rest, its frequency)', () => {
    const lines = fs.readFileSync(WORD_LIST_FILE, 'utf8').split('\n').slice(1);
    const list = englishWords();
    let previous = '';
    const words = new Set<string>();
    let withFrequency = 0;
    for (const line of lines) {
      if (!line) continue;
      const [, rest, digit] = /^.(.*?)(\d?)$/.exec(line)!;
      previous = previous.slice(0, Math.max(0, line.charCodeAt(0) - 48)) + rest;
      words.add(previous);
      assert.ok(list.has(previous), previous);
      assert.strictEqual(list.frequencyOf(previous), Number(digit || 0), previous);
      if (digit) withFrequency++;
    }
    assert.strictEqual(list.count, words.size);
    assert.ok(words.size > 100_000);
    assert.ok(withFrequency > 10_000, `${withFrequency} words with a frequency`);
    // The commonest words above the rare ones; a pair that runs together in prose is listed apart.
    assert.ok(
      list.frequencyOf('the') > list.frequencyOf('client') && list.frequencyOf('client') > list.frequencyOf('clint'),
    );
    assert.ok(list.has('up to') && !list.has('upto'));
  });
});

describe('the word list built a slice at a time', () => {
  it('holds the same words as the one built at once, and pauses between slices', async () => {
    const text = fs.readFileSync(WORD_LIST_FILE, 'utf8');
    let pauses = 0;
    const sliced = await WordList.fromCompactInSlices(text, async () => {
      pauses++;
    });
    assert.strictEqual(sliced.count, englishWords().count);
    assert.ok(pauses >= 5, `${pauses} pauses`);
    for (const word of ['maintenance', 'zygote', 'aardvark']) assert.ok(sliced.has(word), word);
  });
});

/**
 * The weighted distance the walk reckons (a row per letter of the dictionary's word, a column per letter of the
 * word looked up), as a whole table: no trie, no cut, no band. The weights are the walk's.
 */
function fullTableDistance(target: string, candidate: string): number {
  const vowel = (c: string | undefined) => c !== undefined && 'aeiouy'.includes(c);
  const drop = (j: number) => (target[j] === target[j - 1] || target[j] === target[j + 1] ? 25 : 100);
  const n = target.length;
  const table: number[][] = [[0]];
  for (let j = 1; j <= n; j++) table[0][j] = table[0][j - 1] + drop(j - 1);
  for (let d = 1; d <= candidate.length; d++) {
    const letter = candidate[d - 1];
    const before = d > 1 ? candidate[d - 2] : undefined;
    const row = [table[d - 1][0] + (before === letter ? 25 : 100) + (d === 1 ? 40 : 0)];
    for (let j = 1; j <= n; j++) {
      const wanted = target[j - 1];
      const changed =
        table[d - 1][j - 1] +
        (wanted === letter ? 0 : (vowel(wanted) && vowel(letter) ? 70 : 100) + (j === 1 ? 40 : 0));
      const added = table[d - 1][j] + (letter === wanted || before === letter ? 25 : 100);
      const dropped = row[j - 1] + drop(j - 1);
      const swapped =
        d > 1 && j > 1 && wanted === before && target[j - 2] === letter && wanted !== letter
          ? table[d - 2][j - 2] + 60 + (j === 2 ? 40 : 0)
          : Infinity;
      row[j] = Math.min(changed, added, dropped, swapped);
    }
    table.push(row);
  }
  return table[candidate.length][n];
}

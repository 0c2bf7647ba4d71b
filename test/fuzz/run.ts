/**
 * `npm run fuzz [-- --seconds N] [--seed S]`: the fuzzer's properties for as long as asked (default 60 s), with a
 * random seed unless one is given. Prints the seed first, and on a failure the shrunk counterexample and how to replay
 * it; exits 1 then.
 */
import fc from 'fast-check';
import { article, mutated } from './arbitraries';
import { corpusSample, CORPUS } from './corpus-sample';
import { propertyViolations } from './properties';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const seconds = Number(option('--seconds') ?? 60);
const seed = Number(option('--seed') ?? Math.floor(Math.random() * 2 ** 31));
const originals = corpusSample(5);
if (!originals.length) console.log(`(no mutations of published articles: ${CORPUS} is absent)`);
const cases = originals.length ? fc.oneof(article, mutated(originals)) : article;
console.log(`fuzz: seed ${seed}, ${seconds} s, ${originals.length} published articles to mutate`);

const deadline = Date.now() + seconds * 1000;
let runs = 0;
for (let round = 0; Date.now() < deadline; round++) {
  const details = fc.check(
    fc.property(cases, (text) => propertyViolations(text).length === 0),
    { seed: seed + round, numRuns: 500 },
  );
  runs += details.numRuns;
  if (details.failed) {
    const [text] = details.counterexample!;
    console.log(
      `\nFAILED after ${runs} cases (seed ${seed + round}, shrunk ${details.numShrinks} times). Counterexample:\n`,
    );
    console.log(JSON.stringify(text));
    console.log(
      '\nViolations:\n' +
        propertyViolations(text)
          .map((v) => `  - ${v}`)
          .join('\n'),
    );
    console.log(`\nReplay: npm run fuzz -- --seed ${seed + round} --seconds 1`);
    process.exit(1);
  }
}
console.log(`fuzz: ${runs} cases, every property held (seed ${seed})`);

/**
 * Every rule's invalid cases, from its own test file (test/core/rules): the suites that hold a promise over all the
 * faults we wrote (no internal error, fixes that never make an article worse) read them here. Loading a rule's file
 * registers its cases; mocha's own load of it later is the same module.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../src/core/lint/rules';
import { TESTED, type InvalidCase } from './rule-tester';

const RULE_TESTS = path.resolve(__dirname, '../core/rules');

export interface RuleFault extends InvalidCase {
  rule: string;
}

/** The invalid cases of every rule over one article, by rule id. */
export function ruleFaults(): RuleFault[] {
  for (const file of fs.readdirSync(RULE_TESTS).filter((f) => f.endsWith('.test.js')))
    require(path.join(RULE_TESTS, file)); // eslint-disable-line @typescript-eslint/no-require-imports
  const overOneArticle = new Set(RULES.map((rule) => rule.id));
  return [...TESTED]
    .filter(([rule]) => overOneArticle.has(rule))
    .flatMap(([rule, cases]) => cases.invalid.map((c) => ({ ...c, rule })));
}

/** What the rules of a `check` use besides the article, made the same way on every thread. */
import type { Config, RuleContext } from '../core';
import { loadSpeller, type SpellingInput } from './spelling';

export function ruleContext(config: Config | undefined, spelling: SpellingInput | undefined): RuleContext {
  return {
    speller: spelling && loadSpeller(spelling.file, spelling.words),
    internalHosts: config?.internalHosts,
  };
}

/** The configuration of a run: the file given, or the nearest `.selfhelp.json` (or `selfhelp.config.json`) above. */
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAMES, type Config, type ConfigProblem, parseConfig } from '../core';

export function loadConfig(
  given: string | undefined,
  cwd: string,
  problems: ConfigProblem[],
): { config?: Config; file?: string } {
  let file = given ? path.resolve(cwd, given) : undefined;
  if (!file) {
    for (let folder = cwd; ; folder = path.dirname(folder)) {
      file = CONFIG_FILE_NAMES.map((name) => path.join(folder, name)).find((candidate) => fs.existsSync(candidate));
      if (file || path.dirname(folder) === folder) break;
    }
  }
  if (!file) return {};
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    problems.push({
      message: `Cannot read the configuration ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    });
    return { file };
  }
  const fileProblems: ConfigProblem[] = [];
  const config = parseConfig(text, fileProblems);
  problems.push(...fileProblems.map((p) => ({ message: `${file}: ${p.message}` })));
  return { config, file };
}

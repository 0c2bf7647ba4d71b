/** A sample of published articles to mutate, read from ../shared/corpus at run time (never copied into the project). */
import * as fs from 'fs';
import * as path from 'path';

export const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');

/** Every `step`-th article of the corpus (sorted, so the same sample each run); empty without the corpus. */
export function corpusSample(step: number): string[] {
  if (!fs.existsSync(CORPUS)) return [];
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(CORPUS);
  return files
    .sort()
    .filter((_, i) => i % step === 0)
    .map((file) => fs.readFileSync(file, 'utf8'));
}

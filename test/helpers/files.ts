/** The Markdown files below a folder, in path order; none when the folder is absent. */
import * as fs from 'fs';
import * as path from 'path';

export function markdownFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? markdownFiles(path.join(folder, e.name))
        : e.name.endsWith('.md')
          ? [path.join(folder, e.name)]
          : [],
    )
    .sort();
}

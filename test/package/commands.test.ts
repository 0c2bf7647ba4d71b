import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMAND } from '../../src/commands/ids';

const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('commands in one place', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);

  it('the table of command ids is exactly the set package.json contributes', () => {
    assert.deepStrictEqual([...Object.values(COMMAND)].sort(), [...contributed].sort());
  });

  it('no command id is written as a literal outside the table', () => {
    const table = path.join(ROOT, 'src/commands/ids.ts');
    const found: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      if (file === table) continue;
      const text = fs.readFileSync(file, 'utf8');
      for (const id of contributed)
        if (text.includes(`'${id}'`) || text.includes(`"${id}"`) || text.includes(`\`${id}\``))
          found.push(`${path.relative(ROOT, file)}: ${id}`);
    }
    assert.deepStrictEqual(found, []);
  });
});

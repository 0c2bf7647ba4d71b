/**
 * The house's import graph, read with TypeScript's own pre-processor so that type-only imports count too (ESLint's
 * import-x/no-cycle skips them): no cycle anywhere in src/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const SRC = path.resolve(__dirname, '../../../src');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts'), base].find(
    (candidate) => candidate.endsWith('.ts') && fs.existsSync(candidate),
  );
}

export function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => [
      file,
      ts
        .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
        .importedFiles.flatMap((i) => resolve(file, i.fileName) ?? []),
    ]),
  );
}

/**
 * Every cycle's files, by Tarjan's strongly connected components (a component of more than one file, or a self-import).
 */
export function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node))
        found.push(component.map((f) => path.relative(SRC, f)).sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the import graph of src/', () => {
  it('has no cycle, type-only imports included', () => {
    const graph = importGraph(sourceFiles(SRC));
    assert.ok(graph.size > 100, 'every source file read');
    assert.deepStrictEqual(cycles(graph), []);
  });

  it('the check sees a cycle made only of type imports', () => {
    const a = path.join(SRC, 'a.ts');
    const b = path.join(SRC, 'b.ts');
    const graph = new Map([
      [a, [b]],
      [b, [a]],
    ]);
    assert.deepStrictEqual(cycles(graph), [['a.ts', 'b.ts']]);
    const typeOnly = ts
      .preProcessFile("import type { X } from './b';", true, true)
      .importedFiles.map((i) => i.fileName);
    assert.deepStrictEqual(typeOnly, ['./b']);
  });
});

/**
 * `selfhelp mcp [FOLDER]`: the checker as a Model Context Protocol server on stdio (the official SDK), for the AI
 * agents authors write with: check an article, fix it (written only when asked, atomically as --fix writes), explain
 * a rule, find scenarios in the catalogue and whether an article id is free, write a new article of a type (never
 * over a file). The rules' documentation is served as resources, and a prompt writes an article for a scenario.
 * Every path is inside FOLDER (default: the current folder); a malformed call gets an error result, and the server
 * keeps serving.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import {
  agentFinding,
  type ArticleDocument,
  checkedArticles,
  ALL_RULES,
  bundledCatalogue,
  explainRule,
  findScenarios,
  type ScenarioQuery,
  noSuchRule,
  readArticle as readAloud,
  decodeBytes,
  differenceEdit,
  factsOfText,
  newArticleText,
  placeOf,
  resolveConfig,
  ruleIdOf,
  RULES_BY_ID,
  TYPE_NAMES,
  type ResolvedConfig,
  type RuleContext,
} from '../core';
import { writeIfUnchanged } from './check-file';
import { loadConfig } from './config-file';
import { repositoryMarkdownFiles } from './repository';
import { ruleContext } from './rule-context';
import { defaultWordListFile, teamWords } from './spelling';
import { VERSION } from './version';

/** What the tools share: the folder, its configuration and the rules' context, made once when the server starts. */
interface Workspace {
  root: string;
  config: ResolvedConfig;
  context: RuleContext;
}

class ToolError extends Error {}

/** A path of the folder's, never outside it (`..`, an absolute path elsewhere, a link leading out). */
function inside(workspace: Workspace, given: string): string {
  const absolute = path.resolve(workspace.root, given);
  const real = (file: string): string => {
    try {
      return fs.realpathSync(file);
    } catch {
      return path.join(real(path.dirname(file)), path.basename(file));
    }
  };
  const relative = path.relative(fs.realpathSync(workspace.root), real(absolute));
  if (relative.startsWith('..') || path.isAbsolute(relative))
    throw new ToolError(`${given} is outside the folder this server serves (${workspace.root}).`);
  return absolute;
}

/** An article of the folder, read as the article service's document; a missing or binary file is an error in words. */
function readDocument(
  workspace: Workspace,
  given: string,
): { absolute: string; bytes: Buffer; document: ArticleDocument } {
  const absolute = inside(workspace, given);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absolute);
  } catch (error) {
    throw new ToolError(`Cannot read ${given}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new ToolError(`${given} is not a text file.`);
  const { text, invalidUtf8, invalidUtf8Offset } = decodeBytes(bytes);
  // Each call reads the file as it is now: a new version, never a parse kept from before.
  const document = {
    uri: pathToFileURL(absolute).href,
    version: ++reads,
    getText: () => text,
    source: { invalidUtf8, invalidUtf8Offset },
  };
  return { absolute, bytes, document };
}

let reads = 0;

/** A tool's answer: the data as JSON text (every client reads it) and as structured content. */
function answer(data: Record<string, unknown>) {
  return { content: [{ type: 'text' as const, text: JSON.stringify(data, null, 2) }], structuredContent: data };
}

/** A tool's work, its errors answered as errors (the server goes on). */
function tool<A>(work: (args: A) => Record<string, unknown>) {
  return async (args: A) => {
    try {
      return answer(work(args));
    } catch (error) {
      const message = error instanceof ToolError ? error.message : `Internal error: ${String(error)}`;
      return { isError: true, content: [{ type: 'text' as const, text: message }] };
    }
  };
}

const FORMAT_ESSENTIALS = [
  'A self-help article is Markdown that opens with a <properties … /> block of attributes (pageTitle, service,',
  'resource, articleId, selfHelpType, supportTopicIds, productPesIds, cloudEnvironments, ownershipId …) and whose',
  'body the Azure portal shows customers; forms (problemScopingQuestions) hold a JSON section between two "---" lines.',
].join(' ');

/**
 * The server's registration methods as used here, typed plainly: the SDK's own signatures infer the arguments' types
 * from the zod shapes, which sent the type check past 4 GB of memory. The SDK still validates each call against the
 * shapes, and answers a malformed one with an error.
 */
interface Registrar {
  registerTool(name: string, config: object, handler: (args: never) => unknown): void;
  registerResource(
    name: string,
    uri: string | ResourceTemplate,
    config: object,
    read: (...args: never[]) => unknown,
  ): void;
  registerPrompt(name: string, config: object, build: (args: never) => unknown): void;
}

export function createMcpServer(workspace: Workspace): McpServer {
  const mcp = new McpServer({ name: 'selfhelp', version: VERSION });
  const server = mcp as unknown as Registrar;
  // The article service's checking half, over the folder: the parse, check and fixes the extension's tools get.
  const articles = checkedArticles({
    pathOf: (uri) => path.relative(workspace.root, fileURLToPath(uri)).split(path.sep).join('/'),
    configOf: () => workspace.config,
    contextOf: () => workspace.context,
  });
  /** A tool's work on an article of the folder; nothing of it is kept after the call. */
  const onArticle = <T>(given: string, work: (read: ReturnType<typeof readDocument>) => T): T => {
    const read = readDocument(workspace, given);
    try {
      return work(read);
    } finally {
      articles.forget(read.document.uri);
    }
  };

  server.registerTool(
    'check_article',
    {
      title: 'Check a self-help article',
      description: `${FORMAT_ESSENTIALS} Checks one article with the rules of the selfhelp checker and returns each finding: rule, place (1-based), message, and the fix offered if any.`,
      inputSchema: { path: z.string().min(1).describe("The article's path, relative to the folder served.") },
    },
    tool(({ path: given }: { path: string }) =>
      onArticle(given, ({ document }) => {
        const { article, findings } = articles.check(document);
        if (!article.block) return { path: given, article: false, findings: [] };
        return { path: given, article: true, findings: findings.map((f) => agentFinding(article, f)) };
      }),
    ),
  );

  server.registerTool(
    'fix_article',
    {
      title: 'Fix a self-help article',
      description:
        "Applies the article's clear fixes (those `selfhelp check --fix` applies: none ever adds a finding). Without write: true, returns the edit and writes nothing; with it, writes the file atomically (not when it changed meanwhile).",
      inputSchema: {
        path: z.string().min(1).describe("The article's path, relative to the folder served."),
        write: z.boolean().optional().describe('Write the fixed article (default: only return the edit).'),
      },
    },
    tool(({ path: given, write }: { path: string; write?: boolean }) =>
      onArticle(given, ({ absolute, bytes, document }) => {
        const article = articles.parse(document);
        if (!article.block || article.source.invalidUtf8) return { path: given, fixed: 0, written: false, edit: null };
        const outcome = articles.fixAll(document);
        const edit = differenceEdit(article.text, outcome.text);
        let written = false;
        if (write && outcome.fixed) {
          const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
          const problem = writeIfUnchanged(
            absolute,
            bytes,
            Buffer.from((hadBom ? '\ufeff' : '') + outcome.text),
            given,
          );
          if (problem) throw new ToolError(problem);
          written = true;
        }
        const place = (offset: number) => {
          const { line, column } = placeOf(article.lines, offset, offset);
          return { line, column };
        };
        return {
          path: given,
          fixed: outcome.fixed,
          written,
          edit: edit ? { start: place(edit.start), end: place(edit.end), text: edit.text } : null,
          remaining: outcome.findings.length,
        };
      }),
    ),
  );

  server.registerTool(
    'explain_rule',
    {
      title: 'Explain a checker rule',
      description:
        'The documentation of a rule of the selfhelp checker, by id (SH104) or slug (attribute-syntax): what it finds, its severity, an example that breaks it and one that follows it.',
      inputSchema: { rule: z.string().min(1).describe('The rule id or slug.') },
    },
    tool(({ rule }: { rule: string }) => {
      const explained = explainRule(rule);
      if (!explained) throw new ToolError(noSuchRule(rule));
      return { ...explained };
    }),
  );

  server.registerTool(
    'find_scenarios',
    {
      title: 'Find diagnostic scenarios',
      description:
        'Searches the catalogue of diagnostic scenarios (the diagnosticScenario attribute) by words, service and resource; the best for the service and resource first.',
      inputSchema: {
        words: z.string().optional().describe('Words the scenario, its title or description hold (all of them).'),
        service: z.string().optional().describe('A service such as microsoft.compute.'),
        resource: z.string().optional().describe('A resource type such as virtualmachines.'),
        limit: z.number().int().min(1).max(100).optional().describe('How many (default 20).'),
      },
    },
    tool((query: ScenarioQuery) => findScenarios(bundledCatalogue(), query)),
  );

  server.registerTool(
    'check_article_id',
    {
      title: 'Is an article id free',
      description:
        "Whether an articleId is free: used by no article of the folder's repository (git's Markdown files; ids are compared in any case, as the portal compares them).",
      inputSchema: { articleId: z.string().min(1).describe('The articleId to try.') },
    },
    tool(({ articleId }: { articleId: string }) => {
      const id = articleId.trim().toLowerCase();
      const usedBy = repositoryMarkdownFiles(workspace.root)
        .filter((file) => {
          const text = fs.readFileSync(file, 'utf8');
          return (
            text.toLowerCase().includes(id) && factsOfText(text, { path: file })?.articleId?.value.toLowerCase() === id
          );
        })
        .map((file) => path.relative(workspace.root, file).split(path.sep).join('/'));
      return { articleId, free: !usedBy.length, usedBy };
    }),
  );

  server.registerTool(
    'read_article',
    {
      title: 'Read an article as customers see it',
      description:
        "The text customers read in the portal, in the portal's order, as plain text: headings with their #, list items, links with where they go, replacement tokens with their default text; what customers never see is marked (not shown to customers). For proofreading what customers read.",
      inputSchema: { path: z.string().min(1).describe("The article's path, relative to the folder served.") },
    },
    tool(({ path: given }: { path: string }) =>
      onArticle(given, ({ document }) => {
        const { article, findings } = articles.check(document);
        if (!article.block) return { path: given, article: false, text: '' };
        return { path: given, article: true, ...readAloud(article, findings) };
      }),
    ),
  );

  server.registerTool(
    'new_article',
    {
      title: 'Write a new self-help article',
      description: `${FORMAT_ESSENTIALS} Writes a complete new article of a type (the same text as VS Code's New Article…), with no error-level finding; never over an existing file.`,
      inputSchema: {
        path: z.string().min(1).describe('Where to write it, relative to the folder served (a new .md file).'),
        type: z.enum(TYPE_NAMES as [string, ...string[]]).describe('The selfHelpType.'),
        title: z.string().min(1).describe('The pageTitle and the heading.'),
        articleId: z.string().min(1).describe('A free article id (check_article_id tells).'),
        service: z.string().optional(),
        resource: z.string().optional(),
        diagnosticScenario: z.string().optional(),
        ownershipId: z.string().optional(),
      },
    },
    tool((args: { path: string; type: string } & Record<string, string | undefined>) => {
      const absolute = inside(workspace, args.path);
      if (!absolute.toLowerCase().endsWith('.md')) throw new ToolError(`${args.path}: an article is a .md file.`);
      const text = newArticleText({ ...args, type: args.type, title: args.title!, articleId: args.articleId! });
      if (!text) throw new ToolError(`No skeleton for the type "${args.type}".`);
      fs.mkdirSync(path.dirname(absolute), { recursive: true });
      try {
        fs.writeFileSync(absolute, text, { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST')
          throw new ToolError(`${args.path} exists: nothing written.`);
        throw error;
      }
      return { path: args.path, written: true, text };
    }),
  );

  server.registerResource(
    'rules',
    'selfhelp://rules',
    {
      title: 'The checker rules',
      description: 'Every rule: id, slug, severity, description.',
      mimeType: 'text/markdown',
    },
    (uri: URL) => ({
      contents: [
        {
          uri: uri.href,
          mimeType: 'text/markdown',
          text: ALL_RULES.map(
            (r) => `- ${r.id} ${r.slug} (${r.severity}${r.fixable ? ', fixable' : ''}): ${r.description}`,
          ).join('\n'),
        },
      ],
    }),
  );
  server.registerResource(
    'rule',
    new ResourceTemplate('selfhelp://rules/{rule}', {
      list: () => ({
        resources: ALL_RULES.map((r) => ({
          uri: `selfhelp://rules/${r.id}`,
          name: `${r.id} ${r.slug}`,
          mimeType: 'text/markdown',
        })),
      }),
    }),
    { title: 'A checker rule', description: "One rule's documentation, with examples.", mimeType: 'text/markdown' },
    (uri: URL, { rule }: { rule: string | string[] }) => {
      const found = RULES_BY_ID.get(ruleIdOf(String(rule)) ?? '');
      const text = found
        ? [
            `# ${found.id} ${found.slug}`,
            '',
            found.description,
            '',
            `Severity: ${found.severity}${found.fixable ? ', fixable' : ''}`,
            '',
            'Breaks the rule:',
            '',
            '```markdown',
            found.docs.bad,
            '```',
            ...(found.docs.good ? ['', 'Follows it:', '', '```markdown', found.docs.good, '```'] : []),
            ...(found.docs.notes ? ['', found.docs.notes] : []),
          ].join('\n')
        : `No rule "${String(rule)}".`;
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text }] };
    },
  );

  server.registerPrompt(
    'write_article',
    {
      title: 'Write a self-help article',
      description: 'Write a new article of a type for a diagnostic scenario, checked until the checker finds nothing.',
      argsSchema: { type: z.string().describe('The selfHelpType.'), scenario: z.string().optional() },
    },
    ({ type, scenario }: { type: string; scenario?: string }) => ({
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: [
              `Write a new self-help article of the type "${type}"${scenario ? ` for the diagnostic scenario "${scenario}"` : ''}.`,
              FORMAT_ESSENTIALS,
              'Steps: find the scenario with find_scenarios; pick a free id with check_article_id; write the skeleton with',
              'new_article; fill in the text customers read; run check_article and fix what it finds (fix_article applies',
              'the clear fixes) until no error is left. Name products as the portal names them today.',
            ].join('\n'),
          },
        },
      ],
    }),
  );
  return mcp;
}

/** Starts the server on stdio over FOLDER; resolves when the client closes the connection. */
export async function runMcp(folder: string | undefined, cwd: string, stderr: (text: string) => void): Promise<number> {
  const root = path.resolve(cwd, folder ?? '.');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    stderr(`selfhelp: mcp: no such folder: ${folder}\n`);
    return 2;
  }
  const problems: { message: string }[] = [];
  const { config, file } = loadConfig(undefined, root, problems);
  const resolved = resolveConfig(config, problems);
  for (const problem of problems) stderr(`selfhelp: ${problem.message}\n`);
  const wordList = defaultWordListFile();
  const spelling = wordList ? { file: wordList, words: teamWords(config?.words, file, root) } : undefined;
  const server = createMcpServer({ root, config: resolved, context: ruleContext(config, spelling) });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => (transport.onclose = () => resolve()));
  await server.connect(transport);
  await closed;
  return 0;
}

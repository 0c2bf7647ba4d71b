/**
 * The articles of a repository together, as what needs many articles sees them: each article's entry (its facts and
 * the values it uses) by path, the rules over many articles with each folder's configuration, and the values the
 * completions offer. The CLI and the editor's index each keep one; each host reads the files its own way (the CLI on
 * threads, the editor a slice of the extension host at a time through `vscode.workspace.fs`) and gives the model what
 * it read, as the markdown language service's `IWorkspace` leaves reading to its host.
 */
import type { Article } from '../parse/article';
import { bundledKnown, type Known } from '../authoring/assist';
import { workspaceEntry, type WorkspaceEntry } from '../authoring/workspace-entry';
import type { ResolvedConfig } from '../lint/config';
import { lintProject } from '../lint/lint';
import type { ArticleFacts, ProjectFinding } from '../lint/rule';
import { PROJECT_RULES } from '../lint/rules';

/** One rule over many articles, to run when the host can spare the time (the editor yields between two). */
export interface ProjectRun {
  ruleId: string;
  run(): ProjectFinding[];
}

export class WorkspaceModel {
  private readonly entries = new Map<string, WorkspaceEntry>();
  private orderedFacts: ArticleFacts[] | undefined;
  private known: Known | undefined;

  /** Records what the article at `path` gives (see `entryOf`, `factsEntry`); nothing: it is not an article. */
  set(path: string, entry: WorkspaceEntry | undefined): void {
    if (entry) this.entries.set(path, entry);
    else this.entries.delete(path);
    this.changed();
  }

  delete(path: string): boolean {
    const deleted = this.entries.delete(path);
    if (deleted) this.changed();
    return deleted;
  }

  get(path: string): WorkspaceEntry | undefined {
    return this.entries.get(path);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every article's entry with its path, in the order they were first set. */
  all(): IterableIterator<[string, WorkspaceEntry]> {
    return this.entries.entries();
  }

  /** Every article's facts, in the order they were first set (a host sets them in path order for a stable report). */
  facts(): readonly ArticleFacts[] {
    this.orderedFacts ??= [...this.entries.values()].flatMap((entry) => (entry.facts ? [entry.facts] : []));
    return this.orderedFacts;
  }

  /**
   * The rules over many articles, one run a rule and configuration: every article is the other side of a comparison,
   * and what a run finds is kept only on the articles whose folder's configuration (`configOf`) turns the rule on.
   */
  projectRuns(configOf: (path: string) => ResolvedConfig): ProjectRun[] {
    const pathsByConfig = new Map<ResolvedConfig, Set<string>>();
    for (const path of this.entries.keys()) {
      const config = configOf(path);
      let paths = pathsByConfig.get(config);
      if (!paths) pathsByConfig.set(config, (paths = new Set()));
      paths.add(path);
    }
    const single = pathsByConfig.size === 1;
    return [...pathsByConfig].flatMap(([config, paths]) =>
      PROJECT_RULES.filter((rule) => config.get(rule.id)).map((rule) => ({
        ruleId: rule.id,
        run: () => {
          const found = lintProject(this.facts(), new Map([[rule.id, config.get(rule.id)]]));
          return single ? found : found.filter((finding) => paths.has(finding.path));
        },
      })),
    );
  }

  /** Every finding of the rules over many articles at once (the CLI; the editor runs them one at a time). */
  projectFindings(configOf: (path: string) => ResolvedConfig): ProjectFinding[] {
    return this.projectRuns(configOf).flatMap((run) => run.run());
  }

  /** The findings of the rules over many articles on one article, with its folder's configuration. */
  projectFindingsOf(path: string, config: ResolvedConfig): ProjectFinding[] {
    return lintProject(this.facts(), config).filter((finding) => finding.path === path);
  }

  /** The bundled facts of published articles and what the workspace's articles use. */
  knownValues(): Known {
    if (this.known) return this.known;
    const known = bundledKnown();
    const add = <K, V>(map: Map<K, Set<V>>, key: K, value?: V) => {
      if (!map.has(key)) map.set(key, new Set());
      if (value !== undefined) map.get(key)!.add(value);
    };
    for (const [path, entry] of this.entries) {
      if (entry.service) add(known.services, entry.service.toLowerCase(), entry.resource);
      if (entry.scenario) known.scenarios.add(entry.scenario);
      if (entry.ownershipId) known.ownershipIds.add(entry.ownershipId);
      entry.resourceTags.forEach((t) => known.resourceTags.add(t));
      for (const token of entry.tokens) known.tokens.set(token, [...(known.tokens.get(token) ?? []), path]);
      for (const [extension, blade] of entry.blades) add(known.blades, extension, blade);
    }
    this.known = known;
    return known;
  }

  private changed(): void {
    this.orderedFacts = undefined;
    this.known = undefined;
  }
}

/** What a parsed article gives the model: every value (undefined: not an article). */
export function entryOf(article: Article): WorkspaceEntry | undefined {
  return article.block ? workspaceEntry(article) : undefined;
}

/**
 * What an article gives from its facts alone: a host that reads an article only for the rules over many articles
 * (its properties block, see `factsOfText`), or whose facts were found on another thread.
 */
export function factsEntry(facts: ArticleFacts | undefined): WorkspaceEntry | undefined {
  return facts && { facts, resourceTags: [], tokens: [], blades: [] };
}

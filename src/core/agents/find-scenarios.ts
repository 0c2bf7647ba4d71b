/** The catalogue searched as agents ask: words, service and resource, the best for the service and resource first. */
import { rankCatalogue, type CatalogueEntry } from '../catalogue/catalogue';

export interface ScenarioQuery {
  /** Words the scenario, its title or description hold (all of them). */
  words?: string;
  service?: string;
  resource?: string;
  /** How many (default 20). */
  limit?: number;
}

export function findScenarios(catalogue: readonly CatalogueEntry[], query: ScenarioQuery) {
  const wanted = (query.words ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const matches = rankCatalogue(catalogue, query).filter((entry) => {
    const text = `${entry.diagnosticScenario} ${entry.title ?? ''} ${entry.description ?? ''}`.toLowerCase();
    return wanted.every((word) => text.includes(word));
  });
  return {
    scenarios: matches.slice(0, query.limit ?? 20).map((e) => ({
      diagnosticScenario: e.diagnosticScenario,
      title: e.title ?? null,
      service: e.service ?? null,
      resource: e.resource ?? null,
      articleId: e.articleId ?? null,
      articles: e.articles,
    })),
    total: matches.length,
  };
}

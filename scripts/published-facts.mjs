// Derives the compact facts the extension bundles (completions, hovers, the default catalogue) from
// ../shared/catalogue/corpus-facts.json, the counts taken over the public content repository.
// Run after that file changes: node scripts/published-facts.mjs
import { readFileSync, writeFileSync } from 'fs';

const facts = JSON.parse(readFileSync(process.argv[2] ?? '../shared/catalogue/corpus-facts.json', 'utf8'));
const top = (counts, n) =>
  Object.entries(counts ?? {})
    .filter(([k]) => k !== '(none)' && k !== '')
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k]) => k);
const compact = {
  source: `${facts.generatedBy}, ${facts.corpus}`,
  services: facts.services.map((s) => ({
    service: s.service,
    articles: s.articleCount,
    resources: top(s.resources, 12),
  })),
  scenarios: facts.diagnosticScenarios.map((s) => ({
    name: s.diagnosticScenario,
    articles: s.articleCount,
    services: top(s.services, 3),
    resources: top(s.resources, 3),
    types: top(s.selfHelpTypes, 2),
    title: s.examplePageTitle ?? '',
  })),
  ownershipIds: facts.ownershipIds.map((o) => ({
    id: o.ownershipId,
    articles: o.articleCount,
    services: top(o.services, 5),
  })),
  bladeExtensions: top(facts.blade_extensions, 100),
};
writeFileSync('src/core/format/published-facts.json', JSON.stringify(compact) + '\n');
console.log(
  `facts: ${compact.services.length} services, ${compact.scenarios.length} scenarios, ${compact.ownershipIds.length} ownershipIds, ${compact.bladeExtensions.length} blade extensions`,
);

// Composes schema/{users,pool,stats,notify}.graphql into schema/supergraph.graphql (the file the gateway
// serves) and checks in CI that the committed supergraph is neither broken nor stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, type DocumentNode } from 'graphql';
import { undescribed } from './descriptions';
import { SUBGRAPHS } from './subgraphs';

export const SUPERGRAPH_FILE = 'supergraph.graphql';

export interface ComposeOutcome {
  supergraphSdl?: string;
  errors: string[];
  /** Composition hints (not failures), e.g. inconsistent descriptions across subgraphs. */
  hints: string[];
}

/** Composes the subgraph SDL files in `schemaDir`; `supergraphSdl` is set only when there are no errors. */
export function composeSupergraph(schemaDir: string): ComposeOutcome {
  const errors: string[] = [];
  const services: { name: string; url: string; typeDefs: DocumentNode }[] = [];
  for (const { name, url } of SUBGRAPHS) {
    const file = join(schemaDir, `${name}.graphql`);
    try {
      services.push({ name, url, typeDefs: parse(readFileSync(file, 'utf8')) });
    } catch (err) {
      errors.push(`${name}.graphql: ${(err as Error).message}`);
    }
  }
  if (errors.length > 0) return { errors, hints: [] };

  const result = composeServices(services);
  if (result.errors) {
    return {
      errors: result.errors.map((e) => `${e.extensions?.code ?? 'COMPOSITION_ERROR'}: ${e.message}`),
      hints: [],
    };
  }
  return {
    supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`,
    errors: [],
    hints: result.hints.map((h) => `${h.definition.code}: ${h.message}`),
  };
}

/** Every type, field, argument, input field and enum value of the subgraph SDL files without a description. */
export function undescribedElements(schemaDir: string): string[] {
  return SUBGRAPHS.flatMap(({ name }) =>
    undescribed(readFileSync(join(schemaDir, `${name}.graphql`), 'utf8')).map((element) => `${name}.graphql: no description on ${element}`),
  );
}

/**
 * Errors when the SDL files do not compose, leave an element undescribed (the SDL is the admin
 * UI's documentation) or the committed supergraph differs from a fresh composition.
 */
export function checkSupergraph(schemaDir: string): { errors: string[] } {
  const fresh = composeSupergraph(schemaDir);
  if (fresh.supergraphSdl === undefined) return { errors: fresh.errors };
  const errors = undescribedElements(schemaDir);

  const file = join(schemaDir, SUPERGRAPH_FILE);
  if (!existsSync(file)) return { errors: [...errors, `${SUPERGRAPH_FILE} is missing.`] };
  // Line endings are normalised so a checkout with autocrlf does not read as stale.
  const committed = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  if (committed.trimEnd() !== fresh.supergraphSdl.trimEnd()) {
    errors.push(`${SUPERGRAPH_FILE} is stale: it differs from the composition of the subgraph SDL files.`);
  }
  return { errors };
}

function main(argv: string[]): number {
  const schemaDir = __dirname;
  const mode = argv.includes('--check') ? 'check' : argv.includes('--write') ? 'write' : undefined;
  if (!mode) {
    console.error('usage: tsx schema/compose.ts --write | --check');
    return 2;
  }

  if (mode === 'check') {
    const { errors } = checkSupergraph(schemaDir);
    if (errors.length === 0) {
      console.log(`compose:check OK: schema/${SUPERGRAPH_FILE} is up to date.`);
      return 0;
    }
    console.error(`compose:check FAILED (${errors.length} problem${errors.length === 1 ? '' : 's'}):`);
    for (const e of errors) console.error(`  - ${e}`);
    console.error('Fix the subgraph SDL if it does not compose, describe every element, then run `npm run compose` and commit schema/supergraph.graphql.');
    return 1;
  }

  const { supergraphSdl, errors, hints } = composeSupergraph(schemaDir);
  if (supergraphSdl === undefined) {
    console.error(`compose FAILED (${errors.length} error${errors.length === 1 ? '' : 's'}); schema/${SUPERGRAPH_FILE} left unchanged:`);
    for (const e of errors) console.error(`  - ${e}`);
    return 1;
  }
  for (const h of hints) console.warn(`  hint ${h}`);
  // Written anyway (work in progress); `compose:check` fails until every element is described.
  for (const u of undescribedElements(schemaDir)) console.warn(`  ${u}`);
  writeFileSync(join(schemaDir, SUPERGRAPH_FILE), supergraphSdl);
  console.log(`compose OK: wrote schema/${SUPERGRAPH_FILE} (${SUBGRAPHS.map((s) => s.name).join(', ')}).`);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));

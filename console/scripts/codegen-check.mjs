// Fails when the committed generated files (src/gql/: the API schema, typed documents and the
// persisted-documents manifest) differ from what the current supergraph and .graphql files give.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { apiSchemaSdl } from './api-schema.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/gql');
const tmp = mkdtempSync(join(tmpdir(), 'console-codegen-'));
try {
  const schemaFile = join(tmp, 'api-schema.graphql');
  writeFileSync(schemaFile, apiSchemaSdl());
  const cli = join(dirname(require.resolve('@graphql-codegen/cli/package.json')), 'esm/bin.js');
  try {
    execFileSync(process.execPath, [cli, '--config', 'codegen.ts', '--silent'], {
      cwd: root,
      env: { ...process.env, CODEGEN_OUT: `${tmp}/`, CODEGEN_SCHEMA: schemaFile },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch {
    console.error('codegen:check FAILED: graphql-codegen failed on the console documents (see above).');
    process.exit(1);
  }
  const problems = [];
  const names = new Set([...readdirSync(committed), ...readdirSync(tmp)]);
  for (const name of [...names].sort()) {
    let a, b;
    try { a = readFileSync(join(committed, name), 'utf8'); } catch { problems.push(`${name} is missing from src/gql`); continue; }
    try { b = readFileSync(join(tmp, name), 'utf8'); } catch { problems.push(`${name} in src/gql is no longer generated`); continue; }
    if (a.replace(/\r\n/g, '\n') !== b) problems.push(`${name} is stale`);
  }
  if (problems.length) {
    console.error(`codegen:check FAILED:\n${problems.map((p) => `  - src/gql/${p}`).join('\n')}\nRun \`npm run codegen\` and commit console/src/gql.`);
    process.exitCode = 1;
  } else {
    console.log('codegen:check OK: console/src/gql matches the supergraph and the console documents.');
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

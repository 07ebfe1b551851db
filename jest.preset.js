// Shared per-package jest settings: TypeScript through swc (no type-check here; `npm run typecheck` does that).
module.exports = (displayName) => ({
  displayName,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  testTimeout: 60000,
});

// Console tests: pure-function tests of the forms' rules, the error mapping and the catalogs
// (test/unit), and browser tests driving Chromium against a real stack (test/browser).
const base = require('../jest.preset.js')('console');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: {
    '^.+\\.(ts|tsx)$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } }, module: { type: 'commonjs' } },
    ],
  },
};

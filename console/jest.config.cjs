// The console's tests through swc like every package, plus TSX (screens' pure helpers are unit-tested);
// browser tests under test/browser drive Chromium against a real stack.
const preset = require('../jest.preset.js')('console');
module.exports = {
  ...preset,
  transform: {
    ...preset.transform,
    '^.+\\.tsx$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
};

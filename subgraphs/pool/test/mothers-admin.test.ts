/**
 * Mothers, their list and lifecycle, child accounts and groups: one file, so jest loads the service's modules once (1–2 CPU-seconds per
 * file), not once per suite. Each suite keeps its own harness; its hooks stay inside its describe block.
 */
describe('mother-lifecycle', () => { require('./mother-lifecycle.suite'); });
describe('mother-list', () => { require('./mother-list.suite'); });
describe('mothers', () => { require('./mothers.suite'); });
describe('children', () => { require('./children.suite'); });
describe('groups', () => { require('./groups.suite'); });
describe('group-usage-references', () => { require('./group-usage-references.suite'); });

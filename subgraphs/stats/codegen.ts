// Resolver types generated from schema/stats.graphql (`npm run codegen`); `npm run codegen:check`
// fails when src/generated/ is stale. Parents are the references stats receives from the gateway.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { resolverTypes } from '../../schema/codegen-resolvers';

const config: CodegenConfig = {
  generates: {
    'src/generated/resolvers-types.ts': resolverTypes({
      schema: '../../schema/stats.graphql',
      contextType: '@seatpool/kit#BaseContext',
      mappers: {
        Dashboard: '../resolvers/parents#DashboardParent',
        Trends: '../resolvers/parents#TrendsParent',
        Mother: '../resolvers/parents#UsageParent',
        MotherGroupUsage: '../resolvers/parents#UsageParent',
      },
    }),
  },
};

export default config;

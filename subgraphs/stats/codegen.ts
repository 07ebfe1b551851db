// Resolver types generated from schema/stats.graphql (`npm run codegen`); `npm run codegen:check`
// fails when src/generated/ is stale. Parents are the references stats receives from the gateway.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema/stats.graphql',
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '@seatpool/kit#BaseContext',
        scalars: { DateTime: 'Date' },
        mappers: {
          Dashboard: '../resolvers/parents#DashboardParent',
          Trends: '../resolvers/parents#TrendsParent',
          Mother: '../resolvers/parents#UsageParent',
          MotherGroupUsage: '../resolvers/parents#UsageParent',
        },
      },
    },
  },
};

export default config;

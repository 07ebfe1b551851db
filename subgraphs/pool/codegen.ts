// Resolver types generated from schema/pool.graphql (`npm run codegen`); `npm run codegen:check`
// fails when src/generated/ is stale. Parents are the MikroORM entities and the services' results.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { resolverTypes } from '../../schema/codegen-resolvers';
import { enumResolvers } from './src/resolvers/enums';

const entity = (name: string) => `../entities#${name}`;

const config: CodegenConfig = {
  generates: {
    'src/generated/resolvers-types.ts': resolverTypes({
      schema: '../../schema/pool.graphql',
      // Resolvers see the lower-case values services and the database use (enums.ts maps them).
      enumValues: enumResolvers,
      contextType: '../context#PoolContext',
      // Imported as `MotherModel` etc. so they do not clash with the generated GraphQL types.
      mapperTypeSuffix: 'Model',
      mappers: {
        Mother: entity('Mother'),
        Team: entity('Team'),
        Seat: entity('Seat'),
        Placement: entity('Placement'),
        PoolEvent: entity('OutboxEvent'),
        MotherGroup: entity('MotherGroup'),
        PoolGroup: entity('PoolGroup'),
        ChildAccount: entity('ChildAccount'),
        ApiKey: entity('ApiKey'),
        Dashboard: '../resolvers/parents#DashboardParent',
        Trends: '@seatpool/kit#TrendWindow',
      },
    }),
  },
};

export default config;

// Types generated from the SDL (`npm run codegen`); `npm run codegen:check` fails when src/generated/
// is stale. Resolver types come from schema/users.graphql with the MikroORM entities and the
// services' results as parents; typed documents for pool's internal API come from schema/pool.graphql.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { resolverTypes } from '../../schema/codegen-resolvers';
import { enumResolvers } from './src/resolvers/enums.resolvers';

const entity = (name: string) => `../entities#${name}`;

const config: CodegenConfig = {
  generates: {
    'src/generated/resolvers-types.ts': resolverTypes({
      schema: '../../schema/users.graphql',
      // Resolvers see the lower-case values stored in the database (enums.resolvers.ts maps them).
      enumValues: enumResolvers,
      contextType: '../context#UsersContext',
      // Imported as `RedeemCodeModel` etc. so they do not clash with the generated GraphQL types.
      mapperTypeSuffix: 'Model',
      mappers: {
        Mother: '../resolvers/parents#MotherParent',
        AdminSessionInfo: entity('AdminSession'),
        RedeemCode: entity('RedeemCode'),
        CodeEvent: entity('CodeEvent'),
        CodeBatch: entity('CodeBatch'),
        CodeSku: entity('CodeSku'),
        InviteRequest: entity('InviteRequest'),
        SwitchRequest: entity('SwitchRequest'),
        BatchJob: entity('BatchJob'),
        BatchJobItem: entity('BatchJobItem'),
        AuditLogEntry: entity('AuditLog'),
        BulkOperation: entity('BulkOperation'),
        UsersEvent: entity('UsersOutboxEvent'),
        SwitchResult: '../services/switch.service#SwitchAnswer',
        Dashboard: '../resolvers/parents#DashboardParent',
        SwitchQueueCounts: '../resolvers/parents#QueueParent',
        BatchQueueCounts: '../resolvers/parents#QueueParent',
        Trends: '@seatpool/kit#TrendWindow',
      },
    }),
    'src/generated/pool-operations.ts': {
      schema: '../../schema/pool.graphql',
      documents: 'src/clients/pool.operations.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        // JSON carries instants as ISO strings; the client does not revive them.
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;

// Resolver types generated from schema/notify.graphql (`npm run codegen`); `npm run codegen:check`
// fails when src/generated/ is stale. Parents are the MikroORM entities.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { resolverTypes } from '../../schema/codegen-resolvers';

const entity = (name: string) => `../entities#${name}`;

const config: CodegenConfig = {
  generates: {
    'src/generated/resolvers-types.ts': resolverTypes({
      schema: '../../schema/notify.graphql',
      contextType: '../context#NotifyContext',
      // Imported as `WebhookEndpointModel` etc. so they do not clash with the generated GraphQL types.
      mapperTypeSuffix: 'Model',
      mappers: {
        WebhookEndpoint: entity('WebhookEndpoint'),
        WebhookDelivery: entity('WebhookDelivery'),
        WebhookEndpointCreated: '../services/endpoint.service#CreatedEndpoint',
      },
    }),
  },
};

export default config;

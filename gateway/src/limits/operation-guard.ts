import type { ApolloServerPlugin } from '@apollo/server';
import { DateTime, overlongString } from '@seatpool/kit';
import { getVariableValues, GraphQLError, isScalarType, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context';

const badRequest = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', detail: message, http: { status: 400 } } });

/** Gives the gateway's copy of `DateTime` the subgraphs' parsing, so a bad instant never leaves the gateway. */
const patched = new WeakSet<GraphQLSchema>();
function withSubgraphScalars(schema: GraphQLSchema) {
  if (patched.has(schema)) return;
  patched.add(schema);
  const type = schema.getType('DateTime');
  if (isScalarType(type)) Object.assign(type, { parseValue: DateTime.parseValue, parseLiteral: DateTime.parseLiteral });
}

/**
 * Checks the operation before the gateway plans it, so the client's mistakes are answered as
 * such (BAD_USER_INPUT, HTTP 400) and not as an internal error of the planner or a subgraph:
 * which operation to run (GraphQL spec §6.1), variable values against their types (our scalars
 * included), and every string argument against its length cap (kit's `overlongString`).
 */
export function operationGuard(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart(rc) {
      withSubgraphScalars(rc.schema);
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) {
            const name = rc.request.operationName;
            throw badRequest(name ? `Unknown operation named "${name}".` : 'Must provide operationName if the query contains multiple operations.');
          }
          const variables = rc.request.variables ?? {};
          const { errors } = getVariableValues(rc.schema, rc.operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
          if (errors?.length) throw badRequest(errors[0].message);
          const tooLong = overlongString(rc.schema, rc.document, rc.operation, variables);
          if (tooLong) {
            tooLong.extensions.http = { status: 400 };
            throw tooLong;
          }
        },
      };
    },
  };
}


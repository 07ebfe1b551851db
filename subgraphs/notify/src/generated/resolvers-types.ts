import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { WebhookEndpoint as WebhookEndpointModel, WebhookDelivery as WebhookDeliveryModel } from '../entities';
import type { CreatedEndpoint as CreatedEndpointModel } from '../services/endpoint.service';
import type { NotifyContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 instant in UTC, e.g. `2026-11-26T10:00:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A new endpoint. */
export type CreateWebhookEndpointInput = {
  /** Free text, at most 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The notifications to send; every type when empty or absent. */
  eventTypes?: InputMaybe<Array<NotificationType>>;
  /** 1 to 100000 (default 10). */
  freeSeatsBelow?: InputMaybe<Scalars['Int']['input']>;
  /** Only this mother group's notifications. */
  motherGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this pool group's notifications. */
  poolGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 100000 (default 20). */
  redeemFailuresPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 90 (default 7). */
  tokenExpiryDays?: InputMaybe<Scalars['Int']['input']>;
  /** http or https URL, at most 2,000 characters; in production https only and no private addresses. */
  url: Scalars['String']['input'];
};

/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Registers an endpoint; the answer holds its signing secret, shown this once. */
  createWebhookEndpoint: WebhookEndpointCreated;
  /** Deletes an endpoint and its deliveries. True when it existed. */
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** Stops deliveries to an endpoint; pending ones wait until it is enabled. */
  disableWebhookEndpoint: WebhookEndpoint;
  /** Turns an endpoint on again (after an operator or persistent failures turned it off). */
  enableWebhookEndpoint: WebhookEndpoint;
  /** Sends a delivery again now as a new attempt (same `webhook-id`); a failed delivery becomes pending again. */
  redeliverWebhook: WebhookDelivery;
  /** Replaces the signing secret; the new one is shown this once. */
  rotateWebhookSecret: WebhookEndpointCreated;
  /** Sends a `TEST` notification to the endpoint now (a delivery like any other). */
  sendTestWebhook: WebhookDelivery;
  /** Changes an endpoint's URL, event types, filters or thresholds (only the fields given). */
  updateWebhookEndpoint: WebhookEndpoint;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationDisableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationEnableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationRedeliverWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationSendTestWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations: admin commands (an operator session or an API key with the scope named), the public redeem flow and the internal API. */
export type MutationUpdateWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
};

/** What an operator can be notified of. */
export type NotificationType =
  /** The upstream circuit breaker opened for a mother (its calls fail fast). */
  | 'BREAKER_OPEN'
  /** A batch job finished with some or all items failed. */
  | 'JOB_FAILED'
  /** A batch job finished with every item succeeded (or was cancelled). */
  | 'JOB_FINISHED'
  /** A mother stopped working: the upstream rejected its token or its workspace is gone. */
  | 'MOTHER_LOST'
  /** Redeems failing on our side exceeded the endpoint's `redeemFailuresPerMinute`. */
  | 'REDEEM_FAILURES_HIGH'
  /** Free seats of a group (or of all mothers) fell below the endpoint's `freeSeatsBelow`. */
  | 'SEATS_LOW'
  /** Free seats are back at `freeSeatsBelow` plus the hysteresis band or more. */
  | 'SEATS_RECOVERED'
  /** A test sent by `sendTestWebhook`. */
  | 'TEST'
  /** A mother's token expires within the endpoint's `tokenExpiryDays`. */
  | 'TOKEN_EXPIRING';

/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type Query = {
  __typename?: 'Query';
  /** Deliveries, newest first, optionally of one endpoint and in one status (admin). */
  webhookDeliveries: WebhookDeliveryPage;
  /** One endpoint by id; null when unknown (admin). */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
  /** Every webhook endpoint, newest first (admin; API key scope `notify:read`). */
  webhookEndpoints: WebhookEndpointPage;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryWebhookDeliveriesArgs = {
  endpointId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryWebhookEndpointsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to an endpoint; absent fields stay. */
export type UpdateWebhookEndpointInput = {
  /** Free text, at most 200 characters; empty clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The notifications to send; empty means every type. */
  eventTypes?: InputMaybe<Array<NotificationType>>;
  /** 1 to 100000. */
  freeSeatsBelow?: InputMaybe<Scalars['Int']['input']>;
  /** Only this mother group's notifications; empty string clears the filter. */
  motherGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this pool group's notifications; empty string clears the filter. */
  poolGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 100000. */
  redeemFailuresPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 90. */
  tokenExpiryDays?: InputMaybe<Scalars['Int']['input']>;
  /** http or https URL, at most 2,000 characters. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** One notification to one endpoint, with its attempts. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the endpoint answered 2xx. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The endpoint it goes to. */
  endpoint: WebhookEndpoint;
  /** The delivery's id: also its `webhook-id` header, the same on every attempt. */
  id: Scalars['ID']['output'];
  /** When the last attempt was made. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The first 500 characters of the last answer's body, or the connection error. */
  lastResponse?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt; null when none answered. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The JSON body sent (no secrets, no emails). */
  payload: Scalars['String']['output'];
  /** Where it stands. */
  status: WebhookDeliveryStatus;
  /** What it notifies. */
  type: NotificationType;
};

/** A page of deliveries. */
export type WebhookDeliveryPage = {
  __typename?: 'WebhookDeliveryPage';
  /** The deliveries of this page. */
  items: Array<WebhookDelivery>;
  /** This page's number. */
  page: Scalars['Int']['output'];
  /** The page size used. */
  pageSize: Scalars['Int']['output'];
  /** Deliveries matching the filter in all. */
  total: Scalars['Int']['output'];
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed (retries for up to 24 h) or the endpoint was disabled; `redeliverWebhook` tries again. */
  | 'FAILED'
  /** Waiting for its first or next attempt. */
  | 'PENDING';

/** A URL that receives signed notifications (Standard Webhooks). */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Free text for operators. */
  description?: Maybe<Scalars['String']['output']>;
  /** Why it is disabled: `operator`, `persistent_failure` or `gone` (the receiver answered 410); null when enabled. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** Whether deliveries are sent. */
  enabled: Scalars['Boolean']['output'];
  /** The notifications sent here; every type when empty. */
  eventTypes: Array<NotificationType>;
  /** `SEATS_LOW` when free seats fall below this number (default 10). */
  freeSeatsBelow: Scalars['Int']['output'];
  /** The endpoint's id. */
  id: Scalars['ID']['output'];
  /** Only notifications about this mother group (null: any). */
  motherGroupId?: Maybe<Scalars['ID']['output']>;
  /** Only notifications about this pool group (null: any). */
  poolGroupId?: Maybe<Scalars['ID']['output']>;
  /** Deliveries to this endpoint in the last 24 h that failed every attempt so far. */
  recentFailures: Scalars['Int']['output'];
  /** `REDEEM_FAILURES_HIGH` above this many failed redeems in a minute (default 20). */
  redeemFailuresPerMinute: Scalars['Int']['output'];
  /** The first four characters of the secret after `whsec_`, to tell secrets apart. */
  secretHint: Scalars['String']['output'];
  /** `TOKEN_EXPIRING` this many days before a token expires (default 7). */
  tokenExpiryDays: Scalars['Int']['output'];
  /** The http(s) URL deliveries are POSTed to. */
  url: Scalars['String']['output'];
};

/** An endpoint with its signing secret, returned once at creation or rotation. */
export type WebhookEndpointCreated = {
  __typename?: 'WebhookEndpointCreated';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /** `whsec_` + base64 of 32 random bytes; store it now, it is never shown again. */
  secret: Scalars['String']['output'];
};

/** A page of endpoints. */
export type WebhookEndpointPage = {
  __typename?: 'WebhookEndpointPage';
  /** The endpoints of this page. */
  items: Array<WebhookEndpoint>;
  /** This page's number. */
  page: Scalars['Int']['output'];
  /** The page size used. */
  pageSize: Scalars['Int']['output'];
  /** Endpoints in all. */
  total: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  WebhookEndpoint: WebhookEndpoint;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  WebhookEndpoint:
    ( { __typename: 'WebhookEndpoint' }
    & GraphQLRecursivePick<FederationTypes['WebhookEndpoint'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  NotificationType: NotificationType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryModel>;
  WebhookDeliveryPage: ResolverTypeWrapper<Omit<WebhookDeliveryPage, 'items'> & { items: Array<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointModel>;
  WebhookEndpointCreated: ResolverTypeWrapper<CreatedEndpointModel>;
  WebhookEndpointPage: ResolverTypeWrapper<Omit<WebhookEndpointPage, 'items'> & { items: Array<ResolversTypes['WebhookEndpoint']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  WebhookDelivery: WebhookDeliveryModel;
  WebhookDeliveryPage: Omit<WebhookDeliveryPage, 'items'> & { items: Array<ResolversParentTypes['WebhookDelivery']> };
  WebhookEndpoint: WebhookEndpointModel;
  WebhookEndpointCreated: CreatedEndpointModel;
  WebhookEndpointPage: Omit<WebhookEndpointPage, 'items'> & { items: Array<ResolversParentTypes['WebhookEndpoint']> };
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = NotifyContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointCreated'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  deleteWebhookEndpoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'id'>>;
  disableWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationDisableWebhookEndpointArgs, 'id'>>;
  enableWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationEnableWebhookEndpointArgs, 'id'>>;
  redeliverWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookEndpointCreated'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  sendTestWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationSendTestWebhookArgs, 'id'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'id' | 'input'>>;
};

export type QueryResolvers<ContextType = NotifyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryPage'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'page' | 'pageSize'>>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType, RequireFields<QueryWebhookEndpointArgs, 'id'>>;
  webhookEndpoints?: Resolver<ResolversTypes['WebhookEndpointPage'], ParentType, ContextType, RequireFields<QueryWebhookEndpointsArgs, 'page' | 'pageSize'>>;
};

export type WebhookDeliveryResolvers<ContextType = NotifyContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastResponse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationType'], ParentType, ContextType>;
};

export type WebhookDeliveryPageResolvers<ContextType = NotifyContext, ParentType extends ResolversParentTypes['WebhookDeliveryPage'] = ResolversParentTypes['WebhookDeliveryPage']> = {
  items?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookEndpointResolvers<ContextType = NotifyContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint'], FederationReferenceType extends FederationReferenceTypes['WebhookEndpoint'] = FederationReferenceTypes['WebhookEndpoint']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WebhookEndpoint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['NotificationType']>, ParentType, ContextType>;
  freeSeatsBelow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  motherGroupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  poolGroupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  recentFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redeemFailuresPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  secretHint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tokenExpiryDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookEndpointCreatedResolvers<ContextType = NotifyContext, ParentType extends ResolversParentTypes['WebhookEndpointCreated'] = ResolversParentTypes['WebhookEndpointCreated']> = {
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookEndpointPageResolvers<ContextType = NotifyContext, ParentType extends ResolversParentTypes['WebhookEndpointPage'] = ResolversParentTypes['WebhookEndpointPage']> = {
  items?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = NotifyContext> = {
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryPage?: WebhookDeliveryPageResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointCreated?: WebhookEndpointCreatedResolvers<ContextType>;
  WebhookEndpointPage?: WebhookEndpointPageResolvers<ContextType>;
};


import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DashboardParent, TrendsParent, UsageParent } from '../resolvers/parents';
import type { BaseContext } from '@seatpool/kit';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** A non-empty bucket of a raw series (internal: stats fills the gaps). */
export type BucketCount = {
  __typename?: 'BucketCount';
  /** Index of the bucket in the window, 0 for the first (`since`). */
  bucket: Scalars['Int']['output'];
  /** How many events fell into the bucket (always > 0: empty buckets are left out). */
  count: Scalars['Int']['output'];
};

/** The unified dashboard: each domain resolves the figures it owns; stats combines them (e.g. `codeQuota`). */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Free seats on active mothers with an enabled team minus unused, unexpired codes. Negative = oversold codes. */
  codeQuota: Scalars['Int']['output'];
  /** Always `global`: there is one dashboard. */
  id: Scalars['ID']['output'];
  redeemableCodes: Scalars['Int']['output'];
  sellableSeats: Scalars['Int']['output'];
};

/** A paid team-admin account with a fixed number of seats. */
export type Mother = {
  __typename?: 'Mother';
  /** The mother's id. */
  id: Scalars['ID']['output'];
  /** invitesAccepted / invitesDelivered, a ratio from 0 to 1; null when no invite was delivered yet. */
  inviteAcceptanceRate?: Maybe<Scalars['Float']['output']>;
  invitesAccepted: Scalars['Int']['output'];
  invitesDelivered: Scalars['Int']['output'];
};

/** Usage of one mother group: seats and health from pool, codes and invites from users, the acceptance rate from stats. */
export type MotherGroupUsage = {
  __typename?: 'MotherGroupUsage';
  /** invitesAccepted / invitesDelivered, a ratio from 0 to 1; null when no invite was delivered yet. */
  inviteAcceptanceRate?: Maybe<Scalars['Float']['output']>;
  invitesAccepted: Scalars['Int']['output'];
  invitesDelivered: Scalars['Int']['output'];
  /** The mother group's id (pool's). */
  motherGroupId: Scalars['ID']['output'];
};

/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type Query = {
  __typename?: 'Query';
  /** The unified dashboard across pool and users (admin). */
  dashboard: Dashboard;
  /** Series over the last `days` (1 to 90) UTC days, or with HOUR the last `days` × 24 hours (1 or 2 days), empty buckets as 0 (admin). */
  trends: Trends;
};


/** Read operations: admin queries (an operator session or an API key with the scope named), public look-ups and the internal API. */
export type QueryTrendsArgs = {
  days: Scalars['Int']['input'];
  granularity?: InputMaybe<TrendGranularity>;
};

/** Bucket width of a trend. */
export type TrendGranularity =
  /** One bucket per UTC day (midnight to midnight). */
  | 'DAY'
  /** One bucket per full UTC hour. */
  | 'HOUR';

/** One bucket of a series. */
export type TrendPoint = {
  __typename?: 'TrendPoint';
  /** How many events fell into the bucket (0 for an empty one). */
  count: Scalars['Int']['output'];
  /** Start of the bucket (UTC midnight, or the full hour). */
  start: Scalars['DateTime']['output'];
};

/** Time series over one window; each domain contributes the series it owns, stats fills empty buckets. */
export type Trends = {
  __typename?: 'Trends';
  /** Number of buckets. */
  buckets: Scalars['Int']['output'];
  /** Bucket width of every series in this window. */
  granularity: TrendGranularity;
  inviteFailedCounts: Array<BucketCount>;
  inviteSentCounts: Array<BucketCount>;
  /** Invite requests that failed (no seat, upstream error), by creation time (users). */
  invitesFailed: Array<TrendPoint>;
  /** Invite requests whose invite reached the upstream, by creation time (users). */
  invitesSent: Array<TrendPoint>;
  /** Mothers registered, by creation time (pool). */
  mothersAdded: Array<TrendPoint>;
  mothersAddedCounts: Array<BucketCount>;
  /** ACTIVE mothers that became INVALID or DISABLED other than by an operator (pool). */
  mothersLost: Array<TrendPoint>;
  mothersLostCounts: Array<BucketCount>;
  redeemCounts: Array<BucketCount>;
  /** Codes redeemed, by the time of their first redeem (users). */
  redeems: Array<TrendPoint>;
  /** Start of the first bucket. */
  since: Scalars['DateTime']['output'];
  switchCounts: Array<BucketCount>;
  /** Switch, refresh and rebind requests that succeeded, by completion time (users). */
  switches: Array<TrendPoint>;
  /** End of the last bucket (exclusive). */
  until: Scalars['DateTime']['output'];
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
  Dashboard: Dashboard;
  Mother: Mother;
  MotherGroupUsage: MotherGroupUsage;
  Trends: Trends;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Dashboard:
    ( { __typename: 'Dashboard' }
    & GraphQLRecursivePick<FederationTypes['Dashboard'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Dashboard'], {"sellableSeats":true,"redeemableCodes":true}> ) );
  Mother:
    ( { __typename: 'Mother' }
    & GraphQLRecursivePick<FederationTypes['Mother'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Mother'], {"invitesDelivered":true,"invitesAccepted":true}> ) );
  MotherGroupUsage:
    ( { __typename: 'MotherGroupUsage' }
    & GraphQLRecursivePick<FederationTypes['MotherGroupUsage'], {"motherGroupId":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['MotherGroupUsage'], {"invitesDelivered":true,"invitesAccepted":true}> ) );
  Trends:
    ( { __typename: 'Trends' }
    & GraphQLRecursivePick<FederationTypes['Trends'], {"granularity":true,"since":true,"buckets":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"inviteSentCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"inviteSentCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"inviteSentCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"inviteSentCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteFailedCounts":{"bucket":true,"count":true},"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteSentCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteSentCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteSentCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteSentCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"inviteSentCounts":{"bucket":true,"count":true},"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"mothersAddedCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"mothersAddedCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"mothersAddedCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"mothersAddedCounts":{"bucket":true,"count":true},"mothersLostCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"mothersLostCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"mothersLostCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"mothersLostCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"mothersLostCounts":{"bucket":true,"count":true},"redeemCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"redeemCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"redeemCounts":{"bucket":true,"count":true},"switchCounts":{"bucket":true,"count":true}}>
        | GraphQLRecursivePick<FederationTypes['Trends'], {"switchCounts":{"bucket":true,"count":true}}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BucketCount: ResolverTypeWrapper<BucketCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Dashboard: ResolverTypeWrapper<DashboardParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mother: ResolverTypeWrapper<UsageParent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MotherGroupUsage: ResolverTypeWrapper<UsageParent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TrendGranularity: TrendGranularity;
  TrendPoint: ResolverTypeWrapper<TrendPoint>;
  Trends: ResolverTypeWrapper<TrendsParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BucketCount: BucketCount;
  Int: Scalars['Int']['output'];
  Dashboard: DashboardParent;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mother: UsageParent;
  Float: Scalars['Float']['output'];
  MotherGroupUsage: UsageParent;
  Query: Record<PropertyKey, never>;
  TrendPoint: TrendPoint;
  Trends: TrendsParent;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
};

export type BucketCountResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['BucketCount'] = ResolversParentTypes['BucketCount']> = {
  bucket?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DashboardResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard'], FederationReferenceType extends FederationReferenceTypes['Dashboard'] = FederationReferenceTypes['Dashboard']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  codeQuota?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MotherResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Mother'] = ResolversParentTypes['Mother'], FederationReferenceType extends FederationReferenceTypes['Mother'] = FederationReferenceTypes['Mother']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mother']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inviteAcceptanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MotherGroupUsageResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['MotherGroupUsage'] = ResolversParentTypes['MotherGroupUsage'], FederationReferenceType extends FederationReferenceTypes['MotherGroupUsage'] = FederationReferenceTypes['MotherGroupUsage']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MotherGroupUsage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  inviteAcceptanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  motherGroupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType>;
  trends?: Resolver<ResolversTypes['Trends'], ParentType, ContextType, RequireFields<QueryTrendsArgs, 'days' | 'granularity'>>;
};

export type TrendPointResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['TrendPoint'] = ResolversParentTypes['TrendPoint']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TrendsResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Trends'] = ResolversParentTypes['Trends'], FederationReferenceType extends FederationReferenceTypes['Trends'] = FederationReferenceTypes['Trends']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Trends']> | FederationReferenceType, FederationReferenceType, ContextType>;
  buckets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['TrendGranularity'], ParentType, ContextType>;
  invitesFailed?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType>;
  invitesSent?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType>;
  mothersAdded?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType>;
  mothersLost?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType>;
  redeems?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  switches?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type Resolvers<ContextType = BaseContext> = {
  BucketCount?: BucketCountResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mother?: MotherResolvers<ContextType>;
  MotherGroupUsage?: MotherGroupUsageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TrendPoint?: TrendPointResolvers<ContextType>;
  Trends?: TrendsResolvers<ContextType>;
};


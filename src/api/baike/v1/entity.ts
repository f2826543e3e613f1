// Generated from catalog/baike.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { AliaseSchema, OuterInfoSchema, RelatedMetaSchema } from './models.ts'
import type { Aliase, Entity, OuterInfo, RelatedMeta } from './types.ts'

/** Input of {@link createEntity}. */
export interface CreateEntityInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    main_keys: Aliase[]
    full_names?: Aliase[]
    aliases?: Aliase[]
    description?: string
    related_meta?: RelatedMeta
    outer_info?: OuterInfo
    rich_text?: string
  }
}

/** `data` of a successful {@link createEntity} response. */
export interface CreateEntityOutput {
  entity?: Entity
}

/**
 * `baike.v1.entity.create`: POST /open-apis/baike/v1/entities (tenant or user token).
 *
 * @deprecated Use `createEntity` from `larkfn/lingo/v1` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=baike&resource=entity&version=v1
 */
export const createEntity = /*#__PURE__*/ endpoint<CreateEntityInput, CreateEntityOutput>({
  id: 'baike.v1.entity.create',
  method: 'POST',
  path: '/open-apis/baike/v1/entities',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        main_keys: array(AliaseSchema()),
        full_names: optional(array(AliaseSchema())),
        aliases: optional(array(AliaseSchema())),
        description: optional(string()),
        related_meta: optional(RelatedMetaSchema()),
        outer_info: optional(OuterInfoSchema()),
        rich_text: optional(string()),
      }),
    }),
})

/** Input of {@link extractEntity}. */
export interface ExtractEntityInput {
  body?: { text?: string }
}

/** `data` of a successful {@link extractEntity} response. */
export interface ExtractEntityOutput {
  entity_word: { name: string; aliases?: string[] }[]
}

/**
 * `baike.v1.entity.extract`: POST /open-apis/baike/v1/entities/extract (tenant or user token).
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=extract&project=baike&resource=entity&version=v1
 */
export const extractEntity = /*#__PURE__*/ endpoint<ExtractEntityInput, ExtractEntityOutput>({
  id: 'baike.v1.entity.extract',
  method: 'POST',
  path: '/open-apis/baike/v1/entities/extract',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: optional(looseObject({ text: optional(string()) })) }),
})

/** Input of {@link getEntity}. */
export interface GetEntityInput {
  path: { entity_id: string }
  query?: { provider?: string; outer_id?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getEntity} response. */
export interface GetEntityOutput {
  entity?: Entity
}

/**
 * `baike.v1.entity.get`: GET /open-apis/baike/v1/entities/:entity_id (tenant or user token).
 *
 * @deprecated Use `getEntity` from `larkfn/lingo/v1` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=baike&resource=entity&version=v1
 */
export const getEntity = /*#__PURE__*/ endpoint<GetEntityInput, GetEntityOutput>({
  id: 'baike.v1.entity.get',
  method: 'GET',
  path: '/open-apis/baike/v1/entities/:entity_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ entity_id: string() }),
      query: optional(looseObject({
        provider: optional(string()),
        outer_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
})

/** Input of {@link highlightEntity}. */
export interface HighlightEntityInput {
  body: { text: string }
}

/** `data` of a successful {@link highlightEntity} response. */
export interface HighlightEntityOutput {
  phrases?: { name: string; entity_ids: string[]; span: { start: number; end: number } }[]
}

/**
 * `baike.v1.entity.highlight`: POST /open-apis/baike/v1/entities/highlight (tenant or user token).
 *
 * @deprecated Use `highlightEntity` from `larkfn/lingo/v1` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=highlight&project=baike&resource=entity&version=v1
 */
export const highlightEntity = /*#__PURE__*/ endpoint<HighlightEntityInput, HighlightEntityOutput>({
  id: 'baike.v1.entity.highlight',
  method: 'POST',
  path: '/open-apis/baike/v1/entities/highlight',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ text: string() }) }),
})

/** Input of {@link listEntity}. */
export interface ListEntityInput {
  query?: {
    page_size?: number
    page_token?: string
    provider?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listEntity} response. */
export interface ListEntityOutput {
  entities?: Entity[]
  page_token?: string
}

/**
 * `baike.v1.entity.list`: GET /open-apis/baike/v1/entities (tenant or user token).
 *
 * Paginated over `entities`.
 *
 * @deprecated Use `listEntity` from `larkfn/lingo/v1` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=baike&resource=entity&version=v1
 */
export const listEntity = /*#__PURE__*/ endpoint<ListEntityInput, ListEntityOutput, true>({
  id: 'baike.v1.entity.list',
  method: 'GET',
  path: '/open-apis/baike/v1/entities',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        provider: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'entities' },
})

/** Input of {@link matchEntity}. */
export interface MatchEntityInput {
  body: { word: string }
}

/** `data` of a successful {@link matchEntity} response. */
export interface MatchEntityOutput {
  results?: { entity_id?: string; type?: number }[]
}

/**
 * `baike.v1.entity.match`: POST /open-apis/baike/v1/entities/match (tenant or user token).
 *
 * @deprecated Use `matchEntity` from `larkfn/lingo/v1` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=match&project=baike&resource=entity&version=v1
 */
export const matchEntity = /*#__PURE__*/ endpoint<MatchEntityInput, MatchEntityOutput>({
  id: 'baike.v1.entity.match',
  method: 'POST',
  path: '/open-apis/baike/v1/entities/match',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ word: string() }) }),
})

/** Input of {@link searchEntity}. */
export interface SearchEntityInput {
  query?: { page_size?: number; page_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: {
    query?: string
    classification_filter?: { include?: string[]; exclude?: string[] }
    sources?: number[]
    creators?: string[]
  }
}

/** `data` of a successful {@link searchEntity} response. */
export interface SearchEntityOutput {
  entities?: Entity[]
  page_token?: string
}

/**
 * `baike.v1.entity.search`: POST /open-apis/baike/v1/entities/search (tenant or user token).
 *
 * Paginated over `entities`.
 *
 * @deprecated Use `searchEntity` from `larkfn/lingo/v1` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=baike&resource=entity&version=v1
 */
export const searchEntity = /*#__PURE__*/ endpoint<SearchEntityInput, SearchEntityOutput, true>({
  id: 'baike.v1.entity.search',
  method: 'POST',
  path: '/open-apis/baike/v1/entities/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: optional(looseObject({
        query: optional(string()),
        classification_filter: optional(looseObject({
          include: optional(array(string())),
          exclude: optional(array(string())),
        })),
        sources: optional(array(number())),
        creators: optional(array(string())),
      })),
    }),
  page: { items: 'entities' },
})

/** Input of {@link updateEntity}. */
export interface UpdateEntityInput {
  path: { entity_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    main_keys: Aliase[]
    full_names?: Aliase[]
    aliases?: Aliase[]
    description?: string
    related_meta?: RelatedMeta
    outer_info?: OuterInfo
    rich_text?: string
  }
}

/** `data` of a successful {@link updateEntity} response. */
export interface UpdateEntityOutput {
  entity?: Entity
}

/**
 * `baike.v1.entity.update`: PUT /open-apis/baike/v1/entities/:entity_id (tenant or user token).
 *
 * @deprecated Use `updateEntity` from `larkfn/lingo/v1` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=baike&resource=entity&version=v1
 */
export const updateEntity = /*#__PURE__*/ endpoint<UpdateEntityInput, UpdateEntityOutput>({
  id: 'baike.v1.entity.update',
  method: 'PUT',
  path: '/open-apis/baike/v1/entities/:entity_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ entity_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({
        main_keys: array(AliaseSchema()),
        full_names: optional(array(AliaseSchema())),
        aliases: optional(array(AliaseSchema())),
        description: optional(string()),
        related_meta: optional(RelatedMetaSchema()),
        outer_info: optional(OuterInfoSchema()),
        rich_text: optional(string()),
      }),
    }),
})

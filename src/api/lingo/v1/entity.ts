// Generated from catalog/lingo.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { AliaseSchema, I18nDescSchema, OuterInfoSchema, RelatedMetaSchema } from './models.ts'
import type { Aliase, Entity, I18nDesc, OuterInfo, RelatedMeta } from './types.ts'

/** Input of {@link createEntity}. */
export interface CreateEntityInput {
  query?: { repo_id?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: {
    main_keys: Aliase[]
    full_names?: Aliase[]
    aliases?: Aliase[]
    description?: string
    related_meta?: RelatedMeta
    outer_info?: OuterInfo
    rich_text?: string
    i18n_descs?: I18nDesc[]
  }
}

/** `data` of a successful {@link createEntity} response. */
export interface CreateEntityOutput {
  entity?: Entity
}

/**
 * `lingo.v1.entity.create`: POST /open-apis/lingo/v1/entities (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=lingo&resource=entity&version=v1
 */
export const createEntity = /*#__PURE__*/ endpoint<CreateEntityInput, CreateEntityOutput>({
  id: 'lingo.v1.entity.create',
  method: 'POST',
  path: '/open-apis/lingo/v1/entities',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        repo_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
      body: looseObject({
        main_keys: array(AliaseSchema()),
        full_names: optional(array(AliaseSchema())),
        aliases: optional(array(AliaseSchema())),
        description: optional(string()),
        related_meta: optional(RelatedMetaSchema()),
        outer_info: optional(OuterInfoSchema()),
        rich_text: optional(string()),
        i18n_descs: optional(array(I18nDescSchema())),
      }),
    }),
})

/** Input of {@link deleteEntity}. */
export interface DeleteEntityInput {
  path: { entity_id: string }
  query?: { provider?: string; outer_id?: string }
}

/** `data` of a successful {@link deleteEntity} response. */
export type DeleteEntityOutput = { [key: string]: unknown }

/**
 * `lingo.v1.entity.delete`: DELETE /open-apis/lingo/v1/entities/:entity_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=lingo&resource=entity&version=v1
 */
export const deleteEntity = /*#__PURE__*/ endpoint<DeleteEntityInput, DeleteEntityOutput>({
  id: 'lingo.v1.entity.delete',
  method: 'DELETE',
  path: '/open-apis/lingo/v1/entities/:entity_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ entity_id: string() }),
      query: optional(looseObject({ provider: optional(string()), outer_id: optional(string()) })),
    }),
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
 * `lingo.v1.entity.get`: GET /open-apis/lingo/v1/entities/:entity_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=lingo&resource=entity&version=v1
 */
export const getEntity = /*#__PURE__*/ endpoint<GetEntityInput, GetEntityOutput>({
  id: 'lingo.v1.entity.get',
  method: 'GET',
  path: '/open-apis/lingo/v1/entities/:entity_id',
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
 * `lingo.v1.entity.highlight`: POST /open-apis/lingo/v1/entities/highlight (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=highlight&project=lingo&resource=entity&version=v1
 */
export const highlightEntity = /*#__PURE__*/ endpoint<HighlightEntityInput, HighlightEntityOutput>({
  id: 'lingo.v1.entity.highlight',
  method: 'POST',
  path: '/open-apis/lingo/v1/entities/highlight',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ text: string() }) }),
})

/** Input of {@link listEntity}. */
export interface ListEntityInput {
  query?: {
    page_size?: number
    page_token?: string
    provider?: string
    repo_id?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listEntity} response. */
export interface ListEntityOutput {
  entities?: Entity[]
  page_token?: string
  has_more?: boolean
}

/**
 * `lingo.v1.entity.list`: GET /open-apis/lingo/v1/entities (tenant or user token).
 *
 * Paginated over `entities`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=lingo&resource=entity&version=v1
 */
export const listEntity = /*#__PURE__*/ endpoint<ListEntityInput, ListEntityOutput, true>({
  id: 'lingo.v1.entity.list',
  method: 'GET',
  path: '/open-apis/lingo/v1/entities',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        provider: optional(string()),
        repo_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'entities' },
})

/** Input of {@link matchEntity}. */
export interface MatchEntityInput {
  query?: { repo_id?: string }
  body: { word: string }
}

/** `data` of a successful {@link matchEntity} response. */
export interface MatchEntityOutput {
  results?: { entity_id?: string; type?: number }[]
}

/**
 * `lingo.v1.entity.match`: POST /open-apis/lingo/v1/entities/match (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=match&project=lingo&resource=entity&version=v1
 */
export const matchEntity = /*#__PURE__*/ endpoint<MatchEntityInput, MatchEntityOutput>({
  id: 'lingo.v1.entity.match',
  method: 'POST',
  path: '/open-apis/lingo/v1/entities/match',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ repo_id: optional(string()) })),
      body: looseObject({ word: string() }),
    }),
})

/** Input of {@link searchEntity}. */
export interface SearchEntityInput {
  query?: {
    page_size?: number
    page_token?: string
    repo_id?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
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
  has_more?: boolean
}

/**
 * `lingo.v1.entity.search`: POST /open-apis/lingo/v1/entities/search (tenant or user token).
 *
 * Paginated over `entities`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=lingo&resource=entity&version=v1
 */
export const searchEntity = /*#__PURE__*/ endpoint<SearchEntityInput, SearchEntityOutput, true>({
  id: 'lingo.v1.entity.search',
  method: 'POST',
  path: '/open-apis/lingo/v1/entities/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        repo_id: optional(string()),
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
    i18n_descs?: I18nDesc[]
  }
}

/** `data` of a successful {@link updateEntity} response. */
export interface UpdateEntityOutput {
  entity?: Entity
}

/**
 * `lingo.v1.entity.update`: PUT /open-apis/lingo/v1/entities/:entity_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=lingo&resource=entity&version=v1
 */
export const updateEntity = /*#__PURE__*/ endpoint<UpdateEntityInput, UpdateEntityOutput>({
  id: 'lingo.v1.entity.update',
  method: 'PUT',
  path: '/open-apis/lingo/v1/entities/:entity_id',
  tokens: ['tenant'],
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
        i18n_descs: optional(array(I18nDescSchema())),
      }),
    }),
})

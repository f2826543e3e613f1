// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { FilterSchema } from './models.ts'
import type { Filter } from './types.ts'

/** Input of {@link oqlApplicationObjectQuery}. */
export interface OqlApplicationObjectQueryInput {
  path: { namespace: string }
  body: { query: string; args?: string; named_args?: string }
}

/** `data` of a successful {@link oqlApplicationObjectQuery} response. */
export interface OqlApplicationObjectQueryOutput {
  columns: string[]
  rows: string
}

/**
 * `apaas.v1.application.object.oql_query`: POST /open-apis/apaas/v1/applications/:namespace/objects/oql_query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=oql_query&project=apaas&resource=application.object&version=v1
 */
export const oqlApplicationObjectQuery = /*#__PURE__*/ endpoint<OqlApplicationObjectQueryInput, OqlApplicationObjectQueryOutput>({
  id: 'apaas.v1.application.object.oql_query',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/objects/oql_query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string() }),
      body: looseObject({ query: string(), args: optional(string()), named_args: optional(string()) }),
    }),
})

/** Input of {@link searchApplicationObject}. */
export interface SearchApplicationObjectInput {
  path: { namespace: string }
  body?: {
    q?: string
    search_objects?: {
      api_name?: string
      search_fields?: string[]
      select?: string[]
      filter?: Filter
      order_by?: { field?: string; order_type?: 'asc' | 'desc' }
    }[]
    page_token?: string
    page_size?: string
    metadata?: 'Label' | 'SearchLayout'
  }
}

/** `data` of a successful {@link searchApplicationObject} response. */
export interface SearchApplicationObjectOutput {
  records?: string
  has_more?: boolean
  next_page_token?: string
  objects?: {
    object?: {
      id?: number
      api_name?: string
      label?: { [key: string]: string }
      settings?: {
        display_name?: string
        allow_search_fields?: string[]
        search_layout?: { display_fields?: string[] }
      }
    }
    fields?: { id?: number; api_name?: string; type?: string; label?: { [key: string]: string } }[]
  }[]
}

/**
 * `apaas.v1.application.object.search`: POST /open-apis/apaas/v1/applications/:namespace/objects/search (tenant token).
 *
 * Paginated over `objects` (page token in the body, next token in `next_page_token`).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=apaas&resource=application.object&version=v1
 */
export const searchApplicationObject = /*#__PURE__*/ endpoint<SearchApplicationObjectInput, SearchApplicationObjectOutput, true>({
  id: 'apaas.v1.application.object.search',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/objects/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string() }),
      body: optional(looseObject({
        q: optional(string()),
        search_objects: optional(array(looseObject({
          api_name: optional(string()),
          search_fields: optional(array(string())),
          select: optional(array(string())),
          filter: optional(FilterSchema()),
          order_by: optional(looseObject({
            field: optional(string()),
            order_type: optional(picklist(['asc', 'desc'])),
          })),
        }))),
        page_token: optional(string()),
        page_size: optional(string()),
        metadata: optional(picklist(['Label', 'SearchLayout'])),
      })),
    }),
  page: { items: 'objects', tokenIn: 'body', next: 'next_page_token' },
})

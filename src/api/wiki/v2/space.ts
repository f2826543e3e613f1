// Generated from catalog/wiki.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Node, Space } from './types.ts'

/** Input of {@link createSpace}. */
export interface CreateSpaceInput {
  body?: { name?: string; description?: string; open_sharing?: 'open' | 'closed' }
}

/** `data` of a successful {@link createSpace} response. */
export interface CreateSpaceOutput {
  space?: Space
}

/**
 * `wiki.v2.space.create`: POST /open-apis/wiki/v2/spaces (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=wiki&resource=space&version=v2
 */
export const createSpace = /*#__PURE__*/ endpoint<CreateSpaceInput, CreateSpaceOutput>({
  id: 'wiki.v2.space.create',
  method: 'POST',
  path: '/open-apis/wiki/v2/spaces',
  tokens: ['user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        name: optional(string()),
        description: optional(string()),
        open_sharing: optional(picklist(['open', 'closed'])),
      })),
    }),
})

/** Input of {@link getSpace}. */
export interface GetSpaceInput {
  path: { space_id: string }
  query?: {
    lang?:
      | 'zh'
      | 'id'
      | 'de'
      | 'en'
      | 'es'
      | 'fr'
      | 'it'
      | 'pt'
      | 'vi'
      | 'ru'
      | 'hi'
      | 'th'
      | 'ko'
      | 'ja'
      | 'zh-HK'
      | 'zh-TW'
  }
}

/** `data` of a successful {@link getSpace} response. */
export interface GetSpaceOutput {
  space?: Space
}

/**
 * `wiki.v2.space.get`: GET /open-apis/wiki/v2/spaces/:space_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=wiki&resource=space&version=v2
 */
export const getSpace = /*#__PURE__*/ endpoint<GetSpaceInput, GetSpaceOutput>({
  id: 'wiki.v2.space.get',
  method: 'GET',
  path: '/open-apis/wiki/v2/spaces/:space_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ space_id: string() }),
      query: optional(looseObject({
        lang: optional(picklist([
          'zh',
          'id',
          'de',
          'en',
          'es',
          'fr',
          'it',
          'pt',
          'vi',
          'ru',
          'hi',
          'th',
          'ko',
          'ja',
          'zh-HK',
          'zh-TW',
        ])),
      })),
    }),
})

/** Input of {@link getSpaceNode}. */
export interface GetSpaceNodeInput {
  query: { token: string; obj_type?: 'doc' | 'docx' | 'sheet' | 'mindnote' | 'bitable' | 'file' | 'slides' | 'wiki' }
}

/** `data` of a successful {@link getSpaceNode} response. */
export interface GetSpaceNodeOutput {
  node?: Node
}

/**
 * `wiki.v2.space.get_node`: GET /open-apis/wiki/v2/spaces/get_node (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_node&project=wiki&resource=space&version=v2
 */
export const getSpaceNode = /*#__PURE__*/ endpoint<GetSpaceNodeInput, GetSpaceNodeOutput>({
  id: 'wiki.v2.space.get_node',
  method: 'GET',
  path: '/open-apis/wiki/v2/spaces/get_node',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        token: string(),
        obj_type: optional(picklist(['doc', 'docx', 'sheet', 'mindnote', 'bitable', 'file', 'slides', 'wiki'])),
      }),
    }),
})

/** Input of {@link listSpace}. */
export interface ListSpaceInput {
  query?: { page_size?: number; page_token?: string; space_type?: string }
}

/** `data` of a successful {@link listSpace} response. */
export interface ListSpaceOutput {
  items?: Space[]
  page_token?: string
  has_more?: boolean
}

/**
 * `wiki.v2.space.list`: GET /open-apis/wiki/v2/spaces (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=wiki&resource=space&version=v2
 */
export const listSpace = /*#__PURE__*/ endpoint<ListSpaceInput, ListSpaceOutput, true>({
  id: 'wiki.v2.space.list',
  method: 'GET',
  path: '/open-apis/wiki/v2/spaces',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        space_type: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

// Generated from catalog/wiki.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Node } from './types.ts'

/** Input of {@link copySpaceNode}. */
export interface CopySpaceNodeInput {
  path: { space_id: string; node_token: string }
  body?: { target_parent_token?: string; target_space_id?: string; title?: string }
}

/** `data` of a successful {@link copySpaceNode} response. */
export interface CopySpaceNodeOutput {
  node: Node
}

/**
 * `wiki.v2.space.node.copy`: POST /open-apis/wiki/v2/spaces/:space_id/nodes/:node_token/copy (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=copy&project=wiki&resource=space.node&version=v2
 */
export const copySpaceNode = /*#__PURE__*/ endpoint<CopySpaceNodeInput, CopySpaceNodeOutput>({
  id: 'wiki.v2.space.node.copy',
  method: 'POST',
  path: '/open-apis/wiki/v2/spaces/:space_id/nodes/:node_token/copy',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ space_id: string(), node_token: string() }),
      body: optional(looseObject({
        target_parent_token: optional(string()),
        target_space_id: optional(string()),
        title: optional(string()),
      })),
    }),
})

/** Input of {@link createSpaceNode}. */
export interface CreateSpaceNodeInput {
  path: { space_id: string }
  body: {
    obj_type: 'doc' | 'sheet' | 'mindnote' | 'bitable' | 'file' | 'docx' | 'slides'
    parent_node_token?: string
    node_type: 'origin' | 'shortcut'
    origin_node_token?: string
    title?: string
  }
}

/** `data` of a successful {@link createSpaceNode} response. */
export interface CreateSpaceNodeOutput {
  node?: Node
}

/**
 * `wiki.v2.space.node.create`: POST /open-apis/wiki/v2/spaces/:space_id/nodes (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=wiki&resource=space.node&version=v2
 */
export const createSpaceNode = /*#__PURE__*/ endpoint<CreateSpaceNodeInput, CreateSpaceNodeOutput>({
  id: 'wiki.v2.space.node.create',
  method: 'POST',
  path: '/open-apis/wiki/v2/spaces/:space_id/nodes',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ space_id: string() }),
      body: looseObject({
        obj_type: picklist(['doc', 'sheet', 'mindnote', 'bitable', 'file', 'docx', 'slides']),
        parent_node_token: optional(string()),
        node_type: picklist(['origin', 'shortcut']),
        origin_node_token: optional(string()),
        title: optional(string()),
      }),
    }),
})

/** Input of {@link listSpaceNode}. */
export interface ListSpaceNodeInput {
  path: { space_id: string }
  query?: { page_size?: number; page_token?: string; parent_node_token?: string }
}

/** `data` of a successful {@link listSpaceNode} response. */
export interface ListSpaceNodeOutput {
  items?: Node[]
  page_token?: string
  has_more?: boolean
}

/**
 * `wiki.v2.space.node.list`: GET /open-apis/wiki/v2/spaces/:space_id/nodes (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=wiki&resource=space.node&version=v2
 */
export const listSpaceNode = /*#__PURE__*/ endpoint<ListSpaceNodeInput, ListSpaceNodeOutput, true>({
  id: 'wiki.v2.space.node.list',
  method: 'GET',
  path: '/open-apis/wiki/v2/spaces/:space_id/nodes',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ space_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        parent_node_token: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link moveSpaceNode}. */
export interface MoveSpaceNodeInput {
  path: { space_id: string; node_token: string }
  body?: { target_parent_token?: string; target_space_id?: string }
}

/** `data` of a successful {@link moveSpaceNode} response. */
export interface MoveSpaceNodeOutput {
  node?: Node
}

/**
 * `wiki.v2.space.node.move`: POST /open-apis/wiki/v2/spaces/:space_id/nodes/:node_token/move (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=move&project=wiki&resource=space.node&version=v2
 */
export const moveSpaceNode = /*#__PURE__*/ endpoint<MoveSpaceNodeInput, MoveSpaceNodeOutput>({
  id: 'wiki.v2.space.node.move',
  method: 'POST',
  path: '/open-apis/wiki/v2/spaces/:space_id/nodes/:node_token/move',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ space_id: string(), node_token: string() }),
      body: optional(looseObject({ target_parent_token: optional(string()), target_space_id: optional(string()) })),
    }),
})

/** Input of {@link moveSpaceNodeDocsToWiki}. */
export interface MoveSpaceNodeDocsToWikiInput {
  path: { space_id: string }
  body: {
    parent_wiki_token?: string
    obj_type: 'doc' | 'sheet' | 'bitable' | 'mindnote' | 'docx' | 'file' | 'slides'
    obj_token: string
    apply?: boolean
  }
}

/** `data` of a successful {@link moveSpaceNodeDocsToWiki} response. */
export interface MoveSpaceNodeDocsToWikiOutput {
  wiki_token?: string
  task_id?: string
  applied?: boolean
}

/**
 * `wiki.v2.space.node.move_docs_to_wiki`: POST /open-apis/wiki/v2/spaces/:space_id/nodes/move_docs_to_wiki (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=move_docs_to_wiki&project=wiki&resource=space.node&version=v2
 */
export const moveSpaceNodeDocsToWiki = /*#__PURE__*/ endpoint<MoveSpaceNodeDocsToWikiInput, MoveSpaceNodeDocsToWikiOutput>({
  id: 'wiki.v2.space.node.move_docs_to_wiki',
  method: 'POST',
  path: '/open-apis/wiki/v2/spaces/:space_id/nodes/move_docs_to_wiki',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ space_id: string() }),
      body: looseObject({
        parent_wiki_token: optional(string()),
        obj_type: picklist(['doc', 'sheet', 'bitable', 'mindnote', 'docx', 'file', 'slides']),
        obj_token: string(),
        apply: optional(boolean()),
      }),
    }),
})

/** Input of {@link updateSpaceNodeTitle}. */
export interface UpdateSpaceNodeTitleInput {
  path: { space_id: string; node_token: string }
  body: { title: string }
}

/** `data` of a successful {@link updateSpaceNodeTitle} response. */
export type UpdateSpaceNodeTitleOutput = { [key: string]: unknown }

/**
 * `wiki.v2.space.node.update_title`: POST /open-apis/wiki/v2/spaces/:space_id/nodes/:node_token/update_title (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_title&project=wiki&resource=space.node&version=v2
 */
export const updateSpaceNodeTitle = /*#__PURE__*/ endpoint<UpdateSpaceNodeTitleInput, UpdateSpaceNodeTitleOutput>({
  id: 'wiki.v2.space.node.update_title',
  method: 'POST',
  path: '/open-apis/wiki/v2/spaces/:space_id/nodes/:node_token/update_title',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ space_id: string(), node_token: string() }),
      body: looseObject({ title: string() }),
    }),
})

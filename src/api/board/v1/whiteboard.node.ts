// Generated from catalog/board.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CreateNodeSchema } from './models.ts'
import type { CreateNode, Node } from './types.ts'

/** Input of {@link batchDeleteWhiteboardNode}. */
export interface BatchDeleteWhiteboardNodeInput {
  path: { whiteboard_id: string }
  query?: { client_token?: string }
  body?: { ids?: string[] }
}

/** `data` of a successful {@link batchDeleteWhiteboardNode} response. */
export interface BatchDeleteWhiteboardNodeOutput {
  client_token: string
}

/**
 * `board.v1.whiteboard.node.batch_delete`: DELETE /open-apis/board/v1/whiteboards/:whiteboard_id/nodes/batch_delete (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=board&resource=whiteboard.node&version=v1
 */
export const batchDeleteWhiteboardNode = /*#__PURE__*/ endpoint<BatchDeleteWhiteboardNodeInput, BatchDeleteWhiteboardNodeOutput>({
  id: 'board.v1.whiteboard.node.batch_delete',
  method: 'DELETE',
  path: '/open-apis/board/v1/whiteboards/:whiteboard_id/nodes/batch_delete',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ whiteboard_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({ ids: optional(array(string())) })),
    }),
})

/** Input of {@link createWhiteboardNode}. */
export interface CreateWhiteboardNodeInput {
  path: { whiteboard_id: string }
  query?: { client_token?: string; user_id_type?: 'user_id' | 'union_id' | 'open_id' }
  body?: { nodes?: CreateNode[]; overwrite?: boolean }
}

/** `data` of a successful {@link createWhiteboardNode} response. */
export interface CreateWhiteboardNodeOutput {
  ids: string[]
  client_token?: string
}

/**
 * `board.v1.whiteboard.node.create`: POST /open-apis/board/v1/whiteboards/:whiteboard_id/nodes (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=board&resource=whiteboard.node&version=v1
 */
export const createWhiteboardNode = /*#__PURE__*/ endpoint<CreateWhiteboardNodeInput, CreateWhiteboardNodeOutput>({
  id: 'board.v1.whiteboard.node.create',
  method: 'POST',
  path: '/open-apis/board/v1/whiteboards/:whiteboard_id/nodes',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ whiteboard_id: string() }),
      query: optional(looseObject({
        client_token: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
      body: optional(looseObject({ nodes: optional(array(CreateNodeSchema())), overwrite: optional(boolean()) })),
    }),
})

/** Input of {@link createWhiteboardNodePlantuml}. */
export interface CreateWhiteboardNodePlantumlInput {
  path: { whiteboard_id: string }
  body: {
    plant_uml_code: string
    style_type?: number
    syntax_type?: number
    diagram_type?: number
    overwrite?: boolean
    parse_mode?: number
    look_type?: number
  }
}

/** `data` of a successful {@link createWhiteboardNodePlantuml} response. */
export interface CreateWhiteboardNodePlantumlOutput {
  node_id?: string
  extra?: { [key: string]: string[] }
}

/**
 * `board.v1.whiteboard.node.create_plantuml`: POST /open-apis/board/v1/whiteboards/:whiteboard_id/nodes/plantuml (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create_plantuml&project=board&resource=whiteboard.node&version=v1
 */
export const createWhiteboardNodePlantuml = /*#__PURE__*/ endpoint<CreateWhiteboardNodePlantumlInput, CreateWhiteboardNodePlantumlOutput>({
  id: 'board.v1.whiteboard.node.create_plantuml',
  method: 'POST',
  path: '/open-apis/board/v1/whiteboards/:whiteboard_id/nodes/plantuml',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ whiteboard_id: string() }),
      body: looseObject({
        plant_uml_code: string(),
        style_type: optional(number()),
        syntax_type: optional(number()),
        diagram_type: optional(number()),
        overwrite: optional(boolean()),
        parse_mode: optional(number()),
        look_type: optional(number()),
      }),
    }),
})

/** Input of {@link listWhiteboardNode}. */
export interface ListWhiteboardNodeInput {
  path: { whiteboard_id: string }
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link listWhiteboardNode} response. */
export interface ListWhiteboardNodeOutput {
  nodes?: Node[]
}

/**
 * `board.v1.whiteboard.node.list`: GET /open-apis/board/v1/whiteboards/:whiteboard_id/nodes (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=board&resource=whiteboard.node&version=v1
 */
export const listWhiteboardNode = /*#__PURE__*/ endpoint<ListWhiteboardNodeInput, ListWhiteboardNodeOutput>({
  id: 'board.v1.whiteboard.node.list',
  method: 'GET',
  path: '/open-apis/board/v1/whiteboards/:whiteboard_id/nodes',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ whiteboard_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
    }),
})

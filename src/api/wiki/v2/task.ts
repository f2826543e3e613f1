// Generated from catalog/wiki.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, picklist, string } from '../../../core/valibot.ts'
import type { Node } from './types.ts'

/** Input of {@link getTask}. */
export interface GetTaskInput {
  path: { task_id: string }
  query: { task_type: 'move' }
}

/** `data` of a successful {@link getTask} response. */
export interface GetTaskOutput {
  task: {
    task_id: string
    move_result?: { node: Node; status: number; status_msg: string }[]
    delete_space_result?: { status?: string }
    simple_task_result?: { status?: string }
    move_wiki_to_docs_result?: {
      status?: number
      status_msg?: string
      obj_token?: string
      obj_type?: string
      url?: string
    }
  }
}

/**
 * `wiki.v2.task.get`: GET /open-apis/wiki/v2/tasks/:task_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=wiki&resource=task&version=v2
 */
export const getTask = /*#__PURE__*/ endpoint<GetTaskInput, GetTaskOutput>({
  id: 'wiki.v2.task.get',
  method: 'GET',
  path: '/open-apis/wiki/v2/tasks/:task_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ path: looseObject({ task_id: string() }), query: looseObject({ task_type: picklist(['move']) }) }),
})

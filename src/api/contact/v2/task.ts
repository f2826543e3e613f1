// Generated from catalog/contact.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getTask}. */
export interface GetTaskInput {
  query: { task_id: string }
}

/** `data` of a successful {@link getTask} response. */
export interface GetTaskOutput {
  task_id?: string
  type?: 'add_user' | 'add_department'
  status?: number
  progress?: number
  total_num?: number
  success_num?: number
  fail_num?: number
  create_time?: number
  finish_time?: number
  task_info?: {
    code?: number
    msg?: string
    action?: number
    name?: string
    email?: string
    mobile?: string
    user_id?: string
    departments?: string[]
    open_id?: string
    department_id?: string
    parent_id?: string
    chat_id?: string
  }[]
}

/**
 * `contact.v2.task.get`: GET /open-apis/contact/v2/task/get (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version//import-api/query-the-execution-status-of-a-batch-task
 */
export const getTask = /*#__PURE__*/ endpoint<GetTaskInput, GetTaskOutput>({
  id: 'contact.v2.task.get',
  method: 'GET',
  path: '/open-apis/contact/v2/task/get',
  tokens: ['tenant'],
  input: () => looseObject({ query: looseObject({ task_id: string() }) }),
})

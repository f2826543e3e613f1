// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Evaluation } from './types.ts'

/** Input of {@link listTodo}. */
export interface ListTodoInput {
  query: {
    page_token?: string
    page_size?: string
    user_id?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
    type: 'evaluation' | 'offer' | 'exam' | 'interview'
  }
}

/** `data` of a successful {@link listTodo} response. */
export interface ListTodoOutput {
  items?: { evaluation?: Evaluation; offer?: Evaluation; exam?: Evaluation; interview?: Evaluation }[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.todo.list`: GET /open-apis/hire/v1/todos (user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=todo&version=v1
 */
export const listTodo = /*#__PURE__*/ endpoint<ListTodoInput, ListTodoOutput, true>({
  id: 'hire.v1.todo.list',
  method: 'GET',
  path: '/open-apis/hire/v1/todos',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_token: optional(string()),
        page_size: optional(string()),
        user_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
        type: picklist(['evaluation', 'offer', 'exam', 'interview']),
      }),
    }),
  page: { items: 'items' },
})

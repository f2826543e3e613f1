// Generated from catalog/contact.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link batchAddDepartment}. */
export interface BatchAddDepartmentInput {
  body: {
    departments: {
      id?: string
      name: string
      parent_id: string
      leader_user_id?: string
      leader_open_id?: string
      create_group_chat?: boolean
    }[]
  }
}

/** `data` of a successful {@link batchAddDepartment} response. */
export interface BatchAddDepartmentOutput {
  task_id?: string
}

/**
 * `contact.v2.department.batch_add`: POST /open-apis/contact/v2/department/batch_add (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version//import-api/batch-add-departments
 */
export const batchAddDepartment = /*#__PURE__*/ endpoint<BatchAddDepartmentInput, BatchAddDepartmentOutput>({
  id: 'contact.v2.department.batch_add',
  method: 'POST',
  path: '/open-apis/contact/v2/department/batch_add',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        departments: array(looseObject({
          id: optional(string()),
          name: string(),
          parent_id: string(),
          leader_user_id: optional(string()),
          leader_open_id: optional(string()),
          create_group_chat: optional(boolean()),
        })),
      }),
    }),
})

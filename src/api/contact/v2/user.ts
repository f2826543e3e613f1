// Generated from catalog/contact.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link batchAddUser}. */
export interface BatchAddUserInput {
  body: {
    users: {
      name: string
      departments: string[]
      user_id?: string
      email?: string
      mobile: string
      mobile_visible?: boolean
      city?: string
      country?: string
      gender?: 1 | 2
      employee_type?: 1 | 2 | 3 | 4 | 5
      join_time?: number
      leader_user_id?: string
      leader_open_id?: string
      employee_no?: string
      custom_attrs?: { id: string; value?: { text?: string; url?: string; pc_url?: string } }[]
      work_station?: string
    }[]
    need_send_notification?: boolean
  }
}

/** `data` of a successful {@link batchAddUser} response. */
export interface BatchAddUserOutput {
  task_id?: string
}

/**
 * `contact.v2.user.batch_add`: POST /open-apis/contact/v2/user/batch_add (tenant token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated
 * @see https://open.feishu.cn/document/server-docs/historic-version//import-api/batch-add-users
 */
export const batchAddUser = /*#__PURE__*/ endpoint<BatchAddUserInput, BatchAddUserOutput>({
  id: 'contact.v2.user.batch_add',
  method: 'POST',
  path: '/open-apis/contact/v2/user/batch_add',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        users: array(looseObject({
          name: string(),
          departments: array(string()),
          user_id: optional(string()),
          email: optional(string()),
          mobile: string(),
          mobile_visible: optional(boolean()),
          city: optional(string()),
          country: optional(string()),
          gender: optional(picklist([1, 2])),
          employee_type: optional(picklist([1, 2, 3, 4, 5])),
          join_time: optional(number()),
          leader_user_id: optional(string()),
          leader_open_id: optional(string()),
          employee_no: optional(string()),
          custom_attrs: optional(array(looseObject({
            id: string(),
            value: optional(looseObject({
              text: optional(string()),
              url: optional(string()),
              pc_url: optional(string()),
            })),
          }))),
          work_station: optional(string()),
        })),
        need_send_notification: optional(boolean()),
      }),
    }),
})

// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link batchCreateMailgroupManager}. */
export interface BatchCreateMailgroupManagerInput {
  path: { mailgroup_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { mailgroup_manager_list?: { user_id?: string }[] }
}

/** `data` of a successful {@link batchCreateMailgroupManager} response. */
export type BatchCreateMailgroupManagerOutput = { [key: string]: unknown }

/**
 * `mail.v1.mailgroup.manager.batch_create`: POST /open-apis/mail/v1/mailgroups/:mailgroup_id/managers/batch_create (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_create&project=mail&resource=mailgroup.manager&version=v1
 */
export const batchCreateMailgroupManager = /*#__PURE__*/ endpoint<BatchCreateMailgroupManagerInput, BatchCreateMailgroupManagerOutput>({
  id: 'mail.v1.mailgroup.manager.batch_create',
  method: 'POST',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/managers/batch_create',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        mailgroup_manager_list: optional(array(looseObject({ user_id: optional(string()) }))),
      })),
    }),
})

/** Input of {@link batchDeleteMailgroupManager}. */
export interface BatchDeleteMailgroupManagerInput {
  path: { mailgroup_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { mailgroup_manager_list?: { user_id?: string }[] }
}

/** `data` of a successful {@link batchDeleteMailgroupManager} response. */
export type BatchDeleteMailgroupManagerOutput = { [key: string]: unknown }

/**
 * `mail.v1.mailgroup.manager.batch_delete`: POST /open-apis/mail/v1/mailgroups/:mailgroup_id/managers/batch_delete (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_delete&project=mail&resource=mailgroup.manager&version=v1
 */
export const batchDeleteMailgroupManager = /*#__PURE__*/ endpoint<BatchDeleteMailgroupManagerInput, BatchDeleteMailgroupManagerOutput>({
  id: 'mail.v1.mailgroup.manager.batch_delete',
  method: 'POST',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/managers/batch_delete',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({
        mailgroup_manager_list: optional(array(looseObject({ user_id: optional(string()) }))),
      })),
    }),
})

/** Input of {@link listMailgroupManager}. */
export interface ListMailgroupManagerInput {
  path: { mailgroup_id: string }
  query?: { page_size?: number; page_token?: string; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link listMailgroupManager} response. */
export interface ListMailgroupManagerOutput {
  items?: { user_id?: string }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `mail.v1.mailgroup.manager.list`: GET /open-apis/mail/v1/mailgroups/:mailgroup_id/managers (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=mail&resource=mailgroup.manager&version=v1
 */
export const listMailgroupManager = /*#__PURE__*/ endpoint<ListMailgroupManagerInput, ListMailgroupManagerOutput, true>({
  id: 'mail.v1.mailgroup.manager.list',
  method: 'GET',
  path: '/open-apis/mail/v1/mailgroups/:mailgroup_id/managers',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ mailgroup_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: 'items' },
})

// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { Creator, Name } from './types.ts'

/** Input of {@link listSubject}. */
export interface ListSubjectInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    subject_ids?: string[]
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listSubject} response. */
export interface ListSubjectOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    id?: string
    name?: Name
    create_time?: string
    active_status?: number
    application_limit?: number
    creator?: Creator
  }[]
}

/**
 * `hire.v1.subject.list`: GET /open-apis/hire/v1/subjects (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=subject&version=v1
 */
export const listSubject = /*#__PURE__*/ endpoint<ListSubjectInput, ListSubjectOutput, true>({
  id: 'hire.v1.subject.list',
  method: 'GET',
  path: '/open-apis/hire/v1/subjects',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        subject_ids: optional(array(string())),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'items' },
})

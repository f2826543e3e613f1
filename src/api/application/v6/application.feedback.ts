// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listApplicationFeedback}. */
export interface ListApplicationFeedbackInput {
  path: { app_id: string }
  query?: {
    from_date?: string
    to_date?: string
    feedback_type?: number
    status?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link listApplicationFeedback} response. */
export interface ListApplicationFeedbackOutput {
  feedback_list?: {
    feedback_id: string
    app_id: string
    feedback_time: string
    tenant_name?: string
    feedback_type: number
    status: number
    fault_type?: number[]
    fault_time?: string
    source?: number
    contact?: string
    update_time?: string
    description: string
    user_id?: string
    operator_id?: string
    images?: string[]
    feedback_path?: string
  }[]
  has_more: boolean
  page_token?: string
}

/**
 * `application.v6.application.feedback.list`: GET /open-apis/application/v6/applications/:app_id/feedbacks (tenant token).
 *
 * Paginated over `feedback_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=application&resource=application.feedback&version=v6
 */
export const listApplicationFeedback = /*#__PURE__*/ endpoint<ListApplicationFeedbackInput, ListApplicationFeedbackOutput, true>({
  id: 'application.v6.application.feedback.list',
  method: 'GET',
  path: '/open-apis/application/v6/applications/:app_id/feedbacks',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({
        from_date: optional(string()),
        to_date: optional(string()),
        feedback_type: optional(number()),
        status: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        page_token: optional(string()),
        page_size: optional(number()),
      })),
    }),
  page: { items: 'feedback_list' },
})

/** Input of {@link patchApplicationFeedback}. */
export interface PatchApplicationFeedbackInput {
  path: { app_id: string; feedback_id: string }
  query: { user_id_type?: 'open_id' | 'union_id' | 'user_id'; status: number; operator_id: string }
}

/** `data` of a successful {@link patchApplicationFeedback} response. */
export type PatchApplicationFeedbackOutput = { [key: string]: unknown }

/**
 * `application.v6.application.feedback.patch`: PATCH /open-apis/application/v6/applications/:app_id/feedbacks/:feedback_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=application&resource=application.feedback&version=v6
 */
export const patchApplicationFeedback = /*#__PURE__*/ endpoint<PatchApplicationFeedbackInput, PatchApplicationFeedbackOutput>({
  id: 'application.v6.application.feedback.patch',
  method: 'PATCH',
  path: '/open-apis/application/v6/applications/:app_id/feedbacks/:feedback_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), feedback_id: string() }),
      query: looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        status: number(),
        operator_id: string(),
      }),
    }),
})

// Generated from catalog/performance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Name } from './types.ts'

/** Input of {@link queryActivity}. */
export interface QueryActivityInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body?: { semester_ids?: string[]; activity_ids?: string[] }
}

/** `data` of a successful {@link queryActivity} response. */
export interface QueryActivityOutput {
  activities?: {
    id: string
    name?: Name
    description?: Name
    semester_id?: string
    mode?: 'metric_development' | 'performance_review' | 'metric_development_and_performance_review'
    progress?: 'finished' | 'enabled' | 'initiating' | 'configurable' | 'unable'
    create_time?: string
    modify_time?: string
    create_user_id?: string
    modify_user_id?: string
  }[]
}

/**
 * `performance.v2.activity.query`: POST /open-apis/performance/v2/activity/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=performance&resource=activity&version=v2
 */
export const queryActivity = /*#__PURE__*/ endpoint<QueryActivityInput, QueryActivityOutput>({
  id: 'performance.v2.activity.query',
  method: 'POST',
  path: '/open-apis/performance/v2/activity/query',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: optional(looseObject({ semester_ids: optional(array(string())), activity_ids: optional(array(string())) })),
    }),
})

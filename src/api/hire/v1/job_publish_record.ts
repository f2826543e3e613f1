// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { ListItem } from './types.ts'

/** Input of {@link searchJobPublishRecord}. */
export interface SearchJobPublishRecordInput {
  query?: {
    page_token?: string
    page_size?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    job_family_id_type?: 'people_admin_job_category_id' | 'job_family_id'
  }
  body: { job_channel_id: string }
}

/** `data` of a successful {@link searchJobPublishRecord} response. */
export interface SearchJobPublishRecordOutput {
  items?: ListItem[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.job_publish_record.search`: POST /open-apis/hire/v1/job_publish_records/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=hire&resource=job_publish_record&version=v1
 */
export const searchJobPublishRecord = /*#__PURE__*/ endpoint<SearchJobPublishRecordInput, SearchJobPublishRecordOutput, true>({
  id: 'hire.v1.job_publish_record.search',
  method: 'POST',
  path: '/open-apis/hire/v1/job_publish_records/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        job_family_id_type: optional(picklist(['people_admin_job_category_id', 'job_family_id'])),
      })),
      body: looseObject({ job_channel_id: string() }),
    }),
  page: { items: 'items' },
})

// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { JobPost, ReferralWebsiteJobPostListItem } from './types.ts'

/** Input of {@link getReferralWebsiteJobPost}. */
export interface GetReferralWebsiteJobPostInput {
  path: { job_post_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
  }
}

/** `data` of a successful {@link getReferralWebsiteJobPost} response. */
export interface GetReferralWebsiteJobPostOutput {
  job_post?: JobPost
}

/**
 * `hire.v1.referral_website.job_post.get`: GET /open-apis/hire/v1/referral_websites/job_posts/:job_post_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=referral_website.job_post&version=v1
 */
export const getReferralWebsiteJobPost = /*#__PURE__*/ endpoint<GetReferralWebsiteJobPostInput, GetReferralWebsiteJobPostOutput>({
  id: 'hire.v1.referral_website.job_post.get',
  method: 'GET',
  path: '/open-apis/hire/v1/referral_websites/job_posts/:job_post_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ job_post_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
      })),
    }),
})

/** Input of {@link listReferralWebsiteJobPost}. */
export interface ListReferralWebsiteJobPostInput {
  query?: {
    process_type?: number
    page_token?: string
    page_size?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
  }
}

/** `data` of a successful {@link listReferralWebsiteJobPost} response. */
export interface ListReferralWebsiteJobPostOutput {
  items?: ReferralWebsiteJobPostListItem[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.referral_website.job_post.list`: GET /open-apis/hire/v1/referral_websites/job_posts (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=referral_website.job_post&version=v1
 */
export const listReferralWebsiteJobPost = /*#__PURE__*/ endpoint<ListReferralWebsiteJobPostInput, ListReferralWebsiteJobPostOutput, true>({
  id: 'hire.v1.referral_website.job_post.list',
  method: 'GET',
  path: '/open-apis/hire/v1/referral_websites/job_posts',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        process_type: optional(number()),
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
      })),
    }),
  page: { items: 'items' },
})

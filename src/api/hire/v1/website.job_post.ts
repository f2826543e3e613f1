// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { GetJobPost, ListItem } from './types.ts'

/** Input of {@link getWebsiteJobPost}. */
export interface GetWebsiteJobPostInput {
  path: { website_id: string; job_post_id: string }
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
  }
}

/** `data` of a successful {@link getWebsiteJobPost} response. */
export interface GetWebsiteJobPostOutput {
  job_post?: GetJobPost
}

/**
 * `hire.v1.website.job_post.get`: GET /open-apis/hire/v1/websites/:website_id/job_posts/:job_post_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=website.job_post&version=v1
 */
export const getWebsiteJobPost = /*#__PURE__*/ endpoint<GetWebsiteJobPostInput, GetWebsiteJobPostOutput>({
  id: 'hire.v1.website.job_post.get',
  method: 'GET',
  path: '/open-apis/hire/v1/websites/:website_id/job_posts/:job_post_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ website_id: string(), job_post_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
      })),
    }),
})

/** Input of {@link listWebsiteJobPost}. */
export interface ListWebsiteJobPostInput {
  path: { website_id: string }
  query?: {
    page_token?: string
    page_size?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
    update_start_time?: string
    update_end_time?: string
    create_start_time?: string
    create_end_time?: string
  }
}

/** `data` of a successful {@link listWebsiteJobPost} response. */
export interface ListWebsiteJobPostOutput {
  items?: ListItem[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.website.job_post.list`: GET /open-apis/hire/v1/websites/:website_id/job_posts (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=website.job_post&version=v1
 */
export const listWebsiteJobPost = /*#__PURE__*/ endpoint<ListWebsiteJobPostInput, ListWebsiteJobPostOutput, true>({
  id: 'hire.v1.website.job_post.list',
  method: 'GET',
  path: '/open-apis/hire/v1/websites/:website_id/job_posts',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ website_id: string() }),
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
        update_start_time: optional(string()),
        update_end_time: optional(string()),
        create_start_time: optional(string()),
        create_end_time: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link searchWebsiteJobPost}. */
export interface SearchWebsiteJobPostInput {
  path: { website_id: string }
  query?: {
    page_token?: string
    page_size?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'open_department_id' | 'department_id'
    job_level_id_type?: 'people_admin_job_level_id' | 'job_level_id'
  }
  body?: {
    job_type_id_list?: string[]
    city_code_list?: string[]
    job_function_id_list?: string[]
    subject_id_list?: string[]
    keyword?: string
    update_start_time?: string
    update_end_time?: string
    create_start_time?: string
    create_end_time?: string
  }
}

/** `data` of a successful {@link searchWebsiteJobPost} response. */
export interface SearchWebsiteJobPostOutput {
  items?: GetJobPost[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.website.job_post.search`: POST /open-apis/hire/v1/websites/:website_id/job_posts/search (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=hire&resource=website.job_post&version=v1
 */
export const searchWebsiteJobPost = /*#__PURE__*/ endpoint<SearchWebsiteJobPostInput, SearchWebsiteJobPostOutput, true>({
  id: 'hire.v1.website.job_post.search',
  method: 'POST',
  path: '/open-apis/hire/v1/websites/:website_id/job_posts/search',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ website_id: string() }),
      query: optional(looseObject({
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        job_level_id_type: optional(picklist(['people_admin_job_level_id', 'job_level_id'])),
      })),
      body: optional(looseObject({
        job_type_id_list: optional(array(string())),
        city_code_list: optional(array(string())),
        job_function_id_list: optional(array(string())),
        subject_id_list: optional(array(string())),
        keyword: optional(string()),
        update_start_time: optional(string()),
        update_end_time: optional(string()),
        create_start_time: optional(string()),
        create_end_time: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

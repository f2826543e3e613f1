// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import type { Download } from '../../../core/download.ts'
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { ListByBizIdSignatureFile } from './types.ts'

/** Input of {@link downloadSignatureFile}. */
export interface DownloadSignatureFileInput {
  path: { signature_file_id: string }
}

/** The file of a successful {@link downloadSignatureFile} response. */
export type DownloadSignatureFileOutput = Download

/**
 * `corehr.v2.signature_file.download`: POST /open-apis/corehr/v2/signature_files/:signature_file_id/download (tenant or user token).
 *
 * Responds with a file.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=download&project=corehr&resource=signature_file&version=v2
 */
export const downloadSignatureFile = /*#__PURE__*/ fileEndpoint<DownloadSignatureFileInput, DownloadSignatureFileOutput>({
  id: 'corehr.v2.signature_file.download',
  method: 'POST',
  path: '/open-apis/corehr/v2/signature_files/:signature_file_id/download',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ signature_file_id: string() }) }),
  download: true,
})

/** Input of {@link listSignatureFile}. */
export interface ListSignatureFileInput {
  query?: {
    signature_file_id?: string
    page_size?: number
    page_token?: string
    states?: string
    update_time_start?: string
    update_time_end?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id'
    template_ids?: string
    select_sign_url?: boolean
  }
}

/** `data` of a successful {@link listSignatureFile} response. */
export interface ListSignatureFileOutput {
  items?: ListByBizIdSignatureFile[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.signature_file.list`: GET /open-apis/corehr/v2/signature_files (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=signature_file&version=v2
 */
export const listSignatureFile = /*#__PURE__*/ endpoint<ListSignatureFileInput, ListSignatureFileOutput, true>({
  id: 'corehr.v2.signature_file.list',
  method: 'GET',
  path: '/open-apis/corehr/v2/signature_files',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        signature_file_id: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
        states: optional(string()),
        update_time_start: optional(string()),
        update_time_end: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
        template_ids: optional(string()),
        select_sign_url: optional(boolean()),
      })),
    }),
  page: { items: 'items' },
})

/** Input of {@link listSignatureFileByBizId}. */
export interface ListSignatureFileByBizIdInput {
  query: {
    biz_process_id: string
    biz_type: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id'
    select_sign_url?: boolean
  }
}

/** `data` of a successful {@link listSignatureFileByBizId} response. */
export interface ListSignatureFileByBizIdOutput {
  signature_files?: ListByBizIdSignatureFile[]
  batch_sign_url?: string
}

/**
 * `corehr.v2.signature_file.list_by_biz_id`: GET /open-apis/corehr/v2/signature_files/list_by_biz_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list_by_biz_id&project=corehr&resource=signature_file&version=v2
 */
export const listSignatureFileByBizId = /*#__PURE__*/ endpoint<ListSignatureFileByBizIdInput, ListSignatureFileByBizIdOutput>({
  id: 'corehr.v2.signature_file.list_by_biz_id',
  method: 'GET',
  path: '/open-apis/corehr/v2/signature_files/list_by_biz_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        biz_process_id: string(),
        biz_type: string(),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
        select_sign_url: optional(boolean()),
      }),
    }),
})

/** Input of {@link querySignatureFile}. */
export interface QuerySignatureFileInput {
  query?: {
    signature_file_id?: string
    page_size?: number
    page_token?: string
    update_time_start?: string
    update_time_end?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id'
    select_sign_url?: boolean
  }
  body?: { states?: string[]; template_ids?: string[] }
}

/** `data` of a successful {@link querySignatureFile} response. */
export interface QuerySignatureFileOutput {
  items?: ListByBizIdSignatureFile[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.signature_file.query`: POST /open-apis/corehr/v2/signature_files/query (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=corehr&resource=signature_file&version=v2
 */
export const querySignatureFile = /*#__PURE__*/ endpoint<QuerySignatureFileInput, QuerySignatureFileOutput, true>({
  id: 'corehr.v2.signature_file.query',
  method: 'POST',
  path: '/open-apis/corehr/v2/signature_files/query',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        signature_file_id: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
        update_time_start: optional(string()),
        update_time_end: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
        select_sign_url: optional(boolean()),
      })),
      body: optional(looseObject({ states: optional(array(string())), template_ids: optional(array(string())) })),
    }),
  page: { items: 'items' },
})

/** Input of {@link terminateSignatureFile}. */
export interface TerminateSignatureFileInput {
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
  body: { ids: string[]; operator: string; terminate_reason: string }
}

/** `data` of a successful {@link terminateSignatureFile} response. */
export interface TerminateSignatureFileOutput {
  total_count?: number
  success_count?: number
  fail_count?: number
  success_file_id_list?: string[]
  fail_file_id_and_reasons?: { signature_file_id: string; fail_reason: string }[]
}

/**
 * `corehr.v2.signature_file.terminate`: POST /open-apis/corehr/v2/signature_files/terminate (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=terminate&project=corehr&resource=signature_file&version=v2
 */
export const terminateSignatureFile = /*#__PURE__*/ endpoint<TerminateSignatureFileInput, TerminateSignatureFileOutput>({
  id: 'corehr.v2.signature_file.terminate',
  method: 'POST',
  path: '/open-apis/corehr/v2/signature_files/terminate',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
      })),
      body: looseObject({ ids: array(string()), operator: string(), terminate_reason: string() }),
    }),
})

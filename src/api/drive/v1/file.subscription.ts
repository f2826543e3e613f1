// Generated from catalog/drive.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link createFileSubscription}. */
export interface CreateFileSubscriptionInput {
  path: { file_token: string }
  body: {
    subscription_id?: string
    subscription_type: 'comment_update'
    is_subcribe?: boolean
    file_type: 'doc' | 'docx' | 'wiki'
  }
}

/** `data` of a successful {@link createFileSubscription} response. */
export interface CreateFileSubscriptionOutput {
  subscription_id?: string
  subscription_type?: 'comment_update'
  is_subcribe?: boolean
  file_type?: 'doc' | 'wiki' | 'docx'
}

/**
 * `drive.v1.file.subscription.create`: POST /open-apis/drive/v1/files/:file_token/subscriptions (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=drive&resource=file.subscription&version=v1
 */
export const createFileSubscription = /*#__PURE__*/ endpoint<CreateFileSubscriptionInput, CreateFileSubscriptionOutput>({
  id: 'drive.v1.file.subscription.create',
  method: 'POST',
  path: '/open-apis/drive/v1/files/:file_token/subscriptions',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string() }),
      body: looseObject({
        subscription_id: optional(string()),
        subscription_type: picklist(['comment_update']),
        is_subcribe: optional(boolean()),
        file_type: picklist(['doc', 'docx', 'wiki']),
      }),
    }),
})

/** Input of {@link getFileSubscription}. */
export interface GetFileSubscriptionInput {
  path: { file_token: string; subscription_id: string }
  body: { file_type: 'doc' | 'docx' | 'wiki' }
}

/** `data` of a successful {@link getFileSubscription} response. */
export interface GetFileSubscriptionOutput {
  subscription_id: string
  subscription_type?: 'comment_update'
  is_subcribe?: boolean
  file_type?: 'doc' | 'wiki' | 'docx'
}

/**
 * `drive.v1.file.subscription.get`: GET /open-apis/drive/v1/files/:file_token/subscriptions/:subscription_id (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=drive&resource=file.subscription&version=v1
 */
export const getFileSubscription = /*#__PURE__*/ endpoint<GetFileSubscriptionInput, GetFileSubscriptionOutput>({
  id: 'drive.v1.file.subscription.get',
  method: 'GET',
  path: '/open-apis/drive/v1/files/:file_token/subscriptions/:subscription_id',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string(), subscription_id: string() }),
      body: looseObject({ file_type: picklist(['doc', 'docx', 'wiki']) }),
    }),
})

/** Input of {@link patchFileSubscription}. */
export interface PatchFileSubscriptionInput {
  path: { file_token: string; subscription_id: string }
  body: { is_subscribe: boolean; file_type: 'doc' | 'docx' | 'wiki' }
}

/** `data` of a successful {@link patchFileSubscription} response. */
export interface PatchFileSubscriptionOutput {
  subscription_id?: string
  subscription_type?: 'comment_update'
  is_subcribe?: boolean
  file_type?: 'doc' | 'wiki' | 'docx'
}

/**
 * `drive.v1.file.subscription.patch`: PATCH /open-apis/drive/v1/files/:file_token/subscriptions/:subscription_id (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=drive&resource=file.subscription&version=v1
 */
export const patchFileSubscription = /*#__PURE__*/ endpoint<PatchFileSubscriptionInput, PatchFileSubscriptionOutput>({
  id: 'drive.v1.file.subscription.patch',
  method: 'PATCH',
  path: '/open-apis/drive/v1/files/:file_token/subscriptions/:subscription_id',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ file_token: string(), subscription_id: string() }),
      body: looseObject({ is_subscribe: boolean(), file_type: picklist(['doc', 'docx', 'wiki']) }),
    }),
})

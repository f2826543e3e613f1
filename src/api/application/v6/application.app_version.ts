// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { AppVersion, ContactsRange } from './types.ts'

/** Input of {@link contactsApplicationAppVersionRangeSuggest}. */
export interface ContactsApplicationAppVersionRangeSuggestInput {
  path: { app_id: string; version_id: string }
  query?: {
    department_id_type?: 'department_id' | 'open_department_id'
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link contactsApplicationAppVersionRangeSuggest} response. */
export interface ContactsApplicationAppVersionRangeSuggestOutput {
  contacts_range?: ContactsRange
}

/**
 * `application.v6.application.app_version.contacts_range_suggest`: GET /open-apis/application/v6/applications/:app_id/app_versions/:version_id/contacts_range_suggest (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=contacts_range_suggest&project=application&resource=application.app_version&version=v6
 */
export const contactsApplicationAppVersionRangeSuggest = /*#__PURE__*/ endpoint<ContactsApplicationAppVersionRangeSuggestInput, ContactsApplicationAppVersionRangeSuggestOutput>({
  id: 'application.v6.application.app_version.contacts_range_suggest',
  method: 'GET',
  path: '/open-apis/application/v6/applications/:app_id/app_versions/:version_id/contacts_range_suggest',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), version_id: string() }),
      query: optional(looseObject({
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
})

/** Input of {@link getApplicationAppVersion}. */
export interface GetApplicationAppVersionInput {
  path: { app_id: string; version_id: string }
  query: { lang: 'zh_cn' | 'en_us' | 'ja_jp'; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getApplicationAppVersion} response. */
export interface GetApplicationAppVersionOutput {
  app_version?: AppVersion
}

/**
 * `application.v6.application.app_version.get`: GET /open-apis/application/v6/applications/:app_id/app_versions/:version_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=application&resource=application.app_version&version=v6
 */
export const getApplicationAppVersion = /*#__PURE__*/ endpoint<GetApplicationAppVersionInput, GetApplicationAppVersionOutput>({
  id: 'application.v6.application.app_version.get',
  method: 'GET',
  path: '/open-apis/application/v6/applications/:app_id/app_versions/:version_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), version_id: string() }),
      query: looseObject({
        lang: picklist(['zh_cn', 'en_us', 'ja_jp']),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})

/** Input of {@link listApplicationAppVersion}. */
export interface ListApplicationAppVersionInput {
  path: { app_id: string }
  query: {
    lang: 'zh_cn' | 'en_us' | 'ja_jp'
    page_size?: number
    page_token?: string
    order?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link listApplicationAppVersion} response. */
export interface ListApplicationAppVersionOutput {
  items?: AppVersion[]
  page_token?: string
  has_more?: boolean
}

/**
 * `application.v6.application.app_version.list`: GET /open-apis/application/v6/applications/:app_id/app_versions (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=application&resource=application.app_version&version=v6
 */
export const listApplicationAppVersion = /*#__PURE__*/ endpoint<ListApplicationAppVersionInput, ListApplicationAppVersionOutput, true>({
  id: 'application.v6.application.app_version.list',
  method: 'GET',
  path: '/open-apis/application/v6/applications/:app_id/app_versions',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: looseObject({
        lang: picklist(['zh_cn', 'en_us', 'ja_jp']),
        page_size: optional(number()),
        page_token: optional(string()),
        order: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchApplicationAppVersion}. */
export interface PatchApplicationAppVersionInput {
  path: { app_id: string; version_id: string }
  query: { user_id_type: 'open_id' | 'union_id' | 'user_id'; operator_id: string; reject_reason?: string }
  body?: { status?: number }
}

/** `data` of a successful {@link patchApplicationAppVersion} response. */
export type PatchApplicationAppVersionOutput = { [key: string]: unknown }

/**
 * `application.v6.application.app_version.patch`: PATCH /open-apis/application/v6/applications/:app_id/app_versions/:version_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=application&resource=application.app_version&version=v6
 */
export const patchApplicationAppVersion = /*#__PURE__*/ endpoint<PatchApplicationAppVersionInput, PatchApplicationAppVersionOutput>({
  id: 'application.v6.application.app_version.patch',
  method: 'PATCH',
  path: '/open-apis/application/v6/applications/:app_id/app_versions/:version_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), version_id: string() }),
      query: looseObject({
        user_id_type: picklist(['open_id', 'union_id', 'user_id']),
        operator_id: string(),
        reject_reason: optional(string()),
      }),
      body: optional(looseObject({ status: optional(number()) })),
    }),
})

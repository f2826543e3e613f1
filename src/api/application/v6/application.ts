// Generated from catalog/application.v6.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CallbackInfoSchema, CallbackSchema, EncryptionSchema, EventSchema, SecuritySchema } from './models.ts'
import type {
  App,
  Callback,
  CallbackInfo,
  ContactsRange,
  Encryption,
  Event,
  Security,
  UnderauditlistItem,
} from './types.ts'

/** Input of {@link contactsApplicationRangeConfiguration}. */
export interface ContactsApplicationRangeConfigurationInput {
  path: { app_id: string }
  query?: {
    page_size?: number
    page_token?: string
    department_id_type?: 'department_id' | 'open_department_id'
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link contactsApplicationRangeConfiguration} response. */
export interface ContactsApplicationRangeConfigurationOutput {
  contacts_range?: ContactsRange
  has_more?: boolean
  page_token?: string
}

/**
 * `application.v6.application.contacts_range_configuration`: GET /open-apis/application/v6/applications/:app_id/contacts_range_configuration (tenant token).
 *
 * Paginated (no single items array).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=contacts_range_configuration&project=application&resource=application&version=v6
 */
export const contactsApplicationRangeConfiguration = /*#__PURE__*/ endpoint<ContactsApplicationRangeConfigurationInput, ContactsApplicationRangeConfigurationOutput, true>({
  id: 'application.v6.application.contacts_range_configuration',
  method: 'GET',
  path: '/open-apis/application/v6/applications/:app_id/contacts_range_configuration',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      })),
    }),
  page: { items: null },
})

/** Input of {@link getApplication}. */
export interface GetApplicationInput {
  path: { app_id: string }
  query: { lang: 'zh_cn' | 'en_us' | 'ja_jp'; user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link getApplication} response. */
export interface GetApplicationOutput {
  app?: App
}

/**
 * `application.v6.application.get`: GET /open-apis/application/v6/applications/:app_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=application&resource=application&version=v6
 */
export const getApplication = /*#__PURE__*/ endpoint<GetApplicationInput, GetApplicationOutput>({
  id: 'application.v6.application.get',
  method: 'GET',
  path: '/open-apis/application/v6/applications/:app_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: looseObject({
        lang: picklist(['zh_cn', 'en_us', 'ja_jp']),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
})

/** Input of {@link listApplication}. */
export interface ListApplicationInput {
  query: {
    page_size?: number
    page_token?: string
    user_id_type?: string
    lang: string
    status?: number
    payment_type?: number
    owner_type?: number
  }
}

/** `data` of a successful {@link listApplication} response. */
export interface ListApplicationOutput {
  app_list?: App[]
  page_token?: string
  has_more?: boolean
  total_count?: number
}

/**
 * `application.v6.application.list`: GET /open-apis/application/v6/applications (tenant token).
 *
 * Paginated over `app_list`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=application&resource=application&version=v6
 */
export const listApplication = /*#__PURE__*/ endpoint<ListApplicationInput, ListApplicationOutput, true>({
  id: 'application.v6.application.list',
  method: 'GET',
  path: '/open-apis/application/v6/applications',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        user_id_type: optional(string()),
        lang: string(),
        status: optional(number()),
        payment_type: optional(number()),
        owner_type: optional(number()),
      }),
    }),
  page: { items: 'app_list' },
})

/** Input of {@link patchApplication}. */
export interface PatchApplicationInput {
  path: { app_id: string }
  query: { lang: 'zh_cn' | 'en_us' | 'ja_jp' }
  body?: {
    common_categories?: string[]
    secret?: string
    event?: Event
    callback?: Callback
    encryption?: Encryption
    security?: Security
    allow_refresh_token?: boolean
    callback_info?: CallbackInfo
  }
}

/** `data` of a successful {@link patchApplication} response. */
export type PatchApplicationOutput = { [key: string]: unknown }

/**
 * `application.v6.application.patch`: PATCH /open-apis/application/v6/applications/:app_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=application&resource=application&version=v6
 */
export const patchApplication = /*#__PURE__*/ endpoint<PatchApplicationInput, PatchApplicationOutput>({
  id: 'application.v6.application.patch',
  method: 'PATCH',
  path: '/open-apis/application/v6/applications/:app_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: looseObject({ lang: picklist(['zh_cn', 'en_us', 'ja_jp']) }),
      body: optional(looseObject({
        common_categories: optional(array(string())),
        secret: optional(string()),
        event: optional(EventSchema()),
        callback: optional(CallbackSchema()),
        encryption: optional(EncryptionSchema()),
        security: optional(SecuritySchema()),
        allow_refresh_token: optional(boolean()),
        callback_info: optional(CallbackInfoSchema()),
      })),
    }),
})

/** Input of {@link underauditlistApplication}. */
export interface UnderauditlistApplicationInput {
  query: {
    lang: 'zh_cn' | 'en_us' | 'ja_jp'
    page_token?: string
    page_size?: number
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
  }
}

/** `data` of a successful {@link underauditlistApplication} response. */
export interface UnderauditlistApplicationOutput {
  items: UnderauditlistItem[]
  has_more: boolean
  page_token?: string
}

/**
 * `application.v6.application.underauditlist`: GET /open-apis/application/v6/applications/underauditlist (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=underauditlist&project=application&resource=application&version=v6
 */
export const underauditlistApplication = /*#__PURE__*/ endpoint<UnderauditlistApplicationInput, UnderauditlistApplicationOutput, true>({
  id: 'application.v6.application.underauditlist',
  method: 'GET',
  path: '/open-apis/application/v6/applications/underauditlist',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        lang: picklist(['zh_cn', 'en_us', 'ja_jp']),
        page_token: optional(string()),
        page_size: optional(number()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
      }),
    }),
  page: { items: 'items' },
})

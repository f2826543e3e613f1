// Generated from catalog/approval.v4.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import {
  CreateCcSchema,
  CreateI18nResourceSchema,
  DiffInstanceTaskSchema,
  FormSchema,
  LinksSchema,
  TaskSchema,
  TrusteeshipCacheConfigSchema,
  TrusteeshipUrlsSchema,
} from './models.ts'
import type {
  Cc,
  CreateCc,
  CreateI18nResource,
  Data,
  DiffInstanceTask,
  Form,
  Links,
  Task,
  TrusteeshipCacheConfig,
  TrusteeshipUrls,
} from './types.ts'

/** Input of {@link checkExternalInstance}. */
export interface CheckExternalInstanceInput {
  body: { instances: { instance_id: string; update_time: string; tasks: DiffInstanceTask[] }[] }
}

/** `data` of a successful {@link checkExternalInstance} response. */
export interface CheckExternalInstanceOutput {
  diff_instances?: { instance_id: string; update_time?: string; tasks?: DiffInstanceTask[] }[]
}

/**
 * `approval.v4.external_instance.check`: POST /open-apis/approval/v4/external_instances/check (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=check&project=approval&resource=external_instance&version=v4
 */
export const checkExternalInstance = /*#__PURE__*/ endpoint<CheckExternalInstanceInput, CheckExternalInstanceOutput>({
  id: 'approval.v4.external_instance.check',
  method: 'POST',
  path: '/open-apis/approval/v4/external_instances/check',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        instances: array(looseObject({
          instance_id: string(),
          update_time: string(),
          tasks: array(DiffInstanceTaskSchema()),
        })),
      }),
    }),
})

/** Input of {@link createExternalInstance}. */
export interface CreateExternalInstanceInput {
  body: {
    approval_code: string
    status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELED' | 'DELETED' | 'HIDDEN' | 'TERMINATED'
    extra?: string
    instance_id: string
    links: Links
    title?: string
    form?: Form[]
    user_id?: string
    user_name?: string
    open_id?: string
    department_id?: string
    department_name?: string
    start_time: string
    end_time: string
    update_time: string
    display_method?: 'BROWSER' | 'SIDEBAR' | 'NORMAL' | 'TRUSTEESHIP'
    update_mode?: 'REPLACE' | 'UPDATE'
    task_list?: Task[]
    cc_list?: CreateCc[]
    i18n_resources: CreateI18nResource[]
    trusteeship_url_token?: string
    trusteeship_user_id_type?: string
    trusteeship_urls?: TrusteeshipUrls
    trusteeship_cache_config?: TrusteeshipCacheConfig
    resource_region?: string
  }
}

/** `data` of a successful {@link createExternalInstance} response. */
export interface CreateExternalInstanceOutput {
  data?: Data
  process_record?: { instance?: Cc; task?: Cc; cc?: Cc }
}

/**
 * `approval.v4.external_instance.create`: POST /open-apis/approval/v4/external_instances (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=approval&resource=external_instance&version=v4
 */
export const createExternalInstance = /*#__PURE__*/ endpoint<CreateExternalInstanceInput, CreateExternalInstanceOutput>({
  id: 'approval.v4.external_instance.create',
  method: 'POST',
  path: '/open-apis/approval/v4/external_instances',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        approval_code: string(),
        status: picklist(['PENDING', 'APPROVED', 'REJECTED', 'CANCELED', 'DELETED', 'HIDDEN', 'TERMINATED']),
        extra: optional(string()),
        instance_id: string(),
        links: LinksSchema(),
        title: optional(string()),
        form: optional(array(FormSchema())),
        user_id: optional(string()),
        user_name: optional(string()),
        open_id: optional(string()),
        department_id: optional(string()),
        department_name: optional(string()),
        start_time: string(),
        end_time: string(),
        update_time: string(),
        display_method: optional(picklist(['BROWSER', 'SIDEBAR', 'NORMAL', 'TRUSTEESHIP'])),
        update_mode: optional(picklist(['REPLACE', 'UPDATE'])),
        task_list: optional(array(TaskSchema())),
        cc_list: optional(array(CreateCcSchema())),
        i18n_resources: array(CreateI18nResourceSchema()),
        trusteeship_url_token: optional(string()),
        trusteeship_user_id_type: optional(string()),
        trusteeship_urls: optional(TrusteeshipUrlsSchema()),
        trusteeship_cache_config: optional(TrusteeshipCacheConfigSchema()),
        resource_region: optional(string()),
      }),
    }),
})

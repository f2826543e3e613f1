// Generated from catalog/bitable.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import type { Form } from './types.ts'

/** Input of {@link getAppTableForm}. */
export interface GetAppTableFormInput {
  path: { app_token: string; table_id: string; form_id: string }
}

/** `data` of a successful {@link getAppTableForm} response. */
export interface GetAppTableFormOutput {
  form: Form
}

/**
 * `bitable.v1.app.table.form.get`: GET /open-apis/bitable/v1/apps/:app_token/tables/:table_id/forms/:form_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=bitable&resource=app.table.form&version=v1
 */
export const getAppTableForm = /*#__PURE__*/ endpoint<GetAppTableFormInput, GetAppTableFormOutput>({
  id: 'bitable.v1.app.table.form.get',
  method: 'GET',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/forms/:form_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ app_token: string(), table_id: string(), form_id: string() }) }),
})

/** Input of {@link patchAppTableForm}. */
export interface PatchAppTableFormInput {
  path: { app_token: string; table_id: string; form_id: string }
  body?: {
    name?: string
    description?: string
    shared?: boolean
    shared_limit?: 'off' | 'tenant_editable' | 'anyone_editable'
    submit_limit_once?: boolean
  }
}

/** `data` of a successful {@link patchAppTableForm} response. */
export interface PatchAppTableFormOutput {
  form: Form
}

/**
 * `bitable.v1.app.table.form.patch`: PATCH /open-apis/bitable/v1/apps/:app_token/tables/:table_id/forms/:form_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=bitable&resource=app.table.form&version=v1
 */
export const patchAppTableForm = /*#__PURE__*/ endpoint<PatchAppTableFormInput, PatchAppTableFormOutput>({
  id: 'bitable.v1.app.table.form.patch',
  method: 'PATCH',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/forms/:form_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string(), form_id: string() }),
      body: optional(looseObject({
        name: optional(string()),
        description: optional(string()),
        shared: optional(boolean()),
        shared_limit: optional(picklist(['off', 'tenant_editable', 'anyone_editable'])),
        submit_limit_once: optional(boolean()),
      })),
    }),
})

/** Input of {@link upgradeAppTableForm}. */
export interface UpgradeAppTableFormInput {
  path: { app_token: string; table_id: string; form_id: string }
  body: { form_name: string; display_mode: 'traditional' | 'one_question_per_page' }
}

/** `data` of a successful {@link upgradeAppTableForm} response. */
export interface UpgradeAppTableFormOutput {
  form?: { id?: string }
}

/**
 * `bitable.v1.app.table.form.upgrade`: POST /open-apis/bitable/v1/apps/:app_token/tables/:table_id/forms/:form_id/upgrade (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upgrade&project=bitable&resource=app.table.form&version=v1
 */
export const upgradeAppTableForm = /*#__PURE__*/ endpoint<UpgradeAppTableFormInput, UpgradeAppTableFormOutput>({
  id: 'bitable.v1.app.table.form.upgrade',
  method: 'POST',
  path: '/open-apis/bitable/v1/apps/:app_token/tables/:table_id/forms/:form_id/upgrade',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_token: string(), table_id: string(), form_id: string() }),
      body: looseObject({ form_name: string(), display_mode: picklist(['traditional', 'one_question_per_page']) }),
    }),
})

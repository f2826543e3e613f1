// Generated from catalog/payroll.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { I18nName } from './types.ts'

/** Input of {@link listDatasource}. */
export interface ListDatasourceInput {
  query: { page_size: number; page_token?: string }
}

/** `data` of a successful {@link listDatasource} response. */
export interface ListDatasourceOutput {
  page_token?: string
  has_more: boolean
  datasources: {
    code: string
    i18n_names: I18nName[]
    active_status: number
    fields: {
      code: string
      i18n_names: I18nName[]
      field_type: number
      active_status: number
      i18n_description?: I18nName[]
      decimal_places?: number
    }[]
    i18n_description?: I18nName[]
    data_period_type?: number
  }[]
}

/**
 * `payroll.v1.datasource.list`: GET /open-apis/payroll/v1/datasources (tenant or user token).
 *
 * Paginated over `datasources`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=payroll&resource=datasource&version=v1
 */
export const listDatasource = /*#__PURE__*/ endpoint<ListDatasourceInput, ListDatasourceOutput, true>({
  id: 'payroll.v1.datasource.list',
  method: 'GET',
  path: '/open-apis/payroll/v1/datasources',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ query: looseObject({ page_size: number(), page_token: optional(string()) }) }),
  page: { items: 'datasources' },
})

// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import type { AuditLogListItem, Data } from './types.ts'

/** Input of {@link auditApplicationAuditLogLogList}. */
export interface AuditApplicationAuditLogLogListInput {
  path: { namespace: string }
  query: {
    page_size: string
    offset: string
    quick_query?: string
    from: string
    to: string
    log_type: string
    filter?: string
    columns?: string[]
    sort_by?: string
    sort_order?: string
    app_type?: string
  }
}

/** `data` of a successful {@link auditApplicationAuditLogLogList} response. */
export interface AuditApplicationAuditLogLogListOutput {
  items?: AuditLogListItem[]
  total?: string
}

/**
 * `apaas.v1.application.audit_log.audit_log_list`: GET /open-apis/apaas/v1/applications/:namespace/audit_log/audit_log_list (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=audit_log_list&project=apaas&resource=application.audit_log&version=v1
 */
export const auditApplicationAuditLogLogList = /*#__PURE__*/ endpoint<AuditApplicationAuditLogLogListInput, AuditApplicationAuditLogLogListOutput>({
  id: 'apaas.v1.application.audit_log.audit_log_list',
  method: 'GET',
  path: '/open-apis/apaas/v1/applications/:namespace/audit_log/audit_log_list',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string() }),
      query: looseObject({
        page_size: string(),
        offset: string(),
        quick_query: optional(string()),
        from: string(),
        to: string(),
        log_type: string(),
        filter: optional(string()),
        columns: optional(array(string())),
        sort_by: optional(string()),
        sort_order: optional(string()),
        app_type: optional(string()),
      }),
    }),
})

/** Input of {@link dataApplicationAuditLogChangeLogDetail}. */
export interface DataApplicationAuditLogChangeLogDetailInput {
  path: { namespace: string }
  query: { log_id: string }
}

/** `data` of a successful {@link dataApplicationAuditLogChangeLogDetail} response. */
export interface DataApplicationAuditLogChangeLogDetailOutput {
  data?: Data
}

/**
 * `apaas.v1.application.audit_log.data_change_log_detail`: GET /open-apis/apaas/v1/applications/:namespace/audit_log/data_change_log_detail (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=data_change_log_detail&project=apaas&resource=application.audit_log&version=v1
 */
export const dataApplicationAuditLogChangeLogDetail = /*#__PURE__*/ endpoint<DataApplicationAuditLogChangeLogDetailInput, DataApplicationAuditLogChangeLogDetailOutput>({
  id: 'apaas.v1.application.audit_log.data_change_log_detail',
  method: 'GET',
  path: '/open-apis/apaas/v1/applications/:namespace/audit_log/data_change_log_detail',
  tokens: ['user'],
  input: () => looseObject({ path: looseObject({ namespace: string() }), query: looseObject({ log_id: string() }) }),
})

/** Input of {@link dataApplicationAuditLogChangeLogsList}. */
export interface DataApplicationAuditLogChangeLogsListInput {
  path: { namespace: string }
  query: {
    quick_query?: string
    page_size: string
    offset: string
    from?: string
    to?: string
    log_type: string
    filter?: string
    columns?: string[]
    sort_by?: string
    sort_order?: string
    app_type?: string
  }
}

/** `data` of a successful {@link dataApplicationAuditLogChangeLogsList} response. */
export interface DataApplicationAuditLogChangeLogsListOutput {
  items?: AuditLogListItem[]
  total?: string
}

/**
 * `apaas.v1.application.audit_log.data_change_logs_list`: GET /open-apis/apaas/v1/applications/:namespace/audit_log/data_change_logs_list (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=data_change_logs_list&project=apaas&resource=application.audit_log&version=v1
 */
export const dataApplicationAuditLogChangeLogsList = /*#__PURE__*/ endpoint<DataApplicationAuditLogChangeLogsListInput, DataApplicationAuditLogChangeLogsListOutput>({
  id: 'apaas.v1.application.audit_log.data_change_logs_list',
  method: 'GET',
  path: '/open-apis/apaas/v1/applications/:namespace/audit_log/data_change_logs_list',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string() }),
      query: looseObject({
        quick_query: optional(string()),
        page_size: string(),
        offset: string(),
        from: optional(string()),
        to: optional(string()),
        log_type: string(),
        filter: optional(string()),
        columns: optional(array(string())),
        sort_by: optional(string()),
        sort_order: optional(string()),
        app_type: optional(string()),
      }),
    }),
})

/** Input of {@link getApplicationAuditLog}. */
export interface GetApplicationAuditLogInput {
  path: { namespace: string }
  query: { log_id: string }
}

/** `data` of a successful {@link getApplicationAuditLog} response. */
export interface GetApplicationAuditLogOutput {
  data?: Data
}

/**
 * `apaas.v1.application.audit_log.get`: GET /open-apis/apaas/v1/applications/:namespace/audit_log (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=apaas&resource=application.audit_log&version=v1
 */
export const getApplicationAuditLog = /*#__PURE__*/ endpoint<GetApplicationAuditLogInput, GetApplicationAuditLogOutput>({
  id: 'apaas.v1.application.audit_log.get',
  method: 'GET',
  path: '/open-apis/apaas/v1/applications/:namespace/audit_log',
  tokens: ['user'],
  input: () => looseObject({ path: looseObject({ namespace: string() }), query: looseObject({ log_id: string() }) }),
})

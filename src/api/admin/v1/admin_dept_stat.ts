// Generated from catalog/admin.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listAdminDeptStat}. */
export interface ListAdminDeptStatInput {
  query: {
    department_id_type: 'department_id' | 'open_department_id'
    start_date: string
    end_date: string
    department_id: string
    contains_child_dept: boolean
    page_size?: number
    page_token?: string
    target_geo?: string
    with_product_version?: boolean
  }
}

/** `data` of a successful {@link listAdminDeptStat} response. */
export interface ListAdminDeptStatOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    date?: string
    department_id?: string
    department_name?: string
    department_path?: string
    total_user_num?: number
    active_user_num?: number
    active_user_rate?: string
    suite_dau?: number
    suite_active_rate?: string
    new_user_num?: number
    new_active_num?: number
    resign_user_num?: number
    im_dau?: number
    send_messenger_user_num?: number
    send_messenger_num?: number
    avg_send_messenger_num?: string
    docs_dau?: number
    create_docs_user_num?: number
    create_docs_num?: number
    avg_create_docs_num?: string
    cal_dau?: number
    create_cal_user_num?: number
    create_cal_num?: number
    avg_create_cal_num?: string
    vc_dau?: number
    vc_duration?: number
    avg_vc_duration?: string
    avg_duration?: string
    task_dau?: number
    create_task_user_num?: number
    create_task_num?: number
    avg_create_task_num?: string
    email_send_count?: string
    email_receive_count?: string
    email_send_ext_count?: string
    email_receive_ext_count?: string
    email_send_in_count?: string
    email_receive_in_count?: string
    search_active_dau?: string
    total_search_count?: string
    quick_search_count?: string
    tab_search_count?: string
    product_version?: string
  }[]
}

/**
 * `admin.v1.admin_dept_stat.list`: GET /open-apis/admin/v1/admin_dept_stats (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=admin&resource=admin_dept_stat&version=v1
 */
export const listAdminDeptStat = /*#__PURE__*/ endpoint<ListAdminDeptStatInput, ListAdminDeptStatOutput, true>({
  id: 'admin.v1.admin_dept_stat.list',
  method: 'GET',
  path: '/open-apis/admin/v1/admin_dept_stats',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        department_id_type: picklist(['department_id', 'open_department_id']),
        start_date: string(),
        end_date: string(),
        department_id: string(),
        contains_child_dept: boolean(),
        page_size: optional(number()),
        page_token: optional(string()),
        target_geo: optional(string()),
        with_product_version: optional(boolean()),
      }),
    }),
  page: { items: 'items' },
})

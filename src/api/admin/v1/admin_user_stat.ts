// Generated from catalog/admin.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link listAdminUserStat}. */
export interface ListAdminUserStatInput {
  query: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    department_id_type?: 'department_id' | 'open_department_id'
    start_date: string
    end_date: string
    department_id?: string
    user_id?: string
    page_size?: number
    page_token?: string
    target_geo?: string
  }
}

/** `data` of a successful {@link listAdminUserStat} response. */
export interface ListAdminUserStatOutput {
  has_more?: boolean
  page_token?: string
  items?: {
    date?: string
    user_id?: string
    user_name?: string
    department_name?: string
    department_path?: string
    create_time?: string
    user_active_flag?: number
    register_time?: string
    suite_active_flag?: number
    last_active_time?: string
    im_active_flag?: number
    send_messenger_num?: number
    docs_active_flag?: number
    create_docs_num?: number
    cal_active_flag?: number
    create_cal_num?: number
    vc_active_flag?: number
    vc_duration?: number
    active_os?: string
    create_task_num?: number
    vc_num?: number
    app_package_type?: string
    os_name?: string
    email_send_count?: string
    email_receive_count?: string
    email_send_ext_count?: string
    email_receive_ext_count?: string
    email_send_in_count?: string
    email_receive_in_count?: string
    search_active_flag?: number
    total_search_count?: string
    quick_search_count?: string
    tab_search_count?: string
  }[]
}

/**
 * `admin.v1.admin_user_stat.list`: GET /open-apis/admin/v1/admin_user_stats (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=admin&resource=admin_user_stat&version=v1
 */
export const listAdminUserStat = /*#__PURE__*/ endpoint<ListAdminUserStatInput, ListAdminUserStatOutput, true>({
  id: 'admin.v1.admin_user_stat.list',
  method: 'GET',
  path: '/open-apis/admin/v1/admin_user_stats',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        department_id_type: optional(picklist(['department_id', 'open_department_id'])),
        start_date: string(),
        end_date: string(),
        department_id: optional(string()),
        user_id: optional(string()),
        page_size: optional(number()),
        page_token: optional(string()),
        target_geo: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getBpByDepartment}. */
export interface GetBpByDepartmentInput {
  query?: {
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
  body: { department_id: string }
}

/** `data` of a successful {@link getBpByDepartment} response. */
export interface GetBpByDepartmentOutput {
  items?: { department_id?: string; hrbp_ids?: string[] }[]
}

/**
 * `corehr.v2.bp.get_by_department`: POST /open-apis/corehr/v2/bps/get_by_department (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get_by_department&project=corehr&resource=bp&version=v2
 */
export const getBpByDepartment = /*#__PURE__*/ endpoint<GetBpByDepartmentInput, GetBpByDepartmentOutput>({
  id: 'corehr.v2.bp.get_by_department',
  method: 'POST',
  path: '/open-apis/corehr/v2/bps/get_by_department',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      })),
      body: looseObject({ department_id: string() }),
    }),
})

/** Input of {@link listBp}. */
export interface ListBpInput {
  query: {
    page_size: number
    page_token?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id'
    department_id_type?: 'open_department_id' | 'department_id' | 'people_corehr_department_id'
  }
}

/** `data` of a successful {@link listBp} response. */
export interface ListBpOutput {
  items?: { department_id?: string; hrbp_id?: string }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `corehr.v2.bp.list`: GET /open-apis/corehr/v2/bps (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=corehr&resource=bp&version=v2
 */
export const listBp = /*#__PURE__*/ endpoint<ListBpInput, ListBpOutput, true>({
  id: 'corehr.v2.bp.list',
  method: 'GET',
  path: '/open-apis/corehr/v2/bps',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_corehr_id'])),
        department_id_type: optional(picklist(['open_department_id', 'department_id', 'people_corehr_department_id'])),
      }),
    }),
  page: { items: 'items' },
})

// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link convertCommonDataId}. */
export interface ConvertCommonDataIdInput {
  query: {
    id_transform_type: number
    id_type: 'user_id' | 'department_id' | 'job_level_id' | 'job_family_id' | 'employee_type_id'
    feishu_user_id_type?: 'open_id' | 'union_id' | 'user_id'
    feishu_department_id_type?: 'open_department_id' | 'department_id'
  }
  body: { ids: string[] }
}

/** `data` of a successful {@link convertCommonDataId} response. */
export interface ConvertCommonDataIdOutput {
  items?: { id?: string; target_id?: string }[]
}

/**
 * `corehr.v1.common_data.id.convert`: POST /open-apis/corehr/v1/common_data/id/convert (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=convert&project=corehr&resource=common_data.id&version=v1
 */
export const convertCommonDataId = /*#__PURE__*/ endpoint<ConvertCommonDataIdInput, ConvertCommonDataIdOutput>({
  id: 'corehr.v1.common_data.id.convert',
  method: 'POST',
  path: '/open-apis/corehr/v1/common_data/id/convert',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        id_transform_type: number(),
        id_type: picklist(['user_id', 'department_id', 'job_level_id', 'job_family_id', 'employee_type_id']),
        feishu_user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        feishu_department_id_type: optional(picklist(['open_department_id', 'department_id'])),
      }),
      body: looseObject({ ids: array(string()) }),
    }),
})

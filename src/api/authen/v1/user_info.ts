// Generated from catalog/authen.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link getUserInfo}. */
export type GetUserInfoInput = { [key: string]: never }

/** `data` of a successful {@link getUserInfo} response. */
export interface GetUserInfoOutput {
  name?: string
  en_name?: string
  avatar_url?: string
  avatar_thumb?: string
  avatar_middle?: string
  avatar_big?: string
  open_id?: string
  union_id?: string
  email?: string
  enterprise_email?: string
  user_id?: string
  mobile?: string
  tenant_key?: string
  employee_no?: string
}

/**
 * `authen.v1.user_info.get`: GET /open-apis/authen/v1/user_info (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=authen&resource=user_info&version=v1
 */
export const getUserInfo = /*#__PURE__*/ endpoint<GetUserInfoInput, GetUserInfoOutput>({
  id: 'authen.v1.user_info.get',
  method: 'GET',
  path: '/open-apis/authen/v1/user_info',
  tokens: ['user'],
})

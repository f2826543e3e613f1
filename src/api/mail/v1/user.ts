// Generated from catalog/mail.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link queryUser}. */
export interface QueryUserInput {
  body: { email_list: string[] }
}

/** `data` of a successful {@link queryUser} response. */
export interface QueryUserOutput {
  user_list?: { email?: string; status?: number; type?: number }[]
}

/**
 * `mail.v1.user.query`: POST /open-apis/mail/v1/users/query (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=query&project=mail&resource=user&version=v1
 */
export const queryUser = /*#__PURE__*/ endpoint<QueryUserInput, QueryUserOutput>({
  id: 'mail.v1.user.query',
  method: 'POST',
  path: '/open-apis/mail/v1/users/query',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ email_list: array(string()) }) }),
})

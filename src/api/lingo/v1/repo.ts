// Generated from catalog/lingo.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link listRepo}. */
export type ListRepoInput = { [key: string]: never }

/** `data` of a successful {@link listRepo} response. */
export interface ListRepoOutput {
  items?: { id: string; name: string }[]
}

/**
 * `lingo.v1.repo.list`: GET /open-apis/lingo/v1/repos (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=lingo&resource=repo&version=v1
 */
export const listRepo = /*#__PURE__*/ endpoint<ListRepoInput, ListRepoOutput>({
  id: 'lingo.v1.repo.list',
  method: 'GET',
  path: '/open-apis/lingo/v1/repos',
  tokens: ['tenant', 'user'],
})

// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getDraft}. */
export interface GetDraftInput {
  path: { draft_id: string }
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' | 'people_corehr_id' }
}

/** `data` of a successful {@link getDraft} response. */
export interface GetDraftOutput {
  draft_id?: string
  draft_status?: '0' | '1' | '2' | '3'
  process_infos?: { process_id?: string; approval_group_status?: '0' | '1' | '2' | '3' | '4' | '5' }[]
}

/**
 * `corehr.v2.draft.get`: GET /open-apis/corehr/v2/drafts/:draft_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=draft&version=v2
 */
export const getDraft = /*#__PURE__*/ endpoint<GetDraftInput, GetDraftOutput>({
  id: 'corehr.v2.draft.get',
  method: 'GET',
  path: '/open-apis/corehr/v2/drafts/:draft_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ draft_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id', 'people_corehr_id'])),
      })),
    }),
})

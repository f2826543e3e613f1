// Generated from catalog/docs.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getContent}. */
export interface GetContentInput {
  query: { doc_token: string; doc_type: 'docx'; content_type: 'markdown'; lang?: 'zh' | 'en' | 'ja' }
}

/** `data` of a successful {@link getContent} response. */
export interface GetContentOutput {
  content?: string
}

/**
 * `docs.v1.content.get`: GET /open-apis/docs/v1/content (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=docs&resource=content&version=v1
 */
export const getContent = /*#__PURE__*/ endpoint<GetContentInput, GetContentOutput>({
  id: 'docs.v1.content.get',
  method: 'GET',
  path: '/open-apis/docs/v1/content',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        doc_token: string(),
        doc_type: picklist(['docx']),
        content_type: picklist(['markdown']),
        lang: optional(picklist(['zh', 'en', 'ja'])),
      }),
    }),
})

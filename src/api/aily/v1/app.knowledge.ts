// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link askAppKnowledge}. */
export interface AskAppKnowledgeInput {
  path: { app_id: string }
  body: { message: { content?: string }; data_asset_ids?: string[]; data_asset_tag_ids?: string[] }
}

/** `data` of a successful {@link askAppKnowledge} response. */
export interface AskAppKnowledgeOutput {
  status?: 'processing' | 'finished'
  finish_type?: 'qa' | 'faq'
  message?: { content?: string }
  process_data?: { chart_dsls?: string[]; chunks?: string[]; sql_data?: string[] }
  faq_result?: { question?: string; answer?: string }
  has_answer?: boolean
}

/**
 * `aily.v1.app.knowledge.ask`: POST /open-apis/aily/v1/apps/:app_id/knowledges/ask (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=ask&project=aily&resource=app.knowledge&version=v1
 */
export const askAppKnowledge = /*#__PURE__*/ endpoint<AskAppKnowledgeInput, AskAppKnowledgeOutput>({
  id: 'aily.v1.app.knowledge.ask',
  method: 'POST',
  path: '/open-apis/aily/v1/apps/:app_id/knowledges/ask',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      body: looseObject({
        message: looseObject({ content: optional(string()) }),
        data_asset_ids: optional(array(string())),
        data_asset_tag_ids: optional(array(string())),
      }),
    }),
})

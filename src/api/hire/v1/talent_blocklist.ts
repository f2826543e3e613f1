// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link changeTalentBlocklistTalentBlock}. */
export interface ChangeTalentBlocklistTalentBlockInput {
  body: { talent_id: string; option: number; reason?: string }
}

/** `data` of a successful {@link changeTalentBlocklistTalentBlock} response. */
export type ChangeTalentBlocklistTalentBlockOutput = { [key: string]: unknown }

/**
 * `hire.v1.talent_blocklist.change_talent_block`: POST /open-apis/hire/v1/talent_blocklist/change_talent_block (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=change_talent_block&project=hire&resource=talent_blocklist&version=v1
 */
export const changeTalentBlocklistTalentBlock = /*#__PURE__*/ endpoint<ChangeTalentBlocklistTalentBlockInput, ChangeTalentBlocklistTalentBlockOutput>({
  id: 'hire.v1.talent_blocklist.change_talent_block',
  method: 'POST',
  path: '/open-apis/hire/v1/talent_blocklist/change_talent_block',
  tokens: ['tenant'],
  input: () =>
    looseObject({ body: looseObject({ talent_id: string(), option: number(), reason: optional(string()) }) }),
})

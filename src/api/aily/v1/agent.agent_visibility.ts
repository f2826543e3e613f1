// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link checkAgentAgentVisibility}. */
export interface CheckAgentAgentVisibilityInput {
  path: { agent_id: string }
  body: { channel_type: string }
}

/** `data` of a successful {@link checkAgentAgentVisibility} response. */
export interface CheckAgentAgentVisibilityOutput {
  visibility?: boolean
}

/**
 * `aily.v1.agent.agent_visibility.check`: POST /open-apis/aily/v1/agents/:agent_id/agent_visibility/check (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=check&project=aily&resource=agent.agent_visibility&version=v1
 */
export const checkAgentAgentVisibility = /*#__PURE__*/ endpoint<CheckAgentAgentVisibilityInput, CheckAgentAgentVisibilityOutput>({
  id: 'aily.v1.agent.agent_visibility.check',
  method: 'POST',
  path: '/open-apis/aily/v1/agents/:agent_id/agent_visibility/check',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ path: looseObject({ agent_id: string() }), body: looseObject({ channel_type: string() }) }),
})

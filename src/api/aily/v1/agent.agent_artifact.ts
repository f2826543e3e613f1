// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link getAgentAgentArtifact}. */
export interface GetAgentAgentArtifactInput {
  path: { agent_id: string; agent_artifact_id: string }
}

/** `data` of a successful {@link getAgentAgentArtifact} response. */
export interface GetAgentAgentArtifactOutput {
  agent_artifact?: { artifact_id: string; name: string; url: string }
}

/**
 * `aily.v1.agent.agent_artifact.get`: GET /open-apis/aily/v1/agents/:agent_id/artifacts/:agent_artifact_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=aily&resource=agent.agent_artifact&version=v1
 */
export const getAgentAgentArtifact = /*#__PURE__*/ endpoint<GetAgentAgentArtifactInput, GetAgentAgentArtifactOutput>({
  id: 'aily.v1.agent.agent_artifact.get',
  method: 'GET',
  path: '/open-apis/aily/v1/agents/:agent_id/artifacts/:agent_artifact_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ agent_id: string(), agent_artifact_id: string() }) }),
})

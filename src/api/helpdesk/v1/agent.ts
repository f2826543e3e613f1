// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link agentAgentEmail}. */
export type AgentAgentEmailInput = { [key: string]: never }

/** `data` of a successful {@link agentAgentEmail} response. */
export interface AgentAgentEmailOutput {
  agents?: string
}

/**
 * `helpdesk.v1.agent.agent_email`: GET /open-apis/helpdesk/v1/agent_emails (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=agent_email&project=helpdesk&resource=agent&version=v1
 */
export const agentAgentEmail = /*#__PURE__*/ endpoint<AgentAgentEmailInput, AgentAgentEmailOutput>({
  id: 'helpdesk.v1.agent.agent_email',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/agent_emails',
  tokens: ['tenant', 'user'],
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link patchAgent}. */
export interface PatchAgentInput {
  path: { agent_id: string }
  body?: { status?: number }
}

/** `data` of a successful {@link patchAgent} response. */
export type PatchAgentOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.agent.patch`: PATCH /open-apis/helpdesk/v1/agents/:agent_id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=helpdesk&resource=agent&version=v1
 */
export const patchAgent = /*#__PURE__*/ endpoint<PatchAgentInput, PatchAgentOutput>({
  id: 'helpdesk.v1.agent.patch',
  method: 'PATCH',
  path: '/open-apis/helpdesk/v1/agents/:agent_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ agent_id: string() }),
      body: optional(looseObject({ status: optional(number()) })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

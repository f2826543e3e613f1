// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createAgentAgentChatSession}. */
export interface CreateAgentAgentChatSessionInput {
  path: { agent_id: string }
  body?: { name?: string }
}

/** `data` of a successful {@link createAgentAgentChatSession} response. */
export interface CreateAgentAgentChatSessionOutput {
  session_id?: string
  name?: string
  created_at?: string
}

/**
 * `aily.v1.agent.agent_chat_session.create`: POST /open-apis/aily/v1/agents/:agent_id/sessions (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=aily&resource=agent.agent_chat_session&version=v1
 */
export const createAgentAgentChatSession = /*#__PURE__*/ endpoint<CreateAgentAgentChatSessionInput, CreateAgentAgentChatSessionOutput>({
  id: 'aily.v1.agent.agent_chat_session.create',
  method: 'POST',
  path: '/open-apis/aily/v1/agents/:agent_id/sessions',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ agent_id: string() }),
      body: optional(looseObject({ name: optional(string()) })),
    }),
})

/** Input of {@link deleteAgentAgentChatSession}. */
export interface DeleteAgentAgentChatSessionInput {
  path: { agent_id: string; agent_chat_session_id: string }
}

/** `data` of a successful {@link deleteAgentAgentChatSession} response. */
export type DeleteAgentAgentChatSessionOutput = { [key: string]: unknown }

/**
 * `aily.v1.agent.agent_chat_session.delete`: DELETE /open-apis/aily/v1/agents/:agent_id/sessions/:agent_chat_session_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=aily&resource=agent.agent_chat_session&version=v1
 */
export const deleteAgentAgentChatSession = /*#__PURE__*/ endpoint<DeleteAgentAgentChatSessionInput, DeleteAgentAgentChatSessionOutput>({
  id: 'aily.v1.agent.agent_chat_session.delete',
  method: 'DELETE',
  path: '/open-apis/aily/v1/agents/:agent_id/sessions/:agent_chat_session_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ agent_id: string(), agent_chat_session_id: string() }) }),
})

/** Input of {@link getAgentAgentChatSession}. */
export interface GetAgentAgentChatSessionInput {
  path: { agent_id: string; agent_chat_session_id: string }
}

/** `data` of a successful {@link getAgentAgentChatSession} response. */
export interface GetAgentAgentChatSessionOutput {
  session_id?: string
  name?: string
  status?: string
  created_at?: string
  last_chat_at?: string
  turns?: { agent_chat_id?: string; created_at?: number; status?: string }
}

/**
 * `aily.v1.agent.agent_chat_session.get`: GET /open-apis/aily/v1/agents/:agent_id/sessions/:agent_chat_session_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=aily&resource=agent.agent_chat_session&version=v1
 */
export const getAgentAgentChatSession = /*#__PURE__*/ endpoint<GetAgentAgentChatSessionInput, GetAgentAgentChatSessionOutput>({
  id: 'aily.v1.agent.agent_chat_session.get',
  method: 'GET',
  path: '/open-apis/aily/v1/agents/:agent_id/sessions/:agent_chat_session_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ agent_id: string(), agent_chat_session_id: string() }) }),
})

/** Input of {@link listAgentAgentChatSession}. */
export interface ListAgentAgentChatSessionInput {
  path: { agent_id: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listAgentAgentChatSession} response. */
export interface ListAgentAgentChatSessionOutput {
  sessions?: { session_id: string; name?: string; status?: string; created_at?: number; last_chat_at?: number }[]
  has_more?: boolean
  next_page_token?: string
}

/**
 * `aily.v1.agent.agent_chat_session.list`: GET /open-apis/aily/v1/agents/:agent_id/sessions (tenant or user token).
 *
 * Paginated over `sessions` (next token in `next_page_token`).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=aily&resource=agent.agent_chat_session&version=v1
 */
export const listAgentAgentChatSession = /*#__PURE__*/ endpoint<ListAgentAgentChatSessionInput, ListAgentAgentChatSessionOutput, true>({
  id: 'aily.v1.agent.agent_chat_session.list',
  method: 'GET',
  path: '/open-apis/aily/v1/agents/:agent_id/sessions',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ agent_id: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'sessions', next: 'next_page_token' },
})

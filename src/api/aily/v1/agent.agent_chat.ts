// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createAgentAgentChat}. */
export interface CreateAgentAgentChatInput {
  path: { agent_id: string }
  body: {
    user_message: { content: { type: string; text: string }[]; agent_attachment_ids?: string[] }
    stream?: boolean
    session_id?: string
  }
}

/** `data` of a successful {@link createAgentAgentChat} response. */
export interface CreateAgentAgentChatOutput {
  agent_chat_id: string
  session_id?: string
}

/**
 * `aily.v1.agent.agent_chat.create`: POST /open-apis/aily/v1/agents/:agent_id/chats (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=aily&resource=agent.agent_chat&version=v1
 */
export const createAgentAgentChat = /*#__PURE__*/ endpoint<CreateAgentAgentChatInput, CreateAgentAgentChatOutput>({
  id: 'aily.v1.agent.agent_chat.create',
  method: 'POST',
  path: '/open-apis/aily/v1/agents/:agent_id/chats',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ agent_id: string() }),
      body: looseObject({
        user_message: looseObject({
          content: array(looseObject({ type: string(), text: string() })),
          agent_attachment_ids: optional(array(string())),
        }),
        stream: optional(boolean()),
        session_id: optional(string()),
      }),
    }),
})

/** Input of {@link getAgentAgentChat}. */
export interface GetAgentAgentChatInput {
  path: { agent_id: string; agent_chat_id: string }
}

/** `data` of a successful {@link getAgentAgentChat} response. */
export interface GetAgentAgentChatOutput {
  content: { type?: string; text?: string; agent_artifact_id?: string; artifact_type?: string }[]
  finish_reason?: string
  status: string
}

/**
 * `aily.v1.agent.agent_chat.get`: GET /open-apis/aily/v1/agents/:agent_id/chats/:agent_chat_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=aily&resource=agent.agent_chat&version=v1
 */
export const getAgentAgentChat = /*#__PURE__*/ endpoint<GetAgentAgentChatInput, GetAgentAgentChatOutput>({
  id: 'aily.v1.agent.agent_chat.get',
  method: 'GET',
  path: '/open-apis/aily/v1/agents/:agent_id/chats/:agent_chat_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ agent_id: string(), agent_chat_id: string() }) }),
})

// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createAgentAgentAttachment}. */
export interface CreateAgentAgentAttachmentInput {
  path: { agent_id: string }
  body: { file?: FileInput; type: string; doc_url?: string }
}

/** `data` of a successful {@link createAgentAgentAttachment} response. */
export interface CreateAgentAgentAttachmentOutput {
  agent_attachment_id: string
}

/**
 * `aily.v1.agent.agent_attachment.create`: POST /open-apis/aily/v1/agents/:agent_id/attachments (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=aily&resource=agent.agent_attachment&version=v1
 */
export const createAgentAgentAttachment = /*#__PURE__*/ fileEndpoint<CreateAgentAgentAttachmentInput, CreateAgentAgentAttachmentOutput>({
  id: 'aily.v1.agent.agent_attachment.create',
  method: 'POST',
  path: '/open-apis/aily/v1/agents/:agent_id/attachments',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ agent_id: string() }),
      body: looseObject({ file: optional(file()), type: string(), doc_url: optional(string()) }),
    }),
  body: 'multipart',
})

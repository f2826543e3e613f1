// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link createAgentSkill}. */
export interface CreateAgentSkillInput {
  body?: {
    name?: string
    rules?: { id?: string; selected_operator?: number; operand?: string; category?: number }[]
    agent_ids?: string[]
  }
}

/** `data` of a successful {@link createAgentSkill} response. */
export interface CreateAgentSkillOutput {
  agent_skill_id?: string
}

/**
 * `helpdesk.v1.agent_skill.create`: POST /open-apis/helpdesk/v1/agent_skills (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=helpdesk&resource=agent_skill&version=v1
 */
export const createAgentSkill = /*#__PURE__*/ endpoint<CreateAgentSkillInput, CreateAgentSkillOutput>({
  id: 'helpdesk.v1.agent_skill.create',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/agent_skills',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        name: optional(string()),
        rules: optional(array(looseObject({
          id: optional(string()),
          selected_operator: optional(number()),
          operand: optional(string()),
          category: optional(number()),
        }))),
        agent_ids: optional(array(string())),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link deleteAgentSkill}. */
export interface DeleteAgentSkillInput {
  path: { agent_skill_id: string }
}

/** `data` of a successful {@link deleteAgentSkill} response. */
export type DeleteAgentSkillOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.agent_skill.delete`: DELETE /open-apis/helpdesk/v1/agent_skills/:agent_skill_id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=helpdesk&resource=agent_skill&version=v1
 */
export const deleteAgentSkill = /*#__PURE__*/ endpoint<DeleteAgentSkillInput, DeleteAgentSkillOutput>({
  id: 'helpdesk.v1.agent_skill.delete',
  method: 'DELETE',
  path: '/open-apis/helpdesk/v1/agent_skills/:agent_skill_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ agent_skill_id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link getAgentSkill}. */
export interface GetAgentSkillInput {
  path: { agent_skill_id: string }
}

/** `data` of a successful {@link getAgentSkill} response. */
export interface GetAgentSkillOutput {
  agent_skill?: {
    id?: string
    name?: string
    rules?: {
      id?: string
      selected_operator?: number
      operator_options?: number[]
      operand?: string
      category?: number
      display_name?: string
    }[]
    agent_ids?: string[]
    is_default?: boolean
    agents?: { id?: string; avatar_url?: string; name?: string }[]
    agent_skill_id?: string
  }
}

/**
 * `helpdesk.v1.agent_skill.get`: GET /open-apis/helpdesk/v1/agent_skills/:agent_skill_id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=helpdesk&resource=agent_skill&version=v1
 */
export const getAgentSkill = /*#__PURE__*/ endpoint<GetAgentSkillInput, GetAgentSkillOutput>({
  id: 'helpdesk.v1.agent_skill.get',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/agent_skills/:agent_skill_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ agent_skill_id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link listAgentSkill}. */
export type ListAgentSkillInput = { [key: string]: never }

/** `data` of a successful {@link listAgentSkill} response. */
export interface ListAgentSkillOutput {
  agent_skills?: { id?: string; name?: string; agent_ids?: string[]; is_default?: boolean; agent_skill_id?: string }[]
}

/**
 * `helpdesk.v1.agent_skill.list`: GET /open-apis/helpdesk/v1/agent_skills (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=helpdesk&resource=agent_skill&version=v1
 */
export const listAgentSkill = /*#__PURE__*/ endpoint<ListAgentSkillInput, ListAgentSkillOutput>({
  id: 'helpdesk.v1.agent_skill.list',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/agent_skills',
  tokens: ['tenant', 'user'],
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link patchAgentSkill}. */
export interface PatchAgentSkillInput {
  path: { agent_skill_id: string }
  body?: {
    agent_skill?: {
      name?: string
      rules?: { id?: string; selected_operator?: number; operator_options?: number[]; operand?: string }[]
      agent_ids?: string[]
      agent_skill_id?: string
    }
  }
}

/** `data` of a successful {@link patchAgentSkill} response. */
export type PatchAgentSkillOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.agent_skill.patch`: PATCH /open-apis/helpdesk/v1/agent_skills/:agent_skill_id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=helpdesk&resource=agent_skill&version=v1
 */
export const patchAgentSkill = /*#__PURE__*/ endpoint<PatchAgentSkillInput, PatchAgentSkillOutput>({
  id: 'helpdesk.v1.agent_skill.patch',
  method: 'PATCH',
  path: '/open-apis/helpdesk/v1/agent_skills/:agent_skill_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ agent_skill_id: string() }),
      body: optional(looseObject({
        agent_skill: optional(looseObject({
          name: optional(string()),
          rules: optional(array(looseObject({
            id: optional(string()),
            selected_operator: optional(number()),
            operator_options: optional(array(number())),
            operand: optional(string()),
          }))),
          agent_ids: optional(array(string())),
          agent_skill_id: optional(string()),
        })),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

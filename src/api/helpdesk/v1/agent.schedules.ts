// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, string } from '../../../core/valibot.ts'
import { ScheduleSchema } from './models.ts'
import type { AgentSchedule, Schedule } from './types.ts'

/** Input of {@link deleteAgentSchedules}. */
export interface DeleteAgentSchedulesInput {
  path: { agent_id: string }
}

/** `data` of a successful {@link deleteAgentSchedules} response. */
export type DeleteAgentSchedulesOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.agent.schedules.delete`: DELETE /open-apis/helpdesk/v1/agents/:agent_id/schedules (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=helpdesk&resource=agent.schedules&version=v1
 */
export const deleteAgentSchedules = /*#__PURE__*/ endpoint<DeleteAgentSchedulesInput, DeleteAgentSchedulesOutput>({
  id: 'helpdesk.v1.agent.schedules.delete',
  method: 'DELETE',
  path: '/open-apis/helpdesk/v1/agents/:agent_id/schedules',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ agent_id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link getAgentSchedules}. */
export interface GetAgentSchedulesInput {
  path: { agent_id: string }
}

/** `data` of a successful {@link getAgentSchedules} response. */
export interface GetAgentSchedulesOutput {
  agent_schedule?: AgentSchedule
}

/**
 * `helpdesk.v1.agent.schedules.get`: GET /open-apis/helpdesk/v1/agents/:agent_id/schedules (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=helpdesk&resource=agent.schedules&version=v1
 */
export const getAgentSchedules = /*#__PURE__*/ endpoint<GetAgentSchedulesInput, GetAgentSchedulesOutput>({
  id: 'helpdesk.v1.agent.schedules.get',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/agents/:agent_id/schedules',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ agent_id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link patchAgentSchedules}. */
export interface PatchAgentSchedulesInput {
  path: { agent_id: string }
  body?: { agent_schedule?: { schedule?: Schedule[]; agent_skill_ids?: string[] } }
}

/** `data` of a successful {@link patchAgentSchedules} response. */
export type PatchAgentSchedulesOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.agent.schedules.patch`: PATCH /open-apis/helpdesk/v1/agents/:agent_id/schedules (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=helpdesk&resource=agent.schedules&version=v1
 */
export const patchAgentSchedules = /*#__PURE__*/ endpoint<PatchAgentSchedulesInput, PatchAgentSchedulesOutput>({
  id: 'helpdesk.v1.agent.schedules.patch',
  method: 'PATCH',
  path: '/open-apis/helpdesk/v1/agents/:agent_id/schedules',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ agent_id: string() }),
      body: optional(looseObject({
        agent_schedule: optional(looseObject({
          schedule: optional(array(ScheduleSchema())),
          agent_skill_ids: optional(array(string())),
        })),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

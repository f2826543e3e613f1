// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import { ScheduleSchema } from './models.ts'
import type { AgentSchedule, Schedule } from './types.ts'

/** Input of {@link createAgentSchedule}. */
export interface CreateAgentScheduleInput {
  body?: { agent_schedules?: { agent_id?: string; schedule?: Schedule[]; agent_skill_ids?: string[] }[] }
}

/** `data` of a successful {@link createAgentSchedule} response. */
export type CreateAgentScheduleOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.agent_schedule.create`: POST /open-apis/helpdesk/v1/agent_schedules (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=helpdesk&resource=agent_schedule&version=v1
 */
export const createAgentSchedule = /*#__PURE__*/ endpoint<CreateAgentScheduleInput, CreateAgentScheduleOutput>({
  id: 'helpdesk.v1.agent_schedule.create',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/agent_schedules',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        agent_schedules: optional(array(looseObject({
          agent_id: optional(string()),
          schedule: optional(array(ScheduleSchema())),
          agent_skill_ids: optional(array(string())),
        }))),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link listAgentSchedule}. */
export interface ListAgentScheduleInput {
  query: { status: number[] }
}

/** `data` of a successful {@link listAgentSchedule} response. */
export interface ListAgentScheduleOutput {
  agent_schedules?: AgentSchedule[]
}

/**
 * `helpdesk.v1.agent_schedule.list`: GET /open-apis/helpdesk/v1/agent_schedules (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=helpdesk&resource=agent_schedule&version=v1
 */
export const listAgentSchedule = /*#__PURE__*/ endpoint<ListAgentScheduleInput, ListAgentScheduleOutput>({
  id: 'helpdesk.v1.agent_schedule.list',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/agent_schedules',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ query: looseObject({ status: array(number()) }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

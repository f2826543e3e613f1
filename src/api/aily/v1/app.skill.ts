// Generated from catalog/aily.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Skill } from './types.ts'

/** Input of {@link getAppSkill}. */
export interface GetAppSkillInput {
  path: { app_id: string; skill_id: string }
}

/** `data` of a successful {@link getAppSkill} response. */
export interface GetAppSkillOutput {
  skill?: Skill
}

/**
 * `aily.v1.app.skill.get`: GET /open-apis/aily/v1/apps/:app_id/skills/:skill_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=aily&resource=app.skill&version=v1
 */
export const getAppSkill = /*#__PURE__*/ endpoint<GetAppSkillInput, GetAppSkillOutput>({
  id: 'aily.v1.app.skill.get',
  method: 'GET',
  path: '/open-apis/aily/v1/apps/:app_id/skills/:skill_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ app_id: string(), skill_id: string() }) }),
})

/** Input of {@link listAppSkill}. */
export interface ListAppSkillInput {
  path: { app_id: string }
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listAppSkill} response. */
export interface ListAppSkillOutput {
  skills?: Skill[]
  page_token?: string
  has_more?: boolean
}

/**
 * `aily.v1.app.skill.list`: GET /open-apis/aily/v1/apps/:app_id/skills (tenant or user token).
 *
 * Paginated over `skills`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=aily&resource=app.skill&version=v1
 */
export const listAppSkill = /*#__PURE__*/ endpoint<ListAppSkillInput, ListAppSkillOutput, true>({
  id: 'aily.v1.app.skill.list',
  method: 'GET',
  path: '/open-apis/aily/v1/apps/:app_id/skills',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })),
    }),
  page: { items: 'skills' },
})

/** Input of {@link startAppSkill}. */
export interface StartAppSkillInput {
  path: { app_id: string; skill_id: string }
  body?: { global_variable?: { query?: string; files?: string[]; channel?: { variables?: string } }; input?: string }
}

/** `data` of a successful {@link startAppSkill} response. */
export interface StartAppSkillOutput {
  output?: string
  status?: string
}

/**
 * `aily.v1.app.skill.start`: POST /open-apis/aily/v1/apps/:app_id/skills/:skill_id/start (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=start&project=aily&resource=app.skill&version=v1
 */
export const startAppSkill = /*#__PURE__*/ endpoint<StartAppSkillInput, StartAppSkillOutput>({
  id: 'aily.v1.app.skill.start',
  method: 'POST',
  path: '/open-apis/aily/v1/apps/:app_id/skills/:skill_id/start',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string(), skill_id: string() }),
      body: optional(looseObject({
        global_variable: optional(looseObject({
          query: optional(string()),
          files: optional(array(string())),
          channel: optional(looseObject({ variables: optional(string()) })),
        })),
        input: optional(string()),
      })),
    }),
})

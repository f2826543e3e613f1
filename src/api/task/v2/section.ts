// Generated from catalog/task.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Section, TasksItem } from './types.ts'

/** Input of {@link createSection}. */
export interface CreateSectionInput {
  query?: { user_id_type?: string }
  body: { name: string; resource_type: string; resource_id?: string; insert_before?: string; insert_after?: string }
}

/** `data` of a successful {@link createSection} response. */
export interface CreateSectionOutput {
  section?: Section
}

/**
 * `task.v2.section.create`: POST /open-apis/task/v2/sections (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=task&resource=section&version=v2
 */
export const createSection = /*#__PURE__*/ endpoint<CreateSectionInput, CreateSectionOutput>({
  id: 'task.v2.section.create',
  method: 'POST',
  path: '/open-apis/task/v2/sections',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({
        name: string(),
        resource_type: string(),
        resource_id: optional(string()),
        insert_before: optional(string()),
        insert_after: optional(string()),
      }),
    }),
})

/** Input of {@link deleteSection}. */
export interface DeleteSectionInput {
  path: { section_guid: string }
}

/** `data` of a successful {@link deleteSection} response. */
export type DeleteSectionOutput = { [key: string]: unknown }

/**
 * `task.v2.section.delete`: DELETE /open-apis/task/v2/sections/:section_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=task&resource=section&version=v2
 */
export const deleteSection = /*#__PURE__*/ endpoint<DeleteSectionInput, DeleteSectionOutput>({
  id: 'task.v2.section.delete',
  method: 'DELETE',
  path: '/open-apis/task/v2/sections/:section_guid',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ section_guid: string() }) }),
})

/** Input of {@link getSection}. */
export interface GetSectionInput {
  path: { section_guid: string }
  query?: { user_id_type?: string }
}

/** `data` of a successful {@link getSection} response. */
export interface GetSectionOutput {
  section?: Section
}

/**
 * `task.v2.section.get`: GET /open-apis/task/v2/sections/:section_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=task&resource=section&version=v2
 */
export const getSection = /*#__PURE__*/ endpoint<GetSectionInput, GetSectionOutput>({
  id: 'task.v2.section.get',
  method: 'GET',
  path: '/open-apis/task/v2/sections/:section_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ section_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
    }),
})

/** Input of {@link listSection}. */
export interface ListSectionInput {
  query: {
    page_size?: number
    page_token?: string
    resource_type: string
    resource_id?: string
    user_id_type?: string
    update_msec?: string
  }
}

/** `data` of a successful {@link listSection} response. */
export interface ListSectionOutput {
  items?: { guid?: string; name?: string; is_default?: boolean }[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v2.section.list`: GET /open-apis/task/v2/sections (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=task&resource=section&version=v2
 */
export const listSection = /*#__PURE__*/ endpoint<ListSectionInput, ListSectionOutput, true>({
  id: 'task.v2.section.list',
  method: 'GET',
  path: '/open-apis/task/v2/sections',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        resource_type: string(),
        resource_id: optional(string()),
        user_id_type: optional(string()),
        update_msec: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchSection}. */
export interface PatchSectionInput {
  path: { section_guid: string }
  query?: { user_id_type?: string }
  body: { section: { name?: string; insert_before?: string; insert_after?: string }; update_fields: string[] }
}

/** `data` of a successful {@link patchSection} response. */
export interface PatchSectionOutput {
  section?: Section
}

/**
 * `task.v2.section.patch`: PATCH /open-apis/task/v2/sections/:section_guid (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=task&resource=section&version=v2
 */
export const patchSection = /*#__PURE__*/ endpoint<PatchSectionInput, PatchSectionOutput>({
  id: 'task.v2.section.patch',
  method: 'PATCH',
  path: '/open-apis/task/v2/sections/:section_guid',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ section_guid: string() }),
      query: optional(looseObject({ user_id_type: optional(string()) })),
      body: looseObject({
        section: looseObject({
          name: optional(string()),
          insert_before: optional(string()),
          insert_after: optional(string()),
        }),
        update_fields: array(string()),
      }),
    }),
})

/** Input of {@link tasksSection}. */
export interface TasksSectionInput {
  path: { section_guid: string }
  query?: {
    page_size?: number
    page_token?: string
    completed?: boolean
    created_from?: string
    created_to?: string
    user_id_type?: string
  }
}

/** `data` of a successful {@link tasksSection} response. */
export interface TasksSectionOutput {
  items?: TasksItem[]
  page_token?: string
  has_more?: boolean
}

/**
 * `task.v2.section.tasks`: GET /open-apis/task/v2/sections/:section_guid/tasks (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=tasks&project=task&resource=section&version=v2
 */
export const tasksSection = /*#__PURE__*/ endpoint<TasksSectionInput, TasksSectionOutput, true>({
  id: 'task.v2.section.tasks',
  method: 'GET',
  path: '/open-apis/task/v2/sections/:section_guid/tasks',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ section_guid: string() }),
      query: optional(looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        completed: optional(boolean()),
        created_from: optional(string()),
        created_to: optional(string()),
        user_id_type: optional(string()),
      })),
    }),
  page: { items: 'items' },
})

// Generated from catalog/application.v7.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { AddSchema, AddScopeSchema, VisibleListSchema } from './models.ts'
import type { Add, AddScope, VisibleList } from './types.ts'

/** Input of {@link patchApplicationConfig}. */
export interface PatchApplicationConfigInput {
  path: { app_id: string }
  query?: {
    department_id_type?: 'open_department_id' | 'department_id'
    user_id_type?: 'open_id' | 'user_id' | 'union_id'
  }
  body?: {
    scope?: { add_scopes?: AddScope[]; remove_scopes?: AddScope[] }
    event?: {
      subscription_type: 'webhook' | 'websocket'
      request_url?: string
      add_events?: string[]
      remove_events?: string[]
    }
    security?: { add?: Add; remove?: Add; allow_refresh_token?: boolean }
    visibility?: { is_visible_to_all: boolean; visible_list?: VisibleList }
    contacts?: { contacts_range_type: 'equal_to_availability' | 'some' | 'all'; visible_list?: VisibleList }
    event_and_callback_encrypt_strategy?: { encryption_key?: string; verification_token?: string }
    callback?: {
      callback_type: 'webhook' | 'websocket'
      request_url?: string
      add_callbacks?: string[]
      remove_callbacks?: string[]
    }
  }
}

/** `data` of a successful {@link patchApplicationConfig} response. */
export type PatchApplicationConfigOutput = { [key: string]: unknown }

/**
 * `application.v7.application.config.patch`: PATCH /open-apis/application/v7/applications/:app_id/config (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=application&resource=application.config&version=v7
 */
export const patchApplicationConfig = /*#__PURE__*/ endpoint<PatchApplicationConfigInput, PatchApplicationConfigOutput>({
  id: 'application.v7.application.config.patch',
  method: 'PATCH',
  path: '/open-apis/application/v7/applications/:app_id/config',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      query: optional(looseObject({
        department_id_type: optional(picklist(['open_department_id', 'department_id'])),
        user_id_type: optional(picklist(['open_id', 'user_id', 'union_id'])),
      })),
      body: optional(looseObject({
        scope: optional(looseObject({
          add_scopes: optional(array(AddScopeSchema())),
          remove_scopes: optional(array(AddScopeSchema())),
        })),
        event: optional(looseObject({
          subscription_type: picklist(['webhook', 'websocket']),
          request_url: optional(string()),
          add_events: optional(array(string())),
          remove_events: optional(array(string())),
        })),
        security: optional(looseObject({
          add: optional(AddSchema()),
          remove: optional(AddSchema()),
          allow_refresh_token: optional(boolean()),
        })),
        visibility: optional(looseObject({
          is_visible_to_all: boolean(),
          visible_list: optional(VisibleListSchema()),
        })),
        contacts: optional(looseObject({
          contacts_range_type: picklist(['equal_to_availability', 'some', 'all']),
          visible_list: optional(VisibleListSchema()),
        })),
        event_and_callback_encrypt_strategy: optional(looseObject({
          encryption_key: optional(string()),
          verification_token: optional(string()),
        })),
        callback: optional(looseObject({
          callback_type: picklist(['webhook', 'websocket']),
          request_url: optional(string()),
          add_callbacks: optional(array(string())),
          remove_callbacks: optional(array(string())),
        })),
      })),
    }),
})

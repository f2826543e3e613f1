// Generated from catalog/personal_settings.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { I18nTitleSchema, SyncSettingSchema } from './models.ts'
import type { I18nTitle, SyncSetting, SystemStatus } from './types.ts'

/** Input of {@link batchCloseSystemStatus}. */
export interface BatchCloseSystemStatusInput {
  path: { system_status_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { user_list: string[] }
}

/** `data` of a successful {@link batchCloseSystemStatus} response. */
export interface BatchCloseSystemStatusOutput {
  result_list: {
    user_id?: string
    result?: 'success' | 'fail' | 'invisible_user_id' | 'invalid_user_id' | 'resign_user_id'
  }[]
}

/**
 * `personal_settings.v1.system_status.batch_close`: POST /open-apis/personal_settings/v1/system_statuses/:system_status_id/batch_close (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_close&project=personal_settings&resource=system_status&version=v1
 */
export const batchCloseSystemStatus = /*#__PURE__*/ endpoint<BatchCloseSystemStatusInput, BatchCloseSystemStatusOutput>({
  id: 'personal_settings.v1.system_status.batch_close',
  method: 'POST',
  path: '/open-apis/personal_settings/v1/system_statuses/:system_status_id/batch_close',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ system_status_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ user_list: array(string()) }),
    }),
})

/** Input of {@link batchOpenSystemStatus}. */
export interface BatchOpenSystemStatusInput {
  path: { system_status_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { user_list: { user_id: string; end_time: number }[] }
}

/** `data` of a successful {@link batchOpenSystemStatus} response. */
export interface BatchOpenSystemStatusOutput {
  result_list: {
    user_id: string
    end_time: number
    result?:
      | 'success_show'
      | 'success_user_close_syn'
      | 'success_user_in_higher_priority_system_status'
      | 'fail'
      | 'invisible_user_id'
      | 'invalid_user_id'
      | 'resign_user_id'
  }[]
}

/**
 * `personal_settings.v1.system_status.batch_open`: POST /open-apis/personal_settings/v1/system_statuses/:system_status_id/batch_open (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=batch_open&project=personal_settings&resource=system_status&version=v1
 */
export const batchOpenSystemStatus = /*#__PURE__*/ endpoint<BatchOpenSystemStatusInput, BatchOpenSystemStatusOutput>({
  id: 'personal_settings.v1.system_status.batch_open',
  method: 'POST',
  path: '/open-apis/personal_settings/v1/system_statuses/:system_status_id/batch_open',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ system_status_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ user_list: array(looseObject({ user_id: string(), end_time: number() })) }),
    }),
})

/** Input of {@link createSystemStatus}. */
export interface CreateSystemStatusInput {
  body: {
    title: string
    i18n_title?: I18nTitle
    icon_key:
      | 'GeneralDoNotDisturb'
      | 'GeneralInMeetingBusy'
      | 'Coffee'
      | 'GeneralBusinessTrip'
      | 'GeneralWorkFromHome'
      | 'StatusEnjoyLife'
      | 'GeneralTravellingCar'
      | 'StatusBus'
      | 'StatusInFlight'
      | 'Typing'
      | 'EatingFood'
      | 'SICK'
      | 'GeneralSun'
      | 'GeneralMoonRest'
      | 'StatusReading'
      | 'Status_PrivateMessage'
      | 'StatusFlashOfInspiration'
      | 'GeneralVacation'
    color?:
      | 'BLUE'
      | 'GRAY'
      | 'INDIGO'
      | 'WATHET'
      | 'GREEN'
      | 'TURQUOISE'
      | 'YELLOW'
      | 'LIME'
      | 'RED'
      | 'ORANGE'
      | 'PURPLE'
      | 'VIOLET'
      | 'CARMINE'
    priority?: number
    sync_setting?: SyncSetting
  }
}

/** `data` of a successful {@link createSystemStatus} response. */
export interface CreateSystemStatusOutput {
  system_status?: SystemStatus
}

/**
 * `personal_settings.v1.system_status.create`: POST /open-apis/personal_settings/v1/system_statuses (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=personal_settings&resource=system_status&version=v1
 */
export const createSystemStatus = /*#__PURE__*/ endpoint<CreateSystemStatusInput, CreateSystemStatusOutput>({
  id: 'personal_settings.v1.system_status.create',
  method: 'POST',
  path: '/open-apis/personal_settings/v1/system_statuses',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      body: looseObject({
        title: string(),
        i18n_title: optional(I18nTitleSchema()),
        icon_key: picklist([
          'GeneralDoNotDisturb',
          'GeneralInMeetingBusy',
          'Coffee',
          'GeneralBusinessTrip',
          'GeneralWorkFromHome',
          'StatusEnjoyLife',
          'GeneralTravellingCar',
          'StatusBus',
          'StatusInFlight',
          'Typing',
          'EatingFood',
          'SICK',
          'GeneralSun',
          'GeneralMoonRest',
          'StatusReading',
          'Status_PrivateMessage',
          'StatusFlashOfInspiration',
          'GeneralVacation',
        ]),
        color: optional(picklist([
          'BLUE',
          'GRAY',
          'INDIGO',
          'WATHET',
          'GREEN',
          'TURQUOISE',
          'YELLOW',
          'LIME',
          'RED',
          'ORANGE',
          'PURPLE',
          'VIOLET',
          'CARMINE',
        ])),
        priority: optional(number()),
        sync_setting: optional(SyncSettingSchema()),
      }),
    }),
})

/** Input of {@link deleteSystemStatus}. */
export interface DeleteSystemStatusInput {
  path: { system_status_id: string }
}

/** `data` of a successful {@link deleteSystemStatus} response. */
export type DeleteSystemStatusOutput = { [key: string]: unknown }

/**
 * `personal_settings.v1.system_status.delete`: DELETE /open-apis/personal_settings/v1/system_statuses/:system_status_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=personal_settings&resource=system_status&version=v1
 */
export const deleteSystemStatus = /*#__PURE__*/ endpoint<DeleteSystemStatusInput, DeleteSystemStatusOutput>({
  id: 'personal_settings.v1.system_status.delete',
  method: 'DELETE',
  path: '/open-apis/personal_settings/v1/system_statuses/:system_status_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ system_status_id: string() }) }),
})

/** Input of {@link listSystemStatus}. */
export interface ListSystemStatusInput {
  query?: { page_size?: number; page_token?: string }
}

/** `data` of a successful {@link listSystemStatus} response. */
export interface ListSystemStatusOutput {
  items?: SystemStatus[]
  page_token?: string
  has_more?: boolean
}

/**
 * `personal_settings.v1.system_status.list`: GET /open-apis/personal_settings/v1/system_statuses (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=personal_settings&resource=system_status&version=v1
 */
export const listSystemStatus = /*#__PURE__*/ endpoint<ListSystemStatusInput, ListSystemStatusOutput, true>({
  id: 'personal_settings.v1.system_status.list',
  method: 'GET',
  path: '/open-apis/personal_settings/v1/system_statuses',
  tokens: ['tenant'],
  input: () =>
    looseObject({ query: optional(looseObject({ page_size: optional(number()), page_token: optional(string()) })) }),
  page: { items: 'items' },
})

/** Input of {@link patchSystemStatus}. */
export interface PatchSystemStatusInput {
  path: { system_status_id: string }
  body: {
    system_status: {
      title: string
      i18n_title?: I18nTitle
      icon_key:
        | 'GeneralDoNotDisturb'
        | 'GeneralInMeetingBusy'
        | 'Coffee'
        | 'GeneralBusinessTrip'
        | 'GeneralWorkFromHome'
        | 'StatusEnjoyLife'
        | 'GeneralTravellingCar'
        | 'StatusBus'
        | 'StatusInFlight'
        | 'Typing'
        | 'EatingFood'
        | 'SICK'
        | 'GeneralSun'
        | 'GeneralMoonRest'
        | 'StatusReading'
        | 'Status_PrivateMessage'
        | 'StatusFlashOfInspiration'
        | 'GeneralVacation'
      color?:
        | 'BLUE'
        | 'GRAY'
        | 'INDIGO'
        | 'WATHET'
        | 'GREEN'
        | 'TURQUOISE'
        | 'YELLOW'
        | 'LIME'
        | 'RED'
        | 'ORANGE'
        | 'PURPLE'
        | 'VIOLET'
        | 'CARMINE'
      priority?: number
      sync_setting?: SyncSetting
    }
    update_fields: ('TITLE' | 'I18N_TITLE' | 'ICON' | 'COLOR' | 'PRIORITY' | 'SYNC_SETTING')[]
  }
}

/** `data` of a successful {@link patchSystemStatus} response. */
export interface PatchSystemStatusOutput {
  system_status?: SystemStatus
}

/**
 * `personal_settings.v1.system_status.patch`: PATCH /open-apis/personal_settings/v1/system_statuses/:system_status_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=personal_settings&resource=system_status&version=v1
 */
export const patchSystemStatus = /*#__PURE__*/ endpoint<PatchSystemStatusInput, PatchSystemStatusOutput>({
  id: 'personal_settings.v1.system_status.patch',
  method: 'PATCH',
  path: '/open-apis/personal_settings/v1/system_statuses/:system_status_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ system_status_id: string() }),
      body: looseObject({
        system_status: looseObject({
          title: string(),
          i18n_title: optional(I18nTitleSchema()),
          icon_key: picklist([
            'GeneralDoNotDisturb',
            'GeneralInMeetingBusy',
            'Coffee',
            'GeneralBusinessTrip',
            'GeneralWorkFromHome',
            'StatusEnjoyLife',
            'GeneralTravellingCar',
            'StatusBus',
            'StatusInFlight',
            'Typing',
            'EatingFood',
            'SICK',
            'GeneralSun',
            'GeneralMoonRest',
            'StatusReading',
            'Status_PrivateMessage',
            'StatusFlashOfInspiration',
            'GeneralVacation',
          ]),
          color: optional(picklist([
            'BLUE',
            'GRAY',
            'INDIGO',
            'WATHET',
            'GREEN',
            'TURQUOISE',
            'YELLOW',
            'LIME',
            'RED',
            'ORANGE',
            'PURPLE',
            'VIOLET',
            'CARMINE',
          ])),
          priority: optional(number()),
          sync_setting: optional(SyncSettingSchema()),
        }),
        update_fields: array(picklist(['TITLE', 'I18N_TITLE', 'ICON', 'COLOR', 'PRIORITY', 'SYNC_SETTING'])),
      }),
    }),
})

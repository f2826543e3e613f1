// Generated from catalog/personal_settings.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { I18nTitle, SyncSetting, SystemStatus } from './types.ts'

/** Builds the schema of {@link I18nTitle}. */
export function I18nTitleSchema(): GenericSchema<I18nTitle> {
  return looseObject({ zh_cn: optional(string()), en_us: optional(string()), ja_jp: optional(string()) })
}

/** Builds the schema of {@link SyncSetting}. */
export function SyncSettingSchema(): GenericSchema<SyncSetting> {
  return looseObject({
    is_open_by_default: optional(boolean()),
    title: optional(string()),
    i18n_title: optional(I18nTitleSchema()),
    explain: optional(string()),
    i18n_explain: optional(I18nTitleSchema()),
  })
}

/** Builds the schema of {@link SystemStatus}. */
export function SystemStatusSchema(): GenericSchema<SystemStatus> {
  return looseObject({
    system_status_id: optional(string()),
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
  })
}

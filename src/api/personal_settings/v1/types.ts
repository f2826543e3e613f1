// Generated from catalog/personal_settings.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `I18nTitle` of catalog/personal_settings.v1.json. */
export interface I18nTitle {
  zh_cn?: string
  en_us?: string
  ja_jp?: string
}

/** Shared shape `SyncSetting` of catalog/personal_settings.v1.json. */
export interface SyncSetting {
  is_open_by_default?: boolean
  title?: string
  i18n_title?: I18nTitle
  explain?: string
  i18n_explain?: I18nTitle
}

/** Shared shape `SystemStatus` of catalog/personal_settings.v1.json. */
export interface SystemStatus {
  system_status_id?: string
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

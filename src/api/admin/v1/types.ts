// Generated from catalog/admin.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Badge` of catalog/admin.v1.json. */
export interface Badge {
  id?: string
  name: string
  explanation?: string
  detail_image: string
  show_image: string
  i18n_name?: I18nExplanation
  i18n_explanation?: I18nExplanation
}

/** Shared shape `Grant` of catalog/admin.v1.json. */
export interface Grant {
  id?: string
  badge_id?: string
  name: string
  grant_type: number
  time_zone: string
  rule_detail: RuleDetail
  is_grant_all: boolean
  user_ids?: string[]
  department_ids?: string[]
  group_ids?: string[]
}

/** Shared shape `I18nExplanation` of catalog/admin.v1.json. */
export interface I18nExplanation {
  zh_cn?: string
  en_us?: string
  ja_jp?: string
}

/** Shared shape `Item` of catalog/admin.v1.json. */
export interface Item {
  event_id?: string
  unique_id?: string
  event_name: string
  department_ids?: string[]
  event_module: number
  operator_type?: number
  operator_value?: string
  objects?: {
    object_type?: string
    object_value?: string
    object_name?: string
    object_owner?: string
    object_detail?: {
      clone_source?: string
      text_detail?: string
      file_name?: string
      third_party_appID?: string
      contain_file_num?: number
      permission_setting_type?: string
      permission_external_access_Type?: boolean
      permission_share_type?: string
      file_service_source?: string
      okr_download_content?: string
      container_type?: string
      container_id?: string
      current_page?: string
    }
  }[]
  recipients?: {
    recipient_type?: string
    recipient_value?: string
    recipient_detail?: {
      permission_action_type?: string
      chat_id?: string
      chat_name?: string
      chat_type?: number
      external_flag?: boolean
    }
  }[]
  event_time?: number
  ip?: string
  operator_app?: string
  audit_context?: {
    terminal_type?: number
    ios_context?: {
      udid?: string
      did?: string
      app_ver?: string
      ver?: string
      os?: string
      STZone?: string
      ML?: string
      sjd?: string
      proxyip?: string
      wifip?: string
      location?: string
      active_ip?: string
      active_ip_detail?: string
      cell_base_station?: string
      IP?: string
    }
    pc_context?: {
      udid?: string
      did?: string
      app_ver?: string
      ver?: string
      os?: string
      wifip?: string
      region?: string
      IP?: string
    }
    web_context?: { user_agent?: string; IP?: string }
    android_context?: {
      udid?: string
      did?: string
      app_ver?: string
      ver?: string
      region?: string
      id_i?: string
      id_r?: string
      hw_brand?: string
      hw_manuf?: string
      wifip?: string
      route_iip?: string
      route_gip?: string
      env_su?: string
      env_tz?: string
      env_ml?: string
      location?: string
      active_ip?: string
      active_ip_detail?: string
      cell_base_station?: string
      IP?: string
    }
  }
  extend?: {
    comment_type?: string
    app_detail?: string
    two_step_validation?: boolean
    login_method?: string
    new_people_num_in_video?: number
    external_people_num_in_video?: number
    external_people_num_in_chat?: number
    join_group?: number
    quit_group?: number
    external_people_num_in_doc_share?: number
  }
  operator_app_name?: string
  common_drawers?: {
    common_draw_info_list?: {
      info_key?: string
      info_val?: string
      key_i18n_key?: string
      val_type?: string
      val_i18n_key?: string
    }[]
  }
  audit_detail?: { mc?: string; device_model?: string; os?: string; city?: string }
  operator_tenant?: string
  operator_detail?: { operator_name: { default_name: string; i18n_value?: I18nExplanation }; tenant_name?: string }
}

/** Shared shape `RuleDetail` of catalog/admin.v1.json. */
export interface RuleDetail {
  effective_time?: string
  expiration_time?: string
  anniversary?: number
  effective_period?: number
}

// Generated from catalog/events.json by codegen. Do not edit; run `npm run generate`.
/**
 * Payload types of the platform events: for each event type, the shape of its `event` object.
 * Facts from the event dispatcher types of `@larksuiteoapi/node-sdk` (see docs/events.md).
 *
 * @module
 */

/** `acs.access_record.created_v1`, schema 2.0. */
export interface AcsAccessRecordCreatedV1Event {
  access_record_id?: string
  user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  device_id?: string
  is_clock_in?: boolean
  is_door_open?: boolean
  access_time?: string
}

/** `acs.user.updated_v1`, schema 2.0. */
export interface AcsUserUpdatedV1Event {
  user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  card?: number
  face_uploaded?: boolean
}

/**
 * `add_bot`, schema 1.0.
 *
 * @deprecated A legacy event; the platform has a newer one.
 * @see https://open.feishu.cn/document/ukTMukTMukTM/ugzMugzMugzM/event/bot-added-to-group
 */
export interface AddBotEvent {
  type: 'add_bot'
  app_id: string
  chat_i18n_names: {
    en_us: string
    zh_cn: string
  }
  chat_name: string
  chat_owner_employee_id: string
  chat_owner_name: string
  chat_owner_open_id: string
  open_chat_id: string
  operator_employee_id: string
  operator_name: string
  operator_open_id: string
  owner_is_bot: boolean
  tenant_key: string
}

/**
 * `add_user_to_chat`, schema 1.0.
 *
 * @deprecated A legacy event; the platform has a newer one.
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uQDOwUjL0gDM14CN4ATN/event/user-joins-or-leave-group
 */
export interface AddUserToChatEvent {
  app_id: string
  chat_id: string
  operator: {
    open_id: string
    user_id: string
  }
  tenant_key: string
  type: 'add_user_to_chat'
  users: Array<{
    name: string
    open_id: string
    user_id: string
  }>
}

/** `app_open`, schema 1.0. */
export interface AppOpenEvent {
  type: 'app_open'
  app_id: string
  tenant_key: string
  applicants: Array<{
    open_id: string
  }>
  installer: {
    open_id: string
  }
  installer_employee: {
    open_id: string
  }
}

/** `app_status_change`, schema 1.0. */
export interface AppStatusChangeEvent {
  type: 'app_status_change'
  app_id: string
  tenant_key: string
  status: string
  operator: {
    open_id: string
    user_id: string
    union_id: string
  }
}

/** `app_ticket`, schema 1.0. */
export interface AppTicketEvent {
  type: 'app_ticket'
  app_id: string
  app_ticket: string
}

/** `app_uninstalled`, schema 1.0. */
export interface AppUninstalledEvent {
  type: 'app_uninstalled'
  app_id: string
  tenant_key: string
}

/** `application.application.app_version.audit_v6`, schema 2.0. */
export interface ApplicationApplicationAppVersionAuditV6Event {
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  version_id?: string
  creator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  operation?: 'audited' | 'reject'
  remark?: string
  audit_source?: 'administrator' | 'auto'
}

/** `application.application.app_version.publish_apply_v6`, schema 2.0. */
export interface ApplicationApplicationAppVersionPublishApplyV6Event {
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  online_version?: {
    app_id: string
    version?: string
    version_id: string
    app_name?: string
    avatar_url?: string
    description?: string
    scopes?: Array<{
      scope: string
      description?: string
      level?: number
      token_types?: Array<'tenant' | 'user'>
    }>
    back_home_url?: string
    i18n?: Array<{
      i18n_key: 'zh_cn' | 'en_us' | 'ja_jp' | 'zh_hk' | 'zh_tw' | 'id_id' | 'ms_my' | 'de_de' | 'es_es' | 'fr_fr' | 'it_it' | 'pt_br' | 'vi_vn' | 'ru_ru' | 'th_th' | 'ko_kr'
      name?: string
      description?: string
      help_use?: string
    }>
    common_categories?: string[]
    events?: string[]
    status?: number
    create_time?: string
    publish_time?: string
    ability?: {
      gadget?: {
        enable_pc_mode?: number
        schema_urls?: string[]
        pc_use_mobile_pkg?: boolean
        pc_version?: string
        mobile_version?: string
        mobile_min_lark_version?: string
        pc_min_lark_version?: string
      }
      web_app?: {
        pc_url?: string
        mobile_url?: string
      }
      bot?: {
        card_request_url?: string
        bot_menu_enable?: boolean
        bot_menus?: Array<{
          menu_id?: string
          parent_menu_id?: string
          sort?: number
          default_name?: string
          i18n_name?: Record<string, string>
          redirect_link?: {
            pc_url?: string
            mobile_url?: string
          }
          event_key?: string
          icon_file_key?: string
          ud_icon?: {
            token?: string
            color?: string
          }
          menu_content_type?: number
        }>
        bot_menu_display_strategy?: number
      }
      workplace_widgets?: Array<{
        min_lark_version?: string
      }>
      navigate?: {
        pc?: {
          version?: string
          image_url?: string
          hover_image_url?: string
        }
        mobile?: {
          version?: string
          image_url?: string
          hover_image_url?: string
        }
      }
      cloud_doc?: {
        space_url?: string
        i18n?: Array<{
          i18n_key: 'zh_cn' | 'en_us' | 'ja_jp'
          name?: string
          read_description?: string
          write_description?: string
        }>
        icon_url?: string
        mode?: number
      }
      docs_blocks?: Array<{
        block_type_id?: string
        i18n?: Array<{
          i18n_key?: 'zh_cn' | 'en_us' | 'ja_jp'
          name?: string
        }>
        mobile_icon_url?: string
        pc_icon_url?: string
      }>
      message_action?: {
        pc_app_link?: string
        mobile_app_link?: string
        i18n?: Array<{
          i18n_key?: 'zh_cn' | 'en_us' | 'ja_jp'
          name?: string
        }>
      }
      plus_menu?: {
        pc_app_link?: string
        mobile_app_link?: string
      }
    }
    remark?: {
      remark?: string
      update_remark?: string
      visibility?: {
        is_all?: boolean
        visible_list?: {
          open_ids?: Array<{
            union_id?: string
            user_id?: string
            open_id?: string
          }>
          department_ids?: string[]
        }
        invisible_list?: {
          open_ids?: Array<{
            union_id?: string
            user_id?: string
            open_id?: string
          }>
          department_ids?: string[]
        }
      }
    }
  }
  under_audit_version?: {
    app_id: string
    version?: string
    version_id: string
    app_name?: string
    avatar_url?: string
    description?: string
    scopes?: Array<{
      scope: string
      description?: string
      level?: number
      token_types?: Array<'tenant' | 'user'>
    }>
    back_home_url?: string
    i18n?: Array<{
      i18n_key: 'zh_cn' | 'en_us' | 'ja_jp' | 'zh_hk' | 'zh_tw' | 'id_id' | 'ms_my' | 'de_de' | 'es_es' | 'fr_fr' | 'it_it' | 'pt_br' | 'vi_vn' | 'ru_ru' | 'th_th' | 'ko_kr'
      name?: string
      description?: string
      help_use?: string
    }>
    common_categories?: string[]
    events?: string[]
    status?: number
    create_time?: string
    publish_time?: string
    ability?: {
      gadget?: {
        enable_pc_mode?: number
        schema_urls?: string[]
        pc_use_mobile_pkg?: boolean
        pc_version?: string
        mobile_version?: string
        mobile_min_lark_version?: string
        pc_min_lark_version?: string
      }
      web_app?: {
        pc_url?: string
        mobile_url?: string
      }
      bot?: {
        card_request_url?: string
        bot_menu_enable?: boolean
        bot_menus?: Array<{
          menu_id?: string
          parent_menu_id?: string
          sort?: number
          default_name?: string
          i18n_name?: Record<string, string>
          redirect_link?: {
            pc_url?: string
            mobile_url?: string
          }
          event_key?: string
          icon_file_key?: string
          ud_icon?: {
            token?: string
            color?: string
          }
          menu_content_type?: number
        }>
        bot_menu_display_strategy?: number
      }
      workplace_widgets?: Array<{
        min_lark_version?: string
      }>
      navigate?: {
        pc?: {
          version?: string
          image_url?: string
          hover_image_url?: string
        }
        mobile?: {
          version?: string
          image_url?: string
          hover_image_url?: string
        }
      }
      cloud_doc?: {
        space_url?: string
        i18n?: Array<{
          i18n_key: 'zh_cn' | 'en_us' | 'ja_jp'
          name?: string
          read_description?: string
          write_description?: string
        }>
        icon_url?: string
        mode?: number
      }
      docs_blocks?: Array<{
        block_type_id?: string
        i18n?: Array<{
          i18n_key?: 'zh_cn' | 'en_us' | 'ja_jp'
          name?: string
        }>
        mobile_icon_url?: string
        pc_icon_url?: string
      }>
      message_action?: {
        pc_app_link?: string
        mobile_app_link?: string
        i18n?: Array<{
          i18n_key?: 'zh_cn' | 'en_us' | 'ja_jp'
          name?: string
        }>
      }
      plus_menu?: {
        pc_app_link?: string
        mobile_app_link?: string
      }
    }
    remark?: {
      remark?: string
      update_remark?: string
      visibility?: {
        is_all?: boolean
        visible_list?: {
          open_ids?: Array<{
            union_id?: string
            user_id?: string
            open_id?: string
          }>
          department_ids?: string[]
        }
        invisible_list?: {
          open_ids?: Array<{
            union_id?: string
            user_id?: string
            open_id?: string
          }>
          department_ids?: string[]
        }
      }
    }
  }
  app_status?: number
}

/** `application.application.app_version.publish_revoke_v6`, schema 2.0. */
export interface ApplicationApplicationAppVersionPublishRevokeV6Event {
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  creator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  version_id?: string
}

/** `application.application.created_v6`, schema 2.0. */
export interface ApplicationApplicationCreatedV6Event {
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  name?: string
  description?: string
  avatar?: string
  app_scene_type?: number
  primary_language?: string
  create_source?: 'developer_console' | 'base' | 'app_engine' | 'bot_builder' | 'aily' | 'unknown'
}

/** `application.application.feedback.created_v6`, schema 2.0. */
export interface ApplicationApplicationFeedbackCreatedV6Event {
  user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  feedback_time?: string
  tenant_name?: string
  feedback_type?: number
  fault_type?: number[]
  fault_time?: string
  source?: number
  contact?: string
  description?: string
  images?: string[]
  feedback_id?: string
  feedback_path?: string
}

/** `application.application.feedback.updated_v6`, schema 2.0. */
export interface ApplicationApplicationFeedbackUpdatedV6Event {
  feedback_ids?: string[]
  status?: number
  update_time?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
}

/** `application.application.visibility.added_v6`, schema 2.0. */
export interface ApplicationApplicationVisibilityAddedV6Event {
  users?: Array<{
    user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
  }>
  source?: number
}

/** `application.bot.menu_v6`, schema 2.0. */
export interface ApplicationBotMenuV6Event {
  operator?: {
    operator_name?: string
    operator_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
  }
  event_key?: string
  timestamp?: number
}

/** `approval.approval.updated_v4`, schema 2.0. */
export interface ApprovalApprovalUpdatedV4Event {
  object?: {
    approval_id?: string
    approval_code?: string
    version_id?: string
    widget_group_type?: number
    form_definition_id?: string
    process_obj?: string
    timestamp?: string
    extra?: string
  }
}

/** `approval.instance.status_changed_v4`, schema 2.0. */
export interface ApprovalInstanceStatusChangedV4Event {
  approval_code?: string
  instance_code?: string
  external_id?: string
  status?: string
  operate_time?: string
  start_user?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
}

/** `approval.task.status_changed_v4`, schema 2.0. */
export interface ApprovalTaskStatusChangedV4Event {
  approval_code?: string
  instance_code?: string
  task_id?: string
  task_external_id?: string
  assigned_user?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  status?: string
  operate_time?: string
}

/** `auth.user_access_token.revoked_v4`, schema 2.0. */
export interface AuthUserAccessTokenRevokedV4Event {
  revoke_token_type: string
  revoke_reason: string
  open_id: string
  union_id: string
  user_id?: string
}

/** `calendar.calendar.acl.created_v4`, schema 2.0. */
export interface CalendarCalendarAclCreatedV4Event {
  acl_id: string
  role: 'unknown' | 'free_busy_reader' | 'reader' | 'writer' | 'owner'
  scope: {
    type: 'user'
    user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
  }
  user_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `calendar.calendar.acl.deleted_v4`, schema 2.0. */
export interface CalendarCalendarAclDeletedV4Event {
  acl_id: string
  role: 'unknown' | 'free_busy_reader' | 'reader' | 'writer' | 'owner'
  scope: {
    type: 'user'
    user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
  }
  user_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `calendar.calendar.changed_v4`, schema 2.0. */
export interface CalendarCalendarChangedV4Event {
  user_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `calendar.calendar.event.changed_v4`, schema 2.0. */
export interface CalendarCalendarEventChangedV4Event {
  calendar_id?: string
  user_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
  calendar_event_id?: string
  change_type?: string
  rsvp_infos?: Array<{
    from_user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    rsvp_status?: string
  }>
}

/**
 * `chat_disband`, schema 1.0.
 *
 * @deprecated A legacy event; the platform has a newer one.
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uQDOwUjL0gDM14CN4ATN/event/group-closed
 */
export interface ChatDisbandEvent {
  app_id: string
  chat_id: string
  operator: {
    open_id: string
    user_id: string
  }
  tenant_key: string
  type: 'chat_disband'
}

/** `compensation.archive.changed_v1`, schema 2.0. */
export interface CompensationArchiveChangedV1Event {
  operate_type: 'add' | 'modify' | 'delete'
  employment_id: string
  effective_date: string
  before_tid?: string
  after_tid?: string
}

/** `contact.custom_attr_event.updated_v3`, schema 2.0. */
export interface ContactCustomAttrEventUpdatedV3Event {
  object?: {
    contact_field_key?: string[]
    allow_open_query?: boolean
  }
  old_object?: {
    contact_field_key?: string[]
    allow_open_query?: boolean
  }
}

/** `contact.department.created_v3`, schema 2.0. */
export interface ContactDepartmentCreatedV3Event {
  object?: {
    name: string
    parent_department_id: string
    department_id?: string
    open_department_id?: string
    leader_user_id?: string
    chat_id?: string
    order?: number
    unit_ids?: string[]
    status?: {
      is_deleted?: boolean
    }
    leaders?: Array<{
      leaderType: number
      leaderID: string
    }>
    department_hrbps?: Array<{
      union_id?: string
      user_id?: string
      open_id?: string
    }>
  }
}

/** `contact.department.deleted_v3`, schema 2.0. */
export interface ContactDepartmentDeletedV3Event {
  object?: {
    name: string
    parent_department_id: string
    department_id?: string
    open_department_id?: string
    leader_user_id?: string
    chat_id?: string
    order?: number
    unit_ids?: string[]
    status?: {
      is_deleted?: boolean
    }
    leaders?: Array<{
      leaderType: number
      leaderID: string
    }>
    department_hrbps?: Array<{
      union_id?: string
      user_id?: string
      open_id?: string
    }>
  }
  old_object?: {
    status?: {
      is_deleted?: boolean
    }
    open_department_id?: string
  }
}

/** `contact.department.updated_v3`, schema 2.0. */
export interface ContactDepartmentUpdatedV3Event {
  object?: {
    name: string
    parent_department_id: string
    department_id?: string
    open_department_id?: string
    leader_user_id?: string
    chat_id?: string
    order?: number
    unit_ids?: string[]
    status?: {
      is_deleted?: boolean
    }
    leaders?: Array<{
      leaderType: number
      leaderID: string
    }>
    department_hrbps?: Array<{
      union_id?: string
      user_id?: string
      open_id?: string
    }>
  }
  old_object?: {
    name: string
    parent_department_id: string
    department_id?: string
    open_department_id?: string
    leader_user_id?: string
    chat_id?: string
    order?: number
    unit_ids?: string[]
    status?: {
      is_deleted?: boolean
    }
    leaders?: Array<{
      leaderType: number
      leaderID: string
    }>
    department_hrbps?: Array<{
      union_id?: string
      user_id?: string
      open_id?: string
    }>
  }
}

/** `contact.employee_type_enum.actived_v3`, schema 2.0. */
export interface ContactEmployeeTypeEnumActivedV3Event {
  old_enum?: {
    enum_id?: string
    enum_value?: string
    content: string
    enum_type: number
    enum_status: number
    i18n_content?: Array<{
      locale?: string
      value?: string
    }>
  }
  new_enum?: {
    enum_id?: string
    enum_value?: string
    content: string
    enum_type: number
    enum_status: number
    i18n_content?: Array<{
      locale?: string
      value?: string
    }>
  }
}

/** `contact.employee_type_enum.created_v3`, schema 2.0. */
export interface ContactEmployeeTypeEnumCreatedV3Event {
  new_enum?: {
    enum_id?: string
    enum_value?: string
    content: string
    enum_type: number
    enum_status: number
    i18n_content?: Array<{
      locale?: string
      value?: string
    }>
  }
}

/** `contact.employee_type_enum.deactivated_v3`, schema 2.0. */
export interface ContactEmployeeTypeEnumDeactivatedV3Event {
  old_enum?: {
    enum_id?: string
    enum_value?: string
    content: string
    enum_type: number
    enum_status: number
    i18n_content?: Array<{
      locale?: string
      value?: string
    }>
  }
  new_enum?: {
    enum_id?: string
    enum_value?: string
    content: string
    enum_type: number
    enum_status: number
    i18n_content?: Array<{
      locale?: string
      value?: string
    }>
  }
}

/** `contact.employee_type_enum.deleted_v3`, schema 2.0. */
export interface ContactEmployeeTypeEnumDeletedV3Event {
  old_enum?: {
    enum_id?: string
    enum_value?: string
    content: string
    enum_type: number
    enum_status: number
    i18n_content?: Array<{
      locale?: string
      value?: string
    }>
  }
}

/** `contact.employee_type_enum.updated_v3`, schema 2.0. */
export interface ContactEmployeeTypeEnumUpdatedV3Event {
  old_enum?: {
    enum_id?: string
    enum_value?: string
    content: string
    enum_type: number
    enum_status: number
    i18n_content?: Array<{
      locale?: string
      value?: string
    }>
  }
  new_enum?: {
    enum_id?: string
    enum_value?: string
    content: string
    enum_type: number
    enum_status: number
    i18n_content?: Array<{
      locale?: string
      value?: string
    }>
  }
}

/** `contact.scope.updated_v3`, schema 2.0. */
export interface ContactScopeUpdatedV3Event {
  added?: {
    departments?: Array<{
      name: string
      i18n_name?: {
        zh_cn?: string
        ja_jp?: string
        en_us?: string
      }
      parent_department_id: string
      department_id?: string
      open_department_id?: string
      leader_user_id?: string
      chat_id?: string
      order?: string
      unit_ids?: string[]
      member_count?: number
      status?: {
        is_deleted?: boolean
      }
      leaders?: Array<{
        leaderType: number
        leaderID: string
      }>
      group_chat_employee_types?: number[]
      primary_member_count?: number
    }>
    users?: Array<{
      union_id?: string
      user_id?: string
      open_id?: string
      name: string
      en_name?: string
      nickname?: string
      email?: string
      mobile: string
      gender?: number
      avatar?: {
        avatar_72?: string
        avatar_240?: string
        avatar_640?: string
        avatar_origin?: string
      }
      status?: {
        is_frozen?: boolean
        is_resigned?: boolean
        is_activated?: boolean
        is_exited?: boolean
        is_unjoin?: boolean
      }
      leader_user_id?: string
      city?: string
      country?: string
      work_station?: string
      join_time?: number
      employee_no?: string
      employee_type?: number
      positions?: Array<{
        position_code?: string
        position_name?: string
        department_id?: string
        leader_user_id?: string
        leader_position_code?: string
        is_major?: boolean
      }>
      custom_attrs?: Array<{
        type?: string
        id?: string
        value?: {
          text?: string
          url?: string
          pc_url?: string
          option_id?: string
          option_value?: string
          name?: string
          picture_url?: string
          generic_user?: {
            id: string
            type: number
          }
        }
      }>
      enterprise_email?: string
      description?: string
      job_title?: string
      need_send_notification?: boolean
      notification_option?: {
        channels?: string[]
        language?: 'zh-CN' | 'en-US' | 'ja-JP'
      }
      is_frozen?: boolean
      geo?: string
      job_level_id?: string
      job_family_id?: string
      subscription_ids?: string[]
      assign_info?: Array<{
        subscription_id?: string
        license_plan_key?: string
        product_name?: string
        i18n_name?: {
          zh_cn?: string
          ja_jp?: string
          en_us?: string
        }
        start_time?: string
        end_time?: string
      }>
      department_path?: Array<{
        department_id?: string
        department_name?: {
          name?: string
          i18n_name?: {
            zh_cn?: string
            ja_jp?: string
            en_us?: string
          }
        }
        department_path?: {
          department_ids?: string[]
          department_path_name?: {
            name?: string
            i18n_name?: {
              zh_cn?: string
              ja_jp?: string
              en_us?: string
            }
          }
        }
      }>
      dotted_line_leader_user_ids?: string[]
    }>
    user_groups?: Array<{
      user_group_id: string
      name: string
      type: number
      member_count?: number
      status?: number
    }>
  }
  removed?: {
    departments?: Array<{
      name: string
      i18n_name?: {
        zh_cn?: string
        ja_jp?: string
        en_us?: string
      }
      parent_department_id: string
      department_id?: string
      open_department_id?: string
      leader_user_id?: string
      chat_id?: string
      order?: string
      unit_ids?: string[]
      member_count?: number
      status?: {
        is_deleted?: boolean
      }
      leaders?: Array<{
        leaderType: number
        leaderID: string
      }>
      group_chat_employee_types?: number[]
      primary_member_count?: number
    }>
    users?: Array<{
      union_id?: string
      user_id?: string
      open_id?: string
      name: string
      en_name?: string
      nickname?: string
      email?: string
      mobile: string
      gender?: number
      avatar?: {
        avatar_72?: string
        avatar_240?: string
        avatar_640?: string
        avatar_origin?: string
      }
      status?: {
        is_frozen?: boolean
        is_resigned?: boolean
        is_activated?: boolean
        is_exited?: boolean
        is_unjoin?: boolean
      }
      leader_user_id?: string
      city?: string
      country?: string
      work_station?: string
      join_time?: number
      employee_no?: string
      employee_type?: number
      positions?: Array<{
        position_code?: string
        position_name?: string
        department_id?: string
        leader_user_id?: string
        leader_position_code?: string
        is_major?: boolean
      }>
      custom_attrs?: Array<{
        type?: string
        id?: string
        value?: {
          text?: string
          url?: string
          pc_url?: string
          option_id?: string
          option_value?: string
          name?: string
          picture_url?: string
          generic_user?: {
            id: string
            type: number
          }
        }
      }>
      enterprise_email?: string
      description?: string
      job_title?: string
      need_send_notification?: boolean
      notification_option?: {
        channels?: string[]
        language?: 'zh-CN' | 'en-US' | 'ja-JP'
      }
      is_frozen?: boolean
      geo?: string
      job_level_id?: string
      job_family_id?: string
      subscription_ids?: string[]
      assign_info?: Array<{
        subscription_id?: string
        license_plan_key?: string
        product_name?: string
        i18n_name?: {
          zh_cn?: string
          ja_jp?: string
          en_us?: string
        }
        start_time?: string
        end_time?: string
      }>
      department_path?: Array<{
        department_id?: string
        department_name?: {
          name?: string
          i18n_name?: {
            zh_cn?: string
            ja_jp?: string
            en_us?: string
          }
        }
        department_path?: {
          department_ids?: string[]
          department_path_name?: {
            name?: string
            i18n_name?: {
              zh_cn?: string
              ja_jp?: string
              en_us?: string
            }
          }
        }
      }>
      dotted_line_leader_user_ids?: string[]
    }>
    user_groups?: Array<{
      user_group_id: string
      name: string
      type: number
      member_count?: number
      status?: number
    }>
  }
}

/** `contact.user.created_v3`, schema 2.0. */
export interface ContactUserCreatedV3Event {
  object?: {
    open_id?: string
    union_id?: string
    user_id?: string
    name: string
    en_name?: string
    nickname?: string
    email?: string
    enterprise_email?: string
    job_title?: string
    mobile: string
    mobile_visible?: boolean
    gender?: number
    avatar?: {
      avatar_72?: string
      avatar_240?: string
      avatar_640?: string
      avatar_origin?: string
    }
    status?: {
      is_frozen?: boolean
      is_resigned?: boolean
      is_activated?: boolean
      is_exited?: boolean
      is_unjoin?: boolean
    }
    department_ids?: string[]
    leader_user_id?: string
    city?: string
    country?: string
    work_station?: string
    join_time?: number
    is_tenant_manager?: boolean
    employee_no?: string
    employee_type?: number
    positions?: Array<{
      position_code?: string
      position_name?: string
      department_id?: string
      leader_user_id?: string
      leader_position_code?: string
      is_major?: boolean
    }>
    orders?: Array<{
      department_id?: string
      user_order?: number
      department_order?: number
      is_primary_dept?: boolean
    }>
    time_zone?: string
    custom_attrs?: Array<{
      type?: string
      id?: string
      value?: {
        text?: string
        url?: string
        pc_url?: string
        option_id?: string
        option_value?: string
        name?: string
        picture_url?: string
        generic_user?: {
          id: string
          type: number
        }
      }
    }>
    job_level_id?: string
    job_family_id?: string
    dotted_line_leader_user_ids?: string[]
  }
}

/** `contact.user.deleted_v3`, schema 2.0. */
export interface ContactUserDeletedV3Event {
  object?: {
    open_id?: string
    union_id?: string
    user_id?: string
    name: string
    en_name?: string
    nickname?: string
    email?: string
    enterprise_email?: string
    job_title?: string
    mobile: string
    mobile_visible?: boolean
    gender?: number
    avatar?: {
      avatar_72?: string
      avatar_240?: string
      avatar_640?: string
      avatar_origin?: string
    }
    status?: {
      is_frozen?: boolean
      is_resigned?: boolean
      is_activated?: boolean
      is_exited?: boolean
      is_unjoin?: boolean
    }
    department_ids?: string[]
    leader_user_id?: string
    city?: string
    country?: string
    work_station?: string
    join_time?: number
    is_tenant_manager?: boolean
    employee_no?: string
    employee_type?: number
    positions?: Array<{
      position_code?: string
      position_name?: string
      department_id?: string
      leader_user_id?: string
      leader_position_code?: string
      is_major?: boolean
    }>
    orders?: Array<{
      department_id?: string
      user_order?: number
      department_order?: number
      is_primary_dept?: boolean
    }>
    time_zone?: string
    custom_attrs?: Array<{
      type?: string
      id?: string
      value?: {
        text?: string
        url?: string
        pc_url?: string
        option_id?: string
        option_value?: string
        name?: string
        picture_url?: string
        generic_user?: {
          id: string
          type: number
        }
      }
    }>
    job_level_id?: string
    job_family_id?: string
    dotted_line_leader_user_ids?: string[]
  }
  old_object?: {
    department_ids?: string[]
    open_id?: string
  }
}

/** `contact.user.updated_v3`, schema 2.0. */
export interface ContactUserUpdatedV3Event {
  object?: {
    open_id?: string
    union_id?: string
    user_id?: string
    name: string
    en_name?: string
    nickname?: string
    email?: string
    enterprise_email?: string
    job_title?: string
    mobile: string
    mobile_visible?: boolean
    gender?: number
    avatar?: {
      avatar_72?: string
      avatar_240?: string
      avatar_640?: string
      avatar_origin?: string
    }
    status?: {
      is_frozen?: boolean
      is_resigned?: boolean
      is_activated?: boolean
      is_exited?: boolean
      is_unjoin?: boolean
    }
    department_ids?: string[]
    leader_user_id?: string
    city?: string
    country?: string
    work_station?: string
    join_time?: number
    is_tenant_manager?: boolean
    employee_no?: string
    employee_type?: number
    positions?: Array<{
      position_code?: string
      position_name?: string
      department_id?: string
      leader_user_id?: string
      leader_position_code?: string
      is_major?: boolean
    }>
    orders?: Array<{
      department_id?: string
      user_order?: number
      department_order?: number
      is_primary_dept?: boolean
    }>
    time_zone?: string
    custom_attrs?: Array<{
      type?: string
      id?: string
      value?: {
        text?: string
        url?: string
        pc_url?: string
        option_id?: string
        option_value?: string
        name?: string
        picture_url?: string
        generic_user?: {
          id: string
          type: number
        }
      }
    }>
    job_level_id?: string
    job_family_id?: string
    dotted_line_leader_user_ids?: string[]
  }
  old_object?: {
    open_id?: string
    union_id?: string
    user_id?: string
    name: string
    en_name?: string
    nickname?: string
    email?: string
    enterprise_email?: string
    job_title?: string
    mobile: string
    mobile_visible?: boolean
    gender?: number
    avatar?: {
      avatar_72?: string
      avatar_240?: string
      avatar_640?: string
      avatar_origin?: string
    }
    status?: {
      is_frozen?: boolean
      is_resigned?: boolean
      is_activated?: boolean
      is_exited?: boolean
      is_unjoin?: boolean
    }
    department_ids?: string[]
    leader_user_id?: string
    city?: string
    country?: string
    work_station?: string
    join_time?: number
    is_tenant_manager?: boolean
    employee_no?: string
    employee_type?: number
    positions?: Array<{
      position_code?: string
      position_name?: string
      department_id?: string
      leader_user_id?: string
      leader_position_code?: string
      is_major?: boolean
    }>
    orders?: Array<{
      department_id?: string
      user_order?: number
      department_order?: number
      is_primary_dept?: boolean
    }>
    time_zone?: string
    custom_attrs?: Array<{
      type?: string
      id?: string
      value?: {
        text?: string
        url?: string
        pc_url?: string
        option_id?: string
        option_value?: string
        name?: string
        picture_url?: string
        generic_user?: {
          id: string
          type: number
        }
      }
    }>
    job_level_id?: string
    job_family_id?: string
    dotted_line_leader_user_ids?: string[]
  }
}

/**
 * `contact_scope_change`, schema 1.0.
 *
 * @deprecated A legacy event; the platform has a newer one.
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uETNz4SM1MjLxUzM//event/scope-change
 */
export interface ContactScopeChangeEvent {
  type: 'contact_scope_change'
  app_id: string
  tenant_key: string
}

/** `corehr.approval_groups.updated_v2`, schema 2.0. */
export interface CorehrApprovalGroupsUpdatedV2Event {
  approval_group_id?: string
  process_id?: string
  approval_group_status?: number
  topic?: string
  adjust_reason?: string
  effective_date?: string
  created_by?: string
  draft_id?: string
  draft_status?: number
  approval_group_status_v2?: number
}

/** `corehr.common_data.id.user_mapping_changed_v1`, schema 2.0. */
export interface CorehrCommonDataIdUserMappingChangedV1Event {
  change_type?: string
  id_transform_type?: number
  corehr_id?: string
  people_admin_id?: string
  feishu_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
}

/** `corehr.common_data.meta_data.updated_v1`, schema 2.0. */
export interface CorehrCommonDataMetaDataUpdatedV1Event {
  api_name?: string
  field_changes?: string[]
  metadata_type?: string
  enum_value_changes?: string[]
}

/** `corehr.company.created_v2`, schema 2.0. */
export interface CorehrCompanyCreatedV2Event {
  company_id?: string
}

/** `corehr.company.deleted_v2`, schema 2.0. */
export interface CorehrCompanyDeletedV2Event {
  company_id?: string
}

/** `corehr.company.updated_v2`, schema 2.0. */
export interface CorehrCompanyUpdatedV2Event {
  company_id?: string
  field_changes?: string[]
  sub_events?: Array<{
    id?: string
    entity?: string
    agg_entity?: string
    agg_entity_id?: string
    agg_entity_field?: string
    opt_type?: number
    field_changes?: string[]
  }>
}

/** `corehr.contract.created_v1`, schema 2.0. */
export interface CorehrContractCreatedV1Event {
  contract_id?: string
}

/** `corehr.contract.deleted_v1`, schema 2.0. */
export interface CorehrContractDeletedV1Event {
  contract_id?: string
}

/** `corehr.contract.updated_v1`, schema 2.0. */
export interface CorehrContractUpdatedV1Event {
  contract_id?: string
}

/** `corehr.cost_center.created_v2`, schema 2.0. */
export interface CorehrCostCenterCreatedV2Event {
  cost_center_id?: string
}

/** `corehr.cost_center.deleted_v2`, schema 2.0. */
export interface CorehrCostCenterDeletedV2Event {
  cost_center_id?: string
}

/** `corehr.cost_center.updated_v2`, schema 2.0. */
export interface CorehrCostCenterUpdatedV2Event {
  cost_center_id?: string
  field_changes?: string[]
}

/** `corehr.custom_org.created_v2`, schema 2.0. */
export interface CorehrCustomOrgCreatedV2Event {
  org_id?: string
  object_api_name?: string
}

/** `corehr.custom_org.deleted_v2`, schema 2.0. */
export interface CorehrCustomOrgDeletedV2Event {
  org_id?: string
  object_api_name?: string
}

/** `corehr.custom_org.updated_v2`, schema 2.0. */
export interface CorehrCustomOrgUpdatedV2Event {
  org_id?: string
  field_changes?: string[]
  object_api_name?: string
}

/** `corehr.department.created_v1`, schema 2.0. */
export interface CorehrDepartmentCreatedV1Event {
  department_id?: string
}

/** `corehr.department.created_v2`, schema 2.0. */
export interface CorehrDepartmentCreatedV2Event {
  department_id?: string
}

/** `corehr.department.deleted_v1`, schema 2.0. */
export interface CorehrDepartmentDeletedV1Event {
  department_id?: string
  code?: string
}

/** `corehr.department.updated_v1`, schema 2.0. */
export interface CorehrDepartmentUpdatedV1Event {
  department_id?: string
  field_changes?: string[]
}

/** `corehr.department.updated_v2`, schema 2.0. */
export interface CorehrDepartmentUpdatedV2Event {
  department_id?: string
  field_changes?: string[]
}

/** `corehr.employee.domain_event_v2`, schema 2.0. */
export interface CorehrEmployeeDomainEventV2Event {
  sub_event_type?: number
  operator_user_id?: string
  opt_scene?: string
  opt_desc?: string
  opt_time?: string
  opt_id?: string
  employment_id?: string
  data?: Array<{
    id?: string
    entity?: string
    agg_entity?: string
    agg_entity_id?: string
    opt_type?: number
    fields?: string[]
  }>
}

/** `corehr.employment.converted_v1`, schema 2.0. */
export interface CorehrEmploymentConvertedV1Event {
  employment_id?: string
}

/** `corehr.employment.created_v1`, schema 2.0. */
export interface CorehrEmploymentCreatedV1Event {
  employment_id?: string
  target_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
}

/** `corehr.employment.deleted_v1`, schema 2.0. */
export interface CorehrEmploymentDeletedV1Event {
  employment_id?: string
  target_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
}

/** `corehr.employment.resigned_v1`, schema 2.0. */
export interface CorehrEmploymentResignedV1Event {
  employment_id?: string
}

/** `corehr.employment.updated_v1`, schema 2.0. */
export interface CorehrEmploymentUpdatedV1Event {
  employment_id?: string
  target_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  field_changes?: string[]
}

/** `corehr.job.created_v1`, schema 2.0. */
export interface CorehrJobCreatedV1Event {
  job_id?: string
}

/** `corehr.job.deleted_v1`, schema 2.0. */
export interface CorehrJobDeletedV1Event {
  job_id?: string
}

/** `corehr.job.updated_v1`, schema 2.0. */
export interface CorehrJobUpdatedV1Event {
  job_id?: string
}

/** `corehr.job_change.status_updated_v2`, schema 2.0. */
export interface CorehrJobChangeStatusUpdatedV2Event {
  employment_id?: string
  target_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  job_change_id?: string
  transfer_mode?: number
  transfer_type_unique_identifier?: string
  transfer_reason_unique_identifier?: string
  process_id?: string
  effective_date?: string
  status?: number
  original_status?: number
  transfer_key?: string
  details_of_job_status_change?: string[]
}

/** `corehr.job_change.updated_v1`, schema 2.0. */
export interface CorehrJobChangeUpdatedV1Event {
  employment_id?: string
  target_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  job_change_id?: string
  transfer_mode?: number
  transfer_type_unique_identifier?: string
  transfer_reason_unique_identifier?: string
  process_id?: string
  effective_date?: string
  status?: number
  transfer_key?: string
}

/** `corehr.job_change.updated_v2`, schema 2.0. */
export interface CorehrJobChangeUpdatedV2Event {
  employment_id?: string
  tenant_id?: string
  process_id?: string
  initiator?: string
  operator?: string
  updated_time?: string
  job_change_id?: string
  status?: number
  operate_reason?: string
  transfer_type?: number
  updated_fields?: string[]
  transform_type?: string
  transform_reason?: string
}

/** `corehr.job_data.changed_v1`, schema 2.0. */
export interface CorehrJobDataChangedV1Event {
  job_data_id?: string
  employment_id?: string
  target_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  job_change_id?: string
}

/** `corehr.job_data.created_v1`, schema 2.0. */
export interface CorehrJobDataCreatedV1Event {
  job_data_id?: string
}

/** `corehr.job_data.deleted_v1`, schema 2.0. */
export interface CorehrJobDataDeletedV1Event {
  job_data_id?: string
}

/** `corehr.job_data.employed_v1`, schema 2.0. */
export interface CorehrJobDataEmployedV1Event {
  job_data_id?: string
  employment_id?: string
  target_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
}

/** `corehr.job_data.updated_v1`, schema 2.0. */
export interface CorehrJobDataUpdatedV1Event {
  job_data_id?: string
}

/** `corehr.job_family.created_v2`, schema 2.0. */
export interface CorehrJobFamilyCreatedV2Event {
  job_family_id?: string
}

/** `corehr.job_family.deleted_v2`, schema 2.0. */
export interface CorehrJobFamilyDeletedV2Event {
  job_family_id?: string
}

/** `corehr.job_family.updated_v2`, schema 2.0. */
export interface CorehrJobFamilyUpdatedV2Event {
  job_family_id?: string
  field_changes?: string[]
}

/** `corehr.job_grade.created_v2`, schema 2.0. */
export interface CorehrJobGradeCreatedV2Event {
  job_grade_id?: string
}

/** `corehr.job_grade.deleted_v2`, schema 2.0. */
export interface CorehrJobGradeDeletedV2Event {
  job_grade_id?: string
}

/** `corehr.job_grade.updated_v2`, schema 2.0. */
export interface CorehrJobGradeUpdatedV2Event {
  job_grade_id?: string
  field_changes?: string[]
}

/** `corehr.job_level.created_v2`, schema 2.0. */
export interface CorehrJobLevelCreatedV2Event {
  job_level_id?: string
}

/** `corehr.job_level.deleted_v2`, schema 2.0. */
export interface CorehrJobLevelDeletedV2Event {
  job_level_id?: string
}

/** `corehr.job_level.updated_v2`, schema 2.0. */
export interface CorehrJobLevelUpdatedV2Event {
  job_level_id?: string
  field_changes?: string[]
}

/** `corehr.location.created_v2`, schema 2.0. */
export interface CorehrLocationCreatedV2Event {
  location_id?: string
}

/** `corehr.location.deleted_v2`, schema 2.0. */
export interface CorehrLocationDeletedV2Event {
  location_id?: string
}

/** `corehr.location.updated_v2`, schema 2.0. */
export interface CorehrLocationUpdatedV2Event {
  location_id?: string
  field_changes?: string[]
  sub_events?: Array<{
    id?: string
    entity?: string
    agg_entity?: string
    agg_entity_id?: string
    agg_entity_field?: string
    opt_type?: number
    field_changes?: string[]
  }>
}

/** `corehr.offboarding.checklist_updated_v2`, schema 2.0. */
export interface CorehrOffboardingChecklistUpdatedV2Event {
  employment_id?: string
  target_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  offboarding_id?: string
  checklist_process_id?: string
  checklist_status?: number
}

/** `corehr.offboarding.status_updated_v2`, schema 2.0. */
export interface CorehrOffboardingStatusUpdatedV2Event {
  employment_id?: string
  target_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  offboarding_id?: string
  process_id?: string
  status?: number
}

/** `corehr.offboarding.updated_v1`, schema 2.0. */
export interface CorehrOffboardingUpdatedV1Event {
  employment_id?: string
  target_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  offboarding_id?: string
  process_id?: string
  status?: number
}

/** `corehr.offboarding.updated_v2`, schema 2.0. */
export interface CorehrOffboardingUpdatedV2Event {
  tenant_id?: string
  offboarding_info_id?: string
  process_id?: string
  checklist_process_id?: string
  employment_id?: string
  operator?: string
  status?: number
  checklist_status?: number
  updated_time?: string
  updated_fields?: string[]
  target_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
}

/** `corehr.org_role_authorization.updated_v1`, schema 2.0. */
export interface CorehrOrgRoleAuthorizationUpdatedV1Event {
  role_id?: string
  management_scope_list?: Array<{
    management_dimension: string
    obj_id: string
  }>
  employment_id_list?: string[]
}

/** `corehr.pathway.created_v2`, schema 2.0. */
export interface CorehrPathwayCreatedV2Event {
  pathway_id?: string
}

/** `corehr.pathway.deleted_v2`, schema 2.0. */
export interface CorehrPathwayDeletedV2Event {
  pathway_id?: string
}

/** `corehr.pathway.updated_v2`, schema 2.0. */
export interface CorehrPathwayUpdatedV2Event {
  pathway_id?: string
  field_changes?: string[]
}

/** `corehr.person.created_v1`, schema 2.0. */
export interface CorehrPersonCreatedV1Event {
  person_id?: string
}

/** `corehr.person.deleted_v1`, schema 2.0. */
export interface CorehrPersonDeletedV1Event {
  person_id?: string
}

/** `corehr.person.updated_v1`, schema 2.0. */
export interface CorehrPersonUpdatedV1Event {
  person_id?: string
  field_changes?: string[]
}

/** `corehr.position.created_v2`, schema 2.0. */
export interface CorehrPositionCreatedV2Event {
  position_id?: string
}

/** `corehr.position.deleted_v2`, schema 2.0. */
export interface CorehrPositionDeletedV2Event {
  position_id?: string
}

/** `corehr.position.updated_v2`, schema 2.0. */
export interface CorehrPositionUpdatedV2Event {
  position_id?: string
  field_changes?: string[]
}

/** `corehr.pre_hire.onboarding_task_changed_v2`, schema 2.0. */
export interface CorehrPreHireOnboardingTaskChangedV2Event {
  tenant_id?: string
  pre_hire_id?: string
  onboarding_task_changes?: Array<{
    after_status?: 'uninitialized' | 'not_started' | 'in_progress' | 'in_review' | 'rejected' | 'failed' | 'skipped' | 'completed' | 'terminated' | 'initiating' | 'exception' | 'manual_skipped'
    task_code?: string
  }>
  onboarding_flow_change?: {
    after_status?: 'not_started' | 'in_progress' | 'completed' | 'withdrawn' | 'others' | 'expired'
  }
  onboarding_flow_id?: string
  flow_info?: {
    id?: string
    name?: {
      zh_cn?: string
      en_us?: string
    }
  }
}

/** `corehr.pre_hire.updated_v1`, schema 2.0. */
export interface CorehrPreHireUpdatedV1Event {
  pre_hire_id?: string
  field_changes?: string[]
}

/** `corehr.probation.updated_v2`, schema 2.0. */
export interface CorehrProbationUpdatedV2Event {
  employment_id?: string
  probation_status?: 'pending' | 'rejected' | 'waiting' | 'approved' | 'converted' | 'offboarded'
  actual_probation_end_date?: string
}

/** `corehr.process.approver.updated_v2`, schema 2.0. */
export interface CorehrProcessApproverUpdatedV2Event {
  process_id?: string
  approver_id?: string
  status?: number
  biz_type?: string
  flow_definition_id?: string
  node_definition_id?: string
  node_id?: string
  node_id_str?: string
}

/** `corehr.process.cc.updated_v2`, schema 2.0. */
export interface CorehrProcessCcUpdatedV2Event {
  process_id?: string
  approver_id?: string
  status?: number
  biz_type?: string
}

/** `corehr.process.node.updated_v2`, schema 2.0. */
export interface CorehrProcessNodeUpdatedV2Event {
  flow_definition_id?: string
  node_definition_id?: string
  process_id?: string
  process_node_id?: string
  node_type?: number
  node_status?: number
  biz_type?: string
}

/** `corehr.process.status.update_v2`, schema 2.0. */
export interface CorehrProcessStatusUpdateV2Event {
  process_id?: string
  status?: number
  biz_type?: string
  flow_definition_id?: string
  properties?: number
}

/** `corehr.process.updated_v2`, schema 2.0. */
export interface CorehrProcessUpdatedV2Event {
  process_id?: string
  status?: number
  biz_type?: string
  flow_definition_id?: string
  properties?: number
}

/** `corehr.process_comment_info.updated_v2`, schema 2.0. */
export interface CorehrProcessCommentInfoUpdatedV2Event {
  process_id?: string
  comment_id?: string
}

/** `corehr.signature_file.status_updated_v2`, schema 2.0. */
export interface CorehrSignatureFileStatusUpdatedV2Event {
  signature_file_id?: string
  before_status?: string
  after_status?: string
  biz_process_id?: string
}

/**
 * `dept_add`, schema 1.0.
 *
 * @deprecated A legacy event; the platform has a newer one.
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uETNz4SM1MjLxUzM//event/department-update
 */
export interface DeptAddEvent {
  type: 'dept_add'
  app_id: string
  tenant_key: string
  open_department_id: string
  department: {
    open_id: string
    custom_id: string
  }
}

/** `drive.file.bitable_field_changed_v1`, schema 2.0. */
export interface DriveFileBitableFieldChangedV1Event {
  file_type?: string
  file_token?: string
  table_id?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  action_list?: Array<{
    action: string
    field_id: string
    before_value?: {
      id: string
      name: string
      type: number
      description: string
      property: {
        formatter?: string
        date_formatter?: string
        auto_fill?: boolean
        multiple?: boolean
        table_id?: string
        table_name?: string
        back_field_name?: string
        input_type?: string
        back_field_id?: string
        auto_serial?: {
          type: string
          options?: Array<{
            type: string
            value: string
          }>
        }
        options?: Array<{
          name?: string
          id?: string
          color?: number
        }>
        formula_expression?: string
      }
    }
    after_value?: {
      id: string
      name: string
      type: number
      description: string
      property: {
        formatter?: string
        date_formatter?: string
        auto_fill?: boolean
        multiple?: boolean
        table_id?: string
        table_name?: string
        back_field_name?: string
        input_type?: string
        back_field_id?: string
        auto_serial?: {
          type: string
          options?: Array<{
            type: string
            value: string
          }>
        }
        options?: Array<{
          name?: string
          id?: string
          color?: number
        }>
        formula_expression?: string
      }
    }
  }>
  revision?: number
  subscriber_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
  update_time?: number
}

/** `drive.file.bitable_record_changed_v1`, schema 2.0. */
export interface DriveFileBitableRecordChangedV1Event {
  file_type?: string
  file_token?: string
  table_id?: string
  revision?: number
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  action_list?: Array<{
    record_id: string
    action: string
    before_value?: Array<{
      field_id: string
      field_value: string
      field_identity_value?: {
        users?: Array<{
          user_id: {
            union_id?: string
            user_id?: string
            open_id?: string
          }
          name: string
          en_name: string
          avatar_url: string
        }>
      }
    }>
    after_value?: Array<{
      field_id: string
      field_value: string
      field_identity_value?: {
        users?: Array<{
          user_id: {
            union_id?: string
            user_id?: string
            open_id?: string
          }
          name: string
          en_name: string
          avatar_url: string
        }>
      }
    }>
  }>
  subscriber_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
  update_time?: number
}

/** `drive.file.created_in_folder_v1`, schema 2.0. */
export interface DriveFileCreatedInFolderV1Event {
  file_type?: string
  file_token?: string
  folder_token?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  subscriber_ids?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `drive.file.deleted_v1`, schema 2.0. */
export interface DriveFileDeletedV1Event {
  file_type?: string
  file_token?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  subscriber_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `drive.file.edit_v1`, schema 2.0. */
export interface DriveFileEditV1Event {
  file_type?: string
  file_token?: string
  operator_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
  subscriber_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
  sheet_id?: string
}

/** `drive.file.permission_member_added_v1`, schema 2.0. */
export interface DriveFilePermissionMemberAddedV1Event {
  file_type?: string
  file_token?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  user_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
  chat_list?: string[]
  open_department_id_list?: string[]
  subscriber_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `drive.file.permission_member_applied_v1`, schema 2.0. */
export interface DriveFilePermissionMemberAppliedV1Event {
  file_type?: string
  file_token?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  approver_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  application_user_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
  application_chat_list?: string[]
  application_department_list?: string[]
  application_remark?: string
  permission?: 'view' | 'edit' | 'full_access'
  subscriber_ids?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `drive.file.permission_member_removed_v1`, schema 2.0. */
export interface DriveFilePermissionMemberRemovedV1Event {
  file_type?: string
  file_token?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  user_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
  chat_list?: string[]
  open_department_id_list?: string[]
  subscriber_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `drive.file.read_v1`, schema 2.0. */
export interface DriveFileReadV1Event {
  file_type?: string
  file_token?: string
  operator_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
  subscriber_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `drive.file.title_updated_v1`, schema 2.0. */
export interface DriveFileTitleUpdatedV1Event {
  file_type?: string
  file_token?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  subscriber_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `drive.file.trashed_v1`, schema 2.0. */
export interface DriveFileTrashedV1Event {
  file_type?: string
  file_token?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  subscriber_id_list?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `drive.notice.comment_add_v1`, schema 2.0. */
export interface DriveNoticeCommentAddV1Event {
  notice_meta?: {
    file_type?: 'doc' | 'docx' | 'sheet' | 'bitable' | 'slides' | 'file'
    file_token?: string
    from_user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    to_user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    notice_type?: 'add_comment' | 'add_reply'
  }
  comment_id?: string
  reply_id?: string
  is_mentioned?: boolean
}

/** `elearning.course_registration.created_v2`, schema 2.0. */
export interface ElearningCourseRegistrationCreatedV2Event {
  course_id?: string
  learner?: {
    user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    email?: string
    phone?: string
  }
  enroll_at?: number
  enroll_type?: number
  learning_duration?: number
  finished_at?: number
  learning_state?: number
  compulsory_lesson_ids?: string[]
  learned_compulsory_lesson_ids?: string[]
  optional_lesson_ids?: string[]
  learned_optional_lesson_ids?: string[]
}

/** `elearning.course_registration.deleted_v2`, schema 2.0. */
export interface ElearningCourseRegistrationDeletedV2Event {
  course_id?: string
  learner?: {
    user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    email?: string
    phone?: string
  }
}

/** `elearning.course_registration.updated_v2`, schema 2.0. */
export interface ElearningCourseRegistrationUpdatedV2Event {
  course_id?: string
  learner?: {
    user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    email?: string
    phone?: string
  }
  enroll_at?: number
  enroll_type?: number
  learning_duration?: number
  finished_at?: number
  learning_state?: number
  compulsory_lesson_ids?: string[]
  learned_compulsory_lesson_ids?: string[]
  optional_lesson_ids?: string[]
  learned_optional_lesson_ids?: string[]
}

/**
 * `group_setting_update`, schema 1.0.
 *
 * @deprecated A legacy event; the platform has a newer one.
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uQDOwUjL0gDM14CN4ATN/event/group-configuration-changes
 */
export interface GroupSettingUpdateEvent {
  type: 'group_setting_update'
  tenant_key: string
  app_id: string
  chat_id: string
  after_change: {
    owner_open_id: string
    owner_user_id: string
    add_member_permission: string
    message_notification: boolean
  }
  before_change: unknown
  operator: {
    open_id: string
    user_id: string
  }
}

/** `helpdesk.notification.approve_v1`, schema 2.0. */
export interface HelpdeskNotificationApproveV1Event {
  notification_id?: string
  helpdesk_id?: string
  approve_status?: string
}

/** `helpdesk.ticket.created_v1`, schema 2.0. */
export interface HelpdeskTicketCreatedV1Event {
  ticket_id: string
  helpdesk_id?: string
  guest?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    name?: string
  }
  stage?: number
  status?: number
  score?: number
  created_at?: number
  updated_at?: number
  closed_at?: number
  channel?: number
  solve?: number
  customized_fields?: Array<{
    id?: string
    value?: string
    key_name?: string
    display_name?: string
    position?: number
    required?: boolean
    editable?: boolean
  }>
  chat_id?: string
}

/** `helpdesk.ticket.updated_v1`, schema 2.0. */
export interface HelpdeskTicketUpdatedV1Event {
  object?: {
    ticket_id: string
    helpdesk_id?: string
    guest?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      name?: string
    }
    stage?: number
    status?: number
    score?: number
    created_at?: number
    updated_at?: number
    closed_at?: number
    channel?: number
    solve?: number
    customized_fields?: Array<{
      id?: string
      value?: string
      key_name?: string
      display_name?: string
      position?: number
      required?: boolean
      editable?: boolean
    }>
    chat_id?: string
  }
  old_object?: {
    stage?: number
    status?: number
    updated_at?: number
  }
}

/** `helpdesk.ticket_message.created_v1`, schema 2.0. */
export interface HelpdeskTicketMessageCreatedV1Event {
  ticket_message_id: string
  message_id: string
  msg_type: string
  position: string
  sender_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  sender_type: number
  text: string
  ticket?: {
    ticket_id: string
    comments?: Array<{
      content?: string
      created_at?: number
      id?: number
      user_avatar_url?: string
      user_name?: string
      user_id?: number
    }>
    ticket_type?: number
    status?: number
    dissatisfaction_reason?: {
      zh_cn?: string
      en_us?: string
      ja_jp?: string
    }
    customized_fields?: Array<{
      id?: string
      value?: string
      key_name?: string
      display_name?: string
      position?: number
      required?: boolean
      editable?: boolean
    }>
    agent_service_duration?: number
    agent_first_response_duration?: number
    bot_service_duration?: number
    agent_resolution_time?: number
    actual_processing_time?: number
    agent_entry_time?: number
    agent_first_response_time?: number
    agent_last_response_time?: number
    agent_owner?: {
      id?: string
      avatar_url?: string
      name?: string
      email?: string
      department?: string
      city?: string
      country?: string
    }
  }
  event_id: string
  chat_id?: string
  content?: {
    content?: string
    msg_type?: string
    image_keys?: string[]
    image_key?: string
  }
}

/** `hire.application.deleted_v1`, schema 2.0. */
export interface HireApplicationDeletedV1Event {
  application_ids?: string[]
}

/** `hire.application.stage_changed_v1`, schema 2.0. */
export interface HireApplicationStageChangedV1Event {
  application_id?: string
  origin_stage_id?: string
  target_stage_id?: string
  update_time?: number
}

/** `hire.eco_account.created_v1`, schema 2.0. */
export interface HireEcoAccountCreatedV1Event {
  scope?: number
  account_id?: string
  account_name?: string
  usage_list?: number[]
  custom_field_list?: Array<{
    key?: string
    value?: string
  }>
}

/** `hire.eco_background_check.canceled_v1`, schema 2.0. */
export interface HireEcoBackgroundCheckCanceledV1Event {
  background_check_id?: string
  termination_reason?: string
}

/** `hire.eco_background_check.created_v1`, schema 2.0. */
export interface HireEcoBackgroundCheckCreatedV1Event {
  background_check_id?: string
  account_id?: string
  package_id?: string
  additional_item_id_list?: string[]
  comment?: string
  candidate_info?: {
    name?: string
    mobile?: {
      code?: string
      number?: string
    }
    email?: string
    first_name?: string
    last_name?: string
  }
  client_contact_info?: {
    name?: string
    mobile?: {
      code?: string
      number?: string
    }
    email?: string
  }
  custom_field_list?: Array<{
    key?: string
    value?: string
  }>
}

/** `hire.eco_exam.created_v1`, schema 2.0. */
export interface HireEcoExamCreatedV1Event {
  exam_id?: string
  account_id?: string
  paper_id?: string
  candidate_info?: {
    name?: string
    mobile?: {
      code?: string
      number?: string
    }
    email?: string
  }
  talent_id?: string
  application_id?: string
}

/** `hire.ehr_import_task.imported_v1`, schema 2.0. */
export interface HireEhrImportTaskImportedV1Event {
  task_id?: string
  application_id?: string
  ehr_department_id?: string
  ehr_requirement_id?: string
  operator_id?: string
  operator_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  ehr_department?: {
    department_id?: string
    open_department_id?: string
  }
}

/** `hire.ehr_import_task_for_internship_offer.imported_v1`, schema 2.0. */
export interface HireEhrImportTaskForInternshipOfferImportedV1Event {
  task_id?: string
  application_id?: string
  offer_id?: string
  pre_onboard_id?: string
  ehr_department_id?: string
  operator_id?: string
  operator_user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  ehr_department?: {
    department_id?: string
    open_department_id?: string
  }
}

/** `hire.offer.status_changed_v1`, schema 2.0. */
export interface HireOfferStatusChangedV1Event {
  offer_id?: string
  offer_status?: number
}

/** `hire.referral_account.assets_update_v1`, schema 2.0. */
export interface HireReferralAccountAssetsUpdateV1Event {
  account_id?: string
  assets?: {
    confirmed_bonus?: {
      bonus_type?: number
      point_bonus?: number
      cash?: {
        currency_type: string
        amount: number
      }
      cash_bonus?: Array<{
        currency_type: string
        amount: number
      }>
    }
    paid_bonus?: {
      bonus_type?: number
      point_bonus?: number
      cash?: {
        currency_type: string
        amount: number
      }
      cash_bonus?: Array<{
        currency_type: string
        amount: number
      }>
    }
  }
  modify_time?: string
}

/** `hire.talent.deleted_v1`, schema 2.0. */
export interface HireTalentDeletedV1Event {
  talent_id?: string
}

/** `hire.talent.tag_subscription_v1`, schema 2.0. */
export interface HireTalentTagSubscriptionV1Event {
  talent_id?: string
  application_id?: string
  tag?: {
    id?: string
    name?: {
      zh_cn?: string
      en_us?: string
    }
    description?: {
      zh_cn?: string
      en_us?: string
    }
    type?: number
    active_status?: number
  }
  lock_status?: number
  application_stage?: {
    id?: string
    zh_name?: string
    en_name?: string
    type?: number
  }
}

/** `im.chat.access_event.bot_p2p_chat_entered_v1`, schema 2.0. */
export interface ImChatAccessEventBotP2pChatEnteredV1Event {
  chat_id?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  last_message_id?: string
  last_message_create_time?: string
}

/** `im.chat.disbanded_v1`, schema 2.0. */
export interface ImChatDisbandedV1Event {
  chat_id?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  external?: boolean
  operator_tenant_key?: string
  name?: string
  i18n_names?: {
    zh_cn?: string
    en_us?: string
    ja_jp?: string
  }
}

/** `im.chat.member.bot.added_v1`, schema 2.0. */
export interface ImChatMemberBotAddedV1Event {
  chat_id?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  external?: boolean
  operator_tenant_key?: string
  name?: string
  i18n_names?: {
    zh_cn?: string
    en_us?: string
    ja_jp?: string
  }
}

/** `im.chat.member.bot.deleted_v1`, schema 2.0. */
export interface ImChatMemberBotDeletedV1Event {
  chat_id?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  external?: boolean
  operator_tenant_key?: string
  name?: string
  i18n_names?: {
    zh_cn?: string
    en_us?: string
    ja_jp?: string
  }
}

/** `im.chat.member.user.added_v1`, schema 2.0. */
export interface ImChatMemberUserAddedV1Event {
  chat_id?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  external?: boolean
  operator_tenant_key?: string
  users?: Array<{
    name?: string
    tenant_key?: string
    user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
  }>
  name?: string
  i18n_names?: {
    zh_cn?: string
    en_us?: string
    ja_jp?: string
  }
}

/** `im.chat.member.user.deleted_v1`, schema 2.0. */
export interface ImChatMemberUserDeletedV1Event {
  chat_id?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  external?: boolean
  operator_tenant_key?: string
  users?: Array<{
    name?: string
    tenant_key?: string
    user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
  }>
  name?: string
  i18n_names?: {
    zh_cn?: string
    en_us?: string
    ja_jp?: string
  }
}

/** `im.chat.member.user.withdrawn_v1`, schema 2.0. */
export interface ImChatMemberUserWithdrawnV1Event {
  chat_id?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  external?: boolean
  operator_tenant_key?: string
  users?: Array<{
    name?: string
    tenant_key?: string
    user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
  }>
  name?: string
  i18n_names?: {
    zh_cn?: string
    en_us?: string
    ja_jp?: string
  }
}

/** `im.chat.updated_v1`, schema 2.0. */
export interface ImChatUpdatedV1Event {
  chat_id?: string
  operator_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  external?: boolean
  operator_tenant_key?: string
  after_change?: {
    avatar?: string
    name?: string
    description?: string
    i18n_names?: {
      zh_cn?: string
      en_us?: string
      ja_jp?: string
    }
    add_member_permission?: string
    share_card_permission?: string
    at_all_permission?: string
    edit_permission?: string
    membership_approval?: string
    join_message_visibility?: string
    leave_message_visibility?: string
    moderation_permission?: string
    owner_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    labels?: string[]
    restricted_mode_setting?: {
      status?: boolean
      screenshot_has_permission_setting?: 'all_members' | 'not_anyone'
      download_has_permission_setting?: 'all_members' | 'not_anyone'
      message_has_permission_setting?: 'all_members' | 'not_anyone'
    }
    group_message_type?: string
  }
  before_change?: {
    avatar?: string
    name?: string
    description?: string
    i18n_names?: {
      zh_cn?: string
      en_us?: string
      ja_jp?: string
    }
    add_member_permission?: string
    share_card_permission?: string
    at_all_permission?: string
    edit_permission?: string
    membership_approval?: string
    join_message_visibility?: string
    leave_message_visibility?: string
    moderation_permission?: string
    owner_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    labels?: string[]
    restricted_mode_setting?: {
      status?: boolean
      screenshot_has_permission_setting?: 'all_members' | 'not_anyone'
      download_has_permission_setting?: 'all_members' | 'not_anyone'
      message_has_permission_setting?: 'all_members' | 'not_anyone'
    }
    group_message_type?: string
  }
  moderator_list?: {
    added_member_list?: Array<{
      tenant_key?: string
      user_id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
    }>
    removed_member_list?: Array<{
      tenant_key?: string
      user_id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
    }>
  }
}

/** `im.message.message_read_v1`, schema 2.0. */
export interface ImMessageMessageReadV1Event {
  reader?: {
    reader_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    read_time: string
    tenant_key?: string
  }
  message_id_list?: string[]
}

/** `im.message.reaction.created_v1`, schema 2.0. */
export interface ImMessageReactionCreatedV1Event {
  message_id?: string
  reaction_type?: {
    emoji_type: string
  }
  operator_type?: string
  user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  action_time?: string
}

/** `im.message.reaction.deleted_v1`, schema 2.0. */
export interface ImMessageReactionDeletedV1Event {
  message_id?: string
  reaction_type?: {
    emoji_type: string
  }
  operator_type?: string
  user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  action_time?: string
}

/** `im.message.recalled_v1`, schema 2.0. */
export interface ImMessageRecalledV1Event {
  message_id?: string
  chat_id?: string
  recall_time?: string
  recall_type?: 'message_owner' | 'group_owner' | 'group_manager' | 'enterprise_manager'
}

/** `im.message.receive_v1`, schema 2.0. */
export interface ImMessageReceiveV1Event {
  sender: {
    sender_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    sender_type: string
    tenant_key?: string
  }
  message: {
    message_id: string
    root_id?: string
    parent_id?: string
    create_time: string
    update_time?: string
    chat_id: string
    thread_id?: string
    chat_type: 'p2p' | 'group' | 'topic_group'
    message_type: 'text' | 'post' | 'image' | 'file' | 'audio' | 'media' | 'sticker' | 'interactive' | 'share_chat' | 'share_user' | 'system' | 'location' | 'merge_forward' | 'todo' | 'vote' | 'hongbao' | 'share_calendar_event' | 'calendar' | 'general_calendar' | 'video_chat' | 'folder'
    content: string
    mentions?: Array<{
      key: string
      id: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      mentioned_type?: string
      name: string
      tenant_key?: string
    }>
    user_agent?: string
    lark_agent_context?: {
      active_chat_id?: string
    }
  }
}

/** `leave_approvalV2`, schema 1.0. */
export interface LeaveApprovalV2Event {
  type: 'leave_approvalV2'
  app_id: string
  tenant_key: string
  instance_code: string
  user_id: string
  open_id: string
  origin_instance_code: string
  start_time: number
  end_time: number
  leave_feeding_arrive_late: number
  leave_feeding_leave_early: number
  leave_feeding_rest_daily: number
  leave_name: string
  leave_unit: string
  leave_start_time: string
  leave_end_time: string
  leave_detail: unknown[]
  leave_range: unknown[]
  leave_interval: number
  leave_reason: string
  i18n_resources: Array<{
    locale: string
    is_default: boolean
    texts: Record<string, string>
  }>
}

/** `mail.user_mailbox.event.message_received_v1`, schema 2.0. */
export interface MailUserMailboxEventMessageReceivedV1Event {
  mail_address?: string
  message_id?: string
  mailbox_type?: number
  subscriber?: {
    user_ids?: Array<{
      union_id?: string
      user_id?: string
      open_id?: string
    }>
  }
}

/** `meeting_room.meeting_room.created_v1`, schema 2.0. */
export interface MeetingRoomMeetingRoomCreatedV1Event {
  room_name?: string
  room_id?: string
}

/** `meeting_room.meeting_room.deleted_v1`, schema 2.0. */
export interface MeetingRoomMeetingRoomDeletedV1Event {
  room_name?: string
  room_id?: string
}

/** `meeting_room.meeting_room.status_changed_v1`, schema 2.0. */
export interface MeetingRoomMeetingRoomStatusChangedV1Event {
  room_name?: string
  room_id?: string
}

/** `meeting_room.meeting_room.updated_v1`, schema 2.0. */
export interface MeetingRoomMeetingRoomUpdatedV1Event {
  room_name?: string
  room_id?: string
}

/**
 * `message`, schema 1.0.
 *
 * @deprecated A legacy event; the platform has a newer one.
 * @see https://open.feishu.cn/document/ukTMukTMukTM/ugzMugzMugzM/event/receive-message
 */
export interface MessageEvent {
  type: 'message'
  app_id: string
  tenant_key: string
  root_id: string
  parent_id: string
  open_chat_id: string
  chat_type: string
  msg_type: string
  open_id: string
  employee_id: string
  union_id: string
  open_message_id: string
  is_mention: boolean
  text: string
  text_without_at_bot: string
}

/**
 * `message_read`, schema 1.0.
 *
 * @deprecated A legacy event; the platform has a newer one.
 * @see https://open.feishu.cn/document/ukTMukTMukTM/ugzMugzMugzM/event/message-read
 */
export interface MessageReadEvent {
  app_id: string
  open_chat_id: string
  open_id: string
  open_message_ids: string[]
  tenant_key: string
  type: 'message_read'
}

/** `minutes.minute.generated_v1`, schema 2.0. */
export interface MinutesMinuteGeneratedV1Event {
  minute_token?: string
  minute_source?: {
    source_type?: string
    source_entity_id?: string
  }
  subscriber_ids?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `moments.comment.created_v1`, schema 2.0. */
export interface MomentsCommentCreatedV1Event {
  user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  id?: string
  post_id?: string
  reply_comment_id?: string
  root_comment_id?: string
  user_type?: number
}

/** `moments.comment.deleted_v1`, schema 2.0. */
export interface MomentsCommentDeletedV1Event {
  id?: string
  post_id?: string
}

/** `moments.post.created_v1`, schema 2.0. */
export interface MomentsPostCreatedV1Event {
  id?: string
  user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  category_ids?: string[]
  link?: string
  user_type?: number
}

/** `moments.post.deleted_v1`, schema 2.0. */
export interface MomentsPostDeletedV1Event {
  id?: string
}

/** `moments.post_statistics.updated_v1`, schema 2.0. */
export interface MomentsPostStatisticsUpdatedV1Event {
  post_id?: string
  statistics_type?: number
  statistics?: {
    share_count?: number
  }
}

/** `moments.reaction.created_v1`, schema 2.0. */
export interface MomentsReactionCreatedV1Event {
  user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  entity_id?: string
  id?: string
  entity_type?: number
  user_type?: number
}

/** `moments.reaction.deleted_v1`, schema 2.0. */
export interface MomentsReactionDeletedV1Event {
  user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  entity_id?: string
  id?: string
  entity_type?: number
  user_type?: number
}

/** `order_paid`, schema 1.0. */
export interface OrderPaidEvent {
  type: 'order_paid'
  app_id: string
  order_id: string
  price_plan_id: string
  price_plan_type: string
  seats: number
  buy_count: number
  create_time: string
  pay_time: string
  buy_type: string
  src_order_id: string
  order_pay_price: number
  tenant_key: string
}

/** `out_approval`, schema 1.0. */
export interface OutApprovalEvent {
  type: 'out_approval'
  app_id: string
  i18n_resources: Array<{
    is_default: boolean
    locale: string
    texts: Record<string, string>
  }>
  instance_code: string
  out_image: string
  out_interval: number
  out_name: string
  out_reason: string
  out_start_time: string
  out_end_time: string
  out_unit: string
  start_time: number
  end_time: number
  tenant_key: string
  open_id: string
  user_id: string
}

/** `p2p_chat_create`, schema 1.0. */
export interface P2pChatCreateEvent {
  type: 'p2p_chat_create'
  app_id: string
  chat_id: string
  operator: {
    open_id: string
    user_id: string
  }
  tenant_key: string
  user: {
    name: string
    open_id: string
    user_id: string
  }
}

/** `payroll.payment_activity.approved_v1`, schema 2.0. */
export interface PayrollPaymentActivityApprovedV1Event {
  activity_id?: string
}

/** `payroll.payment_activity.status_changed_v1`, schema 2.0. */
export interface PayrollPaymentActivityStatusChangedV1Event {
  activity_id?: string
  status?: number
}

/** `performance.review_data.changed_v2`, schema 2.0. */
export interface PerformanceReviewDataChangedV2Event {
  items?: Array<{
    user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    semester_id?: string
    activity_id?: string
    stage_changes?: Array<{
      stage_id?: string
      stage_type?: 'summarize_key_outputs' | 'review' | 'communication_and_open_result' | 'view_result' | 'reconsideration' | 'leader_review'
      review_stage_role?: 'reviewee' | 'invited_reviewer' | 'solid_line_leader' | 'dotted_line_leader' | 'secondary_solid_line_leader' | 'direct_project_leader' | 'custom_review_role'
    }>
  }>
}

/** `performance.stage_task.open_result_v2`, schema 2.0. */
export interface PerformanceStageTaskOpenResultV2Event {
  items?: Array<{
    user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    semester_id?: string
    activity_id?: string
    open_time?: string
  }>
}

/** `remedy_approval`, schema 1.0. */
export interface RemedyApprovalEvent {
  app_id: string
  tenant_key: string
  type: 'remedy_approval'
  instance_code: string
  employee_id: string
  open_id: string
  start_time: number
  end_time: number
  shift_time: string
  return_time: string
  shift_reason: string
}

/**
 * `remove_bot`, schema 1.0.
 *
 * @deprecated A legacy event; the platform has a newer one.
 * @see https://open.feishu.cn/document/ukTMukTMukTM/ugzMugzMugzM/event/bot-removed-from-group
 */
export interface RemoveBotEvent {
  type: 'remove_bot'
  app_id: string
  chat_i18n_names: {
    en_us: string
    zh_cn: string
  }
  chat_name: string
  chat_owner_employee_id: string
  chat_owner_name: string
  chat_owner_open_id: string
  open_chat_id: string
  operator_employee_id: string
  operator_name: string
  operator_open_id: string
  owner_is_bot: boolean
  tenant_key: string
}

/** `security_and_compliance.device_apply_record.device_apply_event_v2`, schema 2.0. */
export interface SecurityAndComplianceDeviceApplyRecordDeviceApplyEventV2Event {
  device_apply_record_id: string
  device_record?: {
    device_record_id: string
    version: string
    current_user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    device_name?: string
    model?: string
    device_system: number
    serial_number?: string
    disk_serial_number?: string
    uuid?: string
    mac_address?: string
    android_id?: string
    idfv?: string
    aaid?: string
    device_ownership: number
    device_status: number
    certification_level: number
    device_terminal_type: number
    is_managed?: boolean
    mdm_device_id?: string
    mdm_provider_name?: string
    device_env_detect_status?: number
    is_public?: boolean
    source?: number
  }
  apply_time: string
  apply_status: number
  operator?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  apply_device_ownership: number
  apply_reason?: string
}

/** `security_and_compliance.device_record.device_change_event_v2`, schema 2.0. */
export interface SecurityAndComplianceDeviceRecordDeviceChangeEventV2Event {
  device_record_id?: string
  version?: string
  change_type?: number
  before?: {
    device_record_id: string
    version: string
    current_user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    device_name?: string
    model?: string
    device_system: number
    serial_number?: string
    disk_serial_number?: string
    uuid?: string
    mac_address?: string
    android_id?: string
    idfv?: string
    aaid?: string
    device_ownership: number
    device_status: number
    certification_level: number
    device_terminal_type: number
    is_managed?: boolean
    mdm_device_id?: string
    mdm_provider_name?: string
    device_env_detect_status?: number
    is_public?: boolean
  }
  after?: {
    device_record_id: string
    version: string
    current_user_id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    device_name?: string
    model?: string
    device_system: number
    serial_number?: string
    disk_serial_number?: string
    uuid?: string
    mac_address?: string
    android_id?: string
    idfv?: string
    aaid?: string
    device_ownership: number
    device_status: number
    certification_level: number
    device_terminal_type: number
    is_managed?: boolean
    mdm_device_id?: string
    mdm_provider_name?: string
    device_env_detect_status?: number
    is_public?: boolean
  }
}

/** `shift_approval`, schema 1.0. */
export interface ShiftApprovalEvent {
  type: 'shift_approval'
  app_id: string
  tenant_key: string
  instance_code: string
  employee_id: string
  open_id: string
  start_time: number
  end_time: number
  shift_time: string
  return_time: string
  shift_reason: string
}

/** `task.task.comment.updated_v1`, schema 2.0. */
export interface TaskTaskCommentUpdatedV1Event {
  task_id?: string
  comment_id?: string
  parent_id?: string
  obj_type?: number
}

/** `task.task.update_tenant_v1`, schema 2.0. */
export interface TaskTaskUpdateTenantV1Event {
  user_id_list?: {
    user_id_list?: Array<{
      union_id?: string
      user_id?: string
      open_id?: string
    }>
  }
  task_id?: string
  object_type?: string
}

/** `task.task.update_user_access_v2`, schema 2.0. */
export interface TaskTaskUpdateUserAccessV2Event {
  event_types?: string[]
  task_guid?: string
}

/** `task.task.updated_v1`, schema 2.0. */
export interface TaskTaskUpdatedV1Event {
  task_id?: string
  obj_type?: number
}

/** `third_party_meeting_room_event_created`, schema 1.0. */
export interface ThirdPartyMeetingRoomEventCreatedEvent {
  type: 'third_party_meeting_room_event_created'
  app_id: string
  tenant_key: string
  event_time: string
  uid: string
  original_time: number
  start: {
    time_stamp: string
  }
  end: {
    time_stamp: string
  }
  meeting_rooms: unknown
  organizer: {
    open_id: string
    user_id: string
  }
}

/** `trip_approval`, schema 1.0. */
export interface TripApprovalEvent {
  type: 'trip_approval'
  app_id: string
  tenant_key: string
  instance_code: string
  employee_id: string
  open_id: string
  start_time: number
  end_time: number
  schedules: Array<{
    trip_start_time: string
    trip_end_time: string
    trip_interval: number
    departure: string
    destination: string
    transportation: string
    trip_type: string
    remark: string
  }>
  trip_interval: number
  trip_reason: string
  trip_peers: string[]
}

/**
 * `user_add`, schema 1.0.
 *
 * @deprecated A legacy event; the platform has a newer one.
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uETNz4SM1MjLxUzM//event/employee-change
 */
export interface UserAddEvent {
  type: 'user_add'
  app_id: string
  tenant_key: string
  open_id: string
  employee_id: string
  union_id: string
}

/**
 * `user_status_change`, schema 1.0.
 *
 * @deprecated A legacy event; the platform has a newer one.
 * @see https://open.feishu.cn/document/ukTMukTMukTM/uETNz4SM1MjLxUzM//event/employee-change
 */
export interface UserStatusChangeEvent {
  type: 'user_status_change'
  app_id: string
  tenant_key: string
  open_id: string
  employee_id: string
  union_id: string
  before_status: {
    is_active: boolean
    is_frozen: boolean
    is_resigned: boolean
  }
  change_time: string
  current_status: {
    is_active: boolean
    is_frozen: boolean
    is_resigned: boolean
  }
}

/** `vc.bot.meeting_activity_v1`, schema 2.0. */
export interface VcBotMeetingActivityV1Event {
  meeting_activity_items?: Array<{
    meeting?: {
      id?: string
      topic?: string
      meeting_no?: string
      start_time?: string
      end_time?: string
      host_user?: {
        id?: string
        user_type?: number
        user_role?: number
        user_name?: string
      }
    }
    activity_event_type?: string
    participant_joined_items?: Array<{
      participant?: {
        id?: string
        user_type?: number
        user_role?: number
        user_name?: string
      }
      join_time?: string
    }>
    participant_left_items?: Array<{
      participant?: {
        id?: string
        user_type?: number
        user_role?: number
        user_name?: string
      }
      leave_reason?: number
      leave_time?: string
    }>
    transcript_received_items?: Array<{
      speaker?: {
        id?: string
        user_type?: number
        user_role?: number
        user_name?: string
      }
      text?: string
      language?: string
      start_time_ms?: string
      end_time_ms?: string
      sentence_id?: string
    }>
    chat_received_items?: Array<{
      operator?: {
        id?: string
        user_type?: number
        user_role?: number
        user_name?: string
      }
      message_id?: string
      message_type?: number
      content?: string
      send_time?: string
    }>
    magic_share_started_items?: Array<{
      operator?: {
        id?: string
        user_type?: number
        user_role?: number
        user_name?: string
      }
      share_id?: string
      share_doc?: {
        url?: string
        title?: string
      }
      time?: string
    }>
    magic_share_ended_items?: Array<{
      operator?: {
        id?: string
        user_type?: number
        user_role?: number
        user_name?: string
      }
      share_id?: string
      time?: string
    }>
    document_context_changed_items?: Array<{
      operator?: {
        id?: string
        user_type?: number
        user_role?: number
        user_name?: string
      }
      share_id?: string
      share_doc?: {
        url?: string
        title?: string
      }
      time?: string
      comment_focus?: {
        comment_id?: string
        focused?: boolean
      }
      section_location?: {
        title?: string
        level?: number
        parent_titles?: string[]
      }
      element_preview?: {
        action?: string
        element_type?: string
        element_token?: string
        block_id?: string
      }
    }>
  }>
}

/** `vc.bot.meeting_ended_v1`, schema 2.0. */
export interface VcBotMeetingEndedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    start_time?: string
    end_time?: string
    host_user?: {
      id?: string
      user_type?: number
      user_role?: number
      user_name?: string
    }
  }
}

/** `vc.bot.meeting_invited_v1`, schema 2.0. */
export interface VcBotMeetingInvitedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    start_time?: string
    end_time?: string
    host_user?: {
      id?: string
      user_type?: number
      user_role?: number
      user_name?: string
    }
  }
  bot?: {
    id?: string
    user_type?: number
    user_role?: number
    user_name?: string
  }
  inviter?: {
    id?: string
    user_type?: number
    user_role?: number
    user_name?: string
  }
  invite_time?: string
  call_id?: string
}

/** `vc.bot.meeting_started_v1`, schema 2.0. */
export interface VcBotMeetingStartedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    start_time?: string
    end_time?: string
    host_user?: {
      id?: string
      user_type?: number
      user_role?: number
      user_name?: string
    }
  }
}

/** `vc.material.review_result_v1`, schema 2.0. */
export interface VcMaterialReviewResultV1Event {
  user_id?: {
    union_id?: string
    user_id?: string
    open_id?: string
  }
  results?: Array<{
    file_token?: string
    result?: number
  }>
}

/** `vc.meeting.all_meeting_ended_v1`, schema 2.0. */
export interface VcMeetingAllMeetingEndedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    calendar_event_id?: string
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
}

/** `vc.meeting.all_meeting_started_v1`, schema 2.0. */
export interface VcMeetingAllMeetingStartedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    calendar_event_id?: string
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
}

/** `vc.meeting.join_meeting_v1`, schema 2.0. */
export interface VcMeetingJoinMeetingV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
}

/** `vc.meeting.leave_meeting_v1`, schema 2.0. */
export interface VcMeetingLeaveMeetingV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
  leave_reason?: number
  leave_user?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
}

/** `vc.meeting.meeting_ended_v1`, schema 2.0. */
export interface VcMeetingMeetingEndedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    calendar_event_id?: string
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
}

/** `vc.meeting.meeting_started_v1`, schema 2.0. */
export interface VcMeetingMeetingStartedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    calendar_event_id?: string
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
}

/** `vc.meeting.participant_meeting_ended_v1`, schema 2.0. */
export interface VcMeetingParticipantMeetingEndedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    calendar_event_id?: string
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
  subscriber_ids?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `vc.meeting.participant_meeting_joined_v1`, schema 2.0. */
export interface VcMeetingParticipantMeetingJoinedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    calendar_event_id?: string
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
  subscriber_ids?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `vc.meeting.participant_meeting_started_v1`, schema 2.0. */
export interface VcMeetingParticipantMeetingStartedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    calendar_event_id?: string
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
  subscriber_ids?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `vc.meeting.recording_ended_v1`, schema 2.0. */
export interface VcMeetingRecordingEndedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
}

/** `vc.meeting.recording_ready_v1`, schema 2.0. */
export interface VcMeetingRecordingReadyV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
    }
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  url?: string
  duration?: string
}

/** `vc.meeting.recording_started_v1`, schema 2.0. */
export interface VcMeetingRecordingStartedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
}

/** `vc.meeting.send_meeting_im_v1`, schema 2.0. */
export interface VcMeetingSendMeetingImV1Event {
  meeting?: {
    id?: string
    meeting_source?: number
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_type?: number
  }
  content?: string
}

/** `vc.meeting.share_ended_v1`, schema 2.0. */
export interface VcMeetingShareEndedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
}

/** `vc.meeting.share_started_v1`, schema 2.0. */
export interface VcMeetingShareStartedV1Event {
  meeting?: {
    id?: string
    topic?: string
    meeting_no?: string
    meeting_source?: number
    start_time?: string
    end_time?: string
    host_user?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    owner?: {
      id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
      user_role?: number
      user_type?: number
    }
    meeting_sub_type?: number
    security_setting?: {
      security_level?: number
      group_ids?: string[]
      user_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      room_ids?: string[]
      has_set_security_contacts_and_group?: boolean
    }
    webinar_setting?: {
      webinar_type?: number
    }
  }
  operator?: {
    id?: {
      union_id?: string
      user_id?: string
      open_id?: string
    }
    user_role?: number
    user_type?: number
  }
}

/** `vc.note.generated_v1`, schema 2.0. */
export interface VcNoteGeneratedV1Event {
  note_id?: string
  subscriber_ids?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `vc.recording.recording_ended_v1`, schema 2.0. */
export interface VcRecordingRecordingEndedV1Event {
  unique_key?: string
  source?: string
  subscriber_ids?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `vc.recording.recording_started_v1`, schema 2.0. */
export interface VcRecordingRecordingStartedV1Event {
  unique_key?: string
  source?: string
  subscriber_ids?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
}

/** `vc.recording.recording_transcript_generated_v1`, schema 2.0. */
export interface VcRecordingRecordingTranscriptGeneratedV1Event {
  unique_key?: string
  source?: string
  subscriber_ids?: Array<{
    union_id?: string
    user_id?: string
    open_id?: string
  }>
  transcript_items?: Array<{
    speaker?: {
      id?: string
      user_type?: number
      user_role?: number
      user_name?: string
    }
    text?: string
    language?: string
    start_time_ms?: string
    end_time_ms?: string
    sentence_id?: string
  }>
}

/** `vc.reserve_config.updated_v1`, schema 2.0. */
export interface VcReserveConfigUpdatedV1Event {
  scope_id?: string
  scope_type?: number
  approve_config?: {
    approval_switch?: number
    approval_condition?: number
    meeting_duration?: number
    approvers?: Array<{
      user_id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
    }>
  }
  time_config?: {
    if_cover_child_scope?: boolean
    time_switch: number
    days_in_advance?: number
    opening_hour?: string
    start_time?: string
    end_time?: string
    max_duration?: number
  }
  reserve_scope_config?: {
    allow_all_users?: number
    allow_users?: Array<{
      user_id?: {
        union_id?: string
        user_id?: string
        open_id?: string
      }
    }>
    allow_depts?: Array<{
      department_id: string
      department_name?: string
    }>
  }
}

/** `vc.room.created_v1`, schema 2.0. */
export interface VcRoomCreatedV1Event {
  room?: {
    room_id?: string
    name?: string
    capacity?: number
    description?: string
    display_id?: string
    custom_room_id?: string
    room_level_id?: string
    path?: string[]
    room_status?: {
      status: boolean
      schedule_status?: boolean
      disable_start_time?: string
      disable_end_time?: string
      disable_reason?: string
      contact_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      disable_notice?: boolean
      resume_notice?: boolean
    }
    device?: Array<{
      name: string
    }>
  }
}

/** `vc.room.deleted_v1`, schema 2.0. */
export interface VcRoomDeletedV1Event {
  room?: {
    room_id?: string
  }
}

/** `vc.room.updated_v1`, schema 2.0. */
export interface VcRoomUpdatedV1Event {
  room?: {
    room_id?: string
    name?: string
    capacity?: number
    description?: string
    display_id?: string
    custom_room_id?: string
    room_level_id?: string
    path?: string[]
    room_status?: {
      status: boolean
      schedule_status?: boolean
      disable_start_time?: string
      disable_end_time?: string
      disable_reason?: string
      contact_ids?: Array<{
        union_id?: string
        user_id?: string
        open_id?: string
      }>
      disable_notice?: boolean
      resume_notice?: boolean
    }
    device?: Array<{
      name: string
    }>
  }
}

/** `vc.room_level.created_v1`, schema 2.0. */
export interface VcRoomLevelCreatedV1Event {
  room_level?: {
    room_level_id?: string
    name?: string
    parent_id?: string
    path?: string[]
    has_child?: boolean
    custom_group_id?: string
  }
}

/** `vc.room_level.deleted_v1`, schema 2.0. */
export interface VcRoomLevelDeletedV1Event {
  room_level_id: string
  delete_child?: boolean
}

/** `vc.room_level.updated_v1`, schema 2.0. */
export interface VcRoomLevelUpdatedV1Event {
  room_level?: {
    room_level_id?: string
    name?: string
    parent_id?: string
    path?: string[]
    has_child?: boolean
    custom_group_id?: string
  }
}

/** `work_approval`, schema 1.0. */
export interface WorkApprovalEvent {
  type: 'work_approval'
  app_id: string
  tenant_key: string
  instance_code: string
  employee_id: string
  open_id: string
  start_time: number
  end_time: number
  work_type: string
  work_start_time: string
  work_end_time: string
  work_interval: number
  work_reason: string
}

/** Event type → the type of its `event` object. */
export interface EventMap {
  'acs.access_record.created_v1': AcsAccessRecordCreatedV1Event
  'acs.user.updated_v1': AcsUserUpdatedV1Event
  'add_bot': AddBotEvent
  'add_user_to_chat': AddUserToChatEvent
  'app_open': AppOpenEvent
  'app_status_change': AppStatusChangeEvent
  'app_ticket': AppTicketEvent
  'app_uninstalled': AppUninstalledEvent
  'application.application.app_version.audit_v6': ApplicationApplicationAppVersionAuditV6Event
  'application.application.app_version.publish_apply_v6': ApplicationApplicationAppVersionPublishApplyV6Event
  'application.application.app_version.publish_revoke_v6': ApplicationApplicationAppVersionPublishRevokeV6Event
  'application.application.created_v6': ApplicationApplicationCreatedV6Event
  'application.application.feedback.created_v6': ApplicationApplicationFeedbackCreatedV6Event
  'application.application.feedback.updated_v6': ApplicationApplicationFeedbackUpdatedV6Event
  'application.application.visibility.added_v6': ApplicationApplicationVisibilityAddedV6Event
  'application.bot.menu_v6': ApplicationBotMenuV6Event
  'approval.approval.updated_v4': ApprovalApprovalUpdatedV4Event
  'approval.instance.status_changed_v4': ApprovalInstanceStatusChangedV4Event
  'approval.task.status_changed_v4': ApprovalTaskStatusChangedV4Event
  'auth.user_access_token.revoked_v4': AuthUserAccessTokenRevokedV4Event
  'calendar.calendar.acl.created_v4': CalendarCalendarAclCreatedV4Event
  'calendar.calendar.acl.deleted_v4': CalendarCalendarAclDeletedV4Event
  'calendar.calendar.changed_v4': CalendarCalendarChangedV4Event
  'calendar.calendar.event.changed_v4': CalendarCalendarEventChangedV4Event
  'chat_disband': ChatDisbandEvent
  'compensation.archive.changed_v1': CompensationArchiveChangedV1Event
  'contact.custom_attr_event.updated_v3': ContactCustomAttrEventUpdatedV3Event
  'contact.department.created_v3': ContactDepartmentCreatedV3Event
  'contact.department.deleted_v3': ContactDepartmentDeletedV3Event
  'contact.department.updated_v3': ContactDepartmentUpdatedV3Event
  'contact.employee_type_enum.actived_v3': ContactEmployeeTypeEnumActivedV3Event
  'contact.employee_type_enum.created_v3': ContactEmployeeTypeEnumCreatedV3Event
  'contact.employee_type_enum.deactivated_v3': ContactEmployeeTypeEnumDeactivatedV3Event
  'contact.employee_type_enum.deleted_v3': ContactEmployeeTypeEnumDeletedV3Event
  'contact.employee_type_enum.updated_v3': ContactEmployeeTypeEnumUpdatedV3Event
  'contact.scope.updated_v3': ContactScopeUpdatedV3Event
  'contact.user.created_v3': ContactUserCreatedV3Event
  'contact.user.deleted_v3': ContactUserDeletedV3Event
  'contact.user.updated_v3': ContactUserUpdatedV3Event
  'contact_scope_change': ContactScopeChangeEvent
  'corehr.approval_groups.updated_v2': CorehrApprovalGroupsUpdatedV2Event
  'corehr.common_data.id.user_mapping_changed_v1': CorehrCommonDataIdUserMappingChangedV1Event
  'corehr.common_data.meta_data.updated_v1': CorehrCommonDataMetaDataUpdatedV1Event
  'corehr.company.created_v2': CorehrCompanyCreatedV2Event
  'corehr.company.deleted_v2': CorehrCompanyDeletedV2Event
  'corehr.company.updated_v2': CorehrCompanyUpdatedV2Event
  'corehr.contract.created_v1': CorehrContractCreatedV1Event
  'corehr.contract.deleted_v1': CorehrContractDeletedV1Event
  'corehr.contract.updated_v1': CorehrContractUpdatedV1Event
  'corehr.cost_center.created_v2': CorehrCostCenterCreatedV2Event
  'corehr.cost_center.deleted_v2': CorehrCostCenterDeletedV2Event
  'corehr.cost_center.updated_v2': CorehrCostCenterUpdatedV2Event
  'corehr.custom_org.created_v2': CorehrCustomOrgCreatedV2Event
  'corehr.custom_org.deleted_v2': CorehrCustomOrgDeletedV2Event
  'corehr.custom_org.updated_v2': CorehrCustomOrgUpdatedV2Event
  'corehr.department.created_v1': CorehrDepartmentCreatedV1Event
  'corehr.department.created_v2': CorehrDepartmentCreatedV2Event
  'corehr.department.deleted_v1': CorehrDepartmentDeletedV1Event
  'corehr.department.updated_v1': CorehrDepartmentUpdatedV1Event
  'corehr.department.updated_v2': CorehrDepartmentUpdatedV2Event
  'corehr.employee.domain_event_v2': CorehrEmployeeDomainEventV2Event
  'corehr.employment.converted_v1': CorehrEmploymentConvertedV1Event
  'corehr.employment.created_v1': CorehrEmploymentCreatedV1Event
  'corehr.employment.deleted_v1': CorehrEmploymentDeletedV1Event
  'corehr.employment.resigned_v1': CorehrEmploymentResignedV1Event
  'corehr.employment.updated_v1': CorehrEmploymentUpdatedV1Event
  'corehr.job.created_v1': CorehrJobCreatedV1Event
  'corehr.job.deleted_v1': CorehrJobDeletedV1Event
  'corehr.job.updated_v1': CorehrJobUpdatedV1Event
  'corehr.job_change.status_updated_v2': CorehrJobChangeStatusUpdatedV2Event
  'corehr.job_change.updated_v1': CorehrJobChangeUpdatedV1Event
  'corehr.job_change.updated_v2': CorehrJobChangeUpdatedV2Event
  'corehr.job_data.changed_v1': CorehrJobDataChangedV1Event
  'corehr.job_data.created_v1': CorehrJobDataCreatedV1Event
  'corehr.job_data.deleted_v1': CorehrJobDataDeletedV1Event
  'corehr.job_data.employed_v1': CorehrJobDataEmployedV1Event
  'corehr.job_data.updated_v1': CorehrJobDataUpdatedV1Event
  'corehr.job_family.created_v2': CorehrJobFamilyCreatedV2Event
  'corehr.job_family.deleted_v2': CorehrJobFamilyDeletedV2Event
  'corehr.job_family.updated_v2': CorehrJobFamilyUpdatedV2Event
  'corehr.job_grade.created_v2': CorehrJobGradeCreatedV2Event
  'corehr.job_grade.deleted_v2': CorehrJobGradeDeletedV2Event
  'corehr.job_grade.updated_v2': CorehrJobGradeUpdatedV2Event
  'corehr.job_level.created_v2': CorehrJobLevelCreatedV2Event
  'corehr.job_level.deleted_v2': CorehrJobLevelDeletedV2Event
  'corehr.job_level.updated_v2': CorehrJobLevelUpdatedV2Event
  'corehr.location.created_v2': CorehrLocationCreatedV2Event
  'corehr.location.deleted_v2': CorehrLocationDeletedV2Event
  'corehr.location.updated_v2': CorehrLocationUpdatedV2Event
  'corehr.offboarding.checklist_updated_v2': CorehrOffboardingChecklistUpdatedV2Event
  'corehr.offboarding.status_updated_v2': CorehrOffboardingStatusUpdatedV2Event
  'corehr.offboarding.updated_v1': CorehrOffboardingUpdatedV1Event
  'corehr.offboarding.updated_v2': CorehrOffboardingUpdatedV2Event
  'corehr.org_role_authorization.updated_v1': CorehrOrgRoleAuthorizationUpdatedV1Event
  'corehr.pathway.created_v2': CorehrPathwayCreatedV2Event
  'corehr.pathway.deleted_v2': CorehrPathwayDeletedV2Event
  'corehr.pathway.updated_v2': CorehrPathwayUpdatedV2Event
  'corehr.person.created_v1': CorehrPersonCreatedV1Event
  'corehr.person.deleted_v1': CorehrPersonDeletedV1Event
  'corehr.person.updated_v1': CorehrPersonUpdatedV1Event
  'corehr.position.created_v2': CorehrPositionCreatedV2Event
  'corehr.position.deleted_v2': CorehrPositionDeletedV2Event
  'corehr.position.updated_v2': CorehrPositionUpdatedV2Event
  'corehr.pre_hire.onboarding_task_changed_v2': CorehrPreHireOnboardingTaskChangedV2Event
  'corehr.pre_hire.updated_v1': CorehrPreHireUpdatedV1Event
  'corehr.probation.updated_v2': CorehrProbationUpdatedV2Event
  'corehr.process.approver.updated_v2': CorehrProcessApproverUpdatedV2Event
  'corehr.process.cc.updated_v2': CorehrProcessCcUpdatedV2Event
  'corehr.process.node.updated_v2': CorehrProcessNodeUpdatedV2Event
  'corehr.process.status.update_v2': CorehrProcessStatusUpdateV2Event
  'corehr.process.updated_v2': CorehrProcessUpdatedV2Event
  'corehr.process_comment_info.updated_v2': CorehrProcessCommentInfoUpdatedV2Event
  'corehr.signature_file.status_updated_v2': CorehrSignatureFileStatusUpdatedV2Event
  'dept_add': DeptAddEvent
  'drive.file.bitable_field_changed_v1': DriveFileBitableFieldChangedV1Event
  'drive.file.bitable_record_changed_v1': DriveFileBitableRecordChangedV1Event
  'drive.file.created_in_folder_v1': DriveFileCreatedInFolderV1Event
  'drive.file.deleted_v1': DriveFileDeletedV1Event
  'drive.file.edit_v1': DriveFileEditV1Event
  'drive.file.permission_member_added_v1': DriveFilePermissionMemberAddedV1Event
  'drive.file.permission_member_applied_v1': DriveFilePermissionMemberAppliedV1Event
  'drive.file.permission_member_removed_v1': DriveFilePermissionMemberRemovedV1Event
  'drive.file.read_v1': DriveFileReadV1Event
  'drive.file.title_updated_v1': DriveFileTitleUpdatedV1Event
  'drive.file.trashed_v1': DriveFileTrashedV1Event
  'drive.notice.comment_add_v1': DriveNoticeCommentAddV1Event
  'elearning.course_registration.created_v2': ElearningCourseRegistrationCreatedV2Event
  'elearning.course_registration.deleted_v2': ElearningCourseRegistrationDeletedV2Event
  'elearning.course_registration.updated_v2': ElearningCourseRegistrationUpdatedV2Event
  'group_setting_update': GroupSettingUpdateEvent
  'helpdesk.notification.approve_v1': HelpdeskNotificationApproveV1Event
  'helpdesk.ticket.created_v1': HelpdeskTicketCreatedV1Event
  'helpdesk.ticket.updated_v1': HelpdeskTicketUpdatedV1Event
  'helpdesk.ticket_message.created_v1': HelpdeskTicketMessageCreatedV1Event
  'hire.application.deleted_v1': HireApplicationDeletedV1Event
  'hire.application.stage_changed_v1': HireApplicationStageChangedV1Event
  'hire.eco_account.created_v1': HireEcoAccountCreatedV1Event
  'hire.eco_background_check.canceled_v1': HireEcoBackgroundCheckCanceledV1Event
  'hire.eco_background_check.created_v1': HireEcoBackgroundCheckCreatedV1Event
  'hire.eco_exam.created_v1': HireEcoExamCreatedV1Event
  'hire.ehr_import_task.imported_v1': HireEhrImportTaskImportedV1Event
  'hire.ehr_import_task_for_internship_offer.imported_v1': HireEhrImportTaskForInternshipOfferImportedV1Event
  'hire.offer.status_changed_v1': HireOfferStatusChangedV1Event
  'hire.referral_account.assets_update_v1': HireReferralAccountAssetsUpdateV1Event
  'hire.talent.deleted_v1': HireTalentDeletedV1Event
  'hire.talent.tag_subscription_v1': HireTalentTagSubscriptionV1Event
  'im.chat.access_event.bot_p2p_chat_entered_v1': ImChatAccessEventBotP2pChatEnteredV1Event
  'im.chat.disbanded_v1': ImChatDisbandedV1Event
  'im.chat.member.bot.added_v1': ImChatMemberBotAddedV1Event
  'im.chat.member.bot.deleted_v1': ImChatMemberBotDeletedV1Event
  'im.chat.member.user.added_v1': ImChatMemberUserAddedV1Event
  'im.chat.member.user.deleted_v1': ImChatMemberUserDeletedV1Event
  'im.chat.member.user.withdrawn_v1': ImChatMemberUserWithdrawnV1Event
  'im.chat.updated_v1': ImChatUpdatedV1Event
  'im.message.message_read_v1': ImMessageMessageReadV1Event
  'im.message.reaction.created_v1': ImMessageReactionCreatedV1Event
  'im.message.reaction.deleted_v1': ImMessageReactionDeletedV1Event
  'im.message.recalled_v1': ImMessageRecalledV1Event
  'im.message.receive_v1': ImMessageReceiveV1Event
  'leave_approvalV2': LeaveApprovalV2Event
  'mail.user_mailbox.event.message_received_v1': MailUserMailboxEventMessageReceivedV1Event
  'meeting_room.meeting_room.created_v1': MeetingRoomMeetingRoomCreatedV1Event
  'meeting_room.meeting_room.deleted_v1': MeetingRoomMeetingRoomDeletedV1Event
  'meeting_room.meeting_room.status_changed_v1': MeetingRoomMeetingRoomStatusChangedV1Event
  'meeting_room.meeting_room.updated_v1': MeetingRoomMeetingRoomUpdatedV1Event
  'message': MessageEvent
  'message_read': MessageReadEvent
  'minutes.minute.generated_v1': MinutesMinuteGeneratedV1Event
  'moments.comment.created_v1': MomentsCommentCreatedV1Event
  'moments.comment.deleted_v1': MomentsCommentDeletedV1Event
  'moments.post.created_v1': MomentsPostCreatedV1Event
  'moments.post.deleted_v1': MomentsPostDeletedV1Event
  'moments.post_statistics.updated_v1': MomentsPostStatisticsUpdatedV1Event
  'moments.reaction.created_v1': MomentsReactionCreatedV1Event
  'moments.reaction.deleted_v1': MomentsReactionDeletedV1Event
  'order_paid': OrderPaidEvent
  'out_approval': OutApprovalEvent
  'p2p_chat_create': P2pChatCreateEvent
  'payroll.payment_activity.approved_v1': PayrollPaymentActivityApprovedV1Event
  'payroll.payment_activity.status_changed_v1': PayrollPaymentActivityStatusChangedV1Event
  'performance.review_data.changed_v2': PerformanceReviewDataChangedV2Event
  'performance.stage_task.open_result_v2': PerformanceStageTaskOpenResultV2Event
  'remedy_approval': RemedyApprovalEvent
  'remove_bot': RemoveBotEvent
  'security_and_compliance.device_apply_record.device_apply_event_v2': SecurityAndComplianceDeviceApplyRecordDeviceApplyEventV2Event
  'security_and_compliance.device_record.device_change_event_v2': SecurityAndComplianceDeviceRecordDeviceChangeEventV2Event
  'shift_approval': ShiftApprovalEvent
  'task.task.comment.updated_v1': TaskTaskCommentUpdatedV1Event
  'task.task.update_tenant_v1': TaskTaskUpdateTenantV1Event
  'task.task.update_user_access_v2': TaskTaskUpdateUserAccessV2Event
  'task.task.updated_v1': TaskTaskUpdatedV1Event
  'third_party_meeting_room_event_created': ThirdPartyMeetingRoomEventCreatedEvent
  'trip_approval': TripApprovalEvent
  'user_add': UserAddEvent
  'user_status_change': UserStatusChangeEvent
  'vc.bot.meeting_activity_v1': VcBotMeetingActivityV1Event
  'vc.bot.meeting_ended_v1': VcBotMeetingEndedV1Event
  'vc.bot.meeting_invited_v1': VcBotMeetingInvitedV1Event
  'vc.bot.meeting_started_v1': VcBotMeetingStartedV1Event
  'vc.material.review_result_v1': VcMaterialReviewResultV1Event
  'vc.meeting.all_meeting_ended_v1': VcMeetingAllMeetingEndedV1Event
  'vc.meeting.all_meeting_started_v1': VcMeetingAllMeetingStartedV1Event
  'vc.meeting.join_meeting_v1': VcMeetingJoinMeetingV1Event
  'vc.meeting.leave_meeting_v1': VcMeetingLeaveMeetingV1Event
  'vc.meeting.meeting_ended_v1': VcMeetingMeetingEndedV1Event
  'vc.meeting.meeting_started_v1': VcMeetingMeetingStartedV1Event
  'vc.meeting.participant_meeting_ended_v1': VcMeetingParticipantMeetingEndedV1Event
  'vc.meeting.participant_meeting_joined_v1': VcMeetingParticipantMeetingJoinedV1Event
  'vc.meeting.participant_meeting_started_v1': VcMeetingParticipantMeetingStartedV1Event
  'vc.meeting.recording_ended_v1': VcMeetingRecordingEndedV1Event
  'vc.meeting.recording_ready_v1': VcMeetingRecordingReadyV1Event
  'vc.meeting.recording_started_v1': VcMeetingRecordingStartedV1Event
  'vc.meeting.send_meeting_im_v1': VcMeetingSendMeetingImV1Event
  'vc.meeting.share_ended_v1': VcMeetingShareEndedV1Event
  'vc.meeting.share_started_v1': VcMeetingShareStartedV1Event
  'vc.note.generated_v1': VcNoteGeneratedV1Event
  'vc.recording.recording_ended_v1': VcRecordingRecordingEndedV1Event
  'vc.recording.recording_started_v1': VcRecordingRecordingStartedV1Event
  'vc.recording.recording_transcript_generated_v1': VcRecordingRecordingTranscriptGeneratedV1Event
  'vc.reserve_config.updated_v1': VcReserveConfigUpdatedV1Event
  'vc.room.created_v1': VcRoomCreatedV1Event
  'vc.room.deleted_v1': VcRoomDeletedV1Event
  'vc.room.updated_v1': VcRoomUpdatedV1Event
  'vc.room_level.created_v1': VcRoomLevelCreatedV1Event
  'vc.room_level.deleted_v1': VcRoomLevelDeletedV1Event
  'vc.room_level.updated_v1': VcRoomLevelUpdatedV1Event
  'work_approval': WorkApprovalEvent
}

/** Event types the platform delivers in the v1 envelope (`uuid`, `ts`, `event.type`). */
export type V1EventType =
  | 'add_bot'
  | 'add_user_to_chat'
  | 'app_open'
  | 'app_status_change'
  | 'app_ticket'
  | 'app_uninstalled'
  | 'chat_disband'
  | 'contact_scope_change'
  | 'dept_add'
  | 'group_setting_update'
  | 'leave_approvalV2'
  | 'message'
  | 'message_read'
  | 'order_paid'
  | 'out_approval'
  | 'p2p_chat_create'
  | 'remedy_approval'
  | 'remove_bot'
  | 'shift_approval'
  | 'third_party_meeting_room_event_created'
  | 'trip_approval'
  | 'user_add'
  | 'user_status_change'
  | 'work_approval'

// Generated from catalog/admin.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Badge, Grant, I18nExplanation, Item, RuleDetail } from './types.ts'

/** Builds the schema of {@link Badge}. */
export function BadgeSchema(): GenericSchema<Badge> {
  return looseObject({
    id: optional(string()),
    name: string(),
    explanation: optional(string()),
    detail_image: string(),
    show_image: string(),
    i18n_name: optional(I18nExplanationSchema()),
    i18n_explanation: optional(I18nExplanationSchema()),
  })
}

/** Builds the schema of {@link Grant}. */
export function GrantSchema(): GenericSchema<Grant> {
  return looseObject({
    id: optional(string()),
    badge_id: optional(string()),
    name: string(),
    grant_type: number(),
    time_zone: string(),
    rule_detail: RuleDetailSchema(),
    is_grant_all: boolean(),
    user_ids: optional(array(string())),
    department_ids: optional(array(string())),
    group_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link I18nExplanation}. */
export function I18nExplanationSchema(): GenericSchema<I18nExplanation> {
  return looseObject({ zh_cn: optional(string()), en_us: optional(string()), ja_jp: optional(string()) })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    event_id: optional(string()),
    unique_id: optional(string()),
    event_name: string(),
    department_ids: optional(array(string())),
    event_module: number(),
    operator_type: optional(number()),
    operator_value: optional(string()),
    objects: optional(array(looseObject({
      object_type: optional(string()),
      object_value: optional(string()),
      object_name: optional(string()),
      object_owner: optional(string()),
      object_detail: optional(looseObject({
        clone_source: optional(string()),
        text_detail: optional(string()),
        file_name: optional(string()),
        third_party_appID: optional(string()),
        contain_file_num: optional(number()),
        permission_setting_type: optional(string()),
        permission_external_access_Type: optional(boolean()),
        permission_share_type: optional(string()),
        file_service_source: optional(string()),
        okr_download_content: optional(string()),
        container_type: optional(string()),
        container_id: optional(string()),
        current_page: optional(string()),
      })),
    }))),
    recipients: optional(array(looseObject({
      recipient_type: optional(string()),
      recipient_value: optional(string()),
      recipient_detail: optional(looseObject({
        permission_action_type: optional(string()),
        chat_id: optional(string()),
        chat_name: optional(string()),
        chat_type: optional(number()),
        external_flag: optional(boolean()),
      })),
    }))),
    event_time: optional(number()),
    ip: optional(string()),
    operator_app: optional(string()),
    audit_context: optional(looseObject({
      terminal_type: optional(number()),
      ios_context: optional(looseObject({
        udid: optional(string()),
        did: optional(string()),
        app_ver: optional(string()),
        ver: optional(string()),
        os: optional(string()),
        STZone: optional(string()),
        ML: optional(string()),
        sjd: optional(string()),
        proxyip: optional(string()),
        wifip: optional(string()),
        location: optional(string()),
        active_ip: optional(string()),
        active_ip_detail: optional(string()),
        cell_base_station: optional(string()),
        IP: optional(string()),
      })),
      pc_context: optional(looseObject({
        udid: optional(string()),
        did: optional(string()),
        app_ver: optional(string()),
        ver: optional(string()),
        os: optional(string()),
        wifip: optional(string()),
        region: optional(string()),
        IP: optional(string()),
      })),
      web_context: optional(looseObject({ user_agent: optional(string()), IP: optional(string()) })),
      android_context: optional(looseObject({
        udid: optional(string()),
        did: optional(string()),
        app_ver: optional(string()),
        ver: optional(string()),
        region: optional(string()),
        id_i: optional(string()),
        id_r: optional(string()),
        hw_brand: optional(string()),
        hw_manuf: optional(string()),
        wifip: optional(string()),
        route_iip: optional(string()),
        route_gip: optional(string()),
        env_su: optional(string()),
        env_tz: optional(string()),
        env_ml: optional(string()),
        location: optional(string()),
        active_ip: optional(string()),
        active_ip_detail: optional(string()),
        cell_base_station: optional(string()),
        IP: optional(string()),
      })),
    })),
    extend: optional(looseObject({
      comment_type: optional(string()),
      app_detail: optional(string()),
      two_step_validation: optional(boolean()),
      login_method: optional(string()),
      new_people_num_in_video: optional(number()),
      external_people_num_in_video: optional(number()),
      external_people_num_in_chat: optional(number()),
      join_group: optional(number()),
      quit_group: optional(number()),
      external_people_num_in_doc_share: optional(number()),
    })),
    operator_app_name: optional(string()),
    common_drawers: optional(looseObject({
      common_draw_info_list: optional(array(looseObject({
        info_key: optional(string()),
        info_val: optional(string()),
        key_i18n_key: optional(string()),
        val_type: optional(string()),
        val_i18n_key: optional(string()),
      }))),
    })),
    audit_detail: optional(looseObject({
      mc: optional(string()),
      device_model: optional(string()),
      os: optional(string()),
      city: optional(string()),
    })),
    operator_tenant: optional(string()),
    operator_detail: optional(looseObject({
      operator_name: looseObject({ default_name: string(), i18n_value: optional(I18nExplanationSchema()) }),
      tenant_name: optional(string()),
    })),
  })
}

/** Builds the schema of {@link RuleDetail}. */
export function RuleDetailSchema(): GenericSchema<RuleDetail> {
  return looseObject({
    effective_time: optional(string()),
    expiration_time: optional(string()),
    anniversary: optional(number()),
    effective_period: optional(number()),
  })
}

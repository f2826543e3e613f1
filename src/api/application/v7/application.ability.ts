// Generated from catalog/application.v7.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, record, string } from '../../../core/valibot.ts'

/** Input of {@link patchApplicationAbility}. */
export interface PatchApplicationAbilityInput {
  path: { app_id: string }
  body?: {
    web_app?: { enable: boolean; pc_url?: string; pc_new_page_open_mode?: 'new_tab' | 'browser'; mobile_url?: string }
    bot?: {
      enable: boolean
      message_card_callback_url?: string
      i18ns?: {
        i18n_key:
          | 'zh_cn'
          | 'en_us'
          | 'ja_jp'
          | 'zh_hk'
          | 'zh_tw'
          | 'id_id'
          | 'ms_my'
          | 'de_de'
          | 'es_es'
          | 'fr_fr'
          | 'it_it'
          | 'pt_br'
          | 'vi_vn'
          | 'ru_ru'
          | 'th_th'
          | 'ko_kr'
        get_started_desc: string
      }[]
      bot_menu_enable?: boolean
      bot_menus?: {
        menu_id?: string
        parent_menu_id?: string
        sort?: number
        default_name?: string
        i18n_name?: { [key: string]: string }
        redirect_link?: { pc_url?: string; mobile_url?: string }
        event_key?: string
        icon_file_key?: string
        ud_icon?: { token?: string; color?: string }
        menu_content_type?: number
      }[]
      bot_menu_display_strategy?: number
      allow_invited_to_group_by_other_app_switch_open?: boolean
    }
  }
}

/** `data` of a successful {@link patchApplicationAbility} response. */
export type PatchApplicationAbilityOutput = { [key: string]: unknown }

/**
 * `application.v7.application.ability.patch`: PATCH /open-apis/application/v7/applications/:app_id/ability (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=application&resource=application.ability&version=v7
 */
export const patchApplicationAbility = /*#__PURE__*/ endpoint<PatchApplicationAbilityInput, PatchApplicationAbilityOutput>({
  id: 'application.v7.application.ability.patch',
  method: 'PATCH',
  path: '/open-apis/application/v7/applications/:app_id/ability',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      body: optional(looseObject({
        web_app: optional(looseObject({
          enable: boolean(),
          pc_url: optional(string()),
          pc_new_page_open_mode: optional(picklist(['new_tab', 'browser'])),
          mobile_url: optional(string()),
        })),
        bot: optional(looseObject({
          enable: boolean(),
          message_card_callback_url: optional(string()),
          i18ns: optional(array(looseObject({
            i18n_key: picklist([
              'zh_cn',
              'en_us',
              'ja_jp',
              'zh_hk',
              'zh_tw',
              'id_id',
              'ms_my',
              'de_de',
              'es_es',
              'fr_fr',
              'it_it',
              'pt_br',
              'vi_vn',
              'ru_ru',
              'th_th',
              'ko_kr',
            ]),
            get_started_desc: string(),
          }))),
          bot_menu_enable: optional(boolean()),
          bot_menus: optional(array(looseObject({
            menu_id: optional(string()),
            parent_menu_id: optional(string()),
            sort: optional(number()),
            default_name: optional(string()),
            i18n_name: optional(record(string(), string())),
            redirect_link: optional(looseObject({ pc_url: optional(string()), mobile_url: optional(string()) })),
            event_key: optional(string()),
            icon_file_key: optional(string()),
            ud_icon: optional(looseObject({ token: optional(string()), color: optional(string()) })),
            menu_content_type: optional(number()),
          }))),
          bot_menu_display_strategy: optional(number()),
          allow_invited_to_group_by_other_app_switch_open: optional(boolean()),
        })),
      })),
    }),
})

// Generated from catalog/application.v7.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link patchApplicationBase}. */
export interface PatchApplicationBaseInput {
  path: { app_id: string }
  body?: {
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
      name?: string
      description?: string
      help_use?: string
    }[]
    avatar_url?: string
    homepage_url?: string
  }
}

/** `data` of a successful {@link patchApplicationBase} response. */
export type PatchApplicationBaseOutput = { [key: string]: unknown }

/**
 * `application.v7.application.base.patch`: PATCH /open-apis/application/v7/applications/:app_id/base (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=application&resource=application.base&version=v7
 */
export const patchApplicationBase = /*#__PURE__*/ endpoint<PatchApplicationBaseInput, PatchApplicationBaseOutput>({
  id: 'application.v7.application.base.patch',
  method: 'PATCH',
  path: '/open-apis/application/v7/applications/:app_id/base',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ app_id: string() }),
      body: optional(looseObject({
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
          name: optional(string()),
          description: optional(string()),
          help_use: optional(string()),
        }))),
        avatar_url: optional(string()),
        homepage_url: optional(string()),
      })),
    }),
})

// Generated from catalog/approval.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `I18nResource` of catalog/approval.v1.json. */
export interface I18nResource {
  locale: 'zh-CN' | 'en-US' | 'ja-JP'
  is_default: boolean
  texts: { [key: string]: string }
}

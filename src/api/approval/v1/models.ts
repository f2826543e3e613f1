// Generated from catalog/approval.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { boolean, looseObject, picklist, record, string } from '../../../core/valibot.ts'
import type { I18nResource } from './types.ts'

/** Builds the schema of {@link I18nResource}. */
export function I18nResourceSchema(): GenericSchema<I18nResource> {
  return looseObject({
    locale: picklist(['zh-CN', 'en-US', 'ja-JP']),
    is_default: boolean(),
    texts: record(string(), string()),
  })
}

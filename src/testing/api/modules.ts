// Generated from catalog/*.json by codegen. Do not edit; run `npm run generate`.
/**
 * Every generated `<domain>/<version>`: the only names the fake server's learning on demand loads.
 *
 * @module
 */

/** The generated domain modules, as `<domain>/<version>`. */
export const CATALOG_MODULES: ReadonlySet<string> = new Set([
  'acs/v1', 'admin/v1', 'aily/v1', 'apaas/v1', 'application/v5', 'application/v6', 'application/v7', 'approval/v4',
  'attendance/v1', 'auth/v3', 'authen/v1', 'baike/v1', 'base/v2', 'bitable/v1', 'block/v2', 'board/v1', 'bot/v4',
  'calendar/v4', 'cardkit/v1', 'compensation/v1', 'contact/v3', 'corehr/v1', 'corehr/v2', 'directory/v1', 'docs/v1',
  'document_ai/v1', 'docx/v1', 'drive/v1', 'drive/v2', 'ehr/v1', 'event/v1', 'helpdesk/v1', 'hire/v1', 'hire/v2',
  'human_authentication/v1', 'im/v1', 'im/v2', 'lingo/v1', 'mail/v1', 'mdm/v1', 'mdm/v3', 'minutes/v1', 'moments/v1',
  'okr/v1', 'okr/v2', 'optical_char_recognition/v1', 'passport/v1', 'payroll/v1', 'performance/v1', 'performance/v2',
  'personal_settings/v1', 'report/v1', 'search/v2', 'security_and_compliance/v1', 'security_and_compliance/v2',
  'sheets/v3', 'spark/v1', 'speech_to_text/v1', 'task/v1', 'task/v2', 'tenant/v2', 'translation/v1', 'trust_party/v1',
  'vc/v1', 'verification/v1', 'wiki/v1', 'wiki/v2', 'workplace/v1',
])

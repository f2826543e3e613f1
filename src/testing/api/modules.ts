// Generated from catalog/*.json by codegen. Do not edit; run `npm run generate`.
/**
 * Every generated module (`<domain>/<version>`, or `<domain>` when the paths carry no version): the only
 * names the fake server's learning on demand loads, and the module of each path head.
 *
 * @module
 */

/** The generated domain modules. */
export const CATALOG_MODULES: ReadonlySet<string> = new Set([
  'acs/v1', 'admin/v1', 'aily/v1', 'apaas/v1', 'application/v1', 'application/v2', 'application/v3', 'application/v5',
  'application/v6', 'application/v7', 'approval/v1', 'approval/v2', 'approval/v3', 'approval/v4', 'attendance/v1',
  'auth/v3', 'authen/v1', 'authen/v2', 'baike/v1', 'base/v2', 'bitable/v1', 'block/v2', 'board/v1', 'bot/v3',
  'bot/v4', 'calendar/v4', 'cardkit/v1', 'compensation/v1', 'contact/v1', 'contact/v2', 'contact/v3', 'corehr/v1',
  'corehr/v2', 'directory/v1', 'doc/v2', 'docs/v1', 'document_ai/v1', 'docx/v1', 'drive/v1', 'drive/v2',
  'drive_explorer/v2', 'ehr/v1', 'ephemeral/v1', 'event/v1', 'face_verify/v1', 'helpdesk/v1', 'hire/v1', 'hire/v2',
  'human_authentication/v1', 'im/v1', 'im/v2', 'interactive/v1', 'jssdk', 'lingo/v1', 'mail/v1', 'mdm/v1', 'mdm/v3',
  'meeting_room', 'message/v4', 'mina/v2', 'minutes/v1', 'moments/v1', 'okr/v1', 'okr/v2',
  'optical_char_recognition/v1', 'passport/v1', 'payroll/v1', 'performance/v1', 'performance/v2',
  'personal_settings/v1', 'report/v1', 'search/v1', 'search/v2', 'security_and_compliance/v1',
  'security_and_compliance/v2', 'sheets/v2', 'sheets/v3', 'spark/v1', 'speech_to_text/v1', 'suite', 'task/v1',
  'task/v2', 'tenant/v2', 'translation/v1', 'trust_party/v1', 'user/v4', 'vc/v1', 'verification/v1', 'wiki/v1',
  'wiki/v2', 'workplace/v1',
])

/** Path head (its first three segments, no leading slash) → the module that serves it. */
export const CATALOG_HEADS: ReadonlyMap<string, string> = new Map([
  ['approval/openapi/v1', 'approval/v1'], ['approval/openapi/v2', 'approval/v2'],
  ['approval/openapi/v3', 'approval/v3'], ['open-apis/acs/v1', 'acs/v1'], ['open-apis/admin/v1', 'admin/v1'],
  ['open-apis/aily/v1', 'aily/v1'], ['open-apis/apaas/v1', 'apaas/v1'],
  ['open-apis/application/v1', 'application/v1'], ['open-apis/application/v2', 'application/v2'],
  ['open-apis/application/v3', 'application/v3'], ['open-apis/application/v5', 'application/v5'],
  ['open-apis/application/v6', 'application/v6'], ['open-apis/application/v7', 'application/v7'],
  ['open-apis/approval/v1', 'approval/v1'], ['open-apis/approval/v4', 'approval/v4'],
  ['open-apis/attendance/v1', 'attendance/v1'], ['open-apis/auth/v3', 'auth/v3'],
  ['open-apis/authen/v1', 'authen/v1'], ['open-apis/authen/v2', 'authen/v2'], ['open-apis/baike/v1', 'baike/v1'],
  ['open-apis/base/v2', 'base/v2'], ['open-apis/bitable/v1', 'bitable/v1'], ['open-apis/block/v2', 'block/v2'],
  ['open-apis/board/v1', 'board/v1'], ['open-apis/bot/v3', 'bot/v3'], ['open-apis/bot/v4', 'bot/v4'],
  ['open-apis/calendar/v4', 'calendar/v4'], ['open-apis/cardkit/v1', 'cardkit/v1'],
  ['open-apis/compensation/v1', 'compensation/v1'], ['open-apis/contact/v1', 'contact/v1'],
  ['open-apis/contact/v2', 'contact/v2'], ['open-apis/contact/v3', 'contact/v3'],
  ['open-apis/corehr/v1', 'corehr/v1'], ['open-apis/corehr/v2', 'corehr/v2'],
  ['open-apis/directory/v1', 'directory/v1'], ['open-apis/doc/v2', 'doc/v2'], ['open-apis/docs/v1', 'docs/v1'],
  ['open-apis/document_ai/v1', 'document_ai/v1'], ['open-apis/docx/v1', 'docx/v1'],
  ['open-apis/drive/explorer', 'drive_explorer/v2'], ['open-apis/drive/v1', 'drive/v1'],
  ['open-apis/drive/v2', 'drive/v2'], ['open-apis/ehr/v1', 'ehr/v1'], ['open-apis/ephemeral/v1', 'ephemeral/v1'],
  ['open-apis/event/v1', 'event/v1'], ['open-apis/face_verify/v1', 'face_verify/v1'],
  ['open-apis/helpdesk/v1', 'helpdesk/v1'], ['open-apis/hire/v1', 'hire/v1'], ['open-apis/hire/v2', 'hire/v2'],
  ['open-apis/human_authentication/v1', 'human_authentication/v1'], ['open-apis/im/v1', 'im/v1'],
  ['open-apis/im/v2', 'im/v2'], ['open-apis/interactive/v1', 'interactive/v1'], ['open-apis/jssdk/ticket', 'jssdk'],
  ['open-apis/lingo/v1', 'lingo/v1'], ['open-apis/mail/v1', 'mail/v1'], ['open-apis/mdm/v1', 'mdm/v1'],
  ['open-apis/mdm/v3', 'mdm/v3'], ['open-apis/meeting_room/building', 'meeting_room'],
  ['open-apis/meeting_room/country', 'meeting_room'], ['open-apis/meeting_room/district', 'meeting_room'],
  ['open-apis/meeting_room/freebusy', 'meeting_room'], ['open-apis/meeting_room/instance', 'meeting_room'],
  ['open-apis/meeting_room/room', 'meeting_room'], ['open-apis/meeting_room/summary', 'meeting_room'],
  ['open-apis/message/v4', 'message/v4'], ['open-apis/mina/v2', 'mina/v2'], ['open-apis/minutes/v1', 'minutes/v1'],
  ['open-apis/moments/v1', 'moments/v1'], ['open-apis/okr/v1', 'okr/v1'], ['open-apis/okr/v2', 'okr/v2'],
  ['open-apis/optical_char_recognition/v1', 'optical_char_recognition/v1'], ['open-apis/passport/v1', 'passport/v1'],
  ['open-apis/payroll/v1', 'payroll/v1'], ['open-apis/performance/v1', 'performance/v1'],
  ['open-apis/performance/v2', 'performance/v2'], ['open-apis/personal_settings/v1', 'personal_settings/v1'],
  ['open-apis/report/v1', 'report/v1'], ['open-apis/search/v1', 'search/v1'], ['open-apis/search/v2', 'search/v2'],
  ['open-apis/security_and_compliance/v1', 'security_and_compliance/v1'],
  ['open-apis/security_and_compliance/v2', 'security_and_compliance/v2'], ['open-apis/sheets/v2', 'sheets/v2'],
  ['open-apis/sheets/v3', 'sheets/v3'], ['open-apis/spark/v1', 'spark/v1'],
  ['open-apis/speech_to_text/v1', 'speech_to_text/v1'], ['open-apis/suite/docs-api', 'suite'],
  ['open-apis/task/v1', 'task/v1'], ['open-apis/task/v2', 'task/v2'], ['open-apis/tenant/v2', 'tenant/v2'],
  ['open-apis/translation/v1', 'translation/v1'], ['open-apis/trust_party/v1', 'trust_party/v1'],
  ['open-apis/user/v4', 'user/v4'], ['open-apis/vc/realtime', 'vc/v1'], ['open-apis/vc/v1', 'vc/v1'],
  ['open-apis/verification/v1', 'verification/v1'], ['open-apis/wiki/v1', 'wiki/v1'],
  ['open-apis/wiki/v2', 'wiki/v2'], ['open-apis/workplace/v1', 'workplace/v1'],
])

/**
 * larkfn: functional, tree-shakeable SDK for the Feishu / Lark Open Platform. The root entry holds
 * the runtime; endpoint functions live in subpaths such as `larkfn/contact/v3`.
 *
 * @module
 */
export { createContext, withMiddleware, type ContextOptions } from './core/context.ts'
export { call } from './core/call.ts'
export { request, type RawRequest, type RawResponse } from './core/raw-request.ts'
export { compose } from './core/compose.ts'
export { endpoint, fileEndpoint, type Endpoint } from './core/endpoint.ts'
export { paginate, paginateItems, type ItemOf, type PaginateArgs, type PaginatedEndpoint, type PaginateOptions } from './core/paginate.ts'
export { createMemoryStore } from './core/token/memory-store.ts'
export { getToken } from './core/token/fetch-token.ts'
export { appTicketKey } from './core/token/keys.ts'
export type { Download } from './core/download.ts'
export type { FileInput } from './core/schema.ts'
export { helpdeskHeaders } from './core/helpdesk.ts'
export {
  APP_SCOPE_MISSING,
  explainPermissionError,
  PERMISSION_CODES,
  scopeApplyUrl,
  TOKEN_SCOPE_MISSING,
  USER_SCOPE_MISSING,
  type PermissionExplanation,
} from './core/permission.ts'
export {
  createLarkApiError,
  createLarkAuthError,
  createLarkHttpError,
  createLarkValidationError,
  isLarkApiError,
  isLarkAuthError,
  isLarkHttpError,
  isLarkValidationError,
  type LarkApiError,
  type LarkAuthError,
  type LarkError,
  type LarkHttpError,
  type LarkValidationError,
  type ValidationIssue,
} from './core/errors.ts'
export type {
  CallInput,
  ClientAssertionProvider,
  ClientAssertionRequest,
  CallOptions,
  Context,
  EndpointSpec,
  FileCodec,
  HttpMethod,
  LarkRequest,
  LarkResponse,
  Logger,
  LogLevel,
  Middleware,
  Next,
  PageSpec,
  QueryValue,
  RetryPolicy,
  TokenKind,
  TokenStore,
} from './core/types.ts'

/**
 * `larkfn/testing`: a fake Feishu / Lark Open Platform for tests, as a Web-standard handler.
 *
 * Use `fake.fetch` as a context's `fetch` (in-process, any runtime), or serve `fake.handle` on
 * loopback with `listen` from `larkfn/node`. The fake issues and checks tokens, answers the
 * platform's error codes, envelopes and headers, throttles, and injects faults. Choices made where
 * the platform is not documented are listed in `src/testing/README.md`.
 *
 * @example
 * import { createFakeFeishu, FAKE_APP_ID, FAKE_APP_SECRET } from 'larkfn/testing'
 * const fake = createFakeFeishu()
 * fake.rateLimit({ path: '/open-apis/contact/v3/users/batch_get_id', times: 1, reset: 1 })
 * // ctx = createContext({ appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET, fetch: fake.fetch, domain: fake.baseUrl })
 *
 * @module
 */
export { createFakeFeishu } from './create-fake-feishu.ts'
export type {
  FakeFeishu,
  FakeFeishuOptions,
  IssueAuthCodeInput,
  IssueTokenInput,
  IssueUserTokenInput,
} from './fake-feishu.ts'
export { DROP_CONNECTION, dropConnection, isDropSignal } from '../core/drop.ts'
export type { DropSignal } from '../core/drop.ts'
export { fakeError, fakeJson, isFakeError } from './reply.ts'
export type { FakeError } from './reply.ts'
export { FAKE_APP_ID, FAKE_APP_SECRET, FAKE_TENANT_KEY, FAKE_USER } from './defaults.ts'
export { REFRESH_LIFETIME, RENEW_BELOW, TOKEN_LIFETIME } from './tokens.ts'
export type { UserGrant } from './tokens.ts'
export { s256Challenge } from './routes/pkce.ts'
export type { ScopeRule } from './scopes.ts'
export type { FakeDevice, FakeDeviceFlowOptions, FakeDeviceKnobs } from './routes/device-flow.ts'
export {
  APP_REGISTRATION_ROUTE,
  type FakeAppRegistrationKnobs,
  type FakeRegistration,
  type FakeRegistrationPoll,
  type FakeRegistrationStatus,
  type FakeRegistrationTiming,
  type FakeScanInput,
} from './routes/app-registration.ts'
export { learnApi } from './api/layer.ts'
export {
  CARD_INVALID,
  CARD_NOT_FOUND,
  CARD_SEND_INVALID,
  CONTENT_MAX,
  CONTENT_TOO_LONG,
  ELEMENT_INVALID,
  RATE_PER_SECOND,
  SEQUENCE_STALE,
  STREAMING_CLOSED,
  type FakeCardView,
} from './routes/cardkit.ts'
export type { FakeApiKnobs } from './api/layer.ts'
export { botOpenIdOf, type FakeBotIdentity, type FakeBotKnobs, type FakeIncomingInput, type FakeReaction, type FakeReactionEvent } from './routes/im-bot.ts'
export { buildMessageEvent, deliverMessage, type DeliveredMessage, type DeliverMessageInput, type DeliverTo, type FakeMessageEvent, type MessageEventInput } from './deliver.ts'
export { CUSTOM_BOT_PATH, type FakeCustomBot, type FakeCustomBotInput, type FakeCustomBotKnobs, type FakeCustomBotMessage } from './routes/custom-bot.ts'
export type { ApiModule } from './api/learn.ts'
export type { LoadCatalogModule } from './api/on-demand.ts'
export type { FakeCard, FakeChat, FakeChatInput, FakeDepartment, FakeDepartmentInput, FakeFile, FakeMessage, FakeSender } from './api/world.ts'
export { buildV1Event, buildV2Event, createCardCallback, createChallenge, createEventDelivery, EVENT_RETRY_DELAYS, pushEvent, type CardCallbackInput, type ChallengeInput, type EnvelopeInput, type EventDeliveryInput, type PushAttempt, type PushOptions, type PushResult } from './events.ts'
export type {
  Caller,
  FakeApp,
  FakeAppInput,
  FakeUser,
  FakeUserInput,
  FakeUserStatus,
  FaultKind,
  FaultRule,
  LoggedRequest,
  RateLimitRule,
  RequestMatcher,
  RouteContext,
  RouteHandler,
  RouteSpec,
  TicketResend,
  TokenRequestCounts,
} from './types.ts'
export { createFakeLongConnection, type FakeHandshake, type FakeLongConnection, type FakeLongConnectionOptions, type FakePushed, type FakePushOptions, type FakeWsAck, type FakeWsPeer } from './ws.ts'

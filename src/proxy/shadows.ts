// Generated from catalog/*.json by codegen. Do not edit; run `npm run generate`.
/**
 * Literal path segments that beat a parameter of a sibling endpoint with the same method, as
 * `METHOD:segments:before/literal` (`GET:6:users/find_by_department` beats `GET /open-apis/contact/v3/users/:user_id`).
 * The proxy refuses a parameter value that would turn an allowed endpoint into its literal sibling.
 *
 * @module
 */
export const SHADOWS = 'DELETE:10:records/batch_delete DELETE:8:members/batch_delete DELETE:8:permission_members/batch_delete GET:10:filter_views/query GET:10:float_images/query GET:12:conditions/query GET:6:agencies/query GET:6:applications/underauditlist GET:6:chats/search GET:6:departments/batch GET:6:departments/parent GET:6:device_records/mine GET:6:employees/get_by_application GET:6:exports/download GET:6:faqs/search GET:6:group/member_belong GET:6:group/simplelist GET:6:instances/detail GET:6:instances/initiated GET:6:interview_records/attachments GET:6:jobs/query_recent_change GET:6:meetings/list_by_no GET:6:room_levels/search GET:6:spaces/get_node GET:6:unit/list_department GET:6:users/batch GET:6:users/find_by_department GET:6:v2/meta GET:8:events/instance_view GET:8:messages/get_by_card GET:8:sheets/query PATCH:10:records/batch_update PATCH:6:feed_cards/bot_time_sentive PATCH:8:blocks/batch_update'

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emitEvents, eventInterfaceName } from '../../codegen/emit-events.ts'
import { extractEvents, serializeEvents, type EventCatalog } from '../../codegen/extract/events.ts'

const ROOT = join(import.meta.dirname, '../..')
const onDisk = readFileSync(join(ROOT, 'catalog/events.json'), 'utf8')
const catalog = JSON.parse(onDisk) as EventCatalog
const byType = new Map(catalog.events.map((e) => [e.type, e]))

describe('catalog/events.json', () => {
  it('is what the extractor writes from node-sdk 1.74.0 (facts only, no CJK)', () => {
    expect(serializeEvents(extractEvents())).toBe(onDisk)
    expect(onDisk).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/)
  }, 60_000)

  it('holds every event type of the dispatcher handler map: 203 v2 and 24 v1', () => {
    expect(catalog.events).toHaveLength(227)
    expect(catalog.events.filter((e) => e.schema === '1.0')).toHaveLength(24)
    for (const domain of ['im', 'contact', 'approval', 'calendar', 'drive', 'task', 'corehr', 'vc', 'hire']) {
      expect(catalog.events.some((e) => e.type.startsWith(`${domain}.`)), domain).toBe(true)
    }
  })

  it('keeps the event object only: no envelope members, v1 events keep their own type', () => {
    const receive = byType.get('im.message.receive_v1')!
    expect(Object.keys(receive.event.properties!)).toEqual(['sender', 'message'])
    expect(receive.event.properties!['message']!.properties!['content']).toEqual({ type: 'string', required: true })
    expect(byType.get('app_ticket')!.event.properties).toEqual({
      type: { type: 'string', required: true, enum: ['app_ticket'] },
      app_id: { type: 'string', required: true },
      app_ticket: { type: 'string', required: true },
    })
    // helpdesk's event has an event_id field of its own, after the header members.
    expect(byType.get('helpdesk.ticket_message.created_v1')!.event.properties).toHaveProperty('event_id')
  })
})

describe('emitEvents', () => {
  it('produces src/api/events.ts as on disk, the same on every run', () => {
    const first = emitEvents(join(ROOT, 'catalog'))
    expect([...first.keys()]).toEqual(['src/api/events.ts'])
    expect(first.get('src/api/events.ts')).toBe(readFileSync(join(ROOT, 'src/api/events.ts'), 'utf8'))
    expect(emitEvents(join(ROOT, 'catalog'))).toEqual(first)
  })

  it('names interfaces after the type and fails on a clash', () => {
    expect(eventInterfaceName('im.message.receive_v1')).toBe('ImMessageReceiveV1Event')
    expect(eventInterfaceName('leave_approvalV2')).toBe('LeaveApprovalV2Event')
    const dir = mkdtempSync(join(tmpdir(), 'events-catalog-'))
    try {
      const event = { schema: '2.0', deprecated: false, event: { type: 'object', properties: { 'a-b': { type: 'string', enum: ["it's"] } } } }
      writeFileSync(join(dir, 'events.json'), JSON.stringify({ events: [{ type: 'x.y_v1', ...event }] }))
      const text = emitEvents(dir).get('src/api/events.ts')!
      expect(text).toContain("  'a-b'?: 'it\\'s'")
      expect(text).toContain("  'x.y_v1': XYV1Event")
      writeFileSync(join(dir, 'events.json'), JSON.stringify({ events: [{ type: 'x.y_v1', ...event }, { type: 'x_y.v1', ...event }] }))
      expect(() => emitEvents(dir)).toThrow(/both map to XYV1Event/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

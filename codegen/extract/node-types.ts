/**
 * Reads node-sdk's `types/index.d.ts` (parse only, no type checker): the client's nested
 * namespaces `domain.version.resource….method`, each method's payload and `data` type.
 */
import ts from 'typescript'
import { readFileSync } from 'node:fs'
import { type TypeNode, ANY, unionOf } from './type-node.ts'

export interface NodeTypedMethod {
  /** Key path in the client: `contact.v3.user.batchGetId`. */
  keyPath: string
  /** Official dotted snake id from the api-explorer `document` link. */
  id: string | undefined
  docUrl: string | undefined
  deprecatedTag: boolean
  historicAlert: boolean
  payload: { path?: TypeNode; query?: TypeNode; body?: TypeNode }
  /** `data` of the envelope, or the bare return type when `returns` is not `envelope`. */
  response: TypeNode | undefined
  returns: 'envelope' | 'bare' | 'download' | 'iterator'
  /** Members of an envelope type besides code / msg / data (a body that is not wrapped in `data`). */
  envelopeExtras: Record<string, TypeNode>
}

const DOC_LINK =
  /\{@link (https:\/\/open\.feishu\.cn\/api-explorer\?from=op_doc_tab&apiName=([^&\s]+)&project=([^&\s]+)&resource=([^&\s]+)&version=([^&\s]+)) document \}/
const VERSION_KEY = /^v\d+$/
/** The fixed alert node-sdk's JSDoc carries on historic APIs ("this API is now a historic version"). */
const HISTORIC_ALERT = '\u672c\u63a5\u53e3\u5df2\u6210\u4e3a\u5386\u53f2\u7248\u672c'
const FILE_TYPES = new Set(['Buffer', 'fs.ReadStream', 'ReadStream', 'Readable', 'Blob', 'File'])

export function readNodeTypes(file: string): NodeTypedMethod[] {
  const text = readFileSync(file, 'utf8')
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const out: NodeTypedMethod[] = []
  const comment = (node: ts.Node): string =>
    (ts.getLeadingCommentRanges(text, node.pos) ?? []).map((r) => text.slice(r.pos, r.end)).join('\n')

  const walk = (members: ts.NodeArray<ts.TypeElement>, keys: string[]): void => {
    for (const m of members) {
      if (!ts.isPropertySignature(m) || !m.type) continue
      const name = propName(m.name)
      if (ts.isTypeLiteralNode(m.type)) walk(m.type.members, [...keys, name])
      else if (ts.isFunctionTypeNode(m.type)) out.push(readMethod([...keys, name].join('.'), m.type, comment(m)))
    }
  }
  for (const stmt of sf.statements) {
    if (!ts.isClassDeclaration(stmt) || !stmt.name?.text.startsWith('Client$')) continue
    for (const member of stmt.members) {
      if (!ts.isPropertyDeclaration(member) || !member.type || !ts.isTypeLiteralNode(member.type)) continue
      const domain = propName(member.name)
      // Only `domain.vN.…`: the un-versioned `domain.resource` members are aliases of the latest version.
      for (const v of member.type.members) {
        if (!ts.isPropertySignature(v) || !v.type || !ts.isTypeLiteralNode(v.type)) continue
        const version = propName(v.name)
        if (VERSION_KEY.test(version)) walk(v.type.members, [domain, version])
      }
    }
  }
  return out
}

function readMethod(keyPath: string, fn: ts.FunctionTypeNode, doc: string): NodeTypedMethod {
  const link = DOC_LINK.exec(doc)
  const id = link ? `${link[3]}.${link[5]}.${link[4]}.${link[2]}` : undefined
  const payload: NodeTypedMethod['payload'] = {}
  const param = fn.parameters[0]?.type
  if (param && ts.isTypeLiteralNode(param)) {
    for (const m of param.members) {
      if (!ts.isPropertySignature(m) || !m.type) continue
      const part = { data: 'body', params: 'query', path: 'path' }[propName(m.name)] as 'body' | 'query' | 'path' | undefined
      if (part) payload[part] = convert(m.type)
    }
  }
  let response: TypeNode | undefined
  let returns: NodeTypedMethod['returns'] = 'bare'
  const envelopeExtras: Record<string, TypeNode> = {}
  const ret = fn.type
  const inner = ret && ts.isTypeReferenceNode(ret) && ret.typeArguments?.[0]
  if (inner) {
    const lit = stripNullish(inner)
    const members = lit && ts.isTypeLiteralNode(lit) ? lit.members : undefined
    const names = members?.map((m) => (m.name ? propName(m.name) : '')) ?? []
    if (members && names.includes('getReadableStream')) returns = 'download'
    else if (members?.some((m) => ts.isMethodSignature(m) || (m.name && ts.isComputedPropertyName(m.name))))
      returns = 'iterator'
    else if (members && names.includes('code') && names.includes('msg')) {
      returns = 'envelope'
      const data = members.find((m) => m.name && propName(m.name) === 'data')
      response = data && ts.isPropertySignature(data) && data.type ? convert(data.type) : undefined
      for (const m of members) {
        const name = m.name ? propName(m.name) : ''
        if (!['code', 'msg', 'data'].includes(name) && ts.isPropertySignature(m) && m.type)
          envelopeExtras[name] = convert(m.type)
      }
    } else if (lit) response = convert(lit)
  }
  return {
    keyPath,
    id,
    docUrl: link?.[1],
    deprecatedTag: /@deprecated\b/.test(doc),
    historicAlert: doc.includes(HISTORIC_ALERT),
    payload,
    response,
    returns,
    envelopeExtras,
  }
}

function stripNullish(node: ts.TypeNode): ts.TypeNode | undefined {
  if (ts.isParenthesizedTypeNode(node)) return stripNullish(node.type)
  if (!ts.isUnionTypeNode(node)) return isNullish(node) ? undefined : node
  const rest = node.types.filter((t) => !isNullish(t))
  return rest.length === 1 ? stripNullish(rest[0]!) : rest.length === 0 ? undefined : node
}

function isNullish(node: ts.TypeNode): boolean {
  return (
    node.kind === ts.SyntaxKind.UndefinedKeyword ||
    (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword)
  )
}

export function propName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text
  if (ts.isPrivateIdentifier(name)) return name.text
  return '[computed]'
}

const unknownKinds = new Map<string, number>()
export const conversionWarnings = unknownKinds

/** TypeScript type syntax → catalog node. */
export function convert(node: ts.TypeNode): TypeNode {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' }
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number' }
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' }
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return ANY
    case ts.SyntaxKind.ObjectKeyword:
      return { type: 'map', values: ANY }
  }
  if (ts.isParenthesizedTypeNode(node)) return convert(node.type)
  if (ts.isLiteralTypeNode(node)) {
    const lit = node.literal
    if (ts.isStringLiteral(lit)) return { type: 'string', enum: [lit.text] }
    if (ts.isNumericLiteral(lit)) return { type: 'number', enum: [Number(lit.text)] }
    if (lit.kind === ts.SyntaxKind.TrueKeyword) return { type: 'boolean', enum: [true] }
    if (lit.kind === ts.SyntaxKind.FalseKeyword) return { type: 'boolean', enum: [false] }
    if (ts.isPrefixUnaryExpression(lit) && ts.isNumericLiteral(lit.operand))
      return { type: 'number', enum: [-Number(lit.operand.text)] }
  }
  if (ts.isUnionTypeNode(node)) {
    const rest = node.types.filter((t) => !isNullish(t))
    const names = rest.map((t) => (ts.isTypeReferenceNode(t) ? entityName(t.typeName) : ''))
    if (names.length > 0 && names.every((n) => FILE_TYPES.has(n))) return { type: 'file' }
    return unionOf(rest.map(convert))
  }
  if (ts.isArrayTypeNode(node)) return { type: 'array', items: convert(node.elementType) }
  if (ts.isTypeReferenceNode(node)) {
    const name = entityName(node.typeName)
    const args = node.typeArguments ?? []
    if (name === 'Array' && args[0]) return { type: 'array', items: convert(args[0]) }
    if (name === 'Record' && args[1]) return { type: 'map', values: convert(args[1]) }
    if (FILE_TYPES.has(name)) return { type: 'file' }
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration)
    if (index && node.members.length === 1 && index.type) return { type: 'map', values: convert(index.type) }
    const properties: Record<string, TypeNode> = {}
    for (const m of node.members) {
      if (!ts.isPropertySignature(m) || !m.type) continue
      const child = convert(m.type)
      const optional = !!m.questionToken || (ts.isUnionTypeNode(m.type) && m.type.types.some(isNullish))
      properties[propName(m.name)] = optional ? child : { ...child, required: true }
    }
    return { type: 'object', properties }
  }
  const kind = ts.SyntaxKind[node.kind]
  unknownKinds.set(kind, (unknownKinds.get(kind) ?? 0) + 1)
  return ANY
}

function entityName(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : `${entityName(name.left)}.${name.right.text}`
}

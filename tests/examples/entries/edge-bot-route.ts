/**
 * Mounts `examples/edge/bot-route.ts` in a bare edge runtime as Vercel mounts a route (see mount-route.ts).
 *
 * @module
 */
import * as route from '../../../examples/edge/bot-route.ts'
import { mountRoute } from './mount-route.ts'

mountRoute(route)

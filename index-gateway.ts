/**
 * perspective-sandbox/gateway: the live session gateway (HTTP + WebSocket) that `perspective-sandbox gateway`
 * runs, for embedding. Scripts reach it through `GatewayBackend` of the main entry.
 * @packageDocumentation
 */
export { startGateway, GatewayOptionsError, type GatewayHooks, type RunningGateway } from './gateway/start-gateway.js';
export { jsonLinesLog, type GatewayLog, type GatewayLogEntry } from './gateway/log.js';
export type { GatewayOptionsInput } from './gateway/options-input.js';
export { UsersFileError } from './gateway/users-file-error.js';
export { hashPassword } from './gateway/passwords.js';

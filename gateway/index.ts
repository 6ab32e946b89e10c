export { startGateway, GatewayOptionsError, type GatewayHooks, type RunningGateway } from './start-gateway.js';
export { jsonLinesLog, type GatewayLog, type GatewayLogEntry } from './log.js';
export { gatewayOptionsSchema, TOKEN_ENV_VAR, type GatewayOptionsInput, type GatewayOptions } from './options.js';
export { UserDirectory, UsersFileError, usersFileSchema } from './users-file.js';
export { hashPassword } from './passwords.js';
export { clientMessageSchema, CLOSE_CODES, type ClientMessage, type ServerMessage } from './wire.js';

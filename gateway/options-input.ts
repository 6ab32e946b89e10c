/** Options of startGateway as given (every field optional; see gatewayOptionsSchema for each one's meaning and default). */
export interface GatewayOptionsInput {
  readonly host?: string | undefined;
  readonly port?: number | undefined;
  readonly token?: string | undefined;
  readonly usersFile?: string | undefined;
  readonly sessionTimeoutMs?: number | undefined;
  readonly heartbeatMs?: number | undefined;
  readonly maxPayloadBytes?: number | undefined;
  readonly messagesPerSecond?: number | undefined;
  readonly messageBurst?: number | undefined;
  readonly maxSessions?: number | undefined;
  readonly maxSessionsPerAddress?: number | undefined;
  readonly maxPagesPerSession?: number | undefined;
  readonly tagsFile?: string | undefined;
  readonly tagsFileMaxMb?: number | undefined;
}

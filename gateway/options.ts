import { z } from 'zod';
import type { GatewayOptionsInput } from './options-input.js';

export type { GatewayOptionsInput };

/** Options of startGateway. Every field is optional; defaults suit a local demo. */
export const gatewayOptionsSchema = z.strictObject({
  /** Interface to bind; loopback by default so nothing is exposed to the network by accident. */
  host: z.string().min(1).default('127.0.0.1'),
  /** TCP port; 0 picks an ephemeral port (read the actual one from the returned `url`). */
  port: z.number().int().min(0).max(65535).default(8088),
  /** Bearer token guarding the API and the status page; generated when absent. */
  token: z.string().min(8, 'the token must be at least 8 characters').max(512).optional(),
  /** Path of a users file (see users-file.ts); without it nobody can log in. */
  usersFile: z.string().min(1).optional(),
  /** How long a session with no open page survives, in ms (at least 100 ms; the CLI asks for at least 5 s). */
  sessionTimeoutMs: z.number().int().min(100).max(24 * 3600 * 1000).default(60_000),
  /** How often the web client sends a heartbeat, in ms. */
  heartbeatMs: z.number().int().min(100).max(600_000).default(5_000),
  /** Largest WebSocket message accepted, in bytes; bigger frames close the connection (1009). */
  maxPayloadBytes: z.number().int().min(256).max(16 * 1024 * 1024).default(64 * 1024),
  /** Messages per second one WebSocket may send on average before it is closed (1008). */
  messagesPerSecond: z.number().positive().max(100_000).default(50),
  /** Burst allowance on top of the average rate. */
  messageBurst: z.number().int().positive().max(1_000_000).default(200),
  /** Sessions the gateway holds at most; new visitors get 503 beyond it. */
  maxSessions: z.number().int().positive().max(1_000_000).default(10_000),
  /** Sessions one client address (an IPv6 /64) holds at most; its further WebSocket connects get 429. */
  maxSessionsPerAddress: z.number().int().positive().max(1_000_000).default(100),
  /** Pages (tabs) one session may have open at once. */
  maxPagesPerSession: z.number().int().positive().max(1_000).default(32),
  /** A tag file (see bindings/tag) whose providers scripts run with --gateway read and write; without it an empty `default` provider. */
  tagsFile: z.string().min(1).optional(),
  /** The largest tag file read, in MB. */
  tagsFileMaxMb: z.number().positive().max(16_384).default(256),
});
gatewayOptionsSchema satisfies z.ZodType<z.output<typeof gatewayOptionsSchema>, GatewayOptionsInput>;
export type GatewayOptions = z.output<typeof gatewayOptionsSchema>;

/** Environment variable read when no token is given. */
export const TOKEN_ENV_VAR = 'PERSPECTIVE_SANDBOX_TOKEN';

import { z } from 'zod';
import { RaiseInPython, type HostFunction } from '../../runtime/index.js';
import { SessionNotFoundError, type SessionBackend } from '../backend.js';
import { defineFunction } from '../declare.js';

/** system.perspective.closeSession([message], [sessionId]): Ignition's order, the message comes first. */
export function closeSession(backend: SessionBackend): HostFunction {
  return defineFunction({
    name: 'closeSession',
    doc: `Closes a Perspective session; its pages show the message.

Parameters:
    message (str, optional): the message the closed session shows.
    sessionId (str): the id of the session to close (required outside a Perspective session).`,
    params: {
      message: { schema: z.string().nullable(), default: null, expected: 'a string or None' },
      sessionId: { schema: z.string().nullable(), default: null, expected: 'a string or None' },
    },
    async impl({ message, sessionId }) {
      if (sessionId === null) {
        // Ignition's own wording: scripts outside a Perspective session must name the session.
        throw new RaiseInPython('ValueError', 'No perspective session attached to this thread');
      }
      if (backend.closeSession === undefined) {
        throw new RaiseInPython('NotImplementedError', 'this session backend cannot close sessions');
      }
      try {
        await backend.closeSession(sessionId, message);
      } catch (err) {
        if (err instanceof SessionNotFoundError) throw new RaiseInPython('ValueError', err.message);
        throw err;
      }
      return null;
    },
  });
}

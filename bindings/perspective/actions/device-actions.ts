import { z } from 'zod';
import type { HostFunction } from '../../../runtime/index.js';
import { defineFunction } from '../../declare.js';
import { optionalString, requiredString, targetParams } from './params.js';
import { performAction, type ActionContext } from './perform.js';

const TARGET_DOC = `    sessionId (str): the session to target (required outside a Perspective session).
    pageId (str): the page to target (required outside a Perspective session).`;

export function download(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'download',
    doc: `Sends a file to the device running a session.

Parameters:
    filename (str): the suggested file name.
    data (str): the file's contents (written as UTF-8).
    contentType (str, optional): the Content-Type, e.g. "text/plain; charset=utf-8".
${TARGET_DOC}`,
    params: { filename: requiredString, data: requiredString, contentType: optionalString, ...targetParams },
    impl: (args) => performAction(context, { name: 'download', args, sessionId: args.sessionId, pageId: args.pageId, reach: 'page' }),
  });
}

export function vibrateDevice(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'vibrateDevice',
    doc: `Makes the device running a session (the Perspective mobile app) vibrate.

Parameters:
    duration (int): milliseconds (iOS always vibrates for 400 ms).
    sessionId (str): the session to target (required outside a Perspective session).`,
    params: { duration: { schema: z.number().int(), expected: 'an int' }, sessionId: optionalString },
    impl: (args) => performAction(context, { name: 'vibrateDevice', args, sessionId: args.sessionId, pageId: null, reach: 'session' }),
  });
}
